"""The multi-word terms a file uses itself.

A glossary's short entry ("system", "table") is often a word of a longer term
the glossary does not list ("system tray", "hash table"). A file names such a
term again and again, or spells out an acronym it also uses ("Distributed hash
table" and DHT), so `FileTerms` collects, from all the source texts of a file:

* word sequences of two or three content words that recur in at least two
  different texts ("Enable system tray icon", "Password protect system tray");
* sequences of three or four words whose initials are an acronym the file
  writes in capitals ("Distributed hash table" for DHT);
* the words it uses as verbs ("can't start", "unable to start"), which
  before a noun are a verb and its object, not a longer term.

`around` gives the longest such sequence covering a word. Whether the word
there still means the short entry's concept is the caller's to decide (its
part in the sequence, the translation's own evidence): this module only
finds the sequences.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:['’_&][\p{L}\p{N}]+)*")
_ACRONYM = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,5}(?![\p{L}\p{N}])")
# English function words: a sequence holding one is a phrase, not a term
_FUNCTION = frozenset("""a an the this that these those of to for in on at by with from as into onto over under
and or but not no nor if then than so is are was were be been being has have had do does did will would can could
shall should may might must it its it's you your we our they their he she his her my me us them i all any each
every some more most less least other such only also very just per via up down out off about after before when
while where which who what how why there here new""".split())


# words after which the file's next word is a verb ("can't start", "unable to start")
_BEFORE_VERB = frozenset("can cannot can't couldn't could will won't would must should please don't doesn't".split())
_BEFORE_TO_VERB = frozenset("unable able failed fail want wish how trying try going need".split())


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().casefold().replace("_", "").replace("&", ""))
            for m in _TOKEN.finditer(text)]


def _runs(text: str, words: list[tuple[int, int, str]]) -> list[list[int]]:
    """Indices of words that stand next to each other with only spaces or a
    hyphen between (a comma, a bracket or a full stop ends a run)."""
    runs: list[list[int]] = []
    for i, (s, _, _) in enumerate(words):
        if i and regex.fullmatch(r"[ \t\-]+", text[words[i - 1][1]:s]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


@dataclass(frozen=True)
class Around:
    text: str            # the sequence as written there
    acronym: bool        # it spells out an acronym of the file
    last: bool           # the word is the sequence's last (in English, its head)


def _norm(text: str) -> str:
    # menu accelerators and case apart, "Quit & _Shutdown Daemon" is "Quit & Shutdown Daemon"
    return " ".join(text.replace("_", "").replace("&", "").casefold().split())


class FileTerms:
    """The recurring multi-word sequences and acronym expansions of a file's source texts."""

    def __init__(self, texts: list[str], min_texts: int = 2):
        seen: dict[tuple[str, ...], set[int]] = {}
        self.acronyms: set[str] = set()
        self.verbs: set[str] = set()
        for t in texts:
            self.acronyms.update(m.group() for m in _ACRONYM.finditer(t))
        for n, text in enumerate(dict.fromkeys(_norm(t) for t in texts)):
            words = _words(text)
            self.verbs.update(words[i + 1][2] for i in range(len(words) - 1) if words[i][2] in _BEFORE_VERB
                              or (words[i][2] == "to" and i and words[i - 1][2] in _BEFORE_TO_VERB))
            for run in _runs(text, words):
                keys = [words[i][2] for i in run]
                for size in (2, 3):
                    for k in range(len(keys) - size + 1):
                        gram = tuple(keys[k:k + size])
                        if all(w not in _FUNCTION and not w.isdigit() and len(w) > 1 for w in gram):
                            seen.setdefault(gram, set()).add(n)
        self.recurring = {g for g, where in seen.items() if len(where) >= min_texts}

    def around(self, text: str, start: int, end: int) -> Around | None:
        """The longest recurring sequence or acronym expansion that holds
        text[start:end] and at least one more word, as written there; None if none."""
        words = _words(text)
        inside = [i for i, (s, e, _) in enumerate(words) if s < end and e > start]
        if not inside:
            return None
        best: tuple[int, int, bool] | None = None
        for run in _runs(text, words):
            if inside[0] not in run or inside[-1] not in run:
                continue
            for size in (4, 3, 2):
                for k in range(len(run) - size + 1):
                    span = run[k:k + size]
                    if not (span[0] <= inside[0] and inside[-1] <= span[-1]) or len(span) <= len(inside):
                        continue
                    gram = tuple(words[i][2] for i in span)
                    initials = "".join(text[words[i][0]] for i in span).upper()
                    acronym = size >= 3 and initials in self.acronyms and gram[0] not in _FUNCTION
                    longer = best is None or span[-1] - span[0] > best[1] - best[0]
                    if ((size <= 3 and gram in self.recurring) or acronym) and longer:
                        best = (span[0], span[-1], acronym)
        if best is None:
            return None
        return Around(text[words[best[0]][0]:words[best[1]][1]], best[2], inside[-1] == best[1])
