"""YAML resource files, Rails style: `de:` root (the language, left out of the
ids), nested mappings (ids joined with "."), sequences (`key[0]`), plain,
'single' and "double" quoted scalars (also over several lines, folded as YAML
folds them), and | / > block scalars (the trailing line break is not part of
the text). Anchors and tags are read past; aliases and flow collections
([a, b], {a: b}) are not units. Nothing is ever expanded, so an alias bomb
costs nothing.

A line scanner of our own (see readers/resource.py for why not translate-
toolkit's yaml store, which parses with ruamel and re-serialises): it records
where each scalar's text lies in the file, so write-back changes one word and
keeps quoting, comments and indentation.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...model import Version
from . import register
from .resource import Entry, Loaded, decode_text, format_module, read_resource, text_encoder

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
_KEY = re.compile(r"""("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|(?:[^\s:#'"?\-\[\]{},&*!|>%@`]|[?\-](?=\S)|:(?=\S))(?:[^:\n]|:(?=\S))*?)[ \t]*:(?=[ \t]|$)""")
_PROPS = re.compile(r"(?:[&!][^\s]*[ \t]+)*")
_BLOCK = re.compile(r"([|>])([+-]?)(\d?)[+-]?[ \t]*(?:#.*)?$")
_DQ_ESCAPES = {"n": "\n", "t": "\t", "\t": "\t", "r": "\r", "0": "\0", "a": "\a", "b": "\b", "e": "\x1b",
               "f": "\f", "v": "\v", "/": "/", "\\": "\\", '"': '"', " ": " ", "N": "\x85", "_": "\xa0",
               "L": "\u2028", "P": "\u2029"}
_LANG_ROOT = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")


def _key(raw: str) -> str:
    if raw[:1] == '"':
        return re.sub(r"\\(.)", lambda m: _DQ_ESCAPES.get(m.group(1), m.group(1)), raw[1:-1])
    if raw[:1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Scanner:
    def __init__(self, text: str):
        self.text = text
        self.lines = [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(text)]
        self.out: list[tuple[list[str], Entry]] = []

    def fail(self, k: int, what: str):
        raise ValueError(f"line {k + 1}: {what}")

    def run(self) -> list[tuple[list[str], Entry]]:
        stack: list[tuple[int, str, bool]] = []   # (indent, key or "[n]", is a sequence item)
        seq: dict[tuple[str, ...], int] = {}      # next index per sequence path
        k = 0
        while k < len(self.lines):
            pos, line = self.lines[k]
            body = line.strip()
            if not body or body.startswith("#") or body in ("---", "...") or body.startswith("%"):
                k += 1
                continue
            if line.lstrip(" ").startswith("\t"):
                self.fail(k, "tab used for indentation")
            col = _indent(line)
            is_item = line.startswith("-", col) and (col + 1 == len(line) or line[col + 1] in " \t")
            while stack and (stack[-1][0] > col or (stack[-1][0] == col and (stack[-1][2] or not is_item))):
                stack.pop()
            rest = col
            while line.startswith("-", rest) and (rest + 1 == len(line) or line[rest + 1] in " \t"):
                parent = tuple(key for _, key, _ in stack)
                n = seq.get(parent, 0)
                seq[parent] = n + 1
                stack.append((rest, f"[{n}]", True))
                rest += 1
                while rest < len(line) and line[rest] in " \t":
                    rest += 1
            path = [key for _, key, _ in stack]
            m = _KEY.match(line, rest)
            if m:
                key = _key(m.group(1))
                stack.append((rest, key, False))
                seq.pop(tuple([*path, key]), None)
                k = self.value(k, m.end(), [*path, key], rest)
            else:
                k = self.value(k, rest, path, rest - 1)
        return self.out

    def value(self, k: int, i: int, path: list[str], key_col: int) -> int:
        """Read the scalar starting at line k, column i; returns the next line."""
        pos, line = self.lines[k]
        i += len(line[i:]) - len(line[i:].lstrip())
        i += len(_PROPS.match(line, i).group())
        c = line[i:i + 1]
        if not c or c == "#" or c in "*[{":
            return k + 1
        if c in "\"'":
            return self.quoted(k, i, path, c)
        b = _BLOCK.match(line, i)
        if b:
            return self.block(k, path, key_col, b)
        # plain scalar, maybe folded over more-indented lines
        end_col = len(line)
        cm = re.search(r"[ \t]#", line[i:])
        if cm:
            end_col = i + cm.start()
        last_k, last_end = k, pos + len(line[:end_col].rstrip())
        j = k + 1
        while j < len(self.lines) and not cm:
            p2, l2 = self.lines[j]
            if not l2.strip():
                j += 1
                continue
            if _indent(l2) <= key_col or l2.strip().startswith("#") or _KEY.match(l2, _indent(l2)):
                break
            cm = re.search(r"[ \t]#", l2)
            cut = cm.start() if cm else len(l2)
            last_k, last_end = j, p2 + len(l2[:cut].rstrip())
            j += 1
        self.emit(path, pos + i, last_end, k, "plain")
        return last_k + 1

    def quoted(self, k: int, i: int, path: list[str], q: str) -> int:
        pos = self.lines[k][0]
        start = pos + i + 1
        text = self.text
        j = start
        while True:
            j = text.find(q, j)
            if j < 0:
                self.fail(k, "quote never closed")
            if q == '"':
                bs = 0
                while text[j - 1 - bs] == "\\":
                    bs += 1
                if bs % 2:
                    j += 1
                    continue
            elif text.startswith("''", j):
                j += 2
                continue
            break
        self.emit(path, start, j, k, "dq" if q == '"' else "sq")
        last = k
        while last + 1 < len(self.lines) and self.lines[last + 1][0] <= j:
            last += 1
        return last + 1

    def block(self, k: int, path: list[str], key_col: int, b: re.Match) -> int:
        j = k + 1
        indent = key_col + int(b.group(3)) if b.group(3) else None
        first = last = None
        while j < len(self.lines):
            p2, l2 = self.lines[j]
            if l2.strip():
                if indent is None:
                    indent = _indent(l2)
                    if indent <= key_col:
                        break
                if _indent(l2) < indent:
                    break
                if first is None:
                    first = p2 + indent
                last = p2 + len(l2)
            j += 1
        if first is not None:
            self.emit(path, first, last, k + 1, f"{b.group(1)}{indent}")
        return j

    def emit(self, path: list[str], a: int, b: int, k: int, kind: str) -> None:
        if path:
            self.out.append((path, Entry(_join(path), a, b, k + 1, kind)))


def _join(path: list[str]) -> str:
    return ".".join(path).replace(".[", "[")


def scan(text: str) -> tuple[list[Entry], str | None]:
    found = _Scanner(text).run()
    roots = {p[0] for p, _ in found}
    lang = None
    if len(roots) == 1 and _LANG_ROOT.fullmatch(next(iter(roots))):
        lang = next(iter(roots))
        for p, e in found:
            e.key = _join(p[1:])
    return [e for p, e in found if e.key], lang


def unescape(buf: str, e: Entry):
    """The scalar's text, folding line breaks the way YAML does."""
    out: list[str] = []
    rs: list[int] = []
    re_: list[int] = []
    block = e.kind[:1] in ("|", ">")
    indent = int(e.kind[1:]) if block else 0
    i = e.start
    while i < e.end:
        c = buf[i]
        if c in "\r\n":
            a = i
            while out and out[-1] in " \t" and not block:
                out.pop()
                rs.pop()
                a = re_.pop() - 1
            breaks = 0
            j = i
            while j < e.end and buf[j] in "\r\n \t":
                if buf[j] == "\n":
                    breaks += 1
                j += 1
            if block:                      # keep the indentation beyond the block's own
                line_start = buf.rfind("\n", i, j) + 1
                j = min(j, line_start + indent)
                folded = " " if e.kind[0] == ">" and breaks == 1 and buf[j:j + 1] not in (" ", "\t") else "\n" * breaks
                if e.kind[0] == ">" and breaks > 1:
                    folded = "\n" * (breaks - 1)
            else:
                folded = " " if breaks == 1 else "\n" * (breaks - 1)
            if e.kind == "dq" and a > e.start and buf[a - 1] == "\\":
                folded = ""                # an escaped line break joins the lines
            out.append(folded)
            rs.append(a)
            re_.append(j)
            i = j
            continue
        j = i + 1
        if e.kind == "dq" and c == "\\" and i + 1 < e.end:
            n = buf[i + 1]
            if n in "xuU":
                width = {"x": 2, "u": 4, "U": 8}[n]
                hexs = buf[i + 2:i + 2 + width]
                if re.fullmatch(rf"[0-9a-fA-F]{{{width}}}", hexs):
                    c, j = chr(int(hexs, 16)), i + 2 + width
            elif n in "\r\n":
                i += 1                     # handled with the line break
                continue
            else:
                c, j = _DQ_ESCAPES.get(n, n), i + 2
        elif e.kind == "sq" and buf.startswith("''", i):
            c, j = "'", i + 2
        out.append(c)
        rs.append(i)
        re_.append(j)
        i = j
    # a folded break is one output string of any length: spread it per character
    text, frs, fre = [], [], []
    for s, a, b in zip(out, rs, re_):
        for ch in s:
            text.append(ch)
            frs.append(a)
            fre.append(b)
    return "".join(text), frs, fre


class YamlFormat:
    name = "yaml"

    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded:
        text, codec, bom = decode_text(path, data, encoding)
        entries, lang = scan(text)
        return Loaded(text, entries, text_encoder(path, codec, bom), lang, codec)

    def unescape(self, buf: str, e: Entry):
        return unescape(buf, e)

    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> str:
        if e.kind == "dq":
            return new.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if e.kind == "sq":
            return new.replace("'", "''")
        if e.kind[:1] in ("|", ">"):
            return new.replace("\n", "\n" + " " * int(e.kind[1:]))
        if re.search(r": |\s#|[\n\r]", new) or (at == e.start and new[:1] in "\"'&*!|>%@`[]{}#,?-"):
            raise ValueError(f"unit {e.key!r}: {new!r} cannot go into an unquoted YAML value unchanged")
        return new


FORMAT = format_module(YamlFormat())


@register(".yml", ".yaml")
def read_yaml(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    return read_resource(FORMAT, path, lang, encoding)
