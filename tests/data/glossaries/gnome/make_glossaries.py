"""Rebuild gnome-glossary.tbx and sv-ordlista.csv from the GNOME files beside
this script (po/*.po: the GNOME Glossary's translations; sv-ordlista.html: the
Swedish GNOME team's word list). Run: python make_glossaries.py

Only the shape changes; every term is the GNOME translators'. Rules:
* one TBX conceptEntry per English term (msgid) with its definition (the
  extracted comment), and per language the msgstr's terms: alternatives
  separated by "," "，" "、" ";" or numbered "(1) ... (2) ..." or
  "1. ... 2. ..." (the German team's way) are the
  entry's admitted terms after the first (preferred), and so are two words of
  one stem written side by side in German, a verb and its noun ("starten
  Start", "Aktualisierung aktualisieren"); a parenthesised note
  ("(verb)", "(in the panel)", "anslut(a)") is dropped; empty, fuzzy and
  untranslated (msgstr = msgid for a term that is not a name) units are left out;
* sv-ordlista.csv: one glossary row per Swedish term; "(inte X)" ("not X")
  makes X a forbidden term of the entry.
"""
from __future__ import annotations

import csv
import html
import os
import re
from pathlib import Path
from xml.sax.saxutils import escape

from translate.storage import pypo

HERE = Path(__file__).parent
LOCALES = {"zh_CN": "zh-Hans", "zh_TW": "zh-Hant", "pt_BR": "pt-BR", "pt": "pt-PT"}
_SPLIT = re.compile(r"\s*(?:[,，、;；]|\(\d\)|(?<!\S)\d\.(?=\s))\s*")
_NOTE = re.compile(r"\s*[(（][^)）]*[)）]\s*")


def terms_of(msgstr: str, locale: str = "") -> list[str]:
    out = []
    for part in _SPLIT.split(msgstr):
        part = _NOTE.sub(" ", part).strip(" .")
        part = " ".join(part.split())
        for term in (_same_stem(part) if locale == "de" else [part]):
            if term and term not in out:
                out.append(term)
    return out


def _same_stem(part: str) -> list[str]:
    """Two German words sharing their first four letters or more are two
    alternatives (a verb and its noun: "starten Start"), not one term (in
    Portuguese "Cruz cruzada" is one: a noun and its adjective)."""
    words = part.split()
    if len(words) == 2 and len(os.path.commonprefix([w.casefold() for w in words])) >= 4:
        return words
    return [part]


def _po(path: Path) -> pypo.pofile:
    """The file decoded in the charset its header names (some of these old
    files hold a stray byte of another encoding in a comment: replaced)."""
    raw = path.read_bytes()
    m = re.search(rb"charset=([\w.-]+)", raw)
    charset = m.group(1).decode() if m else "utf-8"
    text = raw.decode(charset, errors="replace").replace(f"charset={charset}", "charset=UTF-8")
    return pypo.pofile.parsestring(text.encode("utf-8"))


def read_po() -> dict[str, dict]:
    entries: dict[str, dict] = {}
    for path in sorted((HERE / "po").glob("*.po")):
        locale = LOCALES.get(path.stem, path.stem)
        for unit in _po(path).units:
            if unit.isheader() or unit.isfuzzy() or not unit.istranslated():
                continue
            source = str(unit.source).strip()
            if source == "Term":                # the CSV's header row, kept as a unit
                continue
            e = entries.setdefault(source.casefold(), {"en": source, "definition": "", "terms": {}})
            note = unit.getnotes("developer").strip().strip('"')
            if note and not e["definition"]:
                e["definition"] = note
            terms = terms_of(str(unit.target), locale)
            if terms:
                e["terms"][locale] = terms
    return {k: e for k, e in entries.items() if e["terms"]}


def write_tbx(entries: dict[str, dict]) -> None:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc>'
             "<p>GNOME Glossary (gnome-i18n/glossary), converted by make_glossaries.py</p>"
             "</sourceDesc></fileDesc></martifHeader><text><body>"]
    for n, (_, e) in enumerate(sorted(entries.items()), 1):
        lines.append(f'<termEntry id="g{n}">')
        if e["definition"]:
            lines.append(f'<descrip type="definition">{escape(e["definition"])}</descrip>')
        lines.append(f'<langSet xml:lang="en"><tig><term>{escape(e["en"])}</term></tig></langSet>')
        for locale, terms in sorted(e["terms"].items()):
            tigs = "".join(
                f"<tig><term>{escape(t)}</term><termNote type=\"administrativeStatus\">"
                f"{'preferredTerm-admn-sts' if i == 0 else 'admittedTerm-admn-sts'}</termNote></tig>"
                for i, t in enumerate(terms))
            lines.append(f'<langSet xml:lang="{locale}">{tigs}</langSet>')
        lines.append("</termEntry>")
    lines.append("</body></text></martif>")
    (HERE / "gnome-glossary.tbx").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_sv_csv() -> None:
    text = (HERE / "sv-ordlista.html").read_text(encoding="latin-1")
    rows = []
    for m in re.finditer(r"<tr><td>([^<]+)<td>([^<\n]*(?:<em>inte</em>[^<\n]*)?)", text):
        en, sv = html.unescape(m.group(1)).strip(), html.unescape(m.group(2)).strip()
        forbidden = re.findall(r"\(<em>inte</em>\s*([^)]+)\)", sv)
        sv = re.sub(r"\(<em>inte</em>[^)]*\)", "", sv)
        approved = terms_of(sv)
        if not approved:
            continue
        rows.append((en, "en", en, "preferred"))
        rows += [(en, "sv", t, "preferred" if i == 0 else "admitted") for i, t in enumerate(approved)]
        rows += [(en, "sv", f.strip(), "forbidden") for f in forbidden]
    with open(HERE / "sv-ordlista.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["concept", "lang", "term", "status"])
        w.writerows(rows)


if __name__ == "__main__":
    write_tbx(read_po())
    write_sv_csv()
