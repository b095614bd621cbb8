"""Key/value resource files from real projects (tests/data/resources/SOURCES.md):
read with the value's text unescaped, paired by key with the source file,
audited through `audit check` and `audit run`, and fixed by `audit apply`
byte for byte except the fixed word.

Each case copies the real excerpt to a temporary folder and adds one unit
that collapses a contrast ("Client or customer?" -> "Клиент или клиент?"),
written in the format's own escaping, so the contrast lies inside one unit.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.report.apply import apply_report
from audit.cli import app
from audit.files.readers import read_file

DATA = Path(__file__).parent / "data" / "resources"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def insert_after(path: Path, marker: str, text: str, encoding: str = "utf-8") -> None:
    """Add `text` after the first line containing `marker`."""
    raw = path.read_text(encoding=encoding)
    i = raw.index(marker)
    j = raw.index("\n", i) + 1
    path.write_bytes(raw[:j].encode(encoding) + text.encode(encoding) + raw[j:].encode(encoding))


def append(path: Path, text: str) -> None:
    path.write_bytes(path.read_bytes() + text.encode("utf-8"))


@dataclass
class Case:
    name: str
    folder: str                      # under tests/data/resources
    source: str                      # paths inside the folder
    target: str
    add: Callable[[Path, Path], None]  # adds the contrast unit to (source copy, target copy)
    unit: str                        # its key
    fixed: bytes                     # how "покупатель" must be stored in the fixed file
    old: bytes = "клиент".encode()   # how the collapsed word is stored


def _android(src, tgt):
    pass                             # the shop excerpt already holds the added unit (see SOURCES.md)


def _ios(src, tgt):
    append(src, '\n/* added for the tests */\n"Client or customer?" = "Client or customer?";\n')
    append(tgt, '\n/* added for the tests */\n"Client or customer?" = "Клиент или клиент?";\n')


def _yaml(src, tgt):
    append(src, "    test_client_or_customer: Client or customer?\n")
    append(tgt, "    test_client_or_customer: 'Клиент или клиент?'\n")


def _php(src, tgt):
    insert_after(src, "'datagrid' => [", "                    'test-client-or-customer' => 'Client or customer?',\n")
    insert_after(tgt, "'datagrid' => [", "                    'test-client-or-customer' => 'Клиент или клиент? It\\'s :name',\n")


def _properties(src, tgt):
    append(src, "\nClient\\ or\\ customer?=Client or customer?\n")
    append(tgt, "Client\\ or\\ customer?=\\u041a\\u043b\\u0438\\u0435\\u043d\\u0442 \\u0438\\u043b\\u0438 "
                "\\u043a\\u043b\\u0438\\u0435\\u043d\\u0442?\n")


def _ini(src, tgt):
    append(src, 'COM_USERS_TEST_CLIENT_OR_CUSTOMER="Client or \\"customer\\"?"\n')
    append(tgt, 'COM_USERS_TEST_CLIENT_OR_CUSTOMER="Клиент или \\"клиент\\"?"\n')


def _json(src, tgt):
    insert_after(src, '"addPeople"', '        "testClientOrCustomer": "Client or customer?",\n')
    insert_after(tgt, '"addPeople"', '        "testClientOrCustomer": "\\"Клиент\\" или клиент?",\n')


def _arb(src, tgt):
    insert_after(src, "{", '  "testClientOrCustomer": "Client or customer?",\n'
                           '  "@testClientOrCustomer": {\n    "description": "added for the tests"\n  },\n')
    insert_after(tgt, "{", '  "testClientOrCustomer": "Клиент или клиент?",\n')


_DICT = ("\t<key>test_client_or_customer</key>\n\t<dict>\n\t\t<key>NSStringLocalizedFormatKey</key>\n"
         "\t\t<string>{}</string>\n\t</dict>\n")


def _stringsdict(src, tgt):
    insert_after(src, "<dict>", _DICT.format("Client or customer?"))
    insert_after(tgt, "<dict>", _DICT.format("Клиент &amp; клиент?"))


CASES = [
    Case("android", "shop/android", "res/values/strings.xml", "res/values-ru/strings.xml", _android,
         "test_client_or_customer", "покупатель".encode()),
    Case("ios-strings", "shop/ios", "en.lproj/Localizable.strings", "ru.lproj/Localizable.strings", _ios,
         "Client or customer?", "покупатель".encode()),
    Case("rails-yaml", "shop/rails", "config/locales/en.yml", "config/locales/ru.yml", _yaml,
         "spree.test_client_or_customer", "покупатель".encode()),
    Case("laravel-php", "bagisto", "lang/en/app.php", "lang/ru/app.php", _php,
         "customers.customers.index.datagrid.test-client-or-customer", "покупатель".encode()),
    Case("java-properties", "jenkins", "index.properties", "index_ru.properties", _properties,
         "Client or customer?", b"\\u043f\\u043e\\u043a\\u0443\\u043f\\u0430\\u0442\\u0435\\u043b\\u044c",
         old=b"\\u043a\\u043b\\u0438\\u0435\\u043d\\u0442"),
    Case("joomla-ini", "joomla", "en-GB.com_users.ini", "ru-RU.com_users.ini", _ini,
         "COM_USERS_TEST_CLIENT_OR_CUSTOMER", "покупатель".encode()),
    Case("i18next-json", "jitsi", "main.json", "main-ru.json", _json,
         "addPeople.testClientOrCustomer", "покупатель".encode()),
    Case("flutter-arb", "flutter-gallery", "intl_en.arb", "intl_ru.arb", _arb,
         "testClientOrCustomer", "покупатель".encode()),
    Case("ios-stringsdict", "deltachat-ios", "en.lproj/Localizable.stringsdict", "ru.lproj/Localizable.stringsdict",
         _stringsdict, "test_client_or_customer", "покупатель".encode()),
]


def prepared(case: Case, tmp_path: Path) -> tuple[Path, Path, Path]:
    root = tmp_path / "app"
    shutil.copytree(DATA / case.folder, root)
    src, tgt = root / case.source, root / case.target
    case.add(src, tgt)
    return root, src, tgt


def only_change(before: bytes, after: bytes, old: bytes, new: bytes) -> None:
    """`after` is `before` with exactly one `old` replaced by `new`."""
    i = next(k for k in range(min(len(before), len(after))) if before[k] != after[k])
    start = before.rindex(old, 0, i + len(old))
    assert before[:start] + new + before[start + len(old):] == after


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_check_pairs_by_key_and_finds_the_contrast(case, tmp_path):
    _, src, tgt = prepared(case, tmp_path)
    res = invoke("check", tgt, "--source", src, "--format", "json")
    assert res.exit_code == 1, res.output
    found = [f for f in json.loads(res.stdout)["findings"] if f["unit"] == case.unit]
    assert found, res.stdout
    f = found[0]
    assert (f["term"].lower(), f["concept"], f["replacement"], f["severity"]) == ("клиент", "customer", "покупатель", "major")
    # offsets are into the unit's unescaped text, as the reader gives it
    seg = next(s for s in read_file(tgt, "ru")[0].segments if s.id == case.unit)
    assert seg.text[f["start"]:f["end"]] == f["term"]
    assert f["evidence"][0]["rule"] == "source" and "customer" in f["evidence"][0]["text"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_run_and_apply_change_only_the_word(case, tmp_path):
    root, src, tgt = prepared(case, tmp_path)
    before = tgt.read_bytes()
    src_before = src.read_bytes()
    res = invoke("run", root, "--out", tmp_path / "rep", "--quiet")
    assert res.exit_code == 0, res.output
    findings = json.loads((tmp_path / "rep" / "findings.json").read_text(encoding="utf-8"))
    ours = [f for f in findings["findings"] if f["unit"] == case.unit and f["severity"] == "major"]
    assert len(ours) == 1, [(f["unit"], f["term"]) for f in findings["findings"]]
    report = tmp_path / "rep" / "audit.xlsx"
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[hdr.index("ID")].value == ours[0]["id"]:
            row[hdr.index("Decision")].value = "accept"
    wb.save(report)
    result = apply_report(report, out_dir=tmp_path / "fixed")
    assert result.count("applied") == 1 and result.skipped == 0, [o.reason for o in result.outcomes]
    (out,) = result.written
    assert out.name == tgt.name
    only_change(before, out.read_bytes(), case.old, case.fixed)
    assert src.read_bytes() == src_before and tgt.read_bytes() == before
    fixed = next(s for s in read_file(out, "ru")[0].segments if s.id == case.unit)
    assert "покупатель" in fixed.text and fixed.text.lower().count("клиент") == 1


def test_android_reader_unescapes_and_protects():
    v = read_file(DATA / "shop/android/res/values-ru/strings.xml")[0]
    assert v.lang == "ru" and v.fmt == "android"
    seg = {s.id: s for s in v.segments}
    assert "notification_channel_general_id" not in seg           # translatable="false"
    note = seg["orderdetail_customer_note"]                         # \u0022%1$s\u0022
    assert note.text == '"%1$s"' and (1, 5) in note.protected
    en = {s.id: s for s in read_file(DATA / "shop/android/res/values/strings.xml")[0].segments}
    assert en["customer_picker_guest_customer_not_allowed_message"].text.endswith("guests can't be used for filtering orders.")


def test_android_plurals_arrays_cdata_and_writeback(tmp_path):
    p = tmp_path / "values-ru" / "strings.xml"
    p.parent.mkdir()
    p.write_text('<?xml version="1.0" encoding="utf-8"?>\n<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">\n'
                 '  <plurals name="n"><item quantity="one"><xliff:g id="c">%d</xliff:g> клиент</item>'
                 '<item quantity="other">%d клиентов</item></plurals>\n'
                 '  <string-array name="a"><item>x</item><item><![CDATA[Клиент <b>или</b> клиент]]></item></string-array>\n'
                 '</resources>\n', encoding="utf-8")
    seg = {s.id: s for s in read_file(p)[0].segments}
    assert set(seg) == {"n[one]", "n[other]", "a[0]", "a[1]"}
    assert seg["n[one]"].protected[0] == (0, 28)                  # the whole <xliff:g> placeholder
    from audit.model import Fix
    from audit.files.writers import rewrite
    text = seg["a[1]"].text
    k = text.rindex("клиент")
    out = rewrite(p, "android", [Fix(k, k + 6, "клиент", "покупатель's", unit="a[1]")])
    # inside CDATA: Android-escaped, not XML-escaped
    only_change(p.read_bytes(), out, "клиент]]>".encode(), "покупатель\\'s]]>".encode())


def test_ios_strings_utf16_round_trip(tmp_path):
    case = CASES[1]
    _, src, tgt = prepared(case, tmp_path)
    tgt.write_bytes(tgt.read_text(encoding="utf-8").encode("utf-16"))      # with a BOM, as Xcode writes
    v = read_file(tgt)[0]
    seg = {s.id: s for s in v.segments}
    assert seg['Enabling "Pay in Person" lets customers pay you for online orders at delivery via cash or card.']
    assert "\n\n" in seg["blazeBudgetSettingView.impressionInfo"].text           # \n unescaped
    assert seg["Add Customer"].context.startswith("The action title on the placeholder overlay")
    from audit.model import Fix
    from audit.files.writers import rewrite
    s = seg[case.unit]
    k = s.text.rindex("клиент")
    out = rewrite(tgt, "strings", [Fix(k, k + 6, "клиент", "покупатель", unit=case.unit)])
    assert out.startswith(b"\xff\xfe")
    only_change(tgt.read_bytes(), out, "клиент".encode("utf-16-le"), "покупатель".encode("utf-16-le"))


def test_yaml_rails_root_nesting_and_quotes():
    v = read_file(DATA / "shop/rails/config/locales/ru.yml")[0]
    assert v.lang == "ru"                                           # from the `ru:` root
    seg = {s.id: s.text for s in v.segments}
    assert seg["activerecord.attributes.spree/order.email"] == "E-mail покупателя"
    assert seg["activerecord.models.spree/customer_group.other"] == "Группы клиентов"
    assert seg["spree.promotion_rule_types.first_order.description"] == "Должен быть первым заказом покупателя"


def test_php_nested_keys_and_placeholders():
    v = read_file(DATA / "bagisto/lang/ru/app.php")[0]
    seg = {s.id: s for s in v.segments}
    assert seg["customers.customers.index.title"].text == "Клиенты"
    login = seg["customers.customers.index.login-message"]
    assert login.text == "Вы вошли как :customer_name"
    assert (login.text.index(":"), len(login.text)) in login.protected
    assert len(v.segments) == len(read_file(DATA / "bagisto/lang/en/app.php")[0].segments)


def test_properties_unicode_escapes_and_default_bundle():
    ru = {s.id: s.text for s in read_file(DATA / "jenkins/index_ru.properties")[0].segments}
    assert ru["Build Artifacts"] == "Артефакты" and ru["startedAgo"] == "Запущен {0} назад"
    en = read_file(DATA / "jenkins/index.properties", "en")[0]
    assert [(s.id, s.text) for s in en.segments] == [("startedAgo", "Started {0} ago")]
    assert en.segments[0].context is None            # the licence header is set off by a blank line


def test_properties_continuation_and_latin1(tmp_path):
    p = tmp_path / "messages_de.properties"
    p.write_bytes("# Kunden\ncustomer.list = Liste der \\\n    Kunden und K\xe4ufer\nkey2:Wert\n".encode("iso-8859-1"))
    seg = {s.id: s for s in read_file(p)[0].segments}
    assert seg["customer.list"].text == "Liste der Kunden und Käufer" and seg["customer.list"].context == "Kunden"
    from audit.model import Fix
    from audit.files.writers import rewrite
    t = seg["customer.list"].text
    k = t.index("Kunden")
    out = rewrite(p, "properties", [Fix(k, k + 6, "Kunden", "Mandanten→", unit="customer.list")])
    # ISO-8859-1 file: what Latin-1 cannot hold is written \uXXXX
    only_change(p.read_bytes(), out, b"Kunden", b"Mandanten\\u2192")


def test_ini_quotes_entities_and_comments():
    seg = {s.id: s for s in read_file(DATA / "joomla/ru-RU.com_users.ini")[0].segments}
    label = seg["COM_USERS_FILTER_LABEL"]
    assert label.text == "Фильтр пользователей:&#160;" and (len(label.text) - 6, len(label.text)) in label.protected
    assert seg["COM_USERS"].context is None and seg["COM_USERS"].line == 7


def test_json_i18next_and_arb_metadata():
    ru = {s.id: s for s in read_file(DATA / "jitsi/main-ru.json")[0].segments}
    assert ru["connectionindicator.localaddress_2"].text == "Локальных адресов:"
    lock = ru["dialog.lockRoom"]
    assert lock.text.endswith("$t(lockRoomPasswordUppercase)") and lock.protected[-1][1] == len(lock.text)
    arb = read_file(DATA / "flutter-gallery/intl_en.arb")[0]
    seg = {s.id: s for s in arb.segments}
    assert not any(k.startswith("@") for k in seg)
    assert seg["githubRepo"].context == "Represents a link to a GitHub repository."
    cart = seg["shrineCartItemCount"]
    # ICU syntax protected, its words not
    covered = {i for a, b in cart.protected for i in range(a, b)}
    assert cart.text.index("{quantity, plural,") in covered
    assert cart.text.index("ITEMS") not in covered


def test_stringsdict_plural_categories():
    v = read_file(DATA / "deltachat-ios/ru.lproj/Localizable.stringsdict")[0]
    seg = {s.id: s.text for s in v.segments}
    assert v.lang == "ru"
    assert seg["n_contacts/localized_format_key/few"] == "%d контакта"
    assert not any("NSStringFormat" in k or t == "NSStringPluralRuleType" for k, t in seg.items())


def test_qt_ts_carries_its_own_source(tmp_path):
    p = tmp_path / "twoDModelRunner_ru.ts"
    shutil.copy(DATA / "trik-studio/twoDModelRunner_ru.ts", p)
    insert_after(p, "<name>QObject</name>", "    <message>\n        <source>Client or customer?</source>\n"
                                             "        <translation>Клиент или клиент?</translation>\n    </message>\n")
    src, tgt = read_file(p)
    assert (src.lang, tgt.lang, src.is_source) == ("en", "ru", True)
    assert not any("obsolete" in (s.context or "") for s in tgt.segments)
    assert len(src.segments) == len(read_file(DATA / "trik-studio/twoDModelRunner_ru.ts")[0].segments) + 1
    res = invoke("check", p, "--format", "json")
    assert res.exit_code == 1
    (f,) = [f for f in json.loads(res.stdout)["findings"] if f["unit"] == "QObject::Client or customer?"]
    # the customer word depends on the domain inferred for the file (заказчик in a business text)
    word = f["replacement"]
    assert (f["term"], f["start"]) == ("клиент", 11) and word in ("покупатель", "заказчик")
    from audit.model import Fix
    from audit.files.writers import rewrite
    out = rewrite(p, "ts", [Fix(f["start"], f["end"], "клиент", word, unit=f["unit"])], mark_changed=True)
    text = out.decode("utf-8")
    assert f'<translation type="unfinished">Клиент или {word}?</translation>' in text
    assert len(text) == len(p.read_text(encoding="utf-8")) + len(word) - len("клиент") + len(' type="unfinished"')


def test_qt_ts_through_run_and_apply(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "trik-studio/twoDModelRunner_vi.ts", corpus)
    ru = corpus / "twoDModelRunner_ru.ts"
    shutil.copy(DATA / "trik-studio/twoDModelRunner_ru.ts", ru)
    insert_after(ru, "<name>QObject</name>", "    <message>\n        <source>Client or customer?</source>\n"
                                              "        <translation>Клиент или клиент?</translation>\n    </message>\n")
    before = ru.read_bytes()
    res = invoke("run", corpus, "--out", tmp_path / "rep", "--quiet")
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "rep" / "findings.json").read_text(encoding="utf-8"))
    # the Vietnamese file names neither concept: no false alarm there
    assert [(Path(f["file"]).name, f["unit"]) for f in data["findings"]] == [
        ("twoDModelRunner_ru.ts", "QObject::Client or customer?")]
    report = tmp_path / "rep" / "audit.xlsx"
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    hdr = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        row[hdr.index("Decision")].value = "accept"
    wb.save(report)
    result = apply_report(report, out_dir=tmp_path / "fixed")
    (out,) = result.written
    (word,) = [f["replacement"] for f in data["findings"]]
    assert word in ("покупатель", "заказчик")
    only_change(before, out.read_bytes(), "клиент".encode(), word.encode())


def test_yaml_multiline_scalars_unfold_and_write_back(tmp_path):
    p = tmp_path / "ru.yml"
    p.write_text('ru:\n  long: >\n    Клиент или\n    клиент?\n  lit: |\n    Первая строка\n      клиент\n'
                 '  dq: "Клиент \\\n    или \\"клиент\\""\n  plain: Клиент или\n    клиент\n', encoding="utf-8")
    seg = {s.id: s.text for s in read_file(p)[0].segments}
    assert seg == {"long": "Клиент или клиент?", "lit": "Первая строка\n  клиент",
                   "dq": 'Клиент или "клиент"', "plain": "Клиент или клиент"}
    from audit.model import Fix
    from audit.files.writers import rewrite
    for uid, text in seg.items():
        k = text.rindex("клиент")
        out = rewrite(p, "yaml", [Fix(k, k + 6, "клиент", "покупатель", unit=uid)])
        only_change(p.read_bytes(), out, "клиент".encode(), "покупатель".encode())


@pytest.mark.parametrize("name, fmt, text, uid", [
    ("ru.json", "json", '{\r\n  "a": {\r\n    "b": "Клиент или клиент?"\r\n  }\r\n}\r\n', "a.b"),
    ("ru.yml", "yaml", "ru:\r\n  a:\r\n    b: Клиент или\r\n      клиент?\r\n", "a.b"),
    ("m_ru.properties", "properties", "# c\r\na.b = Клиент или \\\r\n   клиент?\r\n", "a.b"),
    ("ru-RU.ini", "ini", '; c\r\nA_B="Клиент или клиент?"\r\n', "A_B"),
    ("ru.php", "php", "<?php\r\n$lang['a']['b'] = \"Клиент или клиент?\";\r\n", "a.b"),
    ("Localizable.strings", "strings", '/* c */\r\n"a.b" = "Клиент или клиент?";\r\n', "a.b"),
])
def test_crlf_and_bom_survive_write_back(tmp_path, name, fmt, text, uid):
    from audit.model import Fix
    from audit.files.writers import rewrite
    p = tmp_path / name
    p.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    seg = next(s for s in read_file(p, "ru")[0].segments if s.id == uid)
    assert seg.text == "Клиент или клиент?"
    k = seg.text.rindex("клиент")
    out = rewrite(p, fmt, [Fix(k, k + 6, "клиент", "покупатель", unit=uid)])
    only_change(p.read_bytes(), out, "клиент".encode(), "покупатель".encode())
    assert out.startswith(b"\xef\xbb\xbf") and out.count(b"\r\n") == p.read_bytes().count(b"\r\n")
