"""OpenDocument text .odt: the paragraphs, headings (`<text:h>`), list items
and table rows of content.xml. Comments (`<office:annotation>`), notes and
the deleted text kept for tracked changes (`<text:tracked-changes>`) are never
read. See office.py for the zip and the offsets."""
from __future__ import annotations

from pathlib import Path

from ...model import Version
from . import register
from .office import Dialect, version

PART = "content.xml"

ODT = Dialect(
    paragraphs=frozenset({"p", "h"}), text_in=frozenset(), spaces=frozenset({"tab", "line-break"}),
    skip=frozenset({"annotation", "note", "tracked-changes", "script", "bookmark-ref", "sequence-decls"}),
    table="table", row="table-row", cell="table-cell",
    heading=lambda name, attrs: name == "h",
    list_item=lambda name, attrs: False,
    repeat_spaces="s", list_ancestor="list-item",
)


@register(".odt")
def read_odt(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    return [version(path, "odt", PART, ODT, lang)]
