"""Which sense a source term takes, from the words around it: "client" in
"API client", "client-side", "client certificate" or "client and server" is
the program, not a person.

A cue is a few words with `*` standing for the term ("OAuth|API *",
"* side|ID", "* and|or server"): `|` separates alternatives, and the words
may be joined by spaces, hyphens or slashes (client-side, client/server). A
cue without `*` is a word anywhere in the sentence; a cue that begins with `^`
holds only where its words begin the sentence ("^ email *": "Email Clients" as
an action). Matching ignores case.

How a file uses the term decides where no cue of its own does (`detect`):
the program cues and the person cues of all its strings are counted, and the
clear majority is the file's sense. A weak cue ("Client ID") names the
program only with a partner word (secret, OAuth, token...) in the string, its
key or context, the strings around it or the file's name.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..model import VersionResult

JOINT = r"[\s\-/]+"
_POSSESSIVE = regex.compile(r"['’]s?(?![\p{L}\p{N}])|(?<=s)['’]")
EDGE = r"[\p{L}\p{N}]"


@dataclass(frozen=True)
class Cue:
    text: str
    before: regex.Pattern | None     # matched against the text before the term (anchored at its end)
    after: regex.Pattern | None      # matched against the text after the term (anchored at its start)
    anywhere: regex.Pattern | None   # a cue without `*`
    at_start: bool = False           # `^`: its words begin the sentence


def _alternatives(token: str) -> str:
    words = [w for w in token.split("|") if w]
    if not words:
        raise ValueError(f"empty word in {token!r}")
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def check_cue(text: str) -> list[str]:
    """The cue's tokens; ValueError where it cannot be a cue. Compiling comes
    later, on first use: a termbase load validates every cue of every
    language, and the regexes of the nine software-client cues alone took
    longer than the rest of a small PO check."""
    tokens = text.split()
    if tokens[:1] == ["^"]:
        tokens = tokens[1:]
        if tokens[:1] == ["*"]:
            raise ValueError("'^' needs words before '*'")
    if not tokens:
        raise ValueError("empty cue")
    if tokens.count("*") > 1:
        raise ValueError("more than one '*'")
    for t in tokens:
        if t != "*" and not [w for w in t.split("|") if w]:
            raise ValueError(f"empty word in {t!r}")
    return tokens


@lru_cache(maxsize=None)
def compile_cue(text: str) -> Cue:
    tokens = check_cue(text)
    at_start = text.split()[0] == "^"
    flags = regex.IGNORECASE
    if "*" not in tokens:
        body = JOINT.join(_alternatives(t) for t in tokens)
        return Cue(text, None, None, regex.compile(rf"(?<!{EDGE}){body}(?!{EDGE})", flags))
    i = tokens.index("*")
    pre, post = tokens[:i], tokens[i + 1:]
    before = regex.compile(rf"(?<!{EDGE}){JOINT.join(map(_alternatives, pre))}{JOINT}$", flags) if pre else None
    after = regex.compile(rf"^{JOINT}{JOINT.join(map(_alternatives, post))}(?!{EDGE})", flags) if post else None
    return Cue(text, before, after, None, at_start)


def cue_at(cues: list[str], sentence: str, start: int, end: int) -> str | None:
    """The words that make the first cue hold for the term at [start, end)
    of `sentence` ("Client ID", "OAuth client"), or None. A possessive term
    ("the client's secrets", "the client's key") owns what follows: the words
    after it make no compound, so the cues that read them do not hold."""
    possessive = bool(_POSSESSIVE.search(sentence[max(start, end - 2):end + 2]))
    for text in cues:
        cue = compile_cue(text)
        if possessive and cue.after is not None:
            continue
        if cue.anywhere is not None:
            m = cue.anywhere.search(sentence)
            if m:
                return m.group(0)
            continue
        lo, hi = start, end
        if cue.before is not None:
            window = sentence[max(0, start - 80):start]
            m = cue.before.search(window)
            if not m:
                continue
            lo = start - len(window) + m.start()
            if cue.at_start and sentence[:lo].strip(" \t\n\"'“”‘’«»*•-–—:([{<>"):
                continue
        if cue.after is not None:
            m = cue.after.search(sentence[end:end + 80])
            if not m:
                continue
            hi = end + m.end()
        return sentence[lo:hi]
    return None


_BEFORE = regex.compile(r"([\p{L}\p{N}][\p{L}\p{N}\-]*)[\s\-]+$")
_AFTER = regex.compile(r"[\s\-]+([\p{L}\p{N}][\p{L}\p{N}\-]*)")     # matched at the word's end


def marks_beside(text: str, start: int, end: int, marks: frozenset[str]) -> dict[tuple[str, str], str]:
    """The sense's marks (technical words translations keep: email, OAuth,
    VPN) joined to text[start:end] by a space or hyphen, by side, with the
    phrase they make: {("before", "e-mail"): "E-Mail-Kunden"}."""
    out = {}
    before = _BEFORE.search(text, max(0, start - 40), start)
    after = _AFTER.match(text, end, end + 40)
    for side, m, phrase in (("before", before, before and text[before.start():end]),
                            ("after", after, after and text[start:after.end()])):
        if m:
            word = m.group(1).casefold()
            for candidate in (word, word.rsplit("-", 1)[-1]):
                if candidate in marks:
                    out[(side, candidate)] = phrase
    return out


PARTNER_REACH = 2          # strings either side of a unit whose words count as its partners
CLEAR_MAJORITY = 2         # a file's sense needs this many times the other sense's votes
MIN_VOTES = 3              # ... and at least this many votes of its own
_WORDS = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+")


def words_of(text: str) -> set[str]:
    """The words of a text, a key or a file name, casefolded; camelCase and
    snake_case split ("oidcClientSecret" -> oidc, client, secret)."""
    return {w.casefold() for w in _WORDS.findall(text or "")}


@dataclass
class Reading:
    """How a version's occurrences of a term are read: `senses` maps an
    occurrence to (sense id, the words that say so) where the string's own
    cue or the file's sense claims it; `by_default` holds the occurrences
    claimed only by the file's sense; `own_cue` those a cue of their own (or a
    partnered weak cue) claims; `product` is the file's sense (a sense id, the
    concept itself, or None) with why."""
    senses: dict[int, tuple[str, str]]
    by_default: set[int]
    own_cue: set[int]
    concept_cued: set[int]
    product: dict[str, tuple[str | None, str]]     # distinction -> (sense id / concept / None, why)
    votes: dict[str, dict[str, int]] | None = None   # the tallies the file's sense was decided by


def _partnered(vr: VersionResult, occ, partners: list[str]) -> str | None:
    """The partner word near a weak cue: in the string, its key or context,
    the strings around it, or the file's name."""
    if not partners:
        return None
    segs = vr.version.segments
    wanted = set(partners)
    lo, hi = max(0, occ.segment - PARTNER_REACH), min(len(segs), occ.segment + PARTNER_REACH + 1)
    for i in [occ.segment] + [j for j in range(lo, hi) if j != occ.segment]:
        seg = segs[i]
        ids = seg.id if seg.offset is None else ""            # a paragraph's id ("p3") is no key
        found = (words_of(seg.text) | words_of(ids) | words_of(seg.context or "")) & wanted
        if found:
            return sorted(found)[0]
    found = words_of(" ".join(vr.version.path.parts[-2:])) & wanted
    return sorted(found)[0] if found else None


