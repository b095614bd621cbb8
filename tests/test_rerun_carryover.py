"""Audit, review, fix the text, audit again: nothing the reviewer did is lost.
The workbook holding decisions is kept as a dated backup, its decisions come
back by finding id in the new one, new findings are marked, and decisions
whose finding is gone are listed."""
import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.run.api import check_files
from conftest import CORPUS

runner = CliRunner()
RU = CORPUS / "ru-client-or-customer.txt"


def rows(report: Path) -> list[dict]:
    wb = openpyxl.load_workbook(report, read_only=True)
    ws = wb["Findings"]
    it = ws.iter_rows(values_only=True)
    hdr = next(it)
    out = [dict(zip(hdr, r)) for r in it]
    wb.close()
    return out


def review(report: Path, cells: dict) -> None:
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    for r in ws.iter_rows(min_row=2):
        for col, value in cells.get(r[0].value, {}).items():
            r[hdr.index(col)].value = value
    wb.save(report)


def run(corpus: Path, out: Path):
    res = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet", "--formats", "xlsx"])
    assert res.exit_code == 0, res.output
    return res


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "corpora"
    c.mkdir()
    shutil.copy(RU, c / "ru.txt")
    return c


def test_reviewed_workbook_survives_a_rerun(tmp_path, corpus):
    out = tmp_path / "reports"
    run(corpus, out)
    report = out / "audit.xlsx"
    first = rows(report)
    assert len(first) == 2 and not any(r["New"] for r in first)      # no earlier report: nothing to be new against
    a, b = first[0]["ID"], first[1]["ID"]
    review(report, {a: {"Decision": "accept", "Comment": "checked with the client"},
                    b: {"Decision": "edit", "Edited text": "Покупатель или клиент?", "Comment": "rephrase"}})
    reviewed_bytes = report.read_bytes()

    # the reviewer's fix elsewhere in the text moves every offset; the ids stay
    text = (corpus / "ru.txt").read_text(encoding="utf-8")
    (corpus / "ru.txt").write_text("Введение.\n" + text, encoding="utf-8")
    res = run(corpus, out)
    backups = sorted(out.glob("audit.*.xlsx"))
    assert len(backups) == 1 and re.fullmatch(r"audit\.\d{4}-\d\d-\d\dT\d{4}\.xlsx", backups[0].name)
    assert backups[0].read_bytes() == reviewed_bytes
    assert f"kept the reviewed workbook as {backups[0]}" in res.output
    second = {r["ID"]: r for r in rows(report)}
    assert set(second) == {a, b}
    assert (second[a]["Decision"], second[a]["Comment"]) == ("accept", "checked with the client")
    assert (second[b]["Decision"], second[b]["Edited text"], second[b]["Comment"]) == (
        "edit", "Покупатель или клиент?", "rephrase")
    assert second[a]["Start"] == first[0]["Start"] + len("Введение.\n")
    assert not any(r["New"] for r in second.values())
    assert "0 new finding(s), 2 decision(s) carried over, 0 decision(s) whose finding is gone" in res.output


def test_gone_and_new_findings(tmp_path, corpus):
    out = tmp_path / "reports"
    run(corpus, out)
    report = out / "audit.xlsx"
    first = rows(report)
    gone_row = first[0]
    review(report, {gone_row["ID"]: {"Decision": "reject", "Comment": "fine as it is"}})
    # the sentence of the first finding is rewritten; a new collapse is added
    text = (corpus / "ru.txt").read_text(encoding="utf-8")
    sentence = gone_row["Target sentence"]
    assert sentence in text
    text = text.replace(sentence, "Совсем другое предложение.") + "\nКлиент и клиент.\n"
    (corpus / "ru.txt").write_text(text, encoding="utf-8")
    run(corpus, out)
    wb = openpyxl.load_workbook(report, read_only=True)
    gone = list(wb["Gone"].iter_rows(values_only=True))
    wb.close()
    assert gone[0][:4] == ("ID", "Decision", "Edited text", "Comment")
    assert [(g[0], g[1], g[3]) for g in gone[1:]] == [(gone_row["ID"], "reject", "fine as it is")]
    now = rows(report)
    assert [r["New"] for r in now if r["ID"] == first[1]["ID"]] == [None]
    assert any(r["New"] == "new" and r["Target sentence"] == "Клиент и клиент." for r in now)
    # the sentence comes back: so does its decision, from the Gone sheet of the backup chain
    (corpus / "ru.txt").write_text(RU.read_text(encoding="utf-8"), encoding="utf-8")
    run(corpus, out)
    back = {r["ID"]: r for r in rows(report)}
    assert back[gone_row["ID"]]["Decision"] == "reject"


def test_a_foreign_workbook_in_out_is_never_replaced(tmp_path, corpus):
    out = tmp_path / "reports"
    out.mkdir()
    wb = openpyxl.Workbook()
    wb.active["A1"] = "my own notes"
    wb.save(out / "audit.xlsx")
    before = (out / "audit.xlsx").read_bytes()
    res = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet"])
    assert res.exit_code == 2 and "refusing to replace it" in res.output and res.output.count("\n") == 1
    assert (out / "audit.xlsx").read_bytes() == before and not (out / "findings.json").exists()


def test_ids_stay_when_the_text_elsewhere_changes(tmp_path):
    text = RU.read_text(encoding="utf-8")
    a, b = tmp_path / "a" / "ru.txt", tmp_path / "b" / "ru.txt"
    a.parent.mkdir()
    b.parent.mkdir()
    a.write_text(text, encoding="utf-8")
    b.write_text("Новый первый абзац.\n\n" + text.replace("\n", "\n\n", 3), encoding="utf-8")
    ids_a = [f.id for f in check_files(a).findings]
    ids_b = [f.id for f in check_files(b).findings]
    assert ids_a and ids_a == ids_b
    assert all(re.fullmatch(r"F[0-9a-f]{10}", i) for i in ids_a)


def test_same_sentence_twice_gets_two_ids(tmp_path):
    p = tmp_path / "ru.txt"
    p.write_text("Клиент или клиент?\nДругое.\nКлиент или клиент?\n", encoding="utf-8")
    ids = [f.id for f in check_files(p).findings]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_findings_sheet_layout(tmp_path, corpus):
    out = tmp_path / "reports"
    run(corpus, out)
    wb = openpyxl.load_workbook(out / "audit.xlsx")
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    assert hdr[:6] == ["ID", "Decision", "Edited text", "Comment", "Target sentence", "New"]
    assert ws.freeze_panes == "E2"                     # ID and the reviewer's columns stay in view
    assert "Set" in hdr and ws.cell(2, hdr.index("Set") + 1).value == "ru"
    sev = openpyxl.utils.get_column_letter(hdr.index("Severity") + 1)
    rules = {str(r.formula[0]): r.dxf.fill.bgColor.rgb for rng in ws.conditional_formatting for r in rng.rules
             if str(rng.sqref).startswith(sev)}
    assert set(rules) == {'"critical"', '"major"', '"minor"'}
    assert len(set(rules.values())) == 3
