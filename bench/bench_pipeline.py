"""Speed of the main job and its parts.

Prints:
  - cold `audit run` on the default corpus (a fresh process: imports, model
    load, embedding, checks, reports), against `python -c pass` as a baseline;
  - throughput of alignment and of checking (sentences per second) on a larger
    corpus made by repeating the seed set, against embedding alone, which is
    the floor both stand on.

Usage: python bench/bench_pipeline.py [--repeat N]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "corpora" / "client-vs-customer"


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def cold_run(tmp: Path) -> tuple[float, float]:
    exe = Path(sys.executable)
    base, _ = timed(lambda: subprocess.run([exe, "-c", "pass"], check=True))
    cmd = [exe, "-m", "audit", "run", str(ROOT / "corpora"), "--out", str(tmp / "reports"), "--quiet"]
    run, proc = timed(lambda: subprocess.run(cmd, capture_output=True))
    if proc.returncode not in (0, 1):
        sys.exit(proc.stderr.decode())
    return run, base


def big_corpus(tmp: Path, repeat: int) -> Path:
    """The seed set repeated: each language file holds `repeat` copies, so
    alignment works on articles `repeat` times longer."""
    root = tmp / "big"
    (root / "set").mkdir(parents=True)
    for lang in ("id", "vi", "ka"):
        text = (SET / f"{lang}.txt").read_text(encoding="utf-8")
        (root / "set" / f"{lang}.txt").write_text("\n\n".join([text] * repeat), encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=8)
    args = parser.parse_args()
    from audit.align import Embedder, align_pair
    from audit.files.corpus import discover
    from audit.run.pipeline import audit_versions, load_versions
    from audit.text.segment import split_version
    from audit.terms.termbase import load_termbase

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        run, base = cold_run(tmp)
        print(f"cold `audit run` on corpora/: {run:.2f} s (python start-up alone {base:.2f} s)")

        aset = discover(big_corpus(tmp, args.repeat))[0]
        versions = load_versions(aset.files)
        sentences = {v.lang: split_version(v) for v in versions}
        n = sum(len(s) for s in sentences.values())
        print(f"larger corpus: seeds x{args.repeat}, {n} sentences in 3 languages")

        embedder = Embedder()
        t_embed, _ = timed(lambda: [embedder.vectors([s.text for s in ss]) for ss in sentences.values()])
        # count the work done: repeated sentences are embedded once, so divide
        # what the model actually embedded, not the sentences asked for
        print(f"embedding only:            {embedder.embedded / t_embed:8.1f} sentences embedded/s "
              f"({embedder.embedded} unique of {n} sentences, {t_embed:.2f} s)")
        # alignment with vectors cached: the DP and recovery themselves
        pairs = [("id", "vi"), ("id", "ka"), ("vi", "ka")]
        t_align, _ = timed(lambda: [align_pair(sentences[a], sentences[b], embedder) for a, b in pairs])
        aligned = sum(len(sentences[a]) + len(sentences[b]) for a, b in pairs)
        print(f"alignment (3 pairs, cached vectors): {aligned / t_align:8.1f} sentences/s ({t_align:.2f} s)")
        tb = load_termbase()
        fresh = Embedder()
        t_check, result = timed(lambda: audit_versions("big", versions, tb, fresh))
        print(f"full check (embed+align+checks): {n / t_check:8.1f} sentences/s ({t_check:.2f} s, "
              f"{fresh.embedded} sentences embedded), "
              f"{len(result.findings)} findings; ratio to embedding alone {t_check / t_embed:.2f}x")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
