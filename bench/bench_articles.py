"""Cross-version detection inside whole articles, with the disorder machine
translation and web scraping bring, and how it depends on the alignment.

    python bench/bench_articles.py [--cases F ...] [--align meaning,structure]

Each language's cross-version cases (default: the generalisation and heldout3
parallel sets, an English source and its MT per case) become one article: a
case is a paragraph, the English paragraphs the source. The target is then
disturbed the way the seeds are, deterministically:
  - junk: a line of web junk after every fifth paragraph ("Video: ...", "Xem thêm:");
  - merge: every seventh paragraph joined to the one before it (where that
    one ends a sentence: a title and a sentence do not run together);
  - swap: every ninth paragraph swapped with the next (reordered bullets);
  - drop: every eleventh legitimate paragraph left out of the target.

Findings are scored as `evaluate.py --parallel` scores them (good: on a
collapsed case's marked occurrence), against the same cases audited one by
one: an article's context and its disorder should cost nothing. Printed per
alignment mode: precision, recall, sentences embedded and seconds.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from evaluate import load_cases, overlaps  # noqa: E402

DEFAULT_CASES = [ROOT / "tests/data/generalisation/parallel.jsonl", ROOT / "tests/data/heldout3/parallel.jsonl"]
JUNK = ["Video: Client vs Customer 2024 360p", "Xem thêm:", "Anonim", "Reklama", "Read more »", "© 2024"]


def build(cases: list[dict]) -> tuple[str, str, list[tuple[int, dict]]]:
    """(source text, target text, [(offset of the case's text in the target, case)])."""
    source = [c["source"] for c in cases]
    target: list[list[dict]] = [[c] for c in cases]          # paragraphs, each a list of cases
    for k in range(len(target) - 1, 0, -1):
        if k % 7 == 0 and target[k - 1][-1]["text"].rstrip()[-1:] in ".!?。！？":
            target[k - 1].extend(target.pop(k))                # merged into the paragraph before it
    for k in range(len(target) - 1):
        if k % 9 == 8:
            target[k], target[k + 1] = target[k + 1], target[k]
    target = [p for k, p in enumerate(target) if not (k % 11 == 10 and not any(c["collapsed"] for c in p))]
    text, placed = "", []
    for k, para in enumerate(target):
        if text:
            text += "\n\n"
        for i, c in enumerate(para):
            if i:
                text += " "
            placed.append((len(text), c))
            text += c["text"]
        if k % 5 == 4:
            text += "\n\n" + JUNK[k // 5 % len(JUNK)]
    return "\n\n".join(source) + "\n", text + "\n", placed


def score(placed, findings) -> dict:
    cases = {id(c): (off, c) for off, c in placed}
    good_cases, good, pred = set(), 0, len(findings)
    for f in findings:
        for off, c in cases.values():
            spans = [w for w in c.get("wrong", []) if overlaps(f.start, f.end, off + w["start"], off + w["end"])]
            if c["collapsed"] and spans:
                good += 1
                good_cases.add(id(c))
                break
    collapsed = [c for _, c in placed if c["collapsed"] and c.get("wrong")]
    return {"pred": pred, "good": good, "collapsed": len(collapsed), "found": len(good_cases)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, nargs="*", default=DEFAULT_CASES)
    ap.add_argument("--align", default="meaning,structure")
    args = ap.parse_args()
    import audit
    from audit.align import Embedder
    termbase = audit.load_termbase()
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for path in args.cases:
        for c in load_cases(path):
            by_lang[c["lang"]].append(c)
    print(f"{sum(map(len, by_lang.values()))} cases in {len(by_lang)} languages, one article per language")
    for mode in args.align.split(","):
        totals = defaultdict(int)
        embedded = seconds = 0.0
        for lang, cases in sorted(by_lang.items()):
            src_text, tgt_text, placed = build(cases)
            with tempfile.TemporaryDirectory() as tmp:
                src, tgt = Path(tmp) / "en.txt", Path(tmp) / f"{lang}.txt"
                src.write_text(src_text, encoding="utf-8")
                tgt.write_text(tgt_text, encoding="utf-8")
                from audit.run.pipeline import audit_versions, load_versions
                from audit.files.sets import FileSpec
                emb = Embedder()
                t = time.perf_counter()
                result = audit_versions(lang, load_versions([FileSpec(src, "en", True), FileSpec(tgt, lang, False)]),
                                        termbase, emb, align=mode)
                seconds += time.perf_counter() - t
                embedded += emb.embedded
            found = [f for v in result.versions if not v.version.is_source for f in v.findings]
            for k, v in score(placed, found).items():
                totals[k] += v
        p = totals["good"] / totals["pred"] if totals["pred"] else float("nan")
        r = totals["found"] / totals["collapsed"] if totals["collapsed"] else float("nan")
        print(f"--align {mode:9s}: precision {p:.3f} ({totals['good']}/{totals['pred']})  "
              f"recall {r:.3f} ({totals['found']}/{totals['collapsed']})  "
              f"embedded {int(embedded)} sentences, {seconds:.1f} s")


if __name__ == "__main__":
    main()
