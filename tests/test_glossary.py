"""Glossary compliance (issue 24): term-missing and term-forbidden through
inflection, in every termbase format, on real glossaries (the GNOME Glossary
as TBX, the Swedish GNOME word list as CSV: tests/data/glossaries) and real
translation files; the project profile that remembers rejections; pofilter's
tests as findings of their own."""
import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.errors import InputError
from audit.run.api import check_files, prepared_termbase
from audit.terms.termbase import load_termbase
from audit.text.termfind import find
from conftest import po

ROOT = Path(__file__).resolve().parent.parent
GLOSSARIES = ROOT / "tests" / "data" / "glossaries"
GNOME_TBX = GLOSSARIES / "gnome" / "gnome-glossary.tbx"
SV_CSV = GLOSSARIES / "gnome" / "sv-ordlista.csv"
REAL = ROOT / "tests" / "data" / "realworld"
runner = CliRunner()


@pytest.fixture(scope="module")
def gnome():
    return load_termbase(GNOME_TBX)


def entry(tb, en):
    return next(e for e in tb.glossary if any(t.locale == "en" and t.text == en for t in e.terms))


# ---- reading the three formats ----------------------------------------------------

def test_the_gnome_glossary_reads_as_tbx_with_its_locales_kept_apart(gnome):
    assert len(gnome.glossary) == 911 and not gnome.distinctions
    e = entry(gnome, "Download")
    assert [t.text for t in e.approved("pl")] == ["Pobierz"]
    assert {t.text for t in e.approved("zh_CN")} != {t.text for t in e.approved("zh_TW")}
    # pt_BR.po gets the Brazilian term, a bare "pt" both variants' terms
    f = entry(gnome, "File")
    assert [t.text for t in f.approved("pt_BR")] == ["Arquivo"]
    assert {t.text for t in f.approved("pt")} == {"Arquivo", "Ficheiro"}


def test_the_swedish_word_list_reads_as_csv_with_its_forbidden_terms():
    tb = load_termbase(SV_CSV)
    download = next(e for e in tb.glossary if e.id == "download")
    assert [t.text for t in download.approved("sv")] == ["hämta"]
    assert [(t.text, t.status) for t in download.forbidden("sv")] == [("ladda ner", "forbidden")]


