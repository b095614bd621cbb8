"""The two main commands, their exit codes, and bad input."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from conftest import CORPUS

runner = CliRunner()
RU = CORPUS / "ru-client-or-customer.txt"
SET = CORPUS / "client-vs-customer"


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_check_json_has_the_documented_keys():
    res = invoke("check", RU, "--format", "json")
    assert res.exit_code == 1
    findings = json.loads(res.stdout)["findings"]
    keys = {"file", "start", "end", "term", "concept", "replacement", "suggestion",
            "kind", "severity", "confidence", "evidence"}
    assert findings and all(keys <= f.keys() for f in findings)
    assert findings[0]["start"] == 11 and findings[0]["replacement"] == "Покупатель"


def test_check_with_parallel_versions():
    res = invoke("check", SET / "ka.txt", "--with", SET / "id.txt", "--with", SET / "vi.txt", "--format", "json")
    assert res.exit_code == 1
    starts = {f["start"] for f in json.loads(res.stdout)["findings"]}
    assert 303 in starts


def test_check_clean_file_exits_0():
    res = invoke("check", CORPUS / "vi-native-client-customer.txt", "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout) == {"findings": [], "observations": []}


def test_check_with_source_flag(tmp_path):
    en = tmp_path / "en.txt"
    en.write_text("Client or customer?\nA customer buys goods.\n", encoding="utf-8")
    ru = tmp_path / "ru.txt"
    ru.write_text("Клиент или клиент?\nКлиент покупает товары.\n", encoding="utf-8")
    res = invoke("check", ru, "--with", en, "--source", en, "--format", "json")
    got = [(f["start"], f["replacement"], f["evidence"][0]["rule"]) for f in json.loads(res.stdout)["findings"]]
    assert got == [(11, "покупатель", "source"), (19, "Покупатель", "source")]


def test_check_text_output_shows_word_and_suggestion():
    res = invoke("check", RU)
    assert res.exit_code == 1
    assert "Клиент или Покупатель?" in res.stdout and "\x1b[" not in res.stdout


def test_run_writes_reports(tmp_path):
    out = tmp_path / "reports"
    res = invoke("run", CORPUS, "--out", out, "--quiet")
    assert res.exit_code == 0, res.output
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    files = {f["file"].split("/")[-1] for f in data["findings"]}
    assert files == {"vi.txt", "ka.txt", "ru-client-or-customer.txt"}
    assert (out / "audit.xlsx").stat().st_size > 0
    assert "findings in 3 article sets" in res.stdout          # results on stdout, progress on stderr


def test_console_script_is_installed():
    # installed beside the interpreter running the tests (the venv's bin/)
    exe = Path(sys.executable).parent / "audit"
    assert exe.exists(), "the `audit` console script is not installed"
    proc = subprocess.run([exe, "check", str(RU), "--format", "json"], capture_output=True, text=True)
    assert proc.returncode == 1 and '"Покупатель"' in proc.stdout


# ---- bad input: one line naming the file, exit 2, nothing written ----------

def bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "ru.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    legacy = tmp_path / "vi.txt"
    legacy.write_bytes("Клиент или клиент".encode("cp1251"))
    return {"missing": tmp_path / "nope.txt", "empty": empty, "binary": binary, "legacy": legacy}


@pytest.mark.parametrize("case,message", [
    ("missing", "no such file"), ("empty", "file is empty"),
    ("binary", "binary file"), ("legacy", "not valid UTF-8"),
])
def test_check_bad_file(tmp_path, case, message):
    path = bad_inputs(tmp_path)[case]
    res = invoke("check", path)
    assert res.exit_code == 2
    assert res.stderr.strip().count("\n") == 0
    assert str(path) in res.stderr and message in res.stderr
    assert "Traceback" not in res.output


def test_check_unknown_language(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Hello client")
    res = invoke("check", f, "--lang", "xx")
    assert res.exit_code == 2 and "unknown language 'xx'" in res.stderr


@pytest.mark.parametrize("case", ["one-file-set", "bad-file-in-set", "unknown-language", "missing-corpus"])
def test_run_bad_corpus_writes_nothing(tmp_path, case):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(RU, corpus / "ru.txt")
    if case == "one-file-set":
        (corpus / "set").mkdir()
        shutil.copy(SET / "vi.txt", corpus / "set" / "vi.txt")
    elif case == "bad-file-in-set":
        (corpus / "set").mkdir()
        shutil.copy(SET / "vi.txt", corpus / "set" / "vi.txt")
        (corpus / "set" / "ka.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    elif case == "unknown-language":
        (corpus / "set").mkdir()
        shutil.copy(SET / "vi.txt", corpus / "set" / "vi.txt")
        shutil.copy(SET / "ka.txt", corpus / "set" / "article.txt")
        (corpus / "set" / "set.toml").write_text('[languages]\n"article.txt" = "klingon"\n')
    else:
        corpus = tmp_path / "absent"
    out = tmp_path / "out"
    res = invoke("run", corpus, "--out", out, "--quiet")
    assert res.exit_code == 2, res.output
    assert res.stderr.startswith("audit: error: ") and res.stderr.count("\n") == 1
    assert not out.exists() or not any(out.iterdir())


def test_align_by_structure_is_recorded_and_a_wrong_value_is_refused(tmp_path):
    out = tmp_path / "reports"
    res = runner.invoke(app, ["run", str(CORPUS), "--out", str(out), "--formats", "json", "--align", "structure", "-q"])
    assert res.exit_code == 0, res.output
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert report["params"]["options"]["align"] == "structure" and report["findings"]
    bad = runner.invoke(app, ["run", str(CORPUS), "--out", str(tmp_path / "r2"), "--align", "fast"])
    assert bad.exit_code == 2 and "--align must be one of meaning, structure" in bad.stderr
    assert not (tmp_path / "r2").exists()
