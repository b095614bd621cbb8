"""Two article sets with a file of the same name (de.po in every component's
folder, vi.txt in every article's) must not share finding ids: ids key the
reviewer's decisions, carry-over and `audit apply`."""
import json
import shutil
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from audit.cli import app

SEEDS = Path(__file__).resolve().parent.parent / "corpora" / "client-vs-customer"
SEED = SEEDS / "vi.txt"
runner = CliRunner()


def _run(corpus: Path, out: Path) -> list[dict]:
    r = runner.invoke(app, ["run", str(corpus), "--out", str(out), "-q", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    return json.loads((out / "findings.json").read_text(encoding="utf-8"))["findings"]


def test_the_same_file_name_in_two_sets_gives_two_ids_and_both_files_are_fixed(tmp_path):
    corpus = tmp_path / "corpus"
    for name in ("a", "b"):
        (corpus / name).mkdir(parents=True)
        shutil.copy(SEED, corpus / name / "vi.txt")
        shutil.copy(SEEDS / "id.txt", corpus / name / "id.txt")
    found = _run(corpus, tmp_path / "r")
    by_file: dict[str, set[str]] = {}
    for f in found:
        by_file.setdefault(Path(f["file"]).parent.name, set()).add(f["id"])
    assert set(by_file) == {"a", "b"} and by_file["a"] and len(by_file["a"]) == len(by_file["b"])
    assert not by_file["a"] & by_file["b"]
    # accept every row: both copies are fixed, none is skipped as "the same finding twice"
    wb = openpyxl.load_workbook(tmp_path / "r" / "audit.xlsx")
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, header.index("ID") + 1).value:
            ws.cell(row, header.index("Decision") + 1).value = "accept"
    wb.save(tmp_path / "r" / "audit.xlsx")
    r = runner.invoke(app, ["apply", str(tmp_path / "r" / "audit.xlsx"), "--root", str(corpus),
                            "--out", str(tmp_path / "fixed")])
    assert r.exit_code == 0, r.output
    assert "appears twice" not in r.output
    fixed = sorted(p.relative_to(tmp_path / "fixed").as_posix() for p in (tmp_path / "fixed").rglob("vi.txt"))
    assert fixed == ["a/vi.txt", "b/vi.txt"], r.output
    assert (tmp_path / "fixed" / "a" / "vi.txt").read_bytes() == (tmp_path / "fixed" / "b" / "vi.txt").read_bytes()
    assert (tmp_path / "fixed" / "a" / "vi.txt").read_bytes() != SEED.read_bytes()


def test_a_file_name_no_other_set_has_keeps_its_id(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    shutil.copy(SEED, corpus / "a" / "vi.txt")
    shutil.copy(SEEDS / "id.txt", corpus / "a" / "id.txt")
    alone = {f["id"] for f in _run(corpus, tmp_path / "r1")}
    (corpus / "b").mkdir()
    shutil.copy(SEED, corpus / "b" / "vi-VN.txt")
    shutil.copy(SEEDS / "ka.txt", corpus / "b" / "ka.txt")
    again = {f["id"] for f in _run(corpus, tmp_path / "r2") if Path(f["file"]).parent.name == "a"}
    assert alone and again == alone
