from pathlib import Path

from audit.model import Version
from audit.files.readers.text import paragraphs
from audit.text.segment import split_text, split_version


def spans(text):
    return [text[s:e] for s, e in split_text(text)]


def test_missing_space_after_stop_splits_before_capital_and_caseless_script():
    assert spans("khách hàng đến.Không có. Xong!") == ["khách hàng đến.", "Không có.", "Xong!"]
    assert spans("ძირითადი სიმართლე.ისინი თვლიან") == ["ძირითადი სიმართლე.", "ისინი თვლიან"]


def test_domain_names_and_inline_bullets():
    assert spans("gara Ecuvn.store giúp bạn.") == ["gara Ecuvn.store giúp bạn."]
    assert spans("khác nhau. • Khách hàng mua") == ["khác nhau.", "• Khách hàng mua"]
    assert spans("你好。我是") == ["你好。", "我是"]


def test_paragraph_offsets_point_into_the_file_text():
    text = "Title\r\n\r\nFirst para. Second.\nLast"
    segs = paragraphs(text)
    assert [s.id for s in segs] == ["p1", "p2", "p3"]
    for s in segs:
        assert text[s.offset:s.offset + len(s.text)] == s.text
    assert [s.line for s in segs] == [1, 3, 4]
    sentences = split_version(Version(Path("x.txt"), "en", segs))
    assert [x.text for x in sentences] == ["Title", "First para.", "Second.", "Last"]
    assert sentences[2].segment == 1 and segs[1].text[sentences[2].start:sentences[2].end] == "Second."


def test_an_abbreviations_stop_ends_no_sentence():
    # "Client vs. customer" is one title: split, each half names one concept and the contrast is lost
    def sentences(text):
        return [text[s:e] for s, e in split_text(text)]
    assert sentences("Client Vs. customer: what is the difference?") == ["Client Vs. customer: what is the difference?"]
    assert sentences("客户 vs. 客户：有什么区别？") == ["客户 vs. 客户：有什么区别？"]
    assert sentences("Ask Dr. Weber, e.g. by phone. He answers.") == ["Ask Dr. Weber, e.g. by phone.", "He answers."]
    assert sentences("It is a canvas. Next one.") == ["It is a canvas.", "Next one."]
