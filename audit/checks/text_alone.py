"""Text-alone rules: a version that says "X and X", "X vs X", "between X and X",
"X, not X" or "X does this, while X does that" with one term where the
distinction needs two has collapsed it, whatever the other versions say.

Which of the two occurrences is wrong cannot be read from the text; the rules
assume the concepts appear in the termbase's canonical order ("client and
customer", "Client vs Customer"), so the occurrence standing in the place of
the concept its term does not express is flagged. The evidence names both.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..languages import Language, get_language
from ..model import Evidence, Occurrence
from ..termbase import Distinction
from . import Check, Context, Flag, check

_EDGE_PUNCT = regex.compile(r"^[\s,;:/]+|[\s,;:/]+$")
_BOUNDARY_AFTER = regex.compile(r"^\s*(?:$|[?!.,;:)\]…»”\"'])")


def _norm(s: str) -> str:
    return " ".join(_EDGE_PUNCT.sub("", s).casefold().split())


def _strip_determiner(words: str, lang: Language) -> str:
    for det in lang.determiners:
        if words.endswith(" " + det):
            return words[: -len(det) - 1]
    return words


def _starts_with(text: str, words: tuple[str, ...], spaced: bool = True) -> bool:
    t = _norm(text)
    gap = " " if spaced else ""        # unspaced scripts: 客户和客户之间
    return any(t == w or t.startswith(w + gap) or (not w[-1].isalpha()) and t.startswith(w) for w in words)


def _ends_with(text: str, words: tuple[str, ...], spaced: bool = True) -> bool:
    t = _norm(text)
    gap = " " if spaced else ""
    return any(t == w or t.endswith(gap + w) for w in words)


def pair_rule(lang: Language, before: str, between: str, after: str, spaced: bool) -> tuple[str, float] | None:
    """Name and confidence of the rule two same-term occurrences fall under, if any."""
    link = _strip_determiner(_norm(between), lang)
    bounded = bool(_BOUNDARY_AFTER.match(after)) or _starts_with(after, lang.between_after + lang.versus_after, spaced)
    if link in lang.versus_words:
        return "X vs X", 0.75
    if not link and _starts_with(after, lang.versus_after, spaced):
        return "X X-against", 0.7
    if link in lang.and_words + lang.or_words:
        if _ends_with(before, lang.between_words, spaced) or _starts_with(after, lang.between_after, spaced):
            return "between X and X", 0.75
        if link in lang.or_words and bounded:
            return "X or X", 0.6
        if bounded:
            return "X and X", 0.5
    if link in lang.not_words:
        return "X, not X", 0.6
    return None


def flagged_side(d: Distinction, o1: Occurrence, o2: Occurrence) -> tuple[Occurrence, str]:
    """The occurrence in the place of the concept its term does not express, and that concept.
    For an ambiguous term, the first concept the language has a word of its own for."""
    if o1.term.ambiguous:
        lang = o1.term.lang
        concept = next((c for c in d.concepts if d.preferred(lang, c)), d.concepts[0])
        return (o1 if d.concepts.index(concept) == 0 else o2), concept
    own = next(iter(o1.concepts))
    other = d.other_concept(own)
    return (o2, other) if d.concepts.index(own) < d.concepts.index(other) else (o1, other)


@check("text-alone", kind="self-collapse", severity="major")
class TextAlone(Check):
    def run(self, ctx: Context) -> Iterator[Flag]:
        for vi, vr in enumerate(ctx.versions):
            lang = get_language(vr.version.lang)
            occs = vr.occurrences
            for k in range(len(occs) - 1):
                o1, o2 = occs[k], occs[k + 1]
                if (o1.segment != o2.segment or o1.sentence != o2.sentence
                        or o1.term.distinction != o2.term.distinction or o1.concepts != o2.concepts):
                    continue
                if vr.inferred[k][0] or vr.inferred[k + 1][0]:
                    continue      # aligned versions already said which concept each one is
                text = vr.version.segments[o1.segment].text
                sentence = vr.sentences[o1.sentence]
                found = pair_rule(lang, text[sentence.start:o1.start], text[o1.end:o2.start],
                                  text[o2.end:sentence.end], lang.spaced) or self._contrast(lang, text, sentence, o1, o2)
                if found is None:
                    continue
                rule, confidence = found
                d = ctx.termbase.distinction(o1.term.distinction)
                occ, concept = flagged_side(d, o1, o2)
                ev = Evidence(rule, vr.version.label, text[o1.start:o2.end], term=f"{o1.surface} … {o2.surface}")
                yield self.flag(vi, k if occ is o1 else k + 1, concept, confidence, [ev])

    @staticmethod
    def _contrast(lang: Language, text: str, sentence, o1: Occurrence, o2: Occurrence):
        """'X is neutral, while X implies a relationship': both clauses open with the term."""
        if not lang.contrast_words or _norm(text[sentence.start:o1.start]).strip("•·-– "):
            return None
        between = _norm(text[o1.end:o2.start])
        for word in lang.contrast_words:
            head, sep, tail = between.rpartition(word)
            if sep and (not head or head.endswith(" ") or not lang.spaced) and not _strip_determiner(tail.strip(), lang).strip():
                return "X …, while X …", 0.55
        return None
