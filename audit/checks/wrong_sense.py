"""A source term in a sense of its own (English "client" in "API client",
"client-side", "client certificate": the program) rendered with a word for
another concept (vi "Phía khách hàng" for "Client side", tr "müşteri
sertifikası" for "client certificate"): a mistranslation, whatever the rest
of the file does. Runs before the other checks, which leave these
occurrences alone."""
from __future__ import annotations

from typing import Iterator

import regex

from ..text.languages import base_code, get_language
from ..model import Evidence, Occurrence
from ..terms.senses import detect, marks_beside
from . import Check, Context, Flag, alignment_fit, check, shown_score
from .cross_version import assign, evidence_versions, sentence_groups


@check("wrong-sense", kind="mistranslation", severity="major")
class WrongSense(Check):
    order = -5

    def run(self, ctx: Context) -> Iterator[Flag]:
        self._compound_cache: dict[tuple[str, str], tuple] = {}
        cues: dict[tuple[int, int], str] = {}
        for vi, vr in enumerate(ctx.versions):
            for k, (sense, cue) in detect(vr, ctx.termbase).items():
                vr.senses[k] = sense
                cues[(vi, k)] = cue
        if not cues:
            return
        for t, target in enumerate(ctx.versions):
            for v in evidence_versions(ctx, t):
                if any(vi == v for vi, _ in cues):
                    yield from self._version(ctx, t, v, cues)

    def _version(self, ctx, t, v, cues) -> Iterator[Flag]:
        target, pivot = ctx.versions[t], ctx.versions[v]
        lang = base_code(target.version.lang)
        occ_by_sentence: dict[int, list[int]] = {}
        for k, o in enumerate(target.occurrences):
            occ_by_sentence.setdefault(o.sentence, []).append(k)

        def here(occ) -> str:
            return target.version.segments[occ.segment].text[occ.start:occ.start + 24]

        ev_by_sentence: dict[int, list[int]] = {}
        for i, o in enumerate(pivot.occurrences):
            if not o.term.ambiguous:
                ev_by_sentence.setdefault(o.sentence, []).append(i)
        for t_sents, v_sents, score in sentence_groups(ctx, t, v):
            ev_ids = [i for s in v_sents for i in ev_by_sentence.get(s, [])]
            if not any((v, i) in cues for i in ev_ids):
                continue
            t_ids = [k for s in t_sents for k in occ_by_sentence.get(s, [])
                     if k not in target.senses and not target.inferred[k][0]]
            for distinction in {pivot.occurrences[i].term.distinction for i in ev_ids if (v, i) in cues}:
                d = ctx.termbase.find(distinction)
                ids = [k for k in t_ids if target.occurrences[k].term.distinction == distinction]
                evs = [i for i in ev_ids if pivot.occurrences[i].term.distinction == distinction]
                if not ids and d is not None:
                    ids = self._compounds(target, t_sents, d, lang)
                if not ids or d is None:
                    continue
                expected = [pivot.senses.get(i) or next(iter(pivot.occurrences[i].concepts)) for i in evs]

                def fits(occ, concept, d=d):
                    sense = d.sense(concept)
                    return sense.accepts(lang, occ.term, here(occ)) if sense else concept in occ.concepts

                def marked(occ, concept, d=d):
                    # "OAuth müşteri kimliği": the technical word beside it makes it the program
                    sense = d.sense(concept)
                    text = target.version.segments[occ.segment].text
                    return bool(sense and sense.marks and marks_beside(text, occ.start, occ.end, sense.marks))

                mapping = assign([target.occurrences[k] for k in ids], expected, fits, marked)
                text = " ".join(pivot.sentences[s].text for s in v_sents)
                base = 0.9 if ctx.source == v else 0.45 + 0.4 * min(1.0, ctx.weights[v])
                fit = alignment_fit(score)
                for k, e in zip(ids, mapping):
                    if e is None or (v, evs[e]) not in cues:
                        continue
                    occ, sense = target.occurrences[k], d.sense(expected[e])
                    ev = Evidence(f"sense: {sense.id} ('{cues[(v, evs[e])]}')", pivot.version.label, text,
                                  shown_score(score), pivot.occurrences[evs[e]].surface)
                    target.senses[k] = sense.id
                    target.inferred[k] = (sense.id, [ev])
                    if not sense.accepts(lang, occ.term, here(occ)):
                        yield self.flag(t, k, sense.id, base * fit, [ev])

    def _compounds(self, target, t_sents, d, lang: str) -> list[int]:
        """A person word at the head of a closed compound where the source
        names the program (Swedish "Kundnamn" for "Client name", German
        "kundenseitig" for "client-side"): made occurrences of their own, the
        word's span only, so the fix keeps the rest (Klientnamn)."""
        key = (d.id, lang)
        if key not in self._compound_cache:
            self._compound_cache[key] = _compound_matcher(d, lang)
        terms, pattern = self._compound_cache[key]
        made = []
        for s in t_sents if pattern else ():
            sentence = target.sentences[s]
            for m in pattern.finditer(sentence.text):
                start = sentence.start + m.start()
                target.occurrences.append(Occurrence(sentence.index, sentence.segment, start, start + len(m.group()),
                                                     m.group(), terms[m.group().casefold()]))
                target.inferred.append((None, []))
                made.append(len(target.occurrences) - 1)
        return made


def _compound_matcher(d, lang: str):
    """(compound stem casefolded -> the person term it begins, a pattern for
    the stem followed by at least three more lower-case letters of the same
    word), or ({}, None) where the language writes no closed compounds."""
    language = get_language(lang)
    terms = {stem.casefold(): t for t in d.terms.get(lang, [])
             if not any(sense.accepts(lang, t) for sense in d.senses)
             for stem in language.compound_stems(t.text)}
    if not terms:
        return {}, None
    stems = sorted(terms, key=len, reverse=True)
    return terms, regex.compile(r"(?<![\p{L}\p{N}])(?i:" + "|".join(map(regex.escape, stems)) + r")(?=\p{Ll}{3})")
