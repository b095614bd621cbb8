"""review.html without a browser: what the page holds, that corpus text
cannot break out of it, and the decisions file it exports, read back as
untrusted input by `audit apply` and `audit run --decisions`.
(tests/test_review_browser.py drives the page itself in Chromium.)"""
import copy
import json
import re
import shutil

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.errors import InputError
from audit.report import write_reports
from audit.report.decisions import read_decisions
from audit.report.review_page import page_data, script_json
from audit.report.synthetic import build_set
from conftest import CORPUS

runner = CliRunner()
SOURCE = ["Our client is happy.", "The customer buys shoes.", "Ask any client today.", "A client, a client."]
TARGET = ["Khách hàng của chúng tôi rất vui.", "Khách hàng mua giày.", "Hãy hỏi bất kỳ khách hàng nào hôm nay.",
          "Một khách hàng, một khách hàng."]


def page_json(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


@pytest.fixture
def demo(tmp_path, termbase):
    sr = build_set(tmp_path / "in", SOURCE, TARGET, termbase=termbase)
    out = tmp_path / "rep"
    write_reports([sr], out, ["xlsx", "html"], {"corpus": str(tmp_path / "in")}, termbase)
    return sr, out


def exported(data: dict, decisions: dict) -> dict:
    """The decisions file the page's export writes (review.js exportText)."""
    by_id = {f["id"]: f for f in data["findings"]}
    return {"kind": data["kind"], "schema": 1, "report": data["identity"], "exported": "2026-12-07T08:00:00Z",
            "decisions": {fid: {"decision": d, "edited": e, "comment": c, "finding": by_id[fid]["where"]}
                          for fid, (d, e, c) in decisions.items()}}


def test_the_page_holds_every_finding_in_place(demo):
    sr, out = demo
    html = (out / "review.html").read_text(encoding="utf-8")
    data = page_json(html)
    assert [f["id"] for f in data["findings"]] == [f.id for f in sr.findings]
    s = data["sets"][0]
    assert [(v["label"], v["language"], v["role"]) for v in s["versions"]] == [
        ("en.txt", "English", "source"), ("vi.txt", "Vietnamese", "translation")]
    for n, f in enumerate(data["findings"]):
        row = s["rows"][f["row"]]
        text, spans = row[2][f["col"]]
        marked = [text[spans[i]:spans[i + 1]] for i in range(0, len(spans), 4) if spans[i + 3] == n]
        assert marked == [f["word"]] and f["col"] == 1
    # every occurrence of a term is underlined by its concept, in both columns
    src_text, src_spans = s["rows"][0][2][0]
    assert src_text[src_spans[0]:src_spans[1]] == "client" and data["concepts"][src_spans[2]] == "client"
    # one file, nothing fetched: no external reference of any kind
    assert not re.search(r"<(link|img|iframe)\b|\bsrc=|https?://|@import|url\(", html.split('id="data">')[0] +
                         html.split("</script>\n<script>")[1])
    assert "default-src 'none'" in html


def test_corpus_text_cannot_break_out(tmp_path, termbase):
    hostile = ['Khách hàng</script><script>window.pwned=1</script> và khách hàng <img src=x onerror="pwned=2">'
               ' \u202eabc\u202c 😀 khách hàng & <!-- x']
    sr = build_set(tmp_path / "in", ["Client and customer and client."], hostile, termbase=termbase)
    out = tmp_path / "rep"
    write_reports([sr], out, ["html"], {}, termbase)
    html = (out / "review.html").read_text(encoding="utf-8")
    assert html.lower().count("</script") == 2 and "<img" not in html and "<!-- x" not in html
    data = page_json(html)
    text, spans = data["sets"][0]["rows"][0][2][1]
    assert text == hostile[0]
    # offsets count UTF-16 code units, as the page's JavaScript slices: the emoji counts twice
    js = text.encode("utf-16-le")
    marked = [js[2 * spans[i]:2 * spans[i + 1]].decode("utf-16-le") for i in range(0, len(spans), 4)]
    assert marked[-1] == "khách hàng" and len(marked) == 3
    safe = script_json("</script>\u2028&")
    assert "<" not in safe and "\u2028" not in safe and json.loads(safe) == "</script>\u2028&"


def test_decisions_from_the_workbook_show_in_the_page(tmp_path, demo, termbase):
    sr, out = demo
    first, second = sr.findings[0].id, sr.findings[1].id
    wb = openpyxl.load_workbook(out / "audit.xlsx")
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == first:
            row[hdr.index("Decision")].value = "reject"
            row[hdr.index("Comment")].value = "a name"
    wb.save(out / "audit.xlsx")
    from audit.report.carryover import read_previous
    write_reports([sr], out, ["xlsx", "html"], {"corpus": str(tmp_path / "in")}, termbase,
                  previous=read_previous(out / "audit.xlsx"))
    data = page_json((out / "review.html").read_text(encoding="utf-8"))
    assert data["decisions"] == {first: ["reject", "", "a name"]}
    assert second not in data["decisions"] and data["new"] == []


def test_apply_a_decisions_file(tmp_path, demo):
    sr, out = demo
    data = page_json((out / "review.html").read_text(encoding="utf-8"))
    ids = [f.id for f in sr.findings]
    sentence = sr.findings[2].sentence
    edited = sentence.replace("khách hàng", "thân chủ", 1)
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(exported(data, {ids[0]: ("accept", "", "ok"), ids[1]: ("reject", "", ""),
                                               ids[2]: ("edit", edited, "")})), encoding="utf-8")
    res = runner.invoke(app, ["apply", str(out / "audit.xlsx"), "--decisions", str(path), "--out", str(tmp_path / "fixed")])
    assert res.exit_code == 0, res.output
    assert "2 applied, 0 skipped, 0 already applied, 1 rejected; 1 file(s) written" in res.output
    fixed = (tmp_path / "fixed" / "vi.txt").read_text(encoding="utf-8").splitlines()
    assert fixed[0] == "Thân chủ của chúng tôi rất vui."
    assert fixed[1:3] == TARGET[1:3] and fixed[3] == edited
    assert (tmp_path / "in" / "vi.txt").read_text(encoding="utf-8").splitlines() == TARGET


