"""How the tool scales, against translate-toolkit's `poconflicts --invert`
measured in the same run on the same units.

    python bench/bench_scale.py [--sizes 10000,100000,1000000] [--jobs 2] [--repeat 64]
                                [--skip tmx,articles,po] [--po-repeat 1]

Prints three tables:
  1. translation memories of each size (bench/scale_corpus.py: real Russian
     software strings, each unique, with collapses every 50 units): `audit run`
     on the TMX (a fresh process, start-up included, JSON report) against
     poconflicts on the same units as PO; seconds, peak memory (the whole
     process tree, sampled), seconds per unit relative to poconflicts, and the
     scaling exponent between successive sizes (1.0 = linear);
  2. aligned articles: the seed set repeated N times with a counter in every
     sentence, so no sentence repeats and no cache helps; sentences per second
     over the sentences of all versions, sentences actually embedded, and
     findings against N times the seeds' findings; then the same with
     `--align structure` (no model), and how its findings on the seeds
     compare with the default's;
  3. each real PO file in tests/data/realworld: `audit check FILE` against
     poconflicts on that file (both fresh processes, start-up included), wall
     and CPU seconds per file, the total ratio and the median ratio, and the
     start-up of `audit --help` against bare Python.

The machine may be shared: the ratios against poconflicts, measured in the
same run, are the figures to compare; note the load average printed first.
"""
from __future__ import annotations

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
BIN = Path(sys.executable).parent


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def measure(cmd: list[str], ok=(0, 1)) -> tuple[float, float]:
    """Wall seconds and peak MB (process tree) of one command."""
    peak = [0]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            stop.wait(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    secs = time.perf_counter() - t
    stop.set()
    th.join()
    if proc.returncode not in ok:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode(errors='replace')[-2000:]}")
    return secs, peak[0] / 1024


def exponent(rows, key) -> list[str]:
    out = ["-"]
    for (n1, r1), (n2, r2) in zip(rows, rows[1:]):
        out.append(f"{math.log(r2[key] / r1[key]) / math.log(n2 / n1):.2f}")
    return out


def bench_tmx(tmp: Path, sizes: list[int], jobs: int) -> None:
    from scale_corpus import units, write_po, write_tmx
    print(f"\n1. translation memories: audit run --jobs {jobs} (TMX) vs poconflicts --invert (PO), same units")
    rows = []
    for n in sizes:
        d = tmp / f"tm{n}"
        (d / "corpus").mkdir(parents=True)
        rs = units(n)
        write_tmx(d / "corpus" / "memory.tmx", rs)
        write_po(d / "memory.po", rs)
        del rs
        tool = measure([str(BIN / "audit"), "run", str(d / "corpus"), "--out", str(d / "reports"),
                        "--formats", "json", "--quiet", "--jobs", str(jobs)])
        base = measure([str(BIN / "poconflicts"), "--invert", "--progress=none", str(d / "memory.po"), str(d / "pc")])
        rows.append((n, {"tool": tool[0], "mem": tool[1], "pc": base[0], "pc_mem": base[1]}))
        print(f"   {n:>9} units: tool {tool[0]:7.1f} s {tool[1]:6.0f} MB | poconflicts {base[0]:6.1f} s "
              f"{base[1]:5.0f} MB | ratio {tool[0] / base[0]:4.1f}x", flush=True)
        shutil.rmtree(d, ignore_errors=True)
    ex_t, ex_p = exponent(rows, "tool"), exponent(rows, "pc")
    print(f"   {'units':>9} {'tool s':>8} {'tool MB':>8} {'pc s':>7} {'pc MB':>6} {'ratio':>6} {'exp tool':>9} {'exp pc':>7}")
    for (n, r), et, ep in zip(rows, ex_t, ex_p):
        print(f"   {n:>9} {r['tool']:8.1f} {r['mem']:8.0f} {r['pc']:7.1f} {r['pc_mem']:6.0f} "
              f"{r['tool'] / r['pc']:5.1f}x {et:>9} {ep:>7}")
    n, r = rows[-1]
    ratio = r["tool"] / r["pc"]
    print(f"   targets at {n} units: {r['tool']:.0f} s (under 600: {'met' if r['tool'] < 600 else 'NOT met'}), "
          f"{ratio:.1f}x poconflicts (at most 3x: {'met' if ratio <= 3 else 'NOT met'}), "
          f"{r['mem']:.0f} MB (under 1000: {'met' if r['mem'] < 1000 else 'NOT met'}); "
          f"small sizes are dominated by start-up and the model's load")


