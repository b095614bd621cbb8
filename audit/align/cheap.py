"""Alignment by cheap signals, before any sentence model (Gale-Church style).

Paragraphs are aligned by a banded DP on their share of the article's length
and on tokens that survive translation (numbers, Latin-script names and codes,
punctuation such as "?" or ":", and how many termbase terms they carry); then
the sentences inside each paragraph pair the same way. A pair is clear where
it is plainly right: one unit each side, lengths that match, nothing skipped
next to it. Everything else (a skipped or merged paragraph, a sentence the
translation split, lengths that disagree) is a stretch the caller aligns by
meaning: only those sentences are embedded.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import regex

from ..model import AlignedGroup, Sentence
from .dp import PairScorer, align_sequences

FEATURES = 64            # hashed token dimensions (the last one counts termbase terms)
TOKEN_WEIGHT = 0.3       # how much shared tokens add to a pair
PAIR_BASE = 1.0          # what a pair earns over skipping both sides (a length ratio under e)
PARA_TOLERANCE = 0.35    # |log length-share ratio| a clear paragraph pair stays within
LENGTH_VARIANCE = 6.8    # Gale and Church's variance of translated length, per character
LENGTH_DEVIATION = 1.5   # how many standard deviations a clear sentence pair stays within
KIND_WEIGHT = 3.0        # a document's structure (heading, list item, table row n) as a token: strong, not a veto

# numbers, acronyms and codes: kept as they are by any translation, so two
# sentences that both have some and share none are not each other's
_ANCHORS = regex.compile(r"\d+(?:[.,:]\d+)*|\b\p{Lu}{2,}\b|\b\w*\d\w*\b")
# names and punctuation most translations keep: a hint, never a veto
_HINTS = regex.compile(r"\b\p{Latin}*\p{Lu}\p{Latin}*\b|[?!:;()\[\]\"«»“”„%/@#&]")


@dataclass
class Plan:
    """The cheap alignment: groups the structure decides, and the stretches
    (sentence positions of each side) left for the sentence model."""
    groups: list[AlignedGroup]
    stretches: list[tuple[list[int], list[int]]]


def paragraphs(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Positions of the sentences of each paragraph (segment), in order."""
    out: list[list[int]] = []
    last = None
    for pos, s in enumerate(sentences):
        if s.segment != last:
            out.append([])
            last = s.segment
        out[-1].append(pos)
    return out


def _hash(tok: str) -> int:
    return zlib.crc32(tok.casefold().encode()) % (FEATURES - 1)


