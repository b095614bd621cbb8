"""How the workbook reads on screen and on paper: row heights that fit their
wrapped text, and the page setup of every sheet.

Neither xlsxwriter nor openpyxl measures text, and neither does Excel when it
opens a file that says nothing: a wrapped cell then shows one line and hides
the rest, and LibreOffice draws it over the rows below. So each sheet's rows
are given heights computed here from the text and the column widths, as the
cells are written (the workbook streams rows to disk, so a row's height must
be known before the next row starts).
"""
from __future__ import annotations

import unicodedata

LINE_HEIGHT = 15.0          # points per line of the default font (Calibri 11)
MAX_HEIGHT = 409.0          # Excel's limit on a row's height
DEFAULT_WIDTH = 8.43        # Excel's default column width, in characters of '0'
PADDING = 1.0               # a cell's margins take about one character of its width
A4, A3 = 9, 8               # Excel's paper sizes


def char_width(ch: str) -> float:
    """Width in characters of '0': wide and full-width (CJK, Hangul) count
    two; combining marks nothing."""
    if unicodedata.combining(ch):
        return 0.0
    return 2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.0


def wrapped_lines(text: str, width: float) -> int:
    """Lines `text` takes in a wrapping cell `width` characters wide: greedy
    word wrap, as Excel and LibreOffice do, with words longer than a line
    broken inside."""
    room = max(1.0, width - PADDING)
    lines = 0
    for paragraph in str(text).split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            w = sum(char_width(ch) for ch in word)
            if used and used + 1 + w > room:        # the word goes to a new line
                lines += 1
                used = 0.0
            elif used:
                used += 1                           # the space before it
            while w > room:                         # a word longer than the line
                lines += 1
                w -= room
            used += w
    return lines


def row_height(lines: int) -> float:
    return min(MAX_HEIGHT, LINE_HEIGHT * max(1, lines))


class RowFitter:
    """Tracks, for one worksheet, the lines each row needs and sets the row's
    height as soon as a cell needs more (before the row is streamed out)."""

    def __init__(self, ws, widths: dict[int, float]):
        self.ws, self.widths = ws, dict(widths)
        self.lines: dict[int, int] = {}

    def width(self, c: int) -> float:
        return self.widths.get(c, DEFAULT_WIDTH)

    def note(self, r: int, c: int, text: str, last: int | None = None) -> None:
        """`last`: the cell is merged across columns c..last."""
        need = wrapped_lines(text, sum(self.width(k) for k in range(c, (last or c) + 1)))
        if need > self.lines.get(r, 1):
            self.lines[r] = need
            self.ws.set_row(r, row_height(need))


def fit_rows(ws, widths: dict[int, float]) -> RowFitter:
    """Make `ws` fit its rows to wrapped text (cells.put_text and put_rich
    report to it); `widths` are the column widths the sheet sets."""
    ws.fitter = RowFitter(ws, widths)
    return ws.fitter


def noted(ws, r: int, c: int, text: str, last: int | None = None) -> None:
    """Tell the sheet's fitter, if it has one, of a wrapping cell's text
    (merged across columns c..last, if given)."""
    fitter = getattr(ws, "fitter", None)
    if fitter is not None:
        fitter.note(r, c, text, last)


def set_width(ws, first: int, last: int, width: float, options: dict | None = None) -> None:
    """set_column, and the fitter learns the widths."""
    ws.set_column(first, last, width, None, options or {})
    fitter = getattr(ws, "fitter", None)
    if fitter is not None:
        for c in range(first, last + 1):
            fitter.widths[c] = width


def page_setup(ws, title: str, header_rows: int = 1, paper: int = A4) -> None:
    """Landscape, one page wide, the header row(s) on every page, the report's
    name and the page number in the footer."""
    ws.set_landscape()
    ws.set_paper(paper)
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    if header_rows:
        ws.repeat_rows(0, header_rows - 1)
    ws.set_footer(f"&L{_footer_text(title)} - &A&RPage &P of &N")


def _footer_text(text: str) -> str:
    return text.replace("&", "&&")[:100]
