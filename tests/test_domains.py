"""The text's domain decides the words a replacement may use: a lawyer's
word for "client" (vi thân chủ, de Mandant, tr müvekkil) only in a legal
text; where a language has no single word for a concept in the domain, no
word at all, with the alternatives in the note."""
from functools import lru_cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.terms.domain import DOMAINS, infer
from audit.model import Version
from audit.run.pipeline import audit_versions
from audit.run.api import check_files
from audit.files.readers.text import paragraphs

# Short texts of each domain, written in the target language alone.
TEXTS = {
    ("vi", "legal"): "Luật sư đại diện cho thân chủ tại tòa án trong vụ kiện. Văn phòng luật tư vấn pháp lý.",
    ("vi", "business"): "Công ty quảng cáo quản lý dự án và chiến dịch tiếp thị. Hóa đơn được gửi sau mỗi dự án.",
    ("vi", "retail"): "Cửa hàng bán sản phẩm; người mua thêm sản phẩm vào giỏ hàng, đặt đơn hàng và chờ giao hàng.",
    ("ru", "legal"): "Адвокат представляет доверителя в суде. Юрист оказывает юридическую помощь, нотариус заверяет договор.",
    ("ru", "business"): "Агентство ведёт проект и маркетинговую кампанию; счёт за проект отправлен после сдачи проекта.",
    ("ru", "retail"): "Интернет-магазин: товар в корзину, скидка на товары и доставка заказа.",
    ("de", "legal"): "Die Kanzlei vertritt ihre Mandanten vor Gericht; der Rechtsanwalt reicht Klage ein.",
    ("de", "business"): "Die Agentur plant das Projekt und die Kampagne und stellt nach dem Projekt die Rechnung.",
    ("de", "retail"): "Im Online-Shop landen Produkte im Warenkorb; Bestellung, Rabatt und Versand folgen.",
    ("tr", "legal"): "Avukat davada mahkemede temsil eder; dava dosyası hukuk bürosunda hazırlanır.",
    ("tr", "business"): "Ajans proje ve pazarlama kampanyası yürütür; fatura proje sonunda kesilir.",
    ("tr", "retail"): "Mağazada ürünler sepete eklenir; sipariş, indirim ve kargo ile teslimat yapılır.",
}
EN = {"legal": "The lawyer represents the client in court in the lawsuit. The law firm gives legal advice.",
      "business": "The agency runs the project and the marketing campaign. The invoice is sent after each project.",
      "retail": "The shop sells products; the buyer adds products to the cart, places an order and waits for delivery."}
COLLAPSE = {"vi": "Khách hàng và khách hàng khác nhau.", "ru": "Клиент и клиент различаются.",
            "de": "Kunde und Kunde unterscheiden sich.", "tr": "Müşteri ve müşteri farklıdır."}


@pytest.mark.parametrize("lang,domain", sorted(TEXTS), ids=[f"{l}-{d}" for l, d in sorted(TEXTS)])
def test_domain_inferred_from_the_text_alone(lang, domain):
    choice = infer([TEXTS[lang, domain]], [], None)
    assert choice.name == domain and choice.reason.startswith("cue words")


@lru_cache(maxsize=None)
def fixes(lang, domain, given=None):
    """The findings on a collapse in a text of `domain`, by concept (cached: each is an alignment)."""
    src = Version(Path("en.txt"), "en", paragraphs("A client and a customer differ.\n" + EN[domain]), is_source=True)
    tgt = Version(Path(f"{lang}.txt"), lang, paragraphs(COLLAPSE[lang] + "\n" + TEXTS[lang, domain]))
    result = audit_versions("s", [src, tgt], load(), EMBEDDER, domain=given)
    return result, {f.concept: f for f in result.versions[1].findings}


@lru_cache(maxsize=1)
def load():
    from audit.terms.termbase import load_termbase
    return load_termbase()


from audit.align import Embedder  # noqa: E402

EMBEDDER = Embedder()            # one model and one cache for every text here


