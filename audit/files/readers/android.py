"""Android string resources: res/values-<lang>/strings.xml.

<string name="k"> gives unit "k"; <plurals name="k"><item quantity="one"> gives
"k[one]"; <string-array name="k"><item> gives "k[0]", "k[1]"... Entries with
translatable="false" are skipped. The text a check sees is unescaped twice:
XML (entities, CDATA; inline tags such as <b> and <xliff:g>...</xliff:g> kept
and protected), then Android's own escapes (\\' \\" \\n \\t \\\\ \\@ \\? \\uXXXX; an
unescaped double quote only toggles quoting and is not text).

Parsed with the hardened expat scanner (audit/files/xmlsafe.py: no entity
expansion, no DTD fetching, bounded memory), which gives byte offsets:
translate-toolkit's aresource store gives none and re-serialises the file.
"""
from __future__ import annotations

import re
from pathlib import Path

from .. import xmlsafe
from ...model import Version
from . import register
from .resource import Entry, Loaded, format_module, read_resource

WHOLE = frozenset({"g"})                 # <xliff:g> holds a placeholder: protect it whole
_ESC = {"n": "\n", "t": "\t", "'": "'", '"': '"', "\\": "\\", "@": "@", "?": "?"}


_START_TAG_END = re.compile(rb"""(?:[^>"']|"[^"]*"|'[^']*')*>""")


def tag_end(buf: bytes, start: int) -> int:
    """Offset just past the '>' of the start tag at `start`, matched in place
    (xmlsafe.tag_end copies a 64 KiB window per call: too slow per string)."""
    m = _START_TAG_END.match(buf, start)
    if not m:
        raise ValueError(f"no tag end after byte {start}")
    return m.end()


def xml_loaded(path: Path, data: bytes, encoding: str | None, entries_of) -> Loaded:
    doc = xmlsafe.load(path, data, encoding)
    entries: list[Entry] = entries_of(doc)
    buf = bytes(doc.buf)
    doc.close()
    return Loaded(buf, entries, doc.encode, None, doc.codec)


def content_map(buf: bytes, e: Entry, layer=None):
    """Text of an element's content at bytes [e.start, e.end) with, per
    character, its raw byte range; `layer` unescapes once more on top of XML
    (display text -> (text, display starts, display ends))."""
    raw = buf[e.start:e.end].decode("utf-8")
    inl = xmlsafe.inline(raw, WHOLE)
    cum = [0]
    for ch in raw:
        cum.append(cum[-1] + len(ch.encode("utf-8")))
    if layer is None:
        text = inl.text
        ds, de = list(range(len(text))), list(range(1, len(text) + 1))
    else:
        text, ds, de = layer(inl.text, inl.protected)
    rs = [e.start + cum[inl.raw_pos(a)] for a in ds]
    re_ = [e.start + cum[inl.raw_pos(b - 1, end=True)] for b in de]
    return text, rs, re_


def android_unescape(text: str, protected):
    out, ds, de = [], [], []
    inside = [False] * (len(text) + 1)
    for s, e in protected:
        for k in range(s, e):
            inside[k] = True
    i = 0
    while i < len(text):
        c = text[i]
        if inside[i]:
            j = i + 1
        elif c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            if n == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[i + 2:i + 6]):
                c, j = chr(int(text[i + 2:i + 6], 16)), i + 6
            else:
                c, j = _ESC.get(n, n), i + 2
        elif c == '"':
            i += 1                            # quoting, not text
            continue
        else:
            j = i + 1
        out.append(c)
        ds.append(i)
        de.append(j)
        i = j
    return "".join(out), ds, de


def in_cdata(buf: bytes, start: int, at: int) -> bool:
    head = buf[start:at]
    return head.rfind(b"<![CDATA[") > head.rfind(b"]]>")


def android_entries(doc: xmlsafe.XmlDoc) -> list[Entry]:
    entries: list[Entry] = []
    stack: list[str] = []
    cur: dict = {}

    def start(name, attrs, pos, line):
        stack.append(name)
        depth = len(stack)
        if depth == 2 and name in ("string", "plurals", "string-array"):
            cur.clear()
            cur.update(name=attrs.get("name", ""), skip=attrs.get("translatable") == "false", n=0)
        if (depth == 2 and name == "string") or (depth == 3 and name == "item" and stack[1] in ("plurals", "string-array")):
            if stack[1] == "plurals":
                key = f"{cur['name']}[{attrs.get('quantity', '')}]"
            elif stack[1] == "string-array":
                key = f"{cur['name']}[{cur['n']}]"
                cur["n"] += 1
            else:
                key = cur["name"]
            cur["open"] = (key, tag_end(doc.buf, pos), line)

    def end(name, pos):
        depth = len(stack)
        stack.pop()
        if "open" in cur and ((depth == 2 and name == "string") or (depth == 3 and name == "item")):
            key, content_start, line = cur.pop("open")
            if not cur.get("skip") and pos >= content_start:
                entries.append(Entry(key, content_start, pos, line))

    xmlsafe.scan(doc, start, end)
    return entries


def escape_android(new: str, cdata: bool) -> bytes:
    s = new.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\n", "\\n")
    return (s if cdata else xmlsafe.escape(s)).encode("utf-8")


class AndroidFormat:
    name = "android"

    def value(self, buf: bytes, e: Entry) -> str:
        """The text alone, without the offset map (what reading needs)."""
        raw = buf[e.start:e.end].decode("utf-8")
        if not any(c in raw for c in "&<\\\""):
            return raw
        inl = xmlsafe.inline(raw, WHOLE)
        return android_unescape(inl.text, inl.protected)[0]

    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded:
        return xml_loaded(path, data, encoding, android_entries)

    def unescape(self, buf: bytes, e: Entry):
        return content_map(buf, e, android_unescape)

    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> bytes:
        return escape_android(new, in_cdata(doc.buf, e.start, at))


FORMAT = format_module(AndroidFormat())


@register(".xml")
def read_android(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    from ...errors import Unsupported
    from ..textio import read_bytes
    head = read_bytes(path)[:4096].replace(b"\x00", b"")
    if b"<resources" not in head:
        # flat XML of another schema (translate-toolkit's flatxml, XWiki, Qt .qrc...)
        root = re.search(rb"<([A-Za-z_][\w:.-]*)", re.sub(rb"<[?!][^>]*>", b"", head))
        what = f"XML with a <{root.group(1).decode('ascii', 'replace')}> root" if root else "XML"
        raise Unsupported(path, f"unsupported format: {what}; the XML read by its .xml suffix is Android "
                                "string resources (<resources>)")
    return read_resource(FORMAT, path, lang, encoding)
