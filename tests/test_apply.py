"""`audit apply`: a report is written, a reviewer edits it (here with
openpyxl), and the accepted fixes land in the articles byte for byte."""
import shutil
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.report.apply import apply_report
from audit.cli import app
from audit.errors import InputError
from audit.report import write_reports
from audit.report.excel import write_excel
from audit.report.synthetic import build_set
from audit.terms.termbase import load_termbase
from conftest import resign

SOURCE = ["Our client is happy.", "The customer buys shoes.", "Ask any client today.", "A client, a client."]
TARGET = ["Khách hàng của chúng tôi rất vui.", "Khách hàng mua giày.", "Hãy hỏi bất kỳ khách hàng nào hôm nay.",
          "Một khách hàng, một khách hàng."]
runner = CliRunner()


@pytest.fixture(scope="module")
def tb():
    return load_termbase()


def make(tmp_path, tb, newline="\n", bom=False, target=TARGET, source=SOURCE, **kw):
    sr = build_set(tmp_path / "in", source, target, newline=newline, bom=bom, termbase=tb)
    report = write_excel([sr], tmp_path / "rep" / "audit.xlsx", {}, tb, **kw)
    return sr, report


def review(report: Path, decisions: dict, edit_cells: dict | None = None, sheet_edit=None) -> None:
    """Set Decision / Edited text by finding id, as a reviewer would in Excel."""
    wb = openpyxl.load_workbook(report)
    for ws in [wb[n] for n in wb.sheetnames if n.startswith("Findings")]:
        hdr = [c.value for c in ws[1]]
        for row in ws.iter_rows(min_row=2):
            fid = row[hdr.index("ID")].value
            if fid in decisions:
                decision = decisions[fid]
                edited = None
                if isinstance(decision, tuple):
                    decision, edited = decision
                row[hdr.index("Decision")].value = decision
                row[hdr.index("Edited text")].value = edited
            for col, value in (edit_cells or {}).get(fid, {}).items():
                row[hdr.index(col)].value = value
    if sheet_edit:
        sheet_edit(wb)
    wb.save(report)
    if edit_cells:
        # hidden cells changed: sign again, as if by the key's holder, to test
        # the checks behind the signature (test_unsigned_edits_are_refused: without)
        resign(report)


def col(wb, header: str) -> int:
    """1-based column of `header` in the Findings sheet."""
    return [c.value for c in wb["Findings"][1]].index(header) + 1


def ids(sr):
    return [f.id for f in sr.findings]


def test_findings_of_the_demo(tmp_path, tb):
    sr, _ = make(tmp_path, tb)
    assert [(f.id, f.term, f.start) for f in sr.findings] == [
        ("demo-1", "Khách hàng", 0), ("demo-2", "khách hàng", 70), ("demo-3", "khách hàng", 98),
        ("demo-4", "khách hàng", 114)]


