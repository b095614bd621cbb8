"""Markdown and MDX (CommonMark with tables and front matter).

markdown-it-py parses the file and says which lines each block spans; its
inline tokens (text, emphasis, links, code) are then walked against the raw
characters of those lines, so every character of a block's text keeps its
place in the file as stored: `**bold**`, `[text](url)`, `\\*` escapes and
`&amp;` entities are read as a reader sees them, and a fix changes only the
word's own characters. Headings, paragraphs, list items, block quotes and
table rows (cells joined by " | ", as the comparison-table rule reads them)
and images' alt text are blocks; fenced and indented code and HTML blocks are not prose; inline
code is text that is never a term. Front matter's title and description are
blocks of their own. In MDX, `import`/`export` lines are code.
"""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from ...errors import InputError
from ...model import Version
from ..document import FRONT_MATTER, Block, Places, segments
from ..textio import decode, read_bytes, sha256
from . import register

_FRONT_FIELD = re.compile(r"^(title|description|summary|sidebar_label|excerpt)[ \t]*:[ \t]*(.+?)[ \t]*$", re.M)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_MDX_CODE = re.compile(r"^(?:import|export)\s")
MAX_NESTING = 200            # markdown-it's own limit on nested blocks (quotes in quotes...)


class _Walker:
    """Matches one inline token stream against the raw characters it was parsed from."""

    def __init__(self, block: Block, raw: str, pos: list[int], images=None):
        self.block, self.raw, self.pos = block, raw, pos     # pos[i]: file offset of raw[i]
        self.cur = 0
        self.images = images          # callback(token, walker at the alt text) for an image's alt

    def at(self, i: int) -> int:
        return self.pos[i] if i < len(self.pos) else (self.pos[-1] + 1 if self.pos else 0)

    def skip_to(self, s: str) -> None:
        j = self.raw.find(s, self.cur)
        if j >= 0:
            self.cur = j + len(s)

    def text(self, content: str, protected: bool = False) -> None:
        since = self.block.begin_protected()
        for ch in content:
            self._char(ch)
        if protected:
            self.block.end_protected(since)

    def _char(self, ch: str) -> None:
        raw, limit = self.raw, min(len(self.raw), self.cur + 400)
        i = self.cur
        while i < limit:
            c = raw[i]
            if c == ch:
                self._put(ch, i, i + 1)
                return
            if c == "\\" and i + 1 < len(raw) and raw[i + 1] == ch and ch in _ESCAPABLE:
                self._put(ch, i, i + 2)
                return
            if c == "&":
                m = _ENTITY.match(raw, i)
                if m and unescape(m.group()) == ch:
                    self._put(ch, i, m.end())
                    return
            if ch in " \n" and c in "\r\n \t":     # a soft break or the indentation after one
                self._put(" ", i, i + 1)
                return
            i += 1                                 # markup the tokens do not carry (closing *, ](url))
        # not found nearby: keep the character, mapped to nothing a fix could change
        self.block.chars.append(ch)
        self.block.starts.append(self.at(self.cur))
        self.block.ends.append(self.at(self.cur))

    def _put(self, ch: str, a: int, b: int) -> None:
        if ch == "\n":
            ch = " "
        self.block.add(ch, self.at(a), self.at(b - 1) + 1)
        self.cur = b

    def link_end(self) -> None:
        """Past `](destination "title")`, `][ref]` or `]` after a link's text."""
        raw = self.raw
        j = raw.find("]", self.cur)
        if j < 0:
            return
        self.cur = j + 1
        if raw[self.cur:self.cur + 1] == "(":
            depth, k = 0, self.cur
            while k < len(raw):
                if raw[k] == "\\":
                    k += 2
                    continue
                depth += raw[k] == "("
                depth -= raw[k] == ")"
                k += 1
                if depth == 0:
                    break
            self.cur = k
        elif raw[self.cur:self.cur + 1] == "[":
            self.skip_to("]")

    def walk(self, children) -> None:
        for t in children or ():
            kind = t.type
            if kind == "text":
                self.text(t.content)
            elif kind == "code_inline":
                self.skip_to(t.markup)
                self.text(t.content, protected=True)
                self.skip_to(t.markup)
            elif kind in ("softbreak", "hardbreak"):
                j = self.raw.find("\n", self.cur)
                if j >= 0:
                    self.block.add(" ", self.at(j), self.at(j) + 1)
                    self.cur = j + 1
            elif kind == "link_open":
                if t.markup == "autolink":
                    self.skip_to("<")
                else:
                    self.skip_to("[")
            elif kind == "link_close":
                if t.markup == "autolink":
                    self.skip_to(">")
                else:
                    self.link_end()
            elif kind == "image":
                self.skip_to("![")
                if self.images is not None and t.content.strip():
                    self.images(t, self)
                self.link_end()
            elif kind == "html_inline":
                self.skip_to(t.content)
            elif t.markup and kind.endswith(("_open", "_close")):
                self.skip_to(t.markup)


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with [a, b) spans turned into blank lines (line count kept)."""
    out, pos = [], 0
    for a, b in spans:
        out += [text[pos:a], re.sub(r"[^\n]", " ", text[a:b])]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _front_matter(text: str, places: Places) -> tuple[list[Block], list[tuple[int, int]]]:
    m = FRONT_MATTER.match(text)
    if not m:
        return [], []
    blocks = []
    for f in _FRONT_FIELD.finditer(text, m.start(1) if m.group(1) else m.end(), m.end()):
        value, a = f.group(2), f.start(2)
        if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) > 1:
            value, a = value[1:-1], a + 1
        if value[:1] in "|>":                      # a block scalar: not read
            continue
        b = Block("front-matter", places.unique(f"front matter {f.group(1)}"),
                  text.count("\n", 0, a) + 1)
        b.add(value, a)
        if b.trimmed():
            blocks.append(b.trimmed())
    return blocks, [(m.start(), m.end())]


_FRONT_LANG = re.compile(r"^(?:lang|language|locale)[ \t]*:[ \t]*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)", re.M)


def _front_matter_lang(text: str) -> str | None:
    """The language the front matter declares (lang:, language:, locale:), if the tool knows it."""
    from .bilingual import lang_code
    from ...text.languages import known_languages
    m = FRONT_MATTER.match(text)
    found = _FRONT_LANG.search(m.group()) if m else None
    code = lang_code(found.group(1)) if found else None
    return code if code in known_languages() else None


def _cells(line: str) -> list[tuple[int, int]]:
    """[start, end) of each cell's trimmed text in a table row, split at unescaped pipes."""
    bounds, i = [], 0
    for m in re.finditer(r"(?<!\\)\|", line):
        bounds.append((i, m.start()))
        i = m.end()
    bounds.append((i, len(line.rstrip("\r\n"))))
    if bounds and not line[bounds[0][0]:bounds[0][1]].strip():
        bounds = bounds[1:]
    if bounds and not line[bounds[-1][0]:bounds[-1][1]].strip():
        bounds = bounds[:-1]
    out = []
    for a, b in bounds:
        seg = line[a:b]
        lead = len(seg) - len(seg.lstrip())
        out.append((a + lead, a + len(seg.rstrip())))
    return out


