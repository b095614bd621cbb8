"""TMX translation memories (.tmx).

One Version per language: the source is the header's srclang (a <tu>'s own
srclang wins; with "*all*", English if present, else the first <tuv>), every
other language is a target. Entries with three or more languages keep all of
them (translate-toolkit's TMX reader keeps only two). Unit id = tuid, or "tu7"
for the 7th <tu> when it has none; repeated ids get "~2". A second <tuv> of
the same language in one <tu> is ignored. Languages are base codes (en-US ->
en) unless one <tu> holds two variants of a language, which then keep their
full tags (en-us, en-gb).

Inline codes <bpt>, <ept>, <it>, <ph>, <ut> are protected with their content;
<hi> and <sub> tags are protected, their text is not.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import xmlsafe
from ...model import Segment, Version
from . import register
from .bilingual import Unit, UniqueIds, build_versions, lang_code, protect
from .xliff import Span

WHOLE = frozenset({"bpt", "ept", "it", "ph", "ut"})


@dataclass
class Tu:
    id: str
    srclang: str | None
    start: int
    tuvs: list[tuple[str, int, Span | None]] = field(default_factory=list)   # (xml:lang, <tuv> offset, <seg>)
    end: int = -1                     # offset of </tu>
    notes: list[Span] = field(default_factory=list)   # <note> children of <tu>

    def langs(self) -> dict[str, tuple[str, int, Span]]:
        """Language key -> (tag, tuv offset, seg span), first <tuv> of each language."""
        bases = [lang_code(t) for t, _, _ in self.tuvs]
        out: dict[str, tuple[str, int, Span]] = {}
        if len(set(bases)) == len(bases):         # one <tuv> per language, the usual case: keyed by base code
            for (tag, pos, seg), base in zip(self.tuvs, bases):
                if seg is not None and base:
                    out[base] = (tag, pos, seg)
            return out
        for (tag, pos, seg), base in zip(self.tuvs, bases):
            if seg is None or not base:
                continue
            key = base if bases.count(base) == 1 or len({t.lower() for t, _, _ in self.tuvs if lang_code(t) == base}) == 1 \
                else tag.lower().replace("_", "-")
            out.setdefault(key, (tag, pos, seg))
        return out


class _Scanner:
    def __init__(self, doc: xmlsafe.XmlDoc, emit: Callable[[Tu], None]):
        self.doc, self.emit = doc, emit
        self.srclang: str | None = None
        self.ids = UniqueIds()
        self.n = 0
        self.tu: Tu | None = None
        self.tuv: tuple[str, int] | None = None
        self.seg: Span | None = None
        self.depth = 0
        self.seg_depth = 0
        self.note: Span | None = None
        self.line = 0

    def start(self, name: str, attrs: dict, pos: int, line: int) -> None:
        self.depth += 1
        if name == "header":
            self.srclang = attrs.get("srclang")
        elif name == "tu" and self.tu is None:
            self.n += 1
            self.tu = Tu(attrs.get("tuid") or f"tu{self.n}", attrs.get("srclang") or self.srclang, pos)
            self.tu_depth = self.depth
        elif name == "note" and self.tu is not None and self.tuv is None and self.depth == self.tu_depth + 1:
            end = xmlsafe.tag_end(self.doc.buf, pos)
            self.note = Span(pos, end, end, line)
        elif name == "tuv" and self.tu is not None:
            self.tuv = (attrs.get("xml:lang") or attrs.get("lang") or "", pos)
            self.seg = None
        elif name == "seg" and self.tuv is not None and self.seg is None and not self.seg_depth:
            end = xmlsafe.tag_end(self.doc.buf, pos)
            if line == self.line:
                line = self.line          # one int object for the segments of a line (a <tu> on one line)
            self.seg = Span(pos, end, end, line)
            self.line = line
            self.seg_depth = self.depth

    def end(self, name: str, pos: int) -> None:
        if self.seg_depth == self.depth and name == "seg":
            self.seg.content_end = pos if self.doc.buf[pos:pos + 2] == b"</" else self.seg.content_start
            self.seg_depth = 0
        elif name == "note" and self.note is not None:
            self.note.content_end = pos if self.doc.buf[pos:pos + 2] == b"</" else self.note.content_start
            self.tu.notes.append(self.note)
            self.note = None
        elif name == "tuv" and self.tu is not None and self.tuv is not None:
            self.tu.tuvs.append((self.tuv[0], self.tuv[1], self.seg))
            self.tuv = None
        elif name == "tu" and self.tu is not None:
            self.tu.id = self.ids(self.tu.id)
            self.tu.end = pos
            self.emit(self.tu)
            self.tu = None
        self.depth -= 1


def scan_tus(doc: xmlsafe.XmlDoc, emit: Callable[[Tu], None]) -> None:
    sc = _Scanner(doc, emit)
    xmlsafe.scan(doc, sc.start, sc.end)


def source_key(tu: Tu, langs: dict) -> str | None:
    src = tu.srclang
    if src and src.lower() != "*all*":
        key = lang_code(src)
        if key in langs:
            return key
        full = src.lower().replace("_", "-")
        return full if full in langs else None
    if "en" in langs:
        return "en"
    return next(iter(langs), None)


def content(doc: xmlsafe.XmlDoc, span: Span) -> xmlsafe.Inline:
    return xmlsafe.inline(doc.text(span.content_start, span.content_end), WHOLE)


def seg_text(doc: xmlsafe.XmlDoc, span: Span) -> tuple[str, list[tuple[int, int]]]:
    """A <seg>'s display text and its protected tag spans."""
    raw = doc.text(span.content_start, span.content_end)
    if "<" not in raw and "&" not in raw:      # plain text, most units: what inline() gives, without its tokenizer
        return raw, []
    inl = xmlsafe.inline(raw, WHOLE)
    return inl.text, inl.protected


