"""Fixes back into HTML and XHTML. The page is read again the reader's way
(every block of the whole page, so a fix made with or without --whole-page
finds its block) and each fix is mapped through its block's character map:
only the fixed word's characters change, written the way the file writes
them (an entity where the old word had one), everything else byte for byte."""
from __future__ import annotations

import re
from html.entities import codepoint2name
from pathlib import Path

from ...errors import InputError
from ...model import Fix
from ..document import edits_for
from ..readers.webpage import _decode, scan
from ..readers import webpage
from . import register
from .edits import splice
from .text import _encoding

_NUMERIC = re.compile(r"&#(x?)[0-9A-Fa-f]+;?")
_NAMED = re.compile(r"&[A-Za-z][A-Za-z0-9]*;?")


def escape_like(new: str, old_raw: str) -> str:
    """`new` escaped for HTML text, non-ASCII written as the old word wrote its
    own: &#233; / &#xE9; where it used numeric references, &eacute; where named."""
    out = new.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    numeric = _NUMERIC.search(old_raw)
    named = [m for m in _NAMED.finditer(old_raw) if m.group() not in ("&amp;", "&lt;", "&gt;", "&quot;")]
    if not numeric and not named:
        return out

    def ref(ch: str) -> str:
        if ord(ch) < 128:
            return ch
        if named and ord(ch) in codepoint2name:
            return f"&{codepoint2name[ord(ch)]};"
        return f"&#x{ord(ch):X};" if numeric and numeric.group(1) else f"&#{ord(ch)};"
    return "".join(ref(c) for c in out)


@register("html")
def write_html(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool = False,
               encoding: str | None = None) -> bytes:
    text, codec = _decode(path, data, encoding)
    page = scan(path, text)
    blocks = webpage.article_blocks(path, text, page, whole=True)
    new = splice(text, edits_for(path, blocks, fixes, text, escape_like))
    bom, by_bom = _encoding(data)
    if bom:
        codec = by_bom
    if new.startswith("\ufeff"):
        new = new[1:]
    try:
        return bom + new.encode(codec, errors="xmlcharrefreplace")
    except LookupError:
        raise InputError(path, f"unknown encoding {codec!r}") from None
