"""Every peer test file (tests/data/peers: Weblate's and translate-toolkit's
own format test data) is read with the units its format defines, or refused
in one line; never passed with misread content.

A file's units are counted as the tool reads them: per version (the source
and each target of a bilingual file, the one language of a resource file),
non-empty texts only (an empty message is an untranslated unit). Where
translate-toolkit's parser reads the file, its count of non-empty texts is
checked too (TTK below); where the two differ, DIFFERS says why.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.errors import InputError
from audit.files.sets import FileSpec, language_from_name
from audit.run.pipeline import load_versions

PEERS = Path(__file__).parent / "data" / "peers"

# file -> {version label: (language, units)}, or the refusal's message (its start)
EXPECTED = {
    "translate-toolkit/af-pootle.po": "af-pootle.po (target): unsupported language 'af'",
    "translate-toolkit/f43.tgif.fr.po": "f43.tgif.fr.po (target): the text does not decode as its charset says: "
                                        "92 words mix two alphabets (e.g. 'SymИtrie')",
    "translate-toolkit/flatxml-one.xml": "unsupported format: XML with a <root> root",
    "translate-toolkit/odf2xliff-reference.xlf": {"odf2xliff-reference.xlf (source)": ("en", 10)},
    "translate-toolkit/one.properties": {"one.properties": ("en", 1)},
    "translate-toolkit/one.rc": "unsupported format: .rc (Windows resource script",
    "translate-toolkit/plural.po": {"plural.po (source)": ("en", 3), "plural.po (target)": ("en", 3)},
    "translate-toolkit/po2csv-one.po": {"po2csv-one.po (source)": ("en", 2), "po2csv-one.po (target)": ("nl", 2)},
    "translate-toolkit/states.xlf": {"states.xlf (source)": ("en", 8), "states.xlf (target)": ("fr", 8)},
    "translate-toolkit/test.idml": "unsupported format: .idml (Adobe InDesign IDML package",
    "weblate/cs-formatjs.json": {"cs-formatjs.json": ("cs", 4)},
    "weblate/cs-go18n-v1.json": {"cs-go18n-v1.json": ("cs", 3)},
    "weblate/cs-go18n-v2.json": {"cs-go18n-v2.json": ("cs", 3)},
    "weblate/cs-mono.csv": {"cs-mono.csv": ("cs", 2)},
    "weblate/cs-nested.json": {"cs-nested.json": ("cs", 1)},
    "weblate/cs-quotes.csv": {"cs-quotes.csv (source)": ("en", 1), "cs-quotes.csv (target)": ("cs", 1)},
    "weblate/cs-webext.json": {"cs-webext.json": ("cs", 1)},
    "weblate/cs.csv": {"cs.csv": ("cs", 1)},
    "weblate/cs.ini": {"cs.ini": ("cs", 4)},
    "weblate/cs.json": {"cs.json": ("cs", 1)},
    "weblate/cs.po": {"cs.po (source)": ("en", 1), "cs.po (target)": ("cs", 1)},
    "weblate/cs.poxliff": {"cs.poxliff (source)": ("en", 1), "cs.poxliff (target)": ("cs", 1)},
    "weblate/cs.resx": {"cs.resx": ("cs", 0)},
    "weblate/cs.xliff": {"cs.xliff (source)": ("en", 4)},
    "weblate/en-3col.csv": {"en-3col.csv": ("en", 3)},
    "weblate/en-multi.csv": {"en-multi.csv (source)": ("en", 3)},
    "weblate/en-simple.csv": {"en-simple.csv": ("en", 5)},
    "weblate/en.i18next.json": {"en.i18next.json": ("en", 4)},
    "weblate/en.i18nextv4.json": {"en.i18nextv4.json": ("en", 4)},
    "weblate/fr-multi-mono.csv": {"fr-multi-mono.csv": ("fr", 5)},
    "weblate/fr-multi.csv": {"fr-multi.csv (source)": ("en", 5), "fr-multi.csv (target)": ("fr", 5)},
    "weblate/ids.xliff": {"ids.xliff (source)": ("en", 4)},
    "weblate/memory.tmx": {"memory.tmx (source)": ("de", 1), "memory.tmx (cs)": ("cs", 1), "memory.tmx (en)": ("en", 1)},
    "weblate/swing.properties": {"swing.properties": ("en", 12)},
    "weblate/memory2.tmx": "memory2.tmx (target): unsupported language 'sc'",
    "weblate/cs.ts": {"cs.ts (source)": ("en", 2), "cs.ts (target)": ("cs", 2)},
    "weblate/cs.php": {"cs.php": ("cs", 4)},
    "weblate/cs.joomla.ini": {"cs.joomla.ini": ("cs", 4)},
    "weblate/cs-plural.po": {"cs-plural.po (source)": ("en", 3), "cs-plural.po (target)": ("cs", 3)},
    "weblate/cs.xliff2": "unsupported format: .xliff2 (the content is XLIFF: name it .xlf)",
    "weblate/cs.ryml": "unsupported format: .ryml (the content is YAML: name it .yml)",
    "weblate/gwt.properties": {"gwt.properties": ("en", 2)},
}

# translate-toolkit's class for the file, and its count of non-empty texts
# (targets of a bilingual file, else sources; its header units left out)
TTK = {
    "weblate/cs.po": ("po.pofile", 1), "translate-toolkit/af-pootle.po": ("po.pofile", 292),
    "translate-toolkit/plural.po": ("po.pofile", 3), "translate-toolkit/po2csv-one.po": ("po.pofile", 2),
    "translate-toolkit/f43.tgif.fr.po": ("po.pofile", 321), "weblate/cs.poxliff": ("poxliff.PoXliffFile", 1),
    "weblate/cs.xliff": ("xliff.xlifffile", 4), "weblate/ids.xliff": ("xliff.xlifffile", 3),
    "translate-toolkit/states.xlf": ("xliff.xlifffile", 8),
    "translate-toolkit/odf2xliff-reference.xlf": ("xliff.xlifffile", 10),
    "weblate/memory.tmx": ("tmx.tmxfile", 1),
    "weblate/cs.csv": ("csvl10n.csvfile", 2), "weblate/cs-mono.csv": ("csvl10n.csvfile", 2),
    "weblate/en-3col.csv": ("csvl10n.csvfile", 3), "weblate/en-multi.csv": ("csvl10n.csvfile", 3),
    "weblate/en-simple.csv": ("csvl10n.csvfile", 5), "weblate/fr-multi.csv": ("csvl10n.csvfile", 5),
    "weblate/fr-multi-mono.csv": ("csvl10n.csvfile", 5), "weblate/cs-quotes.csv": ("csvl10n.csvfile", 1),
    "weblate/cs-webext.json": ("jsonl10n.WebExtensionJsonFile", 1),
    "weblate/cs-go18n-v1.json": ("jsonl10n.GoI18NJsonFile", 3),
    "weblate/cs-go18n-v2.json": ("jsonl10n.GoI18NV2JsonFile", 3),
    "weblate/cs-formatjs.json": ("jsonl10n.FormatJSJsonFile", 4),
    "weblate/en.i18next.json": ("jsonl10n.I18NextFile", 4), "weblate/en.i18nextv4.json": ("jsonl10n.I18NextV4File", 4),
    "weblate/cs.json": ("jsonl10n.JsonFile", 1), "weblate/cs-nested.json": ("jsonl10n.JsonNestedFile", 1),
    "weblate/swing.properties": ("properties.javafile", 12), "translate-toolkit/one.properties": ("properties.javafile", 1),
    "weblate/cs.resx": ("resx.RESXFile", 0),
    "weblate/cs.ts": ("ts2.tsfile", 2), "weblate/cs-plural.po": ("po.pofile", 3),
    "weblate/gwt.properties": ("properties.gwtfile", 2), "weblate/memory2.tmx": ("tmx.tmxfile", 1),
}

# where our count differs from translate-toolkit's, and who is right
DIFFERS = {
    # ours right: a TMX entry in three languages keeps all three (translate-toolkit keeps two)
    "weblate/memory.tmx": 2,
    # ours right: "Key,Value" names a key column and a value column; translate-toolkit does
    # not know the names and reads two source texts and no translation
    "weblate/cs.csv": 1,
    # the same count, not the same reading: a headerless two-column row is source,target;
    # translate-toolkit reads the English as a location and the Czech translation as the source
    "weblate/cs-quotes.csv": 1,
    # both defensible: the unit "thanks" holds only two <x/> placeholders; we keep it (all of
    # it protected, so nothing in it is audited), translate-toolkit counts no text
    "weblate/ids.xliff": 4,
}


def count_ours(expected: dict) -> int:
    """Targets of a bilingual file (sum over languages other than the source), else its one version."""
    labels = [k for k in expected if not k.endswith("(source)")]
    return sum(expected[k][1] for k in labels) if labels else sum(n for _, n in expected.values())


def load(path: Path):
    return load_versions([FileSpec(path, language_from_name(path))])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_peer_file_read_or_refused(name):
    path = PEERS / name
    want = EXPECTED[name]
    if isinstance(want, str):
        with pytest.raises(InputError) as e:
            load(path)
        assert str(e.value) == f"{path}: {e.value.problem}" and "\n" not in str(e.value)
        assert e.value.problem.startswith(want)
        return
    got = {v.label: (v.lang, len(v.segments)) for v in load(path)}
    assert got == want


def test_every_peer_file_is_listed():
    files = {f"{p.parent.name}/{p.name}" for p in PEERS.glob("*/*") if p.name != "SOURCES.md"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(TTK))
def test_unit_count_matches_translate_toolkit(name):
    import importlib
    module, _, cls = TTK[name][0].partition(".")
    store_cls = getattr(importlib.import_module(f"translate.storage.{module}"), cls)
    with open(PEERS / name, "rb") as f:
        store = store_cls.parsefile(f)
    bilingual = (PEERS / name).suffix in (".po", ".poxliff", ".xliff", ".xlf", ".tmx", ".csv", ".ts")
    # a bilingual file's translations; its sources where it has none (a template)
    side = "target" if bilingual and any(u.target for u in store.units if not u.isheader()) else "source"
    texts = 0
    for u in store.units:
        if u.isheader() or (hasattr(u, "isobsolete") and u.isobsolete()):
            continue
        v = getattr(u, side)
        strings = getattr(v, "strings", None) or ([v] if v else [])
        texts += sum(1 for s in strings if s and str(s).strip())
    assert texts == TTK[name][1]
    want = EXPECTED[name]
    if isinstance(want, str):        # refused by us: the reason is the language or encoding, not the count
        return
    ours = count_ours(want)
    assert ours == DIFFERS.get(name, texts)
