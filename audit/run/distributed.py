"""Running the work units of an audit as tasks on a Dask cluster.

`--scheduler tcp://HOST:8786` connects to a running cluster (`dask scheduler`
on one machine, `dask worker tcp://HOST:8786` on each of the others);
`--scheduler local` starts a LocalCluster on this machine. The termbase is
scattered once to every worker; the model loads once per worker process, on
its first task. Each task is `workers.run_work` on one article set: a pure function with no side effects, so Dask may rerun it
after a worker dies and the result is the same. Results are gathered in the
order of the work units and the reports are written here, on the client.
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from typing import Callable

from ..errors import InputError
from .workers import Work, available_cores, run_work, threads_per_process


def _client(scheduler: str):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError(None, "--scheduler needs Dask: pip install 'term-collapse-audit[dask]'") from None
    if scheduler == "local":
        jobs = available_cores()
        # the dashboard is why one starts a cluster on one machine (another free port if 8787 is taken)
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":8787",
                               env={"OMP_NUM_THREADS": str(threads_per_process(jobs))})
        client = Client(cluster)
        if client.dashboard_link:
            print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr)
        return client, cluster
    try:
        return Client(scheduler, timeout="3s"), None
    except (OSError, TimeoutError, ValueError) as e:
        raise InputError(None, f"cannot reach the Dask scheduler {scheduler}: {e}") from None


def task_key(work: Work, termbase, min_confidence: float) -> str:
    """The same work unit always has the same key: a retried task replaces,
    never duplicates, its result."""
    digest = hashlib.sha1(pickle.dumps((work.name, [v.sha256 for v in work.versions],
                                        [len(v.segments) for v in work.versions], work.domain, work.align,
                                        str(getattr(termbase, "source", "")), min_confidence))).hexdigest()[:12]
    return f"audit-{work.set_index}-{digest}"


def submit_all(client, works: list[Work], termbase, min_confidence: float) -> list:
    """Futures for `works`, in their order."""
    [tb] = client.scatter([termbase], broadcast=True, hash=False)
    return [client.submit(run_work, w, tb, min_confidence, key=task_key(w, termbase, min_confidence), retries=3)
            for w in works]


def gather_in_order(client, futures: list, done: Callable[[Work], None] | None = None, works=None) -> list:
    from dask.distributed import as_completed
    index = {f.key: k for k, f in enumerate(futures)}
    outs: list = [None] * len(futures)
    for fut in as_completed(futures):
        k = index[fut.key]
        outs[k] = fut.result()
        if done and works is not None:
            done(works[k])
    return outs


def run_dask(works: list[Work], termbase, min_confidence: float, scheduler: str,
             done: Callable[[Work], None] | None = None, client=None) -> list:
    """Outputs of `works` in their order, computed on the Dask cluster."""
    own = client is None
    cluster = None
    if own:
        client, cluster = _client(scheduler)
    try:
        futures = submit_all(client, works, termbase, min_confidence)
        return gather_in_order(client, futures, done, works)
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
