"""HTML and XHTML: a saved web page, a help-centre export, an HTML fragment.

The page is tokenised with the standard library's HTMLParser (a flat,
forgiving tokenizer: broken markup is read the way browsers read it, nothing
is executed or fetched, and nesting costs no recursion), which says where
every tag, text run and entity starts, so each character of a block's text
keeps its place in the file as stored (audit/files/document.py). Headings,
paragraphs, list items, table cells, captions and definition terms are blocks
of their own, with their kind; scripts, styles, templates, preformatted code
and hidden elements are never text; inline code is text that is never a term;
an image's alt text and an element's title are segments of their own.

For a whole page, the article is decided by trafilatura (a maintained article
extractor): a block is kept when the extractor's text has it, so menus,
footers, share bars and comments drop out. What the page itself marks as
navigation, a sidebar or a footer (<nav>, <aside>, <footer> and their ARIA
roles) is never the article either: on real pages the extractor keeps a
Wikipedia navigation box (a table), and a sidebar's "recent posts" that lists
the article's own title has the title's text. The extractor gives no offsets,
which is why it only chooses blocks and never supplies text. A fragment (no
<html> or <body>) is all article, and `--whole-page` keeps everything.
"""
from __future__ import annotations

import codecs
import re
from contextlib import contextmanager
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from ...errors import InputError
from ...model import Version
from ..document import FRONT_MATTER, Block, Places, segments
from ..textio import decode, read_bytes, sha256
from . import register
from .bilingual import lang_code

# Set by `--whole-page` (whole_page()): keep menus, footers and comments as text too.
WHOLE_PAGE = False


@contextmanager
def whole_page(on: bool = True):
    """Read web pages whole, not just their article, inside the block."""
    global WHOLE_PAGE
    old, WHOLE_PAGE = WHOLE_PAGE, on
    try:
        yield
    finally:
        WHOLE_PAGE = old

MAX_DEPTH = 1000          # open elements: deeper nesting is refused, not recursed into

# what a page declares to be around its article, not in it (HTML's sectioning
# elements and ARIA landmark roles)
CHROME_TAGS = {"nav", "aside", "footer"}
CHROME_ROLES = {"navigation", "complementary", "contentinfo", "search"}
SKIP = {"script", "style", "template", "noscript", "svg", "math", "head", "pre", "textarea", "select",
        "iframe", "object", "canvas", "audio", "video", "button"}
CODE = {"code", "kbd", "samp", "var", "tt"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}
KINDS = {**{f"h{i}": "heading" for i in range(1, 7)}, "p": "paragraph", "li": "list-item",
         "tr": "table-row", "caption": "caption", "figcaption": "caption",
         "dt": "term", "dd": "definition", "blockquote": "quote", "summary": "heading", "legend": "caption"}
CONTAINERS = {"address", "article", "aside", "body", "details", "dialog", "div", "dl", "fieldset", "figure",
              "footer", "form", "header", "hgroup", "html", "main", "nav", "ol", "section", "table", "tbody",
              "thead", "tfoot", "ul", "center", "menu"}
BLOCKS = set(KINDS) | CONTAINERS
# start tag -> open elements it closes (HTML's implied end tags), up to a boundary
_CLOSES = {"li": ({"li"}, {"ul", "ol", "menu"}), "dt": ({"dt", "dd"}, {"dl"}), "dd": ({"dt", "dd"}, {"dl"}),
           "td": ({"td", "th"}, {"tr", "table"}), "th": ({"td", "th"}, {"tr", "table"}),
           "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"})}
