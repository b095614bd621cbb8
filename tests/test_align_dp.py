"""The alignment DP scores rows of cells at once and keeps to a band around
the diagonal: the scores are the pair scorer's, and long inputs stay linear."""
from __future__ import annotations

import numpy as np

from audit.align.dp import PairScorer, _row_scores, align_sequences, band_width, neighbourhood


def _unit_rows(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def _scorer(n: int, m: int, seed: int = 0) -> PairScorer:
    rng = np.random.default_rng(seed)
    A = _unit_rows(rng.normal(size=(n, 16)))
    B = _unit_rows(rng.normal(size=(m, 16)))
    return PairScorer(A, B, rng.integers(5, 80, n), rng.integers(5, 80, m), *neighbourhood(A @ B.T))


def test_row_scores_are_the_pair_scores():
    sc = _scorer(9, 11)
    runs = sc.runs(0, 9, 0, 11)
    for (di, dj), run in runs.items():
        for i in range(9 - di + 1):
            row = _row_scores(run, i, 0, 11)
            assert len(row) == 11 - dj + 1
            for j, got in enumerate(row):
                assert abs(got - sc.score(range(i, i + di), range(j, j + dj))) < 1e-5


def test_long_sequences_align_on_the_diagonal_in_a_band():
    """2,000 units each side, B a noisy copy of A with one unit dropped: the DP
    finds the copy, and visits only a band (a full table would be 4 million cells)."""
    rng = np.random.default_rng(1)
    n = 2000
    A = _unit_rows(rng.normal(size=(n, 24)))
    B = _unit_rows(np.delete(A, 700, axis=0) + 0.05 * rng.normal(size=(n - 1, 24)))
    sc = PairScorer(A, B, np.full(n, 40), np.full(n - 1, 40), *neighbourhood(A @ B.T))
    assert band_width(n, n - 1) < n // 10
    groups = align_sequences(sc, list(range(n)), list(range(n - 1)))
    pairs = {(g.a[0], g.b[0]) for g in groups if len(g.a) == len(g.b) == 1}
    expected = {(i, i if i < 700 else i - 1) for i in range(n) if i != 700}
    assert len(expected & pairs) >= len(expected) - 2
    assert [g.a[0] for g in groups] == sorted(g.a[0] for g in groups)


def test_a_repeated_unit_is_never_merged_into_a_group():
    """B says A's title twice ("Video: <title>" under it). A split translation
    would merge the two; a repeat adds nothing, so it is skipped instead."""
    from audit.align.aligner import repeats
    from audit.model import Sentence
    rng = np.random.default_rng(2)
    A = _unit_rows(rng.normal(size=(3, 16)))
    off = 0.5 * _unit_rows(rng.normal(size=(1, 16)))
    # each copy leans another way, so together they look like the title best
    B = np.vstack([_unit_rows(A[:1] + off), _unit_rows(A[:1] - off), A[1:]]).astype(np.float32)
    texts = ["Client vs customer", "Video: Client vs customer", "One.", "Two."]
    rep = repeats([Sentence(k, k, 0, len(t), t) for k, t in enumerate(texts)])
    assert rep == [True, False, False, False]
    groups = align_sequences(PairScorer(A, B, np.full(3, 20), np.full(4, 20), *neighbourhood(A @ B.T),
                                        repeats_b=rep), [0, 1, 2], [0, 1, 2, 3])
    assert all(1 not in g.b for g in groups) and ((0,), (0,)) in {(g.a, g.b) for g in groups}
    # without the repeat marked, the DP would take both as one group
    merged = align_sequences(PairScorer(A, B, np.full(3, 20), np.full(4, 20), *neighbourhood(A @ B.T)),
                             [0, 1, 2], [0, 1, 2, 3])
    assert ((0,), (0, 1)) in {(g.a, g.b) for g in merged}


def test_a_split_translation_is_no_repeat():
    from audit.align.aligner import repeats
    from audit.model import Sentence
    texts = ["The client pays the lawyer.", "The lawyer advises the client on the case.", "Advice."]
    assert repeats([Sentence(k, k, 0, len(t), t) for k, t in enumerate(texts)]) == [False, False, False]