def test_accept_reject_edit_to_new_folder(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    src = sr.versions[1].version.path
    original = src.read_bytes()
    review(report, {"demo-1": "accept", "demo-2": "Reject", "demo-3": ("edit", "Một thân chủ, một khách hàng."),
                    "demo-4": "accept"})
    result = apply_report(report)
    out = tmp_path / "rep" / "fixed" / "vi.txt"
    assert result.written == [out]
    assert out.read_bytes() == ("Thân chủ của chúng tôi rất vui.\nKhách hàng mua giày.\n"
                                "Hãy hỏi bất kỳ khách hàng nào hôm nay.\nMột thân chủ, một khách hàng.\n").encode()
    assert src.read_bytes() == original                      # the source is untouched
    status = {o.row.id: (o.status, o.reason) for o in result.outcomes}
    assert status["demo-1"] == ("applied", "") and status["demo-3"] == ("applied", "")
    assert status["demo-2"][0] == "rejected"
    assert status["demo-4"][0] == "skipped" and "overlaps fix demo-3" in status["demo-4"][1]
    assert result.skipped == 1
    # again: same source, same output
    again = apply_report(report)
    assert out.read_bytes() == ("Thân chủ của chúng tôi rất vui.\nKhách hàng mua giày.\n"
                                "Hãy hỏi bất kỳ khách hàng nào hôm nay.\nMột thân chủ, một khách hàng.\n").encode()
    assert [o.status for o in again.outcomes] == [o.status for o in result.outcomes]


def test_several_fixes_in_one_file_keep_bom_and_crlf(tmp_path, tb):
    sr, report = make(tmp_path, tb, newline="\r\n", bom=True)
    review(report, {i: "accept" for i in ids(sr)})
    result = apply_report(report, out_dir=tmp_path / "o")
    assert result.skipped == 0 and result.count("applied") == 4
    expected = ("\ufeffThân chủ của chúng tôi rất vui.\r\nKhách hàng mua giày.\r\n"
                "Hãy hỏi bất kỳ thân chủ nào hôm nay.\r\nMột thân chủ, một thân chủ.\r\n").encode("utf-8")
    assert (tmp_path / "o" / "vi.txt").read_bytes() == expected


def test_in_place_keeps_backup_and_second_run_changes_nothing(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    src = sr.versions[1].version.path
    original = src.read_bytes()
    review(report, {"demo-1": "accept", "demo-2": "accept"})
    first = apply_report(report, in_place=True)
    assert first.written == [src] and first.skipped == 0
    fixed = src.read_bytes()
    assert fixed == original.replace("Khách hàng của".encode(), "Thân chủ của".encode()).replace(
        "kỳ khách hàng".encode(), "kỳ thân chủ".encode())
    assert src.with_name("vi.txt.bak").read_bytes() == original
    second = apply_report(report, in_place=True)
    assert second.written == [] and second.skipped == 0
    assert [o.status for o in second.outcomes] == ["already applied", "already applied"]
    assert src.read_bytes() == fixed
    assert sorted(p.name for p in src.parent.iterdir()) == ["en.txt", "vi.txt", "vi.txt.bak"]


def test_changed_file_is_skipped_not_forced(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    src = sr.versions[1].version.path
    review(report, {"demo-1": "accept"})
    src.write_bytes(src.read_bytes() + "Thêm.\n".encode())
    result = apply_report(report, in_place=True)
    assert result.written == [] and result.skipped == 1
    assert "changed since the report" in result.outcomes[0].reason
    assert not src.with_name("vi.txt.bak").exists()


def test_corrupt_hash_and_offsets(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    review(report, {"demo-1": "accept", "demo-2": "accept"},
           edit_cells={"demo-1": {"_sha256": '"' + "0" * 64 + '"'}})
    # a row's hash that disagrees with the report's input list: the report
    # is inconsistent with itself, so nothing at all is applied
    with pytest.raises(InputError, match="sha256 disagrees with the report's input list"):
        apply_report(report, out_dir=tmp_path / "o")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("cells", [{"_sha256": '"' + "0" * 64 + '"'}, {"_start": 71, "_end": 81},
                                   {"_replacement": '"OWNED"'}, {"ID": "demo-2"}, {"File": "en.txt"}])
def test_unsigned_edits_are_refused(tmp_path, tb, cells):
    """A reviewer may change Decision, Edited text and Comment; any change to
    what the row's signature covers refuses the whole report."""
    sr, report = make(tmp_path, tb)
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    ws.cell(2, col(wb, "Decision"), "accept")
    ws.cell(2, col(wb, "Comment"), "fine by me")
    for header, value in cells.items():
        ws.cell(2, col(wb, header), value)
    wb.save(report)
    before = sr.versions[1].version.path.read_bytes()
    res = runner.invoke(app, ["apply", str(report), "--in-place"])
    assert res.exit_code == 2, res.output
    assert res.output.count("\n") == 1 and "changed after the report was signed" in res.output
    assert "Findings!2" in res.output and "Traceback" not in res.output
    assert sr.versions[1].version.path.read_bytes() == before
    assert not list(sr.versions[1].version.path.parent.glob("*.bak*"))


def test_review_columns_stay_editable(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    review(report, {"demo-1": "accept", "demo-2": ("edit", "Khách hàng mua dép.")})
    wb = openpyxl.load_workbook(report)
    wb["Findings"].cell(3, col(wb, "Comment"), "checked with the client")
    wb.save(report)
    result = apply_report(report, out_dir=tmp_path / "o")
    assert result.count("applied") == 2


def test_word_no_longer_at_offsets(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    review(report, {"demo-1": "accept", "demo-2": "accept"},
           edit_cells={"demo-2": {"_start": 71, "_end": 81}})       # shifted by one character
    result = apply_report(report, out_dir=tmp_path / "o")
    status = {o.row.id: (o.status, o.reason) for o in result.outcomes}
    assert status["demo-1"] == ("applied", "")
    assert status["demo-2"][0] == "skipped" and "not in its sentence" in status["demo-2"][1]
    assert (tmp_path / "o" / "vi.txt").read_text(encoding="utf-8").startswith("Thân chủ của")


def test_writer_refusal_skips_only_that_fix(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    # consistent with its sentence but not with the file: the writer refuses it
    review(report, {"demo-1": "accept", "demo-2": "accept"},
           edit_cells={"demo-2": {"_start": 71, "_end": 81, "_sentence_start": 56}})
    result = apply_report(report, out_dir=tmp_path / "o")
    status = {o.row.id: (o.status, o.reason) for o in result.outcomes}
    assert status["demo-1"][0] == "applied"
    assert status["demo-2"][0] == "skipped" and "expected 'khách hàng' at 71-81" in status["demo-2"][1]
    assert result.written == [tmp_path / "o" / "vi.txt"]


def test_rows_that_cannot_apply(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    review(report, {"demo-1": "maybe", "demo-2": "edit", "demo-3": ("", "text without a decision"),
                    "demo-4": "accept"},
           edit_cells={"demo-4": {"_replacement": None}})
    result = apply_report(report, out_dir=tmp_path / "o")
    reasons = {o.row.id: o.reason for o in result.outcomes}
    assert "unknown Decision 'maybe'" in reasons["demo-1"]
    assert "Edited text is empty" in reasons["demo-2"]
    assert "Decision is empty" in reasons["demo-3"]
    assert "no suggested word" in reasons["demo-4"]
    assert result.skipped == 4 and result.written == []


def test_split_workbook_applies_every_part(tmp_path, tb):
    sr, report = make(tmp_path, tb, max_rows=2)
    assert [n for n in openpyxl.load_workbook(report).sheetnames if n.startswith("Findings")] == [
        "Findings", "Findings (2)", "Findings (3)", "Findings (4)"]
    review(report, {"demo-1": "accept", "demo-2": "accept"})
    result = apply_report(report)
    assert result.count("applied") == 2


@pytest.mark.parametrize("damage, message", [
    (lambda wb: wb["Findings"].cell(1, col(wb, "Decision"), "Verdict"), "column 'Decision' is missing or renamed"),
    (lambda wb: wb["Findings"].delete_cols(col(wb, "_sha256")), "column '_sha256' is missing or renamed"),
    (lambda wb: wb.remove(wb["_audit"]), "not a review workbook"),
    (lambda wb: wb["_audit"].cell(1, 2, "something else"), "marker sheet altered"),
    (lambda wb: setattr(wb["Findings"], "title", "Funde"), "sheet 'Findings' is missing"),
])
def test_structure_edits_are_refused(tmp_path, tb, damage, message):
    sr, report = make(tmp_path, tb)
    review(report, {"demo-1": "accept"}, sheet_edit=damage)
    with pytest.raises(InputError, match=message):
        apply_report(report)
    res = runner.invoke(app, ["apply", str(report)])
    assert res.exit_code == 2
    assert res.output.count("\n") == 1 and message.split("'")[0] in res.output


def test_foreign_and_damaged_workbooks(tmp_path):
    foreign = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Decision"
    wb.save(foreign)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(foreign.read_bytes()[:500])
    text = tmp_path / "text.xlsx"
    text.write_text("not a workbook")
    for path, message in [(foreign, "not a review workbook"), (damaged, "not a readable Excel workbook"),
                          (text, "not a readable Excel workbook"), (tmp_path / "none.xlsx", "no such report")]:
        res = runner.invoke(app, ["apply", str(path)])
        assert res.exit_code == 2, path
        assert message in res.output and "Traceback" not in res.output


def test_cli_exit_codes_and_output(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    review(report, {"demo-1": "accept"})
    res = runner.invoke(app, ["apply", str(report), "--out", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    target = sr.versions[1].version.path.resolve()          # the real file, not the File column
    assert f"applied  demo-1  {target}:1  'Khách hàng' -> 'Thân chủ'" in res.output
    assert "1 applied, 0 skipped" in res.output
    review(report, {"demo-2": "what"})
    res = runner.invoke(app, ["apply", str(report), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "skipped  demo-2" in res.output
    res = runner.invoke(app, ["apply", str(report), "--out", str(tmp_path / "o"), "--in-place"])
    assert res.exit_code == 2 and "not both" in res.output


def test_out_folder_may_not_be_the_input_folder(tmp_path, tb):
    sr, report = make(tmp_path, tb)
    src = sr.versions[1].version.path
    original = src.read_bytes()
    review(report, {"demo-1": "accept"})
    with pytest.raises(InputError, match="over an input file"):
        apply_report(report, out_dir=tmp_path / "in")
    assert src.read_bytes() == original


def test_round_trip_on_the_real_pipeline(tmp_path, tb):
    import audit.files.readers
    from audit.run.api import audit_corpus
    # writers import the PO reader, which registers itself; that stops the
    # readers' lazy loading of the rest (audit/files/readers/__init__.py), so load all
    audit.files.readers._load_all()
    corpus = tmp_path / "corpora"
    shutil.copytree(Path(__file__).resolve().parent.parent / "corpora", corpus)
    for p in corpus.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    results = audit_corpus(corpus, tb)
    [report] = write_reports(results, tmp_path / "rep", ["xlsx"], {}, tb)
    findings = [f for r in results for f in r.findings if f.replacement]
    assert len(findings) >= 10
    review(report, {f.id: "accept" for f in findings})
    result = apply_report(report, out_dir=tmp_path / "fixed")
    applied = {o.row.id for o in result.outcomes if o.status == "applied"}
    assert applied and result.count("applied") + result.skipped == len(findings)
    # expected: each file with its applied replacements spliced in, from the end
    by_file = {}
    for f in findings:
        if f.id in applied:
            by_file.setdefault(Path(f.file), []).append(f)
    assert len(result.written) == len(by_file)
    for path, fs in by_file.items():
        text = path.read_text(encoding="utf-8")
        for f in sorted(fs, key=lambda f: -f.start):
            assert text[f.start:f.end] == f.term
            text = text[:f.start] + f.replacement + text[f.end:]
        out = tmp_path / "fixed" / path.relative_to(corpus)
        assert out.read_bytes() == text.encode("utf-8")
    # in place, twice
    first = apply_report(report, in_place=True)
    second = apply_report(report, in_place=True)
    assert first.count("applied") == len(applied)
    assert second.count("applied") == 0 and second.count("already applied") == len(applied)
    for path in by_file:
        assert path.read_bytes() == (tmp_path / "fixed" / path.relative_to(corpus)).read_bytes()


PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n\n'
      'msgid "Clients of a lawyer, not customers, get legal advice in court."\n'
      'msgstr "Khách hàng của luật sư, không phải khách hàng, được tư vấn pháp lý tại tòa án."\n\n'
      'msgid "The customer buys shoes in the shop."\nmsgstr "Khách hàng mua giày trong cửa hàng."\n')


def test_po_round_trip_through_the_pipeline(tmp_path, tb):
    import audit.files.readers
    from audit.run.api import audit_corpus
    audit.files.readers._load_all()
    corpus = tmp_path / "c"
    corpus.mkdir()
    po = corpus / "vi.po"
    po.write_bytes(PO.encode())
    results = audit_corpus(corpus, tb)
    [finding] = [f for r in results for f in r.findings]
    assert finding.unit is not None and finding.replacement == "Thân chủ"
    [report] = write_reports(results, tmp_path / "rep", ["xlsx"], {}, tb)
    review(report, {finding.id: "accept"})
    first = apply_report(report, in_place=True, mark_changed=True)
    assert first.count("applied") == 1
    fixed = PO.replace('msgid "Clients of', '#, fuzzy\nmsgid "Clients of').replace(
        'msgstr "Khách hàng của', 'msgstr "Thân chủ của')
    assert po.read_bytes() == fixed.encode()
    second = apply_report(report, in_place=True)             # without --mark-changed this time
    assert second.count("already applied") == 1 and second.skipped == 0
    assert po.read_bytes() == fixed.encode()


def _set_dimension(report: Path, ref: str) -> None:
    """Rewrite the Findings sheet's <dimension> (a stale one: other writers leave them)."""
    import re
    import zipfile
    tmp = report.with_suffix(".tmp")
    with zipfile.ZipFile(report) as z, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            data = z.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{ref}"/>'.encode(), data)
            out.writestr(info, data)
    tmp.replace(report)


def test_a_stale_dimension_hides_no_row(tmp_path, tb):
    """apply reads every row, whatever the sheet's <dimension> claims."""
    sr, report = make(tmp_path, tb)
    review(report, {"demo-1": "accept", "demo-2": "accept", "demo-3": "accept", "demo-4": "accept"})
    _set_dimension(report, "A1:B2")
    assert openpyxl.load_workbook(report, read_only=True)["Findings"].max_row == 2   # the claim
    result = apply_report(report, out_dir=tmp_path / "o")
    assert sorted(o.row.id for o in result.outcomes) == ["demo-1", "demo-2", "demo-3", "demo-4"]


def test_progress_is_reported_while_reading(tmp_path, tb, monkeypatch):
    import audit.report.apply as ap
    sr, report = make(tmp_path, tb)
    review(report, {"demo-1": "accept"})
    seen = []
    monkeypatch.setattr(ap, "PROGRESS_EVERY", 1)
    apply_report(report, out_dir=tmp_path / "o", progress=seen.append)
    assert seen == [1, 2, 3, 4]
