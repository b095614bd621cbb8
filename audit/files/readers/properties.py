"""Java .properties resource bundles (messages_de.properties).

`key=value`, `key: value` or `key value`; `#`/`!` comments (the one above a key
is shown as context); a value continues on the next line after a trailing
backslash (the line break and the next line's indentation are not part of the
text); escapes \\t \\n \\r \\f \\uXXXX, and \\x for any other x. The encoding is
--encoding, else UTF-8 where the file is valid UTF-8 (Java 9+ bundles), else
ISO-8859-1 (java.util.Properties); on write-back a letter the file's encoding
cannot hold, or any non-ASCII letter in an all-ASCII file, is written \\uXXXX.

Our own tokenizer (see readers/resource.py): translate-toolkit's `properties`
store gives no offsets and re-serialises the file.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...model import Version
from . import register
from .resource import (Entry, Lines, Loaded, backslash_unescape, decode_text, format_module, read_resource,
                       text_encoder)

_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_LOGICAL = re.compile(r"(?:[^\n\r\\]|\\(?:\r\n|[\s\S]))*")   # up to an unescaped line end


def unescape(buf: str, start: int, end: int):
    return backslash_unescape(buf, start, end, _ESCAPES, continuation=True)


def scan(text: str) -> list[Entry]:
    entries: list[Entry] = []
    lines = Lines(text)
    comment: list[str] = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in " \t\f":
            i += 1
        if i >= n:
            break
        if text[i] in "\r\n":
            i += 2 if text.startswith("\r\n", i) else 1
            comment = []
            continue
        if text[i] in "#!":
            j = i
            while j < n and text[j] not in "\r\n":
                j += 1
            comment.append(text[i + 1:j].strip())
            i = j + (2 if text.startswith("\r\n", j) else 1)
            continue
        m = _LOGICAL.match(text, i)
        end = m.end()
        k = i
        while k < end and text[k] not in "=: \t\f":
            k += 2 if text[k] == "\\" else 1
        k = min(k, end)
        key = unescape(text, i, k)[0]
        v = k
        while v < end and text[v] in " \t\f":
            v += 1
        if v < end and text[v] in "=:":
            v += 1
            while v < end and text[v] in " \t\f":
                v += 1
        entries.append(Entry(key, v, end, lines(v), context=" ".join(c for c in comment if c) or None))
        comment = []
        i = end
    return entries


def escape(new: str, codec: str, ascii_only: bool) -> str:
    out = []
    for ch in new:
        if ch == "\\":
            out.append("\\\\")
        elif ch in "\n\t\r\f":
            out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r", "\f": "\\f"}[ch])
        elif (ascii_only and ord(ch) > 127) or not _encodable(ch, codec):
            b = ch.encode("utf-16-be")
            out.append("".join(f"\\u{int.from_bytes(b[k:k + 2], 'big'):04x}" for k in range(0, len(b), 2)))
        else:
            out.append(ch)
    return "".join(out)


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


class PropertiesFormat:
    name = "properties"

    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded:
        text, codec, bom = decode_text(path, data, encoding, "utf-8", "iso-8859-1")
        return Loaded(text, scan(text), text_encoder(path, codec, bom), None, codec)

    def value(self, buf: str, e: Entry) -> str:
        raw = buf[e.start:e.end]
        return raw if "\\" not in raw else self.unescape(buf, e)[0]      # most values have no escapes

    def unescape(self, buf: str, e: Entry):
        return unescape(buf, e.start, e.end)

    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> str:
        return escape(new, doc.codec, doc.buf.isascii())


FORMAT = format_module(PropertiesFormat())


@register(".properties")
def read_properties(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    return read_resource(FORMAT, path, lang, encoding)
