"""The silent misreads issue 26 found by running peer projects' format test
files (tests/data/peers): each was exit 0 with wrong text audited or right
text skipped. Each test here failed on the code before the fix, except the
tests marked "guard", which hold what must not change with it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.errors import InputError
from audit.files.readers import read_file
from audit.files.writers import rewrite
from audit.model import Fix
from audit.text.langdetect import detect_language

PEERS = Path(__file__).parent / "data" / "peers"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def texts(path: Path, lang: str | None = None) -> dict[str, dict[str, str]]:
    """version label -> {unit id: text}"""
    return {v.label: {s.id: s.text for s in v.segments} for v in read_file(path, lang)}


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


# --- CSV: headers by name ------------------------------------------------------

def test_csv_context_source_header_is_a_template_not_data():
    got = texts(PEERS / "weblate" / "en-multi.csv")
    assert got == {"en-multi.csv (source)": {"22298006": "Myocardial infarction (disorder)",
                                            "271681002": "Stomach ache (finding)", "271681003": "Test"}}


def test_csv_context_target_header_is_monolingual(tmp_path):
    p = write(tmp_path, "fr.csv", "context,target\n22298006,Infarctus du myocarde\n271681002,Douleur gastrique\n")
    (v,) = read_file(p, "fr")
    assert not v.is_source and {s.id: s.text for s in v.segments} == {
        "22298006": "Infarctus du myocarde", "271681002": "Douleur gastrique"}


def test_csv_headers_in_any_order_and_case(tmp_path):
    p = write(tmp_path, "de.csv", "Developer_Comments,TARGET,Location,Source,Context\n"
                                  "shown on login,Der Kunde meldet sich an,login.py:3,The customer logs in,login\n")
    src, tgt = read_file(p, "de")
    assert src.segments[0].text == "The customer logs in" and tgt.segments[0].text == "Der Kunde meldet sich an"
    assert tgt.segments[0].id == "login" and src.segments[0].context == "shown on login"


def test_csv_keys_in_the_source_column_are_ids_not_text():
    (v,) = read_file(PEERS / "weblate" / "cs-mono.csv")
    assert {s.id: s.text for s in v.segments} == {"HELLO": "Hello, world!\n", "THANKS": "Děkujeme za použití Weblate."}


def test_csv_headerless_key_value_is_monolingual():
    (v,) = read_file(PEERS / "weblate" / "en-simple.csv")
    assert v.segments[0].id == "objectAccessDenied"
    assert not any(s.text == s.id for s in v.segments)


def test_monolingual_csv_writes_back_by_key(tmp_path):
    p = shutil.copy(PEERS / "weblate" / "fr-multi-mono.csv", tmp_path / "fr.csv")
    new = rewrite(Path(p), "csv", [Fix(0, 9, "Infarctus", "Crise", unit="22298006~2")])
    assert new == Path(p).read_bytes().replace(b'"Infarctus du myocarde"', b'"Crise du myocarde"')


# --- JSON dialects -------------------------------------------------------------

def test_webextension_reads_messages_only():
    (v,) = read_file(PEERS / "weblate" / "cs-webext.json")
    assert [(s.id, s.text, s.context) for s in v.segments] == [("hello", "Ahoj světe!\n", "Description")]


def test_go_i18n_v1_and_v2_read_translations_only():
    for name in ("cs-go18n-v1.json", "cs-go18n-v2.json"):
        (v,) = read_file(PEERS / "weblate" / name)
        assert [s.id for s in v.segments] == ["hello", "orangutan.one", "orangutan.other"], name
        assert "Description" not in [s.text for s in v.segments]


def test_formatjs_reads_default_messages_only():
    (v,) = read_file(PEERS / "weblate" / "cs-formatjs.json", "en")
    assert {s.id: s.text for s in v.segments}["haqsd"] == "Delete user {name}"
    assert len(v.segments) == 4 and v.segments[0].context == "title of control panel section"


def test_webextension_fix_writes_back_into_the_message(tmp_path):
    p = write(tmp_path, "messages.json", '{"greet": {"message": "Der Kunde zahlt", "description": "Kunde here is a note"}}')
    new = rewrite(p, "json", [Fix(4, 9, "Kunde", "Mandant", unit="greet")])
    assert new == b'{"greet": {"message": "Der Mandant zahlt", "description": "Kunde here is a note"}}'


def test_plain_json_with_a_description_key_is_not_a_dialect(tmp_path):
    # guard: a "description" key in plain nested JSON is text
    p = write(tmp_path, "en.json", '{"app": {"title": "Customers", "description": "Manage your clients"}}')
    (v,) = read_file(p)
    assert {s.id for s in v.segments} == {"app.title", "app.description"}


# --- encodings -----------------------------------------------------------------

def test_po_declared_koi8r_written_latin1_is_refused():
    r = invoke("check", PEERS / "translate-toolkit" / "f43.tgif.fr.po")
    assert r.exit_code == 2
    assert r.output.count("\n") == 1 and "does not decode as its charset says" in r.output and "SymИtrie" in r.output


def test_po_wrong_charset_with_force_is_a_warning():
    r = invoke("check", PEERS / "translate-toolkit" / "f43.tgif.fr.po", "--force")
    assert r.exit_code in (0, 1) and "audit: warning:" in r.output and "--force" in r.output


def test_po_wrong_charset_read_right_with_encoding():
    # guard: --encoding is the way out the refusal names
    tgt = texts(PEERS / "translate-toolkit" / "f43.tgif.fr.po")
    assert tgt["f43.tgif.fr.po (target)"]["Flip/Rotate"] == "SymИtrie/Rotation"     # as declared: garbled
    r = invoke("check", PEERS / "translate-toolkit" / "f43.tgif.fr.po", "--encoding", "latin-1")
    assert r.exit_code in (0, 1), r.output


def test_utf8_read_as_latin1_is_refused(tmp_path):
    body = "".join(f'msgid "Customer {i}"\nmsgstr "Le client numéro {i} a été créé"\n\n' for i in range(5))
    p = write(tmp_path, "fr.po", 'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n' + body)
    r = invoke("check", p)
    assert r.exit_code == 2 and "UTF-8 byte sequences" in r.output


def test_units_with_greek_symbols_are_text_not_a_wrong_charset(tmp_path):
    # GNOME Calculator's units ("mm³,μL,uL", "μm", "kΩ") mix a Greek symbol
    # into Latin letters; a file full of them was refused as garbled
    units = ["mm³,μL,uL", "μm,um", "μs,us", "kΩ,kohm", "MΩ", "μmol"]
    body = "".join(f'msgid "{u}"\nmsgstr "{u}"\n\n' for u in units)
    body += 'msgid "Customer"\nmsgstr "Kunde"\n\n'
    p = write(tmp_path, "de.po", 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n' + body)
    r = invoke("check", p)
    assert r.exit_code in (0, 1), r.output


# --- XLIFF -----------------------------------------------------------------------

def test_xliff_gettext_header_unit_is_not_text(tmp_path):
    p = shutil.copy(PEERS / "weblate" / "cs.poxliff", tmp_path / "cs.xlf")
    got = texts(Path(p))
    assert got["cs.xlf (target)"] == {"2": "Ahoj světe!\n"}
    assert not any("Project-Id-Version" in t for side in got.values() for t in side.values())


def test_poxliff_suffix_is_xliff():
    assert texts(PEERS / "weblate" / "cs.poxliff")["cs.poxliff (target)"] == {"2": "Ahoj světe!\n"}


def test_xliff_translate_no_group_is_skipped(tmp_path):
    p = write(tmp_path, "de.xlf", '<xliff version="1.2"><file source-language="en" target-language="de"><body>'
                                  '<group translate="no"><trans-unit id="a"><source>Client</source><target>Kunde</target>'
                                  '</trans-unit></group><trans-unit id="b"><source>Customer</source><target>Kunde</target>'
                                  '</trans-unit></body></file></xliff>')
    assert texts(p)["de.xlf (target)"] == {"b": "Kunde"}


def test_xliff_without_target_language_is_detected_not_und():
    got = read_file(PEERS / "translate-toolkit" / "states.xlf")
    assert [v.lang for v in got] == ["en", "fr"]


def test_android_translatable_false_stays_skipped(tmp_path):
    # guard
    d = tmp_path / "values-de"
    d.mkdir()
    p = write(d, "strings.xml", '<resources><string name="a" translatable="false">Kunde GmbH</string>'
                                '<string name="b">Der Kunde</string></resources>')
    assert texts(p) == {"strings.xml": {"b": "Der Kunde"}}


# --- languages -------------------------------------------------------------------

@pytest.mark.parametrize("name,text,code", [
    ("af.po", 'msgid ""\nmsgstr "Language: af\\n"\n\nmsgid "View"\nmsgstr "Bekyk"\n', "af"),
    ("sl.ini", 'HELLO="Pozdravljen svet!\\n"\nORANGUTAN="Orangutan ima %d banan.\\n"\n', "sl"),
    ("swing_messages_sl.properties", "Weblate.HELLO=Pozdravljen svet!\\n\nWeblate.ORANGUTAN=Orangutan ima %d banan.\\n\n", "sl"),
])
def test_unsupported_language_from_name_or_header_is_refused_in_check(tmp_path, name, text, code):
    r = invoke("check", write(tmp_path, name, text))
    assert r.exit_code == 2 and r.output.count("\n") == 1
    assert f"unsupported language {code!r}" in r.output and "no findings" not in r.output


def test_unsupported_language_detected_in_a_po_without_header():
    r = invoke("check", PEERS / "translate-toolkit" / "af-pootle.po")
    assert r.exit_code == 2 and "unsupported language 'af'" in r.output


def test_tmx_lang_sc_is_commented(tmp_path):
    p = write(tmp_path, "memory.tmx", '<tmx version="1.4"><header srclang="en"/><body><tu>'
                                      '<tuv xml:lang="en"><seg>The customer</seg></tuv>'
                                      '<tuv lang="SC"><seg>顾客</seg></tuv></tu></body></tmx>')
    r = invoke("check", p)
    assert r.exit_code == 2 and "unsupported language 'sc'" in r.output


def test_unsupported_language_is_a_warning_in_a_run(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "app").mkdir(parents=True)
    shutil.copy(PEERS / "translate-toolkit" / "af-pootle.po", corpus / "app" / "af.po")
    shutil.copy(PEERS / "weblate" / "cs.po", corpus / "app" / "cs.po")
    r = invoke("run", corpus, "--out", tmp_path / "reports", "--formats", "json", "--jobs", "1")
    assert r.exit_code == 0, r.output
    assert "warning:" in r.output and "af.po" in r.output and "unsupported language 'af'" in r.output
    report = (tmp_path / "reports" / "findings.json").read_text(encoding="utf-8")
    assert "cs.po" in report and "af.po" not in report


def test_detection_falls_back_to_the_neighbour_not_a_close_known_language():
    assert detect_language("Bekyk Stel voor Vertaal Oorskryf Sien na Argiveer Die lêer kon nie gestoor word nie") == "af"
    assert detect_language("Ahoj svet! Orangután má %d banánov. Vyskúšajte Weblate. Ďakujeme, že používate Weblate.") == "sk"
    assert detect_language("Ahoj světe! Orangutan má %d banán. Zkus Weblate. Děkujeme za použití Weblate.") == "cs"


# --- formats not read, and .resx -------------------------------------------------

@pytest.mark.parametrize("name", ["cs.dpo", "cs.mo", "en.idml", "cs-CZ.rc"])
def test_formats_not_read_are_refused_by_name(tmp_path, name):
    src = PEERS / "weblate" / "cs.po"
    p = tmp_path / name
    if name.endswith(".mo"):
        from translate.storage import mo, po
        with open(src, "rb") as f:
            catalogue = po.pofile.parsefile(f)
        out = mo.mofile()
        for u in catalogue.units:
            if u.istranslated() or u.isheader():
                out.addunit(out.UnitClass.buildfromunit(u))
        p.write_bytes(bytes(out))
    else:
        p.write_bytes(src.read_bytes())
    r = invoke("check", p)
    assert r.exit_code == 2 and r.output.count("\n") == 1
    assert f"unsupported format: {p.suffix}" in r.output and "language" not in r.output.split(":", 3)[-1][:40]
    with pytest.raises(InputError) as e:
        read_file(p)
    assert type(e.value).__name__ == "Unsupported"        # audit run warns and goes on without it


def test_resx_reads_values_with_comments_and_skips_non_text(tmp_path):
    p = write(tmp_path, "Strings.de.resx", RESX)
    (v,) = read_file(p)
    assert v.lang == "de" and v.fmt == "resx"
    assert [(s.id, s.text, s.context) for s in v.segments] == [("Greeting", "Der Kunde & der Mandant", "Start page")]


def test_resx_writes_back_only_the_word(tmp_path):
    p = write(tmp_path, "Strings.de.resx", RESX)
    new = rewrite(p, "resx", [Fix(4, 9, "Kunde", "Klient & Co", unit="Greeting")])
    assert new == RESX.replace("Der Kunde &amp;", "Der Klient &amp; Co &amp;").encode("utf-8")


def test_resx_check_finds_the_collapse(tmp_path):
    en = write(tmp_path, "Strings.resx", RESX.replace("Der Kunde &amp; der Mandant", "The client and the customer"))
    de = write(tmp_path, "Strings.de.resx", RESX.replace("Der Kunde &amp; der Mandant", "Der Kunde und der Kunde"))
    r = invoke("check", de, "--source", en, "--with", en, "--format", "json", "--align", "structure")
    assert r.exit_code == 1, r.output
    assert '"unit": "Greeting"' in r.output


def test_a_broken_resx_is_one_line(tmp_path):
    r = invoke("check", write(tmp_path, "de.resx", "<root><data name='a'><value>Kunde</data></root>"))
    assert r.exit_code == 2 and r.output.count("\n") == 1 and "de.resx" in r.output


RESX = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <data name="Greeting" xml:space="preserve">
    <value>Der Kunde &amp; der Mandant</value>
    <comment>Start page</comment>
  </data>
  <data name="Icon" type="System.Drawing.Bitmap, System.Drawing" mimetype="application/x-microsoft.net.object.bytearray.base64">
    <value>iVBORw0KGgo=</value>
  </data>
  <data name="&gt;&gt;label1.Name" xml:space="preserve"><value>label1</value></data>
  <data name="Empty"><value /></data>
</root>
"""