@register(".tmx")
def read_tmx(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    doc = xmlsafe.load(path, encoding=encoding)
    rows: list[tuple] = []
    src_langs: dict[str, int] = {}

    def on_tu(tu: Tu) -> None:
        langs = tu.langs()
        src = source_key(tu, langs)
        if src is None:
            return
        src_langs[src] = src_langs.get(src, 0) + 1
        note = "; ".join(" ".join(content(doc, n).text.split()) for n in tu.notes) or None
        segs = {}
        for key, (_tag, _pos, span) in langs.items():
            text, tags = seg_text(doc, span)
            if text.strip():
                segs[key] = Segment(tu.id, text, line=span.line, context=note, protected=protect(text, tags))
        if src in segs:
            rows.append(tuple(x for pair in segs.items() for x in pair))

    try:
        scan_tus(doc, on_tu)
        digest = _sha256(doc) if not doc.transcoded else hashlib.sha256(path.read_bytes()).hexdigest()
    finally:
        doc.close()
    src_lang = max(src_langs, key=src_langs.get) if src_langs else "en"
    return build_versions(path, "tmx", digest, src_lang, _Units(rows, src_lang))


class _Units:
    """The units as build_versions reads them (three times), made afresh from
    rows of (language, segment, language, segment...): a million units held
    as Unit objects and dicts took 350 bytes each until the versions were built.
    The document's source is its most common source language; a <tu> whose
    own srclang differs lends no source segment, only its translations."""

    def __init__(self, rows: list[tuple], src_lang: str):
        self.rows, self.src_lang = rows, src_lang

    def __iter__(self):
        src_lang = self.src_lang
        for row in self.rows:
            targets = dict(zip(row[::2], row[1::2]))
            yield Unit(row[1].id, targets.pop(src_lang, None), targets)


def _sha256(doc: xmlsafe.XmlDoc) -> str:
    h = hashlib.sha256()
    for i in range(0, len(doc.buf), xmlsafe.CHUNK):
        h.update(doc.buf[i:i + xmlsafe.CHUNK])
        doc.drop_pages(i, i + xmlsafe.CHUNK)
    return h.hexdigest()
