"""findings.json / .jsonl / .csv, write_reports, atomic writing, and the terminal format."""
import csv
import json

import pytest

from audit.errors import InputError
from audit.report import write_reports
from audit.report.common import mqm_category, summary_rows
from audit.report.synthetic import build_set
from audit.report.terminal import format_findings
from audit.terms.termbase import load_termbase

SOURCE = ["Our client is happy.", "The customer buys shoes.", "Ask any client today."]
TARGET = ["Khách hàng của chúng tôi rất vui.", "Khách hàng mua giày.", "-khách hàng nào hôm nay."]


@pytest.fixture(scope="module")
def tb():
    return load_termbase()


@pytest.fixture
def demo(tmp_path, tb):
    return build_set(tmp_path / "in", SOURCE, TARGET, termbase=tb)


def test_json(tmp_path, demo, tb):
    [path] = write_reports([demo], tmp_path / "out", ["json"], {"min_confidence": 0.5}, tb)
    assert path.name == "findings.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [f["id"] for f in data["findings"]] == ["demo-1", "demo-2"]
    first = data["findings"][0]
    assert first["term"] == "Khách hàng" and first["replacement"] == "Thân chủ"
    assert first["evidence"] == [{"rule": "source", "version": "en.txt", "text": SOURCE[0], "score": 0.9, "term": "client"}]
    assert first["sha256"] == demo.versions[1].version.sha256 and first["set"] == "demo"
    assert data["findings"][1]["sentence"] == TARGET[2]            # no escaping in JSON
    assert data["params"]["options"] == {"min_confidence": 0.5}
    assert data["params"]["termbase"] == "default"
    assert data["params"]["inputs"][str(demo.versions[1].version.path)] == demo.versions[1].version.sha256


def test_jsonl(tmp_path, demo, tb):
    [path] = write_reports([demo], tmp_path, ["jsonl"], {}, tb)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["start"] for x in lines] == [0, demo.findings[1].start]
    assert demo.findings[1].start == len("\n".join(TARGET[:2])) + 2     # after the newline and "-"


def test_json_with_no_findings(tmp_path, tb):
    sr = build_set(tmp_path / "in", ["The customer buys."], ["Khách hàng mua."], termbase=tb)
    [path] = write_reports([sr], tmp_path, ["json"], {}, tb)
    assert json.loads(path.read_text())["findings"] == []


def test_csv(tmp_path, demo, tb):
    [path] = write_reports([demo], tmp_path, ["csv"], {}, tb)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                          # Excel reads the BOM as UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["id"] for r in rows] == ["demo-1", "demo-2"]
    assert rows[0]["word"] == "Khách hàng" and rows[0]["unit"] == "p1" and rows[0]["sentence_no"] == "1"
    assert rows[0]["mqm"] == "Accuracy > Mistranslation"
    assert rows[1]["sentence"] == "'" + TARGET[2]                    # formula-like text defused
    assert rows[1]["start"] == str(demo.findings[1].start)           # numbers untouched


def test_all_formats_and_names(tmp_path, demo, tb):
    paths = write_reports([demo], tmp_path / "r", ["xlsx", "json", "csv", "jsonl", "json"], {}, tb)
    assert [p.name for p in paths] == ["audit.xlsx", "findings.json", "findings.csv", "findings.jsonl"]
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == sorted(p.name for p in paths)   # no temp files left


def test_unknown_format(tmp_path, demo, tb):
    with pytest.raises(InputError, match="unknown report format"):
        write_reports([demo], tmp_path, ["pdf"], {}, tb)


def test_never_overwrites_an_input(tmp_path, tb):
    folder = tmp_path / "in"
    sr = build_set(folder, SOURCE, TARGET, termbase=tb)
    clash = folder / "findings.json"
    clash.write_text("mine")
    sr.versions[0].version.path = clash          # an input that happens to be named like a report
    with pytest.raises(InputError, match="over an input file"):
        write_reports([sr], folder, ["json"], {}, tb)
    assert clash.read_text() == "mine"


def test_interrupted_write_keeps_old_report(tmp_path, demo, tb, monkeypatch):
    out = tmp_path / "out"
    [path] = write_reports([demo], out, ["json"], {}, tb)
    before = path.read_bytes()
    import audit.report.json_report as jr

    def boom(row):
        raise KeyboardInterrupt
    monkeypatch.setattr(jr, "_finding_dict", boom)
    with pytest.raises(KeyboardInterrupt):
        write_reports([demo], out, ["json"], {"changed": True}, tb)
    assert path.read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["findings.json"]


def test_summary_and_mqm(demo):
    vi = next(r for r in summary_rows([demo]) if r.lang == "vi")
    assert (vi.occurrences, vi.findings, vi.by_severity["major"]) == (3, 2, 2)
    assert vi.collapse_rate == pytest.approx(2 / 3)
    assert vi.penalty_per_1000 == pytest.approx(10 * 1000 / vi.words)
    f = demo.findings[0]
    assert mqm_category(f) == "Accuracy > Mistranslation"
    f.severity = "minor"
    assert mqm_category(f) == "Terminology > Wrong term"
    f.kind = "ambiguous-term"
    f.severity = "critical"
    assert mqm_category(f) == "Terminology > Wrong term"
    f.kind = "self-collapse"
    f.severity = "minor"
    assert mqm_category(f) == "Accuracy > Mistranslation"


def test_terminal_plain_and_color(demo):
    findings = demo.findings
    plain = format_findings(findings, color=False)
    assert "\033[" not in plain
    path = str(demo.versions[1].version.path)
    assert plain.startswith(f"{path}:1:1: major wrong-term: 'Khách hàng' where client is meant; use 'Thân chủ'")
    assert "\n    Khách hàng của chúng tôi rất vui.\n" in plain
    assert "\n  → Thân chủ của chúng tôi rất vui.\n" in plain
    assert f"{path}:3:2:" in plain                                  # line 3, column 2
    colored = format_findings(findings, color=True)
    assert "\033[31;1mKhách hàng\033[0m của chúng tôi" in colored
    assert "\033[32;1mThân chủ\033[0m của chúng tôi" in colored
    assert format_findings([], color=False) == ""
    assert plain.endswith("\n")


@pytest.mark.parametrize("text, name, prefixed", [
    ("-draft.txt", True, False), ("@team", True, False), ("+1 notes", True, False), ("-", True, False),
    ("=HYPERLINK(\"x\")", True, True), ("+cmd|' /C calc'!A0", True, True), ("-2+3+cmd|' /C calc'!A0", True, True),
    ("@SUM(1+9)", True, True), ("\t=1", True, True),
    ("-12", False, False), ("+3.5", False, False), ("-khách hàng", False, True), ("=1+1", False, True),
    ("vi.txt", True, False), ("plain text", False, False),
])
def test_csv_prefixes_only_what_a_spreadsheet_would_evaluate(text, name, prefixed):
    from audit.report.csv_report import safe_cell
    assert safe_cell(text, name) == ("'" + text if prefixed else text)


def test_csv_keeps_set_and_file_names(tmp_path, tb):
    sr = build_set(tmp_path / "-draft", SOURCE, TARGET, name="@team", termbase=tb)
    [path] = write_reports([sr], tmp_path / "rep", ["csv"], {}, tb)
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows and all(r["set"] == "@team" for r in rows)
    assert all(not r["path"].startswith("'") for r in rows)