class _Side:
    """One version's sentences as the cheap aligner sees them: lengths,
    hashed tokens (anchors and hints) and termbase terms, per sentence."""

    def __init__(self, sentences: Sequence[Sentence], terms: Sequence[int] | None,
                 kinds: Sequence[str | None] | None = None):
        self.sentences = sentences
        # per sentence: its block's kind in a structured document ("heading",
        # "list-item", "table-row 4"), None for plain text
        self.kinds = [kinds[s.segment] if kinds is not None else None for s in sentences]
        self.lengths = np.asarray([len(s.text) for s in sentences], float)
        self.terms = np.asarray(terms if terms is not None else [0] * len(sentences), float)
        self.tokens = np.zeros((len(sentences), FEATURES), dtype=np.float32)
        self.anchors = np.zeros((len(sentences), FEATURES), dtype=np.float32)
        for row, s in enumerate(sentences):
            for tok in _ANCHORS.findall(s.text):
                self.anchors[row, _hash(tok)] += 1.0
            for tok in _HINTS.findall(s.text):
                self.tokens[row, _hash(tok)] += 1.0
        self.tokens += self.anchors
        for row, kind in enumerate(self.kinds):
            if kind:             # headings pair with headings, list items with list items, rows by position
                self.tokens[row, _hash("\x00" + kind)] += KIND_WEIGHT
        self.tokens[:, FEATURES - 1] = self.terms

    def units(self, units: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """Unit feature vectors and lengths of groups of sentences."""
        V = np.stack([self.tokens[u].sum(0) for u in units]) if units else np.zeros((0, FEATURES), np.float32)
        V /= np.maximum(np.linalg.norm(V, axis=1, keepdims=True), 1e-9)
        return V, np.asarray([self.lengths[u].sum() for u in units], float)


def _log_ratio(x: float, y: float) -> float:
    return abs(float(np.log((x + 1e-4) / (y + 1e-4))))


def _agree(a: _Side, b: _Side, x: int, y: int) -> bool:
    """Nothing that translation keeps says two sentences differ: both name
    terms or neither does, and anchors, where both have some, overlap."""
    if (a.terms[x] > 0) != (b.terms[y] > 0):
        return False
    va, vb = a.anchors[x], b.anchors[y]
    return not (va.any() and vb.any()) or float(np.minimum(va, vb).sum()) > 0


def _same_kind(x: str | None, y: str | None) -> bool:
    """A heading is not plainly the translation of a list item (unknown kinds agree)."""
    return x is None or y is None or x == y


def _path(a: _Side, b: _Side, units_a: list[list[int]], units_b: list[list[int]]) -> list[AlignedGroup]:
    """The banded DP over units (paragraphs, or the sentences of one) by
    length share and surviving tokens."""
    fa, len_a = a.units(units_a)
    fb, len_b = b.units(units_b)
    scorer = PairScorer(TOKEN_WEIGHT * fa, fb, len_a, len_b, np.zeros(len(units_a)), np.zeros(len(units_b)),
                        length_weight=1.0, base=PAIR_BASE)
    return align_sequences(scorer, list(range(len(units_a))), list(range(len(units_b))))


def _clear(path: list[AlignedGroup], n_a: int, n_b: int, plain) -> list[bool]:
    """A plain group is clear only with nothing skipped on either side of it:
    a skip next to it puts its position in doubt (repeated titles, web junk,
    a paragraph the translation dropped)."""
    ends = [(-1, -1)] + [(g.a[-1], g.b[-1]) for g in path]
    starts = [(g.a[0], g.b[0]) for g in path] + [(n_a, n_b)]
    return [plain(g) and ends[k] == (g.a[0] - 1, g.b[0] - 1) and starts[k + 1] == (g.a[-1] + 1, g.b[-1] + 1)
            for k, g in enumerate(path)]


def plan(sentences_a: Sequence[Sentence], sentences_b: Sequence[Sentence],
         terms_a: Sequence[int] | None = None, terms_b: Sequence[int] | None = None,
         kinds_a: Sequence[str | None] | None = None, kinds_b: Sequence[str | None] | None = None) -> Plan:
    """The plan over positions in `sentences_a` and `sentences_b`; `terms_*`
    count the termbase terms in each sentence (an anchor: a sentence about
    clients is translated by one that names them, whatever the word).
    `kinds_*`, per segment of a structured document (HTML, Markdown, Word,
    OpenDocument): the block's kind, which a clear pair of paragraphs shares."""
    a, b = _Side(sentences_a, terms_a, kinds_a), _Side(sentences_b, terms_b, kinds_b)
    out = Plan([], [])

    def place(units_a, units_b, path, clear, inner) -> None:
        """Clear groups go to `inner`, the units between them to the stretches."""
        next_a = next_b = 0

        def gap(end_a: int, end_b: int) -> None:
            sa = [p for u in units_a[next_a:end_a] for p in u]
            sb = [p for u in units_b[next_b:end_b] for p in u]
            if sa and sb:
                out.stretches.append((sa, sb))

        for g, ok in zip(path, clear):
            if ok:
                gap(g.a[0], g.b[0])
                inner([p for k in g.a for p in units_a[k]], [q for k in g.b for q in units_b[k]])
                next_a, next_b = g.a[-1] + 1, g.b[-1] + 1
        gap(len(units_a), len(units_b))

    def sentences_of(para_a: list[int], para_b: list[int]) -> None:
        # Gale and Church (1993): the length of a translation is the length of
        # its original times the paragraph's ratio, with a variance growing
        # with the length, so short sentences may differ more than long ones
        ratio = b.lengths[para_b].sum() / max(1.0, a.lengths[para_a].sum())

        def fits(ia, ib) -> bool:
            la, lb = a.lengths[[para_a[i] for i in ia]].sum(), b.lengths[[para_b[j] for j in ib]].sum()
            return abs(lb - la * ratio) <= LENGTH_DEVIATION * np.sqrt(max(1.0, (la * ratio + lb) / 2) * LENGTH_VARIANCE)

        def plain(g: AlignedGroup) -> bool:
            if len(g.a) + len(g.b) == 2:
                return fits(g.a, g.b) and _agree(a, b, para_a[g.a[0]], para_b[g.b[0]])
            # a sentence the translation split (or joined) is plain when only
            # the whole fits: if one part alone fits too, the other may as
            # well be an addition, and the model decides
            return fits(g.a, g.b) and not any(fits((i,), (j,)) for i in g.a for j in g.b)

        if len(para_a) == len(para_b):      # the common case: try the order as it is
            path = [AlignedGroup((k,), (k,), None) for k in range(len(para_a))]
            if not all(plain(g) for g in path):
                path = _path(a, b, [[p] for p in para_a], [[q] for q in para_b])
        else:
            path = _path(a, b, [[p] for p in para_a], [[q] for q in para_b])
        place([[p] for p in para_a], [[q] for q in para_b], path, _clear(path, len(para_a), len(para_b), plain),
              lambda ia, ib: out.groups.append(AlignedGroup(tuple(ia), tuple(ib), None)))  # no similarity measured

    pa, pb = paragraphs(sentences_a), paragraphs(sentences_b)
    path = _path(a, b, pa, pb)
    share_a = np.asarray([a.lengths[p].sum() for p in pa]) / max(1.0, a.lengths.sum())
    share_b = np.asarray([b.lengths[p].sum() for p in pb]) / max(1.0, b.lengths.sum())
    place(pa, pb, path, _clear(path, len(pa), len(pb), lambda g: len(g.a) == len(g.b) == 1 and
                               _log_ratio(share_a[g.a[0]], share_b[g.b[0]]) <= PARA_TOLERANCE and
                               _same_kind(a.kinds[pa[g.a[0]][0]], b.kinds[pb[g.b[0]][0]])), sentences_of)
    out.groups.sort(key=lambda g: g.a)
    out.stretches.sort()
    return out
