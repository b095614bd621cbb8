"""--scheduler: the same work units as Dask tasks on a real LocalCluster give
the serial run's results; a worker killed mid-run loses and duplicates nothing."""
from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from audit.run import workers as parallel  # noqa: E402
from audit.run.distributed import run_dask, submit_all, gather_in_order  # noqa: E402
from audit.run.api import audit_corpus  # noqa: E402

from test_parallel import loaded_of, memories, memory, memory_serial, snapshot  # noqa: E402,F401

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           env={"OMP_NUM_THREADS": "1"})
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_local_cluster_gives_the_serial_result(client, tmp_path, termbase):
    root = memories(tmp_path, 4, 300)
    serial = audit_corpus(root, termbase)
    outs = run_dask(parallel.plan(loaded_of(root)), termbase, 0.35, "unused", client=client)
    assert sum(len(r.findings) for r in serial) > 20
    assert snapshot(outs) == snapshot(serial)


def test_aligned_articles_on_the_cluster(client, termbase, corpus_results):
    outs = run_dask(parallel.plan(loaded_of(ROOT / "corpora")), termbase, 0.35, "unused", client=client)
    assert snapshot(outs) == snapshot(list(corpus_results.values()))


def test_a_killed_worker_loses_and_duplicates_nothing(client, tmp_path, termbase):
    root = memories(tmp_path, 30, 100)           # 30 tasks, so the kill lands mid-run
    serial = audit_corpus(root, termbase)
    works = parallel.plan(loaded_of(root))
    futures = submit_all(client, works, termbase, 0.35)
    pids = client.run(os.getpid)
    victim = sorted(pids.values())[0]
    first = threading.Event()

    def done(_work):
        if not first.is_set():
            first.set()
            os.kill(victim, signal.SIGKILL)      # the nanny starts a new worker; its tasks run again

    outs = gather_in_order(client, futures, done, works)
    assert first.is_set()
    assert victim not in client.run(os.getpid).values()
    assert [o.name for o in outs] == [w.name for w in works]
    ids = [f.id for r in outs for f in r.findings]
    assert len(ids) == len(set(ids)) == sum(len(r.findings) for r in serial) > 40
    assert snapshot(outs) == snapshot(serial)


def test_cli_scheduler_local(tmp_path, memory):
    from typer.testing import CliRunner
    from audit.cli import app
    import json
    runner = CliRunner()
    res = {}
    for extra in ([], ["--scheduler", "local"]):
        out = tmp_path / ("dask" if extra else "serial")
        r = runner.invoke(app, ["run", str(memory), "--out", str(out), "--quiet", "--formats", "json",
                                "--jobs", "1", *extra])
        assert r.exit_code == 0, r.output
        res[bool(extra)] = json.loads((out / "findings.json").read_text(encoding="utf-8"))["findings"]
    assert res[True] == res[False] and len(res[True]) > 20


def test_unreachable_scheduler_is_one_clear_line(tmp_path, memory):
    from typer.testing import CliRunner
    from audit.cli import app
    r = CliRunner().invoke(app, ["run", str(memory), "--out", str(tmp_path / "r"), "--quiet",
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert r.exit_code == 2
    assert "Dask scheduler" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "r").exists()
