"""A source term in a sense of its own (English "client" in "API client",
"client-side", "client certificate": the program) rendered with a word for
another concept (vi "Phía khách hàng" for "Client side", tr "müşteri
sertifikası" for "client certificate"): a mistranslation, whatever the rest
of the file does. Runs before the other checks, which leave these
occurrences alone.

Where the source string has no cue of its own and only the file's sense
says which it is, the translator's own usage is evidence too: one who
renders "client" with the person word in 300 strings and with the program
word in 5 has said how the product uses it. The strings that go against a
clear majority are the candidates (either way: the program word for a
person, the person word for the program); where the translation is
consistent with itself, a string with no cue of its own gets no finding."""
from __future__ import annotations

from typing import Iterator

import regex

from ..text.languages import base_code, get_language
from ..model import Evidence, Occurrence, Term
from ..terms.senses import detect, marks_beside
from . import Check, Context, Flag, alignment_fit, check, shown_score
from .cross_version import assign, evidence_versions, sentence_groups

CONSISTENT_UNITS = 5       # a translator's majority needs at least this many strings
CONSISTENT_RATIO = 3       # ... and three times the strings that go the other way


@check("wrong-sense", kind="mistranslation", severity="major")
class WrongSense(Check):
    order = -5

    def run(self, ctx: Context) -> Iterator[Flag]:
        self._compound_cache: dict[tuple[str, str], tuple] = {}
        cues: dict[tuple[int, int], str] = {}
        self.readings = []
        for vi, vr in enumerate(ctx.versions):
            reading = detect(vr, ctx.termbase, ctx.whole.votes if ctx.whole else None, ctx.core)
            self.readings.append(reading)
            for k, (sense, cue) in reading.senses.items():
                vr.senses[k] = sense
                cues[(vi, k)] = cue
        for t, target in enumerate(ctx.versions):
            for v in evidence_versions(ctx, t):
                if any(vi == v for vi, _ in cues) or self.readings[v].product:
                    yield from self._usage(ctx, t, v, list(self._version(ctx, t, v, cues)))

    def _usage(self, ctx, t, v, flags: list[Flag]) -> Iterator[Flag]:
        """The flags of one target against one source, weighed against the
        translator's own usage in the strings whose source has no cue of its
        own; plus the strings that go against that usage."""
        reading, target, pivot = self.readings[v], ctx.versions[t], ctx.versions[v]
        lang = base_code(target.version.lang)
        by_default = {k for k, (i, _) in self._source_of.items() if i in reading.by_default}
        for did, (product, why) in reading.product.items():
            d = ctx.termbase.find(did)
            sense = d.senses[0] if d and d.senses else None
            if sense is None or not sense.terms.get(lang):
                continue
            person, program = self._renderings(ctx, t, v, d, sense, lang)
            majority = _majority(len(person), len(program))
            if majority == "person":
                flags = [f for f in flags if f.occurrence not in by_default]
                if product != sense.id:
                    yield from self._against(ctx, t, v, d, sense, lang, person, program, why)
            elif majority == "program" and product != sense.of:
                flagged = {f.occurrence for f in flags}
                for unit_ids, _ in person:
                    for k in unit_ids:
                        if k in flagged:
                            continue
                        ev = Evidence(f"sense: {sense.id} (the translation renders it with the program word in "
                                      f"{len(program)} strings, the person word in {len(person)})",
                                      pivot.version.label, "", None, "")
                        target.senses[k] = sense.id
                        target.inferred[k] = (sense.id, [ev])
                        if not sense.accepts(lang, target.occurrences[k].term):
                            flags.append(self.flag(t, k, sense.id, 0.6, [ev], "minor"))
        yield from flags

    def _renderings(self, ctx, t, v, d, sense, lang):
        """The strings whose source names the concept with no cue of its own,
        by how the target renders it: [(person-word occurrences, [])] and
        [([], program-word spans (sentence, start, end, word))]. Strings with
        both, or neither, or a word that is both (ja クライアント) count for
        neither side."""
        target, pivot = ctx.versions[t], ctx.versions[v]
        reading = self.readings[v]
        ev_by_sentence: dict[int, list[int]] = {}
        for i, o in enumerate(pivot.occurrences):
            if o.term.distinction == d.id and o.concepts == {sense.of} and not o.term.ambiguous:
                ev_by_sentence.setdefault(o.sentence, []).append(i)
        occ_by_sentence: dict[int, list[int]] = {}
        for k, o in enumerate(target.occurrences):
            occ_by_sentence.setdefault(o.sentence, []).append(k)
        words = _program_words(d, sense, lang)
        person, program = [], []
        for t_sents, v_sents, _ in sentence_groups(ctx, t, v):
            evs = [i for s in v_sents for i in ev_by_sentence.get(s, [])]
            if not evs or any(i in reading.own_cue for i in evs):
                continue
            if " ".join(target.sentences[s].text for s in t_sents) == " ".join(pivot.sentences[s].text for s in v_sents):
                continue          # left untranslated: its "client" is the source's
            ks = [k for s in t_sents for k in occ_by_sentence.get(s, []) if target.occurrences[k].term.distinction == d.id
                  and not sense.accepts(lang, target.occurrences[k].term, _here(target, k))]
            spans = [sp for s in t_sents for sp in _find_words(target.sentences[s], words, lang) if _prose(target, *sp[:3])]
            if ks and not spans:
                person.append((ks, []))
            elif spans and not ks:
                program.append(([], spans))
        return person, program

    def _against(self, ctx, t, v, d, sense, lang, person, program, why) -> Iterator[Flag]:
        """The program word where the translator otherwise renders the person
        (tr "İstemci başarıyla eklendi" among 24 "Müşteri"): a finding each,
        replaced by the translator's own word."""
        target, pivot = ctx.versions[t], ctx.versions[v]
        counts: dict = {}
        for ks, _ in person:
            for k in ks:
                term = target.occurrences[k].term
                counts[term] = counts.get(term, 0) + 1
        own = max(counts, key=counts.get)
        for _, spans in program:
            for s, start, end, word, features in spans:
                sentence = target.sentences[s]
                target.occurrences.append(Occurrence(sentence.index, sentence.segment, start, end,
                                                     target.version.segments[sentence.segment].text[start:end], word,
                                                     features))
                target.inferred.append((None, []))
                k = len(target.occurrences) - 1
                ev = Evidence(f"usage: the translation renders {sense.of} '{own.text}' in {len(person)} strings "
                              f"with no cue of their own, the program word in {len(program)} ({why})",
                              pivot.version.label, "", None, "")
                target.senses[k] = sense.id
                target.inferred[k] = (sense.of, [ev])
                flag = self.flag(t, k, sense.of, 0.6, [ev], "minor")
                # the translator's own word is the fix, whether or not it also covers the other concept (tr Müşteri)
                flag.term = Term(own.distinction, own.lang, own.text, frozenset([sense.of]), True, own.domains)
                yield flag

    def _version(self, ctx, t, v, cues) -> Iterator[Flag]:
        self._source_of: dict[int, tuple[int, str]] = {}      # target occurrence -> (source occurrence, sense)
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
                    self._source_of[k] = (evs[e], sense.id)
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


