"""Reading bytes from disk into text, refusing what is not text."""
from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from ..errors import InputError

MAX_BYTES = 512 * 1024 * 1024

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def read_bytes(path: Path) -> bytes:
    read_bytes_check(path)
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from None


def decode(path: Path, data: bytes, encoding: str | None = None) -> str:
    """Decode as UTF-8 (or the BOM's or given encoding); refuse binary and empty input."""
    if not data.strip():
        raise InputError(path, "file is empty")
    enc = encoding
    if enc is None:
        for bom, name in _BOMS:
            if data.startswith(bom):
                enc = name
                break
    if enc is None and b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not text")
    try:
        text = data.decode(enc or "utf-8")
    except LookupError:
        raise InputError(path, f"unknown encoding {enc!r}") from None
    except UnicodeDecodeError as e:
        hint = ("; give --encoding for a file in a legacy encoding (e.g. --encoding cp1251)"
                if encoding is None else "; is --encoding right?")
        raise InputError(path, f"not valid {enc or 'UTF-8'} text at byte {e.start}{hint}") from None
    if not text.strip():
        raise InputError(path, "file is empty")
    return text


def check_encoding(encoding: str | None) -> str | None:
    """The codec's canonical name for --encoding, or a clear error (before any work)."""
    if encoding is None:
        return None
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(None, f"--encoding: unknown encoding {encoding!r}") from None
    return info.name


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


CHUNK = 1 << 20     # bytes read at a time when a text is streamed


def _encoding_of(head: bytes, encoding: str | None) -> str:
    if encoding is not None:
        return encoding
    return next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")


def _chunks(path: Path):
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                yield chunk
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from None


def scan(path: Path, encoding: str | None = None) -> str:
    """What `decode(path, read_bytes(path), encoding)` would refuse, refused
    the same way and in the same order, without holding the file: one pass
    over its bytes. Returns the file's sha256."""
    read_bytes_check(path)
    digest = hashlib.sha256()
    head = b""
    blank = True            # nothing but ASCII whitespace so far (bytes.strip)
    for chunk in _chunks(path):
        digest.update(chunk)
        if len(head) < 8192:
            head += chunk[:8192 - len(head)]
        blank = blank and not chunk.strip()
    if blank:
        raise InputError(path, "file is empty")
    if encoding is None and not any(head.startswith(bom) for bom, _ in _BOMS) and b"\x00" in head:
        raise InputError(path, "binary file, not text")
    empty = True
    for text in decoded(path, encoding):
        empty = empty and not text.strip()
    if empty:
        raise InputError(path, "file is empty")
    return digest.hexdigest()


