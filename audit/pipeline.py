"""From files to findings: read, split, find terms, align, check, suggest."""
from __future__ import annotations

import gc
import hashlib
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from .checks import Context, Flag, all_checks
from .corpus import ArticleSet, FileSpec, check_language, discover
from .errors import InputError
from .languages import base_code
from .matching import find_occurrences
from .model import AlignedGroup, Finding, SetResult, Version, VersionResult
from .readers import read_file
from .segment import split_version
from .suggest import suggest
from .termbase import Termbase, load_termbase

if TYPE_CHECKING:     # numpy and the aligner load on first use: `audit --help` and text-only runs start faster
    from .align import Embedder

DEFAULT_MIN_CONFIDENCE = 0.35


def load_versions(files: Sequence[FileSpec], encoding: str | None = None) -> list[Version]:
    versions: list[Version] = []
    for spec in files:
        if spec.lang:
            check_language(spec.lang, spec.path)
        for v in read_file(spec.path, spec.lang, encoding):
            v.is_source = v.is_source or spec.is_source
            versions.append(v)
    return versions


def distinction_weight(vr: VersionResult) -> float:
    """How well a version keeps its distinctions apart: the share of its rarer
    concept against its commoner one, damped for versions with few terms."""
    return weight_of_counts(concept_counts(vr.occurrences))


def concept_counts(occurrences) -> dict[str, dict[str, int]]:
    """Unambiguous occurrences per distinction and concept (summable over chunks)."""
    by_distinction: dict[str, dict[str, int]] = {}
    for o in occurrences:
        if not o.term.ambiguous:
            counts = by_distinction.setdefault(o.term.distinction, {})
            (concept,) = o.concepts
            counts[concept] = counts.get(concept, 0) + 1
    return by_distinction


def weight_of_counts(by_distinction: dict[str, dict[str, int]]) -> float:
    best = 0.0
    for counts in by_distinction.values():
        if len(counts) >= 2:
            top = sorted(counts.values(), reverse=True)
            best = max(best, top[1] / top[0] * min(1.0, sum(top) / 6))
    return best


def _align_prealigned(a: VersionResult, b: VersionResult) -> list[AlignedGroup]:
    """Units of one bilingual file: pair sentences of the unit with the same id.
    One pass over each side (ids grouped in a dict), so linear in units."""
    by_id: dict[str, list[int]] = {}
    for s in b.sentences:
        by_id.setdefault(b.version.segments[s.segment].id, []).append(s.index)
    mine_by_id: dict[str, list[int]] = {}
    for s in a.sentences:
        mine_by_id.setdefault(a.version.segments[s.segment].id, []).append(s.index)
    return [AlignedGroup(tuple(mine), tuple(by_id[seg_id]), 1.0)
            for seg_id, mine in mine_by_id.items() if seg_id in by_id]


def prepare_versions(versions: list[Version], termbase: Termbase,
                     embedder: Embedder | None = None) -> tuple[list[VersionResult], dict]:
    """Split, find terms and align: everything before the checks."""
    from .align import Embedder, align_pair
    embedder = embedder or Embedder()
    results = []
    for v in versions:
        sentences = split_version(v)
        occs = find_occurrences(v, sentences, termbase.terms_for(base_code(v.lang)))
        results.append(VersionResult(v, sentences, occs, [(None, []) for _ in occs]))
    alignments = {}
    for i, j in combinations(range(len(results)), 2):
        a, b = results[i], results[j]
        if a.version.label in b.version.prealigned_with or b.version.label in a.version.prealigned_with:
            alignments[(i, j)] = _align_prealigned(a, b)
        else:
            alignments[(i, j)] = align_pair(a.sentences, b.sentences, embedder)
    return results, alignments


def check_prepared(name: str, results: list[VersionResult], alignments: dict, termbase: Termbase,
                   min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                   usage: Sequence[float] | None = None) -> SetResult:
    """Run every check over prepared versions and attach the findings.
    `usage` overrides each version's distinction weight (a chunk of a big file
    takes the whole file's, so it decides as the whole file would)."""
    versions = [r.version for r in results]
    result = SetResult(name, results, alignments)
    sources = [i for i, v in enumerate(versions) if v.is_source]
    usage = list(usage) if usage is not None else [distinction_weight(r) for r in results]
    ctx = Context(result, termbase, sources[0] if sources else None,
                  [1.0 if v.is_source else u for v, u in zip(versions, usage)], usage)
    flags: dict[tuple[int, int], Flag] = {}
    for check in all_checks():
        for flag in check.run(ctx):
            key = (flag.version, flag.occurrence)
            if key in flags:
                flags[key] = _merge(flags[key], flag)
            else:
                flags[key] = flag
    for (vi, k), flag in sorted(flags.items()):
        if flag.confidence >= min_confidence:
            results[vi].findings.append(_finding(results[vi], k, flag, termbase))
    return result


