"""Findings as a pandas DataFrame: from a run, from findings.json / .jsonl,
and from the review workbook, decisions included."""
import json
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import audit
from audit.errors import InputError
from audit.report.frame import COLUMNS, FRAME_DTYPES, KINDS, SEVERITY_ORDER
from audit.run.api import audit_corpus
from audit.report import write_reports

ARTICLE = Path(__file__).resolve().parent / "data" / "references" / "article"
CORPUS = Path(__file__).resolve().parent.parent / "corpora"


@pytest.fixture(scope="module")
def run(tmp_path_factory, termbase):
    """A run over the default corpus's Georgian/Vietnamese set and the Russian
    file (findings of every kind), with its reports."""
    root = tmp_path_factory.mktemp("framecorpus")
    shutil.copytree(CORPUS / "client-vs-customer", root / "c" / "set")
    shutil.copy(CORPUS / "ru-client-or-customer.txt", root / "c" / "ru-client-or-customer.txt")
    results = audit_corpus(root / "c", termbase)
    write_reports(results, root / "rep", ["xlsx", "json", "jsonl"], {"corpus": "c"}, termbase)
    return results, root / "rep"


def test_frame_has_documented_columns_and_dtypes(run):
    results, _ = run
    df = audit.findings_frame(results)
    assert list(df.columns) == COLUMNS
    assert {c: str(t) for c, t in df.dtypes.items()} == FRAME_DTYPES
    assert len(df) == sum(len(r.findings) for r in results) > 20
    assert list(df["severity"].cat.categories) == SEVERITY_ORDER and df["severity"].cat.ordered
    assert list(df["kind"].cat.categories)[:len(KINDS)] == KINDS
    assert set(df["lang"].cat.categories) == {"ka", "vi", "ru"}
    assert set(df["kind"]) >= {"wrong-term", "self-collapse"}
    assert df["decision"].isna().all() and (df["edited_text"] == "").all()
    # categoricals can be compared and grouped like the enums they are
    assert (df["severity"] >= "major").sum() == sum(f.severity in ("major", "critical") for r in results for f in r.findings)
    per_lang = df.groupby("lang", observed=True).size().to_dict()
    assert per_lang == {l: sum(f.lang == l for r in results for f in r.findings) for l in per_lang}


def test_frame_rows_hold_every_field_of_findings_json(run):
    results, rep = run
    df = audit.findings_frame(results)
    data = json.loads((rep / "findings.json").read_text(encoding="utf-8"))["findings"]
    assert len(data) == len(df)
    for rec, (_, row) in zip(data, df.iterrows()):
        assert set(rec) <= set(df.columns)
        for key, value in rec.items():
            got = row[key]
            if value is None:
                assert pd.isna(got), key
            else:
                assert got == value, key


def travelled(frame, results):
    """The JSON's frame as the workbook holds it: the workbook travels, so
    its paths are relative to the corpus root, never the auditor's folders."""
    from audit.report.common import corpus_root
    root = corpus_root(results, {})
    frame = frame.copy()
    for c in ("file", "path"):
        frame[c] = frame[c].map(lambda p: Path(p).resolve().relative_to(root).as_posix()).astype(frame[c].dtype)
    return frame


def test_round_trip_json_frame_workbook_frame(run):
    results, rep = run
    from_run = audit.findings_frame(results)
    from_json = audit.read_findings(rep / "findings.json")
    from_jsonl = audit.read_findings(rep / "findings.jsonl")
    from_xlsx = audit.read_findings(rep / "audit.xlsx")
    pd.testing.assert_frame_equal(from_json, from_run)
    pd.testing.assert_frame_equal(from_jsonl, from_run)
    pd.testing.assert_frame_equal(from_xlsx, travelled(from_json, results))
    assert not any(Path(p).is_absolute() for c in ("file", "path") for p in from_xlsx[c])
    assert audit.findings_frame([results[0]])["id"].tolist() == [f.id for f in results[0].findings]


def test_workbook_frame_carries_the_reviewers_decisions(run, tmp_path):
    results, rep = run
    wb = openpyxl.load_workbook(rep / "audit.xlsx")
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    col = {h: header.index(h) + 1 for h in ("ID", "Decision", "Edited text", "Comment")}
    ids = [ws.cell(r, col["ID"]).value for r in range(2, ws.max_row + 1)]
    ws.cell(2, col["Decision"]).value = "Accept"
    ws.cell(3, col["Decision"]).value = "edit"
    ws.cell(3, col["Edited text"]).value = "Một câu khác."
    ws.cell(4, col["Decision"]).value = "reject"
    ws.cell(4, col["Comment"]).value = "đúng rồi"
    ws.delete_rows(5)                      # a reviewer deleted a row
    reviewed = tmp_path / "reviewed.xlsx"
    wb.save(reviewed)
    df = audit.read_findings(reviewed)
    assert df["id"].tolist() == ids[:3] + ids[4:]
    assert df["decision"].tolist()[:3] == ["accept", "edit", "reject"] and df["decision"][3:].isna().all()
    assert df["edited_text"][1] == "Một câu khác." and df["comment"][2] == "đúng rồi"
    # everything but the review columns still equals the JSON
    from_json = audit.read_findings(rep / "findings.json").set_index("id").loc[df["id"]].reset_index()
    review = ["decision", "edited_text", "comment"]
    pd.testing.assert_frame_equal(df.drop(columns=review), travelled(from_json, results).drop(columns=review))


def test_frame_of_no_findings_has_the_columns():
    df = audit.findings_frame([])
    assert list(df.columns) == COLUMNS and len(df) == 0
    assert {c: str(t) for c, t in df.dtypes.items()} == FRAME_DTYPES


def test_read_findings_rejects_what_is_not_a_findings_file(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"nothing": 1}', encoding="utf-8")
    with pytest.raises(InputError, match="x.json"):
        audit.read_findings(bad)
    with pytest.raises(InputError, match="no such"):
        audit.read_findings(tmp_path / "missing.json")
    foreign = tmp_path / "foreign.xlsx"
    openpyxl.Workbook().save(foreign)
    with pytest.raises(InputError, match="not a review workbook"):
        audit.read_findings(foreign)


def test_workbook_split_over_several_findings_sheets_reads_back_whole(run, tmp_path, termbase):
    from audit.report.common import report_params
    from audit.report.excel import write_excel
    results, rep = run
    path = write_excel(results, tmp_path / "split.xlsx", report_params(results, {}, termbase), termbase, max_rows=8)
    assert "Findings (2)" in openpyxl.load_workbook(path, read_only=True).sheetnames
    pd.testing.assert_frame_equal(audit.read_findings(path), travelled(audit.read_findings(rep / "findings.json"), results))