_ENTITY = re.compile(r"&#?[0-9A-Za-z]+;?")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)""", re.I)


class _Frame:
    __slots__ = ("tag", "kind", "block", "lang", "skip", "code", "place", "chrome")

    def __init__(self, tag, kind, lang, skip, code, place="", chrome=False):
        self.tag, self.kind, self.lang, self.skip, self.code, self.place = tag, kind, lang, skip, code, place
        self.chrome = chrome
        self.block: Block | None = None


class PageScanner(HTMLParser):
    """Blocks of a page, each char mapped to its raw place in `text`."""

    def __init__(self, text: str, path: Path):
        super().__init__(convert_charrefs=False)
        self.text, self.path = text, path
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.blocks: list[Block] = []          # text blocks in document order
        self.attrs: list[tuple[Block, bool]] = []   # alt/title blocks, and whether inside <article>/<main>
        self.chrome: set[int] = set()          # raw start of the blocks inside <nav>, <aside>, <footer>
        self.stack: list[_Frame] = [_Frame("#root", "text", None, False, False)]
        self.places = Places()
        self.lists: list[int] = []             # list numbers of the open lists
        self.items: list[int] = []
        self.tables: list[list[int]] = []      # [table no, row, cell] of the open tables
        self.lang: str | None = None
        self.has_body = False
        self.in_article = 0                    # inside <article>/<main>

    # ---- positions

    def pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # ---- the open elements

    def _top_block_frame(self) -> _Frame:
        for f in reversed(self.stack):
            if f.kind:
                return f
        return self.stack[0]

    def _flush(self, frame: _Frame) -> None:
        if frame.block is not None:
            b = frame.block.trimmed()
            if b is not None:
                b.place = self.places.unique(b.place)
                self.blocks.append(b)
                if frame.chrome:
                    self.chrome.add(b.starts[0])
            frame.block = None

    def _push(self, tag: str, attrs: dict) -> None:
        if len(self.stack) > MAX_DEPTH:
            raise InputError(self.path, f"line {self.getpos()[0]}: elements nested more than {MAX_DEPTH} deep; "
                                        "not a page this tool reads")
        parent = self.stack[-1]
        lang = attrs.get("lang") or attrs.get("xml:lang") or parent.lang
        skip = parent.skip or tag in SKIP or "hidden" in attrs or attrs.get("aria-hidden") == "true"
        code = parent.code or tag in CODE
        kind, place = "", ""
        if tag in BLOCKS:
            self._flush(self._top_block_frame())
            kind = KINDS.get(tag, "text")
            place = self._place(tag)
        chrome = parent.chrome or tag in CHROME_TAGS or attrs.get("role") in CHROME_ROLES
        frame = _Frame(tag, kind, lang, skip, code, place, chrome)
        self.stack.append(frame)

    def _place(self, tag: str) -> str:
        if tag in ("ul", "ol", "menu"):
            self.lists.append(self.places.next("list"))
            self.items.append(0)
        elif tag == "li":
            if self.items:
                self.items[-1] += 1
                return f"list {self.lists[-1]} item {self.items[-1]}"
            return f"list item {self.places.next('list item')}"
        elif tag == "table":
            self.tables.append([self.places.next("table"), 0, 0])
        elif tag == "tr":
            if not self.tables:
                self.tables.append([self.places.next("table"), 0, 0])
            t = self.tables[-1]
            t[1] += 1
            t[2] = 0
            return f"table {t[0]} row {t[1]}"
        elif tag in ("caption", "figcaption", "legend"):
            return f"caption {self.places.next('caption')}"
        elif tag in KINDS:
            kind = KINDS[tag]
            return f"{kind} {self.places.next(kind)}"
        return ""

    def _pop_to(self, index: int) -> None:
        while len(self.stack) > index:
            f = self.stack.pop()
            if f.kind:
                self._flush(f)
            if f.tag in ("ul", "ol", "menu") and self.lists:
                self.lists.pop()
                self.items.pop()
            elif f.tag == "table" and self.tables:
                self.tables.pop()
            elif f.tag in ("article", "main"):
                self.in_article -= 1

    def _find(self, tags: set[str], boundary: set[str]) -> int | None:
        for i in range(len(self.stack) - 1, 0, -1):
            t = self.stack[i].tag
            if t in tags:
                return i
            if t in boundary:
                return None
        return None

    # ---- HTMLParser events

    def handle_starttag(self, tag: str, attrs_list) -> None:
        attrs = {k.lower(): (v if v is not None else "") for k, v in attrs_list}
        if tag == "html" and self.lang is None:
            self.lang = attrs.get("lang") or attrs.get("xml:lang")
        if tag in ("html", "body"):
            self.has_body = True
        if tag in _CLOSES:
            i = self._find(*_CLOSES[tag])
            if i is not None:
                self._pop_to(i)
        if tag in BLOCKS:                       # a block closes an open paragraph
            i = self._find({"p"}, CONTAINERS)
            if i is not None:
                self._pop_to(i)
        start = self.pos()
        self._attributes(tag, attrs, start)
        if tag in ("td", "th"):
            self._cell(start)
        if tag == "br":
            f = self._text_frame()
            if f is not None and f.block is not None:
                f.block.space(start, start + len(self.get_starttag_text() or "<br>"))
            return
        if tag in VOID:
            return
        self._push(tag, attrs)
        if tag in ("article", "main"):
            self.in_article += 1

    def handle_startendtag(self, tag: str, attrs_list) -> None:
        if tag in VOID:
            self.handle_starttag(tag, attrs_list)
        else:                                   # XHTML <p/>: opens and closes
            self.handle_starttag(tag, attrs_list)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return

    def _cell(self, start: int) -> None:
        """A row is one segment, its cells joined by " | " (the separator stands
        for the markup between them): the comparison-table rule reads header
        rows that way, and a finding's cell is counted from it."""
        if not self.tables:
            return
        t = self.tables[-1]
        t[2] += 1
        frame = self._top_block_frame()
        if frame.tag != "tr" or t[2] == 1 or frame.skip:
            return
        block = self._block(frame)
        while block.chars and block.chars[-1] == " ":
            block.chars.pop(), block.starts.pop(), block.ends.pop()
        block.add(" | ", start, start, literal=True)

    def _text_frame(self) -> _Frame | None:
        if self.stack[-1].skip:
            return None
        return self._top_block_frame()

    def _block(self, frame: _Frame) -> Block:
        if frame.block is None:
            kind = frame.kind or "text"
            place = frame.place or f"text {self.places.next('text')}"
            frame.block = Block(kind, place, self.getpos()[0], lang=frame.lang)
        return frame.block

    def handle_data(self, data: str) -> None:
        self._text(data, self.pos(), None)

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def _entity(self) -> None:
        at = self.pos()
        m = _ENTITY.match(self.text, at)
        raw = m.group() if m else "&"
        self._text(unescape(raw), at, at + len(raw))

    def _text(self, text: str, start: int, end: int | None) -> None:
        frame = self._text_frame()
        if frame is None:
            return
        if frame.block is None and not text.strip():
            return
        block = self._block(frame)
        code = self.stack[-1].code
        since = block.begin_protected()
        block.add(text, start, end)
        if code:
            block.end_protected(since)

    def _attributes(self, tag: str, attrs: dict, start: int) -> None:
        """alt of an image, title of anything but a link (on links it names the linked page)."""
        if self.stack[-1].skip:
            return
        for name in ("alt", "title"):
            value = attrs.get(name, "")
            if not value.strip() or (name == "title" and tag == "a") or (name == "alt" and tag not in ("img", "area", "input")):
                continue
            tag_text = self.get_starttag_text() or ""
            m = re.search(r"\s" + name + r"""\s*=\s*(["']?)""", tag_text, re.I)
            if not m:
                continue
            vstart = start + m.end()
            quote = m.group(1)
            vend = self.text.find(quote, vstart) if quote else re.compile(r"[\s>]").search(self.text, vstart).start()
            kind = "alt" if name == "alt" else "title"
            n = self.places.next(f"{tag} {name}" if name == "alt" else "title")
            place = f"image {n} alt" if name == "alt" else f"{tag} title {n}"
            b = Block(kind, place, self.getpos()[0], lang=self.stack[-1].lang)
            for m2 in re.finditer(r"&#?[0-9A-Za-z]+;?|[^&]+|&", self.text[vstart:vend]):
                tok = m2.group()
                if tok.startswith("&") and len(tok) > 1:
                    b.add(unescape(tok), vstart + m2.start(), vstart + m2.end())
                else:
                    b.add(tok, vstart + m2.start())
            b = b.trimmed()
            if b is not None:
                b.place = self.places.unique(b.place)
                self.attrs.append((b, self.in_article > 0))
                if self.stack[-1].chrome:
                    self.chrome.add(b.starts[0])

    def close(self) -> None:
        super().close()
        self._pop_to(1)
        self._flush(self.stack[0])


