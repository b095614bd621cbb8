"""Hardened, streaming XML scanning with byte offsets, for XLIFF and TMX.

Why expat and not lxml/translate-toolkit: expat reports the byte offset of
every tag (`CurrentByteIndex`), so readers can point at units and writers can
change one word by byte surgery on the original file, leaving every other byte
as it was. It parses in chunks, so memory stays bounded on large files.

Hostile input: any entity declaration in a DTD is refused (this stops both
external entities, XXE, and entity-expansion bombs), external entities are
never fetched, and references to entities defined nowhere are refused. A plain
`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, common in TMX, is allowed: its DTD is
never loaded.

Everything works on a UTF-8 buffer: UTF-8 files are used as they are (memory
mapped), files in other encodings are transcoded once, and writers encode the
result back (`XmlDoc.encode`).
"""
from __future__ import annotations

import bisect
import codecs
import html
import mmap
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from xml.parsers import expat

from ..errors import InputError

CHUNK = 1 << 20

_DECL_ENC = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


@dataclass
class XmlDoc:
    path: Path
    buf: bytes | mmap.mmap        # UTF-8 bytes the offsets refer to
    codec: str                    # the file's own encoding
    bom: bytes                    # BOM to put back on write
    transcoded: bool

    def text(self, start: int, end: int) -> str:
        return bytes(self.buf[start:end]).decode("utf-8")

    def encode(self, utf8: bytes) -> bytes:
        """Bytes in the file's own encoding for an edited UTF-8 buffer."""
        if not self.transcoded:
            return utf8
        # Characters the file's encoding lacks become character references.
        body = utf8.decode("utf-8").encode(self.codec, errors="xmlcharrefreplace")
        return self.bom + body

    def drop_pages(self, start: int, end: int) -> None:
        """Hand the mapped pages of [start, end) back to the kernel: read again
        from the file if touched, but not held by this process meanwhile (a
        big file read front to back never sits in memory whole)."""
        if isinstance(self.buf, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED"):
            start -= start % mmap.PAGESIZE
            if end > start:
                self.buf.madvise(mmap.MADV_DONTNEED, start, min(end, len(self.buf)) - start)

    def close(self) -> None:
        if isinstance(self.buf, mmap.mmap):
            self.buf.close()


def _sniff(data: bytes) -> tuple[str, bytes]:
    """(python codec, BOM) from the BOM or the XML declaration; UTF-8 by default."""
    data = bytes(data[:200])
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
                       (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return codec, bom
    m = _DECL_ENC.match(data)
    if m:
        return m.group(1).decode("ascii").lower(), b""
    return "utf-8", b""


def load(path: Path, data: bytes | None = None, encoding: str | None = None) -> XmlDoc:
    """Open an XML file (memory-mapped when it is UTF-8) or wrap `data`."""
    if data is None:
        from .textio import read_bytes  # friendly errors for missing files and folders
        if not path.exists() or path.is_dir():
            read_bytes(path)
        from .textio import MAX_BYTES
        size = path.stat().st_size
        if size == 0 or (size < 65536 and not path.read_bytes().strip()):
            raise InputError(path, "file is empty")
        if size > MAX_BYTES:
            raise InputError(path, f"file is {size // 2**20} MiB, over the {MAX_BYTES // 2**20} MiB limit")
        with open(path, "rb") as f:
            raw: bytes | mmap.mmap = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    else:
        if not data.strip():
            raise InputError(path, "file is empty")
        raw = data
    codec, bom = _sniff(raw)
    if encoding:
        codec = encoding
    try:
        codecs.lookup(codec)
    except LookupError:
        raise InputError(path, f"unknown encoding {codec!r}") from None
    if codecs.lookup(codec).name == "utf-8":
        buf = raw[len(bom):] if bom else raw
        if bom and isinstance(raw, mmap.mmap):
            buf = raw[len(bom):]           # copies; rare (BOM + huge file)
            raw.close()
        return XmlDoc(path, buf, "utf-8", bom, transcoded=bool(bom))
    try:
        text = bytes(raw[len(bom):]).decode(codec)
    except UnicodeDecodeError as e:
        raise InputError(path, f"not valid {codec} text at byte {e.start + len(bom)} (give --encoding)") from None
    finally:
        if isinstance(raw, mmap.mmap):
            raw.close()
    return XmlDoc(path, text.encode("utf-8"), codec, bom, transcoded=True)


class _Refused(Exception):
    pass


def _refuse_entity(*args) -> None:
    raise _Refused("entity declarations are not allowed (possible XXE or entity bomb)")


def scan(doc: XmlDoc,
         on_start: Callable[[str, dict, int, int], None],
         on_end: Callable[[str, int], None]) -> None:
    """Stream `doc` through expat. on_start(local name, attributes, byte offset
    of '<', line); on_end(local name, byte offset of '</', or of the end of an
    empty element `<x/>`). Raises InputError on malformed or hostile XML."""
    p = expat.ParserCreate("UTF-8")       # the buffer is always UTF-8
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    p.EntityDeclHandler = _refuse_entity
    p.UnparsedEntityDeclHandler = _refuse_entity
    p.ExternalEntityRefHandler = lambda *a: _refuse_entity()
    p.SkippedEntityHandler = lambda name, is_pe: _raise(_Refused(f"undefined entity &{name};"))
    p.StartElementHandler = lambda name, attrs: on_start(
        name.rpartition(":")[2], attrs, p.CurrentByteIndex, p.CurrentLineNumber)
    p.EndElementHandler = lambda name: on_end(name.rpartition(":")[2], p.CurrentByteIndex)
    buf = doc.buf
    try:
        for i in range(0, len(buf), CHUNK):
            p.Parse(bytes(buf[i:i + CHUNK]), False)
            if i:
                doc.drop_pages(i - CHUNK, i)      # handlers read back into the chunk before, not further
        p.Parse(b"", True)
    except expat.ExpatError as e:
        msg = expat.errors.messages.get(e.code, str(e))
        hint = ""
        if e.code == expat.errors.codes.get(expat.errors.XML_ERROR_INVALID_TOKEN) and not doc.transcoded:
            hint = " (wrong encoding? give --encoding)"
        raise InputError(doc.path, f"malformed XML at line {e.lineno}, column {e.offset}: {msg}{hint}") from None
    except _Refused as e:
        raise InputError(doc.path, f"refused XML at line {p.CurrentLineNumber}: {e}") from None
    finally:
        # the handlers refer to the parser (a cycle): unhooked, the reader's
        # per-unit objects are freed at once, not at the next collection
        p.StartElementHandler = p.EndElementHandler = p.SkippedEntityHandler = None


def _raise(e: Exception) -> None:
    raise e


_START_TAG_END = re.compile(rb"""(?:[^>"']|"[^"]*"|'[^']*')*>""")


def tag_end(buf: bytes | mmap.mmap, start: int) -> int:
    """Offset just past the '>' of the tag starting at `start`."""
    m = _START_TAG_END.match(buf, start, start + 65536)      # in place: no 64 KiB copy per tag
    if not m:
        raise ValueError(f"no tag end after byte {start}")
    return m.end()


# ---- inline content: the text a translator sees, with tags kept as protected spans

_TOKEN = re.compile(
    r"""<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>"""
    r"""|<(/?)([\w.:-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(/?)>"""
    r"""|&[^;<&]*;|[^<&]+""", re.S)


@dataclass
class Inline:
    text: str                          # display text
    protected: list[tuple[int, int]]   # tag spans in `text`
    # (display start, raw start, raw end, kind): kind "t" text or tag (one raw
    # char per display char), "c" CDATA content (same), "e" an entity (one
    # display char for the whole reference)
    pieces: list[tuple[int, int, int, str]]
    raw_len: int

    def _piece(self, i: int) -> tuple[int, int, int, str]:
        k = bisect.bisect_right(self.pieces, (i, 1 << 62)) - 1
        return self.pieces[k]

    def raw_pos(self, i: int, end: bool = False) -> int:
        """Raw offset where display char i starts (or ends, with end=True)."""
        if i >= len(self.text):
            return self.raw_len
        d, a, b, kind = self._piece(i)
        if kind == "e":
            return b if end else a
        return a + (i - d) + (1 if end else 0)

    def raw_range(self, start: int, end: int) -> tuple[int, int]:
        """Raw [a, b) that holds display [start, end)."""
        a = self.raw_pos(start)
        return (a, self.raw_pos(end - 1, end=True)) if end > start else (a, a)

    def cdata(self, start: int, end: int) -> set[bool]:
        """Whether display chars [start, end) (or the insertion point) lie in CDATA."""
        idx = range(start, end) if end > start else [start]
        return {self._piece(i)[3] == "c" for i in idx if i < len(self.text)} or {False}


def inline(raw: str, whole: frozenset[str] = frozenset()) -> Inline:
    """Decode element content `raw`: text is unescaped, tags are kept verbatim
    and protected; elements named in `whole` (native code such as XLIFF 1.2 <ph>,
    <bpt>) are protected with their content."""
    out: list[str] = []
    pieces: list[tuple[int, int, int, str]] = []
    prot: list[tuple[int, int]] = []
    pos = 0                   # display length so far
    depth = 0                 # inside a `whole` element
    whole_name = ""
    prot_start = 0

    def emit(s: str, a: int, b: int, kind: str) -> None:
        nonlocal pos
        if s:
            out.append(s)
            pieces.append((pos, a, b, kind))
            pos += len(s)

    for m in _TOKEN.finditer(raw):
        tok, a, b = m.group(), m.start(), m.end()
        start = pos
        if depth:
            emit(tok, a, b, "t")
            if m.group(2) and m.group(2).rpartition(":")[2] == whole_name and not m.group(3):
                depth += -1 if m.group(1) else 1
                if depth == 0:
                    prot.append((prot_start, pos))
            continue
        if tok.startswith("<![CDATA["):
            emit(tok[9:-3], a + 9, b - 3, "c")
        elif tok.startswith("<"):
            emit(tok, a, b, "t")
            name = (m.group(2) or "").rpartition(":")[2]
            if name in whole and not m.group(1) and not m.group(3):
                depth, whole_name, prot_start = 1, name, start
            else:
                prot.append((start, pos))
        elif tok.startswith("&"):
            ch = html.unescape(tok) if tok[1:2] == "#" or tok in _PREDEFINED else tok
            if len(ch) == 1:
                emit(ch, a, b, "e")
            else:                   # unknown reference: kept as written
                emit(tok, a, b, "t")
        else:
            emit(tok, a, b, "t")
    if depth:                       # unbalanced: protect to the end
        prot.append((prot_start, pos))
    return Inline("".join(out), prot, pieces, len(raw))


_PREDEFINED = {"&lt;", "&gt;", "&amp;", "&quot;", "&apos;"}


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(text: str) -> str:
    return escape(text).replace('"', "&quot;").replace("\n", "&#10;")
