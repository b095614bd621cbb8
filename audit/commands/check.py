"""`audit check`: one file, alone or with its parallel versions; a linter's exit codes."""
from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import app
from ..confidence import DEFAULT_MIN_CONFIDENCE
from . import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, input_errors, page_scope, project_setup, use_colour

LARGE = 1 << 20     # bytes of input above which `check` reports its progress on stderr
FINDING_STAGES = ("suggesting fixes", "writing")     # counted in findings, the rest in sentences


def _progress(file: Path, with_: list[Path]):
    """A progress line per stage on stderr for large input, so a long check
    does not look hung; None for small input (a linter stays quiet)."""
    try:
        size = sum(p.stat().st_size for p in [file, *with_] if p.is_file())
    except OSError:
        return None
    if size < LARGE:
        return None
    import time
    t0 = time.monotonic()

    def report(stage: str, count: int | None) -> None:
        what = "" if count is None else f": {count:,} " + ("findings" if stage in FINDING_STAGES else "sentences")
        print(f"audit: {stage}{what} ({time.monotonic() - t0:.1f} s)", file=sys.stderr, flush=True)
    return report


def _write_json(findings, out, observations=()) -> None:
    """`{"findings": [...], "observations": [...]}` as json.dumps(indent=2)
    writes it, one finding at a time, so a large result is never held as one
    string. `findings` may be an iterator, `observations` a callable that
    gives them once the findings are written."""
    out.write('{\n  "findings": [')
    n = 0
    for n, f in enumerate(findings, start=1):
        text = json.dumps(f.to_dict(), ensure_ascii=False, indent=2)
        out.write((",\n" if n > 1 else "\n") + "\n".join("    " + ln for ln in text.split("\n")))
    observations = observations() if callable(observations) else observations
    tail = json.dumps([o.to_dict() for o in observations], ensure_ascii=False, indent=2)
    out.write(("\n  ]" if n else "]") + ',\n  "observations": ' + tail.replace("\n", "\n  ") + "\n}\n")
    out.flush()


def _streamed(file: Path, with_, source, fmt: str, columns) -> bool:
    """A plain-text file checked alone is read window by window (audit.run.stream)
    when it is large, or when $AUDIT_TEXT_WINDOW asks for windows."""
    import os
    if with_ or source or fmt == "html" or columns or file.suffix.lower() not in (".txt", ".text") \
            or ".ref." in file.name:
        return False          # (the suffixes the plain-text reader reads as such: no reader loads for a PO file)
    from ..run.stream import STREAM_ABOVE
    try:
        big = file.is_file() and file.stat().st_size > STREAM_ABOVE
    except OSError:
        return False
    return big or bool(os.environ.get("AUDIT_TEXT_WINDOW"))


def _report_streamed(run, file: Path, fmt: str, progress) -> None:
    """The findings as they come, window by window; the exit code by whether any came."""
    count = 0

    def counted():
        nonlocal count
        for f in run.findings():
            count += 1
            yield f
    if fmt == "json":
        with input_errors():
            _write_json(counted(), sys.stdout, lambda: run.observations)
    else:
        from ..report.terminal import format_finding
        colour = use_colour()
        with input_errors():
            for f in counted():
                sys.stdout.write(("\n" if count > 1 else "") + format_finding(f, colour) + "\n")
        sys.stdout.flush()
        for o in run.observations:
            print(f"{file}: observation: {o.message} (one word for both is usual here; no finding)", file=sys.stderr)
        if not count:
            print(f"{file}: no findings", file=sys.stderr)
    raise typer.Exit(EXIT_FINDINGS if count else EXIT_CLEAN)


