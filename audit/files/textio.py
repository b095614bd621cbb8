"""Reading bytes from disk into text, refusing what is not text."""
from __future__ import annotations

import codecs
import hashlib
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
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(path, f"file is {size // 2**20} MiB, over the {MAX_BYTES // 2**20} MiB limit")
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
