"""The review page (review.html): one self-contained file where a reviewer
reads the versions of each article side by side, with every term occurrence
underlined by its concept and the findings highlighted in place, and decides
on them by keyboard.

Everything the page needs is inside it: the CSS and the script come from
`page/` beside this module, the data is one JSON document in a
`<script type="application/json">` element. Nothing is fetched, so the page
works from file:// and as an e-mail attachment. The corpus text never
becomes markup on this side: it goes into the JSON with every `<`, `>` and
`&` written as a \\u escape (so `</script>` in an article cannot end the
element), and the script puts it on screen escaped (report/page/review.js).

Decisions are kept in the browser and exported as a decisions file
(report/decisions.py reads it back for `audit apply` and `audit run`).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import IO, Iterable

from ..model import AlignedGroup, Locator, SetResult, VersionResult
from .cells import relative_path
from .highlight import suggestion_pieces, target_pieces
from .common import (atomic_path, corpus_root, finding_id, finding_rows, flagged_word, inputs_in_root,
                     mqm_category, report_params)

PAGE_SCHEMA = 1
DECISIONS_KIND = "term-collapse-audit decisions"


def _asset(name: str) -> str:
    text = resources.files(__package__).joinpath("page", name).read_text(encoding="utf-8")
    # inlined into <style>/<script>: the closing tag would end the element early
    assert "</script" not in text.lower() and "</style" not in text.lower(), name
    return text


def script_json(value) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` (so no
    `</script>` and no `<!--`), and no U+2028/2029, whatever the corpus holds."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _language_name(code: str) -> str:
    from ..text.languages import get_language
    name = getattr(get_language(code), "name", "")
    return name if name and name != "Generic" else code


# --- the columns of a set -------------------------------------------------

def _pivot_labels(sr: SetResult) -> dict[str, int]:
    """How often each version served as a pivot in the set's findings."""
    counts: dict[str, int] = {}
    for f in sr.findings:
        for e in f.evidence:
            if e.rule == "pivot" and e.version:
                counts[e.version] = counts.get(e.version, 0) + 1
    return counts


def _first(sr: SetResult, pivots: dict[str, int]) -> int:
    """The version the others are read against: the source, else the pivot
    used most, else the first."""
    for i, vr in enumerate(sr.versions):
        if vr.version.is_source:
            return i
    if pivots:
        best = max(pivots, key=pivots.get)
        for i, vr in enumerate(sr.versions):
            if vr.version.label == best:
                return i
    return 0


def _reordered(sr: SetResult, first: int) -> SetResult:
    """The set with version `first` moved to the front and its alignments
    renumbered (they are keyed by (i, j), i < j)."""
    if first == 0:
        return sr
    order = [first] + [i for i in range(len(sr.versions)) if i != first]
    new_of = {old: new for new, old in enumerate(order)}
    alignments = {}
    for (i, j), groups in sr.alignments.items():
        a, b = new_of[i], new_of[j]
        if a < b:
            alignments[(a, b)] = groups
        else:
            alignments[(b, a)] = [AlignedGroup(g.b, g.a, g.score) for g in groups]
    return replace(sr, versions=[sr.versions[i] for i in order], alignments=alignments)


def _role(vr: VersionResult, pivots: dict[str, int]) -> str:
    v = vr.version
    if v.is_source:
        return "source"
    if v.is_reference:
        return "reference"
    if v.label in pivots:
        return "pivot"
    return "translation"


def _is_unit_list(sr: SetResult) -> bool:
    """Versions read from a bilingual file (or a resource project) address
    units, not paragraphs of a file."""
    return bool(sr.versions) and all(s.offset is None for s in sr.versions[0].version.segments[:50])


# --- the rows ------------------------------------------------------------

