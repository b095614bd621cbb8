"""Sequences kept as int arrays, their objects made on access.

A million-unit translation memory has two million sentences and a million
aligned groups; as objects they took about 400 bytes a unit, as arrays they
take 12 to 16. Every stage reads them through the sequence protocol (index,
iterate, len, bisect), so what it gets is what a list would have held.
"""
from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Iterator

from ..model import AlignedGroup, Segment, Sentence


class _Compact(Sequence):
    __slots__ = ()

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._make(k) for k in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"{type(self).__name__} index out of range")
        return self._make(i)

    def __eq__(self, other) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(x == y for x, y in zip(self, other))

    __hash__ = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} items)"


class Sentences(_Compact):
    """A version's sentences: segment index, start and end in the segment's
    text; the text is cut from the segment when a sentence is read (a whole
    segment is the segment's own string, not a copy)."""
    __slots__ = ("segments", "seg", "start", "end")
    in_order = True          # by (segment, start), as split_version makes them: nothing to check

    def __init__(self, segments: list[Segment]):
        self.segments = segments
        self.seg, self.start, self.end = array("i"), array("i"), array("i")

    def add(self, seg: int, start: int, end: int) -> None:
        self.seg.append(seg)
        self.start.append(start)
        self.end.append(end)

    def __len__(self) -> int:
        return len(self.seg)

    def _make(self, i: int) -> Sentence:
        s, e = self.start[i], self.end[i]
        return Sentence(i, self.seg[i], s, e, self.segments[self.seg[i]].text[s:e])

    def __iter__(self) -> Iterator[Sentence]:
        segments = self.segments
        for i, (g, s, e) in enumerate(zip(self.seg, self.start, self.end)):
            yield Sentence(i, g, s, e, segments[g].text[s:e])

    def texts(self) -> Iterator[str]:
        segments = self.segments
        for g, s, e in zip(self.seg, self.start, self.end):
            yield segments[g].text[s:e]

    def ranges(self) -> tuple[array, array]:
        """Per segment, the first sentence and one past the last (sentences
        come in segment order): equal where a segment has none."""
        n = len(self.segments)
        lo, hi = array("i", [0]) * n, array("i", [0]) * n
        pos = 0
        for g in range(n):
            lo[g] = pos
            while pos < len(self.seg) and self.seg[pos] == g:
                pos += 1
            hi[g] = pos
        return lo, hi

    def __reduce__(self):
        return (_sentences, (self.segments, self.seg, self.start, self.end))


def _sentences(segments, seg, start, end) -> Sentences:
    out = Sentences(segments)
    out.seg, out.start, out.end = seg, start, end
    return out


class RangeGroups(_Compact):
    """Aligned groups that each pair a run of sentences of one version with a
    run of the other's (the units of a bilingual file), all of score 1.0."""
    __slots__ = ("a_lo", "a_hi", "b_lo", "b_hi")

    def __init__(self) -> None:
        self.a_lo, self.a_hi, self.b_lo, self.b_hi = array("i"), array("i"), array("i"), array("i")

    def add(self, a_lo: int, a_hi: int, b_lo: int, b_hi: int) -> None:
        self.a_lo.append(a_lo)
        self.a_hi.append(a_hi)
        self.b_lo.append(b_lo)
        self.b_hi.append(b_hi)

    def __len__(self) -> int:
        return len(self.a_lo)

    def _make(self, i: int) -> AlignedGroup:
        return AlignedGroup(tuple(range(self.a_lo[i], self.a_hi[i])), tuple(range(self.b_lo[i], self.b_hi[i])), 1.0)

    def __iter__(self) -> Iterator[AlignedGroup]:
        for al, ah, bl, bh in zip(self.a_lo, self.a_hi, self.b_lo, self.b_hi):
            yield AlignedGroup(tuple(range(al, ah)), tuple(range(bl, bh)), 1.0)

    def __reduce__(self):
        return (_groups, (self.a_lo, self.a_hi, self.b_lo, self.b_hi))


def _groups(a_lo, a_hi, b_lo, b_hi) -> RangeGroups:
    out = RangeGroups()
    out.a_lo, out.a_hi, out.b_lo, out.b_hi = a_lo, a_hi, b_lo, b_hi
    return out


class Texts:
    """The texts of some versions' sentences, read afresh on each pass: a
    million-unit file's two million texts are never one list."""

    def __init__(self, *sentence_lists):
        self.sentence_lists = sentence_lists

    def __iter__(self) -> Iterator[str]:
        for sentences in self.sentence_lists:
            if isinstance(sentences, Sentences):
                yield from sentences.texts()
            else:
                yield from (s.text for s in sentences)
