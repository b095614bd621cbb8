"""Formats the tool does not read, refused by name: read as plain text they
would be audited as markup or binary noise, or refused with a misleading
message about their language."""
from __future__ import annotations

import json
import re
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


# what a file read as plain text (its suffix unknown) may really be
_XML_ROOT = re.compile(r"<([A-Za-z_][\w:.-]*)")
_ROOTS = {"xliff": ("XLIFF", ".xlf"), "tmx": ("TMX", ".tmx"), "TS": ("Qt Linguist", ".ts"),
          "resources": ("Android string resources", ".xml"), "root": ("XML (.resx-like or flat)", ".resx")}
_YAML_KEY = re.compile(r"^\s*(?:- )?[\w.\"'-]+:(?:\s|$)")
_PO_KEYWORD = re.compile(r"^msgid \"", re.M)


def structured(path: Path, text: str) -> None:
    """Refuse a file with an unknown suffix whose text is a structured format
    (XML, JSON, YAML, PO): read as prose, its markup and keys would be audited
    and its translations mixed with them."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    what = None
    if head.startswith("<"):
        body = re.sub(r"<[?!][^>]*>", "", head).lstrip()
        m = _XML_ROOT.match(body)
        if m:
            name, suffix = _ROOTS.get(m.group(1).split(":")[-1], (f"XML with a <{m.group(1)}> root", None))
            what = f"the content is {name}" + (f": name it {suffix}" if suffix else "")
    elif head[:1] in "{[":
        try:
            json.loads(text)
            what = "the content is JSON: name it .json"
        except ValueError:
            pass
    elif _PO_KEYWORD.search(head):
        what = "the content is Gettext PO: name it .po"
    else:
        lines = [ln for ln in head.splitlines() if ln.strip() and not ln.lstrip().startswith("#")][:50]
        if len(lines) >= 2 and _YAML_KEY.match(lines[0]) and sum(bool(_YAML_KEY.match(ln)) for ln in lines) == len(lines):
            what = "the content is YAML: name it .yml"
    if what:
        raise Unsupported(path, f"unsupported format: {path.suffix or path.name} ({what})")
