"""Rebuild glossary.csv from GnuCash's own glossary (glossary/*.po beside this
script: the GnuCash translators' po/glossary/<lang>.po, one file per language,
msgid = English term, extracted comment = its definition). Stdlib only.
Run: python make_glossary.py

Only the shape changes; every term is the GnuCash translators'. Rules:
* one glossary entry per msgid; its id (the `concept` cell) is the msgid as
  written ("account type: Asset", "balance, to", "Credit (column in register)");
* the English term is the msgid without its qualifiers: a leading category
  ("account type: ", "action: ", "loan: " ... i.e. text before ": "), a
  trailing ", to" (a verb: pos verb), and parenthesised notes ("(noun)": pos
  noun, "(adjective)": pos adjective, "(column in register)" dropped);
* the definition is the extracted comment, unless it is "-" (none);
* per language the msgstr's terms: alternatives separated by "," "，" "、"
  ";" "/" (not "-/" as in "Groß-/Kleinschreibung") or numbered "1. ... 2."
  are admitted terms after the first (preferred); parenthesised notes
  ("(bis <=2.2.8: Passiva)", "(pl. Aufwendungen)") and a trailing "?" or stray
  "<" are dropped, and so is the category a translator kept before ":" or
  "：" where the msgid has one ("kontotyp: Tillgång" -> "Tillgång"); empty, fuzzy and obsolete units are left out;
* pt_BR and zh_CN become pt-BR and zh-Hans.
"""
from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

HERE = Path(__file__).parent
LOCALES = {"zh_CN": "zh-Hans", "zh_TW": "zh-Hant", "pt_BR": "pt-BR", "pt": "pt-PT"}
_SPLIT = re.compile(r"\s*(?:[,，、;；]|(?<!-)/|(?<!\S)\d\.(?=\s))\s*")
_NOTE = re.compile(r"\s*[(（][^)）]*[)）]\s*")
_POS = {"noun": "noun", "adjective": "adjective", "verb": "verb"}


def read_po(path: Path) -> list[dict]:
    """Units of a PO file: msgctxt, msgid, msgstr, comment (#.), fuzzy."""
    units, cur, field = [], None, None

    def flush():
        if cur is not None and "msgid" in cur:
            units.append(cur)

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            flush()
            cur, field = None, None
            continue
        if cur is None:
            cur = {"comment": "", "fuzzy": False}
        if line.startswith("#~"):
            cur["obsolete"] = True
        elif line.startswith("#."):
            cur["comment"] += line[2:].strip()
        elif line.startswith("#,"):
            cur["fuzzy"] = cur["fuzzy"] or "fuzzy" in line
        elif line.startswith("#"):
            pass
        elif line.startswith('"'):
            cur[field] += ast.literal_eval(line)
        else:
            key, _, rest = line.partition(" ")
            field = key
            cur[field] = ast.literal_eval(rest)
    flush()
    return [u for u in units if not u.get("obsolete")]


def english(msgid: str) -> tuple[str, str]:
    """The term and its part of speech from a msgid with qualifiers."""
    pos = ""
    text = msgid
    for m in re.finditer(r"\(([^)]*)\)", text):
        if m.group(1).strip() in _POS:
            pos = _POS[m.group(1).strip()]
    text = _NOTE.sub(" ", text)
    if re.search(r",\s*to$", text):
        text, pos = re.sub(r",\s*to$", "", text), "verb"
    if ": " in text:
        text = text.split(": ", 1)[1]
    return " ".join(text.split()).strip(), pos


def terms_of(msgstr: str, msgid: str = "") -> list[str]:
    out = []
    msgstr = _NOTE.sub(" ", msgstr)
    if ": " in _NOTE.sub(" ", msgid):                 # the category the translator kept
        msgstr = re.split(r"[:：]", msgstr, maxsplit=1)[-1]
    for part in _SPLIT.split(msgstr):
        part = " ".join(part.replace("<", " ").split()).strip(" .?")
        if part and part not in out:
            out.append(part)
    return out


def main() -> None:
    entries: dict[str, dict] = {}
    for path in sorted((HERE / "glossary").glob("*.po")):
        locale = LOCALES.get(path.stem, path.stem)
        for u in read_po(path):
            msgid, msgstr = u["msgid"], u.get("msgstr", "")
            if not msgid or msgid.startswith("Term (Dear translator") or u["fuzzy"] or not msgstr.strip():
                continue
            key = msgid if "msgctxt" not in u else f"{u['msgctxt']}|{msgid}"
            comment = u["comment"].strip().strip('"').strip()
            e = entries.setdefault(key, {"definition": "", "terms": {}})
            if comment and comment != "-" and not e["definition"]:
                e["definition"] = comment
            terms = terms_of(msgstr, msgid)
            if terms:
                e["terms"][locale] = terms
    rows = []
    for key in sorted(entries, key=str.casefold):
        e = entries[key]
        if not e["terms"]:
            continue
        term, pos = english(key.split("|")[-1])
        rows.append([key, "en", term, "preferred", e["definition"], pos])
        for locale in sorted(e["terms"]):
            for i, t in enumerate(e["terms"][locale]):
                rows.append([key, locale, t, "preferred" if i == 0 else "admitted", "", ""])
    with open(HERE / "glossary.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["concept", "lang", "term", "status", "definition", "pos"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
