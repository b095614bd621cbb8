"""Article sets and their files: what a corpus is made of, and the language a
file's name gives."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import regex

from ..errors import InputError
from ..text.languages import base_code, known_languages


REFERENCE_TAG = ".ref"


# ll, ll_CC, ll-Script, and gettext's ll_CC@modifier (sr@latin, sr_RS@latin)
_LANG_NAME = regex.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z0-9]+)*(?:@[A-Za-z]+)?$")


@dataclass
class FileSpec:
    path: Path
    lang: str | None          # None: detect
    is_source: bool = False
    is_reference: bool = False


@dataclass
class ArticleSet:
    name: str
    files: list[FileSpec]


def language_from_name(path: Path) -> str | None:
    m = _LANG_NAME.match(path.stem)
    if m is None and path.stem.endswith(REFERENCE_TAG):      # vi.ref.txt
        m = _LANG_NAME.match(path.stem[:-len(REFERENCE_TAG)])
    return m.group(1) if m and m.group(1) in known_languages() else None


def check_language(code: str, where: Path | str | None = None) -> str:
    """A language code the tool knows, or a clear error."""
    if base_code(code) not in known_languages():
        raise InputError(where, f"unknown language {code!r} (known: {', '.join(sorted(known_languages()))})")
    return code
