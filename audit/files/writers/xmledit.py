"""Byte surgery on XML files (XLIFF, TMX): replace words inside one element's
content and set one attribute, leaving every other byte as it was."""
from __future__ import annotations

import re
from pathlib import Path

from .. import xmlsafe
from ...errors import InputError
from ...model import Fix
from ..readers.bilingual import protect
from .edits import check


def content_edits(path: Path, doc: xmlsafe.XmlDoc, uid: str, start: int, end: int,
                  fixes: list[Fix], whole: frozenset[str]) -> list[tuple[int, int, bytes]]:
    """Byte edits for `fixes` inside the element content at bytes [start, end)."""
    raw = doc.text(start, end)
    inl = xmlsafe.inline(raw, whole)
    edits = []
    for f in fixes:
        check(path, uid, inl.text, protect(inl.text, inl.protected), f)
        a, b = inl.raw_range(f.start, f.end)
        flags = inl.cdata(f.start, f.end)
        if len(flags) > 1:
            raise InputError(path, f"unit {uid!r}: fix at {f.start}-{f.end} straddles a CDATA section")
        if flags == {True}:
            if "]]>" in f.new:
                raise InputError(path, f"unit {uid!r}: replacement contains ']]>'")
            rep = f.new
        else:
            rep = xmlsafe.escape(f.new)
        ab = start + len(raw[:a].encode("utf-8"))
        bb = start + len(raw[:b].encode("utf-8"))
        edits.append((ab, bb, rep.encode("utf-8")))
    return edits


def set_attr(doc: xmlsafe.XmlDoc, tag_start: int, name: str, value: str) -> tuple[int, int, bytes]:
    """Edit that sets attribute `name` on the start tag at `tag_start`."""
    end = xmlsafe.tag_end(doc.buf, tag_start)
    tag = bytes(doc.buf[tag_start:end])
    m = re.search(rb"\s" + re.escape(name.encode()) + rb"""\s*=\s*(["'])(.*?)\1""", tag, re.S)
    val = xmlsafe.escape_attr(value).encode("utf-8")
    if m:
        return (tag_start + m.start(2), tag_start + m.end(2), val)
    at = end - 2 if tag.endswith(b"/>") else end - 1
    return (at, at, b" " + name.encode() + b'="' + val + b'"')
