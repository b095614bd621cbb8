import unicodedata
from pathlib import Path

from audit.text.matching import find_occurrences
from audit.model import Segment, Version
from audit.text.segment import split_version


def occurrences(termbase, lang, text, protected=()):
    v = Version(Path("x.txt"), lang, [Segment("p1", text, 0, 1, protected=protected)])
    return find_occurrences(v, split_version(v), termbase.terms_for(lang))


def test_vietnamese_multisyllable_terms_and_loanwords(termbase):
    occ = occurrences(termbase, "vi", "Khách hàng và thân chủ. Client và customer.")
    assert [(o.surface, sorted(o.concepts)) for o in occ] == [
        ("Khách hàng", ["customer"]), ("thân chủ", ["client"]), ("Client", ["client"]), ("customer", ["customer"])]
    assert [o.sentence for o in occ] == [0, 0, 1, 1]


def test_decomposed_text_maps_back_to_stored_offsets(termbase):
    text = unicodedata.normalize("NFD", "Giữa khách hàng và thân chủ")
    occ = occurrences(termbase, "vi", text)
    assert [text[o.start:o.end] for o in occ] == [o.surface for o in occ]
    assert unicodedata.normalize("NFC", occ[0].surface) == "khách hàng"


def test_inflected_forms(termbase):
    ru = occurrences(termbase, "ru", "Клиент или клиента, клиентов и покупателями")
    assert [(o.surface, o.term.text) for o in ru] == [
        ("Клиент", "клиент"), ("клиента", "клиент"), ("клиентов", "клиент"), ("покупателями", "покупатель")]
    ka = occurrences(termbase, "ka", "კლიენტებსა და მომხმარებლის, კლიენტთან")
    assert [(o.surface, o.term.text) for o in ka] == [
        ("კლიენტებსა", "კლიენტი"), ("მომხმარებლის", "მომხმარებელი"), ("კლიენტთან", "კლიენტი")]
    idn = occurrences(termbase, "id", "Klien-klien dan kliennya, bukan pelanggan")
    assert [o.surface for o in idn] == ["Klien-klien", "kliennya", "pelanggan"]


def test_words_containing_a_term_are_not_matched(termbase):
    assert occurrences(termbase, "en", "clientele and customerships") == []


def test_protected_spans_are_never_matched(termbase):
    text = "Send to {customer} the customer"
    occ = occurrences(termbase, "en", text, protected=((8, 18),))
    assert [(o.start, o.surface) for o in occ] == [(23, "customer")]
