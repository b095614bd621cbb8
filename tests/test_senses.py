"""The software sense of "client": recognised from the source's words (or
the file's domain), never given a person word, and a person or customer word
for it is a major mistranslation."""
from pathlib import Path

import pytest

from audit.errors import InputError
from audit.run.api import check_files
from audit.terms.senses import compile_cue, cue_at
from audit.terms.termbase import load_termbase
from conftest import po

DATA = Path(__file__).parent / "data"
INNOSHOP = DATA / "senses" / "innoshop"
REAL8 = DATA / "realworld"          # real8's files, where the branches are merged

EN_CUES = load_termbase().distinctions[0].sense("software-client").cues["en"]


def sense_words(sentence: str, term: str = "client") -> str | None:
    start = sentence.casefold().index(term)
    return cue_at(EN_CUES, sentence, start, start + len(term))


@pytest.mark.parametrize("sentence,words", [
    ("Client side compilation", "Client side"),
    ("Enable client-side rendering", "client-side"),
    ("Register a new OAuth client", "OAuth client"),
    ("Path to the client certificate", "client certificate"),
    ("Traffic between client and server is encrypted", "client and server"),
    ("Server to client cipher:", "Server to client"),
    ("A fast and easy BitTorrent client", "BitTorrent client"),
    ("Make Remmina your default remote desktop client", "desktop client"),
])
def test_cues_recognise_the_program(sentence, words):
    assert sense_words(sentence) == words


@pytest.mark.parametrize("sentence", [
    "Client name", "Invoice the client for the project", "Our client is happy with the advice",
    "The client's lawyer called", "Clients of the agency",
])
def test_a_person_client_has_no_cue(sentence):
    assert sense_words(sentence) is None


def test_cue_syntax_errors_are_reported():
    with pytest.raises(ValueError):
        compile_cue("* ID *")
    with pytest.raises(ValueError):
        compile_cue("   ")


def test_real_oauth_strings_with_the_customer_word_are_flagged():
    """innoshop (real strings, tests/data/senses/SOURCES.md): the OAuth
    client's credentials rendered with the word for a customer."""
    got = {}
    for lang in ("vi", "tr", "de"):
        result = check_files(INNOSHOP / f"{lang}.po")
        got[lang] = [(f.unit.split("::")[0], f.term, f.suggestion, f.kind, f.severity, f.concept)
                     for f in result.findings]
    assert got["vi"] == [
        ("client_id", "khách hàng", "Mã máy khách", "mistranslation", "major", "software-client"),
        ("client_secret", "khách hàng", "Mật khẩu máy khách", "mistranslation", "major", "software-client"),
        ("please_enterid", "khách hàng", "Vui lòng nhập mã máy khách", "mistranslation", "major", "software-client"),
        ("please_secret", "khách hàng", "Vui lòng nhập mật khẩu máy khách", "mistranslation", "major", "software-client"),
    ]
    assert [(u, s) for u, _, s, *_ in got["tr"]] == [
        ("client_id", "İstemci ID'si"), ("client_secret", "İstemci Gizli Anahtarı"),
        ("please_enterid", "Lütfen İstemci ID'si girin"), ("please_secret", "Lütfen İstemci Gizli Anahtarını girin")]
    # "Bitte geben Sie das Geheimnis ein" has no customer word: nothing to flag there
    assert [(u, s) for u, _, s, *_ in got["de"]] == [
        ("client_id", "Client-ID"), ("client_secret", "Geheime Client-ID"),
        ("please_enterid", "Bitte geben Sie die Client-ID ein")]


def test_a_sense_finding_says_why_and_never_offers_a_person_word():
    [f, *_] = check_files(INNOSHOP / "vi.po").findings
    # "Client ID" names the OAuth client only with a partner: innoshop's callback URL is next to it
    assert f.domain == "software" and "Client ID (with callback near it)" in f.note
    assert f.evidence[0].rule == "sense: software-client ('Client ID (with callback near it)')"
    assert f.replacement not in ("thân chủ", "client", "khách hàng")


def test_the_established_word_for_the_program_stays_quiet(tmp_path):
    # ru клиент, ja クライアント, id klien are right for the program (and for a person)
    for lang, target in [("ru", "Сертификат клиента"), ("ja", "クライアント証明書"), ("id", "Sertifikat klien")]:
        assert check_files(po(tmp_path, lang, [("Client certificate", target)])).findings == [], lang


