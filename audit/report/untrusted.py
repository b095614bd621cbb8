"""Opening a review workbook that came back from outside: untrusted input.

An .xlsx is a zip of XML parts. Before openpyxl sees it, every member's
uncompressed size is bounded (zipfile never inflates a member past the size
its header declares, so checking the declared sizes bounds memory and disk):
worksheets, which openpyxl streams, may be large; any other part, which it
reads whole, may not; and a part that inflates more than a spreadsheet ever
does (a bomb) is refused. The prolog of every XML part is checked for a DTD:
a workbook never has one, entity declarations are how XML bombs and external
entities work, and a DTD can only stand before the root element.
Any failure while reading, however deep in openpyxl, becomes one InputError
naming the report: one line and exit 2, never a traceback.
"""
from __future__ import annotations

import re
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import InputError

MAX_MEMBER = 256 * 2**20        # a part openpyxl reads whole, uncompressed
MAX_SHEET = 4 * 2**30           # a worksheet, which openpyxl streams
MAX_TOTAL = 8 * 2**30           # all parts together
MAX_RATIO = 200                 # spreadsheets deflate 5-30 times; bombs 1000 times
_PROLOG = 64 * 2**10            # how far into a part its root element must start
_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
_ROOT = re.compile(rb"<[A-Za-z_]")


def check_archive(report: Path) -> None:
    """Refuse a report that is not a zip, inflates past the limits, is
    truncated (CRC errors) or holds a DTD in any XML part."""
    if not report.is_file():
        raise InputError(report, "no such report")
    try:
        with zipfile.ZipFile(report) as z:
            infos = z.infolist()
            total = 0
            for info in infos:
                total += info.file_size
                sheet = info.filename.startswith("xl/worksheets/")
                limit = MAX_SHEET if sheet else MAX_MEMBER
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > limit or (info.file_size > 16 * 2**20 and ratio > MAX_RATIO):
                    raise InputError(report, f"part {info.filename!r} would inflate to "
                                             f"{info.file_size // 2**20} MiB ({ratio:.0f} times its size); "
                                             "refusing the report")
                if total > MAX_TOTAL:
                    raise InputError(report, f"the workbook would inflate to over {MAX_TOTAL // 2**20} MiB; "
                                             "refusing the report")
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    _scan_for_dtd(report, z, info)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError) as e:
        raise InputError(report, f"not a readable Excel workbook ({_why(e)}); is it damaged or truncated?") from None


def _scan_for_dtd(report: Path, z: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    with z.open(info) as f:
        head = f.read(_PROLOG)
    root = _ROOT.search(head)
    prolog = head[:root.start()] if root else head
    if any(m in prolog for m in _DTD_MARKS):
        raise InputError(report, f"part {info.filename!r} holds a DTD (<!DOCTYPE or <!ENTITY); "
                                 "a workbook never has one; refusing the report")
    if root is None and info.file_size > len(head):
        raise InputError(report, f"part {info.filename!r} has no root element in its first "
                                 f"{_PROLOG // 1024} KiB; refusing the report")


def _why(e: Exception) -> str:
    text = str(e).splitlines()[0] if str(e) else ""
    return f"{type(e).__name__}: {text}"[:120] if text else type(e).__name__


@contextmanager
def reading(report: Path) -> Iterator[None]:
    """Any failure inside the body, while openpyxl parses the report, becomes
    one InputError naming it."""
    try:
        yield
    except InputError:
        raise
    except MemoryError:
        raise InputError(report, "the workbook is too large to read") from None
    except Exception as e:          # noqa: BLE001  untrusted input: whatever the parser raises
        raise InputError(report, f"not a readable Excel workbook ({_why(e)}); is it damaged?") from None


def open_workbook(report: Path):
    """The workbook, read-only, after `check_archive`."""
    import openpyxl
    report = Path(report)
    check_archive(report)
    with reading(report):
        return openpyxl.load_workbook(report, read_only=True, data_only=False)


def sheet_rows(ws):
    """The rows of a sheet of a workbook `open_workbook` opened, as values;
    all of them: a stale <dimension> (saved by another program) must not hide rows."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    return ws.iter_rows(values_only=True)
