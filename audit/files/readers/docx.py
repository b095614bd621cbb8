"""Word .docx: the paragraphs, headings (Heading/Title styles), list items
(numbered paragraphs) and table rows of word/document.xml. Text is what
`<w:t>` holds, so deleted text of tracked changes (`<w:delText>`, `<w:del>`),
field codes and comments (another part) are never read; inserted text is
read as the document now says it. See office.py for the zip and the offsets."""
from __future__ import annotations

from pathlib import Path

from ...model import Version
from . import register
from .office import Dialect, version

PART = "word/document.xml"


def _style(name: str, attrs: dict) -> str:
    return (attrs.get("w:val") or "").lower() if name == "pStyle" else ""


DOCX = Dialect(
    paragraphs=frozenset({"p"}), text_in=frozenset({"t"}), spaces=frozenset({"tab", "br", "cr"}),
    skip=frozenset({"del", "moveFrom", "instrText", "delText", "commentReference", "footnoteReference"}),
    table="tbl", row="tr", cell="tc",
    heading=lambda name, attrs: _style(name, attrs).startswith(("heading", "title", "subtitle")),
    list_item=lambda name, attrs: name == "numPr" or _style(name, attrs).startswith("list"),
)


@register(".docx")
def read_docx(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    return [version(path, "docx", PART, DOCX, lang)]
