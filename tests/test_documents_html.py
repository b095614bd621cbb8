"""HTML and XHTML: read as blocks with their kinds and places, the article
of a saved page chosen by trafilatura, and fixes written back changing only
the fixed word's characters."""
import html
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit import audit_corpus, check_files
from audit.cli import app
from audit.errors import InputError
from audit.files.readers import read_file
from audit.files.readers import webpage
from audit.files.writers import rewrite
from audit.model import Fix
from audit.report import write_reports
from audit.report.apply import apply_report
from audit.terms.termbase import load_termbase

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "tests/data/documents/seeds"
TXT = ROOT / "corpora/client-vs-customer"
runner = CliRunner()


def texts(path, **kw):
    return [s.text for s in read_file(path, **kw)[0].segments]


def txt_paragraphs(path):
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("lang,txt", [("vi", TXT / "vi.txt"), ("ka", TXT / "ka.txt"), ("id", TXT / "id.txt"),
                                      ("ru", ROOT / "corpora/ru-client-or-customer.txt")])
def test_saved_page_gives_the_clean_article(lang, txt):
    """Menus, share bar, related posts, comments, footer, scripts and styles drop out."""
    page, clean = SEEDS / f"{lang}.page.html", SEEDS / f"{lang}.clean.html"
    assert texts(page) == texts(clean) == [" ".join(p.split()) for p in txt_paragraphs(txt)]
    v = read_file(page)[0]
    assert v.lang == lang and v.fmt == "html"
    assert v.segments[0].id == "heading 1" and v.segments[0].context == "heading"
    assert v.segments[1].id == "paragraph 1"


def test_whole_page_keeps_menus_but_never_scripts(monkeypatch):
    monkeypatch.setattr(webpage, "WHOLE_PAGE", True)
    got = texts(SEEDS / "vi.page.html")
    assert "Trang chủ" in got and "© 2024 Bản quyền. Mọi quyền được bảo lưu." in got
    assert not any("dataLayer" in t or "color: red" in t or "document.write" in t for t in got)


def test_offsets_point_into_the_file_as_stored():
    page = SEEDS / "vi.page.html"
    raw = page.read_text(encoding="utf-8")
    for s in read_file(page)[0].segments:
        assert raw[s.offset] == s.text[0]
        assert raw.count("\n", 0, s.offset) + 1 == s.line


def key(result):
    return sorted((f.lang, f.term, f.concept, f.replacement, f.sentence, f.kind, f.severity) for f in result.findings)


@pytest.mark.parametrize("kind", ["page", "clean"])
def test_seed_findings_unchanged_as_web_pages(kind):
    html = check_files(SEEDS / f"vi.{kind}.html", with_=[SEEDS / f"id.{kind}.html", SEEDS / f"ka.{kind}.html"],
                       align="structure")
    txt = check_files(TXT / "vi.txt", with_=[TXT / "id.txt", TXT / "ka.txt"], align="structure")
    assert len(txt.findings) > 30
    assert key(html) == key(txt)
    assert all(f.where for f in html.findings) and {f.where.split()[0] for f in html.findings} <= {"heading", "paragraph"}


def test_text_alone_findings_unchanged_as_a_web_page():
    html = check_files(SEEDS / "ru.page.html")
    txt = check_files(ROOT / "corpora/ru-client-or-customer.txt")
    assert key(html) == key(txt) and html.findings


PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>t</title>
<script>var a = "khách hàng và khách hàng";</script></head>
<body>
<h1>Sự khác biệt giữa khách hàng và kh&aacute;ch hàng</h1>
<p>Luật sư có <b>khách</b> hàng, cửa hàng có khách hàng.<br>Dòng thứ hai.</p>
<ul><li>Mục một</li><li>Khách hàng mua hàng</ul>
<table><tr><th>Cơ sở so sánh</th><th>Khách hàng</th><th>Khách hàng</th></tr>
<tr><td>Ý nghĩa</td><td>Người nhận dịch vụ chuyên nghiệp</td><td>Người mua hàng hóa</td></tr></table>
<figure><img src="a.png" alt="Một khách hàng &amp; luật sư"><figcaption>Hình 1</figcaption></figure>
<pre>khách hàng = 1</pre><p>Gọi <code>khách hàng()</code> nhé.</p>
</body></html>
"""


def test_blocks_kinds_places_and_entities(tmp_path):
    p = tmp_path / "bai.html"
    p.write_text(PAGE, encoding="utf-8")
    v = read_file(p)[0]
    assert v.lang == "vi"                                   # from <html lang>, not the file name
    got = {s.id: (s.context, s.text) for s in v.segments}
    assert got["heading 1"] == ("heading", "Sự khác biệt giữa khách hàng và khách hàng")
    assert got["paragraph 1"] == ("paragraph", "Luật sư có khách hàng, cửa hàng có khách hàng. Dòng thứ hai.")
    assert got["list 1 item 2"] == ("list-item", "Khách hàng mua hàng")        # unclosed <li>
    assert got["table 1 row 1"] == ("table-row", "Cơ sở so sánh | Khách hàng | Khách hàng")
    assert got["image 1 alt"] == ("alt", "Một khách hàng & luật sư")
    assert got["caption 1"] == ("caption", "Hình 1")
    assert not any("= 1" in t for _, t in got.values())     # <pre> is code, not prose
    code = next(s for s in v.segments if s.text.startswith("Gọi"))
    assert code.protected == ((4, 16),)                     # inline code: never a term
    alt = next(s for s in v.segments if s.id == "image 1 alt")
    assert alt.offset is None                               # addressed by id: it lies inside a tag


def test_write_back_changes_only_the_word(tmp_path):
    p = tmp_path / "bai.html"
    p.write_text(PAGE, encoding="utf-8")
    v = read_file(p)[0]
    h1, para = v.segments[0], v.segments[1]
    k = h1.text.rindex("khách hàng")
    k2 = para.text.index("khách hàng")
    fixes = [Fix(h1.offset + k, h1.offset + k + 10, "khách hàng", "thân chủ"),          # written with an entity
             Fix(para.offset + k2, para.offset + k2 + 10, "khách hàng", "thân chủ"),    # split by <b>
             Fix(4, 14, "khách hàng", "thân chủ", unit="image 1 alt"),
             Fix(para.offset, para.offset + 0, "", "")]
    out = rewrite(p, "html", fixes[:3]).decode("utf-8")
    assert out == (PAGE.replace("và kh&aacute;ch hàng</h1>", "và th&acirc;n ch&#7911;</h1>")
                   .replace("có <b>khách</b> hàng,", "có <b>thân chủ</b>,")
                   .replace('alt="Một khách hàng &amp;', 'alt="Một thân chủ &amp;'))
    with pytest.raises(InputError, match="expected 'khách hàng'"):
        rewrite(p, "html", [Fix(h1.offset, h1.offset + 10, "khách hàng", "thân chủ")])


def test_legacy_charset_is_written_back_in_it(tmp_path):
    p = tmp_path / "ru.html"
    p.write_bytes('<html lang="ru"><head><meta charset="windows-1251"></head><body>'
                  '<p>Клиент и клиент — разные люди.</p></body></html>'.encode("cp1251"))
    v = read_file(p)[0]
    s = v.segments[0]
    assert s.text == "Клиент и клиент — разные люди." and v.encoding == "cp1251"
    out = rewrite(p, "html", [Fix(s.offset + 9, s.offset + 15, "клиент", "покупатель")])
    assert out == p.read_bytes().replace("клиент".encode("cp1251"), "покупатель".encode("cp1251"))


def test_audit_apply_round_trip(tmp_path):
    corpus = tmp_path / "corpus" / "set"
    corpus.mkdir(parents=True)
    for lang in ("vi", "id"):
        shutil.copy(SEEDS / f"{lang}.page.html", corpus / f"{lang}.html")
    # the healthcare word (thân chủ) is the fix, so its entities are what the write-back is tested on
    results = audit_corpus(tmp_path / "corpus", align="structure", domain="healthcare")
    findings = results[0].findings
    assert findings and all(f.file.endswith("vi.html") for f in findings)
    write_reports(results, tmp_path / "rep", ["xlsx", "json"], {}, load_termbase())
    data = json.loads((tmp_path / "rep" / "findings.json").read_text(encoding="utf-8"))
    assert all(d["where"].startswith(("heading", "paragraph")) for d in data["findings"])
    report = tmp_path / "rep" / "audit.xlsx"
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    assert {r[hdr.index("Unit")].value.split()[0] for r in ws.iter_rows(min_row=2)} <= {"heading", "paragraph"}
    for row in ws.iter_rows(min_row=2):
        if row[hdr.index("Replacement")].value if "Replacement" in hdr else True:
            row[hdr.index("Decision")].value = "accept"
    wb.save(report)
    result = apply_report(report, out_dir=tmp_path / "fixed")
    assert result.count("applied") > 10
    assert result.written == [tmp_path / "fixed" / "vi.html"]
    out = (tmp_path / "fixed" / "vi.html").read_text(encoding="utf-8")
    before = (corpus / "vi.html").read_text(encoding="utf-8")
    # everything but the fixed words is byte for byte the same: the menus, scripts and comments too
    n = result.count("applied")
    assert "h&agrave;ng" in before and "th&acirc;n ch&#7911;" in out   # written as the file writes it
    out, before = html.unescape(out), html.unescape(before)
    assert out.casefold().count("khách hàng") == before.casefold().count("khách hàng") - n
    assert out.casefold().count("thân chủ") == before.casefold().count("thân chủ") + n
    assert out.replace("thân chủ", "khách hàng").replace("Thân chủ", "Khách hàng") == before
    assert read_file(tmp_path / "fixed" / "vi.html", lang="vi")[0].segments[0].id == "heading 1"


def test_hostile_pages(tmp_path):
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 5000 + "khách hàng" + "</div>" * 5000 + "</body></html>")
    res = runner.invoke(app, ["check", str(deep), "--lang", "vi"])
    assert res.exit_code == 2 and "nested more than" in res.output and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1
    bomb = tmp_path / "ent.html"
    # no DTD in HTML: an "entity bomb" is plain text, and unknown references stay as written
    bomb.write_text('<!DOCTYPE html [<!ENTITY a "khách hàng khách hàng">]><html lang="vi"><body>'
                    "<p>Khách hàng &a; &a; và &#99999999; &unknown; khách hàng.</p></body></html>")
    v = read_file(bomb)[0]
    # (the doctype ends at its first ">", as in a browser, so "]>" is text)
    assert [s.text for s in v.segments][-1] == "Khách hàng &a; &a; và \ufffd &unknown; khách hàng."
    broken = tmp_path / "broken.html"
    broken.write_text('<html lang="vi"><body><p>Khách hàng <b>và <i>khách hàng</p><p>Đoạn <a href="x>hai')
    assert texts(broken)[0] == "Khách hàng và khách hàng"


def test_whole_page_option_on_the_command_line():
    page = str(SEEDS / "vi.page.html")
    article = runner.invoke(app, ["check", page, "--format", "json", "--align", "structure"])
    whole = runner.invoke(app, ["check", page, "--format", "json", "--align", "structure", "--whole-page"])
    assert article.exit_code == whole.exit_code == 1
    a, w = json.loads(article.stdout)["findings"], json.loads(whole.stdout)["findings"]
    assert {f["sentence"] for f in a} <= {f["sentence"] for f in w}
    assert webpage.WHOLE_PAGE is False                    # the option holds for that run only


def test_xhtml_with_declaration_doctype_and_xml_lang(tmp_path):
    p = tmp_path / "article.xhtml"
    p.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" '
                 'xml:lang="ru"><head><title>t</title></head><body><h1>Клиент или клиент?</h1>'
                 "<p>Клиент покупает услуги, а клиент покупает товары.</p><p/><p>Текст &#x41F;ример</p></body></html>",
                 encoding="utf-8")
    v = read_file(p)[0]
    assert v.lang == "ru"            # from xml:lang; the file name says nothing
    assert [(s.id, s.text) for s in v.segments] == [
        ("heading 1", "Клиент или клиент?"), ("paragraph 1", "Клиент покупает услуги, а клиент покупает товары."),
        ("paragraph 3", "Текст Пример")]
    s = v.segments[2]
    out = rewrite(p, "html", [Fix(s.offset + 6, s.offset + 12, "Пример", "Образец")]).decode()
    assert out == p.read_text(encoding="utf-8").replace("&#x41F;ример", "&#x41E;&#x431;&#x440;&#x430;&#x437;&#x435;&#x446;")