class _Cells:
    """A version's sentences as page cells: text and marked spans."""

    def __init__(self, vr: VersionResult, concept_no: dict[str, int]):
        self.vr = vr
        self.concept_no = concept_no
        self.by_sentence: dict[int, list[int]] = {}
        for k, occ in enumerate(vr.occurrences):
            self.by_sentence.setdefault(occ.sentence, []).append(k)
        self.flags: dict[int, list[tuple[int, int, int, int]]] = {}   # sentence -> (start, end, concept, finding)

    def concept(self, name: str | None) -> int:
        if not name:
            return -1
        return self.concept_no.setdefault(name, len(self.concept_no))

    def has_terms(self, indices) -> bool:
        return any(i in self.by_sentence or i in self.flags for i in indices)

    def cell(self, indices) -> list:
        """[text, spans]: the sentences joined by a space; spans flat as
        start, end, concept number (-1: unknown), finding number (-1: none)."""
        parts, spans, pos = [], [], 0
        for i in indices:
            if not 0 <= i < len(self.vr.sentences):
                continue
            s = self.vr.sentences[i]
            if parts:
                parts.append(" ")
                pos += 1
            marks = list(self.flags.get(i, ()))
            taken = [(a, b) for a, b, _, _ in marks]
            for k in self.by_sentence.get(i, ()):
                occ = self.vr.occurrences[k]
                a, b = occ.start - s.start, occ.end - s.start
                if any(a < y and x < b for x, y in taken):
                    continue              # the finding's own span stands for it
                inferred = self.vr.inferred[k][0] if k < len(self.vr.inferred) else None
                sense = self.vr.senses.get(k)         # software-client: a sense of its own
                if sense is not None:
                    inferred = getattr(sense, "id", sense)
                if inferred is None and len(occ.term.concepts) == 1:
                    inferred = next(iter(occ.term.concepts))
                marks.append((a, b, self.concept(inferred), -1))
            for a, b, c, fno in sorted(marks):
                if 0 <= a < b <= len(s.text):
                    spans += [pos + _u16(s.text, a), pos + _u16(s.text, b), c, fno]
            parts.append(s.text)
            pos += _u16(s.text, len(s.text))
        return ["".join(parts), spans]


def _u16(text: str, i: int) -> int:
    """Offset `i` into `text` as JavaScript counts (UTF-16 code units): a
    character beyond U+FFFF (an emoji) counts twice there."""
    if text.isascii():
        return i
    return i + sum(1 for ch in text[:i] if ord(ch) > 0xFFFF)


def _gutter(vr: VersionResult, indices, unit_list: bool) -> str:
    for i in indices:
        if 0 <= i < len(vr.sentences):
            seg = vr.version.segments[vr.sentences[i].segment]
            return seg.id if unit_list else f"{vr.sentences[i].index + 1}"
    return ""


def _set_view(sr: SetResult, set_no: int, findings: list[dict], number_of: dict[str, int],
              concept_no: dict[str, int], shown: set[Path] | None) -> dict:
    from .excel import alignment_rows
    pivots = _pivot_labels(sr)
    sr = _reordered(sr, _first(sr, pivots))
    unit_list = _is_unit_list(sr)
    cells = [_Cells(vr, concept_no) for vr in sr.versions]
    wanted: dict[tuple[int, int], list[int]] = {}     # (version, sentence) -> finding numbers
    for col, vr in enumerate(sr.versions):
        if shown is not None and vr.version.path not in shown:
            continue
        loc = Locator(vr)
        for f in vr.findings:
            fno = number_of.get(finding_id(f))
            if fno is None:
                continue
            i, base = loc.segment(f)
            k = loc.sentence_index(f)
            rec = findings[fno]
            rec["set"], rec["col"] = set_no, col
            if i is None or k is None:
                continue
            s = vr.sentences[k]
            a = f.start - base - s.start
            b = a + (f.end - f.start)
            if s.text[a:b] == flagged_word(f):
                cells[col].flags.setdefault(k, []).append((a, b, cells[col].concept(f.concept), fno))
            wanted.setdefault((col, k), []).append(fno)

    rows, hidden, last_seg = [], 0, None
    for row in alignment_rows(sr):
        # a bilingual file may hold a million units: its unit list keeps those with a term
        if unit_list and not any(c.has_terms(ix) or any((col, i) in wanted for i in ix)
                                 for col, (c, ix) in enumerate(zip(cells, row))):
            hidden += 1
            continue
        first = next((k for k, ix in enumerate(row) if ix), 0)
        vr0 = sr.versions[first]
        seg = vr0.sentences[row[first][0]].segment if row[first] and 0 <= row[first][0] < len(vr0.sentences) else None
        new_para = first == 0 and seg is not None and seg != last_seg and bool(rows)
        if first == 0 and seg is not None:
            last_seg = seg
        r = len(rows)
        for col, ix in enumerate(row):
            for i in ix:
                for fno in wanted.get((col, i), ()):
                    findings[fno]["row"] = r
        # an article's rows are numbered by the first column's sentences; a unit list by unit id
        gutter = _gutter(vr0, row[first], unit_list) if unit_list or first == 0 else ""
        rows.append([gutter, 1 if new_para else 0,
                     [c.cell(ix) for c, ix in zip(cells, row)]])
    versions = [{"label": vr.version.label, "lang": vr.version.lang,
                 "language": _language_name(vr.version.lang), "role": _role(vr, pivots)}
                for vr in sr.versions]
    return {"name": sr.name, "versions": versions, "units": unit_list, "rows": rows,
            "hidden": hidden, "domain": sr.domain}


