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
BAND_MIN = 48         # cells each side of the diagonal the DP always looks at
BAND_SHARE = 0.05     # and this share of the longer side, for long inputs


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

    def __init__(self, A, B, len_a, len_b, knn_a, knn_b, length_weight: float = LENGTH_WEIGHT, base: float = 0.0,
                 repeats_a=None, repeats_b=None):
        """`length_weight` and `base` (a gain every pair earns over skipping)
        let the cheap structural scorer, whose lengths decide, share the DP.
        `repeats_*[k]` is true where unit k+1 only repeats unit k (a web
        page's title again as "Video: <title>"): such two are never one group,
        since a translation's split halves never say the same thing, and the
        repeat is left out as a skip."""
        self.A, self.B = A, B
        self.repeats_a = np.zeros(len(A), bool) if repeats_a is None else np.asarray(repeats_a, bool)
        self.repeats_b = np.zeros(len(B), bool) if repeats_b is None else np.asarray(repeats_b, bool)
        self.len_a = np.asarray(len_a, float) / max(1.0, float(np.sum(len_a)))
        self.len_b = np.asarray(len_b, float) / max(1.0, float(np.sum(len_b)))
        self.knn_a, self.knn_b = knn_a, knn_b
        self.length_weight, self.base = length_weight, base

    def cosine(self, ia: range, ib: range) -> float:
        return float(_unit(self.A[ia.start:ia.stop].sum(0)) @ _unit(self.B[ib.start:ib.stop].sum(0)))

    def score(self, ia: range, ib: range) -> float:
        cos = self.cosine(ia, ib)
        margin = cos - 0.5 * (self.knn_a[ia.start:ia.stop].mean() + self.knn_b[ib.start:ib.stop].mean())
        la, lb = self.len_a[ia.start:ia.stop].sum(), self.len_b[ib.start:ib.stop].sum()
        length = abs(np.log((la + 1e-4) / (lb + 1e-4)))
        if (len(ia) == 2 and self.repeats_a[ia.start]) or (len(ib) == 2 and self.repeats_b[ib.start]):
            return -np.inf
        return margin + self.base - self.length_weight * length + (MERGE if len(ia) + len(ib) > 2 else 0.0)

    def runs(self, a0: int, n: int, b0: int, m: int) -> dict:
        """For each group move (di, dj): the unit sums, mean neighbourhoods and
        lengths of every run of di units of A[a0:a0+n] and dj units of
        B[b0:b0+m], so a row of the DP is scored with one matrix product
        instead of a handful of small array operations per cell."""
        out = {}
        for di, dj in ((1, 1), (1, 2), (2, 1)):
            if n >= di and m >= dj:
                out[(di, dj)] = (_groups(self.A, self.knn_a, self.len_a, a0, n, di, self.repeats_a),
                                 _groups(self.B, self.knn_b, self.len_b, b0, m, dj, self.repeats_b),
                                 (MERGE if di + dj > 2 else 0.0) + self.base, self.length_weight)
        return out


def _row_scores(run, i: int, lo: int, hi: int) -> list[float]:
    """`PairScorer.score` of A-run i against B-runs lo..hi-1."""
    (ga, ka, la, ra), (gb, kb, lb, rb), extra, length_weight = run
    hi = min(hi, len(gb))
    if i >= len(ga) or lo >= hi:
        return []
    cos = (gb[lo:hi] @ ga[i]).astype(np.float64)
    margin = cos - 0.5 * (ka[i] + kb[lo:hi])
    length = np.abs(np.log((la[i] + 1e-4) / (lb[lo:hi] + 1e-4)))
    scores = margin - length_weight * length + extra
    scores[ra[i] | rb[lo:hi]] = -np.inf
    return scores.tolist()


def _groups(V, knn, lengths, start: int, count: int, size: int, repeats):
    """Unit sums, mean neighbourhoods, summed lengths and whether it holds a
    repeat (see PairScorer) of each run of `size` consecutive units among
    V[start:start+count]."""
    rows = count - size + 1
    held = (repeats[start:start + rows] if size == 2 else np.zeros(rows, bool)).copy()
    g = V[start:start + rows].astype(np.float32, copy=True)
    k = np.asarray(knn[start:start + rows], dtype=np.float64).copy()
    l = np.asarray(lengths[start:start + rows], dtype=np.float64).copy()
    for d in range(1, size):
        g += V[start + d:start + d + rows]
        k += knn[start + d:start + d + rows]
        l += lengths[start + d:start + d + rows]
    g /= np.maximum(np.linalg.norm(g, axis=1, keepdims=True), 1e-12)
    return g, k / size, l, held


def band_width(n: int, m: int) -> int:
    """How far from the diagonal the DP looks: everything for article-sized
    inputs, a band (Gale-Church style) for long ones, so time stays linear."""
    return max(BAND_MIN, int(BAND_SHARE * max(n, m)), abs(n - m) + 2)


def align_sequences(scorer: PairScorer, a_ids: list[int], b_ids: list[int]) -> list[AlignedGroup]:
    """Best monotone grouping of the units `a_ids` of A against `b_ids` of B
    (indices into the scorer's matrices, consecutive within each list).
    Only cells within `band_width` of the diagonal are visited, and kept
    (one dict per row), so time and memory grow linearly with long inputs."""
    n, m = len(a_ids), len(b_ids)
    # a scorer without `runs` (the lexical one of audit.report.metrics) scores cell by cell
    vectorised = hasattr(scorer, "runs")
    runs = scorer.runs(a_ids[0], n, b_ids[0], m) if n and m and vectorised else {}
    width = band_width(n, m)
    ninf = -np.inf
    best: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int]]] = [{} for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        centre = int(i * m / n) if n else 0
        lo, hi = max(0, centre - width), min(m, centre + width) + 1
        if vectorised:
            scores = {mv: _row_scores(run, i, lo, hi) for mv, run in runs.items()}
        else:
            scores = {(di, dj): [scorer.score(range(a_ids[i], a_ids[i] + di), range(b_ids[j], b_ids[j] + dj))
                                 if i + di <= n and j + dj <= m else ninf for j in range(lo, hi)]
                      for di, dj in ((1, 1), (1, 2), (2, 1))}
        row = best[i]
        for j in range(lo, hi):
            here = row.get(j, ninf)
            if here == ninf:
                continue
            for di, dj in _MOVES:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di and dj:
                    sc = scores[(di, dj)]
                    if j - lo >= len(sc):
                        continue
                    gain = sc[j - lo]
                else:
                    gain = SKIP
                if here + gain > best[ni].get(nj, ninf):
                    best[ni][nj] = here + gain
                    back[ni][nj] = (di, dj)
    groups: list[AlignedGroup] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]      # (n, m) lies on the diagonal, so the band always reaches it
        if di and dj:
            ia = tuple(a_ids[i - di:i])
            ib = tuple(b_ids[j - dj:j])
            groups.append(AlignedGroup(ia, ib, scorer.cosine(range(ia[0], ia[-1] + 1), range(ib[0], ib[-1] + 1))))
        i, j = i - di, j - dj
    groups.reverse()
    return groups