def audit_versions(name: str, versions: list[Version], termbase: Termbase,
                   embedder: Embedder | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> SetResult:
    results, alignments = prepare_versions(versions, termbase, embedder)
    return check_prepared(name, results, alignments, termbase, min_confidence)


def _merge(a: Flag, b: Flag) -> Flag:
    """Two checks flagged one occurrence: agreement raises confidence."""
    first, second = (a, b) if a.confidence >= b.confidence else (b, a)
    if a.concept == b.concept:
        first.confidence = 1 - (1 - a.confidence) * (1 - b.confidence)
        first.evidence = first.evidence + second.evidence
    return first


def _finding(vr: VersionResult, k: int, flag: Flag, termbase: Termbase) -> Finding:
    occ = vr.occurrences[k]
    sentence = vr.sentences[occ.sentence]
    seg = vr.version.segments[occ.segment]
    distinction = termbase.find(occ.term.distinction)
    if distinction is None:        # found by discovery: no termbase entry to draw a replacement from
        replacement, suggestion = None, None
        note = (f"suspected collapse of a distinction no termbase holds ({occ.term.distinction.split(':', 1)[1]}); "
                f"add it to the termbase to check it everywhere")
    else:
        replacement, suggestion, note = suggest(vr.version, sentence, occ, flag.concept, distinction)
    base = seg.offset or 0
    unit = None if seg.offset is not None else seg.id
    key = f"{vr.version.label}|{seg.id}|{occ.start}|{occ.surface}|{flag.concept}"
    return Finding(
        file=str(vr.version.path), lang=vr.version.lang,
        start=base + occ.start, end=base + occ.end, term=occ.surface, concept=flag.concept,
        replacement=replacement, suggestion=suggestion, kind=flag.kind, severity=flag.severity,
        confidence=flag.confidence, evidence=flag.evidence, sentence=sentence.text,
        unit=unit, line=(seg.line or 0) + seg.text.count("\n", 0, occ.start) if seg.line else None,
        sentence_start=base + sentence.start, note=note, distinction=occ.term.distinction,
        id="F" + hashlib.sha1(key.encode()).hexdigest()[:10],
    )


def audit_set(aset: ArticleSet, termbase: Termbase, embedder: Embedder | None = None,
              min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> SetResult:
    return audit_versions(aset.name, load_versions(aset.files), termbase, embedder, min_confidence)


def audit_corpus(root: Path, termbase: Termbase | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                 jobs: int = 1, scheduler: str | None = None) -> list[SetResult]:
    """Audit every article set under `root`. All input is read and checked
    before any auditing starts, so bad input fails fast. `jobs` > 1 spreads
    article sets and chunks of big files over processes, `scheduler` over a
    Dask cluster ("local" or "tcp://HOST:8786"); the results are the same."""
    with bulk():
        return _audit_corpus(root, termbase, progress, min_confidence, jobs, scheduler)


@contextmanager
def bulk():
    """No cyclic garbage collection while millions of small objects are built
    (units, sentences, occurrences hold no cycles): otherwise each collection
    rescans everything built so far, a third of the time on a big memory."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _audit_corpus(root, termbase, progress, min_confidence, jobs, scheduler) -> list[SetResult]:
    termbase = termbase or load_termbase()
    sets = discover(root)
    loaded = [(aset, load_versions(aset.files)) for aset in sets]
    if jobs > 1 or scheduler:
        from .parallel import audit_loaded
        return audit_loaded([(aset.name, versions) for aset, versions in loaded], termbase, min_confidence,
                            jobs=jobs, scheduler=scheduler, progress=progress)
    from .align import Embedder
    embedder = Embedder()
    results = []
    for n, (aset, versions) in enumerate(loaded):
        if progress:
            progress(aset.name, n, len(loaded))
        results.append(audit_versions(aset.name, versions, termbase, embedder, min_confidence))
    return results


def check_files(path: Path, with_: Sequence[Path] = (), source: Path | None = None, lang: str | None = None,
                termbase: Termbase | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> SetResult:
    """Audit one file, with optional parallel versions (any of which, or the
    file itself, may be named as the source)."""
    from .corpus import language_from_name
    termbase = termbase or load_termbase()
    paths = [path, *with_]
    if source is not None and source not in paths:
        paths.append(source)
    if len(set(map(Path.resolve, paths))) != len(paths):
        raise InputError(path, "the same file is given twice")
    specs = [FileSpec(p, (lang if p == path else None) or language_from_name(p), p == source) for p in paths]
    return audit_versions(path.name, load_versions(specs), termbase, min_confidence=min_confidence)
