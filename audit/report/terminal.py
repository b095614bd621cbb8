"""Findings for a terminal, compiler style: `file:line:col: severity kind`, the
sentence with the collapsed word in red, the suggestion with the change in
green. Without colour (not a terminal) the sentences are printed as they
are, so they can be grepped; the first line names the word and its column."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..model import Finding
from .highlight import Pieces, mark_word, suggestion_pieces, target_pieces

RED, GREEN, DIM, BOLD, RESET = "\033[31;1m", "\033[32;1m", "\033[2m", "\033[1m", "\033[0m"


def _paint(pieces: Pieces, color: bool, ansi: str) -> str:
    if color:
        return "".join(f"{ansi}{t}{RESET}" if m else t for t, m in pieces)
    return "".join(t for t, _ in pieces)


@lru_cache(maxsize=64)
def _line_starts(path: str) -> tuple[int, ...] | None:
    """Offsets where each line of a plain-text file starts, in decoded text."""
    from ..files.textio import decode
    try:
        p = Path(path)
        text = decode(p, p.read_bytes())
    except Exception:          # a column is a nicety; never fail the output for it
        return None
    starts, pos = [0], 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        starts.append(pos)
    return tuple(starts)


def location(f: Finding) -> str:
    """file:line:col for plain text (offsets into the file); file:line with the
    unit and its column for units of localisation files."""
    if f.unit is not None:
        where = f"{f.file}:{f.line}" if f.line else f.file
        return f"{where}: unit {f.unit} col {f.start + 1}"
    if f.line:
        starts = _line_starts(f.file)
        if starts and f.line - 1 < len(starts) and starts[f.line - 1] <= f.start:
            return f"{f.file}:{f.line}:{f.start - starts[f.line - 1] + 1}"
        return f"{f.file}:{f.line}"
    return f"{f.file}:@{f.start}"


def format_finding(f: Finding, color: bool) -> str:
    b, r = (BOLD, RESET) if color else ("", "")
    word = f.sentence[f.start - f.sentence_start:f.end - f.sentence_start] or f.term
    if f.distinction == "glossary" or f.kind.startswith("qa-"):     # the note says what is wrong
        head = f"{b}{location(f)}{r}: {f.severity} {f.kind}: {word!r}"
    else:
        head = f"{b}{location(f)}{r}: {f.severity} {f.kind}: {word!r} where {f.concept} is meant"
    if f.replacement:
        rep = f"{GREEN}{f.replacement}{RESET}" if color else repr(f.replacement)
        head += f"; use {rep}"
    head += f"  [{f.id or '-'}, confidence {f.confidence:.2f}]"
    lines = [head, "    " + _paint(target_pieces(f), color, RED)]
    if f.suggestion:
        lines.append("  → " + _paint(suggestion_pieces(f), color, GREEN))
    for n, r in enumerate(f.readings, 1):          # meaning cannot decide: each reading, for the reviewer to pick
        lines.append(f"  {n}) " + (f"{GREEN}{r['suggestion']}{RESET}" if color else r["suggestion"]))
    for e in f.evidence[:2]:
        if e.text:
            src = _paint(mark_word(e.text, e.term), color, BOLD)
            lines.append(f"    {DIM if color else ''}{e.rule} {e.version}:{RESET if color else ''} {src}")
    if f.note:
        lines.append(f"    note: {f.note}")
    return "\n".join(lines)


def format_findings(findings: list[Finding], color: bool) -> str:
    """All findings, a blank line between them, ending with a newline ("" for none)."""
    if not findings:
        return ""
    return "\n\n".join(format_finding(f, color) for f in findings) + "\n"
