"""The part of a text an edit changed."""
from __future__ import annotations


def common_ends(old: str, new: str) -> tuple[int, int]:
    """(p, q): `old` and `new` share their first p and their last q characters,
    the two never overlapping, so old[p:len(old) - q] became new[p:len(new) - q]."""
    n = min(len(old), len(new))
    p = 0
    while p < n and old[p] == new[p]:
        p += 1
    q = 0
    while q < n - p and old[-1 - q] == new[-1 - q]:
        q += 1
    return p, q
