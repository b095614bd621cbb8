"""translate-toolkit's pofilter tests on bilingual units, not rewritten.

Placeholders and variables (printf, Python brace format, others), numbers,
XML tags, doubled words, URLs, e-mail addresses, brackets, end punctuation,
start capitals, unchanged units, accelerators, escapes, new lines and tabs
are translate-toolkit's `StandardChecker` tests, run on each unit of a
bilingual file (or of resource files paired by key) exactly as pofilter
runs them; units marked as needing review (PO fuzzy, Qt unfinished, an
XLIFF needs-* state: Segment.unfinished) are the `fuzzy` test's.
Each failure is a finding of its own kind (`qa-printf`, `qa-numbers`...)
covering the unit's text, with pofilter's message as its note. Optional:
`--checks pofilter` runs them all, `--checks numbers,xmltags` some.
"""
from __future__ import annotations

from typing import Iterator

from ..model import Evidence, Finding
from . import check
from .direct import DirectCheck, make_finding

TESTS = ("variables", "printf", "pythonbraceformat", "numbers", "xmltags", "doublewords", "urls", "emails",
         "brackets", "endpunc", "startcaps", "unchanged", "accelerators", "escapes", "newlines", "tabs")


@check("pofilter", "qa", "minor")
class Pofilter(DirectCheck):
    optional = True
    group = "pofilter"
    order = 50
    tests = TESTS + ("fuzzy",)

    def findings(self, ctx) -> Iterator[tuple[int, Finding]]:
        wanted = set(ctx.termbase.checks)
        chosen = [t for t in self.tests if {"pofilter", "all", t, f"qa-{t}"} & wanted]
        if not chosen:
            return
        from translate.filters import checks
        from translate.storage import pypo
        run = [t for t in chosen if t != "fuzzy"]
        checker = checks.StandardChecker(limitfilters=run) if run else None
        for s, src in enumerate(ctx.versions):
            if not src.version.is_source or not src.version.prealigned_with:
                continue
            by_id = {seg.id: seg.text for seg in src.version.segments}
            for vi, vr in enumerate(ctx.versions):
                if vi == s or src.version.label not in vr.version.prealigned_with:
                    continue
                first = {}
                for k in range(len(vr.sentences)):
                    first.setdefault(vr.sentences[k].segment, k)
                for si, seg in enumerate(vr.version.segments):
                    source = by_id.get(seg.id)
                    if source is None or si not in first or not seg.text.strip():
                        continue
                    failures: dict[str, str] = {}
                    if "fuzzy" in chosen and seg.unfinished:
                        failures["fuzzy"] = "fuzzy: the translation is marked as needing review"
                    if checker is not None:
                        unit = pypo.pounit(source)
                        unit.target = seg.text
                        failures.update({name: str(message) for name, message in checker.run_filters(unit).items()
                                         if name in run})
                    for name, message in failures.items():
                        yield vi, make_finding(vr, first[si], 0, len(seg.text), concept=name, kind=f"qa-{name}",
                                               severity="minor" if name in ("endpunc", "startcaps", "doublewords",
                                                                            "fuzzy", "unchanged") else "major",
                                               confidence=0.9, note=f"pofilter {name}: {message}",
                                               evidence=[Evidence("pofilter", src.version.label, source)],
                                               distinction="pofilter")