def test_an_untranslated_file_says_so_not_no_findings():
    empty = PEERS / "weblate" / "cs.resx"                 # every <value> empty
    r = invoke("check", empty)
    assert r.exit_code == 0 and "nothing to audit (no translated text)" in r.output and "no findings" not in r.output


def test_qt_ts_without_language_is_detected_not_und(tmp_path):
    p = write(tmp_path, "app.ts", '<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context><name>Main</name>'
                                  '<message><source>The customer pays the invoice.</source>'
                                  '<translation>Der Kunde bezahlt die Rechnung, und der Mandant wartet.</translation>'
                                  '</message></context></TS>')
    assert [v.lang for v in read_file(p)] == ["en", "de"]


@pytest.mark.parametrize("name,why", [("cs.xliff2", "the content is XLIFF: name it .xlf"),
                                      ("cs.ryml", "the content is YAML: name it .yml")])
def test_unknown_suffix_with_structured_content_is_not_read_as_prose(name, why):
    r = invoke("check", PEERS / "weblate" / name)
    assert r.exit_code == 2 and r.output.count("\n") == 1 and why in r.output


def test_unknown_suffix_with_prose_is_still_plain_text(tmp_path):
    p = write(tmp_path, "notes.rst", "Note: the customer is not the client.\nThe client pays.\n")
    (v,) = read_file(p, "en")
    assert v.fmt == "text" and len(v.segments) == 2


