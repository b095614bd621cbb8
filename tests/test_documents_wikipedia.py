"""Real Wikipedia HTML in four languages (tests/data/documents/wikipedia,
licences in its SOURCES.md): read with their structure and found clean as
they are; in a translated copy of each, a seed-style collapse ("Клиент или
Клиент?": two source terms rendered as one word, the first one a link as
Wikipedia writes terms) is found and `audit apply` writes the fix back
changing only that word's bytes: the link's target, the references, the
infobox and every other byte stay as stored."""
import difflib
from pathlib import Path

import openpyxl
import pytest

from audit import audit_corpus, check_files
from audit.files.readers import read_file
from audit.files.readers.webpage import read_blocks
from audit.report import write_reports
from audit.report.apply import apply_report
from audit.terms.termbase import load_termbase

WIKI = Path(__file__).parent / "data/documents/wikipedia"

# file -> (a sentence of the article, after which the copy's paragraph gets the
# collapse, the collapse as it is written into the HTML, the collapsed word)
COLLAPSES = {
    "helium.de.html": ("bei Temperaturen nahe dem absoluten Nullpunkt erforderlich.",
                       ' <a href="/wiki/Kunde" title="Kunde">Kunde</a> oder Kunde? Ein Anwalt hat Kunden, '
                       "ein Gesch&auml;ft hat Kunden.", "Kunde"),
    "pittore.it.html": ("sulla commissione di un cliente.",
                        " Cliente o cliente? Un avvocato ha clienti, un negozio ha clienti.", "liente"),
    "nato.cs.html": ("v roce 1991 rozpuštěna.",
                     ' <a href="./Klient" title="Klient">Klient</a> nebo klient? Právník má klienty, obchod má klienty.',
                     "lient"),
    "tian-qun.zh.html": ("+4.28。", "<b>客戶</b>還是客戶？律師有客戶，商店有客戶。", "客戶"),
}


def translated_copy(name: str, folder: Path) -> Path:
    raw = (WIKI / name).read_bytes().decode("utf-8")
    anchor, collapse, _ = COLLAPSES[name]
    at = raw.index("</p>", raw.index(anchor))
    out = folder / name
    out.write_bytes((raw[:at] + collapse + raw[at:]).encode("utf-8"))
    return out


@pytest.mark.parametrize("name,lang,first,kinds", [
    ("helium.de.html", "de", "Helium bleibt bis hinab zu sehr tiefen Temperaturen gasförmig", {"paragraph", "table-row"}),
    ("pittore.it.html", "it", "Fino al Rinascimento il pittore era soprattutto un artigiano", {"paragraph"}),
    ("nato.cs.html", "cs", "Severoatlantická aliance (anglicky North Atlantic Treaty Organization",
     {"paragraph", "table-row", "caption", "alt"}),
    ("tian-qun.zh.html", "zh", "天囷增十五，即金牛座10（10 Tauri）", {"heading", "paragraph", "table-row", "list-item", "caption"}),
])
def test_wikipedia_articles_read_with_structure_and_clean(name, lang, first, kinds):
    v = read_file(WIKI / name)[0]
    assert v.lang == lang                                   # detected: the fragments carry no lang attribute
    assert any(s.text.startswith(first) for s in v.segments)
    assert kinds <= {s.context for s in v.segments}
    raw = (WIKI / name).read_bytes().decode("utf-8")
    for s in v.segments:
        if s.offset is not None:                            # (a row whose first cell is empty opens with " | ",
            assert raw[s.offset] == s.text[0] or s.text.startswith("| ")      # which stands for the markup)
    # the Italian article's own "commissione di un cliente" is usage, not a collapse
    assert check_files(WIKI / name).findings == []


def test_collapse_in_translated_copies_found_and_fixed_byte_for_byte(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in COLLAPSES:
        translated_copy(name, corpus)
    results = audit_corpus(corpus, align="structure")
    found = {Path(f.file).name: f for r in results for f in r.findings}
    assert sorted(found) == sorted(COLLAPSES)               # one finding in each copy, none elsewhere
    assert sum(len(r.findings) for r in results) == len(COLLAPSES)
    for name, f in found.items():
        assert COLLAPSES[name][2] in f.term and f.replacement and f.where.startswith("paragraph")
    write_reports(results, tmp_path / "rep", ["xlsx"], {}, load_termbase())
    report = tmp_path / "rep" / "audit.xlsx"
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        row[hdr.index("Decision")].value = "accept"
    wb.save(report)
    result = apply_report(report, out_dir=tmp_path / "fixed")
    assert result.count("applied") == len(COLLAPSES)
    for name, f in found.items():
        before = (corpus / name).read_bytes().decode("utf-8")
        after = (tmp_path / "fixed" / name).read_bytes().decode("utf-8")
        # where the word is in the HTML as stored, through the reader's character map
        blocks = {b.starts[0]: b for b in read_blocks(corpus / name)[0]}
        start = max(s for s in blocks if s <= f.start)
        block = blocks[start]
        a, b = block.starts[f.start - start], block.ends[f.end - start - 1]
        assert after == before[:a] + f.replacement + before[b:], name
        changes = [op for op in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
                   if op[0] != "equal"]
        assert changes and all(a <= i1 <= i2 <= b for _, i1, i2, _, _ in changes), name   # the diff is the word
        assert read_file(tmp_path / "fixed" / name)[0].segments          # still a page the reader reads
        assert not [g for r in audit_corpus(tmp_path / "fixed", align="structure") for g in r.findings
                    if Path(g.file).name == name]
