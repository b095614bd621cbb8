"""Glossary compliance on real files with a real glossary, against a plain
string-match check as Xbench ("Key Term Mismatch") and Okapi CheckMate run it.

The glossary: the GNOME Glossary (tests/data/glossaries/gnome/gnome-glossary.tbx,
911 entries, 14 locales) and, for term-forbidden, the Swedish GNOME word list
(sv-ordlista.csv). The files: the real PO/XLIFF files of tests/data/realworld
and tests/data/glossaries/files in the glossary's languages.

For each file it prints:
  units     translated units
  tool      units with a term-missing finding of `audit check` (inflection-aware)
  string    units a string-match check flags: the source holds the glossary
            term as a whole word (any case, exact form), the target holds
            none of its approved terms as a substring (any case)
  both      units both flag
  s-only    units only the string match flags; `alarms` of them hold an
            approved term in a form the tool recognises (inflected, derived,
            a compound): false alarms of string matching
  t-only    units only the tool flags (the source has an inflected form:
            "files", "Downloading", which exact matching misses)
and, with --judged, the precision of the findings judged in
tests/data/glossaries/judged.tsv (by id), on each half of judged-split.tsv
(tune: looked at while building the rules; held: never looked at), and how
many of the judged right findings are still produced (recall on them).

    python bench/bench_glossary.py [--langs pl,hu,tr,fi,ja,zh] [--judged [--errors]] [--sample N --out sample.tsv]
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.files.readers import read_file  # noqa: E402
from audit.files.sets import language_from_name  # noqa: E402
from audit.run.api import check_files  # noqa: E402
from audit.terms.termbase import load_termbase  # noqa: E402
from audit.text.termfind import find  # noqa: E402

GLOSSARIES = ROOT / "tests" / "data" / "glossaries"
TBX = GLOSSARIES / "gnome" / "gnome-glossary.tbx"
SV = GLOSSARIES / "gnome" / "sv-ordlista.csv"
JUDGED = GLOSSARIES / "judged.tsv"
# which half of judged.tsv a finding id is in: "tune" (errors looked at while
# building the rules) or "held" (never looked at); written once, before any
# change, as sha256(id) even -> tune, odd -> held
SPLIT = GLOSSARIES / "judged-split.tsv"
FOLDERS = [ROOT / "tests" / "data" / "realworld", GLOSSARIES / "files"]


def files_for(langs: set[str], projects: set[str]) -> list[Path]:
    out = []
    for folder in FOLDERS:
        for p in sorted(folder.rglob("*")):
            if p.parent.name in projects and p.suffix in (".po", ".xlf") \
                    and (language_from_name(p) or "").split("-")[0] in langs:
                out.append(p)
    return out


def string_match(path: Path, tb, locale_of) -> tuple[int, set[str], dict[str, list]]:
    """(translated units, ids the string match flags, id -> [(entry, approved terms)])"""
    versions = read_file(path, language_from_name(path), None)
    source = next(v for v in versions if v.is_source)
    target = next(v for v in versions if not v.is_source)
    locale = locale_of(target)
    by_id = {s.id: s.text for s in source.segments}
    entries = [(e, [t.text for t in e.approved("en")], [t.text for t in e.approved(locale)])
               for e in tb.glossary if not e.forbidden_only]
    entries = [(e, src, tgt) for e, src, tgt in entries if src and tgt]
    flagged: set[str] = set()
    why: dict[str, list] = {}
    import re
    for seg in target.segments:
        src = by_id.get(seg.id)
        if not src or not seg.text.strip():
            continue
        low_src, low_tgt = src.casefold(), seg.text.casefold()
        for e, sources, approved in entries:
            if any(re.search(rf"(?<!\w){re.escape(s.casefold())}(?!\w)", low_src) for s in sources) \
                    and not any(a.casefold() in low_tgt for a in approved):
                flagged.add(seg.id)
                why.setdefault(seg.id, []).append((e, approved, seg.text))
    return len(target.segments), flagged, why


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="pl,hu,tr,fi,ja,zh")
    ap.add_argument("--projects", default="deluge,transmission", help="folders of the real files (comma-separated)")
    ap.add_argument("--judged", action="store_true")
    ap.add_argument("--sample", type=int, default=0, help="write N random term-missing findings per language to --out")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--errors", action="store_true",
                    help="with --judged: list the TUNE half's wrong findings still produced and right ones lost")
    args = ap.parse_args()
    langs = set(args.langs.split(","))
    t0 = time.monotonic()
    tb = load_termbase(TBX)
    from audit.checks.direct import version_locale
    judged = {}
    if args.judged and JUDGED.is_file():
        with open(JUDGED, encoding="utf-8") as f:
            judged = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    totals = dict(units=0, tool=0, string=0, both=0, sonly=0, alarms=0, tonly=0)
    per_lang: dict[str, list] = {}
    print(f"{'file':48} {'units':>6} {'tool':>5} {'string':>6} {'both':>5} {'s-only':>6} {'alarms':>6} {'t-only':>6}")
    for path in files_for(langs, set(args.projects.split(","))):
        result = check_files(path, termbase=tb)
        target = next(v for v in result.versions if not v.version.is_source)
        missing = [f for f in target.findings if f.kind == "term-missing"]
        lang = target.version.lang
        per_lang.setdefault(lang, []).extend(missing)
        units, flagged, why = string_match(path, tb, lambda v: version_locale(v, tb.locales))
        mine = {f.unit for f in missing}
        both = mine & flagged
        sonly = flagged - mine
        # a string-match flag on a unit where the tool finds an approved term of that entry
        alarms = sum(1 for u in sonly if any(find(text, approved, lang, lenient=True) for _, approved, text in why[u]))
        row = dict(units=units, tool=len(mine), string=len(flagged), both=len(both), sonly=len(sonly),
                   alarms=alarms, tonly=len(mine - flagged))
        for k, v in row.items():
            totals[k] += v
        name = str(path.relative_to(ROOT / "tests" / "data"))
        print(f"{name:48} {units:6} {row['tool']:5} {row['string']:6} {row['both']:5} {row['sonly']:6} "
              f"{row['alarms']:6} {row['tonly']:6}", flush=True)
    print(f"{'TOTAL':48} {totals['units']:6} {totals['tool']:5} {totals['string']:6} {totals['both']:5} "
          f"{totals['sonly']:6} {totals['alarms']:6} {totals['tonly']:6}")
    # term-forbidden: the Swedish word list on the Swedish file, and its forbidden terms anywhere
    sv = load_termbase(SV)
    forbidden = 0
    for path in files_for({"sv"}, set(args.projects.split(","))):
        r = check_files(path, termbase=sv)
        forbidden += sum(1 for f in r.findings if f.kind == "term-forbidden")
    print(f"term-forbidden (sv-ordlista.csv on the Swedish files): {forbidden}")
    print("term-missing findings per language: "
          + ", ".join(f"{lang} {len(fs)}" for lang, fs in sorted(per_lang.items())))
    if judged:
        produced = {f.id: f for fs in per_lang.values() for f in fs}
        halves = {}
        if SPLIT.is_file():
            with open(SPLIT, encoding="utf-8") as f:
                halves = {r["id"]: r["half"] for r in csv.DictReader(f, delimiter="\t")}
        for name in ("tune", "held", "all"):
            rows = [r for i, r in judged.items() if name == "all" or halves.get(i) == name]
            seen = [r for r in rows if r["id"] in produced]
            ok = sum(1 for r in seen if r["judgement"] == "right")
            right = sum(1 for r in rows if r["judgement"] == "right")
            wrong = sum(1 for r in rows if r["judgement"] == "wrong")
            by = {}
            for r in seen:
                by.setdefault(r["lang"], [0, 0])
                by[r["lang"]][0] += r["judgement"] == "right"
                by[r["lang"]][1] += 1
            print(f"judged term-missing, {name} ({len(rows)} judged: {right} right, {wrong} wrong): "
                  + ", ".join(f"{lang} {a}/{n}" for lang, (a, n) in sorted(by.items()))
                  + f"; precision {ok}/{len(seen)} = {ok / max(1, len(seen)):.3f}"
                  + f"; right ones still flagged {ok}/{right} = {ok / max(1, right):.3f}"
                  + f"; wrong ones still flagged {len(seen) - ok}/{wrong}")
        if args.errors:         # the tune half only: the held half is never looked at
            for i, r in judged.items():
                if halves.get(i) == "tune" and (i in produced) != (r["judgement"] == "right"):
                    state = "still flagged" if i in produced else "no longer flagged"
                    print(f"  tune {r['judgement']} {state}: {r['lang']} {i} {r['source_term']!r} -> "
                          f"{r['approved']!r} | {' '.join(r['unit'].split())[:90]} | {r['target'][:60]}")
    if args.sample and args.out:
        rng = random.Random(24)
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["id", "lang", "file", "unit", "source", "source_term", "approved", "target", "judgement", "why"])
            for lang, fs in sorted(per_lang.items()):
                for x in rng.sample(fs, min(args.sample, len(fs))):
                    e = x.evidence[0]
                    approved = x.note.split("term is ")[-1].split(" (entry")[0].strip("'")
                    w.writerow([x.id, lang, x.file.split("tests/data/")[-1], x.unit, " ".join(e.text.split()),
                                e.term, approved, " ".join(x.sentence.split()), "", ""])
    print(f"{time.monotonic() - t0:.1f} s")


if __name__ == "__main__":
    main()
