"""Sentence splitting with offsets into the segment's text as stored.

Scripts with stops of their own end sentences there: the danda of Hindi,
Bengali, Marathi, Punjabi and their neighbours (। ॥), Urdu ۔, Armenian ։,
Ethiopic ።, Khmer ។.

Web-scraped and machine-translated text often drops the space after a full
stop ("mua sắm.Không", "სიმართლე.ისინი"), so a stop directly followed by an
upper-case letter, or by a letter of a script without case, also ends a
sentence; a stop followed by a lower-case Latin letter does not ("Ecuvn.store").
"""
from __future__ import annotations

import re

import regex

from ..model import Sentence, Version

_CASELESS = (r"\p{Georgian}\p{Armenian}\p{Hebrew}\p{Arabic}\p{Thai}\p{Lao}\p{Khmer}\p{Han}\p{Hiragana}\p{Katakana}"
             r"\p{Hangul}\p{Devanagari}\p{Bengali}\p{Gujarati}\p{Gurmukhi}\p{Tamil}\p{Telugu}\p{Kannada}"
             r"\p{Malayalam}\p{Ethiopic}")
# Full stops of other scripts, which end a sentence with or without a space:
# the danda (Hindi, Bengali, Marathi, Punjabi ... । ॥), Urdu ۔, Armenian ։,
# Ethiopic ። and ፧, Khmer ។ ៕, the Arabic question mark ؟.
_SCRIPT_STOPS = "।॥۔։።፧។៕؟"
# abbreviations whose full stop never ends a sentence ("Client vs. customer")
_ABBREVIATIONS = r"vs|v|e\.g|i\.e|z\.B|bzw|vgl|ca|Nr|Dr|Mr|Mrs|Ms|Prof|approx|incl|resp"
_MID_STOP = regex.compile(rf"(?<!(?<![\p{{L}}.])(?i:{_ABBREVIATIONS}))\. ")


def has_full_stop(text: str) -> bool:
    """Whether a full stop followed by a space ends a sentence inside `text`
    (not the dot of an abbreviation: "Client vs. client")."""
    return _MID_STOP.search(text) is not None


_BOUNDARY = regex.compile(
    rf"(?:(?:(?<!(?<![\p{{L}}.])(?i:{_ABBREVIATIONS}))\.|[!?…])[.!?…]*[\"'»”)\]]*\s+"   # stop then space
    rf"|(?<=\p{{L}}\p{{M}}*\p{{L}}\p{{M}}*)[.!?…]+(?=[\p{{Lu}}{_CASELESS}])"  # stop glued to the next sentence
    r"|[。！？]+"                                      # CJK stops need no space
    rf"|[{_SCRIPT_STOPS}]+[\"'»”)\]]*"                # nor do the danda and its kin
    r"|\s+(?=[•·▪◦]\s))",                             # an inline bullet starts a new item
)


def split_text(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding space."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        end = m.end() if not m.group().isspace() else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_version(version: Version, compact: bool = False) -> list[Sentence]:
    """The version's sentences in segment order; `compact`: as int arrays
    (audit.text.compact.Sentences), for the million units of a bilingual file."""
    if compact:
        from .compact import Sentences
        out = Sentences(version.segments)
        for seg_index, seg in enumerate(version.segments):
            for s, e in split_text(seg.text):
                out.add(seg_index, s, e)
        return out
    sentences: list[Sentence] = []
    for seg_index, seg in enumerate(version.segments):
        for s, e in split_text(seg.text):
            sentences.append(Sentence(len(sentences), seg_index, s, e, seg.text[s:e]))
    return sentences


_WORD = re.compile(r"\S+")        # what str.split() splits into (\s is str.isspace)


def at_most_words(text: str, n: int) -> bool:
    """len(text.split()) <= n, without splitting the whole of a long text
    (a one-line file is one paragraph of millions of words)."""
    for i, _ in enumerate(_WORD.finditer(text)):
        if i >= n:
            return False
    return True
