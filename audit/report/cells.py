"""The review workbook's columns, marker and cell codec: what its writer
(excel) and its readers (apply, frame, quality, carryover) agree on."""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

from ..errors import InputError
from .common import looks_like_formula
from .highlight import Pieces
from .layout import noted
from .untrusted import sheet_rows

MAX_ROWS = 1_048_576          # Excel's limit, header row included
MAX_CELL = 32_767             # Excel's limit on characters in one cell
MARKER_SHEET = "_audit"
MARKER = "term-collapse-audit review workbook"
SCHEMA = "3"       # 3: signed rows and marker, no absolute paths (2: corpus root in the marker)
DECISIONS = ["accept", "reject", "edit"]
RED, GREEN = "#C00000", "#00803C"


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    hidden: bool = False


# Findings sheet. `audit apply` finds columns by these headers, so renaming
# one is a structural edit it refuses.
FINDINGS_COLUMNS = [
    # the reviewer's columns stand beside the ID and are frozen with it, the
    # flagged sentence right after them (FROZEN_COLUMNS)
    Column("ID", 12), Column("Decision", 10), Column("Edited text", 40), Column("Comment", 24),
    Column("Target sentence", 60), Column("New", 6),
    Column("Set", 14), Column("File", 16), Column("Unit", 8), Column("Line", 6),
    Column("Sentence", 8), Column("Start", 7), Column("End", 7),
    Column("Source / pivot sentence", 60),
    Column("Evidence", 22), Column("Word", 14), Column("Concept", 11),
    Column("Suggested sentence", 60), Column("Severity", 9), Column("MQM category", 24),
    Column("Kind", 13), Column("Confidence", 10), Column("Note", 24),
    # machine columns for `audit apply`; _relpath is relative to the corpus root,
    # _sig signs them with the ID and File (report/signing.py)
    Column("_relpath", 10, True), Column("_sha256", 10, True),
    Column("_fmt", 6, True), Column("_unit", 6, True), Column("_start", 6, True),
    Column("_end", 6, True), Column("_word", 10, True), Column("_replacement", 10, True),
    Column("_sentence_start", 6, True), Column("_sentence", 10, True), Column("_encoding", 8, True),
    Column("_sig", 10, True),
]
COL = {c.header: i for i, c in enumerate(FINDINGS_COLUMNS)}
# What a row's _sig covers: everything apply acts on except the review itself.
SIGNED_COLUMNS = ["ID", "File"] + [c.header for c in FINDINGS_COLUMNS if c.hidden and c.header != "_sig"]
FROZEN_COLUMNS = COL["Comment"] + 1
SEVERITY_FILLS = {"critical": "#E6B8B7", "major": "#F8CBAD", "minor": "#FFF2CC"}
REVIEW_COLUMNS = ("Decision", "Edited text", "Comment")


class Styles:
    """The few formats the workbook uses, made once per workbook."""

    def __init__(self, wb: xlsxwriter.Workbook):
        base = {"text_wrap": True, "valign": "top"}
        self.wb = wb
        self.report_name = "audit.xlsx"         # for the page footers
        self.header = wb.add_format({"bold": True, "bg_color": "#DDE5F0", "bottom": 1, "text_wrap": True, "valign": "top"})
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.bold = wb.add_format({"bold": True})
        self.cell = wb.add_format(base)
        self.cell_q = wb.add_format({**base, "quote_prefix": True})
        self.pct = wb.add_format({"num_format": "0.0%", "valign": "top"})
        self.dec2 = wb.add_format({"num_format": "0.00", "valign": "top"})
        self.dec3 = wb.add_format({"num_format": "0.000", "valign": "top"})
        self.num = wb.add_format({"valign": "top"})
        # font runs inside rich text, and whole cells that are one marked run
        self.runs = {
            "red": wb.add_format({"font_color": RED, "bold": True}),
            "green": wb.add_format({"font_color": GREEN, "bold": True}),
            "bold": wb.add_format({"bold": True}),
        }
        self.whole = {(k, q): wb.add_format({**base, **({"quote_prefix": True} if q else {}),
                                            "bold": True, **({"font_color": c} if c else {})})
                      for k, c in (("red", RED), ("green", GREEN), ("bold", None)) for q in (False, True)}

    def text_format(self, text: str):
        return self.cell_q if looks_like_formula(text) else self.cell


def put_text(ws, st: Styles, r: int, c: int, text) -> None:
    if text is None or text == "":
        return
    text = str(text)[:MAX_CELL]
    noted(ws, r, c, text)
    ws.write_string(r, c, text, st.text_format(text))


