"""The cheap structural alignment against the full sentence-model alignment.

    python bench/bench_align.py [--corpus corpora] [--set client-vs-customer]

For every pair of versions of each article set (references aside): the
sentence pairs both alignments make (agreement = shared pairs over the
full alignment's pairs, and over the cheap one's), the sentences each had to
embed, and the time each took, with a fresh embedder each (so no cache helps).
"""
from __future__ import annotations

import argparse
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pairs(groups) -> set[tuple[int, int]]:
    return {(i, j) for g in groups for i in g.a for j in g.b}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    ap.add_argument("--set", default=None, help="only this article set")
    args = ap.parse_args()
    from audit.align import Embedder
    from audit.align.aligner import align_by_meaning, align_pair
    from audit.files.corpus import discover
    from audit.text.languages import base_code
    from audit.text.matching import find_occurrences
    from audit.run.pipeline import load_versions
    from audit.text.segment import split_version
    from audit.terms.termbase import load_termbase
    tb = load_termbase()
    tot = {"full": 0, "cheap": 0, "both": 0, "emb_full": 0, "emb_cheap": 0, "t_full": 0.0, "t_cheap": 0.0, "n": 0}
    print(f"{'set':28} {'pair':24} {'full':>5} {'cheap':>5} {'agree':>6} {'embedded full/cheap':>20}")
    for aset in discover(args.corpus):
        if args.set and aset.name != args.set:
            continue
        versions = [v for v in load_versions(aset.files) if not v.is_reference]
        data = []
        for v in versions:
            sents = split_version(v)
            occs = find_occurrences(v, sents, tb.terms_for(base_code(v.lang)))
            terms = [0] * len(sents)
            for o in occs:
                terms[o.sentence] += 1
            data.append((v, sents, terms))
        for (va, sa, ta), (vb, sb, tb_) in combinations(data, 2):
            e_full, e_cheap = Embedder(), Embedder()
            t = time.perf_counter()
            full = align_by_meaning(sa, sb, e_full)
            t_full = time.perf_counter() - t
            t = time.perf_counter()
            cheap = align_pair(sa, sb, e_cheap, ta, tb_)
            t_cheap = time.perf_counter() - t
            pf, pc = pairs(full), pairs(cheap)
            both = len(pf & pc)
            print(f"{aset.name[:28]:28} {(va.label + '-' + vb.label)[:24]:24} {len(pf):5} {len(pc):5} "
                  f"{both / max(1, len(pf)):6.3f} {e_full.embedded:>9}/{e_cheap.embedded:<10}")
            for k, v in (("full", len(pf)), ("cheap", len(pc)), ("both", both), ("emb_full", e_full.embedded),
                         ("emb_cheap", e_cheap.embedded), ("t_full", t_full), ("t_cheap", t_cheap),
                         ("n", len(sa) + len(sb))):
                tot[k] += v
    print(f"\nagreement: {tot['both']} shared pairs, {tot['both'] / max(1, tot['full']):.3f} of the full alignment's "
          f"{tot['full']}, {tot['both'] / max(1, tot['cheap']):.3f} of the cheap one's {tot['cheap']}")
    print(f"embedded: full {tot['emb_full']} of {tot['n']} sentences, cheap {tot['emb_cheap']} "
          f"({tot['emb_cheap'] / max(1, tot['emb_full']):.2f} of full)")
    print(f"time: full {tot['t_full']:.1f} s, cheap {tot['t_cheap']:.1f} s ({tot['t_full'] / max(1e-9, tot['t_cheap']):.1f}x faster)")


if __name__ == "__main__":
    main()
