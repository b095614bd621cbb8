"""The commands check every option before any work, say exactly what is wrong,
skip symbolic links unless told, audit no file twice, honour NO_COLOR and do
not wrap summary lines when piped."""
import io
import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.commands import use_colour
from conftest import CORPUS

runner = CliRunner()
RU = CORPUS / "ru-client-or-customer.txt"
SET = CORPUS / "client-vs-customer"


def invoke(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def test_source_given_as_absolute_path_of_a_with_file(monkeypatch):
    """Was: "the same file is given twice", naming another file."""
    monkeypatch.chdir(SET)
    res = invoke("check", "vi.txt", "--with", "id.txt", "--source", (SET / "id.txt").resolve(), "--format", "json")
    assert res.exit_code == 1, res.output
    assert json.loads(res.stdout)["findings"]
    res = invoke("check", "vi.txt", "--with", (SET / "vi.txt").resolve())
    assert res.exit_code == 2
    assert res.output.strip() == (f"audit: error: vi.txt and {(SET / 'vi.txt').resolve()} are the same file, "
                                  "given as FILE and as --with; give each file once")


@pytest.mark.parametrize("args, says", [
    (["--formats", "pdf"], "unknown report format(s) pdf (known: xlsx, json, csv, jsonl, html)"),
    (["--formats", ","], "no report format given"),
    (["--encoding", "nope"], "--encoding: unknown encoding 'nope'"),
])
def test_run_options_are_checked_before_any_work(tmp_path, args, says):
    # the corpus does not exist: the option's error must come first, so no work was started
    res = invoke("run", tmp_path / "absent", "--out", tmp_path / "out", *args)
    assert res.exit_code == 2 and says in res.output and res.output.count("\n") == 1


def test_run_out_that_is_a_file_is_refused_before_work(tmp_path):
    f = tmp_path / "reports"
    f.write_text("x")
    res = invoke("run", tmp_path / "absent", "--out", f)
    assert res.exit_code == 2 and res.output.strip() == f"audit: error: {f}: report folder is a file"


@pytest.fixture
def linked_corpus(tmp_path):
    """ru.txt, a link to it, a folder linked to the corpus itself (a loop), and
    a link to a file outside the corpus."""
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    shutil.copy(RU, corpus / "ru.txt")
    shutil.copy(RU, outside / "ru-2.txt")
    os.symlink(corpus / "ru.txt", corpus / "ru-again.txt")
    os.symlink(corpus, corpus / "loop")
    os.symlink(outside / "ru-2.txt", corpus / "ru-outside.txt")
    return corpus


def test_symlinks_are_skipped_with_a_warning(tmp_path, linked_corpus):
    res = invoke("run", linked_corpus, "--out", tmp_path / "out", "--quiet", "--formats", "json")
    assert res.exit_code == 0, res.output
    warnings = [ln for ln in res.output.splitlines() if ln.startswith("audit: warning:")]
    assert len(warnings) == 3 and all("symbolic link skipped" in w for w in warnings)
    data = json.loads((tmp_path / "out" / "findings.json").read_text(encoding="utf-8"))
    assert {f["file"] for f in data["findings"]} == {str(linked_corpus / "ru.txt")}


def test_follow_symlinks_audits_each_file_once(tmp_path, linked_corpus):
    res = invoke("run", linked_corpus, "--out", tmp_path / "out", "--quiet", "--formats", "json", "--follow-symlinks")
    assert res.exit_code == 0, res.output
    assert f"{linked_corpus / 'ru-again.txt'}: same file as {linked_corpus / 'ru.txt'}, audited once" in res.output
    assert f"{linked_corpus / 'loop'}: links back into the corpus, skipped" in res.output
    data = json.loads((tmp_path / "out" / "findings.json").read_text(encoding="utf-8"))
    files = [f["file"] for f in data["findings"]]
    assert set(files) == {str(linked_corpus / "ru.txt"), str(linked_corpus / "ru-outside.txt")}
    assert files.count(str(linked_corpus / "ru.txt")) == files.count(str(linked_corpus / "ru-outside.txt"))


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(_Tty()) and not use_colour(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour(_Tty())


def test_no_color_in_a_terminal_check(tmp_path):
    """A real pseudo-terminal: colour by default, none with NO_COLOR."""
    pty = pytest.importorskip("pty")
    outs = {}
    for env_extra in ({}, {"NO_COLOR": "1"}):
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | env_extra
        master, slave = pty.openpty()
        p = subprocess.run([sys.executable, "-m", "audit", "check", str(RU)], stdout=slave, stderr=subprocess.DEVNULL,
                           env=env, timeout=120)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        assert p.returncode == 1
        outs[bool(env_extra)] = b"".join(chunks)
    assert b"\x1b[" in outs[False] and b"\x1b[" not in outs[True]


def test_summary_lines_are_not_wrapped_when_piped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = "ru-" + "a-very-long-article-name-" * 6 + "end.txt"
    shutil.copy(RU, corpus / name)
    p = subprocess.run([sys.executable, "-m", "audit", "run", str(corpus), "--out", str(tmp_path / "out"), "--quiet"],
                       capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "80"})
    assert p.returncode == 0, p.stderr
    line = next(ln for ln in p.stdout.splitlines() if name[:-4] in ln)
    assert line.endswith("term occurrences") and len(line) > 120
    assert "\x1b[" not in p.stdout


def test_check_reports_progress_on_large_input(tmp_path):
    big = tmp_path / "ru.txt"
    text = RU.read_text(encoding="utf-8")
    big.write_text(text * (1_100_000 // len(text.encode()) + 1), encoding="utf-8")
    res = runner.invoke(app, ["check", str(big), "--format", "json"])
    assert res.exit_code == 1
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("audit: ")]
    # every stage that can take long says so as it starts
    stages = [ln.split(":")[1].split(" (")[0].strip() for ln in lines]
    assert stages == ["reading", "splitting into sentences", "finding terms in ru.txt", "checking",
                      "suggesting fixes", "writing"], stages
    assert "sentences" in lines[2] and "findings" in lines[-1]
    assert json.loads(res.stdout)["findings"]
    small = runner.invoke(app, ["check", str(RU), "--format", "json"])
    assert "sentences" not in small.stderr


def test_run_progress_counts_sentences_not_sets(tmp_path, termbase):
    from audit.run.api import audit_corpus
    from audit.text.segment import split_version
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(RU, corpus / "ru.txt")
    shutil.copy(CORPUS / "vi-native-client-customer.txt", corpus / "vi.txt")
    calls = []
    results = audit_corpus(corpus, termbase, progress=lambda name, done, total: calls.append((name, done, total)))
    sizes = [sum(len(split_version(v.version)) for v in r.versions) for r in results]
    assert calls == [(results[0].name, 0, sum(sizes)), (results[1].name, sizes[0], sum(sizes)), ("", sum(sizes), sum(sizes))]
    assert min(sizes) > 10
