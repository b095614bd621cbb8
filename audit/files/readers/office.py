"""What Word (.docx) and OpenDocument (.odt) share: a zip holding one XML part
with the text (word/document.xml, content.xml), read safely and walked with
byte offsets.

The zip is hostile until proven otherwise: its directory is checked (entry
count, declared sizes) and the text part is read through a bounded stream, so
a zip bomb costs at most MAX_PART bytes of memory whatever its headers claim.
The part is scanned by expat through audit/files/xmlsafe.py (no DTD entities,
nothing fetched, no recursion), and the character data between tags is
decoded with a map to its bytes, so each character of a paragraph knows the
bytes it came from. A word that Word split across runs (`<w:r>` wherever the
formatting changes, even inside a word) is one word in the paragraph's text.

Offsets of these formats are byte offsets into the text part.
"""
from __future__ import annotations

import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InputError
from ...model import Version
from .. import xmlsafe
from ..document import Block, Places
from ..textio import read_bytes

MAX_PART = 64 * 2**20            # bytes of the text part, uncompressed
MAX_ENTRIES = 5000
MAX_TOTAL = 1 * 2**30            # declared uncompressed size of the whole zip


def open_zip(path: Path, data: bytes) -> zipfile.ZipFile:
    import io
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(path, "not a valid zip file (damaged, or not a .docx/.odt)") from None
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise InputError(path, f"zip holds {len(infos)} entries, over the {MAX_ENTRIES} limit")
    if sum(i.file_size for i in infos) > MAX_TOTAL:
        raise InputError(path, f"zip inflates to over {MAX_TOTAL // 2**20} MiB: refused (zip bomb?)")
    return zf


