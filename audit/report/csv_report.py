"""findings.csv: one row per finding, for spreadsheets and scripts.

A spreadsheet program opening the CSV evaluates a cell starting with = (or a
tab or CR) as a formula, and tries one starting with +, - or @ that is not a
number. Text cells (sentences, notes) starting so get a leading apostrophe
(the OWASP advice). Names (the set, file and path columns) are what scripts
join on, so they keep their real text unless they could run something: =
anywhere at the start, or +, - or @ followed by a call, a DDE link, a
reference or another operator (`(`, `|`, `!`, `=`...). A name like
"-draft.txt" or "@team" stays as it is; so do numbers. Scripts that need every
text raw should read findings.json.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..model import SetResult
import re

from .common import atomic_path, finding_rows, flagged_word, mqm_category

COLUMNS = ["id", "set", "file", "lang", "unit", "line", "sentence_no", "start", "end",
           "word", "concept", "replacement", "kind", "severity", "mqm", "confidence",
           "sentence", "suggestion", "evidence", "note", "path", "sha256"]


_ALWAYS = ("=", "\t", "\r")
_SIGNS = ("+", "-", "@")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?")
_ACTIVE = re.compile(r"[(|!=&\"^*/<>]")


def would_be_formula(text: str) -> bool:
    """Whether a spreadsheet opening the CSV could run something from this cell."""
    if text.startswith(_ALWAYS):
        return True
    if not text.startswith(_SIGNS) or _NUMBER.fullmatch(text):
        return False
    return bool(_ACTIVE.search(text[1:])) or text[1:2] in _SIGNS + _ALWAYS


def would_be_tried(text: str) -> bool:
    """Whether a spreadsheet would try this text as a formula at all."""
    return text.startswith(_ALWAYS) or (text.startswith(_SIGNS) and not _NUMBER.fullmatch(text))


def safe_cell(value, name: bool = False) -> str:
    """The cell as the CSV holds it: quote-prefixed where a spreadsheet would
    evaluate it (for a `name`, only where it could run something)."""
    if value is None or isinstance(value, (int, float)):
        return "" if value is None else str(value)
    text = str(value)
    return "'" + text if (would_be_formula(text) if name else would_be_tried(text)) else text


NAMES = {COLUMNS.index(c) for c in ("set", "file", "path")}


def _evidence(f) -> str:
    return " | ".join(f"{e.rule}:{e.version}: {e.text}" if e.version else f"{e.rule}: {e.text}"
                      for e in f.evidence)


def write_csv(results: list[SetResult], path: Path, params: dict, protected=()) -> Path:
    # utf-8-sig: Excel opens a BOM-less UTF-8 CSV as ANSI and garbles Georgian.
    with atomic_path(path, protected) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        w = csv.writer(out)
        w.writerow(COLUMNS)
        for row in finding_rows(results):
            f = row.finding
            values = [row.id, row.set_name, row.label, f.lang, row.segment_id, f.line, row.sentence_no,
                      f.start, f.end, flagged_word(f), f.concept, f.replacement, f.kind,
                      f.severity, mqm_category(f), round(f.confidence, 3), f.sentence,
                      f.suggestion, _evidence(f), f.note, row.path, row.sha256]
            w.writerow([safe_cell(v, k in NAMES) for k, v in enumerate(values)])
    return path