def test_run_carries_a_decisions_file(tmp_path):
    corpus = tmp_path / "corpora"
    corpus.mkdir()
    shutil.copy(CORPUS / "ru-client-or-customer.txt", corpus / "ru.txt")
    out = tmp_path / "reports"
    res = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == ["audit.xlsx", "findings.json", "review.html"]
    data = page_json((out / "review.html").read_text(encoding="utf-8"))
    a, b = [f["id"] for f in data["findings"]]
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(exported(data, {a: ("reject", "", "a person"),
                                               b: ("edit", "Покупатель или клиент?", "")})), encoding="utf-8")
    res = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet", "--decisions", str(path)])
    assert res.exit_code == 0, res.output
    assert f"carried 2 decision(s) from {path}" in res.output
    wb = openpyxl.load_workbook(out / "audit.xlsx", read_only=True)
    rows = list(wb["Findings"].iter_rows(values_only=True))
    wb.close()
    got = {r[0]: r[1:4] for r in rows[1:]}
    assert got == {a: ("reject", None, "a person"), b: ("edit", "Покупатель или клиент?", None)}
    page = page_json((out / "review.html").read_text(encoding="utf-8"))
    assert page["decisions"] == {a: ["reject", "", "a person"], b: ["edit", "Покупатель или клиент?", ""]}
    # into a fresh report folder too: no workbook to lay them over, nothing marked new
    fresh = tmp_path / "fresh"
    res = runner.invoke(app, ["run", str(corpus), "--out", str(fresh), "--quiet", "--decisions", str(path)])
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(fresh / "audit.xlsx", read_only=True)
    rows = list(wb["Findings"].iter_rows(values_only=True))
    wb.close()
    assert {r[0]: (r[1], r[5]) for r in rows[1:]} == {a: ("reject", None), b: ("edit", None)}
    assert sorted(p.name for p in fresh.iterdir()) == ["audit.xlsx", "findings.json", "review.html"]   # no backup
    # cleared in the page: cleared in the workbook; the others stay
    path.write_text(json.dumps(exported(data, {a: ("", "", "")})), encoding="utf-8")
    runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet", "--decisions", str(path)])
    wb = openpyxl.load_workbook(out / "audit.xlsx", read_only=True)
    rows = list(wb["Findings"].iter_rows(values_only=True))
    wb.close()
    assert {r[0]: r[1] for r in rows[1:]} == {a: None, b: "edit"}


def test_check_writes_the_page(tmp_path):
    vi = CORPUS / "client-vs-customer" / "vi.txt"
    res = runner.invoke(app, ["check", str(vi), "--with", str(CORPUS / "client-vs-customer" / "id.txt"),
                              "--format", "html", "--align", "structure"])
    assert res.exit_code == 1
    data = page_json(res.stdout)
    assert data["findings"] and {f["file"] for f in data["findings"]} == {"vi.txt"}
    assert [v["label"] for v in data["sets"][0]["versions"]] == ["id.txt", "vi.txt"]
    assert all(f["row"] >= 0 for f in data["findings"])


