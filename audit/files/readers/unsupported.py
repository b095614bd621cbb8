"""Formats the tool does not read, refused by name: read as plain text they
would be audited as markup or binary noise, or refused with a misleading
message about their language."""
from __future__ import annotations

from pathlib import Path

from ...errors import Unsupported
from ...model import Version
from . import register

# suffix -> what the file is, and what to give the tool instead
FORMATS = {
    ".mo": "compiled gettext catalogue (binary); audit the .po it was built from",
    ".gmo": "compiled gettext catalogue (binary); audit the .po it was built from",
    ".dpo": "Weblate's duplicate-language PO copy; audit the .po file of that language",
    ".idml": "Adobe InDesign IDML package; export the story text or an XLIFF",
    ".rc": "Windows resource script; convert it to PO (translate-toolkit's rc2po)",
    ".dtd": "Mozilla DTD entities; convert it to PO (moz2po)",
    ".ftl": "Fluent (Mozilla) messages",
    ".xaml": "XAML resource dictionary",
    ".wxl": "WiX localisation file",
    ".catkeys": "Haiku catkeys catalogue",
    ".sdf": "OpenOffice SDF/GSI file",
    ".tbx": "TBX termbase; give it to --termbase, or `audit terms`",
    ".srt": "SubRip subtitles",
    ".sub": "subtitles",
    ".lang": "Mozilla .lang file",
}


def refuse(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    raise Unsupported(path, f"unsupported format: {path.suffix} ({FORMATS[path.suffix.lower()]})")


register(*FORMATS)(refuse)
