"""Turning a flagged occurrence into a replacement word and a corrected sentence.

The replacement is the text's own word for the concept where it has one (a
German article that says "Klient" where it keeps the concepts apart gets
"Klient" for the "Kunde" it collapsed, whatever the termbase prefers);
otherwise it comes from the text's domain only (audit.terms.domain): where the
language has no word for the concept in that domain, the finding says so and
lists the alternatives instead of offering a word from another domain. A
sense (software-client) has its own words whatever the domain."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from .domain import DomainChoice
from ..text.languages import base_code, get_language
from ..text.languages.base import match_case
from ..model import Occurrence, Sentence, Term, Version
from .termbase import Distinction


DOTTED_I = {"tr", "az"}


def own_words(occurrences: Iterable[Occurrence]) -> dict[tuple[str, str], Term]:
    """The word a text itself uses most for each concept, among the terms that
    name one concept only: (distinction, concept) -> term. `occurrences`: the
    text's occurrences that are not flagged."""
    return own_from_counts(Counter(o.term for o in occurrences if not o.term.ambiguous))


def own_from_counts(counts) -> dict[tuple[str, str], Term]:
    """own_words on the counts of the unflagged unambiguous terms (term -> how often)."""
    own: dict[tuple[str, str], Term] = {}
    for term, _ in sorted(counts.items(), key=lambda tc: (-tc[1], tc[0].text)):
        own.setdefault((term.distinction, next(iter(term.concepts))), term)
    return own


def _no_word(distinction: Distinction, lang: str, concept: str, domain: DomainChoice) -> str:
    others = [f"{t.text} ({', '.join(sorted(t.domains))})" for t in distinction.candidates(lang, concept)]
    alternatives = distinction.alternatives.get(lang, {}).get(concept, []) + others
    text = f"no standard single {lang} word for '{concept}' in a {domain.name} text"
    return text + (f"; alternatives: {'; '.join(alternatives)}" if alternatives else "")


def suggest(version: Version, sentence: Sentence, occ: Occurrence, concept: str,
            distinction: Distinction, domain: DomainChoice | None = None,
            chosen: Term | None = None, own: Term | None = None) -> tuple[str | None, str | None, str]:
    """(replacement, suggested sentence, note). The replacement is None, with a
    note saying why, where no correct form can be generated. `chosen` is the
    term a post-edited reference uses there: it wins over the domain's choice,
    and so does `own`, the text's own word for the concept (`own_words`)."""
    lang = base_code(version.lang)
    sense = distinction.sense(concept)
    if chosen is not None and chosen.concepts == {concept}:
        target = chosen
    elif own is not None and own.concepts == {concept} and sense is None:
        target = own
    elif sense is not None or domain is None:
        target = distinction.preferred(lang, concept)
    else:
        target = distinction.preferred(lang, concept, domain.lookup_order())
        if target is None and distinction.candidates(lang, concept):
            return None, None, _no_word(distinction, lang, concept, domain)
    if target is None:
        return None, None, f"the termbase has no {lang} term for '{concept}'"
    if target.text.casefold() == occ.term.text.casefold():
        return None, None, f"'{occ.surface}' is already the preferred {lang} term for '{concept}'"
    after = sentence.text[occ.end - sentence.start:]
    if sense is not None and (after.startswith("-") or after[:1].islower()):
        # first part of a compound (Kunden-ID -> Client-ID, Kundnamn -> Klientnamn): the bare word,
        # lower case where the compound is (kundenseitig -> clientseitig)
        form = match_case(occ.surface, target.text)
        if after[:1].islower() and occ.surface[:1].islower():
            form = form[:1].lower() + form[1:]
    else:
        form = get_language(lang).inflect(occ.surface, occ.features, occ.term, target)
    if form is not None and lang in DOTTED_I and target.text[:1] == "i" and form[:1] == "I":
        form = "İ" + form[1:]            # Turkish capital of i is İ (istemci -> İstemci)
    if form is None:
        return None, None, (f"use '{target.text}' in the form that fits here; "
                            f"the {lang} form matching '{occ.surface}' cannot be generated reliably")
    rel_start, rel_end = occ.start - sentence.start, occ.end - sentence.start
    fixed = sentence.text[:rel_start] + form + sentence.text[rel_end:]
    return form, fixed, ""