def read_part(path: Path, zf: zipfile.ZipFile, name: str) -> bytes:
    """The part's bytes, never more than MAX_PART whatever the headers say:
    refused at once where its header says more, and read in chunks up to the
    limit where the header lies."""
    try:
        if zf.getinfo(name).file_size > MAX_PART:
            raise InputError(path, f"{name} inflates to over {MAX_PART // 2**20} MiB: refused (zip bomb?)")
        chunks, size = [], 0
        with zf.open(name) as f:
            while size <= MAX_PART:
                chunk = f.read(1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        data = b"".join(chunks)
    except KeyError:
        raise InputError(path, f"no {name} in this file: not a {_kind(path)} document") from None
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as e:   # bad CRC, unknown compression
        raise InputError(path, f"cannot read {name}: {e}") from None
    if len(data) > MAX_PART:
        raise InputError(path, f"{name} inflates to over {MAX_PART // 2**20} MiB: refused (zip bomb?)")
    return data


def _kind(path: Path) -> str:
    return {".docx": "Word", ".odt": "OpenDocument"}.get(path.suffix.lower(), "")


@dataclass
class Dialect:
    """Element local names of one format."""
    paragraphs: frozenset[str]         # blocks of text
    text_in: frozenset[str]            # character data counts only inside these ("" = anywhere in a paragraph)
    spaces: frozenset[str]             # empty elements read as a space (tab, line break)
    skip: frozenset[str]               # never text: deleted text, comments, notes, field codes
    table: str
    row: str
    cell: str
    heading: callable                  # (local name, attrs) of a paragraph or its style element -> bool
    list_item: callable
    repeat_spaces: str = ""            # ODF <text:s text:c="3"/>
    list_ancestor: str = ""            # ODF: a paragraph inside <text:list-item> is a list item


@dataclass
class _Para:
    block: Block
    heading: bool = False
    listed: bool = False
    in_row: bool = False


@dataclass
class Walk:
    path: Path
    doc: xmlsafe.XmlDoc
    dialect: Dialect
    part: str
    blocks: list[Block] = field(default_factory=list)
    places: Places = field(default_factory=Places)
    langs: Counter = field(default_factory=Counter)    # language tags the part marks text with (w:lang, fo:language)

    def run(self) -> list[Block]:
        d = self.dialect
        stack: list[str] = []
        paras: list[_Para] = []
        rows: list[Block] = []
        cells: list[int] = []                 # cells seen in the open rows
        tables: list[list[int]] = []          # [table no, row no]
        skipping = 0
        state = {"pos": 0}
        buf = self.doc.buf

        def chars(upto: int) -> None:
            start = state["pos"]
            if upto <= start:
                return
            state["pos"] = upto
            if skipping or not paras:
                return
            if d.text_in and (not stack or stack[-1] not in d.text_in):
                return
            self._add_text(_target(), bytes(buf[start:upto]), start)

        def _target() -> Block:
            p = paras[-1]
            return rows[-1] if p.in_row and rows else p.block

        def on_start(name: str, attrs: dict, at: int, line: int) -> None:
            nonlocal skipping
            chars(at)
            end = xmlsafe.tag_end(buf, at)
            state["pos"] = end
            stack.append(name)
            tag = attrs.get("w:val") if name == "lang" else attrs.get("fo:language")
            if tag and tag.lower() not in ("none", "zxx", "x-none"):
                self.langs[tag] += 1
            if skipping or name in d.skip:
                skipping += 1
                return
            if name == d.table:
                tables.append([self.places.next("table"), 0])
            elif name == d.row and tables:
                tables[-1][1] += 1
                rows.append(Block("table-row", f"table {tables[-1][0]} row {tables[-1][1]}", line, part=self.part))
                cells.append(0)
            elif name == d.cell and rows:
                cells[-1] += 1
                if cells[-1] > 1 and rows[-1].chars:
                    while rows[-1].chars and rows[-1].chars[-1] == " ":
                        rows[-1].chars.pop(), rows[-1].starts.pop(), rows[-1].ends.pop()
                    rows[-1].add(" | ", at, at, literal=True)
            elif name in d.paragraphs:
                in_row = bool(rows) and bool(cells) and cells[-1] > 0
                if in_row and rows[-1].chars and rows[-1].chars[-1] not in " |":
                    rows[-1].add(" ", at, at, literal=True)          # a second paragraph in a cell
                paras.append(_Para(Block("paragraph", "", line, part=self.part), in_row=in_row,
                                   heading=d.heading(name, attrs),
                                   listed=d.list_item(name, attrs) or d.list_ancestor in stack[:-1]))
            elif paras and name in d.spaces:
                _target().add(" ", at, end)
            elif paras and name == d.repeat_spaces:
                n = min(int(attrs.get("text:c", "1") or 1), 1000) if str(attrs.get("text:c", "1")).isdigit() else 1
                _target().add(" " * n, at, end, literal=True)
            elif paras:
                if d.heading(name, attrs):
                    paras[-1].heading = True
                if d.list_item(name, attrs):
                    paras[-1].listed = True

        def on_end(name: str, at: int) -> None:
            nonlocal skipping
            chars(at)
            if at >= state["pos"]:
                state["pos"] = xmlsafe.tag_end(buf, at) if buf[at:at + 2] == b"</" else at
            if stack:
                stack.pop()
            if skipping:
                skipping -= 1
                return
            if name in d.paragraphs and paras:
                p = paras.pop()
                if not p.in_row:
                    self._emit(p.block, "heading" if p.heading else "list-item" if p.listed else "paragraph")
            elif name == d.row and rows:
                cells.pop()
                b = rows.pop().trimmed()
                if b is not None:
                    b.place = self.places.unique(b.place)
                    self.blocks.append(b)
            elif name == d.table and tables:
                tables.pop()

        xmlsafe.scan(self.doc, on_start, on_end)
        self.blocks.sort(key=lambda b: b.starts[0])
        return self.blocks

    def _emit(self, block: Block, kind: str) -> None:
        b = block.trimmed()
        if b is None:
            return
        b.kind = kind
        b.place = self.places.unique(f"{kind.replace('-', ' ')} {self.places.next(kind)}")
        self.blocks.append(b)

    def _add_text(self, block: Block, raw: bytes, at: int) -> None:
        """Character data (entities decoded) with each char's bytes."""
        text = raw.decode("utf-8")
        inl = xmlsafe.inline(text)
        # byte offset of each char of `text`
        byte_at = [0]
        for ch in text:
            byte_at.append(byte_at[-1] + len(ch.encode("utf-8")))
        for i, ch in enumerate(inl.text):
            a, b = inl.raw_range(i, i + 1)
            block.add(ch, at + byte_at[a], at + byte_at[b])


def read_office(path: Path, part: str, dialect: Dialect) -> tuple[list[Block], bytes, zipfile.ZipFile, bytes, Counter]:
    """(blocks, the part's bytes, the open zip, the file's bytes, the language
    tags the text part marks its runs with)."""
    data = read_bytes(path)
    if not data.startswith(b"PK"):
        raise InputError(path, f"not a {_kind(path)} document (not a zip file)")
    zf = open_zip(path, data)
    xml = read_part(path, zf, part)
    doc = xmlsafe.load(path, data=xml)
    walk = Walk(path, doc, dialect, part)
    return walk.run(), xml, zf, data, walk.langs


def version(path: Path, fmt: str, part: str, dialect: Dialect, lang: str | None) -> Version:
    """The document as one version: its language given, else the one its runs
    are marked with most (a known language), else detected."""
    from ..document import segments
    from ..textio import sha256
    from .bilingual import lang_code
    blocks, _, zf, data, langs = read_office(path, part, dialect)
    zf.close()
    segs = segments(blocks)
    if not segs:
        raise InputError(path, f"no text in this {_kind(path)} document")
    if lang is None:
        from ...text.languages import known_languages
        known = known_languages()
        marked = [lang_code(t) for t, _ in langs.most_common()]
        lang = next((c for c in marked if c in known), None)
        if lang is None:
            from ...text.langdetect import detect_language
            lang = detect_language("\n".join(s.text for s in segs), path)
    return Version(path, lang, segs, fmt=fmt, sha256=sha256(data))
