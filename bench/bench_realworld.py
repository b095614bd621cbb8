#!/usr/bin/env python3
"""Findings on real localisation files (tests/data/realworld/), per file and in
total: the false-alarm rate a new user would meet, and the units flagged.

Every bilingual file (PO/POT, XLIFF, TMX, CSV) under the folder is audited as
`audit check FILE --format json` would do it (audit.check_files), in one
process, with the termbase loaded once.

Usage (from the repository root):
    python bench/bench_realworld.py                          # table of all files
    python bench/bench_realworld.py --only 'pgadmin4/*'      # a subset (glob on the path under the folder)
    python bench/bench_realworld.py --json out.json          # also every finding, with its unit's source text
    python bench/bench_realworld.py --judged                 # also score against judged.tsv
    python bench/bench_realworld.py --judged --misses        # ... and list what was missed or not acted on
    python bench/bench_realworld.py --lang fr,es,pt          # only the files of these languages (by file name)

The table gives, per file: language, translated units, findings, findings per
1,000 units, and the kinds. With --judged, "acted" counts findings on units
judged 'flag' in judged.tsv, and "caught" how many 'flag' rows got a finding.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import InputError, check_files, load_termbase  # noqa: E402
from audit.files.sets import language_from_name  # noqa: E402
from audit.text.languages import base_code  # noqa: E402
from audit.files.readers import known_suffixes  # noqa: E402

REAL = ROOT / "tests" / "data" / "realworld"
JUDGED = REAL / "judged.tsv"
# bilingual formats only: the folder's .md and .tsv are its provenance and judgements
BILINGUAL = {".po", ".pot", ".xlf", ".xliff", ".tmx", ".csv", ".xlsx"}


def real_files(folder: Path, only: str | None, langs: set[str] | None = None) -> list[Path]:
    suffixes = set(known_suffixes()) & BILINGUAL
    files = [p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes]
    if only:
        files = [p for p in files if fnmatch(p.relative_to(folder).as_posix(), only)]
    if langs:
        files = [p for p in files if base_code(language_from_name(p) or "") in langs]
    return files


def load_judged(path: Path) -> dict[tuple[str, str], str]:
    """(file under the folder, unit id) -> 'flag' / 'quiet'."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {(r["file"], r["unit"]): r["expected"] for r in csv.DictReader(f, delimiter="\t")}


def audit_file(path: Path, termbase) -> dict:
    result = check_files(path, termbase=termbase)
    source = next((v.version for v in result.versions if v.version.is_source), None)
    target = next((v.version for v in result.versions if not v.version.is_source), None)
    src_text = {s.id: s.text for s in source.segments} if source else {}
    rel = path.relative_to(REAL).as_posix() if path.is_relative_to(REAL) else str(path)
    findings = [{**f.to_dict(), "file": rel, "source_text": src_text.get(f.unit, "")}
                for f in result.findings]
    # file-level observations, where the pipeline reports them (issue 8: per version)
    observations = [o.to_dict() if hasattr(o, "to_dict") else o
                    for v in result.versions for o in getattr(v, "observations", None) or []]
    return {"file": rel, "lang": target.lang if target else "?",
            "units": len(target.segments) if target else 0,
            "findings": findings, "observations": observations}


def per_thousand(n: int, units: int) -> str:
    return f"{1000 * n / units:.2f}" if units else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=REAL, help="folder of real files (default: %(default)s)")
    ap.add_argument("--only", help="glob on the path under the folder, e.g. 'kimai/*' or '*/vi*'")
    ap.add_argument("--lang", help="comma-separated language codes: only the files named for them, e.g. 'fr,es,pt'")
    ap.add_argument("--json", type=Path, help="write every finding (file, unit, term, sentence, source text) here")
    ap.add_argument("--judged", action="store_true", help="score findings against judged.tsv")
    ap.add_argument("--misses", action="store_true", help="with --judged: list missed 'flag' units and findings not acted on")
    args = ap.parse_args(argv)

    langs = {c.strip() for c in args.lang.split(",") if c.strip()} if args.lang else None
    files = real_files(args.folder, args.only, langs)
    if not files:
        print(f"{args.folder}: no real files match", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    termbase = load_termbase()
    judged = load_judged(JUDGED) if args.judged else {}
    try:
        rows = [audit_file(p, termbase) for p in files]
    except InputError as e:                      # one line, as `audit check` gives it
        print(e, file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - t0

    width = max(len(r["file"]) for r in rows)
    head = f"{'file':<{width}}  lang  units  findings  per 1k  obs  kinds"
    if args.judged:
        head += "  | acted on"
    print(head)
    print("-" * len(head))
    by_lang: dict[str, list[int]] = {}
    acted_total = 0
    for r in rows:
        n = len(r["findings"])
        kinds = Counter(f["kind"] for f in r["findings"])
        kind_s = ", ".join(f"{k} {c}" for k, c in sorted(kinds.items())) or "-"
        line = (f"{r['file']:<{width}}  {r['lang']:<4}  {r['units']:>5}  {n:>8}  "
                f"{per_thousand(n, r['units']):>6}  {len(r['observations']):>3}  {kind_s}")
        if args.judged:
            acted = sum(judged.get((r["file"], f["unit"])) == "flag" for f in r["findings"])
            acted_total += acted
            line += f"  | {acted}"
        print(line)
        tot = by_lang.setdefault(r["lang"], [0, 0, 0])
        tot[0] += 1
        tot[1] += r["units"]
        tot[2] += n
    print("-" * len(head))
    for lang, (nf, units, n) in sorted(by_lang.items()):
        print(f"{'total ' + lang + f' ({nf} files)':<{width}}  {lang:<4}  {units:>5}  {n:>8}  {per_thousand(n, units):>6}")
    units = sum(r["units"] for r in rows)
    n = sum(len(r["findings"]) for r in rows)
    obs = sum(len(r["observations"]) for r in rows)
    print(f"{'TOTAL (' + str(len(rows)) + ' files)':<{width}}  {'':<4}  {units:>5}  {n:>8}  {per_thousand(n, units):>6}  {obs:>3}")
    if args.judged:
        flags = {k for k, v in judged.items() if v == "flag"}
        hit = {(r["file"], f["unit"]) for r in rows for f in r["findings"]} & flags
        in_scope = {k for k in flags if any(k[0] == r["file"] for r in rows)}
        not_acted = n - acted_total
        print(f"judged: {acted_total} of {n} findings on units a reviewer would act on; "
              f"{not_acted} not acted on = {per_thousand(not_acted, units)} per 1,000 units; "
              f"'flag' units caught: {len(hit)} of {len(in_scope)}")
        if args.misses:
            for f, u in sorted(in_scope - hit):
                print(f"  missed flag: {f}  {u[:70]!r}")
            for r in rows:
                for f in r["findings"]:
                    if judged.get((r["file"], f["unit"])) != "flag":
                        print(f"  not acted on: {r['file']}  {f['unit'][:60]!r}  {f['term']!r} ({f['kind']})")
    print(f"{len(rows)} files, {units} units in {elapsed:.1f} s")
    if args.json:
        args.json.write_text(json.dumps({"files": rows}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
