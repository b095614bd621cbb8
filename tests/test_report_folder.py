"""A run's reports are all or nothing (issue 19): the report folder is checked
before any work, reports replace their predecessors together or not at all,
one run at a time writes into a folder, and backups are whole or absent.
Full disks are real where this machine lets a test mount a small tmpfs, and
faked (a writer raising ENOSPC midway) everywhere."""
import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.errors import InputError
from audit.report import write_reports
from audit.report.carryover import backups, keep_backup, read_previous
from audit.report.outfolder import LOCK_NAME, folder_lock
from audit.report.synthetic import build_set
from conftest import CORPUS

runner = CliRunner()
FAST = ["--quiet", "--align", "structure", "--domain", "general", "--formats", "xlsx,json,csv"]
SOURCE = ["Our client is happy.", "The customer buys shoes."]
TARGET = ["Khách hàng của chúng tôi rất vui.", "Khách hàng mua giày."]


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "c"
    c.mkdir()
    shutil.copy(CORPUS / "ru-client-or-customer.txt", c)
    return c


def run(corpus, out, *extra):
    return runner.invoke(app, ["run", str(corpus), "--out", str(out), *FAST, *extra])


def snapshot(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def one_line_exit_2(res, *words):
    assert res.exit_code == 2, res.output
    assert res.output.count("\n") == 1 and "Traceback" not in res.output, res.output
    for w in words:
        assert w in res.output, res.output


@pytest.fixture
def tmpfs(tmp_path):
    """A small tmpfs of our own (a real full or read-only disk); skipped where
    this machine does not let tests mount one."""
    mounted = []

    def mount(size: str) -> Path:
        where = tmp_path / f"mnt{len(mounted)}"
        where.mkdir()
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                           capture_output=True)
        if r.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode().strip()}")
        mounted.append(where)
        return where
    yield mount
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path) -> None:
    """Fill the file system under `folder` to the last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError as e:
                assert e.errno == errno.ENOSPC
    finally:
        os.close(fd)


# --- the folder, checked before any work -------------------------------------

def test_file_in_the_way(tmp_path, corpus):
    f = tmp_path / "afile"
    f.write_text("x")
    one_line_exit_2(run(corpus, f), "report folder is a file")
    one_line_exit_2(run(corpus, f / "rep"), "is a file, where the report folder")
    assert f.read_text() == "x"


def test_missing_parent(tmp_path, corpus):
    one_line_exit_2(run(corpus, tmp_path / "no" / "such" / "rep"), "does not exist")
    assert not (tmp_path / "no").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a mode-555 folder; the tmpfs test covers root")
def test_read_only_folder_by_mode(tmp_path, corpus):
    out = tmp_path / "rep"
    out.mkdir()
    out.chmod(0o555)
    try:
        one_line_exit_2(run(corpus, out), "cannot write in the report folder")
    finally:
        out.chmod(0o755)


def test_read_only_file_system(tmpfs, corpus):
    mnt = tmpfs("1m")
    assert run(corpus, mnt / "rep").exit_code == 0
    before = snapshot(mnt / "rep")
    subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
    one_line_exit_2(run(corpus, mnt / "rep"), "cannot write in the report folder", "Read-only file system")
    one_line_exit_2(run(corpus, mnt / "rep2"), "Read-only file system")
    assert snapshot(mnt / "rep") == before


# --- full disks ------------------------------------------------------------

def test_full_disk_midway_keeps_the_previous_reports(tmp_path, corpus, monkeypatch):
    """The workbook and findings.json are written, the CSV runs out of space:
    nothing is replaced, no staged file is left, one line, exit 2."""
    out = tmp_path / "rep"
    assert run(corpus, out).exit_code == 0
    before = snapshot(out)
    import audit.report.csv_report as csv_report

    def full(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(csv_report, "_evidence", full)
    res = run(corpus, out)
    one_line_exit_2(res, "no space left", "previous reports are as they were")
    assert snapshot(out) == before            # byte for byte, and nothing else there


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")   # xlsxwriter's zip, closed again by the GC
def test_full_tmpfs_keeps_the_previous_reports(tmpfs, tmp_path, termbase):
    """A real full disk: the reports of a bigger run do not fit beside the old ones."""
    mnt = tmpfs("256k")
    small = build_set(tmp_path / "c" / "s", SOURCE, TARGET, termbase=termbase)
    write_reports([small], mnt / "rep", ["xlsx", "json", "csv"], {}, termbase)
    before = snapshot(mnt / "rep")
    fill(mnt)
    with pytest.raises(InputError, match="no space left"):
        write_reports([small], mnt / "rep", ["xlsx", "json", "csv"], {"changed": True}, termbase)
    assert snapshot(mnt / "rep") == before
    import gc
    gc.collect()              # here, where its warning is ignored, not in a later test


def test_full_disk_during_apply_in_place_leaves_no_empty_backup(tmpfs, tb_report):
    mnt = tmpfs("1m")
    corpus, report = tb_report(mnt)
    vi = corpus / "vi.txt"
    original = vi.read_bytes()
    fill(mnt)
    for attempt in range(2):                   # the issue saw .bak, then .bak.1 on the next try
        res = runner.invoke(app, ["apply", str(report), "--in-place"])
        assert res.exit_code == 1, res.output
        assert "could not write the backup vi.txt.bak" in res.output and "the file is unchanged" in res.output
        assert vi.read_bytes() == original
        assert not [p for p in corpus.iterdir() if ".bak" in p.name or p.name.endswith(".tmp")]


def test_failed_backup_midway_is_removed_and_reported(tmp_path, tb_report, monkeypatch):
    corpus, report = tb_report(tmp_path)
    vi = corpus / "vi.txt"
    original = vi.read_bytes()
    real = Path.write_bytes

    def half_then_full(self, data):
        if ".bak" in self.name or "vi.txt.bak" in self.name or self.name.startswith(".vi.txt.bak"):
            real(self, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(self, data)
    monkeypatch.setattr(Path, "write_bytes", half_then_full)
    res = runner.invoke(app, ["apply", str(report), "--in-place"])
    assert res.exit_code == 1 and "could not write the backup" in res.output, res.output
    assert vi.read_bytes() == original
    assert sorted(p.name for p in corpus.iterdir()) == ["en.txt", "vi.txt"]


@pytest.fixture
def tb_report(termbase):
    """(corpus, reviewed report) under a folder: one accepted fix in vi.txt."""
    def make(base: Path):
        sr = build_set(base / "corpus", SOURCE, TARGET, termbase=termbase)
        [report] = write_reports([sr], base / "rep", ["xlsx"], {}, termbase)
        wb = openpyxl.load_workbook(report)
        ws = wb["Findings"]
        ws.cell(2, [c.value for c in ws[1]].index("Decision") + 1, "accept")
        wb.save(report)
        return base / "corpus", report
    return make


# --- one run at a time -------------------------------------------------------

def test_a_second_run_into_the_same_folder_is_refused(tmp_path, corpus):
    out = tmp_path / "rep"
    assert run(corpus, out).exit_code == 0
    before = snapshot(out)
    with folder_lock(out):                     # a run is writing there (this process, alive)
        res = run(corpus, out)
        one_line_exit_2(res, "another audit run is writing reports here", f"pid {os.getpid()}")
        assert (out / LOCK_NAME).exists()
    assert snapshot(out) == before             # the lock is gone with its run
    assert run(corpus, out).exit_code == 0


def test_two_real_runs_at_once(tmp_path, corpus):
    """Two processes started together: one writes, the other is refused in one line."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    cmd = [sys.executable, "-m", "audit", "run", str(corpus), "--out", str(tmp_path / "rep"), *FAST]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outs = [(p.wait(timeout=300), p.stderr.read().decode()) for p in procs]
    codes = sorted(c for c, _ in outs)
    if codes == [0, 0]:
        pytest.skip("the two runs did not overlap on this machine")
    assert codes == [0, 2], outs
    refused = next(err for c, err in outs if c == 2)
    assert "another audit run is writing reports here" in refused and refused.count("\n") == 1
    assert not (tmp_path / "rep" / LOCK_NAME).exists()


