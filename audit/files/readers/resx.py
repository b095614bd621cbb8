""".NET resources: .resx (Resources.resx, Resources.de.resx, Strings.pt-BR.resx).

<data name="k"><value>text</value><comment>note</comment></data> gives unit
"k" with the comment as its context. Not text, so skipped: <resheader>, the
embedded <xsd:schema>, <metadata>, <assembly>, and <data> that carries a
`type` or `mimetype` (icons, bitmaps, serialised objects) or whose name starts
with ">>" (WinForms designer properties such as ">>label1.Name").

Parsed with the hardened expat scanner (audit/files/xmlsafe.py: no entity
expansion, no DTD fetching, bounded memory), which gives byte offsets into the
file as stored, so a fix changes only the word's bytes (escaped as XML).
"""
from __future__ import annotations

from pathlib import Path

from .. import xmlsafe
from ...model import Version
from . import register
from .android import content_map, tag_end, xml_loaded
from .resource import Entry, Loaded, format_module, read_resource


def resx_entries(doc: xmlsafe.XmlDoc) -> list[Entry]:
    entries: list[Entry] = []
    stack: list[str] = []
    cur: dict = {}

    def start(name, attrs, pos, line):
        stack.append(name)
        depth = len(stack)
        if depth == 2 and name == "data":
            key = attrs.get("name", "")
            cur.clear()
            cur.update(name=key, skip="type" in attrs or "mimetype" in attrs or key.startswith(">>"))
        elif depth == 3 and stack[1] == "data" and name in ("value", "comment"):
            cur[f"open_{name}"] = (tag_end(doc.buf, pos), line)

    def end(name, pos):
        depth = len(stack)
        stack.pop()
        if depth == 3 and stack[1:2] == ["data"] and f"open_{name}" in cur:
            content_start, line = cur.pop(f"open_{name}")
            end_at = pos if pos >= content_start and doc.buf[pos:pos + 2] == b"</" else content_start
            if name == "value":
                cur["value"] = Entry(cur["name"], content_start, end_at, line)
            else:
                cur["comment"] = doc.text(content_start, end_at)
        elif depth == 2 and name == "data" and "value" in cur:
            e = cur.pop("value")
            if not cur.get("skip"):
                note = " ".join(xmlsafe.inline(cur.get("comment", "")).text.split())
                e.context = note or None
                entries.append(e)

    xmlsafe.scan(doc, start, end)
    return entries


class ResxFormat:
    name = "resx"

    def value(self, buf: bytes, e: Entry) -> str:
        raw = buf[e.start:e.end].decode("utf-8")
        return raw if "&" not in raw and "<" not in raw else xmlsafe.inline(raw).text

    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded:
        return xml_loaded(path, data, encoding, resx_entries)

    def unescape(self, buf: bytes, e: Entry):
        return content_map(buf, e)

    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> bytes:
        return xmlsafe.escape(new).encode("utf-8")


FORMAT = format_module(ResxFormat())


@register(".resx")
def read_resx(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    from ...errors import InputError
    from ..textio import read_bytes
    if b"<root" not in read_bytes(path)[:4096].replace(b"\x00", b""):
        raise InputError(path, "not a .NET .resx file (no <root> element)")
    return read_resource(FORMAT, path, lang, encoding)
