"""Finding termbase terms in a version's sentences."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .compact import Sentences
from .languages import get_language
from ..model import Occurrence, Sentence, Term, Version


def _inside(span: tuple[int, int], protected) -> bool:
    """Whether `span` overlaps any of the `protected` spans."""
    s, e = span
    return any(s < pe and ps < e for ps, pe in protected)


def find_occurrences(version: Version, sentences: list[Sentence], terms: list[Term],
                     extra: list[Term] = (), blockers: list[Term] = ()) -> list[Occurrence]:
    """Every term occurrence, in text order, attached to its sentence.
    Matches overlapping inline tags or placeholders are dropped. `extra`
    terms (short forms, alternatives) count only where no term and no
    `blockers` word covers them (vi "khách" is not one inside "khách hàng",
    "máy khách" or "khách sạn")."""
    if not terms:
        return []
    language = get_language(version.lang)
    if extra:
        language = _WithExtra(language, list(extra), list(blockers))
    if isinstance(sentences, Sentences):
        return _find_compact(version, sentences, terms, language)
    by_segment: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_segment.setdefault(s.segment, []).append(s)
    found: list[Occurrence] = []
    for seg_index, seg in enumerate(version.segments):
        seg_sentences = by_segment.get(seg_index)
        if not seg_sentences:
            continue
        starts = [s.start for s in seg_sentences]
        for hit in language.find(seg.text, terms):
            if _inside((hit.start, hit.end), seg.protected):
                continue
            sent = seg_sentences[max(0, bisect_right(starts, hit.start) - 1)]
            found.append(Occurrence(sent.index, seg_index, hit.start, hit.end,
                                    seg.text[hit.start:hit.end], hit.term, hit.features))
    return found


def _find_compact(version: Version, sentences: Sentences, terms: list[Term], language) -> list[Occurrence]:
    """The same, on compact sentences: each segment's sentences are a run of
    indices, looked up only for the segments that hold a term."""
    lo, hi = sentences.ranges()
    starts = sentences.start
    found: list[Occurrence] = []
    for seg_index, seg in enumerate(version.segments):
        first, last = lo[seg_index], hi[seg_index]
        if first == last:
            continue
        for hit in language.find(seg.text, terms):
            if _inside((hit.start, hit.end), seg.protected):
                continue
            k = max(first, bisect_right(starts, hit.start, first, last) - 1)
            found.append(Occurrence(k, seg_index, hit.start, hit.end,
                                    seg.text[hit.start:hit.end], hit.term, hit.features))
    return found


class _WithExtra:
    """A language's `find` that also finds the extra words where nothing longer covers them."""

    def __init__(self, language, extra: list[Term], blockers: list[Term]):
        self.language, self.extra, self.blockers = language, extra, blockers

    def find(self, text: str, terms: list[Term]):
        hits = self.language.find(text, terms)
        extra = self.language.find(text, self.extra)
        if not extra:
            return hits
        covered = [(h.start, h.end) for h in hits]
        covered += [(h.start, h.end) for h in self.language.find(text, self.blockers)] if self.blockers else []
        spans = _Spans(covered)
        kept = [h for h in extra if not spans.overlaps(h.start, h.end)]
        return sorted(hits + kept, key=lambda h: h.start)


class _Spans:
    """Spans sorted by start with the furthest end so far: whether a span
    overlaps any of them is one bisection (a scan of all of them per extra
    word was quadratic in a one-line file's million terms)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach, furthest = [], -1
        for _, e in spans:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def overlaps(self, s: int, e: int) -> bool:
        """As _inside((s, e), spans): some span starts before e and ends after s."""
        i = bisect_left(self.starts, e)
        return i > 0 and self.reach[i - 1] > s
