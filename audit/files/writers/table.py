"""Fixes back into CSV/TSV by editing one cell's text in place: quoting,
delimiter, encoding and line endings of everything else stay. A cell that was
unquoted gets quotes if the new text needs them. There is no review state in a
table, so mark_changed changes nothing. XLSX is read-only for now.

With several target columns the fix goes to the column whose cell holds `old`
at the fix's offsets (pass `lang` to say which)."""
from __future__ import annotations

from pathlib import Path

from ...errors import InputError
from ...model import Fix
from ..readers.bilingual import UniqueIds, lang_code, protect
from ..readers.table import KEY_SAMPLE, Cell, columns, decode_table, dialect, parse_table, unquote_map
from . import register
from .edits import by_unit, check, missing, splice


def cells_by_unit(path: Path, text: str) -> tuple[dict[str, dict[str, Cell]], bool]:
    """unit id -> {target language or column key: cell}, with the reader's ids."""
    try:
        rows = parse_table(path, text)
    except ValueError as e:
        raise InputError(path, f"malformed table: {e}") from None
    if not rows:
        raise InputError(path, "no rows")
    cols = columns(path, [c.value(text) for c in rows[0].cells],
                   [[c.value(text) for c in r.cells] for r in rows[1:KEY_SAMPLE]])
    ids = UniqueIds()
    out: dict[str, dict[str, Cell]] = {}
    for r in (rows[1:] if cols.header else rows):
        get = lambda i: r.cells[i] if i is not None and i < len(r.cells) else None  # noqa: E731
        idc = get(cols.id)
        uid = ids((idc.value(text).strip() if idc else "") or f"row{r.line}")
        out[uid] = {(l or str(c)): cell for c, l in cols.targets.items()
                    if (cell := get(c)) is not None and cell.value(text).strip()}
    return out, len(cols.targets) == 1


@register("csv", "tsv")
def write_table(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool, *,
                lang: str | None = None, encoding: str | None = None) -> bytes:
    text, codec, bom = decode_table(path, data, encoding)
    if bom + text.encode(codec) != data:
        raise InputError(path, f"cannot write back: the file does not round-trip through {codec}")
    delim = dialect(path, text)[0]
    units, single = cells_by_unit(path, text)
    wanted = by_unit(path, fixes)
    missing(path, wanted, {u for u, c in units.items() if c})
    edits = []
    for uid, fs in wanted.items():
        cell = pick(path, text, uid, units[uid], fs, lang, single)
        value, rs, re_ = unquote_map(text, cell)
        for f in fs:
            check(path, uid, value, protect(value), f)
        if not cell.quoted and any(ch in f.new for f in fs for ch in f'"{delim}\r\n'):
            new = value
            for f in sorted(fs, key=lambda f: -f.start):
                new = new[:f.start] + f.new + new[f.end:]
            edits.append((cell.start, cell.end, '"' + new.replace('"', '""') + '"'))
            continue
        for f in fs:
            a = rs[f.start] if f.start < len(value) else cell.end
            b = re_[f.end - 1] if f.end > f.start else a
            new = f.new
            if cell.backslash:
                new = new.replace("\\", "\\\\").replace('"', '\\"')
            elif cell.quoted:
                new = new.replace('"', '""')
            edits.append((a, b, new))
    try:
        return bom + splice(text, edits).encode(codec)
    except UnicodeEncodeError as e:
        raise InputError(path, f"{e.object[e.start:e.end]!r} cannot be written in this file's {codec} encoding") from None


def pick(path: Path, text: str, uid: str, cells: dict[str, Cell], fixes: list[Fix],
         lang: str | None, single: bool) -> Cell:
    if lang is not None:
        for key in (lang, lang_code(lang)):
            if key in cells:
                return cells[key]
        raise InputError(path, f"unit {uid!r} has no {lang} translation")
    if single or len(cells) == 1:
        return next(iter(cells.values()))
    fits = [c for c in cells.values() if all(c.value(text)[f.start:f.end] == f.old for f in fixes)]
    if len(fits) != 1:
        why = "no" if not fits else "more than one"
        raise InputError(path, f"unit {uid!r}: {why} target column matches the fix; name the language")
    return fits[0]
