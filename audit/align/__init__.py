"""Aligning versions of an article: by cheap structural signals where they
are plainly right (cheap.py), by the sentence model for the rest (aligner.py);
a reference goes with its MT (compose.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..plugins import lazy_exports

__all__ = ["align_pair", "Embedder", "BY"]

# How far alignment goes (--align): "meaning", the sentence model for the
# stretches the structure leaves; "structure", those stay unaligned
BY = ("meaning", "structure")

# Loaded on first use (PEP 562): the aligner needs numpy, and a check of a
# bilingual file makes an Embedder without ever aligning or embedding.
_HOMES = {"align_pair": "aligner", "Embedder": "embed"}


__getattr__ = lazy_exports(__name__, _HOMES)


if TYPE_CHECKING:
    from .aligner import align_pair
    from .embed import Embedder
