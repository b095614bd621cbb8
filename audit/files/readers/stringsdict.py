"""iOS/macOS .stringsdict (plist XML) plural rules.

Each top-level key is a unit group: its NSStringLocalizedFormatKey gives unit
"key", and every plural category of a variable gives "key/variable/one",
"key/variable/other"... (the type keys NSStringFormatSpecTypeKey and
NSStringFormatValueTypeKey are not text). %#@variable@ references are protected.

Hardened expat scanning with byte offsets (audit/files/xmlsafe.py), as for Android;
translate-toolkit's stringsdict store gives no offsets.
"""
from __future__ import annotations

import re
from pathlib import Path

from .. import xmlsafe
from ...model import Version
from . import register
from .android import content_map, tag_end, xml_loaded
from .resource import Entry, Loaded, format_module, read_resource

_NOT_TEXT = {"NSStringFormatSpecTypeKey", "NSStringFormatValueTypeKey"}
_VARIABLE = re.compile(r"%(?:\d+\$)?#@\w+@")


def entries_of(doc: xmlsafe.XmlDoc) -> list[Entry]:
    entries: list[Entry] = []
    keys: list[str | None] = []      # per open <dict>: the last <key> read in it
    path: list[str] = []             # the keys leading to the open dicts
    state: dict = {}

    def start(name, attrs, pos, line):
        if name == "dict":
            if keys and keys[-1] is not None:
                path.append(keys[-1])
            elif keys:
                path.append("")
            keys.append(None)
        elif name in ("key", "string"):
            state[name] = (tag_end(doc.buf, pos), line)

    def end(name, pos):
        if name == "dict":
            keys.pop()
            if path:
                path.pop()
        elif name == "key" and "key" in state:
            a, _ = state.pop("key")
            if keys:
                keys[-1] = xmlsafe.inline(doc.text(a, pos)).text
        elif name == "string" and "string" in state:
            a, line = state.pop("string")
            if keys and keys[-1] is not None and keys[-1] not in _NOT_TEXT and path:
                parts = [*path, keys[-1]]
                uid = parts[0] if parts[1:] == ["NSStringLocalizedFormatKey"] else "/".join(parts)
                entries.append(Entry(uid, a, pos, line))
            if keys:
                keys[-1] = None

    xmlsafe.scan(doc, start, end)
    return entries


class StringsdictFormat:
    name = "stringsdict"

    def value(self, buf: bytes, e: Entry) -> str:
        return xmlsafe.inline(buf[e.start:e.end].decode("utf-8")).text

    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded:
        return xml_loaded(path, data, encoding, entries_of)

    def unescape(self, buf: bytes, e: Entry):
        return content_map(buf, e)

    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> bytes:
        return xmlsafe.escape(new).encode("utf-8")


FORMAT = format_module(StringsdictFormat())


def protected_spans(text: str):
    return ((m.start(), m.end()) for m in _VARIABLE.finditer(text))


@register(".stringsdict")
def read_stringsdict(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    return read_resource(FORMAT, path, lang, encoding)


FORMAT.extra_protect = protected_spans      # the writer protects the same spans