def read_markdown_blocks(path: Path, text: str, mdx: bool = False) -> list[Block]:
    from markdown_it import MarkdownIt        # imported when a Markdown file is read
    places = Places()
    blocks, hidden = _front_matter(text, places)
    starts = _line_starts(text)
    lines = text.splitlines(keepends=True)
    if mdx:
        hidden += [(starts[i], starts[i] + len(l)) for i, l in enumerate(lines) if _MDX_CODE.match(l)]
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
    try:
        tokens = md.parse(_blank(text, sorted(hidden)))
    except RecursionError:
        raise InputError(path, "Markdown nested too deeply to read") from None
    if tokens and max(t.level for t in tokens) >= MAX_NESTING - 1:
        # markdown-it stops at its nesting limit and drops what lies deeper: say so
        line = next(t.map[0] + 1 for t in tokens if t.level >= MAX_NESTING - 1 and t.map) if any(
            t.map for t in tokens if t.level >= MAX_NESTING - 1) else 1
        raise InputError(path, f"line {line}: blocks nested more than {MAX_NESTING} deep; not a document this tool reads")
    lists: list[list[int]] = []          # [list no, item no]
    table: list[int] = []                # [table no, row no]
    kinds: list[str] = []                # the open containers that give a paragraph its kind
    row: Block | None = None
    prev = None
    alts: list[Block] = []

    def image(t, outer: _Walker) -> None:
        """An image's alt text: a block of its own, read from the raw `![...]`."""
        alt = Block("alt", places.unique(f"image {places.next('image')} alt"), 0)
        w = _Walker(alt, outer.raw, outer.pos)
        w.cur = outer.cur
        w.walk(t.children)
        if alt.chars:
            alt.line = text.count("\n", 0, alt.starts[0]) + 1
            alts.append(alt.trimmed() or alt)

    for t in tokens:
        typ = t.type
        if typ in ("bullet_list_open", "ordered_list_open"):
            lists.append([places.next("list"), 0])
        elif typ in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif typ == "list_item_open":
            lists[-1][1] += 1
            kinds.append("list-item")
        elif typ == "blockquote_open":
            kinds.append("quote")
        elif typ in ("list_item_close", "blockquote_close"):
            kinds.pop()
        elif typ == "table_open":
            table = [places.next("table"), 0]
        elif typ == "tr_open":
            table[1] += 1
            row = Block("table-row", places.unique(f"table {table[0]} row {table[1]}"), t.map[0] + 1)
            row_cells = iter(_cells(lines[t.map[0]]))
            row_line = t.map[0]
        elif typ == "tr_close" and row is not None:
            r = row.trimmed()
            if r is not None:
                blocks.append(r)
            row = None
        elif typ == "inline" and row is not None:
            a, b = next(row_cells, (0, 0))
            if row.chars:
                at = starts[row_line] + a
                row.add(" | ", at, at, literal=True)
            raw = lines[row_line][a:b]
            _Walker(row, raw, list(range(starts[row_line] + a, starts[row_line] + b)), image).walk(t.children)
        elif typ == "inline" and t.map is not None:
            opener = prev
            if opener.type == "heading_open":
                kind = "heading"
            else:
                kind = kinds[-1] if kinds else "paragraph"
            if kind == "list-item":
                place = f"list {lists[-1][0]} item {lists[-1][1]}"
            else:
                place = f"{kind} {places.next(kind)}"
            block = Block(kind, places.unique(place), t.map[0] + 1)
            raw, pos = _inline_source(t, lines, starts)
            _Walker(block, raw, pos, image).walk(t.children)
            b = block.trimmed()
            if b is not None:
                blocks.append(b)
        prev = t
    blocks.sort(key=lambda b: b.starts[0])
    return blocks + [a for a in alts if a.chars]


