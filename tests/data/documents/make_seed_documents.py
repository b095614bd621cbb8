"""Builds the seed articles as Markdown, Word and OpenDocument files (run
once; the files are committed). The first line is a heading, the others
paragraphs. In the Word and OpenDocument copies every occurrence of the
terms is split across two runs, the first bold (as Word does wherever the
formatting changes inside a word), so a word split across runs is read,
audited and fixed as one word. The Markdown copy writes the terms in bold
and some punctuation escaped."""
import re
from pathlib import Path

import docx
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import H, P, Span

from make_seed_pages import HERE, paragraphs

TERMS = re.compile(r"(?i)(khách hàng|thân chủ|klien|pelanggan|კლიენტ\w*|მომხმარებ\w*|клиент\w*|покупател\w*)")
OUT = HERE / "seeds"


def pieces(text: str):
    """(text, bold) runs: each term split after its first two letters, those bold."""
    pos = 0
    for m in TERMS.finditer(text):
        yield text[pos:m.start()], False
        yield m.group()[:2], True
        yield m.group()[2:], False
        pos = m.end()
    yield text[pos:], False


def markdown(lang: str) -> str:
    ps = paragraphs(lang)
    body = []
    for p in ps[1:]:
        p = p.replace("*", r"\*").replace("_", r"\_")
        body.append(TERMS.sub(lambda m: f"**{m.group()}**", p, count=1))
    return f"---\ntitle: \"{ps[0]}\"\nlang: {lang}\n---\n\n# {ps[0]}\n\n" + "\n\n".join(body) + "\n"


def word(lang: str, path: Path) -> None:
    ps = paragraphs(lang)
    d = docx.Document()
    d.add_heading(ps[0], 1)
    for p in ps[1:]:
        para = d.add_paragraph()
        for text, bold in pieces(p):
            if text:
                para.add_run(text).bold = bold
    d.core_properties.language = lang
    d.save(path)


def opendocument(lang: str, path: Path) -> None:
    ps = paragraphs(lang)
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(H(outlinelevel=1, text=ps[0]))
    for p in ps[1:]:
        para = P()
        for text, b in pieces(p):
            if text:
                para.addElement(Span(stylename=bold, text=text)) if b else para.addText(text)
        doc.text.addElement(para)
    doc.save(str(path))


if __name__ == "__main__":
    for lang in ("vi", "id", "ka", "ru"):
        (OUT / f"{lang}.md").write_text(markdown(lang), encoding="utf-8")
        word(lang, OUT / f"{lang}.docx")
        opendocument(lang, OUT / f"{lang}.odt")
