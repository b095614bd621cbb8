"""Hostile and broken input: each is refused with one InputError naming the file,
or read correctly; nothing is resolved, expanded, fetched or written."""
from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from audit.errors import InputError
from audit.model import Fix
from audit.files.readers import read_file
from audit.files.writers import rewrite

DATA = Path(__file__).parent / "data" / "formats"
SECRET = "TOP-SECRET-7f3a9c"


def refused(path: Path, match: str, **kw) -> str:
    with pytest.raises(InputError) as e:
        read_file(path, **kw)
    msg = str(e.value)
    assert str(path) in msg and match in msg, msg
    assert "\n" not in msg
    return msg


def test_malformed_xml():
    refused(DATA / "malformed.xlf", "malformed XML at line 3, column 60: mismatched tag")


def test_entity_bomb_refused_fast():
    t = time.perf_counter()
    refused(DATA / "bomb.xlf", "entity declarations are not allowed")
    assert time.perf_counter() - t < 1


XXE_GENERAL = """<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file://{secret}">]>
<xliff version="1.2"><file original="a" source-language="en" target-language="ru"><body>
<trans-unit id="a"><source>Customer</source><target>Клиент &xxe;</target></trans-unit>
</body></file></xliff>
"""
XXE_PARAMETER = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY % ext SYSTEM "file://{secret}"> %ext;]>
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>Customer</seg></tuv><tuv xml:lang="ru"><seg>Клиент</seg></tuv></tu>
</body></tmx>
"""
XXE_EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "file://{secret}">
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>Customer</seg></tuv><tuv xml:lang="ru"><seg>Клиент &leak;</seg></tuv></tu>
</body></tmx>
"""


@pytest.mark.parametrize("name,template,match", [
    ("xxe.xlf", XXE_GENERAL, "entity declarations are not allowed"),
    ("xxe.tmx", XXE_PARAMETER, "entity declarations are not allowed"),
    ("dtd.tmx", XXE_EXTERNAL_DTD, "undefined entity &leak;"),
])
def test_external_entities_never_resolved(tmp_path, name, template, match):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    p = tmp_path / name
    p.write_text(template.format(secret=secret))
    msg = refused(p, match)
    assert SECRET not in msg
    with pytest.raises(InputError) as e:                         # the writer refuses too
        rewrite(p, p.suffix[1:].replace("xlf", "xliff"), [Fix(0, 6, "Клиент", "x", unit="a")])
    assert SECRET not in str(e.value)


def test_plain_doctype_without_entities_is_fine(tmp_path):
    # <!DOCTYPE tmx SYSTEM "tmx14.dtd"> is common; the DTD is never loaded
    vs = read_file(DATA / "memory.tmx")
    assert len(vs) == 3


