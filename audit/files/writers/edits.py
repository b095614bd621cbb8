"""Shared by the format writers: check a fix against the unit text it was made
for, and splice replacements into the original file text or bytes."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterable, TypeVar

from ...errors import InputError
from ...model import Fix

T = TypeVar("T", str, bytes)


def by_unit(path: Path, fixes: Iterable[Fix]) -> dict[str, list[Fix]]:
    out: dict[str, list[Fix]] = defaultdict(list)
    for f in fixes:
        if f.unit is None:
            raise InputError(path, f"fix {f.finding_id or f.old!r} names no unit")
        out[f.unit].append(f)
    for uid, fs in out.items():
        fs.sort(key=lambda f: (f.start, f.end))
        for a, b in zip(fs, fs[1:]):
            if b.start < a.end:
                raise InputError(path, f"unit {uid!r}: overlapping fixes at {a.start}-{a.end} and {b.start}-{b.end}")
    return out


def check(path: Path, uid: str, text: str, protected, fix: Fix) -> None:
    """The fix must find its old text where it says, and leave tags and
    placeholders alone."""
    if not (0 <= fix.start <= fix.end <= len(text)) or text[fix.start:fix.end] != fix.old:
        found = text[fix.start:fix.end] if 0 <= fix.start <= fix.end <= len(text) else "(out of range)"
        raise InputError(path, f"unit {uid!r}: expected {fix.old!r} at {fix.start}-{fix.end}, found {found!r}; "
                               "the file changed since the audit")
    for s, e in protected:
        if fix.start < e and s < fix.end:
            raise InputError(path, f"unit {uid!r}: fix at {fix.start}-{fix.end} would change the tag or placeholder "
                                   f"{text[s:e]!r}")


def missing(path: Path, wanted: Iterable[str], found: set[str]) -> None:
    lost = [u for u in wanted if u not in found]
    if lost:
        more = f" and {len(lost) - 1} more" if len(lost) > 1 else ""
        raise InputError(path, f"no translated unit {lost[0]!r}{more} in the file")


def splice(buf: T, edits: list[tuple[int, int, T]]) -> T:
    """Apply (start, end, replacement) edits; they must not overlap."""
    edits = sorted(edits, key=lambda e: (e[0], e[1]))
    parts: list[T] = []
    pos = 0
    for a, b, rep in edits:
        if a < pos:
            raise ValueError("overlapping edits")
        parts.append(buf[pos:a])
        parts.append(rep)
        pos = b
    parts.append(buf[pos:])
    return buf[:0].join(parts)
