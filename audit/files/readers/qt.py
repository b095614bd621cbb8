"""Qt Linguist .ts files: bilingual, they carry their own source.

Unit ids: the message's id attribute where it has one, else
"context::source" ("context::source::comment" where a disambiguating
<comment> is given). Numerus messages give one segment per <numerusform>,
"id[0]", "id[1]"...; the source side repeats the source text. Messages whose
translation is type="obsolete" or "vanished" are skipped; "unfinished" ones
are kept with that in their context. The <TS language="de_DE"> attribute names
the target language, sourcelanguage the source (default en).

Hardened expat scanning with byte offsets (audit/files/xmlsafe.py), so the writer
(writers/qt.py) changes one word and keeps every other byte; translate-
toolkit's ts2 store re-serialises the file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import xmlsafe
from ...model import Segment, Version
from . import register
from .android import tag_end
from .bilingual import Unit, UniqueIds, build_versions, lang_code, protect


@dataclass
class QtMessage:
    id: str
    context: str
    source: tuple[int, int, int] | None = None          # content start, end, line
    comment: str | None = None
    translation: tuple[int, int, int] | None = None
    forms: list[tuple[int, int, int]] = field(default_factory=list)
    kind: str = ""                                     # the translation's type attribute
    numerus: bool = False


def scan_messages(doc: xmlsafe.XmlDoc, emit: Callable[[QtMessage], None]) -> dict[str, str]:
    """Emit each message with the reader's ids; returns the <TS> attributes."""
    stack: list[str] = []
    root: dict[str, str] = {}
    ctx = {"name": ""}
    cur: list[QtMessage] = []
    open_: dict[str, tuple[int, int]] = {}
    ids = UniqueIds()

    def start(name, attrs, pos, line):
        stack.append(name)
        if name == "TS":
            root.update(attrs)
        elif name == "message":
            cur[:] = [QtMessage(attrs.get("id", ""), ctx["name"], numerus=attrs.get("numerus") == "yes")]
        elif cur and name == "translation":
            cur[0].kind = attrs.get("type", "")
        if name in ("name", "source", "comment", "translation", "numerusform"):
            open_[name] = (tag_end(doc.buf, pos), line)

    def end(name, pos):
        stack.pop()
        if name in open_:
            a, line = open_.pop(name)
            b = pos if pos >= a and doc.buf[pos:pos + 2] == b"</" else a
            if name == "name" and stack and stack[-1] == "context":
                ctx["name"] = xmlsafe.inline(doc.text(a, b)).text
            elif cur and name == "source":
                cur[0].source = (a, b, line)
            elif cur and name == "comment":
                cur[0].comment = xmlsafe.inline(doc.text(a, b)).text
            elif cur and name == "translation":
                cur[0].translation = (a, b, line)
            elif cur and name == "numerusform":
                cur[0].forms.append((a, b, line))
        if name == "message" and cur:
            m = cur.pop()
            if m.source is not None:
                src = xmlsafe.inline(doc.text(m.source[0], m.source[1])).text
                base = m.id or f"{m.context}::{src}" + (f"::{m.comment}" if m.comment else "")
                m.id = ids(base)
                emit(m)

    xmlsafe.scan(doc, start, end)
    return root


def targets_of(m: QtMessage) -> list[tuple[str, tuple[int, int, int]]]:
    """(segment id, content span) of each translated form."""
    if m.kind in ("obsolete", "vanished"):
        return []
    if m.numerus or m.forms:
        return [(f"{m.id}[{k}]", f) for k, f in enumerate(m.forms)]
    return [(m.id, m.translation)] if m.translation else []


@register(".ts")
def read_ts(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    from ..textio import sha256
    doc = xmlsafe.load(path, encoding=encoding)
    units: list[Unit] = []

    def text(span):
        inl = xmlsafe.inline(doc.text(span[0], span[1]))
        return inl.text, protect(inl.text, inl.protected)

    def on_message(m: QtMessage) -> None:
        if m.kind in ("obsolete", "vanished"):
            return
        src, sprot = text(m.source)
        ctx = "; ".join(p for p in (m.context, m.comment) if p) or None
        tctx = "; ".join(p for p in ("unfinished" if m.kind == "unfinished" else None, ctx) if p) or None
        forms = targets_of(m) or ([(f"{m.id}[0]", None)] if m.numerus else [(m.id, None)])
        for sid, span in forms:
            u = Unit(sid, Segment(sid, src, line=m.source[2], context=ctx, protected=sprot))
            if span is not None:
                t, tprot = text(span)
                if t.strip():
                    u.targets["?"] = Segment(sid, t, line=span[2], context=tctx, protected=tprot)
            units.append(u)

    try:
        root = scan_messages(doc, on_message)
        digest = sha256(bytes(doc.buf) if not doc.transcoded else path.read_bytes())
    finally:
        doc.close()
    from .resource import lang_from_path
    tlang = lang or lang_code(root.get("language")) or lang_from_path(path)
    if tlang is None and any(u.targets for u in units):
        # no language attribute, none in the name: the translations say it
        from ...text.langdetect import detect_language
        tlang = detect_language(" ".join(u.targets["?"].text for u in units if "?" in u.targets)[:4000], path)
    for u in units:
        if "?" in u.targets:
            u.targets = {tlang: u.targets.pop("?")}
    return build_versions(path, "ts", digest, lang_code(root.get("sourcelanguage")) or "en", units,
                          [tlang] if any(u.targets for u in units) else [])