def _zip(path: Path, members: dict[str, int]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, size in members.items():
            with z.open(name, "w", force_zip64=True) as f:
                chunk = b"\0" * 2**20
                for _ in range(size // 2**20):
                    f.write(chunk)


def test_zip_bomb_posing_as_xlsx(tmp_path):
    p = tmp_path / "bomb.xlsx"
    _zip(p, {"[Content_Types].xml": 0, "xl/worksheets/sheet1.xml": 300 * 2**20})
    assert p.stat().st_size < 2 * 2**20
    refused(p, "unpacks to 300 MiB (limit 256 MiB), possible zip bomb")


def test_zip_member_with_bomb_ratio(tmp_path):
    p = tmp_path / "ratio.xlsx"
    _zip(p, {"xl/sharedStrings.xml": 64 * 2**20})
    refused(p, "xl/sharedStrings.xml compresses")


def test_xxe_inside_xlsx_sheet(tmp_path):
    import openpyxl
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    wb = openpyxl.Workbook()
    wb.active.append(["source", "target"])
    wb.active.append(["client", "PLACE"])
    ok = tmp_path / "ok.xlsx"
    wb.save(ok)
    p = tmp_path / "xxe.xlsx"
    with zipfile.ZipFile(ok) as zin, zipfile.ZipFile(p, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if b"PLACE" in data:           # the shared strings part
                text = data.decode().replace("PLACE", "&xxe;")
                decl, _, body = text.partition("?>") if text.startswith("<?xml") else ("", "", text)
                dtd = f'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file://{secret}">]>'
                data = ((decl + "?>" if decl else "") + dtd + body).encode()
            zout.writestr(info, data)
    msg = refused(p, "cannot open workbook")
    assert SECRET not in msg


def test_not_a_zip(tmp_path):
    p = tmp_path / "fake.xlsx"
    p.write_bytes(b"source,target\nclient,klien\n")
    refused(p, "not an XLSX (zip) file")


def test_utf16_with_bom_is_read():
    assert [s.text for s in read_file(DATA / "utf16.po")[1].segments] == ["Клиент"]
    assert [s.text for s in read_file(DATA / "utf16.xlf")[1].segments] == ["Клиент"]
    assert [s.text for s in read_file(DATA / "utf16.csv", lang="ru")[1].segments] == ["Клиент"]


def test_cp1251_po_without_charset():
    refused(DATA / "cp1251.po", "not valid utf-8 text at byte 62 (no charset declared; give --encoding, e.g. cp1251)")
    assert read_file(DATA / "cp1251.po", encoding="cp1251")[1].segments[0].text == "Клиент"


def test_po_with_wrong_charset(tmp_path):
    p = tmp_path / "ru.po"
    p.write_bytes('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "A"\nmsgstr "Клиент"\n'
                  .encode("cp1251"))
    refused(p, "the header says charset=UTF-8; give --encoding")


def test_cp1251_xml_without_declaration():
    refused(DATA / "undeclared1251.xlf", "(wrong encoding? give --encoding)")
    assert read_file(DATA / "undeclared1251.xlf", encoding="cp1251")[1].segments[0].text == "Клиент"


def test_cp1251_csv():
    p = DATA / "cp1251.po"       # any cp1251 bytes will do
    with pytest.raises(InputError, match="give --encoding"):
        from audit.files.readers.table import decode_table
        decode_table(p, p.read_bytes(), None)


@pytest.mark.parametrize("name,data,match", [
    ("empty.po", b"", "file is empty"),
    ("blank.xlf", b"  \n", "file is empty"),
    ("binary.po", b"msgid \"a\"\x00\x01\x02", "NUL bytes"),
    ("garbage.po", b"this is not a po file\n", "not a PO file: line 1"),
    ("noheader.csv", b"a,b,c\nd,e,f\n", "cannot tell the source and target columns"),
    ("quote.csv", b'source,target\n"unclosed,x\n', "quote never closed"),
    ("html.xlf", b"<html><body>not xliff</body></html>", ""),
])
def test_broken_files(tmp_path, name, data, match):
    p = tmp_path / name
    p.write_bytes(data)
    if name == "html.xlf":       # well-formed XML with no units: nothing to audit, no crash
        src, = read_file(p)
        assert src.segments == []
        return
    refused(p, match)


def test_size_limit(tmp_path, monkeypatch):
    import audit.files.textio
    monkeypatch.setattr(audit.files.textio, "MAX_BYTES", 1000)
    p = tmp_path / "big.tmx"
    p.write_bytes((DATA / "memory.tmx").read_bytes() * 2)
    refused(p, "over the 0 MiB limit")
    q = tmp_path / "big.po"
    q.write_bytes((DATA / "plural.po").read_bytes() * 2)
    refused(q, "over the 0 MiB limit")


def test_xml_scan_memory_is_bounded(tmp_path):
    """The scanner streams: memory does not grow with the bytes of the file,
    only with the number of units (the set of seen ids, kept to disambiguate
    duplicates, about 100 bytes a unit); the segments kept are the caller's."""
    from audit.files import xmlsafe
    from audit.files.readers.xliff import scan_units
    unit = ('<trans-unit id="u{n}"><source>Our client {n} and the customer</source>'
            '<target>Khách hàng {n} và khách hàng</target></trans-unit>\n')
    p = tmp_path / "big.xlf"
    with open(p, "w") as f:
        f.write('<xliff version="1.2"><file original="a" source-language="en" target-language="vi"><body>\n')
        for n in range(100_000):
            f.write(unit.format(n=n))
        f.write("</body></file></xliff>\n")
    assert p.stat().st_size > 12 * 2**20
    count = 0

    def seen(x):
        nonlocal count
        count += 1

    doc = xmlsafe.load(p)
    tracemalloc.start()
    try:
        scan_units(doc, seen)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        doc.close()
    assert count == 100_000
    assert peak < 2 * 2**20 + 120 * count, peak


def test_failed_write_changes_nothing(tmp_path):
    p = tmp_path / "vi.xlf"
    p.write_bytes((DATA / "vi.xlf").read_bytes())
    before = p.read_bytes()
    with pytest.raises(InputError):
        rewrite(p, "xliff", [Fix(4, 14, "khách hàng", "thân chủ", unit="1"),
                             Fix(0, 3, "bad", "x", unit="2")])
    assert p.read_bytes() == before


def test_unit_ids_stay_addressable_with_duplicates():
    out = rewrite(DATA / "dup.xlf", "xliff", [Fix(4, 14, "khách hàng", "thân chủ", unit="1~3")]).decode()
    assert "<target>Các thân chủ</target>" in out and out.count("<target>Khách hàng</target>") == 2