# (lang, domain) -> (concept fixed, replacement); None: no single word in that domain.
# An ambiguous word (de Kunde, tr müşteri) is fixed on the side that has a word
# in the domain: "Kunde und Käufer" in a shop's text, where no word fits the client.
EXPECTED = {
    ("vi", "legal"): ("client", "Thân chủ"), ("vi", "business"): ("client", "Client"), ("vi", "retail"): ("client", None),
    ("ru", "legal"): ("customer", "покупатель"), ("ru", "business"): ("customer", "заказчик"),
    ("ru", "retail"): ("customer", "покупатель"),
    ("de", "legal"): ("client", "Mandant"), ("de", "business"): ("client", "Auftraggeber"), ("de", "retail"): ("customer", "Käufer"),
    ("tr", "legal"): ("client", "Müvekkil"), ("tr", "business"): ("client", None), ("tr", "retail"): ("customer", "alıcı"),
}


@pytest.mark.parametrize("lang,domain", sorted(EXPECTED), ids=[f"{l}-{d}" for l, d in sorted(EXPECTED)])
def test_replacement_comes_from_the_texts_domain(lang, domain):
    result, found = fixes(lang, domain)
    concept, replacement = EXPECTED[lang, domain]
    f = found[concept]
    assert result.domain == domain and f.domain == domain
    assert f.replacement == replacement
    assert f"domain: {domain}, cue words" in f.note          # which domain, and why
    if replacement is None:
        assert f"no standard single {lang} word for '{concept}' in a {domain} text; alternatives:" in f.note


def test_no_lawyers_word_outside_legal_and_healthcare():
    legal_words = {"thân chủ", "mandant", "müvekkil", "ลูกความ"}
    for (lang, domain) in EXPECTED:
        if domain != "legal":
            _, found = fixes(lang, domain)
            assert not {(f.replacement or "").casefold() for f in found.values()} & legal_words, (lang, domain)


def test_alternatives_are_listed_where_no_word_fits():
    _, found = fixes("tr", "business")
    note = found["client"].note
    assert "hizmet alan" in note and "kurumsal müşteri" in note and "müvekkil (legal)" in note


def test_domain_given_overrides_the_inferred_one():
    result, found = fixes("de", "retail", given="legal")
    assert result.domain == "legal" and result.domain_reason == "given with --domain"
    assert found["client"].replacement == "Mandant"


def test_the_sentence_model_decides_where_no_cue_word_does():
    choice = infer(["Die Katze schläft.", "Heute ist schönes Wetter."], ["Die Katze schläft auf dem Sofa."], EMBEDDER)
    assert choice.name in DOMAINS and "sentence model" in choice.reason


def test_check_takes_domain_and_rejects_an_unknown_one(tmp_path):
    path = tmp_path / "de.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "Client or customer?"\nmsgstr "Kunde oder Kunde?"\n', encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(app, ["check", str(path), "--domain", "business", "--format", "json"])
    assert r.exit_code == 1, r.output
    import json
    first = json.loads(r.stdout)["findings"][0]
    assert (first["replacement"], first["domain"]) == ("Auftraggeber", "business")
    r = runner.invoke(app, ["check", str(path), "--domain", "legl"])
    assert r.exit_code == 2 and "unknown domain 'legl'" in r.output
    assert check_files(path, domain="legal").findings[0].replacement == "Mandant"


def test_cue_counts_skip_only_cues_that_cannot_match():
    """The plain-substring shortcut counts exactly what the cue patterns count,
    on text in several scripts and cases (Turkish dotted and dotless i too)."""
    from audit.terms.domain import DOMAINS, _cue_pattern, cue_counts
    texts = ["Bác sĩ và BỆNH NHÂN tại phòng khám", "ПАЦИЕНТ пришёл к врачу; адвоката вызвали",
             "İSTANBUL'da avukat ve müvekkil, PROJELER ve yazılım", "The API CLIENT, patients and lawyers"]
    joined = "\n".join(texts).casefold()
    want = {d.name: {c: n for c in d.cues if (n := len(_cue_pattern(c).findall(joined)))} for d in DOMAINS.values()}
    assert cue_counts(texts) == want
    assert any(want.values())
