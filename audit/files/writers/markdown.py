"""Fixes back into Markdown and MDX. The file is read again the reader's way
and each fix is mapped through its block's character map: only the fixed
word's characters change (inside `**bold**` or a link's text they stay
inside), a character Markdown would read as markup is written with a
backslash, and non-ASCII is written as an entity where the old word wrote
its own that way. Everything else stays byte for byte."""
from __future__ import annotations

from pathlib import Path

from ...model import Fix
from ..document import edits_for, like_entities
from ..readers.markdown import read_markdown_blocks
from ..textio import decode
from . import register
from .edits import splice
from .text import encode_like

_MARKUP = set("\\`*_[]<>|")


def escape_md(new: str, old_raw: str) -> str:
    return like_entities("".join("\\" + c if c in _MARKUP else c for c in new), old_raw)


@register("markdown")
def write_markdown(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool = False,
                   encoding: str | None = None) -> bytes:
    text = decode(path, data, encoding)
    blocks = read_markdown_blocks(path, text, mdx=path.suffix.lower() == ".mdx")
    new = splice(text, edits_for(path, blocks, fixes, text, escape_md))
    if encoding:
        return new.encode(encoding)
    return encode_like(data, new)
