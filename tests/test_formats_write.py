"""Write-back and annotation: only the fixed words change, byte for byte."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from audit.errors import InputError
from audit.model import Fix
from audit.files.readers import read_file
from audit.files.writers import rewrite
from audit.files.writers.annotate import annotate

DATA = Path(__file__).parent / "data" / "formats"
REAL = Path(__file__).parent / "data" / "realworld"


def fix_for(path: Path, uid: str, old: str, new: str, lang: str | None = None, nth: int = 0) -> Fix:
    """A fix built the way the pipeline does: offsets from the reader's text."""
    vs = read_file(path)
    tgt = next(v for v in vs if not v.is_source and (lang is None or v.lang == lang))
    s = next(s for s in tgt.segments if s.id == uid)
    start = -1
    for _ in range(nth + 1):
        start = s.text.index(old, start + 1)
    return Fix(start, start + len(old), old, new, unit=uid)


def only_change(before: bytes, after: bytes, old: bytes, new: bytes) -> None:
    """`after` is `before` with one occurrence of `old` replaced by `new`."""
    i = next(i for i in range(len(before)) if before[i] != after[i])
    # the change may begin inside `old` when both share a prefix
    start = before.rindex(old, 0, i + len(old))
    assert before[:start] + new + before[start + len(old):] == after


def test_po_fix_keeps_every_other_byte():
    p = REAL / "tryton-sale" / "ru.po"
    f = fix_for(p, "field:party.party,customer_currencies:::Customer Currencies", "Заказчики", "Покупатели")
    out = rewrite(p, "po", [f])
    only_change(p.read_bytes(), out, "Заказчики".encode(), "Покупатели".encode())
    tmp = p.read_bytes()
    assert out.count(b"\n") == tmp.count(b"\n")


def test_po_fix_in_wrapped_msgstr(tmp_path):
    p = REAL / "tryton-sale" / "ru.po"
    uid = ("help:sale.handle.invoice.exception.ask,recreate_invoices:::"
           "The selected invoices will be recreated. The other ones will be ignored.")
    out = rewrite(p, "po", [fix_for(p, uid, "инвойсы", "счета")])
    only_change(p.read_bytes(), out, "Выбранные инвойсы".encode(), "Выбранные счета".encode())
    q = tmp_path / "ru.po"
    q.write_bytes(out)
    assert next(s for s in read_file(q)[1].segments if s.id == uid).text.startswith("Выбранные счета будут")


def test_po_plural_escapes_crlf_and_fuzzy():
    p = DATA / "plural.po"
    fixes = [fix_for(p, "%(count)d client[1]", "клиента", "покупателя"),
             fix_for(p, "Customer", "Клиент", 'Покупатель "VIP"')]
    out = rewrite(p, "po", fixes, mark_changed=True)
    text = out.decode()
    assert 'msgstr[1] "%(count)d покупателя"\r\n' in text
    assert 'msgstr[0] "%(count)d клиент"\r\n' in text                 # other forms untouched
    assert '"Покупатель \\"VIP\\" с \\"кавычками\\"\\n"\r\n' in text   # escaped, wrapping kept
    assert "#, python-format, fuzzy\r\n" in text                        # flag added to the flags line
    assert "#: shop.py:30\r\n#, fuzzy\r\nmsgid \"Customer\"" in text       # new flags line, CRLF
    assert text.count("#, fuzzy\r\n#| msgid") == 1                      # already fuzzy: unchanged
    assert "\n" not in text.replace("\r\n", "")                          # no bare LF introduced
    plain = rewrite(p, "po", fixes).decode()
    assert plain.replace("покупателя", "клиента").replace('Покупатель \\"VIP\\"', "Клиент") == \
        p.read_bytes().decode()


def test_po_keeps_cp1251_and_utf16(tmp_path):
    p = DATA / "cp1251.po"
    from audit.files.writers.po import write_po  # no charset declared: told, as the reader was
    out = write_po(p, p.read_bytes(), [Fix(0, 6, "Клиент", "Покупатель", unit="Customer")], False,
                   encoding="cp1251")
    assert out == p.read_bytes().replace("Клиент".encode("cp1251"), "Покупатель".encode("cp1251"))
    u = DATA / "utf16.po"
    out = rewrite(u, "po", [Fix(0, 6, "Клиент", "Покупатель", unit="Customer")])
    assert out.startswith(b"\xff\xfe")
    assert out == u.read_bytes().replace("Клиент".encode("utf-16-le"), "Покупатель".encode("utf-16-le"))


