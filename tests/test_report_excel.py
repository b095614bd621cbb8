"""The review workbook, read back with openpyxl: what a reviewer sees and what
`audit apply` relies on."""
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from audit.model import Evidence, Finding, Segment, Sentence, SetResult, Version, VersionResult
from audit.report import write_reports
from audit.report.cells import FINDINGS_COLUMNS, MARKER, from_machine_text
from audit.report.excel import write_excel
from audit.report.synthetic import build_set
from audit.terms.termbase import load_termbase

SOURCE = ["Our client is happy.", "The customer buys shoes.", "No term here.", "Ask any client today.",
          "An extra English line."]
TARGET = ["Khách hàng của chúng tôi rất vui.", "Khách hàng mua giày.", "Không có thuật ngữ.",
          "Hãy hỏi bất kỳ khách hàng nào hôm nay."]


@pytest.fixture(scope="module")
def tb():
    return load_termbase()


@pytest.fixture
def demo(tmp_path, tb):
    return build_set(tmp_path / "in", SOURCE, TARGET, termbase=tb)


def write(tmp_path, results, tb, **kw):
    return write_excel(results, tmp_path / "out" / "audit.xlsx", {"min_confidence": 0.5}, tb, **kw)


def header(ws):
    return [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]


def hidden_columns(ws) -> set[int]:
    """1-based indices of hidden columns (openpyxl keeps runs of alike columns as one range)."""
    return {i for d in ws.column_dimensions.values() if d.hidden for i in range(d.min, d.max + 1)}


def runs(value, rgb: str) -> list[str]:
    """Texts of the rich-text runs in font colour `rgb`."""
    if isinstance(value, str) or value is None:
        return []
    return [str(r.text) for r in value if not isinstance(r, str) and r.font.color is not None
            and r.font.color.type == "rgb" and r.font.color.rgb == rgb]


def plain(value) -> str:
    """A cell's text as Excel shows it: rich runs joined, _xHHHH_ escapes decoded."""
    if value is not None and not isinstance(value, str):
        value = "".join(str(getattr(r, "text", r)) for r in value)
    return re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m.group(1), 16)), value or "")


def test_sheets_and_marker(tmp_path, demo, tb):
    path = write(tmp_path, [demo], tb)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Summary", "Findings", "Alignment", "Concordance", "Termbase", "_findings", "_audit"]
    assert wb["_audit"].sheet_state == "veryHidden"
    assert wb["_findings"].sheet_state == "veryHidden"      # full records for audit.read_findings
    assert wb["_audit"]["B1"].value == MARKER
    assert [s.title for s in wb.worksheets if s.sheet_state == "visible"][:2] == ["Summary", "Findings"]


def test_findings_rows_layout_and_hidden_columns(tmp_path, demo, tb):
    wb = openpyxl.load_workbook(write(tmp_path, [demo], tb))
    ws = wb["Findings"]
    hdr = header(ws)
    assert hdr == [c.header for c in FINDINGS_COLUMNS]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2                              # lines 1 and 4 use "khách hàng" for client
    first = dict(zip(hdr, rows[0]))
    assert first["ID"] == "demo-1" and first["File"] == "vi.txt" and first["Unit"] == "p1"
    assert (first["Line"], first["Sentence"], first["Start"], first["End"]) == (1, 1, 0, 10)
    assert first["Concept"] == "client" and first["Severity"] == "major"
    assert first["MQM category"] == "Accuracy > Mistranslation"
    assert first["Source / pivot sentence"] == "Our client is happy."
    assert from_machine_text(first["_word"]) == "Khách hàng"
    assert from_machine_text(first["_replacement"]) == "Thân chủ"
    assert from_machine_text(first["_sha256"]) == demo.versions[1].version.sha256
    second = dict(zip(hdr, rows[1]))
    assert second["Line"] == 4 and second["Sentence"] == 4 and second["Start"] == second["_start"]
    assert hidden_columns(ws) == {c for c, col in enumerate(FINDINGS_COLUMNS, start=1) if col.hidden}
    assert {FINDINGS_COLUMNS[c - 1].header for c in hidden_columns(ws)} >= {"_relpath", "_sha256", "_start", "_end", "_sig"}
    assert ws.freeze_panes == "E2"         # ID and the reviewer columns stay in view
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(hdr))}3"
    assert ws["H2"].alignment.wrap_text


def test_rich_text_runs(tmp_path, demo, tb):
    wb = openpyxl.load_workbook(write(tmp_path, [demo], tb), rich_text=True)
    ws = wb["Findings"]
    hdr = header(ws)
    target = ws.cell(3, hdr.index("Target sentence") + 1).value
    assert runs(target, "FFC00000") == ["khách hàng"]
    assert plain(target) == TARGET[3]
    sugg = ws.cell(3, hdr.index("Suggested sentence") + 1).value
    assert runs(sugg, "FF00803C") == ["thân chủ"]
    assert next(r for r in sugg if not isinstance(r, str) and str(r.text) == "thân chủ").font.b
    assert plain(sugg) == "Hãy hỏi bất kỳ thân chủ nào hôm nay."
    evidence = ws.cell(3, hdr.index("Source / pivot sentence") + 1).value
    assert [str(r.text) for r in evidence if not isinstance(r, str) and r.font.b] == ["client"]
    # a whole-cell mark (the sentence is just the word) is one red cell, not rich text
    whole = ws.cell(2, hdr.index("Word") + 1)
    assert whole.value == "Khách hàng"


