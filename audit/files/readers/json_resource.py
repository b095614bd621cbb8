"""JSON resource files: flat ({"key": "value"}), nested (keys joined with "."),
i18next (plural suffixes such as key_one/key_other are keys like any other;
{{name}} and $t(key) are protected), and Flutter ARB (.arb: "@key" metadata is
skipped, its "description" shown as context; "@@locale" names the language;
ICU plural/select syntax is protected, its message text is not).

Dialects whose messages sit beside metadata are recognised by their shape and
only their message fields read (`dialect`): WebExtension/Chrome messages.json
({"key": {"message", "description", "placeholders"}}), FormatJS
({"id": {"defaultMessage", "description"}}), structured JSON ({"string",
"context", "developer_comment"}), go-i18n v1 ([{"id", "translation"}],
plural forms one/other...) and v2 ({"key": {"description", "one", "other"}}).
Their unit ids are the message keys (plural forms "key.one"); the description
becomes the context; ids, placeholders and example URLs are never read as
text. An empty message is an untranslated unit: not read.

A scanner of our own (see readers/resource.py for why not translate-toolkit's
jsonl10n): it records where each string's text lies inside its quotes. Nesting
is limited to MAX_DEPTH, so hostile input cannot exhaust the stack.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ...model import Version
from . import register
from .resource import (Entry, Lines, Loaded, backslash_unescape, decode_text, format_module, read_resource,
                       text_encoder)

MAX_DEPTH = 200
_WS = re.compile(r"[ \t\r\n]*")
_STRING = re.compile(r'"((?:[^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*)"')
_LITERAL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", '"': '"', "\\": "\\"}
_ICU = re.compile(r"\{\s*[\w.]+\s*,\s*(?:plural|select|selectordinal)\s*,")
_ICU_SYNTAX = re.compile(r"\{\s*[\w.]+\s*,\s*(?:plural|select|selectordinal)\s*,(?:\s*offset:\d+)?"
                         r"|(?:=\d+|[\w-]+)\s*\{|\}")
_I18NEXT = re.compile(r"\$t\([^)]*\)")


def _key_text(raw: str) -> str:
    return json.loads(f'"{raw}"') if "\\" in raw else raw       # raw matched _STRING: valid JSON


def scan(text: str, paths: list[list[str]] | None = None) -> tuple[list[Entry], str | None]:
    """String values with their key paths, and the ARB @@locale if any;
    `paths`, if given, receives each entry's key path as a list."""
    entries: list[Entry] = []
    notes: dict[str, str] = {}
    lines = Lines(text)
    locale: list[str] = []

    def ws(i: int) -> int:
        return _WS.match(text, i).end()

    def fail(i: int, what: str):
        raise ValueError(f"line {lines(min(i, len(text)))}: {what}")

    def value(i: int, path: list[str], depth: int, meta: bool) -> int:
        if depth > MAX_DEPTH:
            fail(i, f"nested deeper than {MAX_DEPTH} levels")
        i = ws(i)
        c = text[i:i + 1]
        if c == "{":
            i = ws(i + 1)
            if text.startswith("}", i):
                return i + 1
            while True:
                m = _STRING.match(text, i)
                if not m:
                    fail(i, "expected a quoted key")
                key = _key_text(m.group(1))
                i = ws(m.end())
                if not text.startswith(":", i):
                    fail(i, "expected ':' after a key")
                is_meta = meta or (depth == 0 and key.startswith("@"))
                if depth == 0 and key == "@@locale":
                    s = _STRING.match(text, ws(i + 1))
                    if s:
                        locale.append(_key_text(s.group(1)))
                sub = [*path, key]
                if is_meta and depth == 0 and key.startswith("@") and not key.startswith("@@"):
                    sub = [key]
                i = value(i + 1, sub, depth + 1, is_meta)
                i = ws(i)
                if text.startswith(",", i):
                    i = ws(i + 1)
                    continue
                if text.startswith("}", i):
                    return i + 1
                fail(i, "expected ',' or '}'")
        if c == "[":
            i = ws(i + 1)
            if text.startswith("]", i):
                return i + 1
            n = 0
            while True:
                i = value(i, [*path[:-1], f"{path[-1]}[{n}]"] if path else [f"[{n}]"], depth + 1, meta)
                n += 1
                i = ws(i)
                if text.startswith(",", i):
                    i += 1
                    continue
                if text.startswith("]", i):
                    return i + 1
                fail(i, "expected ',' or ']'")
        if c == '"':
            m = _STRING.match(text, i)
            if not m:
                fail(i, "unterminated string, bad escape or control character in a string")
            if meta:
                if len(path) == 2 and path[1] == "description":
                    notes[path[0][1:]] = _key_text(m.group(1))
            elif path:
                entries.append(Entry(".".join(path), m.start(1), m.end(1), lines(m.start(1))))
                if paths is not None:
                    paths.append(list(path))
            return m.end()
        m = _LITERAL.match(text, i)
        if not m:
            fail(i, "not a JSON value")
        return m.end()

    end = ws(value(0, [], 0, False))
    if end != len(text):
        fail(end, "text after the end of the document")
    for e in entries:
        e.context = notes.get(e.key)
    return entries, (locale[0] if locale else None)


