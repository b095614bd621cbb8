"""Text-alone rules: coordination, contrast, parallel clauses, tautologies,
twin definitions and headings, table headers, and which occurrence is wrong."""
import csv
import unicodedata
from pathlib import Path

import pytest

from audit.checks.meaning import choose_by_meaning, cue_count, mask
from audit.checks.text_alone import link_rule, text_order, tokens
from audit.text.languages import get_language
from audit.model import Version
from audit.run.pipeline import audit_versions
from audit.run.api import check_files
from audit.files.readers.text import paragraphs

ROOT = Path(__file__).resolve().parent.parent


def flagged(termbase, lang, text):
    vr = audit_versions("t", [Version(Path(f"{lang}.txt"), lang, paragraphs(text))], termbase).versions[0]
    return [(f.start, text[f.start:f.end], f.concept, f.evidence[0].rule) for f in vr.findings]


@pytest.mark.parametrize("lang,before,gap,after,rule", [
    ("en", "The difference between “", "” and “", "”", "between X and X"),
    ("en", "", " vs. ", "", "X vs X"),
    ("en", "", " and ", ": two different words", "X and X differ"),
    ("en", "", " and ", " service teams", None),                 # compound
    ("en", "new ", " and ", "", None),                           # modifier
    ("en", "from ", " to ", "", None),
    ("en", "", "-to-", " (C2C)", None),
    ("en", "", " – ", "", "X – X"),
    ("en", "", "-", "", None),                                   # one hyphenated word
    ("tr", "", " ile ", " arasındaki fark nedir?", "between X and X"),
    ("tr", "", " ve ", " Farkı Nedir?", "X and X differ"),
    ("pl", "", " a ", " – jaka jest różnica?", "X and X differ"),
    ("zh", "", "和", "之间的区别", "between X and X"),
    ("zh", "", "对", "（C2C）电子商务", None),
    ("ja", "", "と", "の違い", "X and X differ"),
    ("ru", "", " или ", "?", "X or X"),
    ("vi", "bán được ", " chứ không phải ", "?", "X, not X"),
    ("vi", "", " của ", " chúng tôi", None),
])
def test_link_rule(lang, before, gap, after, rule):
    found = link_rule(get_language(lang), before, gap, after)
    assert (found[0] if found else None) == rule


def test_link_rule_reads_nfd_text_like_nfc():
    lang = get_language("vi")
    nfd = unicodedata.normalize("NFD", " và ")
    assert link_rule(lang, unicodedata.normalize("NFD", "Sự khác biệt giữa "), nfd, "")[0] == "between X and X"


def test_tokens_look_through_quotes_and_mark_clauses():
    en = get_language("en")
    assert tokens("« the », while", en) == ["the", ",", "while"]
    assert tokens("和", get_language("zh")) == ["和"]


@pytest.mark.parametrize("lang,text,rule", [
    ("zh", "客户和客户之间的区别", "between X and X"),
    ("ko", "고객과 고객의 차이점", "X and X differ"),                      # particle joined to the first term
    ("ar", "الفرق بين العميل والعميل", "between X and X"),                 # conjunction joined to the second
    ("he", "ההבדל בין לקוח ללקוח", "between X and X"),
    ("th", "ความแตกต่างระหว่างลูกค้ากับลูกค้า", "between X and X"),
    ("de", "Kunde vs. Kunde – was ist der Unterschied?", "X vs X"),      # the stop in "vs." splits sentences
])
def test_titles_in_every_script_are_flagged(termbase, lang, text, rule):
    got = flagged(termbase, lang, text)
    assert [r for *_, r in got] == [rule]


def test_contrast_flags_the_occurrence_whose_clause_fits_the_other_concept(termbase):
    text = "The customer buys once, while the customer receives ongoing professional advice from a lawyer."
    got = flagged(termbase, "en", text)
    assert [(s, w, c) for s, w, c, _ in got] == [(text.rindex("customer"), "customer", "client")]
    # the same with the clauses swapped: the first occurrence is now the wrong one
    text = "The customer receives ongoing professional advice from a lawyer, while the customer buys once."
    assert [(s, c) for s, _, c, _ in flagged(termbase, "en", text)] == [(text.index("customer"), "client")]


def test_symmetric_pair_names_the_other_order(termbase):
    # "X or X?" means the same whichever of the two changes: no guess, and the note gives the other order
    vr = audit_versions("t", [Version(Path("ru.txt"), "ru", paragraphs("Клиент или клиент?"))], termbase).versions[0]
    (f,) = vr.findings
    assert f.evidence[1].rule == "side by order" and "the other order is as good" in f.evidence[1].text
    assert f.replacement == "покупатель" and f.suggestion == "Клиент или покупатель?"
    assert "Покупатель или клиент?" in f.note and not f.readings


def test_undecided_pair_offers_both_readings(termbase):
    # the order matters ("every X is a Y" is not "every Y is an X") and nothing says which: both readings
    text = "Every customer is a customer, but not every customer is a customer."
    vr = audit_versions("t", [Version(Path("en.txt"), "en", paragraphs(text))], termbase).versions[0]
    assert len(vr.findings) == 2
    first = vr.findings[0]
    assert (first.start, first.end) == (text.index("customer"), text.index("customer", 10) + len("customer"))
    assert first.replacement is None and first.suggestion is None
    assert [r["suggestion"] for r in first.readings] == [
        "Every client is a customer, but not every customer is a customer.",
        "Every customer is a client, but not every customer is a customer."]
    assert [(r["start"], r["replacement"]) for r in first.readings] == [(6, "client"), (20, "client")]
    assert "choose one" in first.note


