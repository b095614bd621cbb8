"""Real documents (tests/data/documents/real, licences in SOURCES.md): read
with their structure, found clean (they use "клиент" in its software sense),
and written back changing only the fixed word; the office files open in
python-docx / odfpy and, where installed, LibreOffice."""
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from odf import teletype
from odf.opendocument import load as odf_load
from odf.text import H

from audit import check_files
from audit.files.readers import read_file
from audit.files.writers import rewrite
from audit.model import Fix

REAL = Path(__file__).parent / "data/documents/real"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.parametrize("name", ["mdn-http-overview.ru.md", "mdn-http-overview.ru.html"])
def test_mdn_page_structure_and_no_findings(name):
    path = REAL / name
    v = read_file(path)[0]
    assert v.lang == "ru"
    got = {s.id: s.text for s in v.segments}
    assert "Клиент: участник обмена" in got.values()
    assert got["list 1 item 1"] == "caching (кеш может быть публичным или приватными, как кеш браузера)"
    assert got["list 2 item 3"] == "Читает ответ от сервера:"
    assert got["image 2 alt"] == "Client server chain"                          # ![...](...) and <img alt>
    texts = " ".join(got.values())
    assert "GET / HTTP/1.1" not in texts and "Accept-Language" not in texts      # code blocks are not prose
    assert "translation_of" not in texts and "slug:" not in texts                # front matter is metadata
    raw = path.read_text(encoding="utf-8")
    for s in v.segments:
        if s.offset is not None:
            assert raw[s.offset] == s.text[0]
    assert check_files(path).findings == []


def test_rendered_mdn_page_language_from_its_prose_not_its_sidebar(tmp_path):
    """MDN's rendered Russian page opens with a sidebar of English link titles
    (a third of its text): named index.html, as it is on the site, its language
    is read from its headings and paragraphs (it was taken for English)."""
    page = tmp_path / "index.html"
    shutil.copy(REAL / "mdn-http-overview.ru.rendered.html", page)
    v = read_file(page)[0]
    assert v.lang == "ru"
    side = sum(len(s.text) for s in v.segments if s.context == "list-item")
    assert side > sum(len(s.text) for s in v.segments) / 3                 # the sidebar is read: it is a fragment
    assert check_files(page).findings == []                               # HTTP clients: the software sense


@pytest.mark.parametrize("name,old,new,raw_old,raw_new", [
    ("mdn-http-overview.ru.md", "запросами", "запросиками", "_запросами_", "_запросиками_"),
    ("mdn-http-overview.ru.html", "запросами", "запросиками", "<em>запросами</em>", "<em>запросиками</em>"),
])
def test_mdn_write_back_inside_emphasis(name, old, new, raw_old, raw_new):
    path = REAL / name
    v = read_file(path)[0]
    seg = next(s for s in v.segments if old in s.text)
    k = seg.text.index(old)
    fmt = "markdown" if name.endswith(".md") else "html"
    out = rewrite(path, fmt, [Fix(seg.offset + k, seg.offset + k + len(old), old, new)]).decode("utf-8")
    before = path.read_text(encoding="utf-8")
    assert out == before.replace(raw_old, raw_new, 1)


def test_word_comments_are_not_text_and_runs_join():
    v = read_file(REAL / "comments-rich-para.docx", lang="en")[0]
    comments = [c.text for c in docx.Document(str(REAL / "comments-rich-para.docx")).comments]
    assert comments and not any(c in s.text for c in comments for s in v.segments)
    links = read_file(REAL / "par-hyperlinks.docx", lang="en")[0]
    assert [s.text for s in links.segments] == [p.text for p in docx.Document(str(REAL / "par-hyperlinks.docx")).paragraphs
                                                if p.text.strip()]


def _parts(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return {i.filename: z.read(i.filename) for i in z.infolist()}


@pytest.mark.parametrize("name,part", [("par-hyperlinks.docx", "word/document.xml"),
                                       ("api-for-odfpy.odt", "content.xml")])
def test_real_office_write_back(tmp_path, name, part):
    src = REAL / name
    ext = src.suffix[1:]
    v = read_file(src, lang="en")[0]
    old, new = ("hyperlinks", "links") if ext == "docx" else ("Introduction", "Foreword")
    seg = next(s for s in v.segments if old in s.text and (ext == "docx" or s.context == "heading"))
    k = seg.text.index(old)
    out = rewrite(src, ext, [Fix(seg.offset + k, seg.offset + k + len(old), old, new)])
    before, after = _parts(src.read_bytes()), _parts(out)
    assert list(before) == list(after)
    assert [n for n in before if before[n] != after[n]] == [part]
    assert after[part] == before[part].replace(old.encode(), new.encode(), 1) or ext == "odt"
    fixed = tmp_path / name
    fixed.write_bytes(out)
    w = read_file(fixed, lang="en")[0]
    changed = [(a.text, b.text) for a, b in zip(v.segments, w.segments) if a.text != b.text]
    assert changed == [(seg.text, seg.text[:k] + new + seg.text[k + len(old):])]
    if ext == "docx":
        assert any(p.text == changed[0][1] for p in docx.Document(str(fixed)).paragraphs)
    else:
        assert changed[0][1] in [teletype.extractText(h) for h in odf_load(str(fixed)).getElementsByType(H)]
    if SOFFICE:
        res = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                              "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path / "out"),
                              str(fixed)], capture_output=True, text=True, timeout=180)
        assert res.returncode == 0, res.stderr
        text = (tmp_path / "out" / (fixed.stem + ".txt")).read_text(encoding="utf-8-sig")
        assert changed[0][1] in " ".join(text.split())
