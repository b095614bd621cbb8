"""CSV (or TSV) termbases: one term per row.

    distinction,concept,lang,term,status[,definition][,note]
    client-customer,client,de,Mandant,preferred
    client-customer,customer,de,Käufer,preferred
    client-customer,,de,Kunde,ambiguous
    cost-price,cost,de,Kosten,preferred

status is preferred, admitted (or empty) or ambiguous. An ambiguous term
covers every concept of its distinction, so its concept cell stays empty.
A distinction's concepts are those named in its rows, in order of first
appearance. `definition` (per concept) and `note` (per language) are
optional; the first non-empty cell counts. The delimiter (comma, semicolon or
tab) is read from the header line.

Glossary rows (issue 24) leave `distinction` empty (or the file has no such
column): `concept` then names a glossary entry (its id), and status may also
be forbidden, deprecated or superseded (a term not to use) or dnt (do not
translate: the target keeps the source's term). An `enforce` column (yes/no)
makes a distinction's deviations term-compliance findings, or a glossary
entry's deviations major:

    distinction,concept,lang,term,status,enforce
    ,file,en,file,preferred,yes
    ,file,fi,tiedosto,preferred,yes
    ,file,ru,фаил,forbidden,yes
    ,deluge,en,Deluge,dnt,

A `pos` (or `part of speech`) column gives an English glossary term's part
of speech (noun, verb, adjective), which the glossary checks' sense rules
read (audit/text/senses.py).

Optional columns for issue 8: `domains` (the term's domains, separated by
spaces or "/": legal/healthcare), and for a sense of a concept (the software
"client"), `sense_of` (the concept it is a sense of; `concept` then names the
sense) with `cues` (that language's cue patterns, separated by ";"):

    client-customer,software-client,de,Client,preferred,,,,client,
    client-customer,software-client,en,client,preferred,,,,client,API *; * side|ID
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..errors import InputError
from ..text.languages import base_code
from .glossary import FORBIDDEN, Entry, GlossaryTerm, locale_key, parse_bool, validate_entry
from .termbase import LOADERS, Termbase, distinction_from_dict

REQUIRED = ("distinction", "concept", "lang", "term", "status")
STATUSES = ("preferred", "admitted", "ambiguous") + FORBIDDEN + ("dnt",)


def load_csv(path: Path) -> Termbase:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 text: {e}") from None
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InputError(path, "empty file; the first line must name the columns " + ",".join(REQUIRED))
    header = lines[0]
    delimiter = max(",;\t", key=header.count)
    reader = csv.DictReader(lines, delimiter=delimiter)
    columns = [c.strip().casefold() for c in reader.fieldnames or []]
    columns = ["pos" if c in ("part of speech", "partofspeech", "part_of_speech") else c for c in columns]
    if "distinction" not in columns and all(c in columns for c in REQUIRED[1:]):
        columns.append("distinction")          # a plain glossary: every row is an entry's
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise InputError(path, f"line 1: missing column(s) {', '.join(missing)} (need {', '.join(REQUIRED)})")
    reader.fieldnames = columns

    dists: dict[str, dict] = {}
    senses: dict[tuple[str, str], dict] = {}
    entries: dict[str, Entry] = {}
    enforced: dict[str, tuple[bool, int]] = {}
    for line, row in enumerate(reader, 2):
        if None in row:
            raise InputError(path, f"line {line}: more cells than columns")
        cell = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if not any(cell.values()):
            continue
        did, concept, lang, term = cell.get("distinction", ""), cell["concept"], cell["lang"], cell["term"]
        status = cell["status"].casefold() or "admitted"
        for name in ("lang", "term"):
            if not cell[name]:
                raise InputError(path, f"line {line}: empty {name}")
        if status not in STATUSES:
            raise InputError(path, f"line {line}: unknown status {cell['status']!r} (expected {', '.join(STATUSES)})")
        enforce = parse_bool(cell.get("enforce", ""), f"{path}: line {line}", "enforce") if cell.get("enforce") else None
        if not did:                            # a glossary row
            if not concept:
                raise InputError(path, f"line {line}: a glossary row needs the entry's id in the concept column")
            if status == "ambiguous":
                raise InputError(path, f"line {line}: ambiguous is a distinction's status; a glossary row "
                                       "(no distinction) is preferred, admitted, forbidden, deprecated or dnt")
            entry = entries.setdefault(concept, Entry(concept))
            if status == "dnt":
                entry.dnt = True
                status = "preferred"
            if enforce:
                entry.enforce = True
            if cell.get("definition") and not entry.definition:
                entry.definition = cell["definition"]
            if cell.get("pos") and not entry.pos and locale_key(lang).split("-")[0] == "en":
                entry.pos = cell["pos"].casefold()     # the English term's (the sense rules read English)
            entry.terms.append(GlossaryTerm(term, locale_key(lang), status))
            continue
        if status in FORBIDDEN or status == "dnt":
            raise InputError(path, f"line {line}: status {status!r} is for glossary rows (leave distinction empty); "
                                   "a distinction's terms are preferred, admitted or ambiguous")
        if enforce is not None:
            was = enforced.setdefault(did, (enforce, line))
            if was[0] != enforce:
                raise InputError(path, f"line {line}: enforce {'yes' if enforce else 'no'} for distinction {did!r}, "
                                       f"but line {was[1]} says {'yes' if was[0] else 'no'}")
        if status == "ambiguous" and concept:
            raise InputError(path, f"line {line}: {term!r} is ambiguous, so it covers every concept; leave concept empty")
        if status != "ambiguous" and not concept:
            raise InputError(path, f"line {line}: {term!r} has no concept")
        lang = base_code(lang)
        d = dists.setdefault(did, {"id": did, "concepts": [], "definitions": {}, "terms": {}, "_pref": {}})
        if cell.get("sense_of"):
            sense = senses.setdefault((did, concept), {"id": concept, "of": cell["sense_of"], "cues": {}, "terms": {}})
            if sense["of"] != cell["sense_of"]:
                raise InputError(path, f"line {line}: sense {concept!r} is a sense of {sense['of']!r} on an earlier line")
            words = sense["terms"].setdefault(lang, [])
            words.insert(0, term) if status == "preferred" else words.append(term)
            cues = [c.strip() for c in cell.get("cues", "").split(";") if c.strip()]
            sense["cues"].setdefault(lang, []).extend(cues)
            sense.setdefault("domains", [])
            sense["domains"] += [x for x in cell.get("domains", "").replace("/", " ").split() if x not in sense["domains"]]
            continue
        entry = d["terms"].setdefault(lang, {})
        domains = [x for x in cell.get("domains", "").replace("/", " ").split() if x]
        if domains:
            entry.setdefault("domains", {})[term] = domains
        if status == "ambiguous":
            entry.setdefault("ambiguous", []).append(term)
        else:
            if concept not in d["concepts"]:
                d["concepts"].append(concept)
            names = entry.setdefault(concept, [])
            if status == "preferred":
                if (lang, concept) in d["_pref"]:
                    raise InputError(path, f"line {line}: a second preferred {lang} term for {concept!r} "
                                           f"(line {d['_pref'][(lang, concept)]} already has one)")
                d["_pref"][(lang, concept)] = line
                names.insert(0, term)
            else:
                names.append(term)
            if cell.get("definition") and concept not in d["definitions"]:
                d["definitions"][concept] = cell["definition"]
        if cell.get("note") and "note" not in entry:
            entry["note"] = cell["note"]
    if not dists and not entries:
        raise InputError(path, "no terms")
    for entry in entries.values():
        validate_entry(entry, str(path))
    for (did, _), sense in senses.items():
        sense["cues"] = {k: v for k, v in sense["cues"].items() if v}
        dists[did].setdefault("senses", []).append(sense)
    out = []
    for did, d in dists.items():
        d.pop("_pref")
        if did in enforced:
            d["enforce"] = enforced[did][0]
        if len(d["concepts"]) < 2:
            raise InputError(path, f"distinction {did!r}: needs terms for at least two concepts, has "
                                   f"{d['concepts'] or 'none'}")
        out.append(distinction_from_dict(d, str(path)))
    return Termbase(out, path.name, list(entries.values()))


LOADERS[".csv"] = load_csv
LOADERS[".tsv"] = load_csv
