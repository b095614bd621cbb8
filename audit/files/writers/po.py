"""Fixes back into PO files by editing the quoted msgstr text in place: line
wrapping, comments, flags, plural forms, encoding and line endings stay as they
were. mark_changed adds the fuzzy flag, so the translator reviews the entry."""
from __future__ import annotations

from pathlib import Path

from ...errors import InputError
from ...model import Fix
from ..readers.bilingual import protect
from ..readers.po import PoEntry, PoString, decode_po, escape, parse, unescape, units_of
from . import register
from .edits import by_unit, check, missing, splice


def targets(text: str, entries: list[PoEntry]) -> dict[str, tuple[PoEntry, PoString]]:
    """Segment id -> (entry, its msgstr), with the reader's ids; untranslated
    strings are left out, as the reader leaves them out."""
    out = {}
    for uid, e, _msgid, _ctxt in units_of(text, entries):
        if e.plural is None:
            ms = e.msgstr.get(-1) or e.msgstr.get(0)
            if ms and ms.pieces and ms.value(text):
                out[uid] = (e, ms)
        else:
            for k, ms in e.msgstr.items():
                if ms.value(text):
                    out[f"{uid}[{max(k, 0)}]"] = (e, ms)
    return out


def load(path: Path, data: bytes, encoding: str | None = None) -> tuple[str, str, bytes, list[PoEntry]]:
    text, codec, bom = decode_po(path, data, encoding)
    if bom + text.encode(codec) != data:
        raise InputError(path, f"cannot write back: the file does not round-trip through {codec}")
    try:
        return text, codec, bom, parse(text)
    except ValueError as e:
        raise InputError(path, f"not a PO file: {e}") from None


def fuzzy_edit(text: str, e: PoEntry) -> tuple[int, int, str] | None:
    if "fuzzy" in e.flags:
        return None
    if e.flags_span:
        return (e.flags_span[1], e.flags_span[1], ", fuzzy")
    nl = "\r\n" if "\r\n" in text[e.start:e.start + 400] else "\n"
    at = e.previous_start if e.previous_start >= 0 else e.keywords_start
    return (at, at, "#, fuzzy" + nl)


@register("po")
def write_po(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool, *,
             encoding: str | None = None) -> bytes:
    """`encoding`: the --encoding the file was read with, for files whose
    charset header is missing or wrong."""
    text, codec, bom, entries = load(path, data, encoding)
    wanted = by_unit(path, fixes)
    units = targets(text, entries)
    missing(path, wanted, set(units))
    edits: list[tuple[int, int, str]] = []
    touched: dict[int, PoEntry] = {}
    for uid, fs in wanted.items():
        e, ms = units[uid]
        value, rs, re_ = unescape(text, ms.pieces)
        for f in fs:
            check(path, uid, value, protect(value), f)
            end_of_string = ms.pieces[-1][1] if ms.pieces else 0
            a = rs[f.start] if f.start < len(value) else end_of_string
            b = re_[f.end - 1] if f.end > f.start else a
            edits.append((a, b, escape(f.new)))
        touched[e.start] = e
    if mark_changed:
        edits += [x for e in touched.values() if (x := fuzzy_edit(text, e))]
    out = splice(text, edits)
    try:
        return bom + out.encode(codec)
    except UnicodeEncodeError as e:
        raise InputError(path, f"the fix {e.object[e.start:e.end]!r} cannot be written in this file's {codec} encoding") from None
