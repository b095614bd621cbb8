"""Plain text: each non-empty line is a paragraph (web-scraped articles put one
paragraph per line, with or without blank lines between)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from ...text.langdetect import detect_language
from ...model import Segment, Version
from ..textio import BREAKS, decode, lines, pieces, read_bytes, sha256
from . import register


def paragraphs(text: str) -> list[Segment]:
    return list(_paragraphs(_lines(text)))


def _lines(text: str) -> Iterator[tuple[str, int]]:
    """As textio.lines reads them from the file."""
    pos = 0
    for line in text.splitlines(keepends=True):
        for piece in pieces(line):
            yield piece, pos
            pos += len(piece)


def _paragraphs(lines: Iterable[tuple[str, int]]) -> Iterator[Segment]:
    """(line with its break, offset) -> the paragraphs: each non-empty line
    (each piece of a line too long to be one, on the same line number)."""
    n, lineno = 0, 1
    for line, pos in lines:
        body = line.rstrip("\r\n")
        if body.strip():
            n += 1
            yield Segment(f"p{n}", body, offset=pos, line=lineno)
        if line and line[-1] in BREAKS:
            lineno += 1


def stream_paragraphs(path: Path, encoding: str | None) -> Iterator[Segment]:
    """The paragraphs of `read_text`, read from the file as they come (audit.run.stream)."""
    return _paragraphs(lines(path, encoding))


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
