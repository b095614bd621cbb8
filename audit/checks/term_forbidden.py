"""term-forbidden: a translation uses a term the glossary forbids or deprecates.

Wherever a target (with or without a source) holds a forbidden, deprecated or
superseded term of an entry for its locale, in any inflected form, the
finding suggests the entry's preferred term in the same form where the
language module can generate it (pymorphy3 for Russian and Ukrainian, the
paradigm languages' rules, the base form for a base form). A word that is
also an approved term of another entry in the same locale is not flagged, nor
is one that is part of a longer word: inside an approved term (ja ユーザ in
ユーザー, where the style guide forbids the short form and approves the long
one; scripts without spaces are matched as substrings), or a Latin-letter term
run into other Latin letters in such a script (ja "Web" in "WebUI"); nor are
two words read as one word's other form (uk "секрет не" is not "секретне").
"""
from __future__ import annotations

from typing import Iterator

from ..model import Evidence, Finding, Term
from ..text.languages import base_code, get_language, match_case
from ..text.termfind import Match, find, spaceless
from . import check
from .direct import DirectCheck, make_finding, masked, version_locale


@check("term-forbidden", "term-forbidden", "major")
class TermForbidden(DirectCheck):
    order = 41

    def findings(self, ctx) -> Iterator[tuple[int, Finding]]:
        glossary = ctx.termbase.glossary
        if not glossary:
            return
        for vi, vr in enumerate(ctx.versions):
            if vi == ctx.source or vr.version.is_source or vr.version.is_reference:
                continue
            locale = version_locale(vr.version, ctx.termbase.locales)
            lang = base_code(vr.version.lang)
            approved = {t.text.casefold() for e in glossary for t in e.approved(locale)}
            bad = [(e, t) for e in glossary for t in e.forbidden(locale) if t.text.casefold() not in approved]
            if not bad:
                continue
            phrases = [t.text for _, t in bad]
            approved_terms = sorted({t.text for e in glossary for t in e.approved(locale)})
            for k in range(len(vr.sentences)):
                sent = vr.sentences[k]
                seg = vr.version.segments[sent.segment]
                text = masked(seg.text, seg.protected, code=True)[sent.start:sent.end]
                hits = find(text, phrases, lang)
                if hits:
                    hits = _own_words(text, hits, approved_terms, lang, phrases)
                for h in hits:
                    entry, term = bad[h.index]
                    preferred = entry.approved(locale)
                    start, end = sent.start + h.start, sent.start + h.end
                    surface = seg.text[start:end]
                    replacement = _inflected(lang, seg.text, start, end, term.text, preferred[0].text) if preferred else None
                    note = f"{term.text!r} is {term.status} in the glossary (entry {entry.id!r})"
                    if preferred:
                        note += f"; use {preferred[0].text!r}"
                        if replacement is None:
                            note += " (no inflected form generated: inflect it by hand)"
                    yield vi, make_finding(vr, k, start, end, concept=entry.id, kind=self.kind,
                                       severity="major" if entry.enforce or term.status == "forbidden" else "minor",
                                       confidence=0.95, evidence=[Evidence("glossary", text=surface, term=term.text)],
                                       replacement=replacement, note=note, distinction="glossary")


def _own_words(text: str, hits: list, approved_terms: list[str], lang: str, terms: list[str]) -> list:
    """The hits of `terms` that are words of their own, not part of a longer
    word, nor two words read as one."""
    longer = find(text, approved_terms, lang) if approved_terms else []
    kept = []
    for h in hits:
        if any(a.start <= h.start and h.end <= a.end and a.end - a.start > h.end - h.start for a in longer):
            continue        # ja ユーザ inside the approved ユーザー
        if spaceless(lang) and (_latin(text, h.start) and _latin(text, h.start - 1)
                                or _latin(text, h.end - 1) and _latin(text, h.end)):
            continue        # ja "Web" inside "WebUI", "WebDAV"
        if _two_words_for_one(text[h.start:h.end], terms[h.index]):
            # uk "секрет не" read as "секретне", a form of секретний: the words
            # themselves may still be terms (секрет is)
            others = [t if k != h.index else "" for k, t in enumerate(terms)]
            kept += [Match(h.start + m.start, h.start + m.end, m.index)
                     for m in find(text[h.start:h.end], others, lang)]
            continue
        kept.append(h)
    return sorted(kept, key=lambda m: m.start)


def _two_words_for_one(surface: str, term: str) -> bool:
    """A one-word term matched over two words run together, in a form other
    than the term itself: "log in" is the term "login", but "секрет не" is
    not a form of "секретний"."""
    if len(surface.split()) < 2 or len(term.split()) > 1:
        return False
    return "".join(surface.split()).casefold() != term.casefold()


def _latin(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


def _inflected(lang: str, text: str, start: int, end: int, old: str, new: str) -> str | None:
    """`new` in the form `text[start:end]` (a form of `old`) has, or None."""
    surface = text[start:end]
    if surface.casefold() == old.casefold():
        return match_case(surface, new)
    language = get_language(lang)
    old_t, new_t = Term("glossary", lang, old, frozenset(["x"])), Term("glossary", lang, new, frozenset(["x"]))
    try:
        for hit in language.find(text, [old_t]):
            if hit.start <= start < hit.end or start <= hit.start < end:
                return language.inflect(text[hit.start:hit.end], hit.features, old_t, new_t) \
                    if (hit.start, hit.end) == (start, end) else None
    except Exception:       # a language module that cannot analyse this word: no suggestion beats a wrong one
        return None
    return None
