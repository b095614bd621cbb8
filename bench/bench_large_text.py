"""Time and peak memory of `audit check` on large plain texts, to show linear
growth: 2, 10 and 50 MB texts made of the seed articles' paragraphs, and a
50 MB text on a single line. Each run is a fresh process (`python -m audit
check FILE --lang vi --format json`), measured with wait4: wall time, CPU
time (user + system, what the process itself spent: on a shared machine wall
time also counts other people's work) and peak resident memory. Prints CPU
time per MB and its ratio to the 2 MB run; the target is a ratio within 1.5
up to 50 MB.

    python bench/bench_large_text.py [--sizes 2,10,50] [--single-line 50] [--lang vi]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = {"vi": ROOT / "corpora" / "client-vs-customer" / "vi.txt",
         "ru": ROOT / "corpora" / "ru-client-or-customer.txt",
         "ka": ROOT / "corpora" / "client-vs-customer" / "ka.txt"}
MB = 1_000_000


def make_text(seed: Path, size: int, single_line: bool) -> bytes:
    """Whole copies of the seed's paragraphs up to `size` bytes of UTF-8."""
    paras = [p for p in seed.read_text(encoding="utf-8").splitlines() if p.strip()]
    sep = " " if single_line else "\n"
    block = sep.join(paras).encode() + sep.encode()
    reps = max(1, size // len(block))
    return block * reps


def measure(path: Path, lang: str) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak MiB, exit code) of one `audit check` process."""
    cmd = [sys.executable, "-m", "audit", "check", str(path), "--lang", lang, "--format", "json"]
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(cmd, stdout=null, stderr=subprocess.PIPE)
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"audit check failed on {path} (exit {code}): {err.decode()[-500:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2,10,50", help="sizes in MB of the multi-line texts")
    ap.add_argument("--single-line", type=int, default=50, help="size in MB of the one-line text (0: none)")
    ap.add_argument("--lang", default="vi", choices=sorted(SEEDS))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    cases = [(f"{s} MB", s, False) for s in sizes]
    if args.single_line:
        cases.append((f"{args.single_line} MB, one line", args.single_line, True))
    seed = SEEDS[args.lang]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, size, single in cases:
            path = Path(tmp) / f"{args.lang}.txt"
            data = make_text(seed, size * MB, single)
            path.write_bytes(data)
            wall, cpu, peak, code = measure(path, args.lang)
            mb = len(data) / MB
            rows.append((label, mb, wall, cpu, peak))
            print(f"{label:>18}: {mb:6.1f} MB  wall {wall:7.1f} s  cpu {cpu:7.1f} s  {cpu / mb:5.2f} cpu-s/MB  "
                  f"peak {peak:6.0f} MiB  exit {code}", flush=True)
            path.unlink()
    base_cpu, base_wall = rows[0][3] / rows[0][1], rows[0][2] / rows[0][1]
    print(f"\nper MB against the {rows[0][0]} run (target: within 1.5x)")
    for label, mb, wall, cpu, peak in rows:
        print(f"{label:>18}: cpu {cpu / mb / base_cpu:5.2f}x  wall {wall / mb / base_wall:5.2f}x  "
              f"peak memory {peak / mb:5.1f} MiB per MB")


if __name__ == "__main__":
    main()
