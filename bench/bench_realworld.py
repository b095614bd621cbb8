#!/usr/bin/env python3
"""Findings on real localisation files (tests/data/realworld/, tests/data/realworld2/),
per file and in total: the false-alarm rate a new user would meet, and the units flagged.

Every bilingual file (PO/POT, XLIFF, TMX, CSV, Qt TS) under the folder is
audited as `audit check FILE --format json` would do it (audit.check_files), in
one process, with the termbase loaded once; a resource file (PHP, JSON, INI,
properties, Android XML) named for its language is audited against the English
file beside it, as `audit check de.php --source en.php` would.

Usage (from the repository root):
    python bench/bench_realworld.py                          # table of all files
    python bench/bench_realworld.py --only 'pgadmin4/*'      # a subset (glob on the path under the folder)
    python bench/bench_realworld.py --json out.json          # also every finding, with its unit's source text
    python bench/bench_realworld.py --judged                 # also score against judged.tsv
    python bench/bench_realworld.py --judged --misses        # ... and list what was missed or not acted on
    python bench/bench_realworld.py --lang fr,es,pt          # only the files of these languages (by file name)
    python bench/bench_realworld.py --folder tests/data/realworld2 --judged --json after.json --before before.json
                                                             # the second set: both halves (split.tsv), before and after

A folder's judgements are its judged*.tsv files; its split.tsv (product, half)
groups the products into halves, and --judged then prints per half: findings,
those not acted on per 1,000 units, precision (acted / findings) and the
software-sense errors ('flag' rows whose concept is the software client) found.
--before reads a --json file saved from an earlier run (e.g. on the commit
before a change) and prints its half figures beside.

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
BILINGUAL = {".po", ".pot", ".xlf", ".xliff", ".tmx", ".csv", ".xlsx", ".ts"}
RESOURCE = {".php", ".json", ".ini", ".properties", ".xml", ".yml", ".yaml", ".strings"}
SOFTWARE = "client (software)"


def _english(path: Path) -> Path | None:
    """The English file beside a resource file (en.json, en-US.ini, en-GB.php)."""
    for q in sorted(path.parent.glob("*" + path.suffix)):
        if q != path and base_code(language_from_name(q) or "") == "en":
            return q
    return None


def real_files(folder: Path, only: str | None, langs: set[str] | None = None) -> list[tuple[Path, Path | None]]:
    """(file, its English source file or None where the file carries its source)."""
    suffixes = set(known_suffixes()) & BILINGUAL
    files: list[tuple[Path, Path | None]] = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file():
            continue
        suffix = p.suffix.lower()
        if suffix in suffixes:
            files.append((p, None))
        elif suffix in RESOURCE and base_code(language_from_name(p) or "en") != "en" and _english(p):
            files.append((p, _english(p)))
    if only:
        files = [(p, s) for p, s in files if fnmatch(p.relative_to(folder).as_posix(), only)]
    if langs:
        files = [(p, s) for p, s in files if base_code(language_from_name(p) or "") in langs]
    return files


def load_judged(folder: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(file under the folder, unit id) -> ('flag' / 'quiet', concept), from every judged*.tsv."""
    out = {}
    for path in sorted(folder.glob("judged*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            out.update({(r["file"], r["unit"]): (r["expected"], r.get("concept", ""))
                        for r in csv.DictReader(f, delimiter="\t")})
    return out


def load_split(folder: Path) -> dict[str, str]:
    """product folder -> half ('tuned', 'held-out'), from split.tsv; {} where there is none."""
    path = folder / "split.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {r["product"]: r["half"] for r in csv.DictReader(f, delimiter="\t")}


def audit_file(path: Path, termbase, folder: Path = REAL, source_file: Path | None = None) -> dict:
    if source_file is not None:
        result = check_files(path, with_=[source_file], source=source_file, termbase=termbase)
    else:
        result = check_files(path, termbase=termbase)
    source = next((v.version for v in result.versions if v.version.is_source), None)
    target = next((v.version for v in result.versions if not v.version.is_source), None)
    src_text = {s.id: s.text for s in source.segments} if source else {}
    rel = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)
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


