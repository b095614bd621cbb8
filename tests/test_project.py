"""Project mode: a localisation tree audited as it lies on disk, one workbook
with a per-language summary."""
from __future__ import annotations

import json
import shutil
from pathlib import Path, PurePosixPath

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.files.corpus import discover
from audit.errors import InputError
from audit.files.project import classify, is_project, is_project_root, project_sets
from conftest import CORPUS

DATA = Path(__file__).parent / "data" / "resources"
SHOP = DATA / "shop"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("rel, expected", [
    ("res/values-de/strings.xml", ("de", "res/values-{lang}/strings.xml")),
    ("res/values/strings.xml", (None, "res/values-{lang}/strings.xml")),
    ("App/ru.lproj/Localizable.strings", ("ru", "App/{lang}.lproj/Localizable.strings")),
    ("App/Base.lproj/Localizable.strings", (None, "App/{lang}.lproj/Localizable.strings")),
    ("config/locales/uk.yml", ("uk", "config/locales/{lang}.yml")),
    ("public/locales/de/common.json", ("de", "public/locales/{lang}/common.json")),
    ("lang/ru/app.php", ("ru", "lang/{lang}/app.php")),
    ("language/ru-RU/ru-RU.com_users.ini", ("ru-RU", "language/{lang}/{lang}.com_users.ini")),
    ("src/messages_de.properties", ("de", "src/messages_{lang}.properties")),
    ("translations/messages.vi.xlf", ("vi", "translations/messages.{lang}.xlf")),
    ("lib/l10n/intl_en.arb", ("en", "lib/l10n/intl_{lang}.arb")),
    ("res/values-night/strings.xml", None),          # a qualifier, not a language
    ("src/app.json", None),
    ("package.json", None),
])
def test_classify_paths(rel, expected):
    assert classify(PurePosixPath(rel)) == expected


def test_shop_is_a_project_and_the_default_corpus_is_not():
    assert is_project(SHOP) and is_project_root(SHOP)
    assert not is_project_root(CORPUS)
    sets = discover(SHOP)
    assert [s.name for s in sets] == ["android/res/values-{lang}/strings.xml",
                                      "ios/{lang}.lproj/Localizable.strings",
                                      "rails/config/locales/{lang}.yml"]
    android = sets[0]
    assert {(f.path.parent.name, f.lang, f.is_source) for f in android.files} == {
        ("values", "en", True), ("values-ru", "ru", False), ("values-de", "de", False), ("values-id", "id", False)}


def test_one_run_one_workbook_per_language_summary(tmp_path):
    res = invoke("run", SHOP, "--out", tmp_path / "rep", "--quiet")
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (tmp_path / "rep").iterdir()) == ["audit.xlsx", "findings.json", "review.html"]
    findings = json.loads((tmp_path / "rep" / "findings.json").read_text(encoding="utf-8"))["findings"]
    # the one contrast collapsed inside a unit; the rest of the shop uses one word for customer throughout
    assert [(f["lang"], f["unit"], f["term"], f["severity"]) for f in findings] == [
        ("ru", "test_client_or_customer", "клиент", "major")]
    ws = openpyxl.load_workbook(tmp_path / "rep" / "audit.xlsx", read_only=True)["Summary"]
    rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
    files = [r for r in rows[4:] if r[0] and "{lang}" in str(r[0]) and isinstance(r[3], int)]   # the Files table
    assert len(files) == 4 + 4 + 5                      # android 4, ios 4, rails 5 languages
    start = next(i for i, r in enumerate(rows) if r[0] == "Findings per language")
    header = rows[start + 1]
    assert header[:7] == ("Language", "Critical", "Major", "Minor", "Files", "Words", "Term occurrences")
    per_lang = {}
    for r in rows[start + 2:]:
        if not r[0]:
            break
        per_lang[r[0]] = r
    assert set(per_lang) == {"en", "ru", "de", "id", "uk"}
    assert per_lang["ru"][2] == 1 and per_lang["de"][2] == 0
    assert per_lang["en"][4] == 3 and per_lang["uk"][4] == 1   # files per language across the three formats
    assert all(per_lang[l][6] > 0 for l in per_lang)


