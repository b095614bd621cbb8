"""--jobs: work units (article sets, chunks of big bilingual files) on
processes give the same results as a serial run, in the same order."""
from __future__ import annotations

import importlib.util
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from audit import parallel
from audit.corpus import discover
from audit.pipeline import audit_corpus, load_versions

ROOT = Path(__file__).resolve().parent.parent


def _scale_corpus():
    spec = importlib.util.spec_from_file_location("scale_corpus", ROOT / "bench" / "scale_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def snapshot(results) -> list:
    """Everything a report is made of, as plain data."""
    out = []
    for r in results:
        out.append((r.name,
                    {k: [(g.a, g.b, round(g.score, 6)) for g in v] for k, v in sorted(r.alignments.items())},
                    [(vr.version.label, vr.sentences, vr.occurrences,
                      [(c, [e.to_dict() for e in ev]) for c, ev in vr.inferred],
                      [f.to_dict() for f in vr.findings]) for vr in r.versions]))
    return out


def loaded_of(root: Path):
    return [(a.name, load_versions(a.files)) for a in discover(root)]


@pytest.fixture(scope="module")
def memory(tmp_path_factory) -> Path:
    """A 1,200-unit translation memory with collapses all through it."""
    sc = _scale_corpus()
    root = tmp_path_factory.mktemp("tm")
    sc.write_tmx(root / "memory.tmx", sc.units(1200))
    return root


@pytest.fixture(scope="module")
def memory_serial(memory, termbase):
    return audit_corpus(memory, termbase)


@pytest.mark.parametrize("chunk_units", [37, 250, 5000])
def test_chunks_give_the_serial_result(memory, memory_serial, termbase, chunk_units):
    loaded = loaded_of(memory)
    works = parallel.plan(loaded, chunk_units)
    assert len(works) == -(-1200 // chunk_units)
    outs = [parallel.run_work(w, termbase, 0.35) for w in works]
    merged = parallel.merge(works, outs, loaded)
    assert sum(len(r.findings) for r in memory_serial) > 50
    assert snapshot(merged) == snapshot(memory_serial)


def test_chunks_decide_on_the_whole_files_usage(tmp_path, termbase):
    """A memory whose source hardly ever says "client": one consistent word in
    the translation is a terminology choice, not a collapse, and only the whole
    file can tell. The chunks' two answers differ; the merge must pick the
    whole file's."""
    sc = _scale_corpus()
    rows = [(f"u{i}", f"Ask the customer to confirm the order [{i}].", f"Попросите клиента подтвердить заказ [{i}].")
            for i in range(300)]
    rows[150] = ("u150", "Our client pays [150].", "Наш клиент платит [150].")
    sc.write_tmx(tmp_path / "m.tmx", rows)
    serial = audit_corpus(tmp_path, termbase)
    loaded = loaded_of(tmp_path)
    works = parallel.plan(loaded, 40)
    outs = [parallel.run_work(w, termbase, 0.35) for w in works]
    high = sum(len(v.findings[True][0]) for o in outs for v in o.versions)
    low = sum(len(v.findings[False][0]) for o in outs for v in o.versions)
    assert high != low
    assert snapshot(parallel.merge(works, outs, loaded)) == snapshot(serial)


def test_processes_give_the_serial_result(memory, memory_serial, termbase, monkeypatch):
    monkeypatch.setattr(parallel, "SMALL_WORK", 0)       # use processes even on a small corpus
    loaded = loaded_of(memory)
    results = parallel.audit_loaded(loaded, termbase, 0.35, jobs=2, chunk_units=300)
    assert snapshot(results) == snapshot(memory_serial)


def test_seed_corpus_on_processes(termbase, corpus_results, monkeypatch):
    monkeypatch.setattr(parallel, "SMALL_WORK", 0)
    results = audit_corpus(ROOT / "corpora", termbase, jobs=2)
    assert snapshot(results) == snapshot(list(corpus_results.values()))


def test_threads_times_processes_within_the_cores():
    assert parallel.threads_per_process(2, cores=2) == 1
    assert parallel.threads_per_process(2, cores=8) == 4
    assert parallel.threads_per_process(3, cores=8) == 2
    assert parallel.threads_per_process(16, cores=2) == 1


def _sheets(path: Path) -> dict[str, bytes]:
    """The workbook's parts apart from its properties (which hold the time)."""
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if not n.startswith("docProps/")}


def test_run_jobs_writes_the_same_reports(tmp_path, memory):
    from typer.testing import CliRunner
    from audit.cli import app
    corpus = tmp_path / "corpus"      # no plain articles: their embedding is tested above
    shutil.copytree(ROOT / "tests/data/realworld/tryton-sale", corpus / "sale",
                    ignore=shutil.ignore_patterns("LICENSE", "COPYRIGHT"))
    shutil.copy(memory / "memory.tmx", corpus / "memory.tmx")
    shutil.copy(ROOT / "corpora/ru-client-or-customer.txt", corpus)
    runner = CliRunner()
    outs = {}
    for jobs in (1, 2):
        out = tmp_path / f"r{jobs}"
        res = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--jobs", str(jobs), "--quiet",
                                  "--formats", "xlsx,json,csv"])
        assert res.exit_code == 0, res.output
        outs[jobs] = out
    one, two = (json.loads((outs[j] / "findings.json").read_text(encoding="utf-8")) for j in (1, 2))
    assert len(one["findings"]) > 50
    assert one["findings"] == two["findings"]
    assert (outs[1] / "findings.csv").read_bytes() == (outs[2] / "findings.csv").read_bytes()
    assert _sheets(outs[1] / "audit.xlsx") == _sheets(outs[2] / "audit.xlsx")
