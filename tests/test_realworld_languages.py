"""Real application files in the twelve languages added on realapps3 (ar cs
el es fr he hu it ka ko pl pt; tests/data/realworld/JUDGED.md): the tool
flags what a reviewer of that language flags and nothing judged quiet, and
the language rules behind the fixes they showed."""
import csv
from pathlib import Path

import pytest

from audit.files.sets import language_from_name
from audit.text.languages import base_code
from audit.run.api import check_files
from conftest import po

REAL = Path(__file__).parent / "data" / "realworld"
LANGS = {"ar", "cs", "el", "es", "fr", "he", "hu", "it", "ka", "ko", "pl", "pt"}
ONE_WORD = {"fr", "es", "it", "pt"}          # client(e) is the program and the person alike


def judged() -> dict[str, list[dict]]:
    with (REAL / "judged.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out: dict[str, list[dict]] = {}
    for r in rows:
        if base_code(language_from_name(REAL / r["file"]) or "") in LANGS:
            out.setdefault(r["file"], []).append(r)
    return out


JUDGED = judged()


@pytest.mark.parametrize("name", sorted(JUDGED))
def test_new_language_files_flag_what_a_reviewer_flags(name):
    rows = JUDGED[name]
    found = check_files(REAL / name).findings
    units = {f.unit for f in found}
    flag = {r["unit"] for r in rows if r["expected"] == "flag"}
    quiet = {r["unit"] for r in rows if r["expected"] == "quiet"}
    assert flag <= units, sorted(flag - units)
    assert not (units & quiet), sorted(units & quiet)
    if base_code(language_from_name(REAL / name)) in ONE_WORD:
        assert not [f for f in found if f.evidence and f.evidence[0].rule.startswith("sense:")]


def test_the_new_files_are_judged_in_every_language():
    langs = {base_code(language_from_name(REAL / n)) for n in JUDGED}
    assert langs == LANGS
    assert sum(len(r) for r in JUDGED.values()) >= 600


def test_hungarian_ugyfel_is_an_accepted_word_for_the_program(tmp_path):
    # GNOME's and Microsoft's Hungarian: ügyfél-kiszolgáló (client-server), DHCP-ügyfél
    pairs = [("DHCP client failed", "A DHCP-ügyfél sikertelen"),
             ("Use client keyboard mapping", "Ügyfél billentyűkiosztásának használata"),
             ("The connection profile has been removed from another client.",
              "A kapcsolati profil el lett távolítva egy másik ügyféltől."),
             ("Disable cipher negotiation between client and server.",
              "Az ügyfél és a kiszolgáló közötti rejtjelezési egyeztetés letiltása.")]
    assert check_files(po(tmp_path, "hu", pairs)).findings == []


def test_hungarian_buyer_word_for_the_program_is_still_flagged(tmp_path):
    [f] = check_files(po(tmp_path, "hu", [("Path to the client certificate", "A vásárló tanúsítványának útvonala")])).findings
    assert (f.term, f.replacement, f.kind) == ("vásárló", "kliens", "mistranslation")


@pytest.mark.parametrize("lang,target", [("fr", "Certificat client"), ("es", "Certificado de cliente"),
                                         ("it", "Certificato del cliente"), ("pt", "Certificado do cliente")])
def test_one_word_for_both_senses_gives_no_software_sense_finding(tmp_path, lang, target):
    pairs = [("Client certificate", target), ("Connect to the server", "Serveur"), ("Client name", target.split()[-1])]
    assert check_files(po(tmp_path, lang, pairs)).findings == []


def test_czech_customer_adjective_for_the_program_is_flagged_with_the_client_adjective(tmp_path):
    # OTOBO's Czech "Zákaznický certifikát" (tests/data/realworld/otobo/cs.po): the customer adjective
    pairs = [("Client Certificate", "Zákaznický certifikát"),
             ("Path to the client certificate key", "Cesta ke klíči zákaznického certifikátu")]
    found = check_files(po(tmp_path, "cs", pairs)).findings
    assert [(f.term, f.replacement, f.kind) for f in found] == [
        ("Zákaznický", "Klientský", "mistranslation"), ("zákaznického", "klientského", "mistranslation")]


def test_czech_client_adjective_for_the_program_stays_quiet(tmp_path):
    pairs = [("Client Certificate", "Klientský certifikát"), ("Client applications", "Klientské aplikace"),
             ("Customer account", "Zákaznický účet")]
    assert check_files(po(tmp_path, "cs", pairs)).findings == []


def test_serbian_in_latin_script_is_serbian():
    # GNOME's sr@latin.po and kimai's sr.xlf are Serbian written in Latin: audited, not refused as bad input
    for rel in ("networkmanager-openvpn/sr@latin.po", "kimai/sr.xlf"):
        path = REAL / rel
        assert language_from_name(path) == "sr"
        result = check_files(path)
        assert result.versions[1].version.lang.startswith("sr") and result.findings == []


def test_a_latin_text_is_still_refused_for_a_cyrillic_only_language(tmp_path):
    from audit.errors import InputError
    pairs = [("The client connects to the server and downloads the files of the project.",
              "Klijent se povezuje sa serverom i preuzima datoteke projekta sa servera.")]
    check_files(po(tmp_path, "sr", pairs))
    with pytest.raises(InputError, match="Latin script"):
        check_files(po(tmp_path, "ru", pairs))
