"""Start-up cost: `import audit`, `audit --help` and `audit check` on a small
real PO file, each in a fresh interpreter, median of N runs.

    python bench/bench_startup.py [N] [--tree PATH]

--tree runs another checkout's package (e.g. a worktree of an older commit)
with this interpreter, for before/after figures in the same run.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "tests" / "data" / "realworld" / "tryton-sale-opportunity" / "de.po"
CASES = {
    "import audit": ["-c", "import audit"],
    "audit --help": ["-c", "from audit.cli import app; app(['--help'], prog_name='audit')"],
    "audit check de.po": ["-c", f"from audit.cli import app; app(['check', {str(PO)!r}, '--format', 'json'], prog_name='audit')"],
}


def timed(tree: Path, args: list[str], n: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run([sys.executable, *args], cwd=tree, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=15)
    ap.add_argument("--tree", type=Path, action="append", default=[])
    a = ap.parse_args()
    trees = [ROOT, *a.tree]
    print(f"{'case':<20}" + "".join(f"{str(t)[-28:]:>30}" for t in trees))
    for name, args in CASES.items():
        # interleaved per case, so load drifts hit every tree alike
        row = [timed(t, args, a.n) for t in trees]
        print(f"{name:<20}" + "".join(f"{s * 1000:>28.0f}ms" for s in row))


if __name__ == "__main__":
    main()