def test_toml_glossary_with_enforce_forbidden_and_do_not_translate(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text('enforce = true\n[[entry]]\nid = "folder"\nterms = { en = "folder", ru = ["папка", "каталог"] }\n'
                    'deprecated = { ru = "директория" }\n[[entry]]\nid = "deluge"\ndnt = true\nenforce = false\n'
                    'terms = { en = "Deluge" }\n', encoding="utf-8")
    folder, deluge = load_termbase(path).glossary
    assert folder.enforce and not deluge.enforce and deluge.dnt
    assert [(t.text, t.status) for t in folder.forbidden("ru")] == [("директория", "deprecated")]
    assert [t.status for t in folder.approved("ru")] == ["preferred", "admitted"]


TBX = """<?xml version="1.0"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic"><text><body>
<conceptEntry id="folder"><descrip type="enforce">yes</descrip>
 <langSec xml:lang="en"><termSec><term>folder</term></termSec></langSec>
 <langSec xml:lang="ru"><termSec><term>папка</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
  <termSec><term>директория</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></termSec>
  <termSec><term>фолдер</term><termNote type="administrativeStatus">forbidden</termNote></termSec></langSec></conceptEntry>
<conceptEntry id="brand"><langSec xml:lang="en"><termSec><term>Deluge</term>
 <termNote type="translationNote">no</termNote></termSec></langSec></conceptEntry>
</body></text></tbx>"""


def test_tbx_statuses_do_not_translate_and_enforce(tmp_path):
    path = tmp_path / "g.tbx"
    path.write_text(TBX, encoding="utf-8")
    folder, brand = load_termbase(path).glossary
    assert folder.enforce and brand.dnt
    assert [(t.text, t.status) for t in folder.forbidden("ru")] == [("директория", "deprecated"), ("фолдер", "forbidden")]


def test_csv_enforce_column_for_a_distinction(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("distinction,concept,lang,term,status,enforce\nd,client,de,Mandant,preferred,yes\n"
                    "d,customer,de,Käufer,preferred,\n", encoding="utf-8")
    assert load_termbase(path).distinctions[0].enforce


@pytest.mark.parametrize("text, problem", [
    ("distinction,concept,lang,term,status,enforce\nd,a,de,x,preferred,maybe\nd,b,de,y,,\n",
     "line 2: enforce must be true or false"),
    ("distinction,concept,lang,term,status,enforce\nd,a,de,x,preferred,yes\nd,b,de,y,,no\n",
     "line 3: enforce no for distinction 'd', but line 2 says yes"),
    ("distinction,concept,lang,term,status\nd,a,de,x,forbidden\n", "line 2: status 'forbidden' is for glossary rows"),
    ("concept,lang,term,status\nfile,fi,tiedosto,forbidden\n", "entry 'file': only forbidden terms"),
    ("concept,lang,term,status\nfile,fi,tiedosto,preferred\nfile,fi,tiedosto,forbidden\n",
     "entry 'file', fi: 'tiedosto' is both approved and forbidden"),
])
def test_csv_glossary_errors_name_the_line(tmp_path, text, problem):
    path = tmp_path / "g.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_termbase(path)
    assert problem in str(e.value)


def test_audit_terms_explains_enforce_and_status_in_each_format(tmp_path):
    tbx = tmp_path / "g.tbx"
    tbx.write_text(TBX, encoding="utf-8")
    out = runner.invoke(app, ["terms", str(tbx)]).output
    assert "entry folder [enforce]" in out and "!директория (deprecated)" in out and "entry brand (dnt)" in out
    out = runner.invoke(app, ["terms", str(SV_CSV), "--lang", "sv"]).output
    assert "!ladda ner (forbidden)" in out and "term-forbidden" in out
    bad = tmp_path / "bad.toml"
    bad.write_text('[[entry]]\nid = "x"\nterms = { en = "x" }\nenforce = "yes"\n', encoding="utf-8")
    r = runner.invoke(app, ["terms", str(bad)])
    assert r.exit_code == 2 and "entry 'x': enforce must be true or false" in r.output


# ---- finding terms through inflection -------------------------------------------------

@pytest.mark.parametrize("lang, text, term, found", [
    ("fi", "Lataa tiedostoja ja tiedostonimi", "tiedosto", ["tiedostoja", "tiedostonimi"]),
    ("ru", "Выберите папку для файлов", "папка", ["папку"]),
    ("pl", "Pobierz pliki z plikami", "plik", ["pliki", "plikami"]),
    ("tr", "Sıralı indirme; İndirme hızı", "indirme", ["indirme", "İndirme"]),
    ("tr", "Aynı anda kullanımına izin ver", "İzin vermek", ["izin ver"]),
    ("hu", "Fájlok letöltése a mappába", "mappa", ["mappába"]),
    ("zh", "要监听的接口的IP地址", "IP 地址", ["IP地址"]),
    ("ja", "フォルダを選択してください", "フォルダー", ["フォルダ"]),
])
def test_an_approved_term_is_found_in_any_inflected_form(lang, text, term, found):
    assert [text[m.start:m.end] for m in find(text, [term], lang, lenient=True)] == found


def test_a_source_term_is_matched_as_the_word_it_is():
    text = "Download a new blocklist file and import it. Half-Open blocks; e-mail"
    assert [text[m.start:m.end] for m in find(text, ["AND", "Open", "Blocked", "email"], "en")] == ["e-mail"]


# ---- the checks on real files -----------------------------------------------------------

@pytest.fixture(scope="module")
def deluge_pl(gnome):
    result = check_files(REAL / "deluge" / "pl.po", termbase=gnome)
    return [f for v in result.versions for f in v.findings]


def test_term_missing_on_real_polish_flags_a_misspelt_term_and_not_its_inflections(deluge_pl):
    missing = [f for f in deluge_pl if f.kind == "term-missing"]
    assert any(f.sentence == "_Menadżer połączeń" and "'Menedżer'" in f.note for f in missing)
    flagged = {f.sentence for f in missing}
    # inflected and derived forms of approved terms are not findings (a string match flags them)
    assert "Maksymalna liczba połączeń" not in {f.sentence for f in missing if "'Połączenie'" in f.note}
    assert "Preferencje" not in flagged
    assert all(f.distinction == "glossary" and f.severity == "minor" for f in missing)


def test_term_missing_on_real_japanese_and_chinese(gnome):
    for name in ("ja.po", "zh_CN.po"):
        result = check_files(REAL / "deluge" / name, termbase=gnome)
        missing = [f for v in result.versions for f in v.findings if f.kind == "term-missing"]
        assert missing
        assert not any("'IP 地址'" in f.note and "IP地址" in f.sentence for f in missing)


def test_a_one_word_target_gets_the_approved_term_as_replacement(deluge_pl):
    one = next(f for f in deluge_pl if f.kind == "term-missing" and f.sentence == "Opcje")
    assert one.replacement == "Preferencje" and one.suggestion == "Preferencje"


def test_term_forbidden_suggests_the_approved_term_inflected_like_the_word(tmp_path):
    tb = tmp_path / "g.toml"
    tb.write_text('[[entry]]\nid = "folder"\nterms = { en = "folder", ru = "папка" }\ndeprecated = { ru = "директория" }\n',
                  encoding="utf-8")
    path = po(tmp_path, "ru", [("Save files in the folder", "Сохранять файлы в директории"),
                               ("Folder", "Директория")])
    found = [f for v in check_files(path, termbase=load_termbase(tb)).versions for f in v.findings]
    assert [(f.kind, f.term, f.replacement) for f in found] == [
        ("term-forbidden", "директории", "папке"), ("term-forbidden", "Директория", "Папка")]


def test_term_forbidden_on_a_real_swedish_file_with_the_real_word_list(tmp_path):
    # the Swedish GNOME word list forbids "ladda ner" (use hämta): not in deluge's sv.po
    sv = GLOSSARIES / "files" / "deluge" / "sv.po"
    found = [f for v in check_files(sv, termbase=load_termbase(SV_CSV)).versions for f in v.findings]
    assert not [f for f in found if f.kind == "term-forbidden"]
    path = po(tmp_path, "sv", [("Download the file", "Ladda ner filen")])
    found = [f for v in check_files(path, termbase=load_termbase(SV_CSV)).versions for f in v.findings]
    assert [(f.kind, f.term) for f in found] == [("term-forbidden", "Ladda ner")]


def test_do_not_translate_terms_must_stay(tmp_path):
    tb = tmp_path / "g.toml"
    tb.write_text('[[entry]]\nid = "deluge"\ndnt = true\nterms = { en = "Deluge" }\n', encoding="utf-8")
    path = po(tmp_path, "de", [("Quit Deluge", "Deluge beenden"), ("About Deluge", "Über Sintflut")])
    found = [f for v in check_files(path, termbase=load_termbase(tb)).versions for f in v.findings]
    assert [(f.kind, f.sentence) for f in found] == [("term-missing", "Über Sintflut")]


def test_locale_variants_are_kept_apart_and_the_profile_chooses(tmp_path, gnome):
    path = tmp_path / "pt.po"
    path.write_text(po(tmp_path, "x", [("Open file", "Abrir ficheiro")]).read_text(encoding="utf-8")
                    .replace("Language: x", "Language: pt"), encoding="utf-8")
    def findings(tb):
        return [f.note for v in check_files(path, termbase=tb).versions for f in v.findings if "'file'" in f.note]
    assert findings(gnome) == []                               # bare pt: either variant's term
    profile = tmp_path / "audit.toml"
    profile.write_text('locales = { pt = "pt-BR" }\n', encoding="utf-8")
    from audit.files.profile import load_profile
    brazilian = prepared_termbase(GNOME_TBX, load_profile(profile))
    assert any("'Arquivo'" in n for n in findings(brazilian))  # pt-BR: ficheiro is not its word


# ---- the project profile ---------------------------------------------------------------

def test_a_rejection_recorded_in_the_profile_keeps_the_finding_out_of_a_fresh_run(tmp_path):
    corpus = tmp_path / "proj"
    (corpus / "app").mkdir(parents=True)
    (corpus / "app" / "pl.po").write_bytes((REAL / "deluge" / "pl.po").read_bytes())
    (corpus / "audit.toml").write_text(f'domain = "software"\ntermbases = ["{GNOME_TBX.as_posix()}"]\n', encoding="utf-8")
    r = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path / "r1"), "-q", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    first = json.loads((tmp_path / "r1" / "findings.json").read_text(encoding="utf-8"))["findings"]
    wb = openpyxl.load_workbook(tmp_path / "r1" / "audit.xlsx")
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    rejected = ws.cell(2, header.index("ID") + 1).value
    assert ws.cell(2, header.index("MQM category") + 1).value == "Terminology > Inconsistent with termbase"
    ws.cell(2, header.index("Decision") + 1).value = "reject"
    wb.save(tmp_path / "r1" / "audit.xlsx")
    r = runner.invoke(app, ["ignore", str(tmp_path / "r1" / "audit.xlsx")])
    assert r.exit_code == 0 and "1 rejected finding(s) added" in r.output
    assert f'id = "{rejected}"' in (corpus / "audit.toml").read_text(encoding="utf-8")
    r = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path / "r2"), "-q", "--jobs", "1"])
    second = json.loads((tmp_path / "r2" / "findings.json").read_text(encoding="utf-8"))["findings"]
    assert {f["id"] for f in first} - {f["id"] for f in second} == {rejected}
    assert len(second) == len(first) - 1 and "1 finding(s) not reported" in r.output


