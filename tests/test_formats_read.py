"""Readers of localisation formats: ids, lines, texts, protected spans, sides."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from audit.files.readers import known_suffixes, read_file

DATA = Path(__file__).parent / "data" / "formats"
REAL = Path(__file__).parent / "data" / "realworld"


def seg(version, uid):
    return next(s for s in version.segments if s.id == uid)


def spans(s):
    return [s.text[a:b] for a, b in s.protected]


def test_suffixes_registered():
    for sfx in (".po", ".pot", ".xlf", ".xliff", ".tmx", ".csv", ".tsv", ".xlsx"):
        assert sfx in known_suffixes()


# ---- PO

def test_po_plural_fuzzy_context_crlf():
    src, tgt = read_file(DATA / "plural.po")
    assert (src.is_source, src.lang, src.label, src.fmt) == (True, "en", "plural.po (source)", "po")
    assert (tgt.is_source, tgt.lang, tgt.label) == (False, "ru", "plural.po (target)")
    assert src.prealigned_with == ("plural.po (target)",) and tgt.prealigned_with == ("plural.po (source)",)
    assert src.sha256 == tgt.sha256 == hashlib.sha256((DATA / "plural.po").read_bytes()).hexdigest()
    ids = [s.id for s in tgt.segments]
    # untranslated and obsolete entries are skipped; the repeated msgid gets ~2
    assert ids == ["%(count)d client[0]", "%(count)d client[1]", "%(count)d client[2]",
                   "menu::Customer", "Customer", "Customer~2"]
    assert [s.id for s in src.segments] == ids
    p2 = seg(tgt, "%(count)d client[2]")
    assert (p2.text, p2.line, p2.offset) == ("%(count)d клиентов", 15, None)
    assert spans(p2) == ["%(count)d"]
    assert seg(src, "%(count)d client[0]").text == "%(count)d client"
    assert seg(src, "%(count)d client[2]").text == "%(count)d clients"
    assert seg(src, "%(count)d client[1]").line == 12          # msgid_plural line
    fz = seg(tgt, "menu::Customer")
    assert (fz.text, fz.context, fz.line) == ("Клиент", "fuzzy; menu", 22)
    ml = seg(tgt, "Customer")
    assert ml.text == 'Клиент с "кавычками"\nи вторая строка' and ml.line == 26
    assert seg(tgt, "Customer~2").text == "Дубликат клиент"


def test_po_language_from_name_and_header():
    src, tgt = read_file(REAL / "tryton-sale" / "ru.po")
    assert tgt.lang == "ru" and len(tgt.segments) == 276
    s = seg(tgt, "field:party.party,customer_currencies:::Customer Currencies")
    assert (s.text, s.line, s.context) == ("Заказчики", 16, "fuzzy; field:party.party,customer_currencies:")
    long = seg(tgt, "help:sale.handle.invoice.exception.ask,recreate_invoices:::"
                    "The selected invoices will be recreated. The other ones will be ignored.")
    assert long.line == 726 and long.text.startswith("Выбранные инвойсы")


@pytest.mark.parametrize("name,lang,count", [
    ("frappe-helpdesk/vi.po", "vi", 589), ("frappe-helpdesk/ru.po", "ru", 1142),
    ("frappe-helpdesk/id.po", "id", 357), ("tryton-sale/id.po", "id", 215), ("tryton-sale/uk.po", "uk", 2),
])
def test_po_realworld(name, lang, count):
    src, tgt = read_file(REAL / name)
    assert tgt.lang == lang and len(tgt.segments) == len(src.segments) == count
    assert all(s.text.strip() for s in tgt.segments)


def test_po_realworld_placeholders_protected():
    tgt = read_file(REAL / "frappe-helpdesk" / "vi.po")[1]
    s = seg(tgt, "Category '{0}' link copied to clipboard")
    assert s.line == 1053 and spans(s) == ["{0}"]
    s = seg(tgt, "Create Customer")
    assert (s.text, s.line, s.protected) == ("Tạo Khách hàng", 1490, ())
    br = seg(read_file(REAL / "frappe-helpdesk" / "ru.po")[1], "- Default Ticket Status<br>")
    assert spans(br) == ["<br>"]


def test_po_explicit_lang_wins():
    assert read_file(DATA / "plural.po", lang="uk")[1].lang == "uk"


# ---- XLIFF

def test_xliff12_units_tags_states():
    src, tgt = read_file(DATA / "vi.xlf")
    assert (src.lang, tgt.lang, tgt.fmt, tgt.label) == ("en", "vi", "xliff", "vi.xlf (target)")
    # unit 3 has an empty target, unit 4 is translate="no"; alt-trans is ignored
    assert [s.id for s in tgt.segments] == ["1", "2", "5"]
    assert [s.id for s in src.segments] == ["1", "2", "5"]
    u1 = seg(tgt, "1")
    assert (u1.text, u1.line, u1.context) == ("Mọi khách hàng đều là khách hàng.", 7, "title; Headline")
    u2 = seg(tgt, "2")
    assert u2.text == 'Gọi <g id="1">khách hàng</g> lúc %s & chờ.<x id="2"/>'
    assert spans(u2) == ['<g id="1">', "</g>", "%s", '<x id="2"/>']
    assert u2.context == "state=needs-review-translation"
    u5 = seg(tgt, "5")
    assert u5.text == 'Nhấn <ph id="1">&lt;b&gt;</ph>OK<ph id="2">&lt;/b&gt;</ph> cho {name}, khách hàng.'
    assert spans(u5) == ['<ph id="1">&lt;b&gt;</ph>', '<ph id="2">&lt;/b&gt;</ph>', "{name}"]
    assert seg(src, "2").text == 'Call the <g id="1">client</g> at %s & wait.' and seg(src, "2").line == 11


def test_xliff20_segments_and_states():
    src, tgt = read_file(DATA / "ru.xliff")
    assert (src.lang, tgt.lang) == ("en", "ru")
    assert [s.id for s in tgt.segments] == ["u1#s1", "u1#s2", "u2"]
    s2 = seg(tgt, "u1#s2")
    assert s2.text == 'Наш <pc id="1">клиент</pc> ждёт.<ph id="2"/>' and s2.line == 17
    assert spans(s2) == ['<pc id="1">', "</pc>", '<ph id="2"/>']
    assert seg(tgt, "u1#s1").context == "intro; Shop banner"
    u2 = seg(tgt, "u2")
    assert u2.context == "state=initial" and spans(u2) == ["{{ user }}"]


def test_xliff_several_files_and_duplicate_ids():
    src, tgt = read_file(DATA / "dup.xlf")
    assert [s.id for s in tgt.segments] == ["1", "1~2", "1~3"]
    assert [s.text for s in src.segments] == ["Client", "Customer", "Customers"]


def test_xliff_utf16_and_declared_cp1251():
    for name in ("utf16.xlf", "cp1251.xlf"):
        src, tgt = read_file(DATA / name)
        assert tgt.lang == "ru" and [(s.id, s.text, s.line) for s in tgt.segments] == [("a", "Клиент", 3)]


# ---- TMX

def test_tmx_three_languages():
    vs = read_file(DATA / "memory.tmx")
    assert [(v.label, v.lang, v.is_source) for v in vs] == [
        ("memory.tmx (source)", "en", True), ("memory.tmx (ru)", "ru", False), ("memory.tmx (vi)", "vi", False)]
    src, ru, vi = vs
    assert ru.prealigned_with == ("memory.tmx (source)", "memory.tmx (vi)")
    assert [s.id for s in src.segments] == ["greet", "tu2", "greet~2"]
    assert [s.id for s in ru.segments] == ["greet", "greet~2"]        # empty <seg> skipped
    assert [s.id for s in vi.segments] == ["greet", "tu2"]
    g = seg(ru, "greet")
    assert (g.text, g.line, g.context) == ("Добро пожаловать, дорогой клиент.", 10, "Greeting on the front page")
    t2 = seg(vi, "tu2")
    assert spans(t2) == ['<bpt i="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>', "%d"]
    assert seg(ru, "greet~2").text == "Клиенты & клиенты"


# ---- tables

def test_csv_header_quotes_multiline():
    src, tgt = read_file(DATA / "vi.csv")
    assert (src.lang, tgt.lang, tgt.fmt) == ("en", "vi", "csv")
    assert [s.id for s in tgt.segments] == ["t1", "t2"]          # t3 has no target
    t1 = seg(tgt, "t1")
    assert (t1.text, t1.line, t1.context) == ('Khách hàng của chúng tôi "vui"', 2, "home page")
    assert seg(src, "t2").text == "The customer\r\npays %s"
    assert spans(seg(tgt, "t2")) == ["%s"]


def test_tsv_language_columns():
    src, ru, uk = read_file(DATA / "langs.tsv")
    assert (src.lang, ru.lang, uk.lang) == ("en", "ru", "uk")
    assert [(s.id, s.text, s.line) for s in ru.segments] == [("row2", "Клиент", 2), ("row3", "Клиент", 3)]
    assert [s.id for s in uk.segments] == ["row2"]


def test_csv_utf16_bom(tmp_path):
    src, tgt = read_file(DATA / "utf16.csv", lang="ru")
    assert [(s.id, s.text) for s in tgt.segments] == [("row2", "Клиент")] and tgt.lang == "ru"


def test_xlsx(tmp_path):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["key", "en", "vi"])
    ws.append(["k1", "The client {0}", "Khách hàng {0}"])
    ws.append([None, None, None])
    ws.append(["k2", "The customer", None])
    p = tmp_path / "sheet.xlsx"
    wb.save(p)
    src, vi = read_file(p)
    assert (src.lang, vi.lang, vi.fmt) == ("en", "vi", "xlsx")
    assert [(s.id, s.text, s.line) for s in vi.segments] == [("k1", "Khách hàng {0}", 2)]
    assert spans(vi.segments[0]) == ["{0}"]