def test_manifest_names_source_and_patterns(tmp_path):
    root = tmp_path / "app"
    (root / "i18n").mkdir(parents=True)
    shutil.copy(DATA / "jitsi/main.json", root / "i18n" / "english.json")
    shutil.copy(DATA / "jitsi/main-ru.json", root / "i18n" / "russian.json")
    assert not is_project(root)                      # the names say no language
    (root / "audit.toml").write_text('source = "en"\npatterns = ["i18n/{lang}.json"]\n', encoding="utf-8")
    (root / "i18n" / "english.json").rename(root / "i18n" / "en.json")
    (root / "i18n" / "russian.json").rename(root / "i18n" / "ru.json")
    (sset,) = project_sets(root)
    assert sset.name == "i18n/{lang}.json"
    assert {(f.path.name, f.lang, f.is_source) for f in sset.files} == {("en.json", "en", True), ("ru.json", "ru", False)}


def test_manifest_source_language_other_than_english(tmp_path):
    root = tmp_path / "app"
    shutil.copytree(DATA / "shop/rails", root)
    (root / "audit.toml").write_text('source = "de"\n', encoding="utf-8")
    (sset,) = project_sets(root)
    assert [f.lang for f in sset.files if f.is_source] == ["de"]


def test_missing_source_language_is_one_clear_error(tmp_path):
    root = tmp_path / "app" / "config" / "locales"
    root.mkdir(parents=True)
    for l in ("ru", "de"):
        shutil.copy(DATA / f"shop/rails/config/locales/{l}.yml", root)
    res = invoke("run", tmp_path / "app", "--out", tmp_path / "rep", "--quiet")
    assert res.exit_code == 2
    assert "no en (source) file for this resource" in res.output and "audit.toml" in res.output
    assert not (tmp_path / "rep").exists()


def test_bad_manifest(tmp_path):
    root = tmp_path / "app"
    shutil.copytree(DATA / "shop/rails", root)
    (root / "audit.toml").write_text('patterns = "config/*.yml"\n', encoding="utf-8")
    with pytest.raises(InputError, match="patterns must be a list"):
        project_sets(root)


def test_project_inside_a_corpus_with_bilingual_files(tmp_path):
    corpus = tmp_path / "corpora"
    shutil.copytree(CORPUS / "client-vs-customer", corpus / "client-vs-customer")
    shutil.copytree(SHOP / "rails", corpus / "shop")
    shutil.copy(DATA / "trik-studio/twoDModelRunner_ru.ts", corpus / "shop" / "twoDModelRunner_ru.ts")
    names = [s.name for s in discover(corpus)]
    assert "client-vs-customer" in names
    assert "shop/config/locales/{lang}.yml" in names and "shop/twoDModelRunner_ru.ts" in names


def test_keys_pair_across_folders(tmp_path):
    """locales/<lang>/common.json: same file name in every language, labels stay apart."""
    for l, name in (("en", "main.json"), ("ru", "main-ru.json")):
        d = tmp_path / "web" / "locales" / l
        d.mkdir(parents=True)
        shutil.copy(DATA / "jitsi" / name, d / "common.json")
    from audit.run.pipeline import load_versions
    (sset,) = project_sets(tmp_path / "web")
    versions = load_versions(sset.files)
    assert sorted(v.label for v in versions) == ["en/common.json", "ru/common.json"]
    ru = next(v for v in versions if v.lang == "ru")
    assert ru.prealigned_with == ("en/common.json",)


def test_an_app_with_docs_is_still_a_project(tmp_path):
    app_root = tmp_path / "app"
    shutil.copytree(SHOP / "rails", app_root)
    (app_root / "docs").mkdir()
    for name in ("README.md", "CHANGELOG.md", "notes.txt"):
        (app_root / "docs" / name).write_text("Some text about the app.\n", encoding="utf-8")
    assert is_project_root(app_root)
    assert [s.name for s in discover(app_root)] == ["config/locales/{lang}.yml"]


def test_gettext_tree_beside_a_pot(tmp_path):
    real = Path(__file__).parent / "data" / "realworld" / "tryton-sale"
    root = tmp_path / "sale"
    for lang in ("ru", "uk"):
        d = root / "locale" / lang / "LC_MESSAGES"
        d.mkdir(parents=True)
        shutil.copy(real / f"{lang}.po", d / "sale.po")
    (root / "locale" / "sale.pot").write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    assert is_project(root) and is_project_root(root)
    sets = discover(root)
    assert [s.name for s in sets] == ["locale/ru/LC_MESSAGES/sale.po", "locale/uk/LC_MESSAGES/sale.po"]
    from audit.run.pipeline import load_versions
    langs = {v.lang for s in sets for v in load_versions(s.files) if not v.is_source}
    assert langs == {"ru", "uk"}
