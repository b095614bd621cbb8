"""Readers turn a file into versions of an article. One module per format,
registered by file suffix; plain text is the fallback."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Protocol

from ..errors import InputError
from ..model import Version
from ..plugins import import_submodules


class Reader(Protocol):
    def __call__(self, path: Path, lang: str | None, encoding: str | None) -> list[Version]: ...


_READERS: dict[str, Reader] = {}


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        for s in suffixes:
            _READERS[s.lower()] = fn
        return fn
    return deco


def _load_all() -> None:
    import_submodules(__name__)


def read_file(path: Path, lang: str | None = None, encoding: str | None = None) -> list[Version]:
    """Versions in `path`: one for plain text, source + target(s) for bilingual files.
    `lang` is the file's (target) language where known; None asks for detection."""
    _load_all()
    reader = _READERS.get(path.suffix.lower(), _READERS[".txt"])
    return reader(path, lang, encoding)


def known_suffixes() -> list[str]:
    _load_all()
    return sorted(_READERS)


__all__ = ["read_file", "register", "known_suffixes", "InputError"]