def put_wide(ws, st: Styles, r: int, first: int, last: int, text) -> None:
    """Long text across columns first..last (merged), so it wraps in the
    width of a paragraph rather than of one narrow column."""
    if text is None or text == "":
        return
    text = str(text)[:MAX_CELL]
    noted(ws, r, first, text, last)
    ws.merge_range(r, first, r, last, text, st.text_format(text))


def put_header(ws, st: Styles, r: int, c: int, text: str) -> None:
    """A header cell (bold, shaded, wrapped)."""
    noted(ws, r, c, text)
    ws.write_string(r, c, text, st.header)


# xlsxwriter escapes these twice inside rich strings (3.3: "\r" shows as
# "_x000D_" in Excel), so such rare cells are written plain, unhighlighted.
_RICH_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f]|_x[0-9A-Fa-f]{4}_")


def put_rich(ws, st: Styles, r: int, c: int, pieces: Pieces, run: str) -> None:
    """A cell whose marked pieces are in the `run` font (red, green, bold)."""
    pieces = [(t, m) for t, m in pieces if t]
    text = "".join(t for t, _ in pieces)
    if not any(m for _, m in pieces) or len(text) > MAX_CELL or _RICH_UNSAFE.search(text):
        put_text(ws, st, r, c, text)
        return
    noted(ws, r, c, text)
    if len(pieces) == 1:   # xlsxwriter needs two runs for rich text
        ws.write_string(r, c, text, st.whole[(run, looks_like_formula(text))])
    else:
        args = []
        for t, marked in pieces:
            args += [st.runs[run], t] if marked else [t]
        ws.write_rich_string(r, c, *args, st.text_format(text))


def machine_text(value: str) -> str:
    """Hidden-column text as a JSON string with control characters and "_"
    escaped. Excel stores control characters as _xHHHH_ and openpyxl reads
    that back inconsistently (raw in inline strings, half-decoded in shared
    ones); a value with neither survives any reader, and apply compares
    these byte for byte with the file."""
    return json.dumps(value, ensure_ascii=False).replace("_", "\\u005f")


def from_machine_text(cell) -> str | None:
    """The value `machine_text` stored; None for an empty or foreign cell."""
    if not isinstance(cell, str) or not cell.startswith('"'):
        return None
    try:
        value = json.loads(cell)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def put_number(ws, st: Styles, r: int, c: int, value, fmt=None) -> None:
    if value is not None:
        ws.write_number(r, c, value, fmt or st.num)


@functools.lru_cache(maxsize=1024)
def relative_path(path: Path, root: Path) -> str:
    """The file's path inside the corpus root, which is what `audit apply`
    resolves ("" for a path outside the root). A workbook travels, so it never
    holds the auditor's absolute paths. Cached: resolving a path costs more
    than writing a row."""
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return ""


def travelling_path(value: str, root: Path | None) -> str:
    """A path as a workbook that travels may show it: relative to the corpus
    root when inside it, else only its name (never the auditor's folders)."""
    p = Path(value)
    if not p.is_absolute() and ".." not in p.parts:
        return value
    rel = relative_path(p, root) if root is not None else ""
    return rel or p.name


def read_marker(wb, report: Path) -> dict:
    """The marker sheet as a dict; "inputs" holds the input list and
    "signed rows" every row but the signature, in order, as the signature
    covers them (three cells each)."""
    if MARKER_SHEET not in wb.sheetnames:
        raise InputError(report, "not a review workbook written by `audit` (no marker sheet); "
                                 "apply only reads the audit.xlsx a run wrote")
    info, inputs, signed = {}, {}, []
    for row in sheet_rows(wb[MARKER_SHEET]):
        row = tuple(row or ())
        if row and row[0] != "signature":
            signed += list((row + (None, None, None))[:3])
        if row and row[0] == "input":
            rel = from_machine_text(row[1]) if len(row) > 1 else None
            digest = row[2] if len(row) > 2 else None
            if rel is None or not isinstance(digest, str):
                raise InputError(report, "the marker sheet's input list is damaged; the workbook's structure was edited")
            inputs[rel] = digest
        elif row and row[0] is not None:
            info[str(row[0])] = "" if len(row) < 2 or row[1] is None else str(row[1])
    info["inputs"] = inputs
    info["signed rows"] = signed
    if info.get("marker") != MARKER:
        raise InputError(report, "not a review workbook written by `audit` (marker sheet altered)")
    if info.get("schema") != SCHEMA:
        raise InputError(report, f"review workbook schema {info.get('schema')!r}, this version reads {SCHEMA!r}; "
                                 "re-run the audit to get a new report (decisions carry over)")
    return info


def cell_text(v) -> str:
    return "" if v is None else str(v)