@app.command()
def check(
    file: Path = typer.Argument(..., help="The translation to check."),
    with_: Optional[List[Path]] = typer.Option(None, "--with", "-w", help="A parallel version (repeatable)."),
    source: Optional[Path] = typer.Option(None, "--source", "-s", help="Which file is the source (FILE or one given with --with)."),
    lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Language of FILE (default: from its name, else detected)."),
    termbase: Optional[Path] = typer.Option(None, "--termbase", "-t", help="Termbase file (default: the built-in one)."),
    fmt: str = typer.Option("text", "--format", "-f", help="text, json, or html (the review page, on stdout)."),
    min_confidence: float = typer.Option(DEFAULT_MIN_CONFIDENCE, help="Drop findings below this confidence."),
    columns: Optional[str] = typer.Option(None, "--columns", help="Columns of a CSV/TSV/XLSX without a usable header, 1-based: source=1,target=2[,id=3,note=4]."),
    encoding: Optional[str] = typer.Option(None, "--encoding", "-e", help="Encoding of plain-text files (default UTF-8, or the BOM's), e.g. cp1251."),
    force: bool = typer.Option(False, "--force", help="Go on when the text's script or language contradicts --lang or the file name."),
    domain: Optional[str] = typer.Option(None, "--domain", "-d", help="The text's domain (legal, healthcare, business, retail, finance, software, general); default: inferred."),
    checks: str = typer.Option("", "--checks", help="Optional checks to add, comma-separated: pofilter (all of translate-toolkit's), or single ones (variables, numbers, xmltags, untranslated, fuzzy, doublewords...)."),
    align: str = typer.Option("meaning", "--align", help="meaning (default): the sentence model aligns what the structure leaves open; structure: that stays unaligned (no evidence from other versions there), several times faster on articles."),
    whole_page: bool = typer.Option(False, "--whole-page", help="Web pages: audit everything on the page (menus, footers, comments), not just the article."),
) -> None:
    """Check FILE and print findings. Exit 0: none, 1: findings, 2: bad input."""
    if fmt not in ("text", "json", "html"):
        typer.echo(f"audit: error: --format must be text, json or html, not {fmt!r}", err=True)
        raise typer.Exit(EXIT_ERROR)
    with input_errors():
        from ..files.sets import check_language
        from ..run.api import check_files
        from ..files.profile import apply_ignores, ignore_filter
        from ..files.textio import check_encoding
        if lang:
            check_language(lang, file)
        encoding = check_encoding(encoding)
        from ..run.api import check_min_confidence
        check_min_confidence(min_confidence)
        profile, tb, domain = project_setup(file, termbase, checks, domain)
        if columns:         # the table reader loads only where --columns is given
            from ..files.readers.table import forced_columns
            scope = forced_columns(columns)
        else:
            scope = nullcontext()
        progress = _progress(file, with_ or [])
        streamed = _streamed(file, with_, source, fmt, columns)
        if streamed:
            from ..run.stream import StreamedCheck
            run = StreamedCheck(file, lang, tb, min_confidence, encoding, force, domain, progress=progress,
                                notice=lambda msg: print(f"audit: warning: {msg}", file=sys.stderr),
                                keep=ignore_filter(profile, file))
            run.prepare()
    if streamed:
        _report_streamed(run, file, fmt, progress)
    with input_errors():
        with scope, page_scope(whole_page):
            result = check_files(file, with_ or [], source, lang, tb, min_confidence,
                                 encoding=encoding, force=force, progress=progress, domain=domain, align=align,
                                 notice=lambda msg: print(f"audit: warning: {msg}", file=sys.stderr))
    apply_ignores(profile, [result], file)
    findings = [f for v in result.versions if v.version.path == file for f in v.findings]
    observations = [o for v in result.versions if v.version.path == file for o in v.observations]
    if progress and findings:
        progress("writing", len(findings))
    if fmt == "json":
        _write_json(findings, sys.stdout, observations)
    elif fmt == "html":         # the review page of this file's findings, beside its versions
        from ..report.review_page import write_page
        write_page(sys.stdout, [result], {"corpus": str(file.parent)}, shown=[file])
        sys.stdout.flush()
    else:
        from ..report.terminal import format_finding
        colour = use_colour()
        for i, f in enumerate(findings):      # as format_findings joins them, one at a time
            sys.stdout.write(("\n" if i else "") + format_finding(f, colour) + "\n")
        sys.stdout.flush()
        for o in observations:
            print(f"{file}: observation: {o.message} (one word for both is usual here; no finding)", file=sys.stderr)
        if not findings and not any(v.version.segments for v in result.versions if v.version.path == file):
            # an untranslated file (every message empty) has nothing to audit: say so
            print(f"{file}: nothing to audit (no translated text)", file=sys.stderr)
        elif not findings:
            print(f"{file}: no findings", file=sys.stderr)
    raise typer.Exit(EXIT_FINDINGS if findings else EXIT_CLEAN)