def test_an_ignore_pattern_by_term_context_and_files(tmp_path):
    from audit.files.profile import Ignore
    from audit.model import Evidence, Finding
    f = Finding("app/de.po", "de", 0, 5, "Kunde", "x", None, None, "term-missing", "minor", 0.8,
                [Evidence("glossary", text="customer account")], "Kunde")
    assert Ignore(term="kunde", context="customer", files="app/*.po").matches(f, "app/de.po")
    assert not Ignore(term="kunde", files="other/*.po").matches(f, "app/de.po")


@pytest.mark.parametrize("text, problem", [
    ('ignore = [{ reason = "x" }]', "ignore #1: give the finding's id, or a pattern"),
    ('termbases = ["nope.tbx"]', "termbases: 'nope.tbx' is not a file"),
    ('locales = { pt = "es-ES" }', "locales: pt = 'es-ES' is a variant of another language"),
    ('checks = ["bogus"]', "unknown check 'bogus'"),
])
def test_a_bad_profile_is_one_line_and_exit_2(tmp_path, text, problem):
    (tmp_path / "audit.toml").write_text(text + "\n", encoding="utf-8")
    path = po(tmp_path, "de", [("File", "Datei")])
    r = runner.invoke(app, ["check", str(path)])
    assert r.exit_code == 2 and problem in r.output and "Traceback" not in r.output