def test_decision_dropdown(tmp_path, demo, tb):
    wb = openpyxl.load_workbook(write(tmp_path, [demo], tb))
    ws = wb["Findings"]
    col = openpyxl.utils.get_column_letter(header(ws).index("Decision") + 1)
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1
    assert dvs[0].type == "list" and dvs[0].formula1 == '"accept,reject,edit"'
    assert str(dvs[0].sqref) == f"{col}2:{col}3"


def test_summary_figures_and_chart(tmp_path, demo, tb):
    path = write(tmp_path, [demo], tb)
    ws = openpyxl.load_workbook(path)["Summary"]
    rows = list(ws.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] == "Set")
    vi = dict(zip(rows[head], next(r for r in rows[head + 1:] if r[2] == "vi")))
    words = sum(len(t.split()) for t in TARGET)
    assert vi["Words"] == words and vi["Term occurrences"] == 3
    assert (vi["Critical"], vi["Major"], vi["Minor"], vi["Findings"]) == (0, 2, 0, 2)
    assert vi["Collapse rate"] == pytest.approx(2 / 3)
    assert vi["Penalty / 1,000 words"] == pytest.approx(2 * 5 * 1000 / words)
    flat = [v for r in rows for v in r if v is not None]
    assert "termbase" in flat and "option: min_confidence" in flat
    assert demo.versions[1].version.sha256 in flat          # input hashes listed
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = z.read(charts[0]).decode()
        assert "<c:barChart>" in xml and 'val="stacked"' in xml
        assert "Summary!$A$" in xml                        # categories: the languages