def test_xliff12_fix_inside_g_tag_keeps_tags():
    p = DATA / "vi.xlf"
    out = rewrite(p, "xliff", [fix_for(p, "2", "khách hàng", "thân chủ")])
    only_change(p.read_bytes(), out, '<g id="1">khách hàng</g>'.encode(), '<g id="1">thân chủ</g>'.encode())


def test_xliff12_escaping_cdata_and_state():
    p = DATA / "vi.xlf"
    fixes = [fix_for(p, "1", "khách hàng", "thân chủ"),
             fix_for(p, "5", "Nhấn", "Bấm & nhấn"),
             fix_for(p, "5", "khách hàng", "<thân chủ>")]
    out = rewrite(p, "xliff", fixes, mark_changed=True).decode()
    assert '<target state="needs-review-translation">Mọi thân chủ đều là khách hàng.</target>' in out
    assert ('<target state="needs-review-translation"><![CDATA[Bấm & nhấn ]]><ph id="1">&lt;b&gt;</ph>OK'
            '<ph id="2">&lt;/b&gt;</ph> cho {name}, &lt;thân chủ&gt;.</target>') in out
    assert "<alt-trans><target>khách hàng cũ</target></alt-trans>" in out


def test_xliff20_fix_and_review_state():
    p = DATA / "ru.xliff"
    fixes = [fix_for(p, "u1#s1", "Клиент", "Покупатель"), fix_for(p, "u1#s2", "клиент", "покупатель"),
             fix_for(p, "u2", "Привет", "Здравствуйте")]
    out = rewrite(p, "xliff", fixes, mark_changed=True).decode()
    assert '<segment id="s1" state="translated">' in out and '<segment id="s2" state="translated">' in out
    assert '<segment state="initial">' in out                   # initial stays initial
    assert '<target>Наш <pc id="1">покупатель</pc> ждёт.<ph id="2"/></target>' in out
    plain = rewrite(p, "xliff", fixes[:1]).decode()
    assert plain == p.read_text().replace("<target>Клиент платит.", "<target>Покупатель платит.")


def test_xliff_utf16_stays_utf16():
    p = DATA / "utf16.xlf"
    out = rewrite(p, "xliff", [Fix(0, 6, "Клиент", "Покупатель", unit="a")])
    assert out == p.read_bytes().replace("Клиент".encode("utf-16-le"), "Покупатель".encode("utf-16-le"))


def test_xliff_cp1251_char_outside_encoding_becomes_reference():
    p = DATA / "cp1251.xlf"
    out = rewrite(p, "xliff", [Fix(0, 6, "Клиент", "Klient ✓", unit="a")])
    assert out == p.read_bytes().replace("Клиент".encode("cp1251"), b"Klient &#10003;")


def test_tmx_fix_picks_the_matching_language():
    p = DATA / "memory.tmx"
    out = rewrite(p, "tmx", [fix_for(p, "greet", "клиент", "покупатель", lang="ru"),
                             fix_for(p, "tu2", "khách hàng", "thân chủ", lang="vi")])
    before = p.read_text()
    assert out.decode() == before.replace("дорогой клиент.", "дорогой покупатель.").replace(
        "</bpt>khách hàng<ept", "</bpt>thân chủ<ept")


def test_csv_fix_keeps_quoting_and_crlf():
    p = DATA / "vi.csv"
    out = rewrite(p, "csv", [fix_for(p, "t1", "Khách hàng", "Thân chủ"),
                             fix_for(p, "t2", "Khách hàng", 'Khách, "VIP"')])
    assert out.decode() == p.read_bytes().decode().replace(
        '"Khách hàng của', '"Thân chủ của').replace(
        ",Khách hàng trả %s,", ',"Khách, ""VIP"" trả %s",')


def test_tsv_several_targets():
    p = DATA / "langs.tsv"
    out = rewrite(p, "tsv", [Fix(0, 6, "Клиент", "Покупатель", unit="row3")])
    assert out.decode() == p.read_text().replace("The customer\tКлиент", "The customer\tПокупатель")


# ---- refusals: nothing half-done

