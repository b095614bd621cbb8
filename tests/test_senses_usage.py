"""What "client" means, from how the product uses it (issue 20), on real
units of tests/data/realworld2 (its tuned half: see that folder's README).

The file's own uses decide where a string has no cue of its own; "Client
ID" names the OAuth client only beside a partner (secret, token...); a
translator's consistent usage is evidence, and the strings that go against
it are the candidates; two words for one referent are no contrast."""
from pathlib import Path

import pytest

from audit.run.api import check_files
from audit.terms.senses import cue_at, detect
from audit.terms.termbase import load_termbase

REAL2 = Path(__file__).parent / "data" / "realworld2"
SENSE = load_termbase().distinctions[0].sense("software-client")


def _check(rel: str):
    path = REAL2 / rel
    if path.suffix in (".po", ".ts"):          # they carry their source
        return check_files(path)
    english = next(p for p in sorted(path.parent.glob("*" + path.suffix)) if p.stem.startswith("en"))
    return check_files(path, with_=[english], source=english)


@pytest.fixture(scope="module")
def ninja_de():
    """Invoice Ninja's German strings: its clients are customers (5,205 units)."""
    return {f.unit: f for f in _check("invoiceninja/de.php").findings}


@pytest.fixture(scope="module")
def billing_tr():
    """FOSSBilling's Turkish strings: a hosting and billing product full of server,
    API, DNS and domain words whose client is the customer account."""
    return _check("fossbilling/tr_TR.po")


def test_a_person_client_id_stays_quiet(ninja_de):
    # 'client_id_number' => 'Client ID Number' -> 'Kundennummer': the number of a client record
    assert "client_id_number" not in ninja_de
    assert "client_id_is_required" not in ninja_de


def test_an_oauth_client_id_beside_its_secret_is_flagged(ninja_de):
    # 'client_id' => 'Client Id', then 'secret' => 'Secret', 'public_key' => 'Public Key': Plaid's API credentials
    f = ninja_de["client_id"]
    assert (f.term, f.kind, f.concept, f.suggestion) == ("Kunden", "mistranslation", "software-client", "Clientnummer")
    assert f.evidence[0].rule == "sense: software-client ('Client Id (with secret near it)')"


def test_email_clients_as_an_action_stays_quiet(ninja_de):
    # 'email_clients' => 'Email Clients' -> 'Email Kunden': send your clients an email
    assert "email_clients" not in ninja_de
    start = len("Email ")
    assert cue_at(SENSE.cues["en"], "Email Clients", start, start + 7) == "Email Clients"
    assert cue_at(SENSE.weak_cues["en"], "Email Clients", start, start + 7) == "Email Clients"
    assert cue_at(SENSE.weak_cues["en"], "Configure your email client", 20, 26) is None


def test_two_words_for_one_referent_are_no_contrast(ninja_de):
    # "... invoicing and billing customers. ... Your clients can print your invoices": the same people
    assert not [u for u in ninja_de if u.startswith("ninja_description") or "Invoice Ninja is a free" in ninja_de[u].sentence]
    for lang in ("de-DE", "tr-TR"):
        # "This customer can log in to the client portal."
        assert _check(f"akaunting/customers/{lang}.php").findings == [], lang


def test_a_billing_product_full_of_server_words_keeps_its_person_word(billing_tr):
    source = next(v for v in billing_tr.versions if v.version.is_source)
    reading = detect(source, load_termbase())
    sense, why = reading.product["client-customer"]
    assert sense == "client" and why.startswith("0 program uses")
    # the 88 strings that render client "müşteri" stay quiet; the one that says "istemci" is the candidate
    [f] = billing_tr.findings
    assert (f.unit, f.term, f.concept, f.kind, f.severity) == (
        "Show all activity from this client", "istemciye", "client", "mistranslation", "minor")
    assert f.suggestion == "Bu müşteriye ait tüm etkinlikleri göster"     # the translator's own word
    assert "renders client 'müşteri' in 88 strings" in f.evidence[0].rule


def test_the_program_word_outliers_of_a_consistent_translation_are_reported():
    # Invoice Ninja's Chinese: 客戶 in 67 strings with no cue, 客戶端 (the program) in 20
    found = {f.unit: f for f in _check("invoiceninja/zh_TW.php").findings}
    assert found["filtered_by_client"].term == "用戶端" and found["filtered_by_client"].concept == "client"
    assert found["show_tasks_in_client_portal"].term == "客戶端"
    assert all(f.concept == "client" and f.severity == "minor" for f in found.values())


def test_the_person_word_outliers_of_a_program_translation_are_reported():
    # DBeaver's DB2 plugin in Chinese: 客户端 in 7 strings, 客户 (a customer) in 2
    found = {f.unit.rsplit(".", 2)[-2]: f for f in _check("dbeaver-db2/zh.properties").findings}
    assert sorted(found) == ["clientPId", "clientProductId"]
    assert {(f.term, f.concept, f.replacement) for f in found.values()} == {("客户", "software-client", "客户端")}


def test_a_short_form_is_an_occurrence_of_its_concept():
    # FOSSBilling's Vietnamese: "View as client" -> "Xem với vai trò khách", khách for khách hàng
    result = check_files(REAL2 / "fossbilling" / "vi_VN.po")
    target = next(v for v in result.versions if not v.version.is_source)
    unit = {s.id: i for i, s in enumerate(target.version.segments)}["View as client"]
    [occ] = [o for o in target.occurrences if o.segment == unit]
    assert (occ.surface, occ.concepts) == ("khách", frozenset({"customer"}))
    # ... but not inside the program's own word, nor in a word that is something else
    deluge = check_files(Path(__file__).parent / "data" / "realworld" / "deluge" / "vi.po")
    target = next(v for v in deluge.versions if not v.version.is_source)
    assert not [o for o in target.occurrences if o.surface.casefold() == "khách"]


def test_an_alternative_word_is_an_occurrence(tmp_path):
    # th ผู้รับบริการ (one who receives a service) is the termbase's alternative for client: where
    # the source names the program, it is a person word for it like ลูกค้า
    from conftest import po
    path = po(tmp_path, "th", [("Client name", "ชื่อผู้รับบริการ"), ("Client certificate", "ใบรับรองผู้รับบริการ")])
    result = check_files(path)
    target = next(v for v in result.versions if not v.version.is_source)
    assert [(o.surface, o.concepts) for o in target.occurrences] == [("ผู้รับบริการ", frozenset({"client"}))] * 2
    [f] = result.findings
    assert (f.unit, f.term, f.concept, f.replacement) == ("Client certificate", "ผู้รับบริการ", "software-client", "ไคลเอนต์")