def formula_cells(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return sum(len(re.findall(r"<f[ >]", z.read(n).decode()))
                   for n in z.namelist() if n.startswith("xl/worksheets/sheet"))


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_like_text_stays_text(tmp_path, tb, prefix):
    text = prefix + 'HYPERLINK("http://x.invalid","khách hàng")'
    seg = Segment("u1", text)
    sent = Sentence(0, 0, 0, len(text), text)
    start = text.index("khách hàng")
    f = Finding(file="x.po", lang="vi", start=start, end=start + 10, term="khách hàng", concept="client",
                replacement="thân chủ", suggestion=text.replace("khách hàng", "thân chủ"), kind="wrong-term",
                severity="major", confidence=0.9, evidence=[Evidence("source", "en", prefix + "SUM(A1)", 0.9, "")],
                sentence=text, unit="u1", note=prefix + "cmd|' /C calc'!A0", id=prefix + "1")
    v = VersionResult(Version(tmp_path / "x.po", "vi", [seg], fmt="po", sha256="ab"), [sent], [], [], [f])
    path = write(tmp_path, [SetResult("s", [v], {})], tb)
    assert formula_cells(path) == 0
    ws = openpyxl.load_workbook(path)["Findings"]
    hdr = header(ws)
    for name, expected in [("Target sentence", text), ("Note", f.note), ("ID", f.id),
                           ("Source / pivot sentence", prefix + "SUM(A1)"), ("Suggested sentence", f.suggestion)]:
        cell = ws.cell(2, hdr.index(name) + 1)
        assert cell.data_type == "s" and plain(cell.value) == expected, name
        assert cell.quotePrefix, name                      # Excel keeps it text even when re-edited
    assert from_machine_text(ws.cell(2, hdr.index("_sentence") + 1).value) == text


def test_row_limit_splits_sheets(tmp_path, tb):
    sr = build_set(tmp_path / "in", ["Our client."] * 5, ["Khách hàng của tôi."] * 5, termbase=tb)
    path = write(tmp_path, [sr], tb, max_rows=3)       # header + 2 rows per sheet
    wb = openpyxl.load_workbook(path)
    parts = [n for n in wb.sheetnames if n.startswith("Findings")]
    assert parts == ["Findings", "Findings (2)", "Findings (3)"]
    ids = [r[0] for n in parts for r in wb[n].iter_rows(min_row=2, values_only=True)]
    assert ids == [f"demo-{i}" for i in range(1, 6)]
    for n in parts:
        assert header(wb[n])[0] == "ID" and wb[n].freeze_panes == "E2"
        assert wb[n].data_validations.dataValidation           # each part has its drop-down
    assert wb["_audit"]["B3"].value.split("\n") == parts
    assert "Concordance (2)" in wb.sheetnames and "Alignment (2)" in wb.sheetnames


def test_alignment_pivot_and_unaligned(tmp_path, demo, tb):
    wb = openpyxl.load_workbook(write(tmp_path, [demo], tb), rich_text=True)
    rows = list(wb["Alignment"].iter_rows(min_row=2, values_only=True))
    assert rows[0][1] == "versions" and rows[0][2] == "en: en.txt" and rows[0][3] == "vi: vi.txt"
    body = [(r[1], plain(r[2]) or None, plain(r[3]) or None) for r in rows[1:]]
    assert body[0] == (1, SOURCE[0], TARGET[0])
    assert body[4] == (5, SOURCE[4], None)               # English line with no Vietnamese
    assert runs(rows[1][3], "FFC00000") == ["Khách hàng"]     # flagged: red
    assert runs(rows[2][3], "FFC00000") == []                 # correct use: bold only
    assert [str(r.text) for r in rows[2][3] if not isinstance(r, str) and r.font.b] == ["Khách hàng"]


def test_alignment_groups_merge_and_unaligned_other_side(tb):
    from audit.model import AlignedGroup
    from audit.report.excel import alignment_rows

    def vr(n):
        return VersionResult(Version(Path("x.txt"), "xx", []), [Sentence(i, 0, 0, 1, "s") for i in range(n)], [])
    sr = SetResult("s", [vr(3), vr(4)], {(0, 1): [AlignedGroup((0, 1), (0,), 0.8), AlignedGroup((2,), (2, 3), 0.7)]})
    assert list(alignment_rows(sr)) == [((0, 1), (0,)), ((), (1,)), ((2,), (2, 3))]


def test_concordance_and_termbase(tmp_path, demo, tb):
    wb = openpyxl.load_workbook(write(tmp_path, [demo], tb))
    ws = wb["Concordance"]
    hdr = header(ws)
    rows = [dict(zip(hdr, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
    vi = [r for r in rows if r["Language"] == "vi"]
    assert [(r["Sentence"], r["Inferred concept"], r["Flagged"]) for r in vi] == [
        (1, "client", "demo-1"), (2, "customer", None), (4, "client", "demo-2")]
    assert len([r for r in rows if r["Language"] == "en"]) == 3
    terms = [r for r in wb["Termbase"].iter_rows(min_row=2, values_only=True)]
    assert ("client-customer", "vi", "client", "thân chủ", "yes") == terms[[t[3] for t in terms].index("thân chủ")][:5]


def test_pipeline_results_write(tmp_path, tb):
    import audit.files.readers
    from audit.run.api import audit_corpus
    audit.files.readers._load_all()        # see test_apply.test_round_trip_on_the_real_pipeline
    results = audit_corpus(Path(__file__).resolve().parent.parent / "corpora", tb)
    paths = write_reports(results, tmp_path, ["xlsx"], {}, tb)
    ws = openpyxl.load_workbook(paths[0])["Findings"]
    n = sum(len(r.findings) for r in results)
    assert n > 0 and ws.max_row == n + 1
    hdr = header(ws)
    for r in ws.iter_rows(min_row=2, values_only=True):
        row = dict(zip(hdr, r))
        s, a, b = from_machine_text(row["_sentence"]), row["_start"] - row["_sentence_start"], row["_end"] - row["_sentence_start"]
        assert s[a:b] == from_machine_text(row["_word"])


def test_text_excel_would_misread_is_written_plain(tmp_path, tb):
    """xlsxwriter double-escapes _xHHHH_ inside rich text; such cells go plain."""
    sr = build_set(tmp_path / "in", ["Our client _x0041_."], ["Khách hàng _x0041_."], termbase=tb)
    path = write(tmp_path, [sr], tb)
    ws = openpyxl.load_workbook(path, rich_text=True)["Findings"]
    cell = ws.cell(2, header(ws).index("Target sentence") + 1).value
    assert isinstance(cell, str) and cell == "Khách hàng _x0041_."
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet2.xml").decode()
    assert "<t>Khách hàng _x005F_x0041_.</t>" in xml and "_x005F_x005F_" not in xml


def test_alignment_rows_three_versions():
    from audit.model import AlignedGroup
    from audit.report.excel import alignment_rows

    def vr(n):
        return VersionResult(Version(Path("x.txt"), "xx", []), [Sentence(i, 0, 0, 1, "s") for i in range(n)], [])
    # version 1 joins pivot 1+2 (while version 2 keeps them apart); version 2 has a leading extra sentence
    sr = SetResult("s", [vr(4), vr(3), vr(5)], {
        (0, 1): [AlignedGroup((0,), (0,), 0.9), AlignedGroup((1, 2), (1,), 0.8), AlignedGroup((3,), (2,), 0.9)],
        (0, 2): [AlignedGroup((0,), (1,), 0.9), AlignedGroup((1,), (2,), 0.9), AlignedGroup((2,), (3,), 0.9),
                 AlignedGroup((3,), (4,), 0.9)]})
    assert list(alignment_rows(sr)) == [
        ((), (), (0,)), ((0,), (0,), (1,)), ((1, 2), (1,), (2, 3)), ((3,), (2,), (4,))]