# message objects: the field that holds the text, and the metadata beside it
_MESSAGE_FIELDS = ("message", "defaultMessage", "string", "translation")
_META = {"description", "placeholders", "context", "developer_comment", "character_limit", "meaning", "id",
         "hash", "leftdelim", "rightdelim", "example", "content", "tags", "maxLength", "comment"}
_PLURAL = {"zero", "one", "two", "few", "many", "other"}


def _message_object(v) -> str | None:
    """The text field of a message object ({"message": ..., "description": ...}), else None."""
    if not isinstance(v, dict):
        return None
    fields = [f for f in _MESSAGE_FIELDS if f in v]
    if len(fields) != 1 or not set(v) - {fields[0]} <= _META:
        return None
    return fields[0]


def _plural_object(v) -> bool:
    """go-i18n v2: {"description": ..., "one": ..., "other": ...}."""
    return isinstance(v, dict) and bool(set(v) & _PLURAL) and set(v) <= _PLURAL | _META \
        and all(isinstance(v[k], str) for k in set(v) & _PLURAL)


def dialect(doc) -> str:
    """The JSON dialect, by shape: "message" (WebExtension, Chrome, FormatJS,
    structured), "go-i18n-v1", "go-i18n-v2", else "plain" (flat, nested, i18next, ARB)."""
    if isinstance(doc, list) and doc and all(isinstance(x, dict) and "id" in x and "translation" in x for x in doc):
        return "go-i18n-v1"
    if not isinstance(doc, dict) or not doc:
        return "plain"
    values = [v for k, v in doc.items() if not k.startswith("@")]
    if values and all(_message_object(v) for v in values):
        return "message"
    if values and any(_plural_object(v) for v in values) and \
            all(isinstance(v, str) or _plural_object(v) for v in values):
        return "go-i18n-v2"
    return "plain"


def message_entries(text: str, entries: list[Entry], paths: list[list[str]]) -> list[Entry]:
    """Only the message fields of a dialect that keeps metadata beside them;
    ids become the message's key (plural forms "key.one")."""
    if not any(p and (p[-1] in _META or p[-1] in _MESSAGE_FIELDS) for p in paths):
        return entries               # nothing a dialect would skip: plain JSON, no need to parse twice
    doc = json.loads(text)
    kind = dialect(doc)
    if kind == "plain":
        return entries
    out = []
    notes: dict[str, str] = {}
    if kind == "go-i18n-v1":
        ids = {f"[{i}]": str(x.get("id", i)) for i, x in enumerate(doc)}
        notes = {str(x.get("id", i)): x["description"] for i, x in enumerate(doc) if isinstance(x.get("description"), str)}
        for e, p in zip(entries, paths):
            # ["[3]", "translation"] or ["[3]", "translation", "one"]
            if p[1:2] == ["translation"] and (len(p) == 2 or (len(p) == 3 and p[2] in _PLURAL)):
                key = ids.get(p[0], p[0])
                e.key = key if len(p) == 2 else f"{key}.{p[2]}"
                e.context = notes.get(key)
                out.append(e)
        return out
    for k, v in doc.items():
        if isinstance(v, dict) and isinstance(v.get("description"), str):
            notes[k] = v["description"]
    for e, p in zip(entries, paths):
        if kind == "message" and len(p) == 2 and p[1] == _message_object(doc.get(p[0])):
            e.key = p[0]
        elif kind == "go-i18n-v2" and (len(p) == 1 or (len(p) == 2 and p[1] in _PLURAL)):
            e.key = ".".join(p)
        else:
            continue
        e.context = notes.get(p[0])
        out.append(e)
    return out


class JsonFormat:
    name = "json"

    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded:
        text, codec, bom = decode_text(path, data, encoding)
        paths: list[list[str]] = []
        entries, locale = scan(text, paths)
        return Loaded(text, message_entries(text, entries, paths), text_encoder(path, codec, bom), locale, codec)

    def value(self, buf: str, e: Entry) -> str:
        return _key_text(buf[e.start:e.end])      # the text alone, at C speed

    def unescape(self, buf: str, e: Entry):
        return backslash_unescape(buf, e.start, e.end, _ESCAPES)

    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> str:
        # files written with \uXXXX for every non-ASCII letter stay that way
        return json.dumps(new, ensure_ascii=doc.buf.isascii())[1:-1]


FORMAT = format_module(JsonFormat())


def protected_spans(text: str):
    """ICU plural/select syntax (ARB, i18next v4 ICU) and i18next nesting."""
    yield from ((m.start(), m.end()) for m in _I18NEXT.finditer(text))
    if _ICU.search(text):
        yield from ((m.start(), m.end()) for m in _ICU_SYNTAX.finditer(text))


@register(".json", ".arb")
def read_json(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    return read_resource(FORMAT, path, lang, encoding)


FORMAT.extra_protect = protected_spans      # the writer protects the same spans
