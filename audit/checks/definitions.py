"""Two definitions of one term side by side ("Клиент: one who is protected" /
"Клиент: one who buys") mean one of them defines the other concept."""
from __future__ import annotations

from typing import Iterator

from ..languages import get_language
from ..model import Evidence
from . import Check, Context, Flag, check
from .text_alone import flagged_side

WINDOW = 3   # how many paragraphs apart the two definitions may stand


@check("definitions", kind="self-collapse", severity="major")
class TwoDefinitions(Check):
    def run(self, ctx: Context) -> Iterator[Flag]:
        for vi, vr in enumerate(ctx.versions):
            lang = get_language(vr.version.lang)
            heads = []    # (segment, occurrence index, mark) of terms opening a definition
            for k, o in enumerate(vr.occurrences):
                text = vr.version.segments[o.segment].text
                lead = text[:o.start].strip(" \t•·-–*")
                mark = next((m for m in lang.definition_marks if text[o.end:].startswith(m)), None)
                # a question ("Customer là ai?") announces a definition, it is not one
                if not lead and mark and not text.rstrip().endswith("?"):
                    heads.append((o.segment, k, mark))
            for (s1, k1, m1), (s2, k2, m2) in zip(heads, heads[1:]):
                o1, o2 = vr.occurrences[k1], vr.occurrences[k2]
                if (s2 - s1 > WINDOW or m1 != m2 or o1.concepts != o2.concepts
                        or o1.term.distinction != o2.term.distinction
                        or vr.inferred[k1][0] or vr.inferred[k2][0]):
                    continue
                d = ctx.termbase.distinction(o1.term.distinction)
                occ, concept = flagged_side(d, o1, o2)
                segs = vr.version.segments
                ev = Evidence("two definitions", vr.version.label, f"{segs[s1].text}\n{segs[s2].text}",
                              term=f"{o1.surface} / {o2.surface}")
                yield self.flag(vi, k1 if occ is o1 else k2, concept, 0.6, [ev])
