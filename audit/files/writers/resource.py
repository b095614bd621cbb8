"""Fixes back into key/value resource files (JSON, ARB, YAML, .properties,
.ini, PHP, Android strings.xml, iOS .strings/.stringsdict, .NET .resx) by replacing only
the raw characters of the fixed word inside the value: quoting, escapes of the
rest of the value, placeholders, plural blocks, comments, key order,
indentation, encoding and line endings stay byte for byte. The replacement is
escaped the way the value is stored (a quote inside a single-quoted YAML
string doubles, a non-Latin-1 letter in a .properties file becomes \\uXXXX).
None of these formats has a review state, so mark_changed changes nothing.
"""
from __future__ import annotations

from pathlib import Path

from ...errors import InputError
from ...model import Fix
from ..readers import _load_all as load_readers
from ..readers.bilingual import protect
from ..readers.resource import FORMATS, entries_by_key, load
from . import register
from .edits import by_unit, check, missing, splice


def write_resource(fmt_name: str):
    def write(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool, *,
              encoding: str | None = None) -> bytes:
        load_readers()
        fmt = FORMATS[fmt_name]
        doc = load(fmt, path, data, encoding)
        if doc.encode(doc.buf) != data:
            raise InputError(path, "cannot write back: the file does not round-trip through its encoding")
        wanted = by_unit(path, fixes)
        entries = entries_by_key(doc)
        missing(path, wanted, {k for k, e in entries.items() if e.end > e.start})
        edits = []
        for uid, fs in wanted.items():
            e = entries[uid]
            value, rs, re_ = fmt.unescape(doc.buf, e)
            extra = getattr(fmt, "extra_protect", None)
            spans = protect(value, list(extra(value)) if extra else [])
            for f in fs:
                check(path, uid, value, spans, f)
                a = rs[f.start] if f.start < len(value) else e.end
                b = re_[f.end - 1] if f.end > f.start else a
                try:
                    edits.append((a, b, fmt.escape(f.new, e, doc, a)))
                except ValueError as err:
                    raise InputError(path, str(err)) from None
        return doc.encode(splice(doc.buf, edits))
    return write


for _name in ("json", "yaml", "properties", "ini", "php", "android", "strings", "stringsdict", "resx"):
    register(_name)(write_resource(_name))
