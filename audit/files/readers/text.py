"""Plain text: each non-empty line is a paragraph (web-scraped articles put one
paragraph per line, with or without blank lines between)."""
from __future__ import annotations

from pathlib import Path

from ...text.langdetect import detect_language
from ...model import Segment, Version
from ..textio import decode, read_bytes, sha256
from . import register


def paragraphs(text: str) -> list[Segment]:
    segs, pos = [], 0
    for lineno, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        if body.strip():
            segs.append(Segment(f"p{len(segs) + 1}", body, offset=pos, line=lineno))
        pos += len(line)
    return segs


@register(".txt", ".text")
def read_text(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    data = read_bytes(path)
    text = decode(path, data, encoding)
    lang = lang or detect_language(text, path)
    return [Version(path, lang, paragraphs(text), fmt="text", sha256=sha256(data), encoding=encoding or "")]
