"""Which sense a source term takes, from the words around it: "client" in
"API client", "client-side", "client certificate" or "client and server" is
the program, not a person.

A cue is a few words with `*` standing for the term ("OAuth|API *",
"* side|ID", "* and|or server"): `|` separates alternatives, and the words
may be joined by spaces, hyphens or slashes (client-side, client/server). A
cue without `*` is a word anywhere in the sentence. Matching ignores case.
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
    flags = regex.IGNORECASE
    if "*" not in tokens:
        body = JOINT.join(_alternatives(t) for t in tokens)
        return Cue(text, None, None, regex.compile(rf"(?<!{EDGE}){body}(?!{EDGE})", flags))
    i = tokens.index("*")
    pre, post = tokens[:i], tokens[i + 1:]
    before = regex.compile(rf"(?<!{EDGE}){JOINT.join(map(_alternatives, pre))}{JOINT}$", flags) if pre else None
    after = regex.compile(rf"^{JOINT}{JOINT.join(map(_alternatives, post))}(?!{EDGE})", flags) if post else None
    return Cue(text, before, after, None)


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


def file_domain(vr: VersionResult) -> tuple[str, str]:
    """The domain a version's own words point to (cue words only: cheap, and
    the same for every unit of the file), with why."""
    from ..text.compact import Texts
    from .domain import infer
    choice = infer(Texts(vr.sentences), [], None)
    return choice.name, choice.reason


def detect(vr: VersionResult, termbase) -> dict[int, tuple[str, str]]:
    """occurrence index -> (sense id, the words that recognised it), for every
    occurrence of a concept's term that a sense's cues claim. In a file whose
    own words put it in a sense's domain (a VPN client's strings: server,
    certificate, protocol...), that sense is the default for every
    occurrence: "Client name" in a remote desktop tool is the program's name.
    Only in localisation files, whose strings are too short to say it
    themselves; in an article each sentence's own words decide (one on email
    clients says nothing of the lawyer's clients in the next paragraph)."""
    from ..text.languages import base_code
    lang = base_code(vr.version.lang)
    out: dict[int, tuple[str, str]] = {}
    domain: tuple[str, str] | None = None
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
            cue = cue_at(cues, text, occ.start - sent.start, occ.end - sent.start)
            if cue is None and sense.domains and vr.version.fmt != "text":
                domain = domain or file_domain(vr)
                if domain[0] in sense.domains:
                    cue = f"{occ.surface} in a {domain[0]} file: {domain[1]}"
            if cue:
                out[k] = (sense.id, cue)
                break
    return out
