"""--jobs: work units (one per article set) on
processes give the same results as a serial run, in the same order."""
from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from audit.run import workers as parallel
from audit.files.corpus import discover
from audit.run.api import audit_corpus, audit_loaded
from audit.run.pipeline import load_versions
from conftest import scale_corpus

ROOT = Path(__file__).resolve().parent.parent


def snapshot(results) -> list:
    """Everything a report is made of, as plain data."""
    out = []
    for r in results:
        out.append((r.name,
                    {k: [(g.a, g.b, None if g.score is None else round(g.score, 6)) for g in v] for k, v in sorted(r.alignments.items())},
                    [(vr.version.label, vr.sentences, vr.occurrences,
                      [(c, [e.to_dict() for e in ev]) for c, ev in vr.inferred],
                      [f.to_dict() for f in vr.findings]) for vr in r.versions]))
    return out


def loaded_of(root: Path):
    return [(a.name, load_versions(a.files)) for a in discover(root)]


@pytest.fixture(scope="module")
def memory(tmp_path_factory) -> Path:
    """A 1,200-unit translation memory with collapses all through it."""
    sc = scale_corpus()
    root = tmp_path_factory.mktemp("tm")
    sc.write_tmx(root / "memory.tmx", sc.units(1200))
    return root


def memories(root: Path, n: int, units: int) -> Path:
    """`n` translation memories of `units` units each: `n` article sets."""
    sc = scale_corpus()
    rows = sc.units(n * units)
    for k in range(n):
        sc.write_tmx(root / f"memory-{k:02d}.tmx", rows[k * units:(k + 1) * units])
    return root


@pytest.fixture(scope="module")
def memory_serial(memory, termbase):
    return audit_corpus(memory, termbase)


def test_one_work_unit_per_set_in_corpus_order(tmp_path):
    loaded = loaded_of(memories(tmp_path, 3, 50))
    works = parallel.plan(loaded, "retail")
    assert [(w.set_index, w.name, w.domain) for w in works] == [
        (k, f"memory-{k:02d}", "retail") for k in range(3)]


def test_processes_give_the_serial_result(tmp_path, termbase, monkeypatch):
    monkeypatch.setattr(parallel, "SMALL_WORK", 0)       # use processes even on a small corpus
    root = memories(tmp_path, 4, 300)
    serial = audit_corpus(root, termbase)
    assert sum(len(r.findings) for r in serial) > 20
    results = audit_loaded(loaded_of(root), termbase, 0.35, jobs=2)
    assert snapshot(results) == snapshot(serial)


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
    """The workbook's parts apart from its properties (which hold the time),
    and apart from its report id and the signatures made with it (random per
    report, report/signing.py)."""
    import re
    unsigned = re.compile(rb">[0-9a-f]{24}<|>[0-9a-f]{64}<")
    with zipfile.ZipFile(path) as z:
        return {n: unsigned.sub(b"><", z.read(n)) for n in z.namelist() if not n.startswith("docProps/")}


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
    assert len(one["findings"]) > 20
    assert one["findings"] == two["findings"]
    assert (outs[1] / "findings.csv").read_bytes() == (outs[2] / "findings.csv").read_bytes()
    assert _sheets(outs[1] / "audit.xlsx") == _sheets(outs[2] / "audit.xlsx")


def test_align_by_structure_reaches_the_workers(termbase, monkeypatch):
    monkeypatch.setattr(parallel, "SMALL_WORK", 0)
    serial = audit_corpus(ROOT / "corpora", termbase, align="structure")
    assert snapshot(audit_corpus(ROOT / "corpora", termbase, jobs=2, align="structure")) == snapshot(serial)
    # the one seed finding whose evidence came from the model's alignment rests on the text alone
    meaning = audit_corpus(ROOT / "corpora", termbase)
    kinds = lambda results: {f.id: f.kind for r in results for f in r.findings}
    assert kinds(serial).keys() == kinds(meaning).keys() and kinds(serial) != kinds(meaning)
