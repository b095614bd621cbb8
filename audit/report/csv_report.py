"""findings.csv: one row per finding, for spreadsheets and scripts.

A spreadsheet program opening the CSV would run a cell starting with =, +, -,
@, tab or CR as a formula, so such cells get a leading apostrophe (the OWASP
advice); scripts that need the raw text should read findings.json.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..model import SetResult
from .common import atomic_path, finding_rows, flagged_word, looks_like_formula, mqm_category

COLUMNS = ["id", "set", "file", "lang", "unit", "line", "sentence_no", "start", "end",
           "word", "concept", "replacement", "kind", "severity", "mqm", "confidence",
           "sentence", "suggestion", "evidence", "note", "path", "sha256"]


def safe_cell(value) -> str:
    if value is None or isinstance(value, (int, float)):
        return "" if value is None else str(value)
    text = str(value)
    return "'" + text if looks_like_formula(text) else text


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
            w.writerow([safe_cell(v) for v in values])
    return path
