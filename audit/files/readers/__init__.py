"""Readers turn a file into versions of an article. One module per format,
registered by file suffix; plain text is the fallback."""
from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Callable, Protocol

from ...errors import InputError
from ...model import Version
from ...plugins import import_submodules


class Reader(Protocol):
    def __call__(self, path: Path, lang: str | None, encoding: str | None) -> list[Version]: ...


_READERS: dict[str, Reader] = {}


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        for s in suffixes:
            _READERS[s.lower()] = fn
        return fn
    return deco


# suffix -> the module that registers its reader, so that reading one file
# imports one reader, not all of them (about 30 ms of every `audit check`);
# tests/test_startup.py holds this table to what the modules register.
_HOMES = {
    ".arb": "json_resource", ".csv": "table", ".docx": "docx", ".htm": "webpage", ".html": "webpage", ".ini": "ini", ".json": "json_resource", ".markdown": "markdown", ".md": "markdown", ".mdx": "markdown",
    ".odt": "odt", ".php": "php", ".po": "po", ".pot": "po", ".properties": "properties", ".strings": "apple_strings",
    ".stringsdict": "stringsdict", ".text": "text", ".tmx": "tmx", ".ts": "qt", ".tsv": "table",
    ".txt": "text", ".xhtml": "webpage", ".xlf": "xliff", ".xliff": "xliff", ".poxliff": "xliff", ".xlsx": "table",
    ".xml": "android", ".yaml": "yaml_resource", ".yml": "yaml_resource", ".resx": "resx",
    **{s: "unsupported" for s in (".mo", ".gmo", ".dpo", ".idml", ".rc", ".dtd", ".ftl", ".xaml", ".wxl",
                                 ".catkeys", ".sdf", ".tbx", ".srt", ".sub", ".lang")},
}


def _load_all() -> None:
    import_submodules(__name__)


def _reader(suffix: str) -> Reader:
    """The reader registered for `suffix`, else the plain-text one."""
    if suffix not in _READERS:
        home = _HOMES.get(suffix)
        if home is None:
            return _reader(".txt")
        import_module(f"{__name__}.{home}")
    return _READERS[suffix]


def read_file(path: Path, lang: str | None = None, encoding: str | None = None) -> list[Version]:
    """Versions in `path`: one for plain text, source + target(s) for bilingual files.
    `lang` is the file's (target) language where known; None asks for detection."""
    return _reader(path.suffix.lower())(path, lang, encoding)


def known_suffixes() -> list[str]:
    _load_all()
    return sorted(_READERS)


__all__ = ["read_file", "register", "known_suffixes", "InputError"]
