"""Fixes back into Qt .ts files by byte surgery on the <translation> (or
<numerusform>) content: locations, comments, other messages and formatting
stay byte for byte. mark_changed sets type="unfinished" on the translation,
which is how Qt Linguist marks an entry for review."""
from __future__ import annotations

from pathlib import Path

from .. import xmlsafe
from ...model import Fix
from ..readers.qt import QtMessage, scan_messages, targets_of
from . import register
from .edits import by_unit, missing, splice
from .xmledit import content_edits, set_attr


@register("ts")
def write_ts(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool, *,
             encoding: str | None = None) -> bytes:
    wanted = by_unit(path, fixes)
    doc = xmlsafe.load(path, data, encoding)
    spans: dict[str, tuple[int, int]] = {}
    tags: dict[str, int] = {}

    def keep(m: QtMessage) -> None:
        for sid, span in targets_of(m):
            if sid in wanted and span[1] > span[0]:
                spans[sid] = (span[0], span[1])
                if m.translation:
                    tags[sid] = _start_tag(doc.buf, m.translation[0])

    scan_messages(doc, keep)
    missing(path, wanted, set(spans))
    edits, marked = [], set()
    for sid, fs in wanted.items():
        a, b = spans[sid]
        edits += content_edits(path, doc, sid, a, b, fs, frozenset())
        if mark_changed and sid in tags and tags[sid] not in marked:
            marked.add(tags[sid])
            edits.append(set_attr(doc, tags[sid], "type", "unfinished"))
    return doc.encode(splice(bytes(doc.buf), edits))


def _start_tag(buf, content_start: int) -> int:
    """Offset of the '<' of the start tag that ends just before `content_start`."""
    return buf.rfind(b"<translation", 0, content_start)
