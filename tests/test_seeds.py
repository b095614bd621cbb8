"""End to end on the default corpus: specific findings and their absence."""
from pathlib import Path

from conftest import CORPUS, version


def stored(f):
    return Path(f.file).read_text(encoding="utf-8")


def by_start(v):
    return {f.start: f for f in v.findings}


def test_every_finding_points_at_its_word_in_the_stored_file(corpus_results):
    for r in corpus_results.values():
        for f in r.findings:
            text = stored(f)
            assert text[f.start:f.end] == f.term
            assert text[f.sentence_start:f.sentence_start + len(f.sentence)] == f.sentence
            if f.suggestion:
                assert f.replacement in f.suggestion


def test_georgian_collapse_against_indonesian_pivot(corpus_results):
    ka = version(corpus_results, "client-vs-customer", "ka.txt")
    f = by_start(ka)[303]
    assert (f.term, f.concept, f.replacement) == ("კლიენტის", "customer", "მომხმარებლის")
    assert f.suggestion == "კლიენტი მომხმარებლის წინააღმდეგ"
    assert f.evidence[0].rule == "pivot" and f.evidence[0].version == "id.txt"
    assert "Pelanggan" in f.evidence[0].text
    assert 8 <= len(ka.findings) <= 14


def test_vietnamese_collapses_everywhere(corpus_results):
    vi = version(corpus_results, "client-vs-customer", "vi.txt")
    title = by_start(vi)[18]
    assert (title.term, title.concept, title.replacement) == ("khách hàng", "client", "thân chủ")
    assert title.suggestion == "Sự khác biệt giữa thân chủ và khách hàng"
    assert by_start(vi)[44].replacement == "Thân chủ"      # "Khách hàng và Khách hàng"
    assert len(vi.findings) >= 20
    assert all(f.concept == "client" for f in vi.findings)


def test_russian_title_and_definitions(corpus_results):
    ru = version(corpus_results, "ru-client-or-customer", "ru-client-or-customer.txt")
    got = {(f.start, f.term, f.replacement) for f in ru.findings}
    text = (CORPUS / "ru-client-or-customer.txt").read_text(encoding="utf-8")
    second_definition = text.index("Клиент: Тот, который покупает")
    assert (11, "Клиент", "Покупатель") in got
    assert (second_definition, "Клиент", "Покупатель") in got
    assert len(ru.findings) <= 4


def test_true_negatives(corpus_results):
    assert version(corpus_results, "client-vs-customer", "id.txt").findings == []
    assert corpus_results["vi-native-client-customer"].findings == []


def test_ids_are_stable_and_unique(corpus_results):
    ids = [f.id for r in corpus_results.values() for f in r.findings]
    assert len(ids) == len(set(ids))
    from audit.run.api import audit_corpus
    again = audit_corpus(CORPUS)
    assert sorted(f.id for r in again for f in r.findings) == sorted(ids)
