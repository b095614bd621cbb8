"""Is decoded text plausible text, or the wrong charset's reading of it?

A charset a file declares is not trusted: a French PO file that says koi8-r
but was written in Latin-1 decodes without an error into "SymИtrie", and UTF-8
read as Latin-1 into "clÃ©". Both leave traces no real text has: words that
mix letters of two alphabets, and the byte pairs of UTF-8 seen as Latin-1
characters. A few such words in a file are noise (a product name, a typo);
GARBLED_WORDS and GARBLED_SHARE of the words with a non-ASCII letter are not.
"""
from __future__ import annotations

import regex

GARBLED_WORDS = 3
GARBLED_SHARE = 0.05
_WORD = regex.compile(r"\p{L}+")
_ALPHABETS = [regex.compile(p) for p in (r"\p{Latin}", r"\p{Cyrillic}", r"\p{Greek}", r"\p{Armenian}",
                                         r"\p{Georgian}", r"\p{Hebrew}", r"\p{Arabic}")]
# a unit written with a Greek symbol among Latin letters ("μL", "μs", "kΩ",
# "μmol"): real text, not two alphabets mixed by a wrong charset
_UNIT = regex.compile(r"\p{Latin}?[μΩ]\p{Latin}{0,3}")
# a UTF-8 lead byte C2-C3 / E2 read as Latin-1 or cp1252, followed by a continuation byte
_UTF8_AS_LATIN = regex.compile(r"[ÂÃ][\u0080-\u00BF‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€")


def garbled(text: str) -> str | None:
    """Why `text` reads as a wrong decoding, or None if it looks like text."""
    mixed, non_ascii, example = 0, 0, ""
    for m in _WORD.finditer(text):
        w = m.group()
        if w.isascii():
            continue
        non_ascii += 1
        if sum(1 for a in _ALPHABETS if a.search(w)) > 1 and not _UNIT.fullmatch(w):
            mixed += 1
            example = example or w
    if mixed >= GARBLED_WORDS and mixed >= GARBLED_SHARE * non_ascii:
        return f"{mixed} words mix two alphabets (e.g. {example!r})"
    latin = _UTF8_AS_LATIN.findall(text)
    if len(latin) >= GARBLED_WORDS and len(latin) >= GARBLED_SHARE * max(non_ascii, 1):
        return f"{len(latin)} UTF-8 byte sequences read as single letters (e.g. {latin[0]!r})"
    return None
