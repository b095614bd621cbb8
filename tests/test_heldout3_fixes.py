"""Causes the third held-out set (tests/data/heldout3) exposed, fixed for every
language that has the construction, not for the one case that showed it."""
from pathlib import Path

import pytest

from audit.model import Version
from audit.run.pipeline import audit_versions
from audit.files.readers.text import paragraphs


def flagged(termbase, lang, text, domain=None):
    vr = audit_versions("t", [Version(Path(f"{lang}.txt"), lang, paragraphs(text))], termbase,
                        domain=domain).versions[0]
    return [(text[f.start:f.end], f.concept) for f in vr.findings]


# heldout3 tr-h01: a contrast marker after the second term ("müşteri ise", "der Kunde
# hingegen") where the first term is not its clause's subject but its object.
@pytest.mark.parametrize("lang,text,wrong", [
    # tr müşteri and de Kunde cover both concepts: meaning tells which is which, and the fix goes
    # where the text's domain has a word (alıcı, Käufer), not to the lawyer's client (müvekkil, Mandant)
    ("tr", "Avukat müşterisine yıllarca danışmanlık verir, müşteri ise ürünü bir kez satın alıp gider.",
     ("müşteri", "customer")),
    ("de", "Die Anwältin berät den Kunden jahrelang, der Kunde hingegen kauft nur einmal im Laden ein.",
     ("Kunde", "customer")),
    ("ru", "Юрист годами консультирует клиента, клиент же покупает товар в магазине один раз.",
     ("клиент", "customer")),
    ("pl", "Kancelaria doradza klientowi przez wiele lat, klient natomiast kupuje towar w sklepie tylko raz.",
     ("klient", "customer")),
    ("ka", "ადვოკატი კლიენტს წლების განმავლობაში უწევს კონსულტაციას, კლიენტი კი მაღაზიაში მხოლოდ ერთხელ ყიდულობს პროდუქტს.",
     ("კლიენტი", "customer")),
])
def test_contrast_marker_after_the_second_term(termbase, lang, text, wrong):
    assert flagged(termbase, lang, text) == [wrong]


# The same person going on as the subject ("the adviser calls the customer, the
# customer on the other hand prefers email") is no contrast of two concepts: one
# weak cue on one side is not enough for the loose rules, with the marker after
# the term or the connective before it.
@pytest.mark.parametrize("lang,text", [
    ("de", "Der Berater ruft den Kunden an, der Kunde hingegen möchte lieber eine E-Mail."),
    ("de", "Der Berater ruft den Kunden an, während der Kunde lieber eine E-Mail möchte."),
    ("it", "Il consulente chiama il cliente, il cliente invece preferisce una e-mail."),
    ("it", "Il consulente chiama il cliente, mentre il cliente preferisce una e-mail."),
    ("ru", "Продавец показывает клиенту товар, клиент же спрашивает о цене."),
    ("tr", "Avukat müvekkiline değil müşteriye yazdı, müşteri ise hemen cevap verdi."),
])
def test_one_person_going_on_is_no_contrast(termbase, lang, text):
    assert flagged(termbase, lang, text) == []


def cross_version(termbase, tmp_path, lang, source, text):
    import audit
    src, target = tmp_path / "en.txt", tmp_path / f"{lang}.txt"
    src.write_text(source, encoding="utf-8")
    target.write_text(text, encoding="utf-8")
    result = audit.check_files(target, with_=[src], source=src, termbase=termbase)
    return [(text[f.start:f.end], f.concept, f.replacement)
            for v in result.versions if v.version.path == target for f in v.findings]


# heldout3 de-hp01: a closed compound ("Kundenzertifikat", "kundenseitig") held the
# person word for the program, and no occurrence was found in it.
@pytest.mark.parametrize("lang,source,text,part,fix", [
    ("de", "Client certificate", "Kundenzertifikat", "Kunden", "Client"),
    ("de", "Validation runs client-side.", "Die Validierung erfolgt kundenseitig.", "kunden", "client"),
    ("nl", "Upload the client certificate.", "Upload het klantcertificaat.", "klant", "client"),
    ("sv", "Install the client certificate.", "Installera kundcertifikatet.", "kund", "klient"),
])
def test_person_word_in_a_closed_compound_for_the_program(termbase, tmp_path, lang, source, text, part, fix):
    # the compound's first part is flagged and replaced by the bare word: the rest of the compound stays
    assert cross_version(termbase, tmp_path, lang, source, text) == [(part, "software-client", fix)]


