"""PHP language arrays: `lang/<lang>/*.php` (Laravel `return [...]`,
`return array(...)`) and assignments (`$lang['key'] = '...';` as CodeIgniter,
OpenCart, phpBB write them; `$_['key']`, nested `$lang['a']['b']`).

Nested array keys are joined with "." (Laravel's own notation). Only string
literals are units: a value built by concatenation gives one unit per literal
("key", "key~2"); numbers, constants and calls are skipped. Single-quoted
strings unescape only \\' and \\\\; double-quoted ones \\" \\\\ \\$ \\n \\t \\r, and
their $variables are protected, as are Laravel :placeholders. The file is
tokenized, never executed; heredoc/nowdoc values are skipped.

Our own tokenizer: translate-toolkit's `php` store gives no offsets.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...model import Version
from . import register
from .resource import Entry, Lines, Loaded, decode_text, format_module, read_resource, text_encoder

MAX_DEPTH = 100
_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|\#(?!\[)[^\n]*|/\*[\s\S]*?\*/)
  | (?P<open><\?php|<\?)
  | (?P<close>\?>)
  | '(?P<sq>(?:[^'\\]|\\[\s\S])*)'
  | "(?P<dq>(?:[^"\\]|\\[\s\S])*)"
  | (?P<heredoc><<<[\s\S]*?\n\s*\w+;?)
  | (?P<var>\$\w+)
  | (?P<arrow>=>)
  | (?P<word>[A-Za-z_\\][\w\\]*(?:::\w+)?)
  | (?P<num>\d[\w.]*)
  | (?P<punct>\.=|[\[\](),;=.:?!+\-*/%&|<>@])
""", re.X)
_DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "e": "\x1b", "f": "\f", "\\": "\\", "$": "$", '"': '"'}
_PROTECT = re.compile(r"\{\$[^}]*\}|\$\w+(?:->\w+|\[[^\]]*\])*|(?<![\w:]):[A-Za-z_]\w*")


def tokens(text: str):
    """(kind, start, end, inner start, inner end) for every meaningful token."""
    lines = Lines(text)
    i, n = 0, len(text)
    php = not text.lstrip().startswith("<") or text.lstrip().startswith("<?")
    while i < n:
        if not php:                        # inline HTML outside <?php ... ?>
            j = text.find("<?", i)
            if j < 0:
                return
            i, php = j, True
        m = _TOKEN.match(text, i)
        if not m:
            raise ValueError(f"line {lines(i)}: cannot read {text[i:i + 30]!r}")
        kind = m.lastgroup
        if kind == "close":
            php = False
        elif kind in ("sq", "dq"):
            yield kind, m.start(), m.end(), m.start(kind), m.end(kind)
        elif kind not in ("ws", "comment", "open"):
            yield kind, m.start(), m.end(), m.start(), m.end()
        i = m.end()


def unescape(buf: str, start: int, end: int, kind: str):
    out, rs, re_ = [], [], []
    i = start
    while i < end:
        c = buf[i]
        j = i + 1
        if c == "\\" and i + 1 < end:
            n = buf[i + 1]
            if kind == "sq" and n in "'\\":
                c, j = n, i + 2
            elif kind == "dq" and n in _DQ_ESCAPES:
                c, j = _DQ_ESCAPES[n], i + 2
        out.append(c)
        rs.append(i)
        re_.append(j)
        i = j
    return "".join(out), rs, re_


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.toks = list(tokens(text))
        self.i = 0
        self.lines = Lines(text)
        self.entries: list[Entry] = []

    def peek(self, k: int = 0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else ("eof", len(self.text), len(self.text), 0, 0)

    def is_(self, tok, *vals) -> bool:
        return self.text[tok[1]:tok[2]] in vals

    def fail(self, what: str):
        raise ValueError(f"line {self.lines(self.peek()[1])}: {what}")

    def literal(self, tok) -> str:
        return unescape(self.text, tok[3], tok[4], tok[0])[0]

    def run(self) -> list[Entry]:
        while self.peek()[0] != "eof":
            t = self.peek()
            if t[0] == "word" and self.is_(t, "return"):
                self.i += 1
                if self.array_start():
                    self.value([], 0)
            elif t[0] == "var":
                self.assignment()
            else:
                self.i += 1
        return self.entries

    def assignment(self) -> None:
        self.i += 1
        path: list[str] = []
        while self.is_(self.peek(), "["):
            k = self.peek(1)
            if k[0] in ("sq", "dq", "num", "word") and self.is_(self.peek(2), "]"):
                path.append(self.literal(k) if k[0] in ("sq", "dq") else self.text[k[1]:k[2]])
                self.i += 3
            else:
                return
        if not self.is_(self.peek(), "="):
            return
        self.i += 1
        if path or self.array_start():
            self.value(path, 0)

    def array_start(self) -> bool:
        t = self.peek()
        return self.is_(t, "[") or (t[0] == "word" and self.is_(t, "array") and self.is_(self.peek(1), "("))

    def value(self, path: list[str], depth: int) -> None:
        """A value up to the next ',' ';' or closing bracket at this level."""
        if depth > MAX_DEPTH:
            self.fail(f"arrays nested deeper than {MAX_DEPTH} levels")
        nested = 0
        while True:
            t = self.peek()
            if t[0] == "eof":
                return
            s = self.text[t[1]:t[2]]
            if nested == 0 and self.array_start():
                self.array(path, depth)
                continue
            if t[0] in ("sq", "dq") and nested == 0 and path:
                self.entries.append(Entry(".".join(path), t[3], t[4], self.lines(t[3]), t[0]))
            elif s in ("(", "["):
                nested += 1
            elif s in (")", "]"):
                if nested == 0:
                    return
                nested -= 1
            elif s in (",", ";") and nested == 0:
                return
            self.i += 1

    def array(self, path: list[str], depth: int) -> None:
        close = "]" if self.is_(self.peek(), "[") else ")"
        self.i += 1 if close == "]" else 2
        index = 0
        while True:
            t = self.peek()
            if t[0] == "eof":
                self.fail("array never closed")
            if self.is_(t, close):
                self.i += 1
                return
            if self.is_(t, ","):
                self.i += 1
                continue
            if self.peek(1)[0] == "arrow" and t[0] in ("sq", "dq", "num", "word"):
                key = self.literal(t) if t[0] in ("sq", "dq") else self.text[t[1]:t[2]]
                self.i += 2
            else:
                key = str(index)
                index += 1
            self.value([*path, key], depth + 1)


class PhpFormat:
    name = "php"

    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded:
        text, codec, bom = decode_text(path, data, encoding)
        return Loaded(text, _Parser(text).run(), text_encoder(path, codec, bom), None, codec)

    def value(self, buf: str, e: Entry) -> str:
        raw = buf[e.start:e.end]
        return raw if "\\" not in raw else self.unescape(buf, e)[0]      # most values have no escapes

    def unescape(self, buf: str, e: Entry):
        return unescape(buf, e.start, e.end, e.kind)

    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> str:
        if e.kind == "sq":
            return new.replace("\\", "\\\\").replace("'", "\\'")
        return new.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$")


FORMAT = format_module(PhpFormat())


def protected_spans(text: str):
    return ((m.start(), m.end()) for m in _PROTECT.finditer(text))


@register(".php")
def read_php(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    return read_resource(FORMAT, path, lang, encoding)


FORMAT.extra_protect = protected_spans      # the writer protects the same spans
