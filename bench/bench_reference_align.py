#!/usr/bin/env python3
"""Aligning an MT file to its reference: the banded DP that long files get
(audit.metrics.banded_alignment) against the full DP of align/dp.py, on the
same paragraphs, measured in the same run.

    python bench/bench_reference_align.py [--repeat 8]

The input is the default corpus's vi.txt and vi.ref.txt repeated N times,
with one reference paragraph dropped so the one-to-one fast path does not
apply. Prints both timings, their ratio, and whether the groups are equal.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=8)
    args = ap.parse_args()
    from audit.align.dp import align_sequences
    from audit.metrics import BAND, LexicalScorer, _profile, banded_alignment
    folder = ROOT / "corpora" / "client-vs-customer"
    hyp = [l for l in (folder / "vi.txt").read_text(encoding="utf-8").splitlines() if l.strip()] * args.repeat
    ref = [l for l in (folder / "vi.ref.txt").read_text(encoding="utf-8").splitlines() if l.strip()] * args.repeat
    del ref[len(ref) // 2]
    pa, pb = [_profile(t) for t in hyp], [_profile(t) for t in ref]
    ids_a, ids_b = list(range(len(pa))), list(range(len(pb)))
    t = time.perf_counter()
    full = align_sequences(LexicalScorer(pa).against(pb), ids_a, ids_b)
    t_full = time.perf_counter() - t
    t = time.perf_counter()
    band = banded_alignment(LexicalScorer(pa).against(pb), ids_a, ids_b, BAND + abs(len(pa) - len(pb)))
    t_band = time.perf_counter() - t
    same = [(g.a, g.b) for g in full] == [(g.a, g.b) for g in band]
    print(f"{len(pa)} x {len(pb)} paragraphs: full DP {t_full:.2f} s, banded (band {BAND}) {t_band:.2f} s, "
          f"ratio {t_full / max(t_band, 1e-9):.1f}x, same groups: {same}")


if __name__ == "__main__":
    main()
