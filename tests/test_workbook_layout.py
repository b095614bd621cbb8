"""The workbook and the terminal as a person reads them: rows tall enough for
their wrapped text, a page setup that prints, charts only where they compare
something, a Summary that says what is true, results on stdout and help that
fits 80 columns."""
from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
DATA_SHEETS = ["Findings", "Alignment", "Concordance", "Termbase"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """`audit run` on the default corpus, stdout and stderr apart."""
    out = tmp_path_factory.mktemp("layout") / "reports"
    p = subprocess.run([sys.executable, "-m", "audit", "run", str(CORPUS), "--out", str(out), "--quiet"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    return out, p


@pytest.fixture(scope="module")
def workbook(run):
    return openpyxl.load_workbook(run[0] / "audit.xlsx")


def _chars(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def lines_needed(text: str, width: float) -> int:
    """A lower bound on the lines a wrapping cell needs: however words break,
    a line holds at most about `width` characters of '0'."""
    return sum(max(1, math.ceil(_chars(p) / max(1.0, width))) for p in str(text).split("\n"))


def _dimension(ws, col: int):
    """The column's dimension; openpyxl keeps one per run of equal columns."""
    for d in ws.column_dimensions.values():
        if d.min is not None and d.min <= col <= d.max:
            return d
    return None


def _width(ws, col: int) -> float:
    d = _dimension(ws, col)
    return d.width if d is not None and d.width else 8.43


def _merged_width(ws, row: int, col: int) -> float:
    for rng in ws.merged_cells.ranges:
        if rng.min_row == row and rng.min_col == col:
            return sum(_width(ws, c) for c in range(rng.min_col, rng.max_col + 1))
    return _width(ws, col)


@pytest.mark.parametrize("sheet", ["Summary", *DATA_SHEETS])
def test_no_row_is_shorter_than_its_wrapped_text(workbook, sheet):
    ws = workbook[sheet]
    checked = 0
    for row in ws.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            d = _dimension(ws, cell.column)
            if d is not None and d.hidden:
                continue
            need = lines_needed(cell.value, _merged_width(ws, cell.row, cell.column))
            if need <= 1:
                continue
            height = ws.row_dimensions[cell.row].height
            assert height is not None and height >= 15 * min(need, 27) - 0.01, \
                (sheet, cell.coordinate, need, height, cell.value[:60])
            checked += 1
    assert checked, f"{sheet}: no wrapped cell of several lines to check"


@pytest.mark.parametrize("sheet", ["Summary", *DATA_SHEETS])
def test_every_sheet_prints_landscape_one_page_wide_with_page_numbers(workbook, sheet):
    ws = workbook[sheet]
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth or 1) == 1 and ws.page_setup.fitToHeight == 0     # 1 is OOXML's default
    footer = ws.oddFooter
    assert "&P" in footer.right.text and "&N" in footer.right.text
    assert "audit.xlsx" in footer.left.text


@pytest.mark.parametrize("sheet", DATA_SHEETS)
def test_data_sheets_repeat_their_header_row_on_every_page(workbook, sheet):
    assert workbook[sheet].print_title_rows == "$1:$1"


def test_findings_header_is_frozen_with_the_reviewers_columns(workbook):
    ws = workbook["Findings"]
    assert ws.freeze_panes == "E2"           # ID, Decision, Edited text, Comment stay in view
    assert [c.value for c in ws[1]][:4] == ["ID", "Decision", "Edited text", "Comment"]


def test_summary_lists_references_apart_and_each_versions_own_domain_reasons(workbook):
    rows = [tuple(c.value for c in r) for r in workbook["Summary"].iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[:2] == ("Set", "File"))
    files = []
    for r in rows[header + 1:]:
        if not r[0]:
            break
        files.append(r[1])
    assert "vi.ref.txt" not in files and "vi.txt" in files
    refs = next(i for i, r in enumerate(rows) if r[0] and str(r[0]).startswith("References (not audited"))
    assert rows[refs + 2][:3] == ("client-vs-customer", "vi.ref.txt", "vi")
    domain = next(i for i, r in enumerate(rows) if r[0] == "Domain assumed")
    why = {r[1]: r[4] for r in rows[domain + 2:domain + 6] if r[0]}
    # the Vietnamese file explains its domain with its own words; the
    # Georgian one has none in the termbase, and says so
    assert "cue words (bác sĩ 9, bệnh nhân 6)" in why["vi.txt"]          # its own counts, not the set's
    assert "no cue words of its own" in why["ka.txt"]


def test_a_chart_only_where_it_compares_something(tmp_path, run):
    with zipfile.ZipFile(run[0] / "audit.xlsx") as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert any("Findings per language" in c for c in charts)        # ru, vi, ka, id: four bars
    assert not any("<c:scatterChart>" in c for c in charts)           # one reference: one point
    # one language alone: the table says everything, no chart
    corpus = tmp_path / "one"
    corpus.mkdir()
    shutil.copy(CORPUS / "ru-client-or-customer.txt", corpus)
    p = subprocess.run([sys.executable, "-m", "audit", "run", str(corpus), "--out", str(tmp_path / "out"), "--quiet"],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    with zipfile.ZipFile(tmp_path / "out" / "audit.xlsx") as z:
        assert not [n for n in z.namelist() if n.startswith("xl/charts/chart")]


def test_results_go_to_stdout_and_nothing_else_to_stderr(run):
    _, p = run
    assert "findings in 3 article sets" in p.stdout
    assert "wrote " in p.stdout and "audit.xlsx" in p.stdout
    assert "client-vs-customer/vi.ref.txt [vi]: reference, not audited" in p.stdout
    assert "findings in" not in p.stderr and "wrote " not in p.stderr


def _option_names(command: str) -> list[str]:
    import typer.main
    from audit.cli import app
    group = typer.main.get_command(app)
    cmd = group.commands[command]
    return [name for param in cmd.params for name in param.opts + param.secondary_opts if name.startswith("--")]


@pytest.mark.parametrize("command", ["run", "check", "apply", "align", "terms", "ignore"])
def test_help_at_80_columns_shows_every_option_name_whole(command):
    p = subprocess.run([sys.executable, "-m", "audit", command, "--help"], cwd=ROOT, capture_output=True, text=True,
                       timeout=120, env={**os.environ, "COLUMNS": "80", "TERM": "dumb"})
    assert p.returncode == 0, p.stderr
    names = _option_names(command)
    assert names
    for name in names:
        assert f"{name} " in p.stdout or f"{name}\n" in p.stdout, (command, name)
    assert "…" not in p.stdout
