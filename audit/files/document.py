"""What the structured-document readers share (HTML, Markdown, Word, OpenDocument).

A document is read into blocks: a heading, a paragraph, a list item, a table
cell, a caption, an image's alt text. Each block keeps, for every character
of its text as a reader sees it (entities decoded, whitespace collapsed,
markup left out), the raw [start, end) in the file as stored that it came
from. The reader turns blocks into segments whose offset is the raw start of
their first character and whose id says where they are in document terms
("heading 2", "list 1 item 3", "table 1 row 4 cell 2"); the writer reads the
file again, finds the block by that id (or offset) and maps a fix back
through the same character map, so only the fixed word's raw characters change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.entities import codepoint2name
from pathlib import Path
from typing import Callable, Sequence

from ..errors import InputError
from ..model import Fix, Segment
from ..text.diff import common_ends

_SPACE = " \t\n\r\f\v"                  # HTML whitespace; a no-break space is text
_RUNS = re.compile(r"[ \t\n\r\f\v]+|[^ \t\n\r\f\v]+")

# YAML front matter of Markdown and of the HTML of static sites (Jekyll, Hugo, MDN)
FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass
class Block:
    kind: str                    # heading | paragraph | list-item | table-cell | caption | alt | title | ...
    place: str                   # "heading 2": unique within the document, the segment id
    line: int = 0                # 1-based line of the first character (0 where lines mean nothing)
    chars: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)    # raw start of each char
    ends: list[int] = field(default_factory=list)      # raw end of each char
    protected: list[tuple[int, int]] = field(default_factory=list)   # inline code: never a term
    part: str = ""               # zipped formats: the part (word/document.xml) the offsets are in
    lang: str | None = None      # a lang attribute on the block or an ancestor

    # ---- building ---------------------------------------------------------

    def add(self, text: str, start: int, end: int | None = None, literal: bool = False) -> None:
        """Append `text` read from raw [start, end). With end=None the text is
        the raw characters themselves (one raw char each); otherwise all of it
        came from [start, end) (an entity, a tag read as a space). Whitespace
        runs collapse to one space, as a browser shows them (`literal` keeps them)."""
        if end is None and not literal:         # the common case, a run at a time: 5x faster on big pages
            for m in _RUNS.finditer(text):
                piece, a = m.group(), start + m.start()
                if piece[0] in _SPACE:
                    if not self.chars or self.chars[-1] == " ":
                        if self.chars:
                            self.ends[-1] = start + m.end()
                        continue
                    self.chars.append(" ")
                    self.starts.append(a)
                    self.ends.append(start + m.end())
                else:
                    self.chars.extend(piece)
                    self.starts.extend(range(a, a + len(piece)))
                    self.ends.extend(range(a + 1, a + len(piece) + 1))
            return
        for i, ch in enumerate(text):
            a, b = (start + i, start + i + 1) if end is None else (start, end)
            if not literal and ch in _SPACE:
                if not self.chars or self.chars[-1] == " ":
                    if self.chars:
                        self.ends[-1] = b        # the space covers the whole run
                    continue
                ch = " "
            self.chars.append(ch)
            self.starts.append(a)
            self.ends.append(b)

    def space(self, at: int, end: int) -> None:
        """A break that reads as a space (<br>, a soft line break)."""
        self.add(" ", at, end)

    def begin_protected(self) -> int:
        return len(self.chars)

    def end_protected(self, since: int) -> None:
        if len(self.chars) > since:
            self.protected.append((since, len(self.chars)))

    # ---- reading ----------------------------------------------------------

    def trimmed(self) -> "Block | None":
        """The block without leading/trailing spaces; None if nothing is left."""
        a, b = 0, len(self.chars)
        while a < b and self.chars[a] == " ":
            a += 1
        while b > a and self.chars[b - 1] == " ":
            b -= 1
        if a == b:
            return None
        out = Block(self.kind, self.place, self.line, self.chars[a:b], self.starts[a:b], self.ends[a:b],
                    [(max(s, a) - a, min(e, b) - a) for s, e in self.protected if e > a and s < b],
                    self.part, self.lang)
        return out

    @property
    def text(self) -> str:
        return "".join(self.chars)


class Places:
    """Names blocks in document terms and keeps the names unique."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.used: set[str] = set()

    def next(self, what: str) -> int:
        self.counts[what] = self.counts.get(what, 0) + 1
        return self.counts[what]

    def unique(self, place: str) -> str:
        out, n = place, 1
        while out in self.used:
            n += 1
            out = f"{place} ({n})"
        self.used.add(out)
        return out


def segments(blocks: Sequence[Block], framed: tuple[str, ...] = ()) -> list[Segment]:
    """Segments of the non-empty blocks, in document order. Blocks of the
    `framed` kinds (alt text, a title attribute: inside a tag or `![...]`, not
    in the running text) come after the rest, addressed by id alone (unit
    frame, no offset), so no paragraph's offsets reach into them."""
    def seg(b: Block, offset: int | None) -> Segment:
        return Segment(b.place, b.text, offset=offset, line=b.line or None,
                       context=b.kind, protected=tuple(b.protected))
    live = [b for b in blocks if b.chars]
    return ([seg(b, b.starts[0]) for b in live if b.kind not in framed]
            + [seg(b, None) for b in live if b.kind in framed])


