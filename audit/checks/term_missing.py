"""term-missing: the source names a glossary entry, the translation uses none
of its approved terms.

For every source-translation pair (a bilingual unit, an aligned sentence
group) whose source holds an entry's source term in any inflected form, the
target must hold one of the entry's approved terms for its locale, in any
inflected form or inside a compound (text/termfind.py, lenient). A
do-not-translate entry must appear as the source writes it. Not flagged: a
target that copies its source (untranslated: pofilter's job), a target that
uses one of the entry's forbidden terms (term-forbidden says it, with the
word to put there), a translation marked unfinished (PO fuzzy, Qt
unfinished, an XLIFF needs-* state: it may translate an older source), a
source that is a message key ("status.new": the translation renders the text
behind it), any source of a file whose sources are largely keys (there
"trash" is a key too).
Where the target is one word, that word is replaced by the approved term;
elsewhere the finding covers the sentence and offers no replacement (the
reviewer edits it).

A source word is the entry's concept only where nothing says otherwise; when
unsure, no finding (one a reviewer would not act on costs more than a miss):
* its use contradicts the entry's sense (text/senses.py, English sources:
  a key's name not used as a key, a noun entry's word used as a verb, "number
  of" as a count, a participle, a verb entry's word as an adjective, a fixed
  expression, a specialised sense of the definition's where neither the unit
  nor two of the file's units speak of its field: the file's words are passed);
* it names a thing the translation keeps as written (text/verbatim.py): a
  key combination or key name ("Ctrl+Alt+Delete", "Page Up"), bracketed
  option syntax, a usage line's command, an identifier in quotes, or a
  capitalised name the translation keeps unchanged ("in Windows .rdp format",
  in Latin letters in another script: "Snap パッケージ"), or a word it keeps
  as written in quotes, a quoted name ("“Waiting Channel”"), an acronym
  ("SMART"), a chat command ("/help"), or a placeholder's name it keeps (":domain");
* it is part of a longer term of the file itself (text/phrases.py): a word
  of an acronym's expansion ("Distributed hash table", DHT), or the noun
  modifying a recurring term's head ("system" of "system tray"), where the
  file's own translations show the longer term is translated as a unit: none
  of its units holds the entry's approved term, while the word standing
  alone never occurs or mostly gets it. The head keeps its sense: a "sound
  notification" is a notification.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterator

import regex

from ..model import Evidence, Finding
from ..text.languages import base_code, match_case
from ..text.phrases import FileTerms
from ..text.senses import entry_kind, noun_modifier, other_sense
from ..text.termfind import citation_verb, find, in_name, token_pattern
from ..text.verbatim import (code_span, is_key_catalogue, is_message_key, kept_acronym, kept_in_latin, kept_name,
                              placeholder_in_target, quoted_in_target, quoted_span_kept)
from . import check
from .direct import DirectCheck, make_finding, needs_review, pairs, target_text, version_locale


_WORDS = regex.compile(r"[\p{L}\p{N}-]+")

# an entry whose approved term a translation never uses, in this many units or
# more, is reported once (the first unit, with the count): a convention of the
# file, not a slip in each unit. 0: every unit (measured by bench_glossary.py
# --convention; not adopted, see README)
CONVENTION_UNITS = 0


@check("term-missing", "term-missing", "minor")
class TermMissing(DirectCheck):
    order = 40

    def findings(self, ctx) -> Iterator[tuple[int, Finding]]:
        glossary = [e for e in ctx.termbase.glossary if not e.forbidden_only]
        if not glossary or ctx.source is None:
            return
        src = ctx.versions[ctx.source]
        src_locale = version_locale(src.version, ctx.termbase.locales)
        src_lang = base_code(src.version.lang)
        sources = [(e, [t.text for t in e.approved(src_locale)]) for e in glossary]
        sources = [(e, ts) for e, ts in sources if ts]
        phrases = [t for _, ts in sources for t in ts]
        owner = [e for e, ts in sources for _ in ts]
        all_pairs = list(pairs(ctx))
        sources = [p.source_text for p in all_pairs]
        if is_key_catalogue(sources):
            return                            # its sources are keys, even those that read as English
        own_terms = FileTerms(sources)
        file_words, file_subject = _file_words(sources)
        wanted: dict[int, tuple] = {}
        # whether each use of an entry's word was translated with an approved
        # term, per target: inside a longer term of the file, and standing alone
        inside: dict[tuple[int, str, str], list[bool]] = {}
        alone: dict[tuple[int, str], list[bool]] = {}
        candidates = []
        for pair in all_pairs:
            vr = ctx.versions[pair.target]
            if pair.target not in wanted:
                locale = version_locale(vr.version, ctx.termbase.locales)
                wanted[pair.target] = (locale, base_code(vr.version.lang))
            locale, lang = wanted[pair.target]
            if is_message_key(pair.source_text):
                continue                      # a key ("status.new"), not English
            hits = find(pair.source_text, phrases, src_lang)
            if not hits:
                continue
            if needs_review(vr, pair.sentences):
                continue                      # pofilter's fuzzy check reports it
            pieces = target_text(vr, pair.sentences)
            whole = " ".join(text for _, _, text in pieces)
            # what the masked text leaves out: placeholders the translator translated, against the source as stored
            translated = _translated_placeholders(vr, pair.sentences, src.version.segments[pair.source_segment].text
                                                  if pair.source_segment is not None else pair.source_text)
            if not whole.strip() or whole.strip().casefold() == pair.source_text.strip().casefold():
                continue
            seen = set()
            for h in hits:
                entry = owner[h.index]
                word = pair.source_text[h.start:h.end]
                if entry.id in seen or (not entry.dnt and in_name(pair.source_text, h.start, h.end)):
                    continue
                if not entry.dnt and (code_span(pair.source_text, h.start, h.end)
                                      or kept_name(pair.source_text, h.start, h.end, whole)
                                      or kept_in_latin(word, whole, lang) or quoted_in_target(word, whole)
                                      or kept_acronym(word, phrases[h.index], whole)
                                      or quoted_span_kept(pair.source_text, h.start, h.end, whole)
                                      or placeholder_in_target(pair.source_text, h.start, h.end, whole)):
                    continue                  # a key, option, command, identifier or name: kept as written
                english = src_lang == "en" and not entry.dnt
                approved = [t.text for t in entry.approved(locale)]
                if english and other_sense(pair.source_text, h.start, h.end, phrases[h.index], entry.definition,
                                           entry.pos, self._verb_term(approved, lang), file_words, file_subject):
                    continue                  # the word is used in another sense than the entry's
                seen.add(entry.id)
                if entry.dnt:
                    approved = [word] + approved
                elif not approved:
                    continue                  # the glossary says nothing for this language
                present = bool(find(whole, approved, lang, lenient=not entry.dnt)
                               or translated and find(translated, approved, lang, lenient=not entry.dnt))
                longer = self._longer_term(own_terms, pair.source_text, h.start, h.end, entry) if english else None
                alone.setdefault((pair.target, entry.id), [])
                if longer:
                    inside.setdefault((pair.target, entry.id, longer), []).append(present)
                else:
                    alone[(pair.target, entry.id)].append(present)
                if present:
                    continue
                if find(whole, [t.text for t in entry.forbidden(locale)], lang):
                    continue                  # term-forbidden reports it, with the word to use
                candidates.append((pair, vr, pieces, entry, approved, h, longer))
        candidates = [c for c in candidates if not (c[6] and self._own_term(inside[(c[0].target, c[3].id, c[6])],
                                                                             alone[(c[0].target, c[3].id)]))]
        groups: dict[tuple[int, str], list] = {}
        for c in candidates:
            groups.setdefault((c[0].target, c[3].id), []).append(c)
        for pair, vr, pieces, entry, approved, h, longer in candidates:
            group = groups[(pair.target, entry.id)]
            extra = ""
            if CONVENTION_UNITS and len(group) >= CONVENTION_UNITS and not self._used(pair.target, entry.id, alone,
                                                                                      inside):
                # the translation never uses the entry's term: one finding, with the count
                if group[0][0] is not pair:
                    continue
                extra = f"; the translation never uses it: {len(group)} units whose source has the term " \
                        f"use another word (reported once, here)"
            yield pair.target, self._finding(vr, pieces, entry, approved[0], pair.source_text[h.start:h.end],
                                             Evidence("glossary", src.version.label, " ".join(pair.source_text.split()),
                                                      term=pair.source_text[h.start:h.end]), extra)

    @staticmethod
    def _verb_term(approved: list[str], lang: str) -> bool | None:
        """Whether any approved term is a verb's citation form; None where the language does not show it."""
        shown = [citation_verb(t, lang) for t in approved]
        return None if None in shown or not shown else any(shown)

    @staticmethod
    def _used(target: int, entry_id: str, alone: dict, inside: dict) -> bool:
        """Whether the translation holds the entry's approved term anywhere its source has the entry's word."""
        return any(alone.get((target, entry_id), ())) or \
            any(any(v) for k, v in inside.items() if k[:2] == (target, entry_id))

    @staticmethod
    def _longer_term(own_terms: FileTerms, text: str, start: int, end: int, entry) -> str | None:
        """The file's longer term the hit is a part of, where that part may not
        name the entry's concept: any word of an acronym's expansion
        ("Distributed hash table", DHT), or the noun modifying a recurring
        term's head ("system" in "system tray"); not the head (a "sound
        notification" is a notification), a verb or an adjective."""
        around = own_terms.around(text, start, end)
        if around is None:
            return None
        word = text[start:end].casefold().replace("_", "").replace("&", "")
        modifier = not around.last and word not in own_terms.verbs and \
            noun_modifier(word, around.text.split()[-1], entry_kind(entry.definition, entry.pos))
        return around.text.casefold() if around.acronym or modifier else None

    @staticmethod
    def _own_term(inside: list[bool], alone: list[bool]) -> bool:
        """Whether the file's longer term ("system tray") is a term of its own
        rather than a use of the short entry ("system"), by the file's own
        translations: the longer term's never hold the entry's approved term,
        while the word standing alone either never occurs or mostly gets it
        (the translator knows the glossary's word and chose another for the
        longer term)."""
        if any(inside):
            return False
        return not alone or sum(alone) >= len(alone) / 2

    def _finding(self, vr, pieces, entry, approved: str, source_word: str, evidence: Evidence,
                 extra: str = "") -> Finding:
        k, start, text = pieces[0]
        words = list(token_pattern(vr.version.lang).finditer(text))
        what = "do-not-translate term" if entry.dnt else "approved term"
        # the entry's definition, so that a reviewer sees at once which sense the glossary means
        sense = f": {_short(entry.definition)}" if entry.definition else ""
        note = f"the source has {source_word!r}; the glossary's {what} is {approved!r} " \
               f"(entry {entry.id!r}{sense}){extra}"
        evidence = [evidence]
        severity = "major" if entry.enforce else self.severity
        if len(pieces) == 1 and len(words) == 1:       # a one-word target: the word is the term
            w = words[0]
            return make_finding(vr, k, start + w.start(), start + w.end(), concept=entry.id, kind=self.kind,
                                severity=severity, confidence=0.8, evidence=evidence,
                                replacement=match_case(w.group(), approved), note=note, distinction="glossary")
        lead = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        return make_finding(vr, k, start + lead, start + end, concept=entry.id, kind=self.kind, severity=severity,
                            confidence=0.8, evidence=evidence, note=note + "; use it here (inflected to fit)",
                            distinction="glossary")


def _translated_placeholders(vr, sentences: tuple[int, ...], source: str) -> str:
    """The placeholders of these target sentences that the translator
    translated ("<Passwort>" for "<password>", "<kênh>"), which the masked
    text leaves out; not one kept as in the source ("{port}")."""
    spans = []
    for k in sentences:
        sent = vr.sentences[k]
        seg = vr.version.segments[sent.segment]
        spans += [seg.text[s:e] for s, e in seg.protected if sent.start <= s and e <= sent.end]
    return " ".join(span for span in spans if span not in source)


def _file_words(sources: list[str], share: float = 0.03) -> tuple[frozenset[str], frozenset[str]]:
    """The words (lower case) that two or more of a file's source texts hold,
    what the file speaks of; and those that many hold, at least five and
    `share` of them, what its program is about (a mail client's "mail")."""
    texts = set(sources)
    counts = Counter(w for text in texts for w in {m.casefold() for m in _WORDS.findall(text)})
    least = max(5, share * len(texts))
    return frozenset(w for w, n in counts.items() if n >= 2), frozenset(w for w, n in counts.items() if n >= least)


def _short(definition: str, limit: int = 100) -> str:
    """A definition cut at a word boundary to fit a report's note."""
    text = " ".join(definition.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
