"""CSV dialects people ship: sniffed delimiter and quote style, headerless
layouts (Magento language packs), backslash-escaped quotes, --columns."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.model import Fix
from audit.files.readers import read_file
from audit.files.readers.table import dialect, forced_columns
from audit.files.writers import rewrite

DATA = Path(__file__).parent / "data" / "resources" / "magento"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


def target(path: Path, lang: str = "ru"):
    return next(v for v in read_file(path, lang) if not v.is_source)


def test_magento_pack_headerless_four_columns():
    v = target(DATA / "ru_RU.csv")
    seg = {s.line: s for s in v.segments}
    assert seg[1].text == "Подробнее"                           # the first row is data, not a header
    assert seg[7].text == "Сохранить клиента" and seg[7].context == "Magento_Customer"
    # PHP wrote \' : kept as stored
    assert seg[4].text.startswith("Мы не можем найти клиента")
    src = next(v for v in read_file(DATA / "ru_RU.csv", "ru") if v.is_source)
    assert {s.line: s.text for s in src.segments}[5] == "Customer address id column is not specified"


def test_magento_pack_with_stray_quotes_is_read_as_meant():
    """de_DE.csv line 14162 has unescaped quotes inside a quoted cell (href="%1"):
    strict RFC 4180 refuses the file; a quote closes a cell only before a delimiter."""
    v = target(DATA / "de_DE.csv", "de")
    seg = {s.line: s.text for s in v.segments}
    assert seg[10].startswith("'Wenn Sie ein registrierter Steuer-Kunde sind, klicken Sie bitte <a href=\"%1\">hier</a>")
    assert seg[7] == 'Verzeichnisseparator "\\" ist in Fixture-Deklaration unzulässig.'   # ""\"" is RFC: "\"


def test_backslash_escaped_quotes_found_past_the_sample(tmp_path, monkeypatch):
    import audit.files.readers.table as table
    monkeypatch.setattr(table, "SNIFF_CHARS", 64)
    rows = "".join(f'"Item {i}","Пункт {i}",module,Magento_Catalog\n' for i in range(10))
    p = write(tmp_path, "ru_RU.csv", rows + '"Click \\"Save\\" for the customer","Нажмите \\"Сохранить\\" для клиента",module,Magento_Customer\n')
    v = target(p)
    last = v.segments[-1]
    assert last.text == 'Нажмите "Сохранить" для клиента' and last.line == 11
    k = last.text.index("клиента")
    out = rewrite(p, "csv", [Fix(k, k + 7, "клиента", 'покупателя "X"', unit=last.id)])
    assert out == p.read_bytes().replace("для клиента".encode(), 'для покупателя \\"X\\"'.encode())


def test_audit_check_finds_the_contrast_in_a_magento_pack(tmp_path):
    p = tmp_path / "ru_RU.csv"
    shutil.copy(DATA / "ru_RU.csv", p)
    p.write_bytes(p.read_bytes() + '"Client or customer?","Клиент или клиент?",module,Magento_Customer\n'.encode())
    res = invoke("check", p, "--format", "json")
    assert res.exit_code == 1
    majors = [f for f in json.loads(res.stdout)["findings"] if f["severity"] == "major"]
    assert [(f["unit"], f["term"], f["replacement"]) for f in majors] == [("row22", "клиент", "покупатель")]


@pytest.mark.parametrize("delim", [";", "\t", "|"])
def test_delimiter_sniffed_by_consistency(tmp_path, delim):
    # commas inside the text must not win over the real delimiter
    text = "".join(f"Hello, client {i}{delim}Привет, клиент {i}\n" for i in range(5))
    p = write(tmp_path, "t.csv", text)
    assert dialect(p, text) == (delim, False)
    assert target(p).segments[2].text == "Привет, клиент 2"


def test_three_columns_need_columns_option(tmp_path):
    p = write(tmp_path, "ru.csv", "Customer,Клиент,Magento_Customer\nClient or customer?,Клиент или клиент?,Magento_Customer\n")
    res = invoke("check", p)
    assert res.exit_code == 2
    line = res.output.strip()
    assert "\n" not in line and str(p) in line and "--columns source=1,target=2" in line
    res = invoke("check", p, "--columns", "source=1,target=2,note=3", "--lang", "ru", "--format", "json")
    assert res.exit_code == 1
    majors = [f for f in json.loads(res.stdout)["findings"] if f["severity"] == "major"]
    assert [(f["unit"], f["term"]) for f in majors] == [("row2", "клиент")]


def test_columns_option_with_a_header_row(tmp_path):
    p = write(tmp_path, "t.csv", "key,english,russian\na,Client or customer?,Клиент или клиент?\n")
    with forced_columns("source=2,target=3,id=1"):
        v = target(p)
    assert [(s.id, s.text) for s in v.segments] == [("a", "Клиент или клиент?")]


@pytest.mark.parametrize("spec, message", [
    ("source=1", "must name both source and target"),
    ("source=0,target=2", "is not NAME=N"),
    ("src=1,target=2", "is not NAME=N"),
])
def test_bad_columns_option(tmp_path, spec, message):
    p = write(tmp_path, "t.csv", "a,b,c\n")
    res = invoke("check", p, "--columns", spec)
    assert res.exit_code == 2 and message in res.output


def test_broken_quotes_still_name_the_line(tmp_path):
    p = write(tmp_path, "t.csv", 'a,b\n"c,d\n')
    res = invoke("check", p)
    assert res.exit_code == 2 and "line 2: quote never closed" in res.output


def test_magento_pack_through_run_and_apply(tmp_path):
    import openpyxl
    from audit.report.apply import apply_report
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    p = corpus / "ru_RU.csv"
    row = '"Client or customer?","Клиент или клиент?",module,Magento_Customer\n'.encode()
    p.write_bytes((DATA / "ru_RU.csv").read_bytes() + row)
    before = p.read_bytes()
    res = invoke("run", corpus, "--out", tmp_path / "rep", "--quiet")
    assert res.exit_code == 0, res.output
    found = json.loads((tmp_path / "rep" / "findings.json").read_text(encoding="utf-8"))["findings"]
    (major,) = [f for f in found if f["severity"] == "major"]
    report = tmp_path / "rep" / "audit.xlsx"
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    for r in ws.iter_rows(min_row=2):
        if r[hdr.index("ID")].value == major["id"]:
            r[hdr.index("Decision")].value = "accept"
    wb.save(report)
    result = apply_report(report, out_dir=tmp_path / "fixed")
    (out,) = result.written
    assert out.read_bytes() == before.replace("или клиент?".encode(), "или покупатель?".encode())
