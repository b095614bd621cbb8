"""`audit check`: one file, alone or with its parallel versions; a linter's exit codes."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import app
from ..pipeline import DEFAULT_MIN_CONFIDENCE, check_files
from ..termbase import load_termbase
from . import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, input_errors, is_terminal


@app.command()
def check(
    file: Path = typer.Argument(..., help="The translation to check."),
    with_: Optional[List[Path]] = typer.Option(None, "--with", "-w", help="A parallel version (repeatable)."),
    source: Optional[Path] = typer.Option(None, "--source", "-s", help="Which file is the source (FILE or one given with --with)."),
    lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Language of FILE (default: from its name, else detected)."),
    termbase: Optional[Path] = typer.Option(None, "--termbase", "-t", help="Termbase file (default: the built-in one)."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    min_confidence: float = typer.Option(DEFAULT_MIN_CONFIDENCE, help="Drop findings below this confidence."),
    domain: Optional[str] = typer.Option(None, "--domain", "-d", help="The text's domain (legal, healthcare, business, retail, finance, software, general); default: inferred."),
) -> None:
    """Check FILE and print findings. Exit 0: none, 1: findings, 2: bad input."""
    if fmt not in ("text", "json"):
        typer.echo(f"audit: error: --format must be text or json, not {fmt!r}", err=True)
        raise typer.Exit(EXIT_ERROR)
    with input_errors():
        from ..corpus import check_language
        if lang:
            check_language(lang, file)
        result = check_files(file, with_ or [], source, lang, load_termbase(termbase), min_confidence, domain)
    findings = [f for v in result.versions if v.version.path == file for f in v.findings]
    observations = [o for v in result.versions if v.version.path == file for o in v.observations]
    if fmt == "json":
        typer.echo(json.dumps({"findings": [f.to_dict() for f in findings],
                               "observations": [o.to_dict() for o in observations]}, ensure_ascii=False, indent=2))
    else:
        from ..report.terminal import format_findings
        typer.echo(format_findings(findings, color=is_terminal()), nl=False)
        for o in observations:
            print(f"{file}: observation: {o.message} (one word for both is usual here; no finding)", file=sys.stderr)
        if not findings:
            print(f"{file}: no findings", file=sys.stderr)
    raise typer.Exit(EXIT_FINDINGS if findings else EXIT_CLEAN)
