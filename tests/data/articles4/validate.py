#!/usr/bin/env python3
"""Validate the articles4 set (cases.jsonl): every case and the set's counts.

Per case: the fields and their types, NFC text, unique ids, the subject and
pattern names, an article's shape (a title and at least one more line); for a
collapsed article, every collapse: its context, at least two occurrences
naming both concepts, each a whole word as written holding a form of a
termbase term (a word glued to a date, a number or another script counts as
whole: scraped pages do that), no occurrence in two collapses; every `wrong`
entry is an occurrence of its collapse with at least one accepted replacement,
each a form of a termbase term that differs from the word it replaces and is
not the language's ambiguous word; every collapse has a fixable occurrence and
in a symmetric one every occurrence is fixable. A true negative names no
collapse and holds at least two term occurrences. The shared helpers (the
termbase's forms, stems, term counting, the grammar pass) are
tests/data/generalisation/validate.py's.

Usage (from the repository root):
    .venv/bin/python tests/data/articles4/validate.py [--grammar] [FILE]
Exit 0 when every check passes, 1 otherwise (one line per problem).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent / "generalisation"
sys.path.insert(0, str(SHARED))
_spec = importlib.util.spec_from_file_location("generalisation_validate_a4", SHARED / "validate.py")
shared = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shared)

FIELDS = {"id": str, "lang": str, "subject": str, "pattern": str, "collapsed": bool, "text": str,
          "wrong": list, "collapses": list, "gloss": str, "intended": str, "checked": str}
SUBJECTS = {"blog", "marketing", "legal", "healthcare", "shop", "software", "help-centre", "finance", "agency"}
CONTEXTS = {"symmetric", "asymmetric", "undecidable"}
COLLAPSED_PATTERNS = {
    "title-vs", "title-and", "title-or", "glue-title", "glued-conjunction", "both-and", "list",
    "twin-definitions", "twin-headings", "table-header", "contrast", "parallel-clauses",
    "fancier-term", "turn-into", "but-never", "not",
}
LEGIT_PATTERNS = {"modifier", "compound", "one-concept", "kept-apart", "same-concept", "software", "one-word-for-both"}
# patterns the issue names: each must have a case
REQUIRED_PATTERNS = {"list", "fancier-term", "turn-into", "both-and", "but-never", "not", "twin-definitions",
                     "table-header", "twin-headings", "glue-title"}
MIN_CASES, MIN_LANGS = 150, 25
LETTER = regex.compile(r"[\p{L}\p{M}]")
# stems the shared list lacks (this module's private copy of it is extended)
for _lang, _stems in {"el": ["καταναλωτ", "εντολ"], "ro": ["cumpărăt", "consumat"]}.items():
    shared.STEMS[_lang] = shared.STEMS.get(_lang, []) + _stems
OTHER = {"client": "customer", "customer": "client"}


def _script(ch: str) -> str:
    for name in ("Latin", "Cyrillic", "Greek", "Georgian", "Armenian", "Arabic", "Hebrew", "Devanagari",
                 "Bengali", "Thai", "Han", "Hiragana", "Katakana", "Hangul"):
        if regex.match(rf"\p{{{name}}}", ch):
            return name
    return "other"


def boundary_problem(lang: str, text: str, start: int, end: int) -> str | None:
    """None when text[start:end] is a whole word holding a term form; scraped
    glue (a date, a digit, another script right against it) is a boundary."""
    if not (0 <= start < end <= len(text)):
        return f"offsets {start}:{end} outside the text"
    piece = text[start:end]
    if lang in shared.UNSPACED:
        return None if piece in shared.termbase()[lang] else f"{piece!r} is not exactly a term form"
    own = _script(piece[0])
    for ch, side in ((text[start - 1] if start else "", "starts"), (text[end] if end < len(text) else "", "ends")):
        if ch and LETTER.match(ch) and _script(ch) == own:
            return f"{piece!r} {side} inside a word ({text[max(0, start - 3):end + 3]!r})"
    if " " in piece and not any(" " in t and t.casefold() in piece.casefold() for t in shared.termbase()[lang]):
        return f"{piece!r} spans more than one word"
    if not shared.holds_term(lang, piece):
        return f"{piece!r} holds no form of a {lang} term"
    return None


def ambiguous_words(lang: str) -> list[str]:
    import tomllib
    data = tomllib.loads(shared.TERMBASE.read_text(encoding="utf-8"))
    return [a.casefold() for d in data["distinction"] for a in d["terms"].get(lang, {}).get("ambiguous", [])]


def accept_problem(lang: str, surface: str, form: str) -> str | None:
    if not isinstance(form, str) or not form or unicodedata.normalize("NFC", form) != form:
        return f"accepted replacement {form!r} is not an NFC string"
    if form.casefold() == surface.casefold():
        return f"accepted replacement {form!r} is the word it replaces"
    if lang in shared.UNSPACED:
        return None if form in shared.termbase()[lang] else f"accepted replacement {form!r} is not a {lang} term form"
    if not shared.holds_term(lang, form):
        return f"accepted replacement {form!r} holds no form of a {lang} term"
    if any(a in form.casefold() for a in ambiguous_words(lang)):
        return f"accepted replacement {form!r} is the ambiguous word again"
    return None


def check_case(case: dict, where: str) -> list[str]:
    problems = []
    lang, text = case["lang"], case["text"]
    if case["subject"] not in SUBJECTS:
        problems.append(f"{where}: unknown subject {case['subject']!r}")
    if unicodedata.normalize("NFC", text) != text:
        problems.append(f"{where}: text is not NFC")
    if "[[" in text or "]]" in text:
        problems.append(f"{where}: an unparsed mark is left in the text")
    if sum(1 for line in text.splitlines() if line.strip()) < 2:
        problems.append(f"{where}: not an article (a title and at least one more line)")
    if not case["collapsed"]:
        if case["pattern"] not in LEGIT_PATTERNS:
            problems.append(f"{where}: pattern {case['pattern']!r} is not a true-negative pattern")
        if case["wrong"] or case["collapses"]:
            problems.append(f"{where}: a true negative names collapses")
        if shared.count_terms(lang, text) < 2:
            problems.append(f"{where}: a true negative needs at least two term occurrences")
        return problems
    if not case["collapses"]:
        problems.append(f"{where}: a collapsed article names no collapse")
    if case["pattern"] != (case["collapses"][0]["pattern"] if case["collapses"] else None):
        problems.append(f"{where}: the case's pattern is not its first collapse's")
    taken: list[tuple[int, int]] = []
    for n, col in enumerate(case["collapses"]):
        cw = f"{where} collapse {n}"
        if set(col) != {"context", "pattern", "occurrences"}:
            problems.append(f"{cw}: fields {sorted(col)}")
            continue
        if col["context"] not in CONTEXTS:
            problems.append(f"{cw}: unknown context {col['context']!r}")
        if col["pattern"] not in COLLAPSED_PATTERNS:
            problems.append(f"{cw}: pattern {col['pattern']!r} is not a collapse pattern")
        occ = col["occurrences"]
        if len(occ) < 2:
            problems.append(f"{cw}: fewer than two occurrences")
        if {o.get("concept") for o in occ} != {"client", "customer"}:
            problems.append(f"{cw}: the occurrences do not name both concepts")
        for o in occ:
            if set(o) != {"start", "end", "concept"}:
                problems.append(f"{cw}: bad occurrence {o}")
                continue
            why = boundary_problem(lang, text, o["start"], o["end"])
            if why:
                problems.append(f"{cw}: {why}")
            if any(o["start"] < e and s < o["end"] for s, e in taken):
                problems.append(f"{cw}: occurrence {o['start']}-{o['end']} overlaps another")
            taken.append((o["start"], o["end"]))
        fixable = [w for w in case["wrong"] if w.get("collapse") == n]
        if not fixable:
            problems.append(f"{cw}: no occurrence may carry the fix")
        if col["context"] == "symmetric" and len(fixable) != len(occ):
            problems.append(f"{cw}: symmetric, but not every occurrence has accepted replacements")
    if case["wrong"] != sorted(case["wrong"], key=lambda w: w.get("start", 0)):
        problems.append(f"{where}: wrong is not in text order")
    for w in case["wrong"]:
        if set(w) != {"start", "end", "concept", "collapse", "accept"}:
            problems.append(f"{where}: bad wrong entry {w}")
            continue
        cols = case["collapses"]
        if not (isinstance(w["collapse"], int) and 0 <= w["collapse"] < len(cols)):
            problems.append(f"{where}: wrong entry {w['start']}-{w['end']} names no collapse")
            continue
        if {k: w[k] for k in ("start", "end", "concept")} not in cols[w["collapse"]]["occurrences"]:
            problems.append(f"{where}: wrong entry {w['start']}-{w['end']} is not an occurrence of collapse {w['collapse']}")
        if not (isinstance(w["accept"], list) and w["accept"]):
            problems.append(f"{where}: wrong entry {w['start']}-{w['end']} accepts no replacement")
            continue
        for form in w["accept"]:
            why = accept_problem(lang, text[w["start"]:w["end"]], form)
            if why:
                problems.append(f"{where} {w['start']}-{w['end']}: {why}")
    return problems


def validate(path: Path, grammar: bool = False) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        bad = [k for k, t in FIELDS.items() if not isinstance(case.get(k), t)]
        if bad:
            problems.append(f"{where}: missing or mistyped {bad}")
            continue
        where = f"{where} {case['id']}"
        if case["id"] in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(case["id"])
        if not case["id"].startswith(case["lang"] + "-"):
            problems.append(f"{where}: id does not start with the language")
        if case["lang"] not in shared.termbase():
            problems.append(f"{where}: {case['lang']} is not a termbase language")
            continue
        cases.append(case)
        problems += check_case(case, where)
        if grammar:
            ran, unknown = shared.grammar_pass(case["lang"], case["text"])
            if unknown:
                print(f"  {case['id']}: {ran}; not known: {', '.join(unknown)}")
    return problems + counts(path.name, cases)


def counts(name: str, cases: list[dict]) -> list[str]:
    problems = []
    langs = Counter(c["lang"] for c in cases)
    collapsed = [c for c in cases if c["collapsed"]]
    legit = len(cases) - len(collapsed)
    cols = [col for c in collapsed for col in c["collapses"]]
    print(f"{name}: {len(cases)} articles, {len(collapsed)} collapsed ({len(cols)} collapses), {legit} true negatives, "
          f"{len(langs)} languages")
    print("  per language: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("  per subject: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c["subject"] for c in cases).items())))
    pats = Counter(col["pattern"] for col in cols) + Counter(c["pattern"] for c in cases if not c["collapsed"])
    print("  per pattern: " + ", ".join(f"{k} {v}" for k, v in sorted(pats.items())))
    print("  per context: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(col["context"] for col in cols).items())))
    customer_first = sum(1 for col in cols if col["occurrences"][0]["concept"] == "customer")
    print(f"  collapses whose first occurrence is the customer: {customer_first} of {len(cols)}")
    if len(cases) < MIN_CASES or len(langs) < MIN_LANGS:
        problems.append(f"{name}: needs >= {MIN_CASES} articles in >= {MIN_LANGS} languages")
    if legit * 3 < len(cases):
        problems.append(f"{name}: fewer than a third are true negatives ({legit} of {len(cases)})")
    for lang in sorted(langs):
        col = sum(1 for c in collapsed if c["lang"] == lang)
        if not 0 < col < langs[lang]:
            problems.append(f"{name}: {lang} needs collapsed articles and true negatives both ({col}/{langs[lang]})")
    for p in sorted(REQUIRED_PATTERNS - pats.keys()):
        problems.append(f"{name}: no collapse of pattern {p}")
    if not customer_first:
        problems.append(f"{name}: no collapse names the customer first")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=HERE / "cases.jsonl")
    ap.add_argument("--grammar", action="store_true", help="print the words the dictionaries do not know")
    args = ap.parse_args()
    problems = validate(args.file, args.grammar)
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
