"""Writing a run's reports: `write_reports` is the one entry point the commands
call. Each format lives in its own module; every writer writes a temporary file
beside the target and renames it, so an interrupted run never leaves half a
report, and none writes over an input file.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import SetResult
from .common import input_files, report_params

DEFAULT_NAMES = {"xlsx": "audit.xlsx", "json": "findings.json", "csv": "findings.csv", "jsonl": "findings.jsonl",
                 "html": "review.html"}
FORMATS = tuple(DEFAULT_NAMES)


def check_outputs(out_dir: Path, formats: list[str]) -> None:
    """Refuse unknown formats and an output folder that is a file, before any work."""
    unknown = [f for f in formats if f not in DEFAULT_NAMES]
    if unknown:
        raise InputError(None, f"unknown report format(s) {', '.join(unknown)} (known: {', '.join(FORMATS)})")
    if not formats:
        raise InputError(None, f"no report format given (known: {', '.join(FORMATS)})")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(out_dir, "report folder is a file")


def write_reports(results: list[SetResult], out_dir: Path, formats: list[str], params: dict,
                  termbase, previous=None) -> list[Path]:
    """Write each of `formats` (xlsx, json, csv, jsonl, html) into `out_dir`; return the paths.
    `previous` (carryover.Previous) carries the last workbook's decisions over."""
    check_outputs(out_dir, formats)
    out_dir = Path(out_dir)
    meta = report_params(results, params, termbase)
    protected = list(input_files(results))
    written = []
    for fmt in dict.fromkeys(formats):          # once each, in the order asked
        path = out_dir / DEFAULT_NAMES[fmt]
        if fmt == "xlsx":
            from .excel import write_excel
            written.append(write_excel(results, path, meta, termbase, protected, previous=previous))
        elif fmt == "json":
            from .json_report import write_json
            written.append(write_json(results, path, meta, protected))
        elif fmt == "html":             # the review page (review_page.py)
            from .review_page import write_review_page
            written.append(write_review_page(results, path, meta, protected, previous=previous))
        elif fmt == "jsonl":
            from .json_report import write_jsonl
            written.append(write_jsonl(results, path, meta, protected))
        else:
            from .csv_report import write_csv
            written.append(write_csv(results, path, meta, protected))
    return written

