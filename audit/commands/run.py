"""`audit run`: the main job, a whole corpus into reports."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer

from ..cli import app
from ..pipeline import DEFAULT_MIN_CONFIDENCE, audit_corpus
from ..termbase import load_termbase
from . import EXIT_CLEAN, EXIT_FINDINGS, input_errors


@app.command()
def run(
    corpus: Path = typer.Argument(Path("corpora"), help="Corpus folder: one sub-folder per article set, single files at the top."),
    out: Path = typer.Option(Path("reports"), "--out", "-o", help="Folder for the reports."),
    termbase: Path = typer.Option(None, "--termbase", "-t", help="Termbase file (default: the built-in one)."),
    formats: str = typer.Option("xlsx,json", "--formats", help="Comma-separated: xlsx, json, csv, jsonl."),
    min_confidence: float = typer.Option(DEFAULT_MIN_CONFIDENCE, help="Drop findings below this confidence."),
    fail_on_findings: bool = typer.Option(False, help="Exit 1 when there are findings (for CI)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    jobs: int = typer.Option(None, "--jobs", "-j", help="Processes to spread the work over (default: the cores available).", min=1),
    scheduler: str = typer.Option(None, "--scheduler", help="Run on a Dask cluster: tcp://HOST:8786, or 'local' to start one here."),
) -> None:
    """Audit every article set in CORPUS and write reports to OUT."""
    from ..report import write_reports
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    with input_errors():
        fmts = [f.strip() for f in formats.split(",") if f.strip()]
        tb = load_termbase(termbase)
        with Progress(console=console, transient=True, disable=quiet) as bar:
            task = bar.add_task("auditing", total=None)

            def progress(name: str, done: int, total: int) -> None:
                bar.update(task, description=f"auditing {name}", completed=done, total=total)

            from ..parallel import available_cores
            results = audit_corpus(corpus, tb, progress=progress, min_confidence=min_confidence,
                                   jobs=jobs or available_cores(), scheduler=scheduler)
        params = {"corpus": str(corpus), "termbase": tb.source, "min_confidence": min_confidence, "formats": fmts}
        written = write_reports(results, out, fmts, params, tb)

    findings = [f for r in results for f in r.findings]
    by_file = Counter((r.name, v.version.label, v.version.lang) for r in results for v in r.versions for _ in v.findings)
    severities = Counter(f.severity for f in findings)
    console.print(f"[bold]{len(findings)} findings[/bold] in {len(results)} article sets "
                  f"({', '.join(f'{n} {s}' for s, n in severities.most_common()) or 'none'})")
    for r in results:
        for v in r.versions:
            n = by_file[(r.name, v.version.label, v.version.lang)]
            console.print(f"  {r.name}/{v.version.label} [{v.version.lang}]: {n} findings, "
                          f"{len(v.occurrences)} term occurrences")
    for path in written:
        console.print(f"wrote {path}")
    raise typer.Exit(EXIT_FINDINGS if findings and fail_on_findings else EXIT_CLEAN)