def half_figures(rows: list[dict], judged: dict, split: dict[str, str]) -> dict[str, dict]:
    """Per half (and 'all'): units, findings, acted on, not acted on per 1,000
    units, precision, and the software-sense errors found of those judged."""
    out: dict[str, dict] = {}
    for r in rows:
        half = split.get(r["file"].split("/", 1)[0], "all") if split else "all"
        for name in {half, "all"}:
            h = out.setdefault(name, {"files": 0, "units": 0, "findings": 0, "acted": 0,
                                      "flags": set(), "caught": set(), "software": set(), "software_caught": set()})
            h["files"] += 1
            h["units"] += r["units"]
            h["findings"] += len(r["findings"])
            h["acted"] += sum(judged.get((r["file"], f["unit"]), ("",))[0] == "flag" for f in r["findings"])
            hit = {(r["file"], f["unit"]) for f in r["findings"]}
            for key, (expected, concept) in judged.items():
                if key[0] == r["file"] and expected == "flag":
                    h["flags"].add(key)
                    if concept == SOFTWARE:
                        h["software"].add(key)
                    if key in hit:
                        h["caught"].add(key)
                        if concept == SOFTWARE:
                            h["software_caught"].add(key)
    return out


def half_line(name: str, h: dict) -> str:
    not_acted = h["findings"] - h["acted"]
    precision = f"{h['acted'] / h['findings']:.3f}" if h["findings"] else "-"
    return (f"{name:<9} {h['files']:>4} files {h['units']:>7} units  findings {h['findings']:>4}  acted {h['acted']:>3}  "
            f"not acted {not_acted:>4} = {per_thousand(not_acted, h['units']):>5} per 1,000  precision {precision:>5}  "
            f"software-sense errors found {len(h['software_caught'])} of {len(h['software'])}  "
            f"(all 'flag' units {len(h['caught'])} of {len(h['flags'])})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=REAL, help="folder of real files (default: %(default)s)")
    ap.add_argument("--only", help="glob on the path under the folder, e.g. 'kimai/*' or '*/vi*'")
    ap.add_argument("--lang", help="comma-separated language codes: only the files named for them, e.g. 'fr,es,pt'")
    ap.add_argument("--json", type=Path, help="write every finding (file, unit, term, sentence, source text) here")
    ap.add_argument("--judged", action="store_true", help="score findings against the folder's judged*.tsv")
    ap.add_argument("--misses", action="store_true", help="with --judged: list missed 'flag' units and findings not acted on")
    ap.add_argument("--before", type=Path, help="with --judged: a --json file of an earlier run, scored beside this one")
    args = ap.parse_args(argv)

    folder = args.folder.resolve()
    langs = {c.strip() for c in args.lang.split(",") if c.strip()} if args.lang else None
    files = real_files(folder, args.only, langs)
    if not files:
        print(f"{args.folder}: no real files match", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    termbase = load_termbase()
    judged = load_judged(folder) if args.judged else {}
    split = load_split(folder)
    try:
        rows = [audit_file(p, termbase, folder, src) for p, src in files]
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
            acted = sum(judged.get((r["file"], f["unit"]), ("",))[0] == "flag" for f in r["findings"])
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
        flags = {k for k, v in judged.items() if v[0] == "flag"}
        hit = {(r["file"], f["unit"]) for r in rows for f in r["findings"]} & flags
        in_scope = {k for k in flags if any(k[0] == r["file"] for r in rows)}
        not_acted = n - acted_total
        print(f"judged: {acted_total} of {n} findings on units a reviewer would act on; "
              f"{not_acted} not acted on = {per_thousand(not_acted, units)} per 1,000 units; "
              f"'flag' units caught: {len(hit)} of {len(in_scope)}")
        runs = [("after" if args.before else "now", rows)]
        if args.before:
            runs.insert(0, ("before", json.loads(args.before.read_text(encoding="utf-8"))["files"]))
        for label, run_rows in runs:
            figures = half_figures(run_rows, judged, split)
            for name in [h for h in ("tuned", "held-out") if h in figures] + ["all"]:
                print(f"{label:<6} " + half_line(name, figures[name]))
        if args.misses:
            for f, u in sorted(in_scope - hit):
                print(f"  missed flag: {f}  {u[:70]!r}")
            for r in rows:
                for f in r["findings"]:
                    if judged.get((r["file"], f["unit"]), ("",))[0] != "flag":
                        print(f"  not acted on: {r['file']}  {f['unit'][:60]!r}  {f['term']!r} ({f['kind']})")
    print(f"{len(rows)} files, {units} units in {elapsed:.1f} s")
    if args.json:
        args.json.write_text(json.dumps({"files": rows}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
