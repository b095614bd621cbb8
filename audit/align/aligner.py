"""Alignment of two versions: the cheap structural plan first (cheap.py),
then, for the stretches it leaves, the sentence model at two levels:
paragraphs, then sentences inside aligned paragraphs, then recovery of
sentences that moved (reordered bullets, a paragraph the translation merged
into another)."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import regex

from ..model import AlignedGroup, Sentence
from .cheap import plan
from .dp import PairScorer, align_sequences, neighbourhood
from .embed import Embedder

# A moved sentence is paired with the free sentence it matches best, both ways,
# if it is near where it would be and similar enough in absolute terms: among
# the few sentences left free, margins are uninformative.
RECOVERY_COSINE = 0.85
# A lone sentence each side between pairs the structure decided, both naming
# terms or neither: its place is certain, so a lower similarity will do (a
# Chinese translation of an English sentence scores 0.82-0.84, where
# Indonesian-Vietnamese pairs score above 0.9)
BOUNDED_COSINE = 0.80
RECOVERY_WINDOW = 4      # how many sentences away (in aligned order) it may have moved
STRETCH_CONTEXT = 1      # sentences embedded either side of a stretch the structure left open


def _paragraph_vectors(sentences: list[Sentence], vecs: np.ndarray):
    ids = sorted({s.segment for s in sentences})
    index = {seg: k for k, seg in enumerate(ids)}
    P = np.zeros((len(ids), vecs.shape[1]), dtype=np.float32)
    lengths = np.zeros(len(ids))
    for s, v in zip(sentences, vecs):
        P[index[s.segment]] += v
        lengths[index[s.segment]] += len(s.text)
    P /= np.maximum(np.linalg.norm(P, axis=1, keepdims=True), 1e-9)
    return ids, P, lengths


def align_pair(a: list[Sentence], b: list[Sentence], embedder: Embedder,
               terms_a: Sequence[int] | None = None, terms_b: Sequence[int] | None = None,
               by: str = "meaning", kinds_a: Sequence[str | None] | None = None,
               kinds_b: Sequence[str | None] | None = None) -> list[AlignedGroup]:
    """Sentence groups of `a` and `b` that translate each other, in `a` order
    (indices are `Sentence.index`). The cheap structural alignment decides
    where it is plainly right; the sentence model aligns the rest, unless `by`
    is "structure": then the rest stays unaligned (a fifth of the time on
    machine-translated articles; their terms get no evidence from the other
    version, only the text-alone pair rules judge them). `kinds_*`: each
    segment's block kind in a structured document (cheap.plan)."""
    if not a or not b:
        return []
    cheap = plan(a, b, terms_a, terms_b, kinds_a, kinds_b)
    groups = list(cheap.groups)
    for sa, sb in (cheap.stretches if by == "meaning" else []):
        if len(sa) == len(sb) == 1:
            # one sentence between pairs the structure decided, each side: it
            # either translates its counterpart or was added and dropped
            cos = float(embedder.vectors([a[sa[0]].text])[0] @ embedder.vectors([b[sb[0]].text])[0])
            same_terms = terms_a is not None and terms_b is not None and (terms_a[sa[0]] > 0) == (terms_b[sb[0]] > 0)
            if cos >= (BOUNDED_COSINE if same_terms else RECOVERY_COSINE):
                groups.append(AlignedGroup((sa[0],), (sb[0],), cos))
            continue
        # a few structurally aligned sentences each side give the margins
        # their context; their own groups are the structure's already
        ca = _with_context(sa, len(a))
        cb = _with_context(sb, len(b))
        inside_a, inside_b = set(sa), set(sb)
        groups.extend(g for g in align_by_meaning([a[p] for p in ca], [b[p] for p in cb], embedder, ca, cb)
                      if inside_a.issuperset(g.a) and inside_b.issuperset(g.b))
    groups = [AlignedGroup(tuple(a[p].index for p in g.a), tuple(b[p].index for p in g.b), g.score) for g in groups]
    groups.sort(key=lambda g: (g.a[0], g.b[0]))
    return groups


