"""Split a text into plain and marked pieces, for rich-text cells and the
terminal: the collapsed word in the target sentence, the evidence term in the
source sentence, the change in the suggested sentence."""
from __future__ import annotations

from ..model import Finding
from ..text.diff import common_ends

Pieces = list[tuple[str, bool]]   # (text, marked)


def mark_spans(text: str, spans) -> Pieces:
    """`spans` are (start, end) into `text`; overlapping or out-of-range spans are dropped."""
    pieces: Pieces = []
    pos = 0
    for s, e in sorted(spans):
        if s < pos or e > len(text) or e <= s:
            continue
        pieces.append((text[pos:s], False))
        pieces.append((text[s:e], True))
        pos = e
    pieces.append((text[pos:], False))
    return [(t, m) for t, m in pieces if t]


def mark_word(text: str, word: str) -> Pieces:
    """Mark the first case-insensitive occurrence of `word` (evidence terms carry no offsets)."""
    i = text.casefold().find(word.casefold()) if word else -1
    # casefold can change lengths (ß -> ss); only trust the index when it did not
    if i < 0 or len(text.casefold()) != len(text):
        i = text.find(word) if word else -1
    return mark_spans(text, [(i, i + len(word))]) if i >= 0 else [(text, False)] if text else []


def target_pieces(f: Finding) -> Pieces:
    a = f.start - f.sentence_start
    return mark_spans(f.sentence, [(a, a + (f.end - f.start))])


def suggestion_pieces(f: Finding) -> Pieces:
    """The suggested sentence with its change marked: the replacement where the
    suggestion is the sentence with the word swapped, else the differing middle."""
    sugg = f.suggestion or ""
    if not sugg:
        return []
    a, b = f.start - f.sentence_start, f.end - f.sentence_start
    if f.replacement is not None and sugg == f.sentence[:a] + f.replacement + f.sentence[b:]:
        return mark_spans(sugg, [(a, a + len(f.replacement))])
    p, s = common_ends(f.sentence, sugg)
    return mark_spans(sugg, [(p, len(sugg) - s)])
