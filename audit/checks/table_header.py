"""A comparison table whose header row names one term twice ("Basis for
comparison | Customer | Customer", tab- or pipe-separated) has collapsed the
two columns' concepts. Which column is wrong is read from the meaning of the
cells below each header."""
from __future__ import annotations

import unicodedata
from typing import Iterator

import regex

from ..text.languages import get_language
from . import Check, Context, Flag, check, judged_alone
from .text_alone import decide, pair_flag

ROWS = 12             # body rows read for the columns' meaning
_CELL_EDGE = regex.compile(r"^[\s\"'“”«»*_:：.]+|[\s\"'“”«»*_:：.]+$")


def cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a tab- or pipe-separated row; [] for a row that is not one."""
    sep = "\t" if "\t" in text else "|" if text.count("|") >= 2 else None
    if sep is None:
        return []
    out, pos = [], 0
    for part in text.split(sep):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    if sep == "|":      # markdown rows start and end with a pipe
        out = [c for i, c in enumerate(out) if not (i in (0, len(out) - 1) and not text[c[0]:c[1]].strip())]
    return out if len(out) >= 2 else []


@check("table-header", kind="self-collapse", severity="major")
class TableHeader(Check):
    def run(self, ctx: Context) -> Iterator[Flag]:
        for vi in judged_alone(ctx):
            vr = ctx.versions[vi]
            lang = get_language(vr.version.lang)
            dets = {unicodedata.normalize("NFC", d).casefold() for d in lang.determiners}
            per_segment: dict[int, list[int]] = {}
            for k, o in enumerate(vr.occurrences):
                per_segment.setdefault(o.segment, []).append(k)
            segs = vr.version.segments
            for seg, ks in per_segment.items():
                if len(ks) < 2:
                    continue
                text = segs[seg].text
                row = cells(text)
                if not row:
                    continue
                alone = []          # (column, occurrence) where the cell is the term and nothing else
                for k in ks:
                    o = vr.occurrences[k]
                    col = next((i for i, (a, b) in enumerate(row) if a <= o.start and o.end <= b), None)
                    if col is None or vr.inferred[k][0]:
                        continue
                    a, b = row[col]
                    rest = _CELL_EDGE.sub("", text[a:o.start]).casefold() + _CELL_EDGE.sub("", text[o.end:b])
                    if not rest.strip() or rest.strip() in dets:
                        alone.append((col, k))
                if len(alone) < 2:
                    continue
                (c1, k1), (c2, k2) = alone[:2]
                o1, o2 = vr.occurrences[k1], vr.occurrences[k2]
                if o1.concepts != o2.concepts or o1.term.distinction != o2.term.distinction:
                    continue
                columns = ["", ""]
                for s in range(seg + 1, min(len(segs), seg + 1 + ROWS)):
                    body = cells(segs[s].text)
                    if len(body) != len(row):
                        break
                    for i, c in enumerate((c1, c2)):
                        columns[i] += " " + segs[s].text[body[c][0]:body[c][1]].strip()
                d = ctx.termbase.distinction(o1.term.distinction)
                side, concept, conf, ev = decide(d, vr.version.lang, o1, o2, columns, "table header X | X", 0.65,
                                                 vr.version.label, text)
                yield pair_flag(self, vi, k1, k2, side, concept, conf, ev, "table header X | X")