def test_a_stale_lock_does_not_block(tmp_path, corpus):
    out = tmp_path / "rep"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    import json
    import socket
    (out / LOCK_NAME).write_text(json.dumps({"pid": dead.pid, "host": socket.gethostname(), "started": "then"}))
    res = run(corpus, out)
    assert res.exit_code == 0, res.output
    assert not (out / LOCK_NAME).exists()


# --- backups -------------------------------------------------------------

def test_backups_are_pruned_to_the_newest(tmp_path, corpus):
    out = tmp_path / "rep"
    assert run(corpus, out).exit_code == 0
    wb = openpyxl.load_workbook(out / "audit.xlsx")
    ws = wb["Findings"]
    ws.cell(2, [c.value for c in ws[1]].index("Decision") + 1, "reject")
    wb.save(out / "audit.xlsx")
    for day in range(1, 8):                    # seven older backups
        shutil.copy(out / "audit.xlsx", out / f"audit.2026-01-0{day}T1200.xlsx")
    res = run(corpus, out, "--keep-backups", "3")
    assert res.exit_code == 0, res.output
    kept = [p.name for p in backups(out / "audit.xlsx")]
    assert len(kept) == 3 and kept[:2] == ["audit.2026-01-06T1200.xlsx", "audit.2026-01-07T1200.xlsx"]
    assert "kept the reviewed workbook as" in res.output


