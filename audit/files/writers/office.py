"""Fixes back into Word .docx and OpenDocument .odt. The text part is read
again the reader's way and each fix is mapped through its paragraph's
character map to the bytes of the `<w:t>` (or ODF text) that hold the word:
the replacement goes into the run holding the word's first changed
character, so that run's formatting is kept, and the word's characters in
later runs (a word Word split across runs) are removed. The zip is written
again with every entry in its order, name, date, attributes and compression;
every part other than the text part has the same bytes as before."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ...model import Fix
from .. import xmlsafe
from ..document import edits_for
from ..readers import docx, odt
from ..readers.office import read_office
from . import register
from .edits import splice

_READ = {"docx": (docx.PART, docx.DOCX), "odt": (odt.PART, odt.ODT)}


def _escape(new: str, old_raw: str) -> str:
    return xmlsafe.escape(new)


def _write(fmt: str, path: Path, fixes: list[Fix]) -> bytes:
    part, dialect = _READ[fmt]
    blocks, xml, zf, *_ = read_office(path, part, dialect)
    with zf:
        edits = [(a, b, rep.encode("utf-8")) for a, b, rep in edits_for(path, blocks, fixes, xml, _escape)]
        new_part = splice(xml, edits)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zout:
            for info in zf.infolist():
                body = new_part if info.filename == part else zf.read(info.filename)
                zout.writestr(info, body, compress_type=info.compress_type)
        return out.getvalue()


@register("docx")
def write_docx(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool = False) -> bytes:
    return _write("docx", path, fixes)


@register("odt")
def write_odt(path: Path, data: bytes, fixes: list[Fix], mark_changed: bool = False) -> bytes:
    return _write("odt", path, fixes)