def test_po_named_app_is_not_language_app(tmp_path):
    text = (PEERS / "weblate" / "cs.po").read_text(encoding="utf-8").replace('"Language: cs\\n"\n', "")
    p = write(tmp_path, "app.po", text)
    assert [v.lang for v in read_file(p)] == ["en", "cs"]         # detected, not "app"


def test_columns_option_wins_over_the_key_column_guess():
    # guard: what --columns names is what is read
    from audit.files.readers.table import forced_columns
    with forced_columns("source=1,target=2"):
        src, tgt = read_file(PEERS / "weblate" / "fr-multi-mono.csv")
    assert src.segments[0].text == "22298006" and tgt.segments[0].text == "Infarctus myocardique"


def test_a_po_source_in_the_c_locale_is_english(tmp_path):
    """gettext's X-Source-Language: C (networkmanager-openvpn's zh_CN.po) is the
    program's own strings, not an unsupported language 'c'."""
    po = write(tmp_path, "zh_CN.po", 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                                     '"Language: zh_CN\\n"\n"X-Source-Language: C\\n"\n\n'
                                     'msgid "The client is connected"\nmsgstr "客户端已连接"\n')
    versions = read_file(po, None)
    assert [v.lang for v in versions] == ["en", "zh"]
    assert invoke("check", str(po)).exit_code == 0
