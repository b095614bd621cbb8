"""Fixes back into XLIFF 1.2 / 2.0 by byte surgery on the target content, so
inline tags, notes, states, alt-trans and formatting stay byte-for-byte.
(translate-toolkit duplicates text when setting targets with <g> tags.)

mark_changed: 1.2 sets the target's state="needs-review-translation". 2.0 has
no review-needed state; a "reviewed" or "final" segment goes back to
"translated" (translated, not yet reviewed); "initial"/"translated" stay.
"""
from __future__ import annotations

from pathlib import Path

from .. import xmlsafe
from ...model import Fix
from ..readers.xliff import WHOLE, XSeg, scan_units
from . import register
from .edits import by_unit, missing, splice
from .xmledit import content_edits, set_attr


def load_units(path: Path, data: bytes, encoding: str | None = None,
               only: set[str] | None = None) -> tuple[xmlsafe.XmlDoc, dict[str, XSeg]]:
    """The document and its translatable units (those in `only`, if given:
    keeping every unit of a large file costs memory for nothing)."""
    doc = xmlsafe.load(path, data, encoding)
    units: dict[str, XSeg] = {}

    def keep(x: XSeg) -> None:
        if not x.skip and x.source is not None and (only is None or x.id in only):
            units[x.id] = x

    scan_units(doc, keep)
    return doc, units


@register("xliff")
def write_xliff(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool, *,
                encoding: str | None = None) -> bytes:
    wanted = by_unit(path, fixes)
    doc, units = load_units(path, data, encoding, set(wanted))
    translated = {u for u, x in units.items() if x.target is not None and x.target.content_end > x.target.content_start}
    missing(path, wanted, translated)
    edits = []
    for uid, fs in wanted.items():
        x = units[uid]
        edits += content_edits(path, doc, uid, x.target.content_start, x.target.content_end, fs, WHOLE)
        if mark_changed:
            if x.version == "1.2":
                edits.append(set_attr(doc, x.state_tag, "state", "needs-review-translation"))
            elif x.state in ("reviewed", "final"):
                edits.append(set_attr(doc, x.state_tag, "state", "translated"))
    return doc.encode(splice(bytes(doc.buf), edits))