def test_parallel_clauses_tautology_and_legitimate_repetition(termbase):
    text = "Customers pay for a product once; customers pay a lawyer for ongoing advice."
    assert [(s, c) for s, _, c, _ in flagged(termbase, "en", text)] == [(text.rindex("customers"), "client")]
    got = flagged(termbase, "en", "Every customer is a customer, but not every customer is a customer.")
    assert len(got) == 2 and {r for *_, r in got} == {"every X is an X, but not every X is an X"}
    for legit in ("Customers want speed, and customers want quality.",
                  "The customer of our customer is a retailer.",
                  "We won the market customer by customer."):
        assert flagged(termbase, "en", legit) == [], legit


def test_twin_definitions_and_headings_decide_by_meaning(termbase):
    text = ("Клиент: Тот, который покупает товар в магазине\n"
            "Клиент: Тот, который находится под защитой юриста и получает его советы")
    got = flagged(termbase, "ru", text)
    assert [(s, c) for s, _, c, _ in got] == [(0, "customer")]
    text = ("Customer\nA customer buys goods or services from a shop, usually once.\n"
            "Customer\nA customer receives professional advice from a lawyer in an ongoing relationship.")
    got = flagged(termbase, "en", text)
    assert [(s, c, r) for s, _, c, r in got] == [(text.rindex("Customer\n"), "client", "twin headings")]


def test_table_header_column_read_from_its_cells(termbase):
    text = ("| Basis for comparison | Customer | Customer |\n| --- | --- | --- |\n"
            "| Meaning | Receives professional advice from a lawyer | Buys goods from a shop |")
    got = flagged(termbase, "en", text)
    assert [(s, c) for s, _, c, _ in got] == [(text.index("Customer"), "client")]


def test_choose_by_meaning_and_cues(termbase):
    d = termbase.distinction("client-customer")
    choice = choose_by_meaning(d, "vi", ["mua hàng hoá ở cửa hàng", "tìm kiếm lời khuyên của luật sư"])
    assert choice.concepts == ("customer", "client") and choice.margin > 0.03
    assert choose_by_meaning(d, "en", ["", ""]) is None
    assert cue_count("Il achète au magasin", ("achète", "magasin"), True) == 2
    assert mask("the customer buys", [(4, 12)]) == "the buys"
    assert text_order([("customer", "client")] * 2 + [("client", "customer")]) == ("customer", "client")
    assert text_order([("customer", "client")]) is None


def _gold_positives(name):
    with (ROOT / "tests" / "data" / "gold" / f"{name}.tsv").open(encoding="utf-8") as f:
        return [(int(r["start"]), int(r["end"])) for r in csv.DictReader(f, delimiter="\t") if r["wrong"] == "yes"]


def test_seed_articles_checked_alone_flag_the_right_occurrence(termbase):
    right = total = 0
    for path, lang, gold in [("client-vs-customer/vi.txt", "vi", "client-vs-customer__vi"),
                             ("client-vs-customer/ka.txt", "ka", "client-vs-customer__ka"),
                             ("ru-client-or-customer.txt", "ru", "root__ru-client-or-customer")]:
        result = check_files(ROOT / "corpora" / path, lang=lang, termbase=termbase)
        alone = [f for f in result.findings if f.kind == "self-collapse"]
        positives = _gold_positives(gold)
        right += sum(any(f.start < b and a < f.end for a, b in positives) for f in alone)
        total += len(alone)
    assert total >= 12 and right / total >= 0.8, (right, total)


def test_clause_contexts_for_cross_version(termbase):
    from audit.checks.text_alone import clause_contexts
    text = "Khách hàng mua hàng hoá, trong khi khách hàng tìm kiếm lời khuyên của luật sư."
    vr = audit_versions("t", [Version(Path("vi.txt"), "vi", paragraphs(text))], termbase).versions[0]
    contexts = clause_contexts(vr, 0, 1)
    assert "khách hàng" not in " ".join(contexts).casefold()          # the terms do not vote
    choice = choose_by_meaning(termbase.distinction("client-customer"), "vi", contexts)
    assert choice.concepts == ("customer", "client")
    assert clause_contexts(vr, 1, 0) is None


@pytest.mark.parametrize("versus", ["vs", "vs."])
def test_a_title_with_an_abbreviated_versus_is_a_title(tmp_path, versus):
    """The dot of "vs." does not end a sentence: "Client vs. client: ...?" is the
    text's title, so the text is about the distinction and gets its words."""
    path = tmp_path / "ca.txt"
    path.write_text(f"Client {versus} client: quina és la diferència?\n\n"
                    "Molta gent confon aquests dos termes. Un client compra un producte a una botiga, "
                    "mentre que un client rep serveis professionals continus d'un advocat.\n", encoding="utf-8")
    found = [f for v in check_files(path).versions for f in v.findings]
    assert found and all(f.replacement == "comprador" for f in found)
    assert all("the text is about the distinction" in f.note for f in found)
