"""Fixes back into TMX by byte surgery on one <seg>; all other bytes stay.

A Fix names a unit but not a language. With one target language that is the
one; with several, the fix goes to the one target <tuv> whose text holds
`old` at the fix's offsets (pass `lang` to say which). TMX has no review
state, so mark_changed changes nothing.
"""
from __future__ import annotations

from pathlib import Path

from .. import xmlsafe
from ...errors import InputError
from ...model import Fix
from ..readers.bilingual import lang_code
from ..readers.tmx import WHOLE, Tu, scan_tus, source_key
from . import register
from .edits import by_unit, missing, splice
from .xmledit import content_edits


def load_tus(path: Path, data: bytes, encoding: str | None = None,
             only: set[str] | None = None) -> tuple[xmlsafe.XmlDoc, dict[str, Tu], str]:
    """The document, its <tu>s by id (those in `only`, if given), and its
    source language key."""
    doc = xmlsafe.load(path, data, encoding)
    tus: dict[str, Tu] = {}
    counts: dict[str, int] = {}

    def keep(tu: Tu) -> None:
        src = source_key(tu, tu.langs())
        if src:
            counts[src] = counts.get(src, 0) + 1
            if only is None or tu.id in only:
                tus[tu.id] = tu

    scan_tus(doc, keep)
    return doc, tus, max(counts, key=counts.get) if counts else "en"


def pick_target(path: Path, doc, tu: Tu, src: str, fixes: list[Fix], lang: str | None):
    """(language key, seg span) the fixes of one unit apply to."""
    langs = {k: v for k, v in tu.langs().items()
             if k != src and doc.text(v[2].content_start, v[2].content_end).strip()}   # as the reader
    if not langs:
        raise InputError(path, f"unit {tu.id!r} has no translation")
    if lang is not None:
        key = lang_code(lang) if lang_code(lang) in langs else lang.lower()
        if key not in langs:
            raise InputError(path, f"unit {tu.id!r} has no {lang} translation")
        return langs[key][2]
    fits = []
    for key, (_tag, _pos, span) in langs.items():
        text = xmlsafe.inline(doc.text(span.content_start, span.content_end), WHOLE).text
        if all(text[f.start:f.end] == f.old for f in fixes):
            fits.append(span)
    if len(langs) == 1:
        return next(iter(langs.values()))[2]           # check() explains a mismatch
    if len(fits) != 1:
        why = "no" if not fits else "more than one"
        raise InputError(path, f"unit {tu.id!r}: {why} target language matches the fix; name the language")
    return fits[0]


@register("tmx")
def write_tmx(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool, *,
              lang: str | None = None, encoding: str | None = None) -> bytes:
    wanted = by_unit(path, fixes)
    doc, tus, src = load_tus(path, data, encoding, set(wanted))
    missing(path, wanted, set(tus))
    edits = []
    for uid, fs in wanted.items():
        span = pick_target(path, doc, tus[uid], src, fs, lang)
        edits += content_edits(path, doc, uid, span.content_start, span.content_end, fs, WHOLE)
    return doc.encode(splice(bytes(doc.buf), edits))