def _prose(target, s: int, start: int, end: int) -> bool:
    """Whether a word found in a target sentence is prose: not inside a
    placeholder or tag (":client", "{client}") nor part of an identifier
    ("to_client")."""
    seg = target.version.segments[target.sentences[s].segment]
    if any(a < end and start < b for a, b in seg.protected):
        return False
    text = seg.text
    before, after = text[start - 1:start], text[end:end + 1]
    return not (before in ("_", ":", "$", "{", "%", ".") or after in ("_", "}", "("))


def _majority(person: int, program: int) -> str | None:
    """Which way the translator renders the strings with no cue: 'person',
    'program', or None where neither is a clear majority."""
    for name, n, other in (("person", person, program), ("program", program, person)):
        if n >= CONSISTENT_UNITS and n >= CONSISTENT_RATIO * other:
            return name
    return None


def _here(target, k: int) -> str:
    occ = target.occurrences[k]
    return target.version.segments[occ.segment].text[occ.start:occ.start + 24]


def _program_words(d, sense, lang: str):
    """The sense's words in `lang` that are not also a word of the concept
    (ru клиент, ja クライアント name the program and the person alike)."""
    person = {t.text.casefold() for t in d.terms.get(lang, [])}
    return [t for t in sense.terms.get(lang, []) if t.text.casefold() not in person]


def _find_words(sentence, words, lang: str) -> list[tuple[int, int, int, object, tuple]]:
    """(sentence index, start, end, term, features) of each program word in a
    target sentence, found as the language finds its terms (inflected forms:
    tr istemciyi)."""
    if not words:
        return []
    hits = get_language(lang).find(sentence.text, list(words))
    return [(sentence.index, sentence.start + h.start, sentence.start + h.end, h.term, h.features) for h in hits]


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
