"""Causes the third held-out set (tests/data/heldout3) exposed, fixed for every
language that has the construction, not for the one case that showed it."""
from pathlib import Path

import pytest

from audit.model import Version
from audit.pipeline import audit_versions
from audit.readers.text import paragraphs


def flagged(termbase, lang, text):
    vr = audit_versions("t", [Version(Path(f"{lang}.txt"), lang, paragraphs(text))], termbase).versions[0]
    return [(text[f.start:f.end], f.concept) for f in vr.findings]


# heldout3 tr-h01: a contrast marker after the second term ("müşteri ise", "der Kunde
# hingegen") where the first term is not its clause's subject but its object.
@pytest.mark.parametrize("lang,text,wrong", [
    ("tr", "Avukat müşterisine yıllarca danışmanlık verir, müşteri ise ürünü bir kez satın alıp gider.",
     ("müşterisine", "client")),
    ("de", "Die Anwältin berät den Kunden jahrelang, der Kunde hingegen kauft nur einmal im Laden ein.",
     ("Kunden", "client")),
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