def unique_articles(root: Path, repeat: int) -> Path:
    """The seed set repeated, a counter in every sentence (before its final stop)."""
    import regex
    from audit.text.segment import split_text
    src = ROOT / "corpora" / "client-vs-customer"
    out = root / "articles" / "set"
    out.mkdir(parents=True)
    for path in sorted(src.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        copies = []
        for k in range(repeat):
            lines = []
            for line in text.split("\n"):
                pieces, last = [], 0
                for s, e in split_text(line):
                    m = regex.search(r"[.!?…]+$", line[s:e])
                    cut = s + m.start() if m else e
                    pieces.append(line[last:cut] + f" {k}-{s}")
                    last = cut
                pieces.append(line[last:])
                lines.append("".join(pieces))
            copies.append("\n".join(lines))
        (out / path.name).write_text("\n\n".join(copies), encoding="utf-8")
    for extra in src.iterdir():
        if extra.suffix != ".txt":
            shutil.copy(extra, out / extra.name)
    return out.parent


def bench_articles(tmp: Path, repeat: int) -> None:
    from audit.align import Embedder
    from audit.files.corpus import discover
    from audit.run.pipeline import audit_versions, load_versions
    from audit.text.segment import split_version
    from audit.terms.termbase import load_termbase
    tb = load_termbase()
    seeds = discover(ROOT / "corpora")
    seed_set = next(a for a in seeds if a.name == "client-vs-customer")
    seeds_meaning = audit_versions(seed_set.name, load_versions(seed_set.files), tb, Embedder()).findings
    seed_findings = len(seeds_meaning)
    aset = discover(unique_articles(tmp, repeat))[0]
    versions = load_versions(aset.files)
    n = sum(len(split_version(v)) for v in versions)
    from audit.checks.meaning import embedder as meaning_embedder
    emb = Embedder()
    before = meaning_embedder().embedded        # the text-alone checks embed clauses with their own cache
    before_secs = meaning_embedder().seconds
    t = time.perf_counter()
    result = audit_versions(aset.name, versions, tb, emb)
    secs = time.perf_counter() - t
    embedded = emb.embedded + meaning_embedder().embedded - before
    model_secs = emb.seconds + meaning_embedder().seconds - before_secs
    print(f"\n2. aligned articles: seeds x{repeat}, every sentence unique, {n} sentences in {len(versions)} versions")
    print(f"   {n / secs:7.1f} sentences/s ({secs:.1f} s, in-process, model loaded on first use); "
          f"embedded {embedded} texts ({emb.embedded} sentences by the aligner, "
          f"{embedded - emb.embedded} clauses by the text-alone checks)")
    print(f"   the model: {model_secs:.1f} s of the {secs:.1f} s ({embedded / max(model_secs, 1e-9):.1f} texts/s while "
          f"embedding); everything else {n / max(secs - model_secs, 1e-9):.0f} sentences/s")
    print(f"   findings {len(result.findings)} (seeds alone {seed_findings}, x{repeat} = {seed_findings * repeat})")

    # --align structure: what the structure leaves open stays unaligned (no model)
    emb = Embedder()
    t = time.perf_counter()
    fast = audit_versions(aset.name, versions, tb, emb, align="structure")
    secs = time.perf_counter() - t
    seeds_fast = audit_versions(seed_set.name, load_versions(seed_set.files), tb, Embedder(), align="structure").findings
    same = {(f.file, f.start, f.concept, f.replacement) for f in seeds_fast} == \
        {(f.file, f.start, f.concept, f.replacement) for f in seeds_meaning}
    kinds = sum(a.kind != b.kind for a, b in zip(sorted(seeds_fast, key=lambda f: f.id), sorted(seeds_meaning, key=lambda f: f.id)))
    print(f"   --align structure: {n / secs:7.1f} sentences/s ({secs:.1f} s), embedded {emb.embedded} sentences; "
          f"findings {len(fast.findings)}; seeds alone: {len(seeds_fast)} findings, "
          f"{'the same' if same else 'NOT the same'} words, concepts and replacements, {kinds} of another kind "
          f"(text-alone evidence where the model's alignment gave another version's)")


def _timed(cmd: list[str], ok=(0, 1)) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the process and its children) of
    one fresh process. CPU time is the steadier figure on a shared machine."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in ok:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr.decode(errors='replace')[-2000:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _best(cmd: list[str], repeat: int, ok=(0, 1)) -> tuple[float, float]:
    runs = [_timed(cmd, ok) for _ in range(repeat)]
    return min(w for w, _ in runs), min(c for _, c in runs)