@pytest.mark.parametrize("source,text", [
    ("Customer account", "Kundenkonto"),
    ("Join our customer loyalty programme.", "Treten Sie unserem Kundenprogramm bei."),
    ("Customer-side requirements are collected first.", "Kundenseitige Anforderungen werden zuerst gesammelt."),
])
def test_other_compounds_and_the_customer_sense_stay_quiet(termbase, tmp_path, source, text):
    assert cross_version(termbase, tmp_path, "de", source, text) == []


# Where the source contrasts the two and the MT gives the client a word of its own
# (Mandant, müvekkil, موكل, 依頼人), the everyday word for the customer beside it
# keeps the distinction: no reviewer would change "der Laden bedient den Kunden".
@pytest.mark.parametrize("lang,text", [
    ("de", "Die Anwältin vertritt den Mandanten; der Laden bedient den Kunden."),
    ("tr", "Avukat müvekkilini korur, mağaza müşteriye hizmet eder."),
    ("ar", "يدافع المحامي عن الموكل، بينما يخدم المتجر العميل."),
    ("he", "עורך הדין מייצג את המרשה, והחנות משרתת את הלקוח."),
    ("ja", "弁護士は依頼人を守り、店は顧客に対応します。"),
    ("zh", "律师保护委托人，商店服务客户。"),
])
def test_client_word_of_its_own_keeps_the_distinction(termbase, tmp_path, lang, text):
    source = "The lawyer represents the client, while the shop serves the customer."
    assert cross_version(termbase, tmp_path, lang, source, text) == []


def test_the_ambiguous_word_for_both_is_still_flagged(termbase, tmp_path):
    # once, on the side the general domain has a word for (pipeline._one_side_per_collapse)
    found = cross_version(termbase, tmp_path, "de", "The client gets advice, the customer buys.",
                          "Der Kunde wird beraten, der Kunde kauft.")
    assert found == [("Kunde", "customer", "Käufer")]


# generalisation vi-p06, and the same in every language: "the client's secrets" is a
# person's; only a compound ("client secret") is the program's.
@pytest.mark.parametrize("lang,source,text", [
    ("vi", "A lawyer must protect the client's secrets.", "Luật sư phải bảo vệ bí mật của thân chủ."),
    ("de", "A lawyer must protect the client's secrets.", "Ein Anwalt muss die Geheimnisse des Mandanten schützen."),
    ("tr", "A lawyer must protect the client's secrets.", "Bir avukat müvekkilinin sırlarını korumalıdır."),
    ("ja", "The lawyer keeps the client's key to the office.", "弁護士は依頼人の事務所の鍵を預かっている。"),
])
def test_a_possessive_client_is_a_person(termbase, tmp_path, lang, source, text):
    assert cross_version(termbase, tmp_path, lang, source, text) == []


@pytest.mark.parametrize("source,text,want", [
    ("The API client's timeout is 30 seconds.", "Das Timeout des API-Kunden beträgt 30 Sekunden.", "Clients"),
    ("Configure the VPN clients.", "Konfigurieren Sie die VPN-Kunden.", "Clients"),
    ("The email client is slow.", "Der E-Mail-Kunde ist langsam.", "Client"),
])
def test_german_client_the_program_declines_like_a_loan(termbase, tmp_path, source, text, want):
    # des Clients, die Clients (never weak "Clienten"); the article before a hyphenated compound decides
    found = cross_version(termbase, tmp_path, "de", source, text)
    assert [r for _, _, r in found] == [want]


# heldout3 second batch: one customer going on ("the sales rep calls the customer,
# the customer however prefers email"; "the customer asks, the customer answers")
# is not two concepts, though one cue ("satış") or the model's noise leans one way.
@pytest.mark.parametrize("lang,text", [
    ("tr", "Satış temsilcisi müşteriyi arar, müşteri ise e-postayı tercih eder."),
    ("fa", "مشتری می‌پرسد، مشتری پاسخ می‌دهد: انجمن ما."),
])
def test_weak_meaning_does_not_make_a_contrast(termbase, lang, text):
    assert flagged(termbase, lang, text) == []