def test_failed_workbook_backup_leaves_everything(tmp_path, corpus, monkeypatch):
    out = tmp_path / "rep"
    assert run(corpus, out).exit_code == 0
    wb = openpyxl.load_workbook(out / "audit.xlsx")
    ws = wb["Findings"]
    ws.cell(2, [c.value for c in ws[1]].index("Decision") + 1, "reject")
    wb.save(out / "audit.xlsx")
    before = snapshot(out)
    real = Path.write_bytes

    def full(self, data):
        if self.name.startswith(".audit.20"):
            real(self, data[:100])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(self, data)
    monkeypatch.setattr(Path, "write_bytes", full)
    one_line_exit_2(run(corpus, out), "could not back up the reviewed workbook")
    assert snapshot(out) == before


def test_decisions_saved_during_the_run_are_carried(tmp_path, termbase):
    """The run read the workbook at its start; the reviewer saves a decision
    before the run writes: the new workbook carries it, and says so."""
    sr = build_set(tmp_path / "c", SOURCE, TARGET, termbase=termbase)
    out = tmp_path / "rep"
    write_reports([sr], out, ["xlsx"], {}, termbase)
    previous = read_previous(out / "audit.xlsx")
    assert not previous.holds_decisions
    wb = openpyxl.load_workbook(out / "audit.xlsx")
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    ws.cell(2, hdr.index("Decision") + 1, "accept")
    fid = ws.cell(2, hdr.index("ID") + 1).value
    wb.save(out / "audit.xlsx")
    os.utime(out / "audit.xlsx", ns=(1, 1))             # a save within the same mtime tick still counts
    kept = []
    write_reports([sr], out, ["xlsx"], {}, termbase, previous=previous,
                  before_commit=lambda: kept.append(keep_backup(previous.refreshed())))
    assert previous.reread and kept[0] is not None and kept[0].exists()
    ws = openpyxl.load_workbook(out / "audit.xlsx")["Findings"]
    hdr = [c.value for c in ws[1]]
    rows = {r[hdr.index("ID")]: r[hdr.index("Decision")] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows[fid] == "accept"


def test_stages_of_a_killed_run_are_cleared(tmp_path, termbase):
    sr = build_set(tmp_path / "c", SOURCE, TARGET, termbase=termbase)
    out = tmp_path / "rep"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = out / f".findings.json.{dead.pid}.staged"
    left.write_text("half a report")
    write_reports([sr], out, ["json"], {}, termbase)
    assert sorted(p.name for p in out.iterdir()) == ["findings.json"]
