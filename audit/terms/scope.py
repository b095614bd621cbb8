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
    if not vr.version.segments or vr.version.segments[0].offset is None:
        return {}
    lang = get_language(vr.version.lang)
    out: dict[str, str] = {}
    for distinction in {o.term.distinction for o in vr.occurrences}:
        by_segment: dict[int, list] = {}
        for o, c in _concept_occurrences(vr, distinction):
            by_segment.setdefault(o.segment, []).append((o, c))
        reason = None
        for seg, occs in sorted(by_segment.items()):
            if len({c for _, c in occs}) < 2:
                continue
            text = vr.version.segments[seg].text
            if len(text.split()) <= HEADING_WORDS:
                reason = f"its {'title' if seg == 0 else 'heading'} names both: {text.strip()!r}"
                break
            for (o1, c1), (o2, c2) in zip(occs, occs[1:]):
                between = " ".join(text[o1.end:o2.start].casefold().split())
                if c1 != c2 and o1.sentence == o2.sentence and between in lang.versus_words:
                    reason = f"it contrasts them: {text[o1.start:o2.end]!r}"
                    break
            if reason:
                break
        if reason is None:
            reason = _two_definitions(vr, distinction, lang)
        if reason:
            out[distinction] = reason
    return out


def _two_definitions(vr: VersionResult, distinction: str, lang) -> str | None:
    """Paragraphs opening with each concept's term and a definition mark ("Client: ...")."""
    defined: dict[str, str] = {}
    for o, c in _concept_occurrences(vr, distinction):
        text = vr.version.segments[o.segment].text
        if text[:o.start].strip(" \t•·-–*") or text.rstrip().endswith("?"):
            continue
        if any(text[o.end:].startswith(m) for m in lang.definition_marks):
            defined.setdefault(c, text.strip()[:60])
    if len(defined) >= 2:
        return "it defines both: " + " / ".join(repr(t) for t in defined.values())
    return None


def observations(vr: VersionResult, flagged: set[int]) -> list[Observation]:
    """One observation per target word that renders several concepts (as the
    aligned evidence says) where no finding was made: e.g. "client (12 units)
    and customer (40 units) are both rendered 'khách hàng'"."""
    # unit ids per word and concept as insertion-ordered dicts: a list's `in`
    # made this quadratic in the units of a big translation memory
    words: dict[tuple[str, str], dict[str, dict[str, None]]] = {}
    mismatched: dict[tuple[str, str], int] = {}
    for k, o in enumerate(vr.occurrences):
        concept = vr.inferred[k][0] if k < len(vr.inferred) else None
        if concept is None or k in vr.senses or o.term.distinction.startswith("discovered:"):
            continue
        key = (o.term.distinction, o.term.text)
        words.setdefault(key, {}).setdefault(concept, {})[vr.version.segments[o.segment].id] = None
        if concept not in o.concepts and k not in flagged:
            mismatched[key] = mismatched.get(key, 0) + 1
    out = []
    for (distinction, term), by_concept in words.items():
        if len(by_concept) < 2 or not mismatched.get((distinction, term)):
            continue
        out.append(Observation(str(vr.version.path), vr.version.lang, distinction, term,
                               {c: len(by_concept[c]) for c in sorted(by_concept)},
                               {c: next(iter(by_concept[c])) for c in sorted(by_concept)}))
    return out
