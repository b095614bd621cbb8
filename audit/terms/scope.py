"""Where a distinction is live.

Losing the distinction loses meaning only where the text draws it: a
sentence or unit whose source (or pivot) names both concepts, or a document
that is about the difference (its title or a heading names both, it says
"X vs Y", or it defines both). Everywhere else one word for both concepts is
a language's normal usage ("Client Name" -> "Tên khách hàng" in a CRM): no
finding per unit, but one file-level observation that a lead can act on.
"""
from __future__ import annotations

from ..text.languages import get_language
from ..text.segment import at_most_words
from ..model import Observation, VersionResult

HEADING_WORDS = 12        # a paragraph this short that names both concepts is a title or heading


def _concept_occurrences(vr: VersionResult, distinction: str):
    """(occurrence, concept) of the unambiguous, non-sense occurrences of one distinction."""
    for k, o in enumerate(vr.occurrences):
        if o.term.distinction == distinction and not o.term.ambiguous and k not in vr.senses:
            yield o, next(iter(o.concepts))


def about_difference(vr: VersionResult) -> dict[str, str]:
    """distinction -> why this document is about the difference between its
    concepts. Only documents (paragraphs of a text) qualify; the units of a
    localisation file are strings of an interface, each on its own."""
    about = Difference()
    about.add(vr)
    return about.reasons()


class Difference:
    """about_difference gathered part by part: a text read window by window
    (audit.run.stream) adds each window's `core` segments in order, `base`
    being the window's first segment's place in the whole text."""

    def __init__(self) -> None:
        self.document = True
        self.distinctions: set[str] = set()
        self.found: dict[str, str] = {}                  # distinction -> its first title/heading/contrast reason
        self.defined: dict[str, dict[str, str]] = {}     # distinction -> concept -> its first definition

    def add(self, vr: VersionResult, core: range | None = None, base: int = 0) -> None:
        if not vr.version.segments or vr.version.segments[0].offset is None:
            self.document = False
            return
        lang = get_language(vr.version.lang)
        mine = [k for k, o in enumerate(vr.occurrences) if core is None or o.segment in core]
        self.distinctions.update(vr.occurrences[k].term.distinction for k in mine)
        by_segment: dict[tuple[str, int], list] = {}
        for k in mine:
            o = vr.occurrences[k]
            if not o.term.ambiguous and k not in vr.senses:
                by_segment.setdefault((o.term.distinction, o.segment), []).append((o, next(iter(o.concepts))))
        for (distinction, seg), occs in sorted(by_segment.items(), key=lambda x: x[0][1]):
            if distinction in self.found or len({c for _, c in occs}) < 2:
                continue
            text = vr.version.segments[seg].text
            if at_most_words(text, HEADING_WORDS):
                self.found[distinction] = f"its {'title' if seg + base == 0 else 'heading'} names both: {text.strip()!r}"
                continue
            for (o1, c1), (o2, c2) in zip(occs, occs[1:]):
                between = " ".join(text[o1.end:o2.start].casefold().split())
                if c1 != c2 and o1.sentence == o2.sentence and between in lang.versus_words:
                    self.found[distinction] = f"it contrasts them: {text[o1.start:o2.end]!r}"
                    break
        for (distinction, seg), occs in sorted(by_segment.items(), key=lambda x: x[0][1]):
            defined = self.defined.setdefault(distinction, {})
            text = vr.version.segments[seg].text
            if text.rstrip().endswith("?"):
                continue
            # text[:o.start].strip(...) is empty up to the first other character:
            # a long paragraph is never copied once per occurrence
            lead = len(text) - len(text.lstrip(" \t•·-–*"))
            for o, c in occs:
                if o.start > lead or c in defined:
                    continue
                if any(text.startswith(m, o.end) for m in lang.definition_marks):
                    defined[c] = text.strip()[:60]

    def reasons(self) -> dict[str, str]:
        if not self.document:
            return {}
        out: dict[str, str] = {}
        for distinction in set(self.distinctions):
            reason = self.found.get(distinction)
            defined = self.defined.get(distinction, {})
            if reason is None and len(defined) >= 2:
                reason = "it defines both: " + " / ".join(repr(t) for t in defined.values())
            if reason:
                out[distinction] = reason
        return out


def observations(vr: VersionResult, flagged: set[int]) -> list[Observation]:
    """One observation per target word that renders several concepts (as the
    aligned evidence says) where no finding was made: e.g. "client (12 units)
    and customer (40 units) are both rendered 'khách hàng'"."""
    tally = Usage()
    tally.add(vr, flagged)
    return tally.observations(vr)


class Usage:
    """What `observations` counts, gathered part by part (a text read window
    by window adds each window's `core` segments in order)."""

    def __init__(self) -> None:
        # unit ids per word and concept as insertion-ordered dicts: a list's `in`
        # made this quadratic in the units of a big translation memory
        self.words: dict[tuple[str, str], dict[str, dict[str, None]]] = {}
        self.mismatched: dict[tuple[str, str], int] = {}

    def add(self, vr: VersionResult, flagged: set[int], core: range | None = None) -> None:
        for k, o in enumerate(vr.occurrences):
            concept = vr.inferred[k][0] if k < len(vr.inferred) else None
            if concept is None or k in vr.senses or o.term.distinction.startswith("discovered:"):
                continue
            if core is not None and o.segment not in core:
                continue
            key = (o.term.distinction, o.term.text)
            self.words.setdefault(key, {}).setdefault(concept, {})[vr.version.segments[o.segment].id] = None
            if concept not in o.concepts and k not in flagged:
                self.mismatched[key] = self.mismatched.get(key, 0) + 1

    def observations(self, vr: VersionResult) -> list[Observation]:
        out = []
        for (distinction, term), by_concept in self.words.items():
            if len(by_concept) < 2 or not self.mismatched.get((distinction, term)):
                continue
            out.append(Observation(str(vr.version.path), vr.version.lang, distinction, term,
                                   {c: len(by_concept[c]) for c in sorted(by_concept)},
                                   {c: next(iter(by_concept[c])) for c in sorted(by_concept)}))
        return out