# ...while parallel clauses with a cue on each side still are: uk "супровід" (ongoing
# support) was missing, and the genitive plural "покупок" (of purchases) did not
# match the cue "покупк".
@pytest.mark.parametrize("lang,text,wrong", [
    ("uk", "З клієнтами ми підписуємо договори на супровід; з клієнтами ми спілкуємося лише під час доставки покупок.",
     ("клієнтами", "customer")),
    ("ru", "С клиентами мы заключаем договоры на сопровождение; с клиентами мы общаемся только при доставке покупок.",
     ("клиентами", "customer")),
])
def test_cues_in_every_form(termbase, lang, text, wrong):
    assert flagged(termbase, lang, text)[-1:] == [wrong]


# heldout3 pt-h04 ("Use “cliente” for those who hire the agency and “cliente” for
# those who buy") is left a miss: a rule for one word quoted twice was tried and
# dropped, since the same quoted word in two places is ordinary help text too.
@pytest.mark.parametrize("lang,text", [
    ("de", "Klicken Sie auf „Kunde“ und danach noch einmal auf „Kunde“, um die Liste zu schließen."),
    ("fr", "Choisissez « client » dans la première liste et « client » dans la seconde."),
    ("pt", "O campo “cliente” aparece no contrato e o campo “cliente” aparece também na fatura da loja."),
    ("es", "Escriba «cliente» en el buscador de la tienda y «cliente» en el filtro del despacho."),
])
def test_a_quoted_label_named_twice_is_no_collapse(termbase, lang, text):
    assert flagged(termbase, lang, text) == []


# heldout3 hu-h01: Hungarian possessives take case endings too (ügyfelének "to his
# client", ügyfelét, ügyfeleinket), and generate them for the replacement.
def test_hungarian_possessive_in_a_case(termbase):
    text = "Az ügyvéd évekig tanácsot ad az ügyfelének, míg az ügyfél csak egyszer vásárol valamit, és távozik."
    # in a legal text the client has its word (megbízó) and the buyer none: the possessive is replaced
    assert flagged(termbase, "hu", text, domain="legal") == [("ügyfelének", "client")]


def test_hungarian_possessed_forms():
    from audit.text.languages import get_language
    forms = get_language("hu").forms
    assert forms("ügyfél")[("poss", "3sg", "dat")] == ["ügyfelének"]
    assert forms("ügyfél")[("poss", "pl1pl", "acc")] == ["ügyfeleinket"]
    assert forms("ügyfél")[("poss", "1pl", "all")] == ["ügyfelünkhöz"]
    assert forms("vevő")[("poss", "3sg", "all")] == ["vevőjéhez"]
    assert forms("vásárló")[("poss", "3sg", "ins")] == ["vásárlójával"]
    assert forms("megbízó")[("poss", "3sg", "ess")] == ["megbízójaként"]


# heldout3 cs-h05: a comma before "and" makes it "also, even" ("every customer, even
# customers who have bought nothing"), not a link of two terms.
@pytest.mark.parametrize("lang,text", [
    ("cs", "Zákaznická podpora pomáhá každému zákazníkovi, i zákazníkům, kteří ještě nic nekoupili."),
    ("pl", "Pomagamy każdemu klientowi, i klientom, którzy jeszcze nic nie kupili."),
])
def test_comma_and_is_also(termbase, lang, text):
    assert flagged(termbase, lang, text) == []


# The compound parts found for the senses above modify their head and name nobody:
# the text-alone rules do not pair them ("auf Kundenseite …, während der Kunde …").
@pytest.mark.parametrize("text", [
    "Die Anforderungen auf Kundenseite sind klar, während der Kunde selbst im Laden nur einmal kauft.",
    "Kundenseitig gibt es keine Beratung, der Kunde hingegen kauft im Shop nur einmal ein.",
])
def test_a_compound_part_is_no_term_of_a_pair(termbase, text):
    assert flagged(termbase, "de", text) == []
