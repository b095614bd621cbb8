"""Fixes back into plain text. The file is decoded as the reader decodes it
(UTF-8, or UTF-8/16/32 after a BOM), fixes are spliced into the decoded text,
and it is encoded back the same way, BOM and byte order included. Line
endings are part of the decoded text, so they come back byte for byte.
mark_changed has no place to go in plain text and is ignored."""
from __future__ import annotations

import codecs
from pathlib import Path

from ...errors import InputError
from ...model import Fix
from ..document import sorted_spans
from ..textio import decode
from . import register
from .edits import splice

# (BOM, codec that encodes without adding one); UTF-32 before UTF-16, whose LE BOM is its prefix
_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def _encoding(data: bytes) -> tuple[bytes, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec
    return b"", "utf-8"


def encode_like(data: bytes, new: str, codec: str = "utf-8", errors: str = "strict") -> bytes:
    """`new` encoded as `data` was: after its BOM in the BOM's codec, else in
    `codec`; a BOM character `new` starts with is not written twice."""
    bom, by_bom = _encoding(data)
    if new.startswith("\ufeff"):
        new = new[1:]
    return bom + new.encode(by_bom if bom else codec, errors=errors)


def _paragraph_starts(text: str) -> dict[str, int]:
    """Paragraph id -> file offset, numbered as the text reader numbers them,
    for fixes addressed inside a paragraph rather than the whole file."""
    starts, pos, n = {}, 0, 0
    for line in text.splitlines(keepends=True):
        if line.rstrip("\r\n").strip():
            n += 1
            starts[f"p{n}"] = pos
        pos += len(line)
    return starts


def apply_fixes(path: Path, text: str, fixes: list[Fix]) -> str:
    """Splice `fixes` (file offsets, or paragraph offsets when `unit` names a
    paragraph) into `text`, checking each finds its old text. All offsets refer to the text before
    any fix, so no fix moves another."""
    starts = _paragraph_starts(text) if any(f.unit for f in fixes) else {}
    spans = []
    for f in fixes:
        base = 0
        if f.unit:
            if f.unit not in starts:
                raise InputError(path, f"no paragraph {f.unit!r} in the file")
            base = starts[f.unit]
        a, b = base + f.start, base + f.end
        if not (0 <= a <= b <= len(text)) or text[a:b] != f.old:
            found = text[a:b] if 0 <= a <= b <= len(text) else "(out of range)"
            raise InputError(path, f"expected {f.old!r} at {a}-{b}, found {found!r}; the file changed since the audit")
        spans.append((a, b, f.new))
    return splice(text, sorted_spans(path, spans))


@register("text")
def write_text(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool = False,
               encoding: str | None = None) -> bytes:
    """`encoding`: the legacy encoding the file was read in (--encoding); the
    fixed text is encoded back in it, and a fix it cannot hold is refused."""
    if encoding:
        text = decode(path, data, encoding)
        new = apply_fixes(path, text, fixes)
        try:
            return new.encode(encoding)
        except UnicodeEncodeError as e:
            raise InputError(path, f"the fix needs {new[e.start:e.end]!r}, which {encoding} cannot hold") from None
    bom, codec = _encoding(data)
    text = decode(path, data)
    if bom and text.startswith("\ufeff"):      # utf-16/32 keep no BOM char; utf-8-sig neither
        text = text[1:]
    new = apply_fixes(path, text, fixes)
    return bom + new.encode(codec)
