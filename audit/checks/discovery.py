"""Discovery without a termbase: where the aligned source or pivot coordinates
two different words ("clients and customers") and the translation coordinates
one word with itself ("khách hàng và khách hàng"), the translation has probably
collapsed a distinction no termbase knows about. Reported as a suspected
collapse, with the pair offered as a new termbase entry.

Reduplication (klien-klien) is one hyphenated word, and fixed repetitions
("more and more") repeat in the evidence too, so neither fires; nor does a
word the source itself repeats ("Server Groups and Servers" -> "grup server
dan server"). Only documents are searched: the units of a localisation file
are short interface strings whose "A and B" spans clauses as often as terms
("asks for a port and connects"), so there a guess is noise, not a finding
(issue 8)."""
from __future__ import annotations

import functools
from typing import Iterator

import regex

from ..text.languages import Language, get_language
from ..model import Evidence, Occurrence, Term
from . import Check, Context, Flag, check, shown_score
from .cross_version import evidence_versions, sentence_groups

MAX_WORDS = 2        # a collapsed term may be a two-syllable word (Vietnamese)


@functools.lru_cache(maxsize=None)
def _pair_pattern(links: tuple[str, ...]):
    """Built once per language: building it per sentence was most of this check's time."""
    word = r"\p{L}[\p{L}\p{M}'’-]*"
    phrase = rf"{word}(?:\s{word}){{0,{MAX_WORDS - 1}}}"
    link = "|".join(regex.escape(w) for w in links)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])({phrase})\s+(?:{link})\s+({phrase})(?![\p{{L}}\p{{M}}])",
                         regex.IGNORECASE)


def _pairs(text: str, lang: Language, same: bool):
    """(start1, end1, start2, end2) of "A <and|or|vs> B" with A == B (same) or A != B."""
    links = tuple(sorted(lang.and_words + lang.or_words + lang.versus_words, key=len, reverse=True))
    if not lang.spaced or not links:
        return
    pattern = _pair_pattern(links)
    seen = set()
    for m in pattern.finditer(text, overlapped=True):
        a, b = m.group(1), m.group(2)
        if m.start(2) in seen:
            continue              # overlapping matches find one pair several times
        seen.add(m.start(2))
        if same:
            # the repeated phrase is the words on each side nearest the link
            for n in range(MAX_WORDS, 0, -1):
                wa, wb = a.split()[-n:], b.split()[:n]
                if len(wa) == n == len(wb) and [w.casefold() for w in wa] == [w.casefold() for w in wb]:
                    start2 = m.start(2)
                    end2 = start2 + len(" ".join(wb))
                    start1 = m.end(1) - len(" ".join(wa))
                    if len(" ".join(wa)) >= 3:
                        yield start1, m.end(1), start2, end2
                    break
        else:
            wa, wb = a.split()[-1], b.split()[0]
            if wa.casefold() != wb.casefold() and len(wa) >= 3 and len(wb) >= 3:
                yield m.end(1) - len(wa), m.end(1), m.start(2), m.start(2) + len(wb)


def _is_document(vr) -> bool:
    """Paragraphs of a text (offsets into the file), not units of a localisation file."""
    return bool(vr.version.segments) and vr.version.segments[0].offset is not None


@check("discovery", kind="suspected-collapse", severity="minor")
class Discovery(Check):
    order = 20

    def run(self, ctx: Context) -> Iterator[Flag]:
        for t, target in enumerate(ctx.versions):
            pivots = evidence_versions(ctx, t)
            if not pivots or not _is_document(target):
                continue
            lang = get_language(target.version.lang)
            covered = {(o.segment, o.start) for o in target.occurrences}
            for v in pivots[:1]:
                pivot = ctx.versions[v]
                plang = get_language(pivot.version.lang)
                for t_sents, v_sents, score in sentence_groups(ctx, t, v):
                    yield from self._group(ctx, t, v, lang, plang, t_sents, v_sents, score, covered)

    def _group(self, ctx, t, v, lang, plang, t_sents, v_sents, score, covered) -> Iterator[Flag]:
        target, pivot = ctx.versions[t], ctx.versions[v]
        distinct = []
        for s in v_sents:
            sent = pivot.sentences[s]
            for a1, a2, b1, b2 in _pairs(sent.text, plang, same=False):
                distinct.append((sent.text[a1:a2], sent.text[b1:b2], sent.text))
        if not distinct:
            return
        for s in t_sents:
            sent = target.sentences[s]
            seg_text = target.version.segments[sent.segment].text
            for a1, a2, b1, b2 in _pairs(sent.text, lang, same=True):
                if (sent.segment, sent.start + a1) in covered or (sent.segment, sent.start + b1) in covered:
                    continue          # a termbase term: the other checks speak for it
                first, second, evidence_text = distinct[0]
                surface = sent.text[b1:b2]
                if evidence_text.casefold().count(surface.casefold()) >= 2:
                    continue      # the source repeats the word itself

                term = Term(f"discovered:{first.casefold()}/{second.casefold()}", target.version.lang,
                            surface, frozenset([first.casefold(), second.casefold()]))
                occ = Occurrence(sent.index, sent.segment, sent.start + b1, sent.start + b2,
                                 seg_text[sent.start + b1:sent.start + b2], term)
                target.occurrences.append(occ)
                target.inferred.append((second.casefold(), []))
                ev = Evidence("discovery", pivot.version.label, evidence_text, shown_score(score), f"{first} / {second}")
                fit = 1.0 if score is None else min(1.0, (score - 0.8) / 0.1 + 0.5)
                yield self.flag(t, len(target.occurrences) - 1, second.casefold(), 0.4 * fit, [ev])