def _decode(path: Path, data: bytes, encoding: str | None) -> tuple[str, str]:
    """(text, codec): --encoding, a BOM, the page's <meta charset>, else UTF-8."""
    if encoding is None and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                name = codecs.lookup(m.group(1).decode("ascii")).name
            except LookupError:
                name = None
            if name and name not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
                encoding = name
    return decode(path, data, encoding), encoding or "utf-8"


def scan(path: Path, text: str) -> PageScanner:
    p = PageScanner(text, path)
    front = FRONT_MATTER.match(text)
    if front:           # a static site's front matter is metadata, not text: blanked, offsets kept
        text = re.sub(r"[^\n]", " ", front.group()) + text[front.end():]
    try:
        p.feed(text)
        p.close()
    except InputError:
        raise
    except (AssertionError, ValueError) as e:         # HTMLParser's own complaints
        raise InputError(path, f"cannot read this HTML: {e}") from None
    return p


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


def article_blocks(path: Path, text: str, page: PageScanner, whole: bool | None = None) -> list[Block]:
    """The page's blocks in document order (text blocks, then alt/title
    attributes), only the article's unless the whole page is wanted."""
    whole = WHOLE_PAGE if whole is None else whole
    lang = lang_code(page.lang)
    blocks = [b for b in page.blocks if not _other_language(b.lang, lang)]
    attrs = [(b, in_art) for b, in_art in page.attrs if not _other_language(b.lang, lang)]
    if whole or not page.has_body:
        return blocks + [b for b, _ in attrs]
    keep = _extracted(text)
    if keep is None:
        return blocks + [b for b, _ in attrs]
    lines, title, joined = keep
    candidates = [b for b in blocks if b.starts[0] not in page.chrome]
    how = []                                        # per candidate: "strong", "weak" or ""
    for b in candidates:
        norm = _norm(b.text)
        h = "strong" if norm == title else _in_article(norm, lines, joined)
        if not h and b.kind == "table-row":
            h = _in_article(_norm(b.text.replace(" | ", " ")), lines, joined.replace("|", " "))
        how.append(h)
    strong = [i for i, h in enumerate(how) if h == "strong"]
    if not strong:
        return blocks + [b for b, _ in attrs]
    # a short text ("Mozilla", "Portal") matches anywhere on a page: it counts
    # between the first and the last block matched with certainty, and in an
    # unbroken run of matched blocks just before or after them
    lo, hi = strong[0], strong[-1]
    while lo > 0 and how[lo - 1]:
        lo -= 1
    while hi + 1 < len(how) and how[hi + 1]:
        hi += 1
    kept = [b for b, h in zip(candidates[lo:hi + 1], how[lo:hi + 1]) if h]
    first, last = kept[0].starts[0], kept[-1].ends[-1]
    return kept + [b for b, in_art in attrs
                   if b.starts[0] not in page.chrome and (in_art or first <= b.starts[0] <= last)]


