"""Checks on parallel snippets written for the purpose."""
from pathlib import Path

import pytest

from audit.checks.cross_version import assign
from audit.text.languages import get_language
from audit.checks.text_alone import pair_rule
from audit.run.pipeline import audit_versions
from audit.files.readers.text import paragraphs
from audit.model import Version


def version(lang, text, name=None, source=False):
    return Version(Path(name or f"{lang}.txt"), lang, paragraphs(text), is_source=source)


def findings(termbase, *versions):
    result = audit_versions("snippet", list(versions), termbase)
    return {v.version.label: v.findings for v in result.versions}


def test_source_evidence_flags_the_collapsed_word(termbase):
    en = version("en", "The difference between a client and a customer.\nA customer buys goods.", source=True)
    ru = version("ru", "Разница между клиентом и клиентом.\nКлиент покупает товары.")
    got = findings(termbase, en, ru)["ru.txt"]
    assert [(f.term, f.concept, f.replacement) for f in got] == [
        ("клиентом", "customer", "покупателем"), ("Клиент", "customer", "Покупатель")]
    first = got[0]
    assert ru.segments[0].text[first.start:first.end] == "клиентом"
    assert first.start == len("Разница между клиентом и ")
    assert first.suggestion == "Разница между клиентом и покупателем."
    assert first.evidence[0].rule == "source" and first.evidence[0].term == "customer"
    assert first.severity == "major" and got[1].severity == "minor"


def test_correct_translation_has_no_findings(termbase):
    en = version("en", "Lawyers have clients, shops have customers.", source=True)
    idn = version("id", "Pengacara memiliki klien, toko memiliki pelanggan.")
    assert findings(termbase, en, idn)["id.txt"] == []


def test_pivot_without_source(termbase):
    idn = version("id", "Klien dan pelanggan berbeda.\nPelanggan membeli barang.\nKlien meminta nasihat.")
    vi = version("vi", "Khách hàng và khách hàng khác nhau.\nKhách hàng mua hàng hoá.\nKhách hàng tìm lời khuyên.")
    got = findings(termbase, idn, vi)
    assert got["id.txt"] == []
    # a general text: the loanword native business writing uses, not the lawyer's thân chủ (issue 8)
    assert [(f.start, f.replacement) for f in got["vi.txt"]] == [(0, "Client"), (len(vi.segments[0].text) + 1 + len(vi.segments[1].text) + 1, "Client")]


def test_text_alone_rules(termbase):
    ka = version("ka", "კლიენტი კლიენტის წინააღმდეგ\nეს ჩვეულებრივი კლიენტია.")
    got = findings(termbase, ka)["ka.txt"]
    assert [(f.term, f.replacement, f.kind, f.evidence[0].rule) for f in got] == [
        ("კლიენტის", "მომხმარებლის", "self-collapse", "X X-against")]


def test_ordinary_repetition_is_not_a_collapse(termbase):
    en = version("en", "Customer service and customer support.\nEvery customer and every customer group.")
    assert findings(termbase, en)["en.txt"] == []


@pytest.mark.parametrize("lang,before,between,after,rule", [
    ("vi", "Sự khác biệt giữa ", " và ", "", "between X and X"),
    ("ru", "", " или ", "?", "X or X"),
    ("en", "", " vs ", "", "X vs X"),
    ("en", "", " and the ", " group is", None),
    ("vi", "bán được ", " chứ không phải ", "?", "X, not X"),
])
def test_pair_rules(lang, before, between, after, rule):
    found = pair_rule(get_language(lang), before, between, after, True)
    assert (found[0] if found else None) == rule


class Occ:
    def __init__(self, concept):
        self.concepts = frozenset([concept])


def test_assignment_prefers_agreement_then_order():
    t = [Occ("client"), Occ("client")]
    assert assign(t, ["client", "customer"]) == [0, 1]
    assert assign(t, ["customer", "client"]) == [0, 1]          # order kept when one must be wrong
    assert assign([Occ("customer"), Occ("client")], ["client", "customer"]) == [1, 0]
    assert assign([Occ("client")] * 3, ["customer"]) == [0, None, None]


def test_discovery_finds_a_collapse_no_termbase_knows(termbase):
    en = version("en", "Know the cost and price of each product.\nPrices change more and more.", source=True)
    vi = version("vi", "Hãy biết giá và giá của từng sản phẩm.\nGiá thay đổi ngày càng nhiều.")
    got = findings(termbase, en, vi)["vi.txt"]
    assert [(f.term, f.kind, f.concept, f.replacement) for f in got] == [("giá", "suspected-collapse", "price", None)]
    assert got[0].start == len("Hãy biết giá và ")
    assert "cost/price" in got[0].note and got[0].evidence[0].term == "cost / price"


def test_discovery_ignores_reduplication_and_fixed_repetition(termbase):
    en = version("en", "Friends and friends of friends came, more and more.", source=True)
    idn = version("id", "Teman-teman dan teman dari teman datang, lebih dan lebih.")
    assert findings(termbase, en, idn)["id.txt"] == []


def test_text_alone_in_unspaced_script_and_ambiguous_terms(termbase):
    zh = version("zh", "客户和客户之间的区别")
    got = findings(termbase, zh)["zh.txt"]
    assert len(got) == 1 and got[0].evidence[0].rule == "between X and X"
    es = version("es", "Cliente vs cliente")
    got = findings(termbase, es)["es.txt"]
    # Spanish has no word of its own for a professional's client: the customer side gets the fix
    assert [(f.start, f.concept) for f in got] == [(len("Cliente vs "), "customer")]
    assert got[0].replacement
