#!/usr/bin/env python3
"""Validate the held-out generalisation case files (cases.jsonl, parallel.jsonl).

Checks, for every case: the JSON fields and their types, NFC text, unique ids,
the pattern / domain names, that every `wrong` span is a whole word as written
(with its endings and clitics) holding a form of a termbase term, and that
every case has at least two term occurrences. Then the counts the issue asks
for. With --grammar it also re-runs the mechanical grammar pass (pymorphy3 for
ru/uk, simplemma where it has the language) and prints the words that the
dictionaries do not know, for a person to read.

Usage (from the repository root):
    .venv/bin/python tests/data/generalisation/validate.py [--grammar] [FILE ...]
Exit 0 when every check passes, 1 otherwise (one line per problem).
"""
from __future__ import annotations

import argparse
import json
import sys
import tomllib
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # sides.py lives here, also when this file is loaded by path
    sys.path.insert(0, str(HERE))
ROOT = HERE.parents[2]
TERMBASE = ROOT / "audit" / "terms" / "termbases" / "client_customer.toml"

COLLAPSED_PATTERNS = {
    "and", "or", "vs", "between", "with-compared", "glued-conjunction", "particle",
    "quotes-brackets", "title-continues", "contrast-connective", "parallel-clauses",
    "twin-headings", "twin-definitions", "table-header", "tautology",
}
LEGIT_PATTERNS = {"modifier", "from-to-idiom", "x-by-x", "of-our", "reduplication", "c2c", "other-legit"}
DOMAINS = {"legal", "agency", "retail", "software", "healthcare", "finance"}
CONCEPTS = {"client", "customer"}
PARALLEL_CONCEPTS = CONCEPTS | {"software-client"}
REQUIRED_LANGS = set("vi ru uk ka id ms tr de fr es pt it pl cs nl sv el hu ar he fa hi zh ja ko th".split())
# Scripts written without spaces between words: a span must then be exactly a term form.
UNSPACED = {"zh", "ja", "th"}
# Stems of inflected forms that do not contain the dictionary form
# (Georgian syncope, Greek accent shift, Hungarian stem vowel, Arabic broken plural...).
STEMS = {
    "ka": ["კლიენტ", "მომხმარებ"],
    "el": ["πελάτ", "πελατ", "εντολέ", "αγοραστ"],
    "hu": ["ügyfel", "ügyfél", "vásárl", "megbíz"],
    "ar": ["عملاء", "عملائ", "عميل", "زبائن", "موكل"],
    "it": ["client", "assistit", "acquirent", "consumator"],
    "es": ["client", "comprador", "consumidor"],
    "pt": ["client", "comprador", "consumidor"],
    "fr": ["client", "acheteu", "consommat"],
    "cs": ["zákazní", "klient"],
    "pl": ["klienc", "klient", "kupując", "nabywc"],
    "sv": ["kund"],
    "he": ["לקוח", "מרש", "קונ"],
    "fa": ["مشتری", "موکل", "خریدار"],
    "uk": ["клієнт", "покуп", "замовни"],
    "ru": ["клиент", "покупат", "заказчи"],
    "tr": ["müşteri", "müvekkil", "danışan", "alıcı"],
    "de": ["kund", "mandant", "klient", "käufer"],
    "ro": ["client", "clienț", "cumpărăt", "consumat"],
    "bg": ["клиент", "доверител", "купувач", "потребител"],
    "hr": ["klijent", "kupc", "kupac"],
    "sr": ["klijent", "клијент", "kupc", "kupac", "купц", "купац"],
}
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
LETTER = regex.compile(r"[\p{L}\p{M}\p{N}]")


