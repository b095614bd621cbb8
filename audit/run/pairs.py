"""A text-alone collapse is a pair, and its fix must disambiguate the pair.

Three things follow from that, decided here once the text's domain is known:

- **A text about the distinction gets the distinction's words.** Where the
  text compares the two concepts (a title "X vs X", "the difference between X
  and X", two definitions, a comparison table) their general words are right
  whatever its domain cues say: the domain gate is for texts that use the
  words, not for texts that define them. Such a text is given the general
  domain, with its inferred domain's words next.
- **Symmetric pairs** ("X vs X", "between X and X", "X or X?"): which of the
  two changes does not change the meaning, so the fix goes to the concept the
  language has an established word for (pt "Cliente vs cliente": comprador;
  tr müşteri: alıcı), and the note gives the other order.
- **Decided pairs** in a word that covers both concepts (it cliente): meaning
  told which occurrence is which, so either may be fixed with its own
  concept's word; the one the language has a word for in this text is.
- **Undecided pairs** (the order matters but meaning gave no margin): one
  finding spans both occurrences and offers both readings; neither is
  presented as the fix.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ..checks import Flag
from ..checks.text_alone import is_heading
from ..model import Finding, SetResult, VersionResult
from ..terms.domain import DomainChoice
from ..terms.scope import about_difference
from ..terms.termbase import Distinction
from ..text.languages import base_code

# Rules that fire only where a text compares the two concepts: a text that has
# one of them is about the distinction.
_COMPARING = ("between X and X", "X vs X", "X – X", "X X-against", "X or X", "X, not X", "X is not X",
              "two definitions", "twin headings", "table header X | X", "every X is an X, but not every X is an X")


_DEFINING = ("two definitions", "twin headings", "table header X | X")


def comparing(rule: str) -> bool:
    return rule in _COMPARING or rule.endswith(" X differ")


def about_distinction(result: SetResult, flags: dict[tuple[int, int], Flag]) -> str | None:
    """Why this article set is about the difference between the concepts, or
    None: a title or heading that compares them ("Cliente vs cliente", "Müşteri
    ve Müşteri Arasındaki Fark"), two definitions, twin headings, a comparison
    table; or, in a version that keeps them apart, a heading naming both. A
    sentence of a shop's or a law firm's text that compares them does not make
    the text one about the distinction."""
    return compared(result, flags) or defined_apart(about_difference(vr) for vr in result.versions)


def compared(result: SetResult, flags: dict[tuple[int, int], Flag]) -> str | None:
    """about_distinction's first reason: a flag of a comparing rule in a definition or heading."""
    for (vi, k), flag in flags.items():
        rule = flag.evidence[0].rule if flag.evidence else ""
        if flag.partner is None or not comparing(rule):
            continue
        vr = result.versions[vi]
        if rule in _DEFINING or is_heading(vr, vr.occurrences[k].segment):
            return f"it compares the concepts ({rule}: {flag.evidence[0].text!r})"
    return None


def defined_apart(reasons) -> str | None:
    """about_distinction's second: each version's about_difference reasons."""
    for about in reasons:
        for why in about.values():
            if why.startswith("it defines both") or why.startswith("its ") and not why.rstrip("'\"").endswith("."):
                return why
    return None


def distinction_domain(choice: DomainChoice | None, why: str) -> DomainChoice:
    """The general words first, then the words of the domain the cues found."""
    also = (choice.name,) if choice and choice.name != "general" else ()
    told = f"; its cues say {choice.name} ({choice.reason})" if choice and choice.name != "general" else ""
    return DomainChoice("general", f"the text is about the distinction: {why}{told}", also)


def word_rank(distinction: Distinction, lang: str, concept: str, domain: DomainChoice | None,
              own: dict | None = None) -> int:
    """How readily the language names `concept` in this text: 0 where the text
    has a word of its own for it (`suggest.own_words`), else the place in the
    domain's lookup order (general first for a text about the distinction) of
    the first domain with a word for it; after them, a word of another domain
    only; last, no word at all."""
    lang = base_code(lang)
    order = domain.lookup_order() if domain is not None else []
    if own and (distinction.id, concept) in own:
        return 0
    if not distinction.candidates(lang, concept):
        return len(order) + 1
    if domain is None:
        return 0
    return next((i for i, name in enumerate(order) if distinction.preferred(lang, concept, [name]) is not None),
                len(order))


def pair_concept(distinction: Distinction, vr: VersionResult, flag: Flag, domain: DomainChoice | None,
                 own: dict | None = None) -> str:
    """The concept a pair's fix gives the occurrence it changes. An unambiguous
    term stands for its own concept, so the fix is the other one; an ambiguous
    term (pt cliente, tr müşteri) may take either, and the one the language has
    a word for in this text's domain is chosen (the check's choice on a tie)."""
    occ = vr.occurrences[flag.occurrence]
    if not occ.term.ambiguous:
        return flag.concept
    ranked = sorted(distinction.concepts, key=lambda c: (word_rank(distinction, vr.version.lang, c, domain, own),
                                                          c != flag.concept))
    return ranked[0]


def symmetric_side(distinction: Distinction, vr: VersionResult, flag: Flag, domain: DomainChoice | None,
                   taken: Callable[[int], bool], own: dict | None = None) -> Flag:
    """A symmetric pair's flag, moved where the concept with a word belongs:
    the check put its concept at its place by order, so the other concept goes
    to the partner's place."""
    concept = pair_concept(distinction, vr, flag, domain, own)
    if concept == flag.concept or flag.partner is None or taken(flag.partner):
        return flag
    return replace(flag, occurrence=flag.partner, partner=flag.occurrence, concept=concept)


def decided_side(distinction: Distinction, vr: VersionResult, flag: Flag, domain: DomainChoice | None,
                 taken: Callable[[int], bool], own: dict | None = None) -> Flag:
    """A pair meaning decided, in an ambiguous word (it cliente, ar عميل): each
    occurrence's concept is known, and fixing either restores the distinction,
    so the fix goes to the one whose concept the language has a word for in
    this text ("il cliente … il cliente" -> acquirente, not the lawyer's
    assistito in a shop's text)."""
    occ = vr.occurrences[flag.occurrence]
    if not occ.term.ambiguous or flag.partner is None or taken(flag.partner):
        return flag
    other = distinction.other_concept(flag.concept)
    lang = vr.version.lang
    if word_rank(distinction, lang, other, domain, own) < word_rank(distinction, lang, flag.concept, domain, own):
        return replace(flag, occurrence=flag.partner, partner=flag.occurrence, concept=other)
    return flag


def _passage(vr: VersionResult, a: Finding, b: Finding) -> tuple[int, str] | None:
    """(start, text) of the stretch of one segment from the first finding's
    sentence to the second's, in the findings' frame; None across segments."""
    if a.unit != b.unit:
        return None
    first, last = (a, b) if a.sentence_start <= b.sentence_start else (b, a)
    if first.sentence_start == last.sentence_start:
        return first.sentence_start, first.sentence
    end = last.sentence_start + len(last.sentence)
    seg = next((s for s in vr.version.segments
                if s.offset is not None and s.offset <= first.sentence_start and end <= s.offset + len(s.text)), None)
    if seg is None and first.unit is not None:
        seg = next((s for s in vr.version.segments if s.id == first.unit), None)
        base = 0
    else:
        base = seg.offset if seg is not None else 0
    if seg is None:
        return None
    return first.sentence_start, seg.text[first.sentence_start - base:end - base]


def _reading(f: Finding, start: int | None = None, passage: str | None = None) -> dict | None:
    """One reading of an undecided pair: the fix of one occurrence, with the
    passage (or the finding's own sentence) as it would then read."""
    if f.replacement is None:
        return None
    if passage is None:
        start, passage = f.sentence_start, f.sentence
    a, b = f.start - start, f.end - start
    return {"start": f.start, "end": f.end, "term": f.term, "concept": f.concept, "replacement": f.replacement,
            "suggestion": passage[:a] + f.replacement + passage[b:]}


def both_readings(vr: VersionResult, a: Finding, b: Finding) -> Finding:
    """One finding over both occurrences of an undecided pair, each reading the
    passage with one of them fixed. Across paragraphs (twin definitions) it
    stays on the first and names the other."""
    span = _passage(vr, a, b)
    first, second = (a, b) if a.start <= b.start else (b, a)
    concept = a.concept if a.concept == b.concept else f"{a.concept} / {b.concept}"
    why = (f"meaning does not tell which of '{first.term}' and '{second.term}' is the {concept}; "
           f"either reading restores the distinction: choose one (Decision: edit)")
    notes = [n for n in (first.note, second.note) if n]
    if span is None:
        readings = [r for r in (_reading(first), _reading(second)) if r]
        note = "; ".join([why + f" (the other stands in: {second.sentence!r})"] + notes[1:])
        return replace(first, replacement=None, suggestion=None, readings=readings, note=note)
    start, passage = span
    readings = [r for r in (_reading(first, start, passage), _reading(second, start, passage)) if r]
    return replace(first, end=second.end, term=passage[first.start - start:second.end - start],
                   concept=concept, replacement=None, suggestion=None, readings=readings,
                   sentence=passage, sentence_start=start, note="; ".join([why] + notes[-1:]))


def other_order(a: Finding, b: Finding) -> Finding:
    """A symmetric pair's finding `a`, its note naming the other order `b`."""
    if not b.suggestion:
        return a
    said = f"either order restores the distinction; the other: {b.suggestion!r}"
    return replace(a, note=f"{said}; {a.note}" if a.note else said)

