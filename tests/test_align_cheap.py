"""The cheap structural alignment decides where the structure is plain and
leaves the rest to the sentence model; on the seeds it agrees with the
full sentence-model alignment."""
from pathlib import Path

import pytest

from audit.align import Embedder, align_pair
from audit.align.aligner import align_by_meaning
from audit.align.cheap import plan
from audit.model import Segment, Version
from audit.files.readers import read_file
from audit.text.segment import split_version

SET = Path(__file__).resolve().parent.parent / "corpora" / "client-vs-customer"


def _sentences(paragraphs: list[str], lang: str = "en"):
    v = Version(Path(f"{lang}.txt"), lang, [Segment(str(k), p) for k, p in enumerate(paragraphs)])
    return split_version(v)


def _decided(p) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(g.a, g.b) for g in p.groups}


def test_parallel_paragraphs_need_no_model():
    a = _sentences(["Client or customer?", "A client buys advice. A customer buys goods in a shop.",
                    "Both matter to a business."])
    b = _sentences(["Khách hàng hay khách hàng?", "Thân chủ mua lời khuyên. Khách hàng mua hàng trong cửa hàng.",
                    "Cả hai đều quan trọng với doanh nghiệp."], "vi")
    p = plan(a, b)
    assert p.stretches == []
    assert _decided(p) == {((k,), (k,)) for k in range(4)}
    assert all(g.score is None for g in p.groups)


def test_a_sentence_the_translation_split_is_merged_by_length():
    a = _sentences(["Short one. This is a much longer sentence that the translation cut in two, as it often does. "
                    "The end."])
    # each half alone is far too short for the long sentence; together they fit
    b = _sentences(["Ngắn. Đây là một câu dài hơn nhiều so với câu trước. Bản dịch đã cắt nó làm hai như thường lệ. "
                    "Hết."], "vi")
    p = plan(a, b)
    assert ((1,), (1, 2)) in _decided(p)
    assert ((0,), (0,)) in _decided(p) and ((2,), (3,)) in _decided(p)


def test_an_inserted_paragraph_is_left_to_the_model():
    body = ["The client signs the contract first.", "Then the customer pays at the counter.",
            "Finally both receive a receipt by email."]
    a = _sentences(body)
    b = _sentences([body[0], "Watch the video: client vs customer, 2024 edition", body[1], body[2]])
    p = plan(a, b)
    decided_b = {j for g in p.groups for j in g.b}
    assert 1 not in decided_b
    assert any(1 in sb for _, sb in p.stretches)


def test_anchors_that_disagree_veto_a_plain_pair():
    a = _sentences(["The client paid 120 euros.", "The customer paid 75 euros."])
    b = _sentences(["Der Kunde zahlte 75 Euro.", "Der Mandant zahlte 120 Euro."], "de")
    p = plan(a, b)
    assert ((0,), (0,)) not in _decided(p)


@pytest.fixture(scope="module")
def seeds():
    return {lang: split_version(read_file(SET / f"{lang}.txt", lang)[0]) for lang in ("id", "vi")}


def test_seeds_agree_with_the_full_alignment_and_embed_less(seeds):
    full_emb, cheap_emb = Embedder(), Embedder()
    full = {(i, j) for g in align_by_meaning(seeds["id"], seeds["vi"], full_emb) for i in g.a for j in g.b}
    cheap = {(i, j) for g in align_pair(seeds["id"], seeds["vi"], cheap_emb) for i in g.a for j in g.b}
    assert len(full & cheap) >= 0.95 * len(full)
    assert cheap_emb.embedded <= full_emb.embedded / 3


def test_by_structure_embeds_nothing_and_keeps_only_the_structures_pairs(seeds):
    meaning_emb, structure_emb = Embedder(), Embedder()
    meaning = align_pair(seeds["id"], seeds["vi"], meaning_emb)
    structure = align_pair(seeds["id"], seeds["vi"], structure_emb, by="structure")
    assert structure_emb.embedded == 0 < meaning_emb.embedded
    # what the structure decides is the same either way; only the stretches it left are missing
    pairs = {(g.a, g.b) for g in structure}
    assert pairs < {(g.a, g.b) for g in meaning} and all(g.score is None for g in structure)


def test_structure_of_documents_pairs_kinds():
    """Headings pair with headings and list items with list items: a page that
    dropped its title shifts nothing, and a heading never plainly pairs with a
    list item of about its length."""
    a = _sentences(["Client or customer", "Who buys advice", "A client buys advice from a lawyer.",
                    "Who buys goods", "A customer buys goods in a shop."])
    b = _sentences(["Ai mua lời khuyên", "Thân chủ mua lời khuyên từ luật sư.",
                    "Ai mua hàng", "Khách hàng mua hàng trong cửa hàng."], "vi")
    kinds_a = ["heading", "heading", "paragraph", "heading", "paragraph"]
    kinds_b = ["heading", "paragraph", "heading", "paragraph"]
    p = plan(a, b, kinds_a=kinds_a, kinds_b=kinds_b)
    pairs = {(g.a, g.b) for g in p.groups}
    assert ((3,), (2,)) in pairs and ((4,), (3,)) in pairs          # the section heading and its paragraph
    assert not any(g.a == (0,) for g in p.groups)                   # the title the copy dropped pairs with nothing
    one_a, one_b = _sentences(["A client buys advice."]), _sentences(["Thân chủ mua lời khuyên."], "vi")
    assert plan(one_a, one_b).groups and plan(one_a, one_b, kinds_a=["paragraph"], kinds_b=["paragraph"]).groups
    mixed = plan(one_a, one_b, kinds_a=["heading"], kinds_b=["list-item"])
    assert not mixed.groups and mixed.stretches == [([0], [0])]
