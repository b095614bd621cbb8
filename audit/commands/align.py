"""`audit align`: show how versions were aligned, so a reviewer can see why a
finding was raised."""
from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from ..cli import app
from . import input_errors


@app.command()
def align(
    files: List[Path] = typer.Argument(..., help="Two or more versions of one article."),
    width: int = typer.Option(70, help="Characters of each sentence to show (0: all)."),
) -> None:
    """Print aligned sentence groups of FILES with their similarity ('-' where the structure alone decided)."""
    from ..run.api import check_files
    from ..terms.termbase import load_termbase
    if len(files) < 2:
        typer.echo("audit: error: align needs at least two files", err=True)
        raise typer.Exit(2)
    with input_errors():
        result = check_files(files[0], files[1:], termbase=load_termbase())

    def clip(text: str) -> str:
        return text if not width or len(text) <= width else text[: width - 1] + "…"

    for (i, j), groups in sorted(result.alignments.items()):
        a, b = result.versions[i], result.versions[j]
        typer.echo(f"== {a.version.label} [{a.version.lang}] <-> {b.version.label} [{b.version.lang}]: "
                   f"{len(groups)} groups, {len(a.sentences)} / {len(b.sentences)} sentences")
        for g in groups:
            left = " ".join(a.sentences[k].text for k in g.a)
            right = " ".join(b.sentences[k].text for k in g.b)
            score = "  -  " if g.score is None else f"{g.score:.3f}"     # '-': paired by structure
            typer.echo(f"{score}  {','.join(map(str, g.a)):>7} | {clip(left)}")
            typer.echo(f"{'':5}  {','.join(map(str, g.b)):>7} | {clip(right)}")
