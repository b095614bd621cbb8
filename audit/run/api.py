"""The entry points: audit a corpus (serially, on processes or on Dask) or one
file with its parallel versions."""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Callable, Sequence

from ..errors import InputError
from ..files.corpus import discover
from ..files.sets import ArticleSet, FileSpec
from ..confidence import DEFAULT_MIN_CONFIDENCE
from ..model import SetResult, Version
from ..terms.domain import DomainChoice, given as given_domain
from ..terms.termbase import Termbase, load_termbase
from .pipeline import audit_versions, bulk, load_versions, split_versions
from .workers import Work, plan, run_local


def audit_corpus(root: Path, termbase: Termbase | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 min_confidence: float = DEFAULT_MIN_CONFIDENCE, encoding: str | None = None,
                 force: bool = False, follow_symlinks: bool = False,
                 warn: Callable[[str], None] | None = None, domain: str | DomainChoice | None = None,
                 jobs: int = 1, scheduler: str | None = None, align: str = "meaning") -> list[SetResult]:
    """Audit every article set under `root`. All input is read and checked
    before any auditing starts, so bad input fails fast. `progress(name,
    sentences done, sentences in all)` counts sentences, not sets. `domain`
    (legal, business, retail...) overrides the inferred domain of every set.
    `jobs` > 1 spreads the article sets over processes, `scheduler` over a
    Dask cluster ("local" or "tcp://HOST:8786"); the results are the same.
    `align`: "meaning" (default) or "structure" (faster; align_pair)."""
    if domain:
        given_domain(domain)               # an unknown domain fails before any work
    check_align(align)
    check_min_confidence(min_confidence)
    termbase = termbase or load_termbase()
    sets = discover(root, follow_symlinks=follow_symlinks, warn=warn)
    with bulk():
        # a file the tool cannot audit is left out with a warning; a set left empty is skipped
        skip = warn or (lambda msg: warnings.warn(msg, stacklevel=3))
        loaded = [(aset, vs) for aset in sets if (vs := load_versions(aset.files, encoding, force, warn=skip))]
        scope_shared_labels(loaded)
        if jobs > 1 or scheduler:
            return audit_loaded([(aset.name, versions) for aset, versions in loaded], termbase, min_confidence,
                                jobs=jobs, scheduler=scheduler, progress=progress, domain=domain, align=align)
        return _audit_serially(loaded, termbase, progress, min_confidence, domain, align)


def scope_shared_labels(loaded: Sequence[tuple[ArticleSet, list[Version]]]) -> None:
    """Files of one label in several sets (de.po in every component's folder)
    get their set's name into their finding ids; other ids stay as they were."""
    sets_of: dict[str, set[str]] = {}
    for aset, versions in loaded:
        for v in versions:
            sets_of.setdefault(v.label, set()).add(aset.name)
    for aset, versions in loaded:
        for v in versions:
            if len(sets_of[v.label]) > 1:
                v.scope = aset.name


def _audit_serially(loaded, termbase, progress, min_confidence, domain, align) -> list[SetResult]:
    from ..align import Embedder
    # the bar counts sentences, so each set is split before any is audited
    # (once: audit_versions takes the split it is given)
    split = [split_versions(vs) for _, vs in loaded] if progress else [None] * len(loaded)
    sizes = [sum(len(s) for s in sp) for sp in split] if progress else []
    embedder = Embedder()
    results = []
    done = 0
    for n, (aset, versions) in enumerate(loaded):
        if progress:
            progress(aset.name, done, sum(sizes))
        results.append(audit_versions(aset.name, versions, termbase, embedder, min_confidence, domain=domain,
                                      split=split[n], align=align))
        split[n] = None          # held by the set's results from here on
        done += sizes[n] if progress else 0
    if progress:
        progress("", done, sum(sizes))
    return results


def check_files(path: Path, with_: Sequence[Path] = (), source: Path | None = None, lang: str | None = None,
                termbase: Termbase | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                encoding: str | None = None, force: bool = False,
                progress: Callable[[str, int | None], None] | None = None, domain: str | DomainChoice | None = None,
                align: str = "meaning", notice: Callable[[str], None] | None = None) -> SetResult:
    """Audit one file, with optional parallel versions (any of which, or the
    file itself, may be named as the source). A file the tool cannot audit
    (unsupported format or language) is an error; `notice` hears what --force
    let through (text that does not decode as its charset says)."""
    from ..files.sets import language_from_name
    from ..files.corpus import resolve_check_paths
    termbase = termbase or load_termbase()
    paths, source = resolve_check_paths(path, list(with_), source)
    specs = [FileSpec(p, (lang if p == path else None) or language_from_name(p), p == source) for p in paths]
    if domain:
        given_domain(domain)
    check_align(align)
    check_min_confidence(min_confidence)
    if progress:
        progress("reading", None)
    return audit_versions(path.name, load_versions(specs, encoding, force, notice=notice), termbase,
                          min_confidence=min_confidence, progress=progress, domain=domain, align=align)


def check_min_confidence(value: float) -> None:
    """Confidence is 0..1: 2 would silently drop every finding."""
    if not isinstance(value, (int, float)) or value != value or not 0 <= value <= 1:
        raise InputError(None, f"--min-confidence must be between 0 and 1, not {value!r}")


def check_align(align: str) -> None:
    from ..align import BY
    if align not in BY:
        raise InputError(None, f"--align must be one of {', '.join(BY)}, not {align!r}")


def audit_loaded(loaded: Sequence[tuple[str, list[Version]]], termbase, min_confidence: float,
                 jobs: int = 1, scheduler: str | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 domain: str | DomainChoice | None = None, align: str = "meaning") -> list[SetResult]:
    """Audit loaded article sets on `jobs` local processes or a Dask `scheduler`,
    results in corpus order."""
    works = plan(loaded, domain, align)
    finished = [0]

    def done(w: Work) -> None:
        finished[0] += 1
        if progress:
            progress(w.name, finished[0], len(works))

    if scheduler:
        from .distributed import run_dask
        return run_dask(works, termbase, min_confidence, scheduler, done=done)
    return run_local(works, termbase, min_confidence, jobs, done=done)


def prepared_termbase(path: Path | None, profile=None, checks: Sequence[str] = ()) -> Termbase:
    """The termbase a run uses: --termbase (else the built-in one), merged with
    the project profile's termbases, carrying the profile's locale variants
    and the optional checks chosen (--checks and the profile's)."""
    from ..checks import optional_checks
    tb = load_termbase(path)
    for extra in (profile.termbases if profile else []):
        tb = tb.merged(load_termbase(extra))
    chosen = [c.strip() for c in checks if c.strip()] + (profile.checks if profile else [])
    known = optional_checks()
    unknown = [c for c in chosen if c not in known]
    if unknown:
        raise InputError(profile.path if profile and unknown[0] in profile.checks else None,
                         f"unknown check {unknown[0]!r} (optional checks: {', '.join(sorted(k for k in known if not k.startswith('qa')))})")
    tb.checks = frozenset(chosen)
    if profile:
        tb.locales = dict(profile.locales)
    return tb
