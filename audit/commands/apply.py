"""`audit apply`: write the fixes accepted in a review workbook back into the articles."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..cli import app
from . import EXIT_CLEAN, EXIT_FINDINGS, input_errors


@app.command()
def apply(
    report: Path = typer.Argument(..., help="The audit.xlsx a run wrote, after review, or the decisions.json exported from review.html."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for corrected copies (default: fixed/ beside the report)."),
    in_place: bool = typer.Option(False, "--in-place", help="Change the files themselves, keeping each original as <name>.bak."),
    mark_changed: bool = typer.Option(False, "--mark-changed", help="Mark changed units for review where the format can (fuzzy in PO)."),
    root: Optional[Path] = typer.Option(None, "--root", help="Corpus folder the report's files are resolved in (default: the one the report records)."),
) -> None:
    """Apply the reviewed rows of REPORT (a workbook, or a decisions file
    exported from the review page).

    Decision = accept puts the suggested word in place of the flagged word.
    Decision = edit replaces the whole flagged SENTENCE with the Edited text.
    reject, or no decision, leaves the text alone.

    Only files inside the corpus root are touched: a row naming an absolute
    path, a `..` or a link out of the root, or disagreeing with the rest of
    the report, refuses the whole report (exit 2) before anything is written.

    Nothing is forced: a file whose sha256 differs from the report's, or a fix
    that no longer finds the flagged text, is skipped and reported; of two
    overlapping fixes the one lower in the report is skipped. Running apply
    again changes nothing. Exit 0: all applied, 1: something skipped, 2: bad input.
    """
    from ..report.apply import apply_report, format_outcomes
    with input_errors():
        from ..report.decisions import is_decisions_file, read_decisions, review_rows
        review = review_rows(read_decisions(report)) if is_decisions_file(report) else None
        result = apply_report(report, out, in_place, mark_changed, root, review=review)
    typer.echo(format_outcomes(result))
    raise typer.Exit(EXIT_FINDINGS if result.skipped else EXIT_CLEAN)
