"""`audit apply`: write the fixes accepted in a review workbook back into the articles."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..cli import app
from ..errors import InputError
from . import EXIT_CLEAN, EXIT_FINDINGS, console, input_errors, is_terminal


@app.command()
def apply(
    report: Path = typer.Argument(..., help="The audit.xlsx a run wrote, after review."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for corrected copies (default: fixed/ beside the report)."),
    in_place: bool = typer.Option(False, "--in-place", help="Change the files themselves, keeping each original as <name>.bak."),
    mark_changed: bool = typer.Option(False, "--mark-changed", help="Mark changed units for review where the format can (fuzzy in PO)."),
    root: Optional[Path] = typer.Option(None, "--root", help="Corpus folder the report's files are resolved in (default: the corpus this machine recorded when it wrote the report)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress while a big workbook is read."),
    decisions: Optional[Path] = typer.Option(None, "--decisions", help="A decisions file exported from review.html: its decisions replace the workbook's, by finding id."),
) -> None:
    """Apply the reviewed rows of REPORT.

    With --decisions, the decisions exported from the review page take the
    place of the workbook's Decision and Edited text, by finding id; where
    each finding is, and the corpus it is in, still come from the signed
    workbook alone.

    Decision = accept puts the suggested word in place of the flagged word.
    Decision = edit replaces the whole flagged SENTENCE with the Edited text.
    reject, or no decision, leaves the text alone.

    The workbook is signed by the machine that wrote it: a report whose ID,
    File or hidden columns, or hidden sheets, were changed, or that another
    machine signed, is refused (exit 2). Only Decision, Edited text and
    Comment are the reviewer's. The corpus root is --root, or the corpus this
    machine recorded for the report, never a path in the workbook. Only files
    inside it are touched: a row naming an absolute path, a `..` or a link out
    of the root, or disagreeing with the rest of the report, refuses the whole
    report (exit 2) before anything is written.

    Nothing is forced: a file whose sha256 differs from the report's, or a fix
    that no longer finds the flagged text, is skipped and reported; of two
    overlapping fixes the one lower in the report is skipped. Running apply
    again changes nothing. Exit 0: all applied, 1: something skipped, 2: bad input.
    """
    from ..report.apply import apply_report, format_outcomes
    import sys
    from rich.progress import Progress
    shown = not quiet and is_terminal(sys.stderr)        # never a stray line in piped output
    with input_errors(), Progress(console=console(), transient=True, disable=not shown) as bar:
        from ..report.decisions import is_decisions_file, read_decisions
        if is_decisions_file(report):
            raise InputError(report, "a decisions file is applied through the workbook it was exported "
                                     f"with: audit apply reports/audit.xlsx --decisions {report}")
        page = read_decisions(decisions) if decisions is not None else None
        task = bar.add_task(f"reading {report.name}", total=None)

        def progress(rows: int) -> None:
            bar.update(task, description=f"reading {report.name}: {rows:,} rows", completed=rows)
        result = apply_report(report, out, in_place, mark_changed, root, progress=progress, decisions=page)
    typer.echo(format_outcomes(result))
    raise typer.Exit(EXIT_FINDINGS if result.skipped else EXIT_CLEAN)