@pytest.mark.parametrize("fmt,name,fix,msg", [
    ("xliff", "vi.xlf", Fix(0, 3, "Mọi", "x", unit="nope"), "no translated unit 'nope'"),
    ("xliff", "vi.xlf", Fix(0, 3, "XYZ", "x", unit="1"), "expected 'XYZ' at 0-3, found 'Mọi'"),
    ("xliff", "vi.xlf", Fix(4, 14, 'khách hàng', "x", unit="2"), "found '<g id=\"1\">'"),
    ("xliff", "vi.xlf", Fix(3, 9, ' <g id', "x", unit="2"), "would change the tag"),
    ("xliff", "vi.xlf", Fix(0, 3, "Not", "x", unit="3"), "no translated unit '3'"),
    ("po", "plural.po", Fix(0, 9, "%(count)d", "%d", unit="%(count)d client[0]"), "placeholder"),
    ("po", "plural.po", Fix(0, 5, "Untra", "x", unit="Untranslated"), "no translated unit"),
    ("tmx", "memory.tmx", Fix(0, 3, "Cus", "x", unit="greet"), "no target language matches"),
])
def test_bad_fixes_are_refused(fmt, name, fix, msg):
    with pytest.raises(InputError) as e:
        rewrite(DATA / name, fmt, [fix])
    assert msg in str(e.value) and name in str(e.value)


def test_xlsx_write_back_is_refused_clearly(tmp_path):
    p = tmp_path / "x.xlsx"
    shutil.copy(DATA / "vi.csv", p)
    with pytest.raises(InputError, match="cannot write fixes back into xlsx"):
        rewrite(p, "xlsx", [Fix(0, 1, "a", "b", unit="t1")])


# ---- annotate

def finding(unit, start, end, term, **kw):
    return dict(unit=unit, start=start, end=end, term=term, concept="client", replacement="thân chủ",
                suggestion=None, kind="wrong-term", severity="major", confidence=0.8, **kw)


def test_annotate_xliff12_its_and_note(tmp_path):
    p = DATA / "vi.xlf"
    out = annotate(p, "xliff", [finding("1", 4, 14, "khách hàng"), finding("2", 14, 24, "khách hàng")]).decode()
    assert 'xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">' in out
    assert ('Mọi <mrk mtype="x-its" its:locQualityIssueType="terminology" its:locQualityIssueComment="major '
            'wrong-term: &quot;khách hàng&quot; at 4-14 should express client; use &quot;thân chủ&quot; '
            '(confidence 0.80)" its:locQualityIssueSeverity="70">khách hàng</mrk> đều là khách hàng.') in out
    assert '<g id="1"><mrk mtype="x-its"' in out and "khách hàng</mrk></g>" in out
    assert ('<note from="audit" priority="2">major wrong-term: "khách hàng" at 4-14 should express client; '
            'use "thân chủ" (confidence 0.80)</note>\n      </trans-unit>') in out
    q = tmp_path / "vi.xlf"
    q.write_text(out)
    # still well-formed, the target text seen through the tags is unchanged apart from the markup
    t = read_file(q)[1]
    assert t.segments[0].text.startswith("Mọi <mrk mtype=")
    import lxml.etree as et
    assert et.parse(str(q)).getroot().nsmap["its"] == "http://www.w3.org/2005/11/its"


def test_annotate_xliff20_creates_notes():
    p = DATA / "ru.xliff"
    out = annotate(p, "xliff", [finding("u1#s1", 0, 6, "Клиент"), finding("u2", 0, 6, "Привет")]).decode()
    assert ('<note category="context">Shop banner</note>\n        <note category="audit">') in out
    assert '<unit id="u2">\n      <notes>\n        <note category="audit">' in out
    assert '<target><mrk id="audit1" type="its:any" its:locQualityIssueType="terminology"' in out
    import lxml.etree as et
    et.fromstring(out.encode())


def test_annotate_po_comment_and_tmx_note():
    p = REAL / "tryton-sale" / "ru.po"
    out = annotate(p, "po", [finding("field:party.party,customer_currencies:::Customer Currencies",
                                     0, 9, "Заказчики")]).decode()
    assert ('\n# audit: major wrong-term: "Заказчики" at 0-9 should express client; use "thân chủ" '
            '(confidence 0.80)\n#, fuzzy\nmsgctxt "field:party.party,customer_currencies:"') in out
    assert out.count("\n") == p.read_text().count("\n") + 1
    t = DATA / "memory.tmx"
    out = annotate(t, "tmx", [finding("greet", 26, 32, "клиент")]).decode()
    assert ('<tuv xml:lang="ru-RU"><note>audit: major wrong-term: "клиент" at 26-32 should express client; '
            'use "thân chủ" (confidence 0.80)</note><seg>Добро') in out


def test_annotate_csv_refused():
    with pytest.raises(InputError, match="cannot annotate csv"):
        annotate(DATA / "vi.csv", "csv", [finding("t1", 0, 1, "K")])
