"""INI language files (Joomla `COM_X_CUSTOMER="Customer"`, PHP parse_ini style).

`key = value` or `key = "value"`; `[section]` headers make ids "section.key";
`;` and `#` start comment lines (the one above a key is its context); in a
quoted value `\\"` and the legacy Joomla `"_QQ_"` are a double quote; an unquoted
value ends at `;`. Our own tokenizer: translate-toolkit's `ini` store (via
iniparse) gives no offsets.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...model import Version
from . import register
from .resource import Entry, Lines, Loaded, decode_text, format_module, read_resource, text_encoder

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
_KEYVAL = re.compile(r"\s*([^=;#\[\s][^=]*?)\s*=\s*")


def scan(text: str) -> list[Entry]:
    entries: list[Entry] = []
    lines = Lines(text)
    section = None
    comment: list[str] = []
    for m in _LINE.finditer(text):
        line, pos = m.group().rstrip("\r\n"), m.start()
        s = line.strip()
        if not s:
            comment = []
            continue
        if s[0] in ";#":
            comment.append(s[1:].strip())
            continue
        if s.startswith("[") and s.endswith("]"):
            section = s[1:-1].strip()
            comment = []
            continue
        kv = _KEYVAL.match(line)
        if not kv:
            raise ValueError(f"line {lines(pos)}: expected key=value, found {s[:60]!r}")
        key = kv.group(1)
        v = kv.end()
        rest = line[v:]
        if rest.startswith('"'):
            close = rest.rstrip().rfind('"')
            if close <= 0:
                raise ValueError(f"line {lines(pos)}: quote never closed")
            a, b, kind = pos + v + 1, pos + v + close, "q"
        else:
            cut = rest.find(";")
            val = rest if cut < 0 else rest[:cut]
            a, b, kind = pos + v, pos + v + len(val.rstrip()), ""
        entries.append(Entry(f"{section}.{key}" if section else key, a, b, lines(pos), kind,
                             " ".join(c for c in comment if c) or None))
        comment = []
    return entries


def unescape(buf: str, e: Entry):
    out, rs, re_ = [], [], []
    i = e.start
    while i < e.end:
        step = 1
        if e.kind == "q" and buf.startswith('\\"', i):
            step = 2
        elif e.kind == "q" and buf.startswith('"_QQ_"', i):
            step = 6
        out.append('"' if step > 1 else buf[i])
        rs.append(i)
        re_.append(i + step)
        i += step
    return "".join(out), rs, re_


class IniFormat:
    name = "ini"

    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded:
        text, codec, bom = decode_text(path, data, encoding)
        return Loaded(text, scan(text), text_encoder(path, codec, bom), None, codec)

    def unescape(self, buf: str, e: Entry):
        return unescape(buf, e)

    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> str:
        if e.kind == "q":
            return new.replace('"', '\\"')
        if any(c in new for c in ';"\r\n'):
            raise ValueError(f"unit {e.key!r}: {new!r} cannot go into an unquoted INI value")
        return new


FORMAT = format_module(IniFormat())


@register(".ini")
def read_ini(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    return read_resource(FORMAT, path, lang, encoding)