def read_bytes_check(path: Path) -> None:
    """read_bytes' refusals (missing, a folder, over the limit), without reading."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(path, f"file is {size // 2**20} MiB, over the {MAX_BYTES // 2**20} MiB limit")


def decoded(path: Path, encoding: str | None = None):
    """The file's text piece by piece, as `decode` reads it whole (BOM, --encoding);
    a piece never ends inside a character. Errors name the byte as `decode` does."""
    decoder = None
    done = 0                 # bytes handed to the decoder
    head = b""
    for chunk in _chunks(path):
        if decoder is None and len(head + chunk) < 4:
            head += chunk            # a BOM is told from the first four bytes
            continue
        chunk, head = head + chunk, b""
        if decoder is None:
            enc = _encoding_of(chunk, encoding)
            try:
                decoder = codecs.getincrementaldecoder(enc)()
            except LookupError:
                raise InputError(path, f"unknown encoding {enc!r}") from None
        held = len(decoder.getstate()[0])
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError as e:
            _decode_error(path, enc, encoding, done - held + e.start)
        done += len(chunk)
        if text:
            yield text
    if decoder is None and head:
        enc = _encoding_of(head, encoding)
        try:
            decoder = codecs.getincrementaldecoder(enc)()
        except LookupError:
            raise InputError(path, f"unknown encoding {enc!r}") from None
        yield from _final(path, decoder, head, enc, encoding)
    elif decoder is not None:
        yield from _final(path, decoder, b"", enc, encoding, done)


def _final(path, decoder, data: bytes, enc: str, given: str | None, done: int = 0):
    """The last piece: `data` (a file shorter than a BOM) and what the decoder holds back."""
    held = len(decoder.getstate()[0])
    try:
        text = decoder.decode(data, final=True)
    except UnicodeDecodeError as e:
        _decode_error(path, enc, given, done - held + e.start)
    if text:
        yield text


def _decode_error(path: Path, enc: str, given: str | None, at: int):
    hint = ("; give --encoding for a file in a legacy encoding (e.g. --encoding cp1251)"
            if given is None else "; is --encoding right?")
    name = enc if given is not None or enc != "utf-8" else None
    raise InputError(path, f"not valid {name or 'UTF-8'} text at byte {at}{hint}") from None


def lines(path: Path, encoding: str | None = None):
    """(line, its offset in the text) for every line of the file, with its
    line break, as `text.splitlines(keepends=True)` cuts the whole text: a
    line is held back until the next piece shows where it ends (a CR may be
    followed by its LF in the next piece). A line too long to be a paragraph
    comes in pieces, cut as `pieces` cuts it, so memory stays bounded."""
    pos, pending, size = 0, [], 0          # the line not ended yet, in pieces
    for text in decoded(path, encoding):
        if not _BREAK.search(text):
            if pending and _BREAK.match(pending[0][-1:]):
                # the held line ended (a CR that no LF follows): out with it first
                for piece in pieces(pending[0]):
                    yield piece, pos
                    pos += len(piece)
                pending, size = [], 0
            pending.append(text)
            size += len(text)
            if size > 4 * LONG_LINE:       # cut it now, the same way a whole line is cut
                line = "".join(pending)
                a = 0
                while len(line) - a > 2 * LONG_LINE:
                    b = _cut(line, a)
                    yield line[a:b], pos
                    pos, a = pos + b - a, b
                pending, size = [line[a:]], len(line) - a
            continue
        parts = ("".join(pending) + text).splitlines(keepends=True)
        pending = [parts.pop()]
        size = len(pending[0])
        for line in parts:
            for piece in pieces(line):
                yield piece, pos
                pos += len(piece)
    for line in "".join(pending).splitlines(keepends=True):
        for piece in pieces(line):
            yield piece, pos
            pos += len(piece)


# A line over 2 * LONG_LINE characters is no paragraph (a whole file on one
# line): it is read in pieces of LONG_LINE to 2 * LONG_LINE characters, each
# ending after a sentence end (else a space), so that a check holds one piece
# at a time. The cut depends on the line's text alone, never on how the file
# was read, so streamed and whole-file reading give the same pieces.
LONG_LINE = 64 * 1024
_SENTENCE_END = re.compile(r"[.!?。！？…]+[\"'”’»)\]]*\s+")
_SPACES = re.compile(r"\s+")            # a line's break is never inside a piece: `pieces` cuts its body


def _cut(line: str, a: int) -> int:
    """Where the piece of `line` that starts at `a` ends."""
    lo, hi = a + LONG_LINE, a + 2 * LONG_LINE
    m = _SENTENCE_END.search(line, lo, hi)
    if m is None:
        m = next((s for s in reversed(list(_SPACES.finditer(line, lo, hi)))), None)
    return m.end() if m else hi


def pieces(line: str):
    """`line` whole, or in pieces where it is longer than 2 * LONG_LINE (its
    line break stays with the last piece)."""
    a, body = 0, len(line.rstrip(BREAKS))
    while body - a > 2 * LONG_LINE:
        b = _cut(line, a)
        yield line[a:b]
        a = b
    yield line[a:] if a else line


BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"     # where str.splitlines cuts
_BREAK = re.compile(f"[{BREAKS}]")
