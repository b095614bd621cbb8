"""`audit run`: the main job, a whole corpus into reports."""
from __future__ import annotations

from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Optional

import typer

from ..cli import app
from ..confidence import DEFAULT_MIN_CONFIDENCE
from . import EXIT_CLEAN, EXIT_FINDINGS, console, input_errors, page_scope, project_setup


@app.command()
def run(
    corpus: Path = typer.Argument(Path("corpora"), help="Corpus folder: one sub-folder per article set, single files at the top."),
    out: Path = typer.Option(Path("reports"), "--out", "-o", help="Folder for the reports."),
    termbase: Path = typer.Option(None, "--termbase", "-t", help="Termbase file (default: the built-in one)."),
    formats: str = typer.Option("xlsx,json,html", "--formats", help="Comma-separated: xlsx, json, csv, jsonl, html (the review page)."),
    min_confidence: float = typer.Option(DEFAULT_MIN_CONFIDENCE, help="Drop findings below this confidence."),
    fail_on_findings: bool = typer.Option(False, "--fail-on-findings", help="Exit 1 when there are findings (for CI)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    encoding: Optional[str] = typer.Option(None, "--encoding", "-e", help="Encoding of plain-text files (default UTF-8, or the BOM's), e.g. cp1251."),
    force: bool = typer.Option(False, "--force", help="Go on when a text's script or language contradicts its file name or manifest."),
    follow_symlinks: bool = typer.Option(False, "--follow-symlinks", help="Audit what symbolic links in the corpus point to (default: skip them with a warning)."),
    domain: str = typer.Option(None, "--domain", "-d", help="The texts' domain (legal, healthcare, business, retail, finance, software, general); default: inferred per set."),
    jobs: int = typer.Option(None, "--jobs", "-j", help="Processes to spread the work over (default: the cores available).", min=1),
    scheduler: str = typer.Option(None, "--scheduler", help="Run on a Dask cluster: tcp://HOST:8786, or 'local' to start one here."),
    checks: str = typer.Option("", "--checks", help="Optional checks to add, comma-separated: pofilter (all of translate-toolkit's), or single ones (variables, numbers, xmltags, untranslated, fuzzy, doublewords...)."),
    keep_backups: int = typer.Option(5, "--keep-backups", help="Dated backups of the reviewed workbook to keep in OUT (the newest; at least 1).", min=1),
    align: str = typer.Option("meaning", "--align", help="meaning (default): the sentence model aligns what the structure leaves open; structure: that stays unaligned (no evidence from other versions there), several times faster on articles."),
    decisions: Optional[Path] = typer.Option(None, "--decisions", help="A decisions file exported from review.html: its decisions are carried into the new reports by finding id, over the workbook's."),
    whole_page: bool = typer.Option(False, "--whole-page", help="Web pages: audit everything on the page (menus, footers, comments), not just the article."),
) -> None:
    """Audit every article set in CORPUS and write reports to OUT.

    A review workbook already in OUT is never lost: its Decision, Edited text
    and Comment cells are carried over to the new report by finding id, and
    when it holds any it is first kept as audit.<date>T<time>.xlsx (the
    newest --keep-backups of those stay). The decisions of a file exported
    from the review page (--decisions) are carried the same way, over the
    workbook's. The reports of a run replace the previous ones all together,
    or not at all; one run at a time writes to OUT."""
    from ..run.api import audit_corpus, check_align, check_min_confidence
    from ..report import DEFAULT_NAMES, check_outputs, write_reports
    from ..report.carryover import keep_backup, read_previous
    from ..report.outfolder import folder_lock
    from ..files.profile import apply_ignores
    from ..files.textio import check_encoding
    from rich.progress import Progress

    err = console()
    with input_errors(), ExitStack() as held:
        # every option, and the report folder, is checked before any work starts
        fmts = [f.strip() for f in formats.split(",") if f.strip()]
        check_outputs(out, fmts)
        encoding = check_encoding(encoding)
        check_align(align)
        check_min_confidence(min_confidence)
        profile, tb, domain = project_setup(corpus, termbase, checks, domain)
        if "xlsx" in fmts:
            from ..report.signing import key
            key()               # the workbook's signing key: made (or found unwritable) before any work
        held.enter_context(folder_lock(out))
        previous = read_previous(out / DEFAULT_NAMES["xlsx"]) if "xlsx" in fmts else None
        page_decisions = _read_decisions(decisions, fmts)
        with Progress(console=err, transient=True, disable=quiet) as bar:
            task = bar.add_task("auditing", total=None)

            def progress(name: str, done: int, total: int) -> None:
                bar.update(task, description=f"auditing {name} (sentences)", completed=done, total=total)

            from ..run.workers import available_cores
            with page_scope(whole_page):
                results = audit_corpus(corpus, tb, progress=progress, min_confidence=min_confidence,
                                       encoding=encoding, force=force, follow_symlinks=follow_symlinks,
                                       warn=lambda msg: err.print(f"audit: warning: {msg}", markup=False),
                                       domain=domain, jobs=jobs or available_cores(), scheduler=scheduler,
                                       align=align)
        ignored = apply_ignores(profile, results, corpus)
        params = {"corpus": str(corpus), "termbase": tb.source, "min_confidence": min_confidence, "formats": fmts}
        if profile:
            params["profile"] = str(profile.path)
        if encoding:
            params["encoding"] = encoding
        if domain:
            params["domain"] = domain.name
        if whole_page:
            params["whole_page"] = True
        if align != "meaning":
            params["align"] = align
        if page_decisions is not None:
            from ..report.decisions import carry
            previous = carry(previous, page_decisions, out / DEFAULT_NAMES["xlsx"])
        kept: list = []

        def backup_first() -> None:
            # the reviewed workbook is backed up once the new reports are all written,
            # just before they replace the old ones; it may have been saved during the run
            kept.append(keep_backup(previous.refreshed() if previous is not None else None, keep_backups))
        written = write_reports(results, out, fmts, params, tb, previous=previous, before_commit=backup_first)
        backup = kept[0] if kept else None

    # the results go to stdout (`audit run > log` keeps them); progress and warnings stay on stderr
    summary = console(stderr=False)
    findings = [f for r in results for f in r.findings]
    by_file = Counter((r.name, v.version.label, v.version.lang) for r in results for v in r.versions for _ in v.findings)
    severities = Counter(f.severity for f in findings)
    summary.print(f"[bold]{len(findings)} findings[/bold] in {len(results)} article sets "
              f"({', '.join(f'{n} {s}' for s, n in severities.most_common()) or 'none'})")
    for r in results:
        for v in r.versions:
            where = f"  {r.name}/{v.version.label} [{v.version.lang}]"
            if v.version.is_reference:
                summary.print(f"{where}: reference, not audited", markup=False)
                continue
            n = by_file[(r.name, v.version.label, v.version.lang)]
            summary.print(f"{where}: {n} findings, {len(v.occurrences)} term occurrences", markup=False)
            for o in v.observations:
                summary.print(f"    observation: {o.message}", markup=False, soft_wrap=True)
            if r.domain and v.findings:
                summary.print(f"    domain: {r.domain} ({v.domain_reason or r.domain_reason})", markup=False,
                              soft_wrap=True)
    _print_quality(summary, results)
    if ignored:
        summary.print(f"{ignored} finding(s) not reported: accepted usage in {profile.path}", markup=False)
    if previous is not None:
        new = sum(1 for f in findings if f.id not in previous.ids)
        carried = sum(1 for f in findings if f.id in previous.reviewed)
        gone = len(previous.gone())
        summary.print(f"since the last report: {new} new finding(s), {carried} decision(s) carried over, "
                  f"{gone} decision(s) whose finding is gone (sheet Gone)", markup=False)
    if previous is not None and previous.reread:
        err.print(f"{previous.path} was saved while the audit ran: the decisions carried over are "
                  "the ones saved last", markup=False)
    if page_decisions is not None:
        err.print(f"carried {len(page_decisions.entries)} decision(s) from {decisions}", markup=False)
    if backup is not None:
        summary.print(f"kept the reviewed workbook as {backup}", markup=False)
    for path in written:
        summary.print(f"wrote {path}", markup=False)
    raise typer.Exit(EXIT_FINDINGS if findings and fail_on_findings else EXIT_CLEAN)


def _read_decisions(path: Path | None, fmts: list[str]):
    """The decisions file given with --decisions, checked before any work."""
    if path is None:
        return None
    from ..errors import InputError
    if "xlsx" not in fmts and "html" not in fmts:
        raise InputError(path, "--decisions needs a report that holds decisions: add xlsx or html to --formats")
    from ..report.decisions import read_decisions
    return read_decisions(path)


def _print_quality(console, results) -> None:
    """MT against references, one line per file (audit.report.metrics)."""
    for r in results:
        for q in r.quality:
            if q.scores is None:
                console.print(f"  {r.name}/{q.label} vs {q.reference_label}: no aligned pairs")
                continue
            s, f = q.scores, q.fixed
            line = (f"  {r.name}/{q.label} vs {q.reference_label}: chrF++ {s.chrf:.1f}, BLEU {s.bleu:.1f}, "
                    f"TER {s.ter:.1f} ({s.pairs} aligned pairs)")
            if f is not None:
                line += f"; if all fixes accepted: chrF++ {f.chrf:.1f}, TER {f.ter:.1f}"
            if q.reference_collapses:
                line += f"; the reference collapses the distinction too in {len(q.reference_collapses)} sentence(s)"
            console.print(line, highlight=False)