def detect(vr: VersionResult, termbase, votes_of_whole: dict[str, dict[str, int]] | None = None,
           core: range | None = None) -> Reading:
    """Which occurrences of a concept's term take one of its senses.

    A cue of the string's own decides ("API client", "client certificate").
    A weak cue ("Client ID") decides only with a partner word near it. Where
    neither does, a localisation file's own usage does: its strings' program
    cues against their person cues ("new client", "client portal", "the
    client's invoices"); the clear majority is the file's sense, and with no
    clear majority there is none. The file's other words (server, DNS and
    database in a hosting product's strings) say nothing: a billing product's
    client is its customer however technical its strings. In an article each
    sentence's own words decide (one on email clients says nothing of the
    lawyer's clients in the next paragraph).

    A text read window by window (audit.run.stream) counts the votes of its
    `core` segments only, and decides by `votes_of_whole`, the whole text's."""
    from ..text.languages import base_code
    lang = base_code(vr.version.lang)
    senses: dict[int, tuple[str, str]] = {}
    own: set[int] = set()
    concept_cued: set[int] = set()
    undecided: dict[str, list[tuple[int, object]]] = {}
    weak_alone: dict[str, list[tuple[int, object, str]]] = {}     # a weak cue with no partner
    votes: dict[str, dict[str, int]] = {}
    for k, occ in enumerate(vr.occurrences):
        if occ.term.ambiguous:
            continue
        d = termbase.find(occ.term.distinction)
        if d is None:
            continue
        for sense in d.senses:
            cues = sense.cues.get(lang)
            if not cues or occ.concepts != {sense.of}:
                continue
            sent = vr.sentences[occ.sentence]
            text = vr.version.segments[occ.segment].text[sent.start:sent.end]
            a, b = occ.start - sent.start, occ.end - sent.start
            tally = votes.setdefault(d.id, {sense.id: 0, sense.of: 0})
            if core is not None and occ.segment not in core:
                tally = {sense.id: 0, sense.of: 0}         # context of the window: counted in its own
            cue = cue_at(cues, text, a, b)
            weak = [w for w in (cue_at([c], text, a, b) for c in sense.weak_cues.get(lang, [])) if w]
            if cue is not None and any(cue.casefold() in w.casefold() for w in weak):
                cue = None                        # "Email Clients": the strong cue is the weak one
            if cue is None and weak:
                partner = _partnered(vr, occ, sense.partners.get(lang, []))
                if partner:
                    cue = f"{weak[0]} (with {partner} near it)"
                else:
                    weak_alone.setdefault(d.id, []).append((k, sense, weak[0]))
            if cue:
                senses[k] = (sense.id, cue)
                own.add(k)
                tally[sense.id] += 1
                break
            if _POSSESSIVE.search(text[max(a, b - 2):b + 2]) or cue_at(sense.concept_cues.get(lang, []), text, a, b):
                concept_cued.add(k)
                tally[sense.of] += 1
            undecided.setdefault(d.id, []).append((k, sense))
            break
    _vote_untranslated(vr, termbase, lang, votes)
    counted = votes
    if votes_of_whole is not None:
        votes = {did: votes_of_whole.get(did, {s: 0 for s in tally}) for did, tally in votes.items()}
    product: dict[str, tuple[str | None, str]] = {}
    by_default: set[int] = set()
    for did, tally in votes.items():
        (s_id, s_n), (c_id, c_n) = tally.items()
        why = f"{s_n} program uses, {c_n} person uses in this file"
        if s_n >= MIN_VOTES and s_n >= CLEAR_MAJORITY * c_n:
            product[did] = (s_id, why)
        elif c_n >= MIN_VOTES and c_n >= CLEAR_MAJORITY * s_n:
            product[did] = (c_id, why)
        else:
            product[did] = (None, why)
        if product[did][0] is None and c_n == 0:
            # nothing in the text says person: a weak cue alone ("Client ID" as the whole
            # string) keeps its usual reading, the program
            for k, sense, words in weak_alone.get(did, []):
                senses[k] = (sense.id, words)
                own.add(k)
        if product[did][0] != s_id or vr.version.fmt == "text":
            continue
        for k, sense in undecided.get(did, []):
            senses[k] = (sense.id, f"{vr.occurrences[k].surface} in a file that uses it for the program: {why}")
            by_default.add(k)
    return Reading(senses, by_default, own, concept_cued, product, counted)


def _vote_untranslated(vr: VersionResult, termbase, lang: str, votes: dict[str, dict[str, int]]) -> None:
    """Add the votes of the source strings no target translates: the file's
    sense is the source file's as a whole, not only what the translator did."""
    if not vr.version.untranslated:
        return
    from ..text.languages import get_language
    language = get_language(lang)
    for d in termbase.distinctions:
        for sense in d.senses:
            cues = sense.cues.get(lang)
            terms = [t for t in d.terms.get(lang, []) if t.concepts == {sense.of} and not t.ambiguous]
            if not cues or not terms:
                continue
            tally = votes.setdefault(d.id, {sense.id: 0, sense.of: 0})
            for text in vr.version.untranslated:
                for hit in language.find(text, terms):
                    a, b = hit.start, hit.end
                    cue = cue_at(cues, text, a, b)
                    weak = [w for w in (cue_at([c], text, a, b) for c in sense.weak_cues.get(lang, [])) if w]
                    if cue is not None and not any(cue.casefold() in w.casefold() for w in weak):
                        tally[sense.id] += 1
                    elif _POSSESSIVE.search(text[max(a, b - 2):b + 2]) or cue_at(sense.concept_cues.get(lang, []), text, a, b):
                        tally[sense.of] += 1
            break
