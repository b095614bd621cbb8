"""Aligning versions of an article: by cheap structural signals where they
are plainly right (cheap.py), by the sentence model for the rest (aligner.py);
a reference goes with its MT (compose.py)."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__all__ = ["align_pair", "Embedder"]

# Loaded on first use (PEP 562): the aligner needs numpy, and a check of a
# bilingual file makes an Embedder without ever aligning or embedding.
_HOMES = {"align_pair": "aligner", "Embedder": "embed"}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from .aligner import align_pair
    from .embed import Embedder