# ---- write-back -------------------------------------------------------------

def locate(path: Path, blocks: Sequence[Block], fix: Fix) -> tuple[Block, int, int]:
    """The block a fix addresses (by its id, or by the file offset the reader
    gave its first character) and the fix's offsets inside the block's text."""
    live = [b for b in blocks if b.chars]
    if fix.unit:
        for b in live:
            if b.place == fix.unit:
                return b, fix.start, fix.end
        raise InputError(path, f"no {fix.unit!r} in the document; the file changed since the audit")
    best = None
    for b in live:                         # the last block starting at or before the fix
        if b.starts[0] <= fix.start and (best is None or b.starts[0] >= best.starts[0]):
            best = b
    if best is None:
        raise InputError(path, f"no text at offset {fix.start}; the file changed since the audit")
    return best, fix.start - best.starts[0], fix.end - best.starts[0]


def raw_edits(path: Path, block: Block, a: int, b: int, fix: Fix) -> list[tuple[int, int, str]]:
    """Raw edits that turn display chars [a, b) of `block` into `fix.new`.

    Only the characters that differ change: the common prefix and suffix of the
    old and new word stay as stored. What changes is written into the first
    stretch of contiguous raw text it touches (the run or text node holding the
    word's start, so that run's formatting is kept); the old characters in later
    stretches (a word split across runs or inline tags) are removed. The new
    text comes back unescaped: the format's writer escapes it."""
    text = block.text
    if not (0 <= a <= b <= len(text)) or text[a:b] != fix.old:
        found = text[a:b] if 0 <= a <= b <= len(text) else "(out of range)"
        raise InputError(path, f"{block.place}: expected {fix.old!r} at {a}-{b}, found {found!r}; "
                               "the file changed since the audit")
    for s, e in block.protected:
        if a < e and s < b:
            raise InputError(path, f"{block.place}: the fix at {a}-{b} would change code {text[s:e]!r}")
    new = fix.new
    p, q = common_ends(fix.old, new)
    a2, b2, middle = a + p, b - q, new[p:len(new) - q]
    if a2 == b2:                            # pure insertion: after the char before it, in its run
        at = block.ends[a2 - 1] if a2 > 0 else block.starts[a2]
        return [(at, at, middle)] if middle else []
    # contiguous raw stretches of the changed chars
    stretches: list[list[int]] = [[a2]]
    for i in range(a2 + 1, b2):
        if block.starts[i] == block.ends[i - 1]:
            stretches[-1].append(i)
        else:
            stretches.append([i])
    return [(block.starts[st[0]], block.ends[st[-1]], middle if n == 0 else "")
            for n, st in enumerate(stretches)]


def edits_for(path: Path, blocks: Sequence[Block], fixes: Sequence[Fix], raw: str | bytes,
              escape: Callable[[str, str], str]) -> list[tuple[int, int, str]]:
    """All raw edits for `fixes`; `escape(new, old_raw)` sees the raw text each replaces."""
    out = []
    for f in fixes:
        block, a, b = locate(path, blocks, f)
        for ra, rb, rep in raw_edits(path, block, a, b, f):
            old_raw = raw[ra:rb]
            if isinstance(old_raw, bytes):
                old_raw = old_raw.decode("utf-8", "replace")
            out.append((ra, rb, escape(rep, old_raw) if rep else ""))
    return sorted_spans(path, out)


def sorted_spans(path: Path, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`spans` (start, end, replacement) sorted in place, refused where two overlap."""
    spans.sort()
    for (a1, b1, _), (a2, b2, _) in zip(spans, spans[1:]):
        if a2 < b1:
            raise InputError(path, f"overlapping fixes at {a1}-{b1} and {a2}-{b2}")
    return spans


_NUMERIC = re.compile(r"&#(x?)[0-9A-Fa-f]+;?", re.I)
_NAMED = re.compile(r"&[A-Za-z][A-Za-z0-9]*;?")


def like_entities(escaped: str, old_raw: str) -> str:
    """Non-ASCII characters of `escaped` written as the replaced text wrote its
    own: &#233; / &#xE9; where it used numeric references, &eacute; where named,
    as they are where it used none."""
    numeric = _NUMERIC.search(old_raw)
    named = [m for m in _NAMED.finditer(old_raw) if m.group() not in ("&amp;", "&lt;", "&gt;", "&quot;")]
    if not numeric and not named:
        return escaped

    def ref(ch: str) -> str:
        if ord(ch) < 128:
            return ch
        if named and ord(ch) in codepoint2name:
            return f"&{codepoint2name[ord(ch)]};"
        return f"&#x{ord(ch):X};" if numeric and numeric.group(1).lower() == "x" else f"&#{ord(ch)};"
    return "".join(ref(c) for c in escaped)
