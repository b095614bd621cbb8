"""Aligning versions of an article: paragraphs first, then sentences inside
aligned paragraphs, then a pass that recovers locally reordered sentences."""
from .aligner import align_pair
from .embed import Embedder

__all__ = ["align_pair", "Embedder"]
