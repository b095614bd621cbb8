"""Fixes back into HTML and XHTML. The page is read again the reader's way
(every block of the whole page, so a fix made with or without --whole-page
finds its block) and each fix is mapped through its block's character map:
only the fixed word's characters change, written the way the file writes
them (an entity where the old word had one), everything else byte for byte."""
from __future__ import annotations

from pathlib import Path

from ...errors import InputError
from ...model import Fix
from ..document import edits_for, like_entities
from ..readers.webpage import _decode, scan
from ..readers import webpage
from . import register
from .edits import splice
from .text import encode_like

def escape_like(new: str, old_raw: str) -> str:
    """`new` escaped for HTML text, non-ASCII written as the old word wrote its own."""
    return like_entities(new.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), old_raw)


@register("html")
def write_html(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool = False,
               encoding: str | None = None) -> bytes:
    text, codec = _decode(path, data, encoding)
    page = scan(path, text)
    blocks = webpage.article_blocks(path, text, page, whole=True)
    new = splice(text, edits_for(path, blocks, fixes, text, escape_like))
    try:
        return encode_like(data, new, codec, errors="xmlcharrefreplace")
    except LookupError:
        raise InputError(path, f"unknown encoding {codec!r}") from None
