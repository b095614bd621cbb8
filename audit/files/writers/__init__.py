"""Writers put accepted fixes back into a file. One module per format,
registered by Version.fmt; each returns the new file bytes and writes nothing,
so the caller decides where the result goes (and nothing is written on error)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Protocol

from ...errors import InputError
from ...model import Fix
from ...plugins import import_submodules


class Writer(Protocol):
    def __call__(self, path: Path, data: bytes, fixes: list[Fix], mark_changed: bool) -> bytes: ...


_WRITERS: dict[str, Writer] = {}


def register(*fmts: str) -> Callable[[Writer], Writer]:
    def deco(fn: Writer) -> Writer:
        for f in fmts:
            _WRITERS[f] = fn
        return fn
    return deco


def _load_all() -> None:
    import_submodules(__name__)


def rewrite(path: Path, fmt: str, fixes: list[Fix], mark_changed: bool = False,
            encoding: str | None = None) -> bytes:
    """The bytes of `path` with `fixes` applied. `encoding`: the legacy
    encoding a plain-text file was read in (--encoding), written back the same."""
    _load_all()
    fn = _WRITERS.get(fmt)
    if fn is None:
        raise InputError(path, f"cannot write fixes back into {fmt} files")
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from None
    if encoding:
        return fn(Path(path), data, fixes, mark_changed, encoding=encoding)
    return fn(Path(path), data, fixes, mark_changed)


__all__ = ["register", "rewrite", "InputError"]