@lru_cache(maxsize=1)
def termbase() -> dict[str, list[str]]:
    """Language -> every term form (client, customer and ambiguous)."""
    data = tomllib.loads(TERMBASE.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for dist in data["distinction"]:
        for lang, terms in dist["terms"].items():
            forms = out.setdefault(lang, [])
            for key in ("client", "customer", "ambiguous"):
                forms.extend(terms.get(key, []))
    return out


def term_keys(lang: str) -> list[str]:
    return [t.casefold() for t in termbase()[lang]] + [s.casefold() for s in STEMS.get(lang, [])]


def holds_term(lang: str, word: str) -> bool:
    w = word.casefold()
    return any(k in w for k in term_keys(lang))


def is_whole_word(lang: str, text: str, start: int, end: int) -> str | None:
    """None when text[start:end] is a whole word holding a term form, else why not."""
    if not (0 <= start < end <= len(text)):
        return f"offsets {start}:{end} outside the text"
    piece = text[start:end]
    if lang in UNSPACED:
        forms = termbase()[lang]
        return None if piece in forms else f"{piece!r} is not exactly a term form"
    if start > 0 and LETTER.match(text[start - 1]):
        return f"{piece!r} starts inside a word ({text[max(0, start - 3):end]!r})"
    if end < len(text) and LETTER.match(text[end]):
        return f"{piece!r} ends inside a word ({text[start:end + 3]!r})"
    if " " in piece and not any(" " in t and t.casefold() in piece.casefold() for t in termbase()[lang]):
        return f"{piece!r} spans more than one word"
    if not WORD.fullmatch(regex.sub(r"(?<=\w)-(?=\w)", "", piece.replace(" ", ""))):
        return f"{piece!r} holds punctuation"
    if not holds_term(lang, piece):
        return f"{piece!r} holds no form of a {lang} term"
    return None


def count_terms(lang: str, text: str) -> int:
    """Term occurrences: substrings for unspaced scripts and multiword terms, words otherwise."""
    low = text.casefold()
    if lang in UNSPACED or lang == "vi" or lang == "ms":
        keys = sorted({t.casefold() for t in termbase()[lang]}, key=len, reverse=True)
        n, i = 0, 0
        while i < len(low):
            hit = next((k for k in keys if low.startswith(k, i)), None)
            if hit:
                n, i = n + 1, i + len(hit)
            else:
                i += 1
        return n
    n = 0
    for m in WORD.finditer(text):
        w = m.group().casefold()
        n += sum(1 for _ in regex.finditer("|".join(map(regex.escape, term_keys(lang))), w))
    return n


# ---- grammar pass -----------------------------------------------------------------

@lru_cache(maxsize=None)
def morph(lang: str):
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang=lang)


HBS = {"hr": "hbs", "sr": "hbs"}  # simplemma's one Serbo-Croatian dictionary
SIMPLEMMA_LANGS = set("ar bg cs de el es fa fr he hi hu hy id it ka ms nl pl pt ro ru sv tr uk".split())


def grammar_pass(lang: str, text: str) -> tuple[str, list[str]]:
    """(what was run, words the dictionaries do not know) for one text."""
    words = [w for w in WORD.findall(text) if not w.isdigit()]
    if lang in ("ru", "uk"):
        native = [w for w in words if regex.match(r"\p{Cyrillic}", w)]
        unknown = [w for w in native if not morph(lang).word_is_known(w.lower())]
        return f"pymorphy3 ({lang}): {len(native) - len(unknown)}/{len(native)} words are dictionary forms", unknown
    if lang in SIMPLEMMA_LANGS or lang in HBS:
        import simplemma
        code = HBS.get(lang, lang)
        latin_in_foreign = lang in ("ar", "he", "fa", "hi", "el", "ka", "ru", "uk", "bg", "hy")
        native = [w for w in words if not (latin_in_foreign and regex.match(r"\p{Latin}", w)) and len(w) > 1]
        if lang == "sr":  # simplemma's Serbo-Croatian dictionary is in Latin script
            native = [w for w in native if regex.match(r"\p{Latin}", w)]
        unknown = [w for w in native if not (simplemma.is_known(w, code) or simplemma.is_known(w.lower(), code))]
        if not native:
            return f"no offline morphological analyser for {lang} in this script in the venv", []
        label = lang if code == lang else f"{lang}, as {code}"
        return f"simplemma ({label}): {len(native) - len(unknown)}/{len(native)} words in its dictionary", unknown
    return f"no offline morphological analyser for {lang} in the venv", []


# ---- validation -------------------------------------------------------------------