def _with_context(stretch: list[int], n: int) -> list[int]:
    """The stretch's positions and up to STRETCH_CONTEXT positions either side."""
    before = range(max(0, stretch[0] - STRETCH_CONTEXT), stretch[0])
    after = range(stretch[-1] + 1, min(n, stretch[-1] + 1 + STRETCH_CONTEXT))
    return [*before, *stretch, *after]


def align_by_meaning(a: list[Sentence], b: list[Sentence], embedder: Embedder,
                     pos_a: Sequence[int] | None = None, pos_b: Sequence[int] | None = None) -> list[AlignedGroup]:
    """Groups by the sentence model alone, as positions in `a` and `b` (or,
    given `pos_*`, the positions those lists stand for)."""
    if not a or not b:
        return []
    pos_a = list(pos_a) if pos_a is not None else list(range(len(a)))
    pos_b = list(pos_b) if pos_b is not None else list(range(len(b)))
    local_a = [Sentence(k, s.segment, s.start, s.end, s.text) for k, s in enumerate(a)]
    local_b = [Sentence(k, s.segment, s.start, s.end, s.text) for k, s in enumerate(b)]
    A = embedder.vectors([s.text for s in a])
    B = embedder.vectors([s.text for s in b])

    # 1. paragraphs
    pa, PA, la = _paragraph_vectors(local_a, A)
    pb, PB, lb = _paragraph_vectors(local_b, B)
    para_scorer = PairScorer(PA, PB, la, lb, *neighbourhood(PA @ PB.T))
    para_groups = align_sequences(para_scorer, list(range(len(pa))), list(range(len(pb))))

    # 2. sentences inside each aligned paragraph group
    sim = A @ B.T
    knn_a, knn_b = neighbourhood(sim)
    scorer = PairScorer(A, B, [len(s.text) for s in a], [len(s.text) for s in b], knn_a, knn_b,
                        repeats_a=repeats(a), repeats_b=repeats(b))
    groups: list[AlignedGroup] = []
    for g in para_groups:
        segs_a = {pa[k] for k in g.a}
        segs_b = {pb[k] for k in g.b}
        ia = [s.index for s in local_a if s.segment in segs_a]
        ib = [s.index for s in local_b if s.segment in segs_b]
        groups.extend(align_sequences(scorer, ia, ib))

    # 3. sentences left out: pair mutual best matches that stand out and lie near
    groups.extend(_recover(groups, sim, knn_a, knn_b))
    return [AlignedGroup(tuple(pos_a[i] for i in g.a), tuple(pos_b[j] for j in g.b), g.score) for g in groups]


def _words(text: str) -> list[str]:
    return regex.findall(r"\w+", text.casefold())


def repeats(sentences: Sequence[Sentence]) -> list[bool]:
    """Whether each sentence's successor only repeats it: the words of the
    shorter run inside the longer's and make at least half of them
    ("Video: <title>" under the title, a title said twice)."""
    out = []
    for s, t in zip(sentences, sentences[1:]):
        short, long_ = sorted((_words(s.text), _words(t.text)), key=len)
        k = len(short)
        out.append(k >= 2 and 2 * k >= len(long_)
                   and any(long_[i:i + k] == short for i in range(len(long_) - k + 1)))
    return out + [False]


def _recover(groups, sim, knn_a, knn_b) -> list[AlignedGroup]:
    used_a = {i for g in groups for i in g.a}
    used_b = {j for g in groups for j in g.b}
    free_a = [i for i in range(sim.shape[0]) if i not in used_a]
    free_b = [j for j in range(sim.shape[1]) if j not in used_b]
    if not free_a or not free_b:
        return []
    # where each free sentence would sit if the alignment were monotone
    anchors = sorted((g.a[0], g.b[0]) for g in groups)

    def expected_b(i: int) -> float:
        before = [bj for ai, bj in anchors if ai <= i]
        return float(before[-1]) if before else 0.0

    margin = sim - 0.5 * (knn_a[:, None] + knn_b[None, :])
    found = []
    for i in free_a:
        j = max(free_b, key=lambda j: margin[i, j])
        mutual = max(free_a, key=lambda k: margin[k, j]) == i
        if mutual and sim[i, j] >= RECOVERY_COSINE and abs(j - expected_b(i)) <= RECOVERY_WINDOW:
            found.append(AlignedGroup((i,), (j,), float(sim[i, j])))
    return found
