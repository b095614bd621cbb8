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


def _named(path: Path) -> str | None:
    """af.txt, sk.txt: a code the tool does not know (the corpus gives it the
    ones it knows), reported as unsupported instead of guessed as a neighbour."""
    import re
    from ...text.codes import ISO_639_1
    stem = path.name.split(".")[0]
    if not re.fullmatch(r"[a-z]{2}(?:[-_][A-Za-z]{2,4})?", stem):
        return None
    return stem[:2] if stem[:2] in ISO_639_1 else None


@register(".txt", ".text")
def read_text(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    data = read_bytes(path)
    text = decode(path, data, encoding)
    if path.suffix.lower() not in (".txt", ".text"):
        # the plain-text fallback for a suffix no reader knows: not for markup or keyed data
        from .unsupported import structured
        structured(path, text)
    lang = lang or _named(path) or detect_language(text, path)
    return [Version(path, lang, paragraphs(text), fmt="text", sha256=sha256(data), encoding=encoding or "")]
