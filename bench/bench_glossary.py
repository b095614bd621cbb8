"""Glossary compliance on real files with a real glossary, against a plain
string-match check as Xbench ("Key Term Mismatch") and Okapi CheckMate run it.

The glossary: the GNOME Glossary (tests/data/glossaries/gnome/gnome-glossary.tbx,
911 entries, 14 locales) and, for term-forbidden, the Swedish GNOME word list
(sv-ordlista.csv). The files: the real PO/XLIFF files of tests/data/realworld
and tests/data/glossaries/files in the glossary's languages.

With --judged, the files the judged samples name are run (unless --files is
given) and the precision of each sample is printed apart: judged.tsv (Deluge
hu ja pl tr zh_CN, the sample the checks were tuned on), judged-heldout.tsv
(Remmina, judged before any change to the checks), judged-fresh.tsv
(FileZilla, KeePassXC, qBittorrent, NetworkManager-OpenVPN),
judged-round4.tsv (Kimai, OTOBO, pgAdmin), judged-round5.tsv (Transmission,
Dino, Gajim, TigerVNC, FOSSBilling, Passbolt) and judged-round6.tsv
(NetworkManager-OpenVPN, NetworkManager, Tine 2.0, Tryton, Frappe Helpdesk,
pgAdmin), each judged before the round of changes that followed it, and
judged-round7.tsv (Remmina, Deluge, FileZilla, OTOBO, Mumble, sqlitebrowser,
Frappe CRM, KeePassXC in languages not judged before), drawn from the final
code and judged after every change; judged-round8.tsv (HexChat, Geany, qTox)
and judged-round9.tsv (GNOME Disks and System Monitor, the glossary's own
project), split and judged before the seventh round's changes; and
judged-round10.tsv (Xfce's Thunar, Mousepad and Terminal), drawn from that
round's final code and judged once, and judged-round11.tsv (Audacious,
Xournal++, PCManFM-Qt), drawn from its last code; judged-round12.tsv
(Shotwell, Evince, Rhythmbox), split, and judged-round13.tsv (File Roller,
Eye of GNOME, Gnumeric), drawn from the eighth round's first and last code,
and judged-round14.tsv (Pidgin, Claws Mail, system-config-printer), drawn
from its final code;
judged-gnucash.tsv, GnuCash's own glossary on its own files (the termbase a
project keeps: --termbase is taken from the files' folder), split. The held
half of a sample not yet reported is printed only with --held. A judged
finding the current code no longer produces is left out of the precision
(counted apart).

With --agreement, how far two readings of the same findings agree: rounds
10 and 11 judged again, blind, by four other helpers (rejudged-round10-11.tsv).

With --forbidden, term-forbidden runs on real files where forbidden terms
occur: the Swedish GNOME word list (sv), the Mozilla style guides' terms
(it, de, ja: tests/data/glossaries/mozilla) and Onetime Secret's translator
guides' (ru, uk: tests/data/glossaries/onetimesecret), against a string match (the
forbidden term as a whole word, any case, exact form; a substring in
languages without spaces); with --judged, the precision on
judged-forbidden.tsv.

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
(tune: looked at while building the rules; held: never looked at), and of
the held-out sample judged-heldout.tsv, on each half of judged-heldout-split.tsv
(likewise), with how many of the judged right findings are still produced
(recall on them).

    python bench/bench_glossary.py [--langs pl,hu,tr,fi,ja,zh] [--judged [--errors]] [--sample N --out sample.tsv]
    python bench/bench_glossary.py --judged --jobs 2        # precision on every judged sample, per half
    python bench/bench_glossary.py --judged --errors        # ... and the tune halves' errors
    python bench/bench_glossary.py --judged --held          # ... with the held half of a sample not yet reported
    python bench/bench_glossary.py --judged --convention 3  # an entry never used reported once (measured, off)
    python bench/bench_glossary.py --forbidden --judged     # term-forbidden on its files
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from functools import lru_cache
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
HELDOUT = GLOSSARIES / "judged-heldout.tsv"
JUDGED_FI = GLOSSARIES / "judged-fi.tsv"       # Deluge's Finnish, judged before the Finnish module
# the same for judged-heldout.tsv, keyed by (file, id): sha256(file + id) even
# -> tune, odd -> held; written before any change made after it was judged
HELDOUT_SPLIT = GLOSSARIES / "judged-heldout-split.tsv"
# 160 findings on files nobody had looked at (FileZilla, KeePassXC, qBittorrent,
# NetworkManager-OpenVPN; cs de hu ja pl pt uk vi zh), judged before the third
# round of changes; its split keyed like judged-heldout-split.tsv
FRESH = GLOSSARIES / "judged-fresh.tsv"
FRESH_SPLIT = GLOSSARIES / "judged-fresh-split.tsv"
# 160 more on other new files (Kimai cs hu pl uk pt_BR, OTOBO de tr vi zh_CN,
# pgAdmin ja), drawn after the third round and judged before the fourth
ROUND4 = GLOSSARIES / "judged-round4.tsv"
ROUND4_SPLIT = GLOSSARIES / "judged-round4-split.tsv"
# 160 more on files never run before (Transmission cs de hu ja pl pt_BR tr uk vi
# zh_CN, Dino, Gajim, TigerVNC, FOSSBilling, Passbolt), drawn after the fourth
# round (b614476) and judged before the fifth
ROUND5 = GLOSSARIES / "judged-round5.tsv"
ROUND5_SPLIT = GLOSSARIES / "judged-round5-split.tsv"
# 160 more on files never run before (NetworkManager-OpenVPN cs de hu ja pl tr
# uk vi zh_CN, NetworkManager, Tine 2.0, Tryton, Frappe Helpdesk, pgAdmin de
# zh), drawn after the fifth round's first changes (476356a), judged before the sixth
ROUND6 = GLOSSARIES / "judged-round6.tsv"
ROUND6_SPLIT = GLOSSARIES / "judged-round6-split.tsv"
# 160 more, drawn from the final code of the fifth round (3d5916c) on files
# never run before (Remmina cs pt_BR, Deluge cs de pt_BR uk vi, FileZilla de ja
# tr zh_CN, OTOBO cs hu uk, Mumble tr, sqlitebrowser zh, the Swedish Mumble,
# Frappe CRM and KeePassXC) and judged once, after all changes: held whole, no split
ROUND7 = GLOSSARIES / "judged-round7.tsv"
# 176 more, drawn from the final code of the sixth round (8fa4d01) on files
# never run before (HexChat, Geany and qTox in cs de hu ja pl pt_BR sv tr uk vi
# zh_CN zh_TW), judged before the seventh round's changes
ROUND8 = GLOSSARIES / "judged-round8.tsv"
ROUND8_SPLIT = GLOSSARIES / "judged-round8-split.tsv"
# 176 more, drawn from 4bf737d on the GNOME Glossary's own project: GNOME Disks
# and System Monitor in the same locales, judged before the round's sense rules
ROUND9 = GLOSSARIES / "judged-round9.tsv"
ROUND9_SPLIT = GLOSSARIES / "judged-round9-split.tsv"
# 176 more, drawn from the seventh round's final code (881cb04) on files never
# run before (Xfce's Thunar, Mousepad and Terminal) and judged once: held whole
ROUND10 = GLOSSARIES / "judged-round10.tsv"
# 176 more, drawn from the seventh round's last code (2de1a2b) on Audacious,
# Xournal++ and PCManFM-Qt, after round 10 had been read: held whole
ROUND11 = GLOSSARIES / "judged-round11.tsv"
# 176 more, drawn from the eighth round's final code (73f3b50) on Shotwell,
# Evince and Rhythmbox, judged before this round's changes
ROUND12 = GLOSSARIES / "judged-round12.tsv"
ROUND12_SPLIT = GLOSSARIES / "judged-round12-split.tsv"
# 176 more, drawn from that round's last code (1914110) on File Roller, Eye of
# GNOME and Gnumeric, judged once: held whole
ROUND13 = GLOSSARIES / "judged-round13.tsv"
# 176 more, drawn from the round's final code (bd8555d) on Pidgin, Claws Mail and
# system-config-printer, judged once: held whole
ROUND14 = GLOSSARIES / "judged-round14.tsv"
# 128 findings of GnuCash's own translators' glossary on its own UI translations
# (de hu pl pt_BR ru sv vi zh_CN, one commit), drawn from aa09af2 and judged
# before that round's later changes: the natural case, a project's termbase
GNUCASH = GLOSSARIES / "judged-gnucash.tsv"
GNUCASH_SPLIT = GLOSSARIES / "judged-gnucash-split.tsv"
GNUCASH_TERMS = GLOSSARIES / "files" / "ownglossary" / "gnucash" / "glossary.csv"
# every judged term-missing sample, in the order they were drawn, and the halves of those split
SAMPLES = (JUDGED, HELDOUT, JUDGED_FI, FRESH, ROUND4, ROUND5, ROUND6, ROUND7, ROUND8, ROUND9, ROUND10, ROUND11,
           ROUND12, ROUND13, ROUND14, GNUCASH)
SPLITS = {HELDOUT: HELDOUT_SPLIT, FRESH: FRESH_SPLIT, ROUND4: ROUND4_SPLIT, ROUND5: ROUND5_SPLIT,
          ROUND6: ROUND6_SPLIT, ROUND8: ROUND8_SPLIT, ROUND9: ROUND9_SPLIT,
          ROUND12: ROUND12_SPLIT, GNUCASH: GNUCASH_SPLIT}
# samples whose held half was reported in an earlier round: both halves may now be looked at
REPORTED = {JUDGED, HELDOUT, FRESH, ROUND4, ROUND5, ROUND6, ROUND7, ROUND8, ROUND9, ROUND10, ROUND11}
# rounds 10 and 11 read again, blind, by four other helpers: how far two readings agree
REJUDGED = GLOSSARIES / "rejudged-round10-11.tsv"
JUDGED_FORBIDDEN = GLOSSARIES / "judged-forbidden.tsv"
MOZILLA = GLOSSARIES / "mozilla" / "styleguide-terms.csv"
ONETIMESECRET = GLOSSARIES / "onetimesecret" / "guide-terms.csv"
DATA = ROOT / "tests" / "data"
# term-forbidden: (glossary, files where its forbidden terms occur)
FORBIDDEN_SETS = [
    (SV, ["glossaries/files/keepassxc/sv.ts", "glossaries/files/mumble/sv.ts", "glossaries/files/frappe-crm/sv.po",
          "glossaries/files/deluge/sv.po"]),
    (MOZILLA, ["realworld/deluge/it.po", "realworld/transmission/it.po", "realworld/remmina/it.po",
               "realworld/networkmanager-openvpn/it.po", "realworld/kimai/it.xlf", "realworld/tine20/Tinebase/it.po",
               "realworld/tine20/Admin/it.po",
               "realworld2/sqlitebrowser/de.ts", "realworld2/mumble/de.ts", "realworld2/keepassxc/de.ts",
               "realworld2/qbittorrent/de.ts", "realworld2/gajim/de.po", "realworld/deluge/de.po",
               "realworld/otobo/de.po",
               "realworld2/qbittorrent/ja.ts", "realworld2/mumble/ja.ts", "realworld2/keepassxc/ja.ts",
               "realworld2/sqlitebrowser/ja.ts", "realworld/deluge/ja.po", "realworld/remmina/ja.po",
               "realworld/filezilla/ja_JP.po"]),
    (ONETIMESECRET, [f"glossaries/files/onetimesecret/{name}/{lang}.json" for lang in ("ru", "uk")
                     for name in ("00-common", "secret-manage", "secret-homepage")]),
]
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


def read_judged(path: Path) -> dict[tuple[str, str], dict]:
    """Judged findings by (file, id): two files of one name (it.po) may give
    the same sentence the same finding id."""
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as f:
        return {(r["file"], r["id"]): r for r in csv.DictReader(f, delimiter="\t")}


def agreement(first: dict[tuple[str, str], dict], second: dict[tuple[str, str], dict]) -> None:
    """How often two readings of the same findings agree, and Cohen's kappa
    (agreement beyond what two readers with these right/wrong rates would reach by chance)."""
    keys = [k for k in second if k in first]
    pairs = Counter((first[k]["judgement"], second[k]["judgement"]) for k in keys)
    n = len(keys)
    agree = (pairs["right", "right"] + pairs["wrong", "wrong"]) / n
    right1 = (pairs["right", "right"] + pairs["right", "wrong"]) / n
    right2 = (pairs["right", "right"] + pairs["wrong", "right"]) / n
    chance = right1 * right2 + (1 - right1) * (1 - right2)
    print(f"two readings of {n} findings: agree on {agree:.3f}, Cohen's kappa {(agree - chance) / (1 - chance):.2f}; "
          f"right in the first {right1:.3f}, in the second {right2:.3f}; "
          + ", ".join(f"{a}->{b} {c}" for (a, b), c in sorted(pairs.items())))


def precision(label: str, judged: dict[tuple[str, str], dict], produced: set[tuple[str, str]], ran: set[Path]) -> None:
    """The precision of the judged findings the current code still produces, per
    language and file, over the judged findings of the files in `ran`."""
    judged = {k: r for k, r in judged.items() if DATA / k[0] in ran}      # the files run this time
    if not judged:
        print(f"{label}: none of its files was run")
        return
    seen = [judged[i] for i in judged if i in produced]
    ok = sum(1 for r in seen if r["judgement"] == "right")
    by_lang: dict[str, list[int]] = {}
    by_file: dict[str, list[int]] = {}
    for r in seen:
        for key, table in ((r["lang"], by_lang), (r["file"], by_file)):
            table.setdefault(key, [0, 0])
            table[key][0] += r["judgement"] == "right"
            table[key][1] += 1
    right = sum(1 for r in judged.values() if r["judgement"] == "right")
    print(f"{label}: precision {ok}/{len(seen)} = {ok / max(1, len(seen)):.3f} on the judged findings still "
          f"produced ({len(judged) - len(seen)} of {len(judged)} judged no longer produced; "
          f"right ones still produced {ok}/{right})")
    print("  per language: " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(by_lang.items())))
    print("  per file: " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(by_file.items())))


def read_halves() -> dict[Path, dict[tuple[str, str], str]]:
    """sample -> (file, id) -> "tune" or "held". judged-split.tsv names ids only
    (its sample is one project's files, whose ids do not repeat)."""
    halves: dict[Path, dict[tuple[str, str], str]] = {JUDGED: {}, **{sample: {} for sample in SPLITS}}
    if SPLIT.is_file():
        with open(SPLIT, encoding="utf-8") as f:
            by_id = {r["id"]: r["half"] for r in csv.DictReader(f, delimiter="\t")}
        halves[JUDGED] = {k: by_id[k[1]] for k in read_judged(JUDGED) if k[1] in by_id}
    for sample, split in SPLITS.items():
        if split.is_file():
            with open(split, encoding="utf-8") as f:
                halves[sample] = {(r["file"], r["id"]): r["half"] for r in csv.DictReader(f, delimiter="\t")}
    return halves


def forbidden_string_match(path: Path, tb) -> tuple[int, set[str]]:
    """(translated units, units where a forbidden term occurs as a string): the
    term as a whole word in any case, exact form; a substring where the script
    has no spaces."""
    import re

    from audit.checks.direct import version_locale
    from audit.text.termfind import spaceless
    versions = read_file(path, language_from_name(path), None)
    target = next(v for v in versions if not v.is_source)
    locale = version_locale(target, tb.locales)
    terms = [t.text.casefold() for e in tb.glossary for t in e.forbidden(locale)]
    no_spaces = spaceless(target.lang)
    flagged = set()
    for seg in target.segments:
        low = seg.text.casefold()
        for t in terms:
            if (t in low) if no_spaces else re.search(rf"(?<!\w){re.escape(t)}(?!\w)", low):
                flagged.add(seg.id)
    return sum(1 for s in target.segments if s.text.strip()), flagged


def run_forbidden(judged: dict[tuple[str, str], dict], sample: int, out: Path | None) -> None:
    print(f"\nterm-forbidden\n{'file':48} {'glossary':22} {'units':>6} {'tool':>5} {'string':>6} {'both':>5}")
    produced: set[tuple[str, str]] = set()
    per_lang: dict[str, list] = {}
    for glossary, files in FORBIDDEN_SETS:
        tb = load_termbase(glossary)
        for name in files:
            path = DATA / name
            result = check_files(path, termbase=tb)
            found = [f for v in result.versions for f in v.findings if f.kind == "term-forbidden"]
            target = next(v for v in result.versions if not v.version.is_source)
            for f in found:
                produced.add((name, f.id))
                per_lang.setdefault(target.version.lang, []).append((name, glossary, f))
            units, flagged = forbidden_string_match(path, tb)
            mine = {f.unit for f in found}
            print(f"{name:48} {glossary.name:22} {units:6} {len(mine):5} {len(flagged):6} {len(mine & flagged):5}",
                  flush=True)
    if judged:
        precision("judged term-forbidden (tests/data/glossaries/judged-forbidden.tsv)", judged, produced,
                  {DATA / name for _, files in FORBIDDEN_SETS for name in files})
    if sample and out:
        rng = random.Random(24)
        with open(out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["id", "lang", "file", "glossary", "unit", "forbidden", "found", "target", "judgement", "why"])
            for lang, rows in sorted(per_lang.items()):
                for name, glossary, x in sorted(rng.sample(rows, min(sample, len(rows))), key=lambda r: r[0]):
                    w.writerow([x.id, lang, name, glossary.name, " ".join((x.unit or "").split())[:300],
                                x.evidence[0].term, x.term, " ".join(x.sentence.split()), "", ""])


def run_file(path: Path, tb_path: Path, compare: bool = True) -> tuple[str, list, dict]:
    """One file's term-missing findings and its row of the table (in a worker
    process with --jobs); without `compare`, no string match (its columns 0)."""
    tb = _termbase(tb_path)
    from audit.checks.direct import version_locale
    result = check_files(path, termbase=tb)
    target = next(v for v in result.versions if not v.version.is_source)
    missing = [f for f in target.findings if f.kind == "term-missing"]
    lang = target.version.lang
    mine = {f.unit for f in missing}
    if not compare:
        return lang, missing, dict(units=0, tool=len(mine), string=0, both=0, sonly=0, alarms=0, tonly=0)
    units, flagged, why = string_match(path, tb, lambda v: version_locale(v, tb.locales))
    sonly = flagged - mine
    # a string-match flag on a unit where the tool finds an approved term of that entry
    alarms = sum(1 for u in sonly if any(find(text, approved, lang, lenient=True) for _, approved, text in why[u]))
    return lang, missing, dict(units=units, tool=len(mine), string=len(flagged), both=len(mine & flagged),
                               sonly=len(sonly), alarms=alarms, tonly=len(mine - flagged))


@lru_cache(maxsize=2)
def _termbase(path: Path):
    return load_termbase(path)


def termbase_for(path: Path, default: Path) -> Path:
    """A project's own termbase for its files (GnuCash's), else `default`."""
    return GNUCASH_TERMS if GNUCASH_TERMS.parent in path.parents else default


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="pl,hu,tr,fi,ja,zh")
    ap.add_argument("--projects", default="deluge,transmission", help="folders of the real files (comma-separated)")
    ap.add_argument("--files", default="", help="these files (comma-separated paths) instead of --projects/--langs")
    ap.add_argument("--judged", action="store_true", help="precision on the judged samples (runs the files they name)")
    ap.add_argument("--forbidden", action="store_true", help="term-forbidden on its real files (and nothing else)")
    ap.add_argument("--sample", type=int, default=0, help="write N random findings per language to --out")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--errors", action="store_true",
                    help="with --judged: list the TUNE halves' wrong findings still produced and right ones lost "
                         "(and the held halves of samples reported in an earlier round; a fresh held half never)")
    ap.add_argument("--no-compare", action="store_true",
                    help="skip the string-match comparison (much faster: for drawing a sample)")
    ap.add_argument("--jobs", type=int, default=1, help="files checked at once, in worker processes")
    ap.add_argument("--agreement", action="store_true",
                    help="agreement of two blind readings of rounds 10 and 11 (and nothing else)")
    ap.add_argument("--termbase", type=Path, default=TBX,
                    help="the termbase --files are checked with (default: the GNOME Glossary)")
    ap.add_argument("--held", action="store_true",
                    help="with --judged: also the held half of a sample not yet reported (measure it once a round "
                         "is done)")
    ap.add_argument("--convention", type=int, default=None,
                    help="report an entry the translation never uses once when it has this many units or more "
                         "(term_missing.CONVENTION_UNITS; 0 = every unit)")
    args = ap.parse_args()
    if args.convention is not None:
        import audit.checks.term_missing as term_missing
        term_missing.CONVENTION_UNITS = args.convention
    t0 = time.monotonic()
    if args.agreement:
        agreement({**read_judged(ROUND10), **read_judged(ROUND11)}, read_judged(REJUDGED))
        return
    if args.forbidden:
        run_forbidden(read_judged(JUDGED_FORBIDDEN) if args.judged else {}, args.sample, args.out)
        print(f"{time.monotonic() - t0:.1f} s")
        return
    langs = set(args.langs.split(","))
    samples = {path: read_judged(path) for path in SAMPLES} if args.judged else {}
    if args.files:
        paths = [Path(f).resolve() for f in args.files.split(",")]
    elif samples:
        # the files the judged samples name, in their order
        paths = list(dict.fromkeys(DATA / r["file"] for rows in samples.values() for r in rows.values()))
    else:
        paths = files_for(langs, set(args.projects.split(",")))
    totals = dict(units=0, tool=0, string=0, both=0, sonly=0, alarms=0, tonly=0)
    per_lang: dict[str, list] = {}
    produced: set[tuple[str, str]] = set()
    print(f"{'file':48} {'units':>6} {'tool':>5} {'string':>6} {'both':>5} {'s-only':>6} {'alarms':>6} {'t-only':>6}")
    with ProcessPoolExecutor(args.jobs) if args.jobs > 1 else nullcontext() as pool:
        runs = (pool.map if pool else map)(run_file, paths, [termbase_for(p, args.termbase) for p in paths],
                                           [not args.no_compare] * len(paths))
        for path, (lang, missing, row) in zip(paths, runs):
            per_lang.setdefault(lang, []).extend(missing)
            for k, v in row.items():
                totals[k] += v
            name = str(path.relative_to(DATA))
            produced.update((name, f.id) for f in missing)
            print(f"{name:48} {row['units']:6} {row['tool']:5} {row['string']:6} {row['both']:5} {row['sonly']:6} "
                  f"{row['alarms']:6} {row['tonly']:6}", flush=True)
    print(f"{'TOTAL':48} {totals['units']:6} {totals['tool']:5} {totals['string']:6} {totals['both']:5} "
          f"{totals['sonly']:6} {totals['alarms']:6} {totals['tonly']:6}")
    print("term-missing findings per language: "
          + ", ".join(f"{lang} {len(fs)}" for lang, fs in sorted(per_lang.items())))
    halves = read_halves()
    for path, judged in samples.items():
        if not judged:
            continue
        label = f"judged term-missing ({path.relative_to(ROOT)})"
        if path in SPLITS and path not in REPORTED and not args.held:
            # its held half is measured once, when the round's changes are done
            precision(f"{label}, tune half", {k: r for k, r in judged.items() if halves[path].get(k) == "tune"},
                      produced, set(paths))
            continue
        for half in ("tune", "held") if path in halves else ():
            precision(f"{label}, {half} half", {k: r for k, r in judged.items() if halves[path].get(k) == half},
                      produced, set(paths))
        precision(label, judged, produced, set(paths))
    if args.errors:       # the tune halves, and samples already reported: a held half is never looked at
        for path, judged in samples.items():
            for k, r in judged.items():
                if (path in REPORTED or halves.get(path, {}).get(k) == "tune") and DATA / k[0] in set(paths) \
                        and (k in produced) != (r["judgement"] == "right"):
                    state = "still flagged" if k in produced else "no longer flagged"
                    print(f"  {halves.get(path, {}).get(k, '')} ({path.name}) {r['judgement']} {state}: {r['lang']} {k[1]} {r['source_term']!r} -> "
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