# --- the findings --------------------------------------------------------

def _marked(pieces) -> list[int] | None:
    """[start, end] of the first marked piece, in UTF-16 units (as the page slices)."""
    pos = 0
    for text, marked in pieces:
        n = _u16(text, len(text))
        if marked:
            return [pos, pos + n]
        pos += n
    return None


def _finding_record(row, root: Path) -> dict:
    f = row.finding
    rel = relative_path(row.path, root)
    return {
        "id": row.id, "set": -1, "row": -1, "col": -1,
        "file": row.label, "lang": f.lang, "language": _language_name(f.lang),
        "unit": row.segment_id, "line": f.line, "kind": f.kind, "severity": f.severity,
        "mqm": mqm_category(f), "confidence": round(f.confidence, 3), "word": flagged_word(f),
        "term": f.term, "concept": f.concept, "replacement": f.replacement, "suggestion": f.suggestion,
        "sentence": f.sentence, "mark": _marked(target_pieces(f)), "suggestion_mark": _marked(suggestion_pieces(f)),
        "note": f.note, "domain": f.domain, "distinction": f.distinction,
        "evidence": [e.to_dict() for e in f.evidence],
        # what `audit apply` needs, as the workbook's hidden columns hold it
        "where": {"file": row.label, "line": f.line, "relpath": rel, "sha256": row.sha256, "fmt": row.fmt,
                  "unit": row.fix_unit, "start": f.start, "end": f.end, "word": flagged_word(f),
                  "replacement": f.replacement, "sentence_start": f.sentence_start,
                  "sentence": f.sentence, "encoding": row.encoding or ""},
    }


def page_data(results: list[SetResult], params: dict, previous=None,
              shown: Iterable[Path] | None = None) -> dict:
    """Everything the page shows. `previous` (carryover.Previous) gives the
    decisions already made; `shown` limits the findings to those versions."""
    params = params if "inputs" in params else report_params(results, params, None)
    root = corpus_root(results, params)
    shown_set = set(shown) if shown is not None else None
    findings: list[dict] = []
    number_of: dict[str, int] = {}
    decisions: dict[str, list[str]] = {}
    new: list[int] = []
    for row in finding_rows(results):
        if shown_set is not None and row.path not in shown_set:
            continue
        if row.id in number_of:
            continue
        number_of[row.id] = len(findings)
        findings.append(_finding_record(row, root))
        if previous is not None:
            review = previous.review_of(row.id)
            if review is None:
                new.append(number_of[row.id])
            elif any(v.strip() for v in review):
                decisions[row.id] = list(review)
    concept_no: dict[str, int] = {}
    sets = [_set_view(sr, n, findings, number_of, concept_no, shown_set) for n, sr in enumerate(results)]
    ids = "\n".join(f["id"] for f in findings)
    identity = {
        "tool": "term-collapse-audit", "version": params.get("version", ""), "schema": PAGE_SCHEMA,
        "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "root": root.name, "inputs": inputs_in_root(results, root),     # a page travels: no absolute path
        "findings": len(findings), "digest": hashlib.sha256(ids.encode()).hexdigest(),
    }
    return {"kind": DECISIONS_KIND, "identity": identity, "concepts": list(concept_no),
            "sets": sets, "findings": findings, "decisions": decisions, "new": new}


def render(data: dict) -> str:
    title = "Term collapse review"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        # no request leaves the page: not even for an image or a font
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{title}</title>\n<style>\n{_asset('review.css')}</style>\n</head>\n<body>\n"
        f"{_asset('review.html')}\n"
        f"<script type=\"application/json\" id=\"data\">{script_json(data)}</script>\n"
        f"<script>\n{_asset('review.js')}</script>\n</body></html>\n")


def write_page(out: IO[str], results: list[SetResult], params: dict, previous=None, shown=None) -> None:
    out.write(render(page_data(results, params, previous, shown)))


def write_review_page(results: list[SetResult], path: Path, params: dict, protected=(),
                      previous=None) -> Path:
    """Write review.html to `path` (atomically)."""
    with atomic_path(path, protected) as tmp, open(tmp, "w", encoding="utf-8") as out:
        write_page(out, results, params, previous)
    return path