def bench_po(tmp: Path, repeat: int = 1) -> None:
    import statistics
    print("\n3. real PO files: audit check FILE --format json vs poconflicts --invert FILE OUT "
          f"(fresh processes, start-up included; best of {repeat})")
    # poconflicts runs from the bytecode its install compiled; so does the tool here
    # (an editable install under PYTHONDONTWRITEBYTECODE would recompile every module each run)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "audit")], check=True)
    files = sorted((ROOT / "tests" / "data" / "realworld").glob("*/*.po"))
    rows = []
    print(f"   {'file':32} {'tool s':>7} {'pc s':>6} {'ratio':>6} | {'tool cpu':>8} {'pc cpu':>6} {'ratio':>6}")
    for f in files:
        out = tmp / f"pc-{f.parent.name}-{f.stem}"
        out.mkdir()          # poconflicts writes a file per conflict there (without it, it fails at the end)
        tool = _best([str(BIN / "audit"), "check", str(f), "--format", "json"], repeat)
        pc = _best([str(BIN / "poconflicts"), "--invert", "--progress=none", str(f), str(out)], repeat, ok=(0,))
        rows.append((tool, pc))
        print(f"   {f.parent.name + '/' + f.name:32} {tool[0]:7.2f} {pc[0]:6.2f} {tool[0] / pc[0]:5.1f}x | "
              f"{tool[1]:8.2f} {pc[1]:6.2f} {tool[1] / pc[1]:5.1f}x", flush=True)
    for k, what in ((0, "wall"), (1, "cpu")):
        tot_t, tot_p = sum(t[k] for t, _ in rows), sum(p[k] for _, p in rows)
        median = statistics.median(t[k] / p[k] for t, p in rows)
        print(f"   all {len(rows)} files, {what}: tool {tot_t:6.2f} s | poconflicts {tot_p:6.2f} s | "
              f"total ratio {tot_t / tot_p:4.2f}x | median ratio {median:4.2f}x")
    base = _best([sys.executable, "-c", "pass"], 3)
    imports = _best([sys.executable, "-c", "import audit.cli"], 3)
    helps = _best([str(BIN / "audit"), "--help"], 3, ok=(0,))
    print(f"   start-up (best of 3, wall / cpu): audit --help {helps[0]:.2f} / {helps[1]:.2f} s, "
          f"import audit.cli {imports[0]:.2f} / {imports[1]:.2f} s, bare python {base[0]:.2f} / {base[1]:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=64)
    ap.add_argument("--skip", default="", help="comma-separated: tmx, articles, po")
    ap.add_argument("--po-repeat", type=int, default=1, help="runs per PO file and command; the best counts")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as d:
        tmp = Path(d)
        if "tmx" not in skip:
            bench_tmx(tmp, [int(x) for x in args.sizes.split(",")], args.jobs)
        if "articles" not in skip:
            bench_articles(tmp, args.repeat)
        if "po" not in skip:
            bench_po(tmp, args.po_repeat)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