# ---- pofilter's tests ------------------------------------------------------------------

def test_pofilter_tests_are_findings_of_their_own_when_chosen(tmp_path):
    path = po(tmp_path, "de", [("Download %s files", "Dateien herunterladen"), ("Save", "Speichern Speichern")])
    assert check_files(path).findings == []                     # off by default
    tb = prepared_termbase(None, None, ["printf", "doublewords"])
    found = check_files(path, termbase=tb).findings
    assert sorted((f.kind, f.unit) for f in found) == [("qa-doublewords", "Save"), ("qa-printf", "Download %s files")]
    r = runner.invoke(app, ["check", str(path), "--checks", "pofilter", "--format", "json"])
    kinds = {f["kind"] for f in json.loads(r.stdout)["findings"]}
    assert {"qa-printf", "qa-doublewords"} <= kinds


def test_a_term_forbidden_fix_accepted_in_the_workbook_is_applied(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "g.toml").write_text('[[entry]]\nid = "folder"\nterms = { en = "folder", ru = "папка" }\n'
                                   'deprecated = { ru = "директория" }\n', encoding="utf-8")
    (corpus / "audit.toml").write_text('termbases = ["g.toml"]\n', encoding="utf-8")
    path = po(corpus, "ru", [("Save files in the folder", "Сохранять файлы в директории")])
    r = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path / "r"), "-q", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    wb = openpyxl.load_workbook(tmp_path / "r" / "audit.xlsx")
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    assert ws.cell(2, header.index("Kind") + 1).value == "term-forbidden"
    ws.cell(2, header.index("Decision") + 1).value = "accept"
    wb.save(tmp_path / "r" / "audit.xlsx")
    r = runner.invoke(app, ["apply", str(tmp_path / "r" / "audit.xlsx"), "--in-place"])
    assert r.exit_code == 0, r.output
    assert 'msgstr "Сохранять файлы в папке"' in path.read_text(encoding="utf-8")


def test_the_profile_domain_is_used_and_named_as_the_reason(tmp_path):
    seed = Path(__file__).resolve().parent.parent / "corpora" / "ru-client-or-customer.txt"
    (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "audit.toml").write_text('domain = "Legal"\n', encoding="utf-8")
    r = runner.invoke(app, ["check", str(tmp_path / seed.name), "--format", "json"])
    assert r.exit_code == 1, r.output
    notes = [f["note"] for f in json.loads(r.stdout)["findings"]]
    assert notes and all("domain: legal, set in audit.toml" in n for n in notes if "domain:" in n)
    assert any("domain: legal" in n for n in notes)


def test_an_unknown_profile_domain_is_one_line_naming_the_profile(tmp_path):
    (tmp_path / "de.txt").write_text("Der Kunde und der Kunde.\n", encoding="utf-8")
    (tmp_path / "audit.toml").write_text('domain = "cooking"\n', encoding="utf-8")
    r = runner.invoke(app, ["check", str(tmp_path / "de.txt")])
    assert r.exit_code == 2
    assert "audit.toml: domain: unknown domain 'cooking'" in r.output and "Traceback" not in r.output
