#!/usr/bin/env python3
"""Precision and recall of the audit pipeline against the hand-made gold
annotation in tests/data/gold/.

Each gold file is named ``<set>__<file stem>.tsv``; ``<set>`` is a folder under
the corpus (``root`` for files lying directly in it). Its rows are term
occurrences with file offsets (``start``, ``end``), the concept the English
original meant (``intended``) and whether a reviewer should flag the term
(``wrong``). A predicted finding is a true positive when its [start, end)
overlaps a gold row with wrong=yes; recall counts the gold wrong=yes rows that
at least one finding overlaps.

Usage (from the repository root):
    python bench/evaluate.py                      # runs audit.run.api.audit_corpus
    python bench/evaluate.py --findings out.json  # scores a saved list of findings
    python bench/evaluate.py --misses             # also list gold positives not found
    python bench/evaluate.py --alone              # each seed file checked alone: text-alone side accuracy
    python bench/evaluate.py --cases FILE         # score a generalisation case set (JSON Lines)
    python bench/evaluate.py --parallel FILE      # score a cross-version set (English source + MT)

A case file holds one case per line: {"id", "lang", "pattern", "collapsed",
"text", "wrong": [{"start", "end", "concept"}], ...}. Each case is audited
alone. Recall = collapsed cases with at least one correct finding; a finding
is correct when it overlaps a `wrong` span (any term occurrence of the case
where `wrong` is empty: undecidable by meaning). Precision = correct findings /
all findings. Side accuracy = decidable collapsed cases whose findings are all
on a wrong span, among those with any finding.

A cross-version file (--parallel) holds {"id", "lang", "source", "text",
"collapsed", "wrong", "domain"}: `source` is written to en.txt and `text` to
<lang>.txt in a fresh folder, and the pair is audited with audit.check_files
(source en.txt); the findings on <lang>.txt are scored as above (by language
and domain), and concept accuracy = correct findings whose concept equals the
concept of the `wrong` span they overlap.

An article set (tests/data/articles4) adds to each case `collapses` (each
with `context` symmetric | asymmetric | undecidable, `pattern` and every
`occurrences` span of the word it merged) and gives each `wrong` span its
`collapse` and `accept`, the replacements a reviewer accepts there. --cases
then scores per collapse: precision = findings on an occurrence of a collapse
/ all findings; recall = collapses with a finding on one of their occurrences;
**acceptable as it stands** = among the findings on a collapse, those whose
fix (the text with `replacement` put in place of [start, end)) equals an
accepted fix of a `wrong` span, or, in a symmetric or undecidable collapse,
that offer both readings: a finding may carry `readings`, the alternative fixes
it offers (each a (start, end, replacement) tuple, or a dict or object with
those keys), and counts when they touch two occurrences of the collapse and
one of them is an accepted fix. Two findings that give every occurrence of a
collapse the same concept merge it again: only the first of them counts.

A findings JSON is a list of Finding.to_dict() objects (or {"findings": [...]})
whose "file" names the file (a path, or a path relative to the corpus).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["start", "end", "surface", "intended", "wrong"]


@dataclass
class GoldRow:
    start: int
    end: int
    surface: str
    intended: str
    wrong: bool


@dataclass
class GoldFile:
    tsv: Path
    text_path: Path
    rows: list[GoldRow]
    text: str = ""

    @property
    def positives(self) -> list[GoldRow]:
        return [r for r in self.rows if r.wrong]


@dataclass
class Pred:
    start: int
    end: int
    sentence: str = ""
    kind: str = ""
    concept: str = ""
    replacement: str | None = None


@dataclass
class Score:
    name: str
    gold: int = 0
    pred: int = 0
    tp: int = 0          # predictions overlapping a gold positive
    hit: int = 0         # gold positives overlapped by a prediction
    fps: list = field(default_factory=list)
    misses: list = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.hit / self.gold if self.gold else None


def load_gold(gold_dir: Path, corpus: Path) -> list[GoldFile]:
    out = []
    for tsv in sorted(gold_dir.glob("*.tsv")):
        if "__" not in tsv.stem:
            continue
        set_name, stem = tsv.stem.split("__", 1)
        folder = corpus if set_name == "root" else corpus / set_name
        cands = sorted(p for p in folder.glob(stem + ".*") if p.is_file() and p.stem == stem)   # not vi.ref.txt
        if not cands:
            sys.exit(f"{tsv.name}: no file {stem}.* in {folder}")
        text_path = cands[0]
        text = text_path.read_text(encoding="utf-8")
        with tsv.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t")
            if reader.fieldnames != HEADER:
                sys.exit(f"{tsv}: header {reader.fieldnames} != {HEADER}")
            rows = []
            for r in reader:
                row = GoldRow(int(r["start"]), int(r["end"]), r["surface"],
                              r["intended"], r["wrong"].strip().lower() == "yes")
                if text[row.start:row.end] != row.surface:
                    sys.exit(f"{tsv}: offsets {row.start}-{row.end} give "
                             f"{text[row.start:row.end]!r}, not {row.surface!r}")
                rows.append(row)
        out.append(GoldFile(tsv, text_path, rows, text))
    return out


def _key(p: Path) -> str:
    return str(p.resolve())


def predictions_from_pipeline(corpus: Path) -> dict[str, list[Pred]]:
    try:
        from audit.run.api import audit_corpus  # imported lazily: may land later
    except ImportError as e:
        sys.exit(f"cannot import audit.run.pipeline.audit_corpus ({e}); "
                 "use --findings FILE to score saved findings")
    results = audit_corpus(corpus, termbase=None)
    preds: dict[str, list[Pred]] = {}
    for sr in results:
        for vr in sr.versions:
            if vr.version.fmt not in ("text", "", None):
                continue     # bilingual units: offsets are inside units, not the file
            lst = preds.setdefault(_key(Path(vr.version.path)), [])
            for f in vr.findings:
                lst.append(Pred(f.start, f.end, f.sentence, f.kind, f.concept,
                                f.replacement))
    return preds


def predictions_from_json(path: Path, corpus: Path,
                          gold: list[GoldFile]) -> dict[str, list[Pred]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("findings", [])
    known = {_key(g.text_path): g.text_path for g in gold}
    preds: dict[str, list[Pred]] = {}
    for d in data:
        name = str(d.get("file", ""))
        key = None
        for cand in (Path(name), corpus / name, ROOT / name):
            if cand.is_file():
                key = _key(cand)
                break
        if key is None:          # a bare label: match on the path's tail
            tails = [k for k, p in known.items()
                     if str(p).endswith(name) or p.name == name]
            key = tails[0] if len(tails) == 1 else name
        preds.setdefault(key, []).append(
            Pred(int(d["start"]), int(d["end"]), d.get("sentence", ""),
                 d.get("kind", ""), d.get("concept", ""), d.get("replacement")))
    return preds


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def sentence_around(text: str, start: int, end: int) -> str:
    seps = ".?!\n"
    a = max(text.rfind(c, 0, start) for c in seps) + 1
    ends = [i for i in (text.find(c, end) for c in seps) if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return text[a:b].strip()


def score(g: GoldFile, preds: list[Pred], name: str) -> Score:
    s = Score(name, gold=len(g.positives), pred=len(preds))
    for p in preds:
        if any(overlaps(p.start, p.end, r.start, r.end) for r in g.positives):
            s.tp += 1
        else:
            neg = [r for r in g.rows if overlaps(p.start, p.end, r.start, r.end)]
            why = (f"gold says correct ({neg[0].intended})" if neg
                   else "no gold occurrence here")
            s.fps.append((p, why))
    for r in g.positives:
        if any(overlaps(p.start, p.end, r.start, r.end) for p in preds):
            s.hit += 1
        else:
            s.misses.append(r)
    return s


def fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def _audit_text(name: str, lang: str, text: str, termbase, embedder):
    from audit.model import Version
    from audit.run.pipeline import audit_versions
    from audit.files.readers.text import paragraphs
    version = Version(Path(name), lang, paragraphs(text))
    return audit_versions(name, [version], termbase, embedder).versions[0]


def load_cases(path: Path) -> list[dict]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as e:
            sys.exit(f"{path}:{n}: not JSON ({e})")
        for w in case.get("wrong", []):
            if not 0 <= w["start"] < w["end"] <= len(case["text"]):
                sys.exit(f"{path}:{n}: span {w['start']}-{w['end']} outside the text")
        cases.append(case)
    return cases


def score_cases(cases: list[dict], verbose: bool = False) -> dict:
    """Audit each case alone and score it (see the module docstring)."""
    from audit.align import Embedder
    from audit.terms.termbase import load_termbase
    termbase, embedder = load_termbase(), Embedder()
    rows = []
    for case in cases:
        vr = _audit_text(f"{case['id']}.txt", case["lang"], case["text"], termbase, embedder)
        offsets = [((vr.version.segments[o.segment].offset or 0) + o.start,
                    (vr.version.segments[o.segment].offset or 0) + o.end) for o in vr.occurrences]
        wrong = [(w["start"], w["end"]) for w in case.get("wrong", [])]
        targets = wrong if wrong else offsets
        good = [f for f in vr.findings if case["collapsed"]
                and any(overlaps(f.start, f.end, a, b) for a, b in targets)]
        rows.append({"case": case, "findings": vr.findings, "good": len(good),
                     "decidable": bool(case["collapsed"] and wrong)})
    return summarise(rows, verbose)


def score_parallel(cases: list[dict], verbose: bool = False) -> dict:
    """Audit each case's MT against its English source with audit.check_files
    (one termbase, one process) and score the findings on the MT file."""
    import tempfile
    import audit
    termbase = audit.load_termbase()
    rows = []
    for case in cases:
        with tempfile.TemporaryDirectory(prefix="parallel-") as tmp:
            folder = Path(tmp)
            src, target = folder / "en.txt", folder / f"{case['lang']}.txt"
            src.write_bytes(case["source"].encode("utf-8"))
            target.write_bytes(case["text"].encode("utf-8"))
            result = audit.check_files(target, with_=[src], source=src, termbase=termbase)
            if [v.version.path for v in result.versions].count(target) != 1:
                sys.exit(f"{case['id']}: no single version of {target} in the result")
            found = [f for v in result.versions if v.version.path == target for f in v.findings]
        for f in found:          # file offsets are offsets into `text`: the file is `text`, byte for byte
            if case["text"][f.start:f.end] != f.term:
                sys.exit(f"{case['id']}: finding {f.start}-{f.end} is {case['text'][f.start:f.end]!r} "
                         f"in the text, not {f.term!r}")
        wrong = case.get("wrong", [])
        good = concept_ok = 0
        for f in found:
            spans = [w for w in wrong if overlaps(f.start, f.end, w["start"], w["end"])]
            if case["collapsed"] and spans:
                good += 1
                concept_ok += any(w["concept"] == f.concept for w in spans)
        rows.append({"case": case, "findings": found, "good": good, "concept_ok": concept_ok,
                     "decidable": bool(case["collapsed"] and wrong)})
    return summarise(rows, verbose, keys=("lang", "domain"))


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "   -  "


def summarise(rows: list[dict], verbose: bool, keys: tuple[str, ...] = ("lang", "pattern")) -> dict:
    concepts = any("concept_ok" in r for r in rows)

    def figures(sel):
        collapsed = [r for r in sel if r["case"]["collapsed"]]
        found = sum(1 for r in collapsed if r["good"])
        pred = sum(len(r["findings"]) for r in sel)
        good = sum(r["good"] for r in sel)
        decided = [r for r in sel if r["decidable"] and r["findings"]]
        right = sum(1 for r in decided if r["good"] == len(r["findings"]))
        return {"cases": len(sel), "collapsed": len(collapsed), "found": found, "pred": pred,
                "good": good, "decided": len(decided), "right_side": right,
                "concept_ok": sum(r.get("concept_ok", 0) for r in sel)}

    total = figures(rows)
    print(f"cases {total['cases']} (collapsed {total['collapsed']}, legitimate {total['cases'] - total['collapsed']})")
    print(f"precision {_ratio(total['good'], total['pred'])}  recall {_ratio(total['found'], total['collapsed'])}  "
          f"side accuracy {_ratio(total['right_side'], total['decided'])}"
          + (f"  concept accuracy {_ratio(total['concept_ok'], total['good'])}" if concepts else ""))
    for key in keys:
        print(f"\nby {key}:")
        for value in sorted({r["case"][key] for r in rows}):
            f = figures([r for r in rows if r["case"][key] == value])
            print(f"  {value:<20} n={f['cases']:3d}  precision {_ratio(f['good'], f['pred']):<16} "
                  f"recall {_ratio(f['found'], f['collapsed']):<16} side {_ratio(f['right_side'], f['decided'])}"
                  + (f"  concept {_ratio(f['concept_ok'], f['good'])}" if concepts else ""))
    bad = [r for r in rows if (r["case"]["collapsed"] and not r["good"]) or r["good"] < len(r["findings"])]
    if verbose and bad:
        print("\nmisses and false positives:")
        for r in bad:
            c = r["case"]
            got = ", ".join(f"{f.start}-{f.end} {f.term!r}->{f.concept} [{f.evidence[0].rule}]" for f in r["findings"])
            want = ", ".join(f"{w['start']}-{w['end']}->{w['concept']}" for w in c.get("wrong", []))
            print(f"  {c['id']} ({c[keys[-1]]}, collapsed={c['collapsed']}) want [{want}] got [{got}]")
            if "source" in c:
                print(f"      en: {c['source']!r}")
            print(f"      {c['text']!r}")
    return total


# ---- article sets: collapses, and fixes a reviewer accepts as they stand ----------------------

def _fix_region(text: str, a: int, b: int, start: int, end: int, replacement: str) -> str:
    """text[a:b] with [start, end) replaced, compared without case (a title's capital)."""
    import unicodedata
    return unicodedata.normalize("NFC", text[a:start] + replacement + text[end:b]).casefold()


def accepted_edit(text: str, start: int, end: int, replacement: str | None, span: dict) -> bool:
    """Does putting `replacement` in place of text[start:end] give one of the
    fixes `span` accepts? Compared over both spans together, so a finding may
    cover more or less than the annotated word (a particle, a whole phrase)."""
    if replacement is None or not (start < span["end"] and span["start"] < end):
        return False
    a, b = min(start, span["start"]), max(end, span["end"])
    got = _fix_region(text, a, b, start, end, replacement)
    return any(got == _fix_region(text, a, b, span["start"], span["end"], form) for form in span["accept"])


def _readings(f) -> list[tuple[int, int, str | None]]:
    out = []
    for r in getattr(f, "readings", None) or []:
        if isinstance(r, (tuple, list)):
            out.append((int(r[0]), int(r[1]), r[2]))
        elif isinstance(r, dict):
            out.append((int(r["start"]), int(r["end"]), r.get("replacement")))
        else:
            out.append((int(r.start), int(r.end), getattr(r, "replacement", None)))
    return out


def offers_both(text: str, f, collapse: dict, spans: list[dict]) -> bool:
    """A finding that gives both readings of an undecidable pair: its readings
    touch two occurrences and one of them is an accepted fix."""
    readings = _readings(f)
    touched = {i for s, e, _ in readings for i, o in enumerate(collapse["occurrences"])
               if s < o["end"] and o["start"] < e}
    return len(touched) >= 2 and any(accepted_edit(text, s, e, r, w) for s, e, r in readings for w in spans)


def judge_article(case: dict, findings: list) -> dict:
    """Each finding's verdict (on which collapse, acceptable or why not) and which collapses were found."""
    text, cols = case["text"], case.get("collapses", [])
    verdicts = []
    for f in findings:
        on = [n for n, c in enumerate(cols)
              if any(overlaps(f.start, f.end, o["start"], o["end"]) for o in c["occurrences"])]
        if not on:
            verdicts.append({"f": f, "collapse": None, "ok": False,
                             "why": "on a true negative" if not cols else "outside every collapse"})
            continue
        n = on[0]
        spans = [w for w in case["wrong"] if w.get("collapse") == n]
        ok = any(accepted_edit(text, f.start, f.end, f.replacement, w) for w in spans)
        why = ""
        if not ok and cols[n]["context"] != "asymmetric" and offers_both(text, f, cols[n], spans):
            ok, why = True, "both readings"
        if not ok:
            mine = [w for w in spans if overlaps(f.start, f.end, w["start"], w["end"])]
            if not mine:
                why = "on the occurrence that cannot carry the fix"
            elif f.replacement is None:
                why = "no replacement" + (f" ({f.note[:90]})" if getattr(f, "note", "") else "")
            else:
                why = f"{f.replacement!r} not accepted (accepts {'/'.join(mine[0]['accept'])})"
        verdicts.append({"f": f, "collapse": n, "ok": ok, "why": why})
    for n, c in enumerate(cols):   # two fixes that give the whole pair one concept merge it again
        good = [v for v in verdicts if v["collapse"] == n and v["ok"]]
        for concept in {v["f"].concept for v in good}:
            same = [v for v in good if v["f"].concept == concept]
            if len(same) > 1 and all(any(overlaps(v["f"].start, v["f"].end, o["start"], o["end"]) for v in same)
                                     for o in c["occurrences"]):
                for v in same[1:]:
                    v["ok"], v["why"] = False, f"with the other fix, every occurrence becomes the {concept}"
    found = [any(v["collapse"] == n for v in verdicts) for n in range(len(cols))]
    return {"case": case, "verdicts": verdicts, "found": found}


def score_articles(cases: list[dict], verbose: bool = False) -> dict:
    """Audit each article alone (text-alone rules, language given) and score it per collapse."""
    from audit.align import Embedder
    from audit.terms.termbase import load_termbase
    termbase, embedder = load_termbase(), Embedder()
    rows = []
    for case in cases:
        vr = _audit_text(f"{case['id']}.txt", case["lang"], case["text"], termbase, embedder)
        for f in vr.findings:
            if case["text"][f.start:f.end] != f.term:
                sys.exit(f"{case['id']}: finding {f.start}-{f.end} is {case['text'][f.start:f.end]!r}, not {f.term!r}")
        rows.append(judge_article(case, vr.findings))
    return summarise_articles(rows, verbose)


def _article_figures(rows: list[dict], collapse_filter=None) -> dict:
    keep = collapse_filter or (lambda case, col: True)
    pred = tp = ok = cols = found = 0
    for r in rows:
        case = r["case"]
        for n, col in enumerate(case.get("collapses", [])):
            if keep(case, col):
                cols += 1
                found += r["found"][n]
        for v in r["verdicts"]:
            col = case["collapses"][v["collapse"]] if v["collapse"] is not None else None
            if collapse_filter and (col is None or not keep(case, col)):
                continue
            pred += 1
            tp += col is not None
            ok += v["ok"]
    return {"pred": pred, "tp": tp, "ok": ok, "collapses": cols, "found": found}


def summarise_articles(rows: list[dict], verbose: bool) -> dict:
    def line(f):
        return (f"precision {_ratio(f['tp'], f['pred']):<17} recall {_ratio(f['found'], f['collapses']):<17} "
                f"acceptable as it stands {_ratio(f['ok'], f['tp'])}")

    total = _article_figures(rows)
    arts = [r["case"] for r in rows]
    neg = [r for r in rows if not r["case"]["collapsed"]]
    print(f"articles {len(arts)} (collapsed {len(arts) - len(neg)} with {total['collapses']} collapses, "
          f"true negatives {len(neg)}; {sum(1 for r in neg if r['verdicts'])} true negatives with a finding)")
    print(line(total))
    print("(precision: findings on a collapse / findings; recall: collapses with a finding / collapses;"
          " acceptable: findings on a collapse whose fix a reviewer accepts as it stands / findings on a collapse)")
    print("\nby lang:")
    for lang in sorted({c["lang"] for c in arts}):
        sel = [r for r in rows if r["case"]["lang"] == lang]
        print(f"  {lang:<4} n={len(sel):3d}  {line(_article_figures(sel))}")
    for key in ("context", "pattern"):
        print(f"\nby collapse {key} (findings on other collapses and false alarms left out):")
        for value in sorted({col[key] for c in arts for col in c.get("collapses", [])}):
            f = _article_figures(rows, lambda case, col, k=key, v=value: col[k] == v)
            print(f"  {value:<18} collapses={f['collapses']:3d}  recall {_ratio(f['found'], f['collapses']):<17} "
                  f"acceptable {_ratio(f['ok'], f['tp'])}")
    if verbose:
        print("\nmisses, false alarms and findings not acceptable as they stand (one line each):")
        for r in rows:
            case, text = r["case"], r["case"]["text"]
            for n, col in enumerate(case.get("collapses", [])):
                if not r["found"][n]:
                    words = " / ".join(repr(text[o["start"]:o["end"]]) for o in col["occurrences"])
                    print(f"  MISS        {case['id']} #{n} {col['pattern']} ({col['context']}): {words}: "
                          f"{sentence_around(text, col['occurrences'][0]['start'], col['occurrences'][-1]['end'])[:110]!r}")
            for v in r["verdicts"]:
                f = v["f"]
                rule = f.evidence[0].rule if f.evidence else ""
                where = f"{case['id']} {f.start}-{f.end} {f.term!r}->{f.replacement!r} ({f.concept}) [{rule}]"
                if v["collapse"] is None:
                    print(f"  FALSE ALARM {where}: {v['why']} ({case['pattern']})")
                elif not v["ok"]:
                    col = case["collapses"][v["collapse"]]
                    print(f"  NOT AS-IS   {where} #{v['collapse']} {col['pattern']} ({col['context']}): {v['why']}")
    return total


def seeds_alone(gold: list[GoldFile]) -> tuple[int, int]:
    """Each seed file checked alone: (text-alone findings on a wrong=yes row, all text-alone findings)."""
    from audit.align import Embedder
    from audit.files.sets import language_from_name
    from audit.terms.termbase import load_termbase
    termbase, embedder = load_termbase(), Embedder()
    print(f"{'file (checked alone)':<32}  text-alone  right-side")
    right = total = 0
    for g in gold:
        lang = language_from_name(g.text_path) or ("ru" if g.text_path.name.startswith("ru") else "vi")
        vr = _audit_text(g.text_path.name, lang, g.text, termbase, embedder)
        alone = [f for f in vr.findings if f.kind == "self-collapse"]
        ok = sum(1 for f in alone if any(overlaps(f.start, f.end, r.start, r.end) for r in g.positives))
        print(f"{g.tsv.stem:<32}  {len(alone):10d}  {ok:10d}")
        right, total = right + ok, total + len(alone)
    print(f"{'TOTAL':<32}  {total:10d}  {right:10d}  side accuracy {_ratio(right, total)}")
    return right, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--findings", type=Path,
                    help="score this JSON list of findings instead of running the pipeline")
    ap.add_argument("--misses", action="store_true",
                    help="also list gold positives that no finding overlaps")
    ap.add_argument("--cases", type=Path, help="score a generalisation case set (JSON Lines) instead")
    ap.add_argument("--parallel", type=Path,
                    help="score a cross-version set (JSON Lines: English source + MT) instead")
    ap.add_argument("--alone", action="store_true",
                    help="check each seed file alone and report text-alone side accuracy")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    if args.parallel:
        score_parallel(load_cases(args.parallel), verbose=args.misses)
        return 0
    if args.cases:
        cases = load_cases(args.cases)
        if any("collapses" in c for c in cases):
            score_articles(cases, verbose=args.misses)
        else:
            score_cases(cases, verbose=args.misses)
        return 0
    gold = load_gold(args.gold, args.corpus)
    if args.alone:
        seeds_alone(gold)
        return 0
    if args.findings:
        preds = predictions_from_json(args.findings, args.corpus, gold)
    else:
        preds = predictions_from_pipeline(args.corpus)

    scores = []
    for g in gold:
        name = g.tsv.stem
        scores.append(score(g, preds.pop(_key(g.text_path), []), name))

    w = max([len(s.name) for s in scores] + [5])
    print(f"{'file':<{w}}  gold  pred    tp   hit  precision  recall")
    tot = Score("TOTAL")
    for s in scores:
        print(f"{s.name:<{w}}  {s.gold:4d}  {s.pred:4d}  {s.tp:4d}  {s.hit:4d}"
              f"     {fmt(s.precision)}  {fmt(s.recall)}")
        tot.gold += s.gold; tot.pred += s.pred; tot.tp += s.tp; tot.hit += s.hit
    print(f"{'TOTAL':<{w}}  {tot.gold:4d}  {tot.pred:4d}  {tot.tp:4d}  {tot.hit:4d}"
          f"     {fmt(tot.precision)}  {fmt(tot.recall)}")
    print("(tp: findings overlapping a gold wrong=yes row; hit: gold wrong=yes rows "
          "found; precision = tp/pred, recall = hit/gold)")

    texts = {g.tsv.stem: g.text for g in gold}
    for s in scores:
        if s.fps:
            print(f"\nfalse positives in {s.name}:")
            for p, why in s.fps:
                t = texts[s.name]
                sent = p.sentence or sentence_around(t, p.start, p.end)
                print(f"  {p.start}-{p.end} {t[p.start:p.end]!r} [{p.kind} -> "
                      f"{p.concept}] {why}\n      {sent.strip()}")
        if args.misses and s.misses:
            print(f"\nmissed in {s.name}:")
            t = texts[s.name]
            for r in s.misses:
                print(f"  {r.start}-{r.end} {r.surface!r} (intended {r.intended})\n"
                      f"      {sentence_around(t, r.start, r.end)}")
    extra = {k: v for k, v in preds.items() if v}
    if extra:
        print("\nfindings in files without gold (not scored):")
        for k, v in sorted(extra.items()):
            print(f"  {k}: {len(v)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