def _inline_source(t, lines: list[str], starts: list[int]) -> tuple[str, list[int]]:
    """The raw text of an inline token's lines, from where its content starts
    on each (after a quote's ">", a list marker, a heading's "#"), with each
    character's file offset."""
    raw, pos = [], []
    content_lines = t.content.split("\n")
    first, last = t.map
    for k, n in enumerate(range(first, last)):
        if n >= len(lines):
            break
        line = lines[n]
        want = content_lines[k] if k < len(content_lines) else ""
        j = line.find(want[:20]) if want else -1
        if j < 0:
            continue
        body = line[j:]
        raw.append(body)
        pos += range(starts[n] + j, starts[n] + len(line))
    return "".join(raw), pos


@register(".md", ".markdown", ".mdx")
def read_md(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    data = read_bytes(path)
    text = decode(path, data, encoding)
    blocks = read_markdown_blocks(path, text, mdx=path.suffix.lower() == ".mdx")
    segs = segments(blocks, framed=("alt",))
    if not segs:
        raise InputError(path, "no prose in this Markdown file (only code or markup)")
    if lang is None:
        lang = _front_matter_lang(text)
    if lang is None:
        from ...text.langdetect import detect_language
        lang = detect_language("\n".join(s.text for s in segs), path)
    return [Version(path, lang, segs, fmt="markdown", sha256=sha256(data), encoding=encoding or "")]
