"""XLIFF 1.2 and 2.0 (.xlf, .xliff).

One source Version and one target Version per target language for the whole
document: units of several <file> elements are read in file order (a unit id
repeated in a later <file> becomes "id~2", see bilingual.UniqueIds). In XLIFF
2.0 a unit with several <segment>s gives one segment each, "unit#segment-id"
(or "unit#2" when the segment has no id).

Units that are not text are skipped: translate="no" (on the unit or a <group>
around it) and the gettext header unit (restype="x-gettext-domain-header").
A document that names no target language gets it from the file name, else
detected from the target text.

Segment text is the target (or source) content as a CAT tool shows it: text
unescaped, inline tags (<g>, <x/>, <ph>...</ph>, <pc>, <mrk>...) kept verbatim
and listed in Segment.protected. Units with translate="no" and empty targets
are skipped; targets in a "new"/"needs-*" (1.2) or "initial" (2.0) state are
kept with that state in their context. <alt-trans> proposals are ignored.

Parsing streams through expat with byte offsets (audit/files/xmlsafe.py), which is
what lets the writer change one word and keep every other byte.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ...model import Segment, Version
from .. import xmlsafe
from . import register
from .bilingual import Unit, UniqueIds, build_versions, lang_code, protect

# units that hold no translatable text: a PO file's header (po2xliff, Weblate's .poxliff)
NOT_TEXT = frozenset({"x-gettext-domain-header"})
# Native-code elements whose content is not translatable (XLIFF 1.2).
WHOLE = frozenset({"ph", "bpt", "ept", "it"})
_UNFINISHED_12 = {"new", "needs-translation", "needs-adaptation", "needs-l10n",
                  "needs-review-adaptation", "needs-review-l10n", "needs-review-translation"}


@dataclass
class Span:
    tag_start: int          # byte offset of '<'
    content_start: int      # just past the start tag ('>')
    content_end: int        # offset of the end tag ('</'), = content_start for <x/>
    line: int


@dataclass
class XSeg:
    """One translatable segment: a 1.2 trans-unit, or a 2.0 segment."""
    id: str
    version: str                       # "1.2" or "2.0"
    src_lang: str | None
    tgt_lang: str | None
    source: Span | None = None
    target: Span | None = None
    state_tag: int = -1                # byte offset of the tag that carries the state
    state: str | None = None
    name: str | None = None            # resname / name
    notes: list[Span] = field(default_factory=list)
    unit_start: int = -1               # <trans-unit> / <unit>
    unit_content_start: int = -1
    unit_end: int = -1                 # offset of </trans-unit> / </unit>
    notes_end: int = -1                # 2.0: offset of </notes>, -1 if none
    body_start: int = -1               # 2.0: first <originalData>/<segment>/<ignorable>
    skip: bool = False                 # translate="no"
    sub: str | None = None             # 2.0 segment id (or ordinal)


class _Scanner:
    """Turns expat events into XSeg records, calling `emit` as each unit ends."""

    def __init__(self, doc: xmlsafe.XmlDoc, emit: Callable[[XSeg], None]):
        self.doc, self.emit = doc, emit
        self.stack: list[str] = []
        self.version = "1.2"
        self.root_src = self.root_tgt = None
        self.file_src = self.file_tgt = None
        self.ids = UniqueIds()
        self.unit: list[XSeg] = []          # segments of the current unit
        self.open: dict[int, Span] = {}     # depth -> span being read
        self.unit_attrs: dict = {}
        self.unit_pos = (-1, -1)
        self.notes: list[Span] = []
        self.notes_end = -1
        self.seg_n = 0
        self.root_tag = -1                  # offset of <xliff
        self.groups: list[bool] = []        # per open <group>: translate="no" here or above
        self.body_start = -1

    def start(self, name: str, attrs: dict, pos: int, line: int) -> None:
        parent = self.stack[-1] if self.stack else ""
        self.stack.append(name)
        depth = len(self.stack)
        if name == "xliff":
            self.root_tag = pos
            self.version = "2.0" if attrs.get("version", "").startswith("2") else "1.2"
            self.root_src, self.root_tgt = attrs.get("srcLang"), attrs.get("trgLang")
        elif name == "group":
            self.groups.append(attrs.get("translate") == "no" or self.groups[-1:] == [True])
        elif name == "file":
            self.file_src = attrs.get("source-language") or self.root_src
            self.file_tgt = attrs.get("target-language") or self.root_tgt
        elif name in ("trans-unit", "unit") and "alt-trans" not in self.stack:
            self.unit_attrs = attrs
            self.unit_pos = (pos, xmlsafe.tag_end(self.doc.buf, pos))
            self.unit, self.notes, self.notes_end, self.seg_n, self.body_start = [], [], -1, 0, -1
            if name == "trans-unit":
                self.unit.append(self._seg(attrs.get("id", ""), attrs))
        if parent == "unit" and name in ("originalData", "segment", "ignorable") and self.body_start < 0:
            self.body_start = pos
        if name == "segment" and parent == "unit":
            self.seg_n += 1
            sid = attrs.get("id") or str(self.seg_n)
            seg = self._seg(self.unit_attrs.get("id", ""), self.unit_attrs, sub=sid)
            seg.state = attrs.get("state")
            seg.state_tag = pos
            self.unit.append(seg)
        elif (name in ("source", "target") and parent in ("trans-unit", "segment")) or \
                (name == "note" and parent in ("trans-unit", "notes")):
            end = xmlsafe.tag_end(self.doc.buf, pos)
            self.open[depth] = Span(pos, end, end, line)
            if name == "target" and parent == "trans-unit" and self.unit:
                self.unit[-1].state = attrs.get("state")
                self.unit[-1].state_tag = pos
                self.unit[-1].tgt_lang = attrs.get("xml:lang") or self.unit[-1].tgt_lang

    def _seg(self, uid: str, attrs: dict, sub: str | None = None) -> XSeg:
        return XSeg("", self.version, self.file_src, self.file_tgt,
                    name=attrs.get("resname") or attrs.get("name"),
                    skip=attrs.get("translate") == "no" or attrs.get("restype") in NOT_TEXT
                    or self.groups[-1:] == [True], unit_start=self.unit_pos[0],
                    unit_content_start=self.unit_pos[1], sub=sub)

    def end(self, name: str, pos: int) -> None:
        depth = len(self.stack)
        self.stack.pop()
        span = self.open.pop(depth, None)
        if span is not None:
            # an empty element <target/> reports its end past '/>'
            span.content_end = pos if pos >= span.content_start and \
                self.doc.buf[pos:pos + 2] == b"</" else span.content_start
            if name == "note":
                self.notes.append(span)
            elif self.unit:
                setattr(self.unit[-1], name, span)
        elif name == "notes":
            self.notes_end = pos
        elif name == "group" and self.groups:
            self.groups.pop()
        elif name in ("trans-unit", "unit") and "alt-trans" not in self.stack:
            uid = self.unit_attrs.get("id", "")
            several = len(self.unit) > 1
            for seg in self.unit:
                seg.id = self.ids(f"{uid}#{seg.sub}" if several else uid)
                seg.notes, seg.unit_end, seg.notes_end = self.notes, pos, self.notes_end
                seg.body_start = self.body_start
                self.emit(seg)
            self.unit = []


def scan_units(doc: xmlsafe.XmlDoc, emit: Callable[[XSeg], None]) -> int:
    """Emit each segment; returns the offset of the root <xliff> tag."""
    sc = _Scanner(doc, emit)
    xmlsafe.scan(doc, sc.start, sc.end)
    return sc.root_tag


def content(doc: xmlsafe.XmlDoc, span: Span) -> xmlsafe.Inline:
    return xmlsafe.inline(doc.text(span.content_start, span.content_end), WHOLE)


@register(".xlf", ".xliff", ".poxliff")
def read_xliff(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    doc = xmlsafe.load(path, encoding=encoding)
    units: list[Unit] = []
    src_langs: list[str] = []

    def on_seg(x: XSeg) -> None:
        if x.skip or x.source is None:
            return
        if x.src_lang and not src_langs:
            src_langs.append(x.src_lang)
        notes = [" ".join(content(doc, n).text.split()) for n in x.notes]
        unfinished = (x.state in _UNFINISHED_12) if x.version == "1.2" else (x.state == "initial")
        src = content(doc, x.source)
        ctx = "; ".join(p for p in (x.name, *notes) if p) or None
        u = Unit(x.id, Segment(x.id, src.text, line=x.source.line, context=ctx,
                               protected=protect(src.text, src.protected)))
        if x.target is not None:
            tgt = content(doc, x.target)
            if tgt.text.strip():
                tctx = "; ".join(p for p in (f"state={x.state}" if unfinished else None, ctx) if p) or None
                tl = lang or lang_code(x.tgt_lang) or "?"
                u.targets[tl] = Segment(x.id, tgt.text, line=x.target.line, context=tctx,
                                        protected=protect(tgt.text, tgt.protected))
        units.append(u)

    try:
        scan_units(doc, on_seg)
        digest = hashlib.sha256(doc.buf if not doc.transcoded else path.read_bytes()).hexdigest()
    finally:
        doc.close()
    if any("?" in u.targets for u in units):
        # no target-language attribute: the file name says it, else the text
        from .resource import lang_from_path
        guess = lang_from_path(path)
        if guess is None:
            from ...text.langdetect import detect_language
            guess = detect_language(" ".join(u.targets["?"].text for u in units if "?" in u.targets)[:4000], path)
        for u in units:
            if "?" in u.targets:
                u.targets[guess] = u.targets.pop("?")
    return build_versions(path, "xliff", digest, lang_code(src_langs[0]) if src_langs else "en", units)
