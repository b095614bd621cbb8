"""iOS/macOS .strings files: `"key" = "value";` with /* */ and // comments (the
comment above an entry is its context). UTF-16 with a BOM (what Xcode
writes), UTF-16 without one (told by its NUL bytes), or UTF-8. Escapes \\" \\\\
\\n \\t \\r \\0 and \\Uxxxx / \\uxxxx. Our own tokenizer: translate-toolkit's
`stringsfile` gives no offsets.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...model import Version
from . import register
from .resource import (Entry, Lines, Loaded, backslash_unescape, decode_text, format_module, read_resource,
                       text_encoder)

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "\\": "\\"}
_QUOTED = re.compile(r'"((?:[^"\\]|\\[\s\S])*)"')
_BARE = re.compile(r"[\w.$:/-]+")
_SPACE = re.compile(r"(?:\s+|/\*[\s\S]*?\*/|//[^\n]*)*")


def scan(text: str) -> list[Entry]:
    entries: list[Entry] = []
    lines = Lines(text)
    i, n = 0, len(text)
    while True:
        sp = _SPACE.match(text, i)
        comments = re.findall(r"/\*([\s\S]*?)\*/|//([^\n]*)", sp.group())
        i = sp.end()
        if i >= n:
            return entries
        if text.startswith("/*", i):
            raise ValueError(f"line {lines(i)}: comment never closed")
        m = _QUOTED.match(text, i) or _BARE.match(text, i)
        if not m:
            raise ValueError(f"line {lines(i)}: expected a key, found {text[i:i + 30]!r}")
        key = backslash_unescape(m.group(1), 0, len(m.group(1)), _ESCAPES, "uU")[0] if m.re is _QUOTED else m.group()
        i = _SPACE.match(text, m.end()).end()
        if text.startswith(";", i):             # "key"; means key = key
            entries.append(Entry(key, m.start(1) if m.re is _QUOTED else m.start(),
                                 m.end(1) if m.re is _QUOTED else m.end(), lines(m.start())))
            i += 1
            continue
        if not text.startswith("=", i):
            raise ValueError(f"line {lines(i)}: expected '=' after key {key!r}")
        i = _SPACE.match(text, i + 1).end()
        v = _QUOTED.match(text, i)
        if not v:
            raise ValueError(f"line {lines(i)}: expected a quoted value for key {key!r}")
        note = " ".join((a or b).strip() for a, b in comments if (a or b).strip()) or None
        entries.append(Entry(key, v.start(1), v.end(1), lines(v.start(1)), context=note))
        i = _SPACE.match(text, v.end()).end()
        if not text.startswith(";", i):
            raise ValueError(f"line {lines(i)}: expected ';' after the value of {key!r}")
        i += 1


class StringsFormat:
    name = "strings"

    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded:
        if encoding is None and len(data) >= 2 and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            if data[1:2] == b"\x00" and data[0:1] != b"\x00":
                encoding = "utf-16-le"
            elif data[0:1] == b"\x00" and data[1:2] != b"\x00":
                encoding = "utf-16-be"
        text, codec, bom = decode_text(path, data, encoding)
        return Loaded(text, scan(text), text_encoder(path, codec, bom), None, codec)

    def value(self, buf: str, e: Entry) -> str:
        raw = buf[e.start:e.end]
        return raw if "\\" not in raw else self.unescape(buf, e)[0]      # most values have no escapes

    def unescape(self, buf: str, e: Entry):
        return backslash_unescape(buf, e.start, e.end, _ESCAPES, "uU")

    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> str:
        return new.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


FORMAT = format_module(StringsFormat())


@register(".strings")
def read_strings(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    return read_resource(FORMAT, path, lang, encoding)
