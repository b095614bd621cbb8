"""A file saved again in another Unicode normalisation (NFD, as macOS tools
write it) keeps every finding id, so every decision carries over; `apply`
writes a fix in the form of the text around it (issue 19)."""
import unicodedata

import openpyxl
from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()
EN = "The difference between a client and a customer\nOur client is happy.\nThe customer buys shoes.\nAsk any client today.\n"
VI = ("Sự khác biệt giữa khách hàng và khách hàng\nKhách hàng của chúng tôi rất vui.\nKhách hàng mua giày.\n"
      "Hãy hỏi bất kỳ khách hàng nào hôm nay.\n")
ARGS = ["--quiet", "--align", "structure", "--domain", "legal", "--formats", "xlsx"]


def corpus(tmp_path, vi=VI):
    c = tmp_path / "c" / "demo"
    c.mkdir(parents=True)
    (c / "en.txt").write_text(EN, encoding="utf-8")
    (c / "vi.txt").write_text(vi, encoding="utf-8")
    (c / "set.toml").write_text('source = "en.txt"\n', encoding="utf-8")
    return c


def decide_all(report, decision="accept"):
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    ids = []
    for r in range(2, ws.max_row + 1):
        ws.cell(r, hdr.index("Decision") + 1, decision)
        ws.cell(r, hdr.index("Comment") + 1, f"comment {r}")
        ids.append(ws.cell(r, hdr.index("ID") + 1).value)
    wb.save(report)
    return ids


def review(report):
    ws = openpyxl.load_workbook(report, read_only=True)["Findings"]
    rows = ws.iter_rows(values_only=True)
    hdr = list(next(rows))
    return {r[hdr.index("ID")]: (r[hdr.index("Decision")], r[hdr.index("Comment")], r[hdr.index("New")]) for r in rows}


def test_nfd_resave_carries_every_decision(tmp_path):
    c = corpus(tmp_path)
    out = tmp_path / "rep"
    res = runner.invoke(app, ["run", str(c.parent), "--out", str(out), *ARGS])
    assert res.exit_code == 0, res.output
    ids = decide_all(out / "audit.xlsx")
    assert len(ids) >= 2
    nfd = unicodedata.normalize("NFD", VI)
    assert nfd != VI
    (c / "vi.txt").write_text(nfd, encoding="utf-8")             # re-saved on a Mac
    res = runner.invoke(app, ["run", str(c.parent), "--out", str(out), *ARGS])
    assert res.exit_code == 0, res.output
    assert f"0 new finding(s), {len(ids)} decision(s) carried over, 0 decision(s) whose finding is gone" in res.output
    after = review(out / "audit.xlsx")
    assert sorted(after) == sorted(ids)
    assert all(d == "accept" and cm.startswith("comment") and new is None for d, cm, new in after.values())


def test_apply_writes_the_fix_in_the_files_form(tmp_path):
    nfd = unicodedata.normalize("NFD", VI)
    c = corpus(tmp_path, nfd)
    out = tmp_path / "rep"
    assert runner.invoke(app, ["run", str(c.parent), "--out", str(out), *ARGS]).exit_code == 0
    ids = decide_all(out / "audit.xlsx")
    res = runner.invoke(app, ["apply", str(out / "audit.xlsx"), "--in-place"])
    assert res.exit_code == 0, res.output
    text = (c / "vi.txt").read_text(encoding="utf-8")
    assert text != nfd and "Thân chủ" not in text                # changed, and not in NFC
    assert unicodedata.is_normalized("NFD", text)
    assert unicodedata.normalize("NFD", "Thân chủ") in text
    assert len(ids) == res.output.count("applied  ")
