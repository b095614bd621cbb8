"""Monotone alignment of two sequences of unit vectors by dynamic programming,
with 1-1, 1-2 and 2-1 groups and skips.

Raw cosine similarities of multilingual-e5 sit in a narrow band (0.8-0.95), so
a pair is scored by its margin over each side's typical neighbours (as in
LASER's margin scoring): a true translation stands out from the rest of the
article, a wrong pair does not. Skipping costs a little, so junk lines (web
boilerplate, repeated titles) are left out rather than forced into a pair.
"""
from __future__ import annotations

import numpy as np

from ..model import AlignedGroup

SKIP = -0.01          # cost of leaving one unit unaligned
MERGE = -0.01         # extra cost of a 1-2 or 2-1 group, so 1-1 wins ties
LENGTH_WEIGHT = 0.02  # weight of the log length-ratio penalty
_MOVES = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v)
    return v / n if n else v


def neighbourhood(sim: np.ndarray, k: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Mean similarity of each row's and each column's k nearest counterparts."""
    if sim.size == 0:
        return np.zeros(sim.shape[0]), np.zeros(sim.shape[1])
    ka, kb = min(k, sim.shape[1]), min(k, sim.shape[0])
    rows = np.sort(sim, axis=1)[:, -ka:].mean(axis=1)
    cols = np.sort(sim, axis=0)[-kb:, :].mean(axis=0)
    return rows, cols


class PairScorer:
    """Scores a group of consecutive units of A against one of B."""

    def __init__(self, A, B, len_a, len_b, knn_a, knn_b):
        self.A, self.B = A, B
        self.len_a = np.asarray(len_a, float) / max(1.0, float(np.sum(len_a)))
        self.len_b = np.asarray(len_b, float) / max(1.0, float(np.sum(len_b)))
        self.knn_a, self.knn_b = knn_a, knn_b

    def cosine(self, ia: range, ib: range) -> float:
        return float(_unit(self.A[ia.start:ia.stop].sum(0)) @ _unit(self.B[ib.start:ib.stop].sum(0)))

    def score(self, ia: range, ib: range) -> float:
        cos = self.cosine(ia, ib)
        margin = cos - 0.5 * (self.knn_a[ia.start:ia.stop].mean() + self.knn_b[ib.start:ib.stop].mean())
        la, lb = self.len_a[ia.start:ia.stop].sum(), self.len_b[ib.start:ib.stop].sum()
        length = abs(np.log((la + 1e-4) / (lb + 1e-4)))
        return margin - LENGTH_WEIGHT * length + (MERGE if len(ia) + len(ib) > 2 else 0.0)


def align_sequences(scorer: PairScorer, a_ids: list[int], b_ids: list[int]) -> list[AlignedGroup]:
    """Best monotone grouping of the units `a_ids` of A against `b_ids` of B
    (indices into the scorer's matrices, consecutive within each list)."""
    n, m = len(a_ids), len(b_ids)
    best = np.full((n + 1, m + 1), -np.inf)
    back = np.zeros((n + 1, m + 1, 2), dtype=int)
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i, j] == -np.inf:
                continue
            for di, dj in _MOVES:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di and dj:
                    gain = scorer.score(range(a_ids[i], a_ids[i] + di), range(b_ids[j], b_ids[j] + dj))
                else:
                    gain = SKIP
                if best[i, j] + gain > best[ni, nj]:
                    best[ni, nj] = best[i, j] + gain
                    back[ni, nj] = (di, dj)
    groups: list[AlignedGroup] = []
    i, j = n, m
    while i or j:
        di, dj = back[i, j]
        if di and dj:
            ia = tuple(a_ids[i - di:i])
            ib = tuple(b_ids[j - dj:j])
            groups.append(AlignedGroup(ia, ib, scorer.cosine(range(ia[0], ia[-1] + 1), range(ib[0], ib[-1] + 1))))
        i, j = i - di, j - dj
    groups.reverse()
    return groups
