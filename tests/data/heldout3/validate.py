#!/usr/bin/env python3
"""Validate the third held-out set (cases.jsonl, parallel.jsonl) with the shared checks.

Every per-case check is tests/data/generalisation/validate.py's (fields, NFC,
whole-word spans holding a term form, every occurrence of an ambiguous word
listed where either side may carry the fix, at least two term occurrences);
only the counts differ: this set covers the 20 languages of the held-out
judgement with about ten cases each, and it names a few patterns of its own
(below).

Usage (from the repository root):
    .venv/bin/python tests/data/heldout3/validate.py [--grammar] [FILE ...]
Exit 0 when every check passes, 1 otherwise (one line per problem).
"""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent / "generalisation"
sys.path.insert(0, str(SHARED))  # sides.py imports validate by name
_spec = importlib.util.spec_from_file_location("generalisation_validate", SHARED / "validate.py")
shared = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shared)  # a private copy: configured below for this set only

LANGS = set("vi ru uk ka id de fr es it pt pl tr ar he fa hi zh ja ko th".split())
# patterns this set adds to the shared ones
NEW_COLLAPSED = {"faq"}            # a question and its answer, both collapsed
NEW_LEGIT = {
    "same-concept",   # the same concept repeated: "customer service for every customer", a contract's defined term
    "heading-body",   # a heading and the body below it name the same concept
    "software",       # the program and a person in one text, each rightly worded
    "kept-apart",     # both concepts, each with its own word, often with a contrast connective
    "quoted-name",    # a quoted product name holding the word
}
PER_LANG = 8


def counts(name: str, cases: list[dict], parallel: bool) -> list[str]:
    problems = []
    langs = Counter(c["lang"] for c in cases)
    collapsed = [c for c in cases if c["collapsed"]]
    print(f"{name}: {len(cases)} cases, {len(collapsed)} collapsed, {len(cases) - len(collapsed)} legitimate, {len(langs)} languages")
    print("  per language: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if parallel:
        print("  per domain: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c["domain"] for c in cases).items())))
        return problems
    print("  per pattern: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c["pattern"] for c in cases).items())))
    missing = LANGS - langs.keys()
    if missing:
        problems.append(f"{name}: languages missing: {sorted(missing)}")
    for lang in sorted(langs):         # the 20, and cs, nl, el, hu of the third batch
        col = sum(1 for c in collapsed if c["lang"] == lang)
        if langs[lang] < PER_LANG or not 0 < col < langs[lang]:
            problems.append(f"{name}: {lang} needs >= {PER_LANG} cases, collapsed and legitimate both ({col}/{langs[lang]})")
    return problems


shared.COLLAPSED_PATTERNS = shared.COLLAPSED_PATTERNS | NEW_COLLAPSED
shared.LEGIT_PATTERNS = shared.LEGIT_PATTERNS | NEW_LEGIT
shared.counts = counts  # the shared per-case checks, this set's counts
validate = shared.validate


def main() -> int:
    return shared.main(HERE, __doc__.splitlines()[0], validate)


if __name__ == "__main__":
    sys.exit(main())