def test_a_bilingual_file_is_a_unit_list(tmp_path, termbase):
    from conftest import po
    from audit.run.api import check_files
    path = po(tmp_path, "vi", [("Client and customer", "Khách hàng và khách hàng"), ("Save", "Lưu"),
                               ("Open file", "Mở tệp")])
    result = check_files(path, termbase=termbase)
    s = page_data([result], {})["sets"][0]
    assert s["units"] and s["hidden"] == 2 and len(s["rows"]) == 1
    assert s["rows"][0][0] and s["rows"][0][2][1][0] == "Khách hàng và khách hàng"


# --- a decisions file is untrusted input -----------------------------------

def _damage(doc: dict, how: str) -> object:
    d = copy.deepcopy(doc)
    entry = next(iter(d["decisions"].values()))
    if how == "kind":
        d["kind"] = "something else"
    elif how == "schema":
        d["schema"] = 99
    elif how == "decision":
        entry["decision"] = "approve"
    elif how == "start":
        entry["finding"]["start"] = -4
    elif how == "bool":
        entry["finding"]["end"] = True
    elif how == "sha":
        entry["finding"]["sha256"] = "abc"
    elif how == "long":
        entry["comment"] = "x" * 40_000
    elif how == "control":
        entry["edited"] = "a\x00b"
    elif how == "unknown":
        entry["extra"] = 1
    elif how == "id":
        d["decisions"] = {"../../etc": entry}
    elif how == "root":
        d["report"]["root"] = 5
    elif how == "list":
        return [d]
    elif how == "missing":
        del entry["finding"]
    return d


@pytest.mark.parametrize("how, message", [
    ("kind", "not a decisions file"), ("schema", "decisions schema '99'"), ("decision", "'approve'"),
    ("start", "finding.start\" must be a whole number"), ("bool", "finding.end\" must be a whole number"),
    ("sha", "is not a sha256"), ("long", "at most 32,767"), ("control", "control character"),
    ("unknown", "unknown field 'extra'"), ("id", "is not a finding id"), ("root", "report.root"),
    ("list", "not a decisions file"), ("missing", "\"finding\" (where the finding is) is missing"),
])
def test_a_damaged_decisions_file_is_one_line_and_exit_2(tmp_path, demo, how, message):
    sr, out = demo
    data = page_json((out / "review.html").read_text(encoding="utf-8"))
    doc = exported(data, {sr.findings[0].id: ("accept", "", "")})
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(_damage(doc, how)), encoding="utf-8")
    for args in (["apply", str(out / "audit.xlsx"), "--decisions", str(path), "--out", str(tmp_path / "fixed")],
                 ["run", str(tmp_path / "in"), "--out", str(out), "--decisions", str(path), "--quiet"]):
        before = (out / "audit.xlsx").read_bytes()
        res = runner.invoke(app, args)
        assert res.exit_code == 2, res.output
        assert res.output.count("\n") == 1 and str(path) in res.output and message in res.output, res.output
        assert "Traceback" not in res.output
        assert not (tmp_path / "fixed").exists() and (out / "audit.xlsx").read_bytes() == before


def test_not_json_duplicates_and_size(tmp_path, monkeypatch):
    path = tmp_path / "decisions.json"
    for text, message in (("{", "not valid JSON"), (b"\xff\xfe{", "not UTF-8"), ("[" * 100_000, "nested too deeply"),
                          ('{"kind": 1, "kind": 2}', "appears twice")):
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        with pytest.raises(InputError, match=message):
            read_decisions(path)
    import audit.report.decisions as decisions
    monkeypatch.setattr(decisions, "MAX_BYTES", 10)
    path.write_text("{}" + " " * 20)
    with pytest.raises(InputError, match="refusing more than"):
        read_decisions(path)
    with pytest.raises(InputError, match="no such decisions file"):
        read_decisions(tmp_path / "none.json")


def test_a_decisions_file_never_says_where_a_fix_goes(tmp_path, demo):
    """Where each finding is comes from the signed workbook: a decisions file
    aimed elsewhere changes nothing there, and one given alone is refused."""
    sr, out = demo
    data = page_json((out / "review.html").read_text(encoding="utf-8"))
    doc = exported(data, {sr.findings[0].id: ("accept", "", "")})
    entry = next(iter(doc["decisions"].values()))
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    path = tmp_path / "decisions.json"
    for relpath in ("../outside.txt", str(outside)):
        entry["finding"]["relpath"] = relpath
        path.write_text(json.dumps(doc), encoding="utf-8")
        res = runner.invoke(app, ["apply", str(out / "audit.xlsx"), "--decisions", str(path),
                                  "--out", str(tmp_path / "fixed")])
        assert res.exit_code == 0, res.output
        assert "1 applied" in res.output and (tmp_path / "fixed" / "vi.txt").is_file()
    assert outside.read_text() == "x"
    res = runner.invoke(app, ["apply", str(path), "--in-place"])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "--decisions" in res.output, res.output
    assert outside.read_text() == "x"