def _other_language(block_lang: str | None, page_lang: str | None) -> bool:
    """A block marked with another language than the page's (a language menu, a
    quotation) is not this version's text."""
    return bool(block_lang and page_lang and lang_code(block_lang) != page_lang)


def _in_article(norm: str, lines: set[str], joined: str) -> str:
    """"strong" where the extractor's text has the block for certain (a line of
    it, or a long stretch), "weak" for a short table cell, "" where it has not."""
    long = len(norm) >= 12
    if norm in lines:
        return "strong" if long else "weak"
    # long enough not to match by accident; table cells and list items appear
    # inside the extractor's "| a | b |" and "- item" lines
    if long and norm in joined:
        return "strong"
    return "weak" if len(norm) >= 2 and f"| {norm} |" in joined else ""


def _extracted(text: str) -> tuple[set[str], str, str] | None:
    """The extractor's article: its lines (normalised), its title, and all of it as one string."""
    import trafilatura          # only for whole pages (about 0.3 s to import)
    doc = trafilatura.bare_extraction(text, include_comments=False, include_tables=True, favor_recall=True,
                                      include_formatting=False, deduplicate=False, with_metadata=True)
    out = getattr(doc, "text", None) if doc is not None else None
    if not out:
        return None
    lines = set()
    for line in out.splitlines():
        n = _norm(line)
        lines.add(n)
        lines.add(n.lstrip("-*• ").strip())
    title = _norm(doc.title) if getattr(doc, "title", None) else ""
    lines.add(title)
    return lines, title, " ".join(_norm(out.replace("\n", " \n ")).replace("|", " ").split()) + " " + _norm(out)


def read_blocks(path: Path, encoding: str | None = None, whole: bool | None = None):
    """(blocks, page language, codec, raw bytes, decoded text)."""
    data = read_bytes(path)
    text, codec = _decode(path, data, encoding)
    page = scan(path, text)
    return article_blocks(path, text, page, whole), lang_code(page.lang), codec, data, text


PROSE = {"heading", "paragraph", "quote", "definition", "caption"}


def _prose_first(segs) -> list[str]:
    """The page's running text for language detection: its headings and
    paragraphs where they say enough, not a sidebar of link titles before them
    (a rendered MDN page opens with 300 of them in English, whatever its language)."""
    prose = [s.text for s in segs if s.context in PROSE]
    return prose if sum(map(len, prose)) >= 200 else [s.text for s in segs]


@register(".html", ".htm", ".xhtml")
def read_html(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    blocks, page_lang, codec, data, text = read_blocks(path, encoding)
    segs = segments(blocks, framed=("alt", "title"))
    if not segs:
        raise InputError(path, "no text in this page")
    if lang is None:
        lang = page_lang
        from ...text.languages import known_languages
        if lang not in known_languages():
            from ...text.langdetect import detect_language
            lang = detect_language("\n".join(_prose_first(segs)), path)
    return [Version(path, lang, segs, fmt="html", sha256=sha256(data),
                    encoding=codec if codec != "utf-8" else "")]