def validate(path: Path, grammar: bool) -> list[str]:
    problems: list[str] = []
    parallel = path.name.startswith("parallel")
    required = {"id", "lang", "text", "collapsed", "wrong"} | (
        {"source", "domain"} if parallel else {"pattern", "gloss", "intended", "checked"})
    seen: set[str] = set()
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        missing = required - case.keys()
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        cases.append(case)
        cid, lang, text = case["id"], case["lang"], case["text"]
        where = f"{path.name}:{n} {cid}"
        if cid in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(cid)
        if not cid.startswith(lang + "-"):
            problems.append(f"{where}: id does not start with the language")
        if lang not in termbase():
            problems.append(f"{where}: {lang} is not a termbase language")
            continue
        if unicodedata.normalize("NFC", text) != text:
            problems.append(f"{where}: text is not NFC")
        if not isinstance(case["collapsed"], bool):
            problems.append(f"{where}: collapsed is not a boolean")
        if parallel:
            if case["domain"] not in DOMAINS:
                problems.append(f"{where}: unknown domain {case['domain']!r}")
        else:
            names = COLLAPSED_PATTERNS if case["collapsed"] else LEGIT_PATTERNS
            if case["pattern"] not in names:
                problems.append(f"{where}: pattern {case['pattern']!r} does not fit collapsed={case['collapsed']}")
        if not case["collapsed"] and case["wrong"]:
            problems.append(f"{where}: a legitimate case names wrong occurrences")
        concepts = PARALLEL_CONCEPTS if parallel else CONCEPTS
        for span in case["wrong"]:
            if set(span) != {"start", "end", "concept"} or span["concept"] not in concepts:
                problems.append(f"{where}: bad wrong entry {span}")
                continue
            why = is_whole_word(lang, text, span["start"], span["end"])
            if why:
                problems.append(f"{where}: {why}")
        # a correct software rendering (de Client, vi máy khách) may hold no term at all
        if case["collapsed"] and case["wrong"]:
            from sides import add_counterparts
            if add_counterparts(lang, text, case["wrong"]) != case["wrong"]:
                problems.append(f"{where}: {lang} has a word for each concept: every occurrence of the ambiguous word must be listed")
        need = 2 if not parallel else 0 if case["domain"] == "software" and not case["collapsed"] else 1
        if parallel and case["collapsed"] and not case["wrong"]:
            problems.append(f"{where}: a collapsed cross-version case must name its wrong occurrence (the source decides)")
        if count_terms(lang, text) < need:
            problems.append(f"{where}: fewer than {need} term occurrences")
        if grammar:
            ran, unknown = grammar_pass(lang, text)
            if unknown:
                print(f"  {cid}: {ran}; not known: {', '.join(unknown)}")
    problems += counts(path.name, cases, parallel)
    return problems


def counts(name: str, cases: list[dict], parallel: bool) -> list[str]:
    problems = []
    langs = Counter(c["lang"] for c in cases)
    collapsed = [c for c in cases if c["collapsed"]]
    legit = [c for c in cases if not c["collapsed"]]
    print(f"{name}: {len(cases)} cases, {len(collapsed)} collapsed, {len(legit)} legitimate, {len(langs)} languages")
    print("  per language: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if parallel:
        print("  per domain: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c["domain"] for c in cases).items())))
        soft = [c for c in cases if any(w["concept"] == "software-client" for w in c["wrong"]) or "software" == c["domain"]]
        print(f"  software-sense cases: {len(soft)}")
        if len(langs) < 10 or len(cases) < 60:
            problems.append(f"{name}: needs >= 10 languages and >= 60 cases")
        return problems
    pats = Counter(c["pattern"] for c in cases)
    print("  per pattern: " + ", ".join(f"{k} {v}" for k, v in sorted(pats.items())))
    decidable = [c for c in collapsed if c["wrong"]]
    two_sided = [c for c in decidable if len({w["concept"] for w in c["wrong"]}) > 1]
    print(f"  decidable collapsed with both sides listed (a word for each concept next to the ambiguous one): {len(two_sided)}")
    decidable = [c for c in decidable if c not in two_sided]
    first = sum(1 for c in decidable if min(w["start"] for w in c["wrong"]) == first_term_start(c))
    print(f"  one-sided decidable collapsed: {len(decidable)} (wrong occurrence is the first term in {first}, later in {len(decidable) - first});"
          f" wrong concept: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(w['concept'] for c in decidable for w in c['wrong'][:1]).items())))
    if len(langs) < 20 or not REQUIRED_LANGS <= langs.keys():
        problems.append(f"{name}: languages missing: {sorted(REQUIRED_LANGS - langs.keys())}")
    if len(collapsed) < 100 or len(legit) < 70:
        problems.append(f"{name}: needs >= 100 collapsed and >= 70 legitimate cases")
    for p in sorted((COLLAPSED_PATTERNS | LEGIT_PATTERNS) - pats.keys()):
        problems.append(f"{name}: no case for pattern {p}")
    return problems


def first_term_start(case: dict) -> int:
    lang, text = case["lang"], case["text"]
    low = text.casefold()
    return min((low.find(k) for k in term_keys(lang) if low.find(k) >= 0), default=-1) if lang in UNSPACED or lang in ("vi", "ms") \
        else next((m.start() for m in WORD.finditer(text) if holds_term(lang, m.group())), -1)


def main(folder: Path = HERE, description: str = __doc__.splitlines()[0], check=None) -> int:
    """The command line of a case set's validator: `folder` holds its
    cases.jsonl and parallel.jsonl, `check` is its per-file validation."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--grammar", action="store_true", help="print the words the dictionaries do not know")
    args = ap.parse_args()
    files = args.files or [p for p in (folder / "cases.jsonl", folder / "parallel.jsonl") if p.exists()]
    problems = [p for f in files for p in (check or validate)(f, args.grammar)]
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
