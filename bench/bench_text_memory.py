"""Peak memory of `audit check` on huge plain text, against the file's size
(issue 19; target: at most 3 times the file). Texts of 50 and 200 MB are made
of the seed articles' paragraphs (bench_large_text.make_text); each run is a
fresh process (`python -m audit check FILE --lang vi --format json`), its
peak resident memory read with wait4. Also prints the peak of a bare
`python -m audit --help` (the interpreter and the libraries every check
loads), so the part that grows with the text can be told apart.

    python bench/bench_text_memory.py [--sizes 50,200] [--lang vi] [--single-line]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_large_text import MB, SEEDS, make_text, measure  # noqa: E402

TARGET = 3.0


def baseline() -> float:
    """Peak MiB of an `audit` process that reads no text."""
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen([sys.executable, "-m", "audit", "--help"], stdout=null, stderr=null)
        _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,200", help="sizes in MB")
    ap.add_argument("--lang", default="vi", choices=sorted(SEEDS))
    ap.add_argument("--single-line", action="store_true", help="the text on one line (one huge paragraph)")
    args = ap.parse_args()
    print(f"bare process: peak {baseline():.0f} MiB", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in args.sizes.split(",") if s]:
            path = Path(tmp) / f"{args.lang}.txt"
            data = make_text(SEEDS[args.lang], size * MB, args.single_line)
            path.write_bytes(data)
            del data
            mib = path.stat().st_size / 2**20
            wall, cpu, peak, code = measure(path, args.lang)
            ratio = peak / mib
            print(f"{size:>4} MB{' (one line)' if args.single_line else ''}: file {mib:6.1f} MiB  "
                  f"peak {peak:7.0f} MiB  = {ratio:4.1f}x the file (target <= {TARGET:.0f}x: "
                  f"{'met' if ratio <= TARGET else 'NOT met'})  wall {wall:6.1f} s  cpu {cpu:6.1f} s  exit {code}",
                  flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
