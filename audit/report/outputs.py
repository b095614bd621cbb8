"""Writing a run's reports: `write_reports` is the one entry point the commands
call. Each format lives in its own module. All or nothing: every report is
first written completely to a staged file beside its target, and only when all
are written are they renamed into place, so a full disk, an interruption or
any error leaves the previous reports as they were (never half of two runs),
and none writes over an input file.
"""
from __future__ import annotations

from pathlib import Path

import errno
import os

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
    from .outfolder import check_folder
    check_folder(out_dir)


def write_reports(results: list[SetResult], out_dir: Path, formats: list[str], params: dict,
                  termbase, previous=None, before_commit=None) -> list[Path]:
    """Write each of `formats` (xlsx, json, csv, jsonl, html) into `out_dir`; return the paths.
    `previous` (carryover.Previous) carries the last workbook's decisions over;
    `before_commit()` runs once every report is staged, before any replaces
    its predecessor (the backup of a reviewed workbook goes there)."""
    check_outputs(out_dir, formats)
    out_dir = Path(out_dir)
    meta = report_params(results, params, termbase)
    protected = list(input_files(results))
    targets = [out_dir / DEFAULT_NAMES[fmt] for fmt in dict.fromkeys(formats)]   # once each, in the order asked
    for path in targets:
        resolved = path.resolve()
        if any(resolved == Path(p).resolve() for p in protected):
            raise InputError(path, "refusing to write a report over an input file")
    _remove_dead_stages(out_dir, targets)
    staged: dict[Path, Path] = {}
    try:
        for fmt, path in zip(dict.fromkeys(formats), targets):
            stage = path.with_name(f".{path.name}.{os.getpid()}.staged")
            staged[path] = stage
            if fmt == "xlsx" and previous is not None:
                previous = previous.refreshed()      # decisions saved while this run worked
            _write_one(fmt, results, stage, meta, termbase, protected, previous)
        if previous is not None and "xlsx" in formats and previous.changed():
            # a reviewer saved the workbook while it was being written: carry that too
            previous = previous.refreshed()
            _write_one("xlsx", results, staged[out_dir / DEFAULT_NAMES["xlsx"]], meta, termbase, protected, previous)
        if before_commit is not None:
            before_commit()
        for path, stage in staged.items():
            os.replace(stage, path)
    except OSError as e:
        for stage in staged.values():
            stage.unlink(missing_ok=True)
        why = "no space left on the device" if e.errno == errno.ENOSPC else (e.strerror or str(e))
        raise InputError(out_dir, f"could not write the reports ({why}); "
                                  "the previous reports are as they were") from None
    except BaseException:
        for stage in staged.values():
            stage.unlink(missing_ok=True)
        raise
    return targets


def _write_one(fmt: str, results, path: Path, meta: dict, termbase, protected, previous) -> None:
    if fmt == "xlsx":
        from .excel import write_excel
        write_excel(results, path, meta, termbase, protected, previous=previous)
    elif fmt == "json":
        from .json_report import write_json
        write_json(results, path, meta, protected)
    elif fmt == "jsonl":
        from .json_report import write_jsonl
        write_jsonl(results, path, meta, protected)
    elif fmt == "html":             # the review page (review_page.py)
        from .review_page import write_review_page
        write_review_page(results, path, meta, protected, previous=previous)
    else:
        from .csv_report import write_csv
        write_csv(results, path, meta, protected)


def _remove_dead_stages(out_dir: Path, targets: list[Path]) -> None:
    """Staged reports left by a run that was killed (its process is gone)."""
    from .outfolder import alive
    for path in targets:
        for stage in out_dir.glob(f".{path.name}.*.staged"):
            pid = stage.name[len(path.name) + 2:-len(".staged")]
            if pid.isdigit() and not alive(int(pid)):
                stage.unlink(missing_ok=True)
