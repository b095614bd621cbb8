"""`audit ignore`: remember a review's rejections in the project profile."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..cli import app
from . import input_errors


@app.command()
def ignore(
    report: Path = typer.Argument(..., help="The audit.xlsx a run wrote, after review."),
    profile: Optional[Path] = typer.Option(None, "--profile", help="The profile to add to (default: audit.toml in the corpus root the report records)."),
) -> None:
    """Add every row of REPORT whose Decision is reject to the project
    profile's accepted usages ([[ignore]] by finding id), so the next run,
    in any reports folder, leaves those findings out. The workbook is read
    as untrusted input, as `audit apply` reads it."""
    from ..files.profile import NAME, append_ignores
    from ..report.apply import corpus_root, read_report
    with input_errors():
        review = read_report(report)
        target = profile if profile is not None else corpus_root(review, report, None) / NAME
        rejected = [r for r in review.rows if r.decision == "reject" and r.id]
        entries = [{"id": r.id, "term": r.word, "file": r.relpath or r.file} for r in rejected]
        added = append_ignores(target, entries)
    typer.echo(f"{added} rejected finding(s) added to {target} as accepted usage"
               f"{f' ({len(rejected) - added} already there)' if len(rejected) > added else ''}")