def test_a_person_client_in_a_software_file_is_not_the_program(tmp_path):
    # no cue, and a file whose words are not a software file's: the person reading stands
    path = po(tmp_path, "vi", [("Client name", "Tên khách hàng"), ("Send the invoice to the client", "Gửi hoá đơn cho khách hàng")])
    result = check_files(path)
    assert result.findings == []
    assert result.versions[0].senses == {}


def test_a_file_that_uses_client_for_the_program_makes_a_bare_client_the_program(tmp_path):
    # three program uses (client certificate, SSH client, client version), no person use:
    # "Client name" in this file is the program's name
    pairs = [("Path to the client certificate", "Путь к сертификату клиента"), ("SSH client", "Клиент SSH"),
             ("Client version", "Версия клиента"), ("Client name", "Имя покупателя")]
    [f] = check_files(po(tmp_path, "ru", pairs)).findings
    assert (f.term, f.replacement, f.kind) == ("покупателя", "клиента", "mistranslation")
    # "Client name" is itself a person use: 3 against 1 is still a clear majority
    assert "a file that uses it for the program: 3 program uses, 1 person uses" in f.evidence[0].rule


def test_technical_words_elsewhere_do_not_make_client_the_program(tmp_path):
    # a hosting product's strings are full of server words; its client is still its customer
    pairs = [("Connect to the server", "Подключиться к серверу"), ("Server certificate", "Сертификат сервера"),
             ("Proxy settings", "Настройки прокси"), ("SSH tunnel", "Туннель SSH"),
             ("Client name", "Имя покупателя")]
    result = check_files(po(tmp_path, "ru", pairs))
    assert result.findings == [] and result.versions[0].senses == {}


def test_user_termbase_declares_its_own_sense(tmp_path):
    tb = tmp_path / "tb.toml"
    tb.write_text('''
[[distinction]]
id = "client-customer"
concepts = ["client", "customer"]
[distinction.terms.en]
client = ["client"]
customer = ["customer"]
[distinction.terms.de]
client = ["Mandant"]
customer = ["Kunde"]
[[distinction.senses]]
id = "portal-client"
of = "client"
cues.en = ["* portal"]
terms.de = ["Client"]
''', encoding="utf-8")
    termbase = load_termbase(tb)
    path = po(tmp_path, "de", [("Client portal", "Portal des Mandanten"), ("Client list", "Liste der Mandanten")])
    [f] = check_files(path, termbase=termbase).findings
    assert (f.unit, f.concept, f.kind) == ("Client portal", "portal-client", "mistranslation")


@pytest.mark.parametrize("body,problem", [
    ('id = "x"\nof = "nobody"\ncues.en = ["* y"]', "'of' must name one of the concepts"),
    ('id = "x"\nof = "client"', "no cues"),
    ('id = "x"\nof = "client"\ncues.en = ["* a *"]', "more than one '*'"),
    ('id = "client"\nof = "client"\ncues.en = ["* y"]', "an id of its own"),
])
def test_bad_senses_name_the_problem(tmp_path, body, problem):
    tb = tmp_path / "tb.toml"
    tb.write_text('[[distinction]]\nid = "d"\nconcepts = ["client", "customer"]\n'
                  '[distinction.terms.en]\nclient = ["client"]\ncustomer = ["customer"]\n'
                  '[[distinction.senses]]\n' + body + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        load_termbase(tb)


# ---- real8's judged files (present once the branches are merged) -------------

REAL8_FLAGGED = [
    ("deluge/de.po", "BitTorrent Client", "Klient", "Client"),
    ("remmina/ms.po", "Client Certificate File", "Pelanggan", "Klien"),
    ("otobo/zh_CN.po", "Client Certificate", "客户", "客户端"),
    ("networkmanager/hi.po", "Device disconnected by user or client", "ग्राहक", "क्लाइंट"),
]


@pytest.mark.parametrize("rel,unit,term,replacement", REAL8_FLAGGED, ids=[r[0] + ":" + r[1] for r in REAL8_FLAGGED])
def test_real8_software_sense_errors_are_found(rel, unit, term, replacement):
    path = REAL8 / rel
    if not path.exists():
        pytest.skip(f"{rel}: real8's data is not on this branch")
    found = [f for f in check_files(path).findings if f.unit and f.unit.endswith(unit)]
    assert [(f.term, f.replacement, f.kind) for f in found] == [(term, replacement, "mistranslation")]


def test_a_possessive_is_a_persons_not_a_compound():
    # "the client's secrets" belong to a person; "client secrets" are OAuth credentials
    assert cue_at(["* secret|secrets"], "protect the client's secrets", 12, 20) is None
    assert cue_at(["* secret|secrets"], "rotate the client secrets", 11, 17) == "client secrets"
