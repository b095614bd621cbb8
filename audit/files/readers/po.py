"""Gettext PO/POT files.

A small parser of our own instead of translate-toolkit's: it keeps the offset
of every quoted string, so a reader can give line numbers and a writer can
change one word without re-serialising (re-wrapping) the rest of the file.

Unit ids: the msgid, or "msgctxt::msgid" where there is a context; plural
entries give one segment per form, "id[0]", "id[1]"... (the source side gives
msgid for [0] and msgid_plural for the other forms). Untranslated entries have
no target segment; fuzzy ones are kept with "fuzzy" in their context. Obsolete
(#~) entries are ignored. Duplicate ids get "~2" (see bilingual.UniqueIds).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ...errors import InputError
from ...model import Segment, Version
from ..textio import read_bytes, sha256
from . import register
from .bilingual import Unit, UniqueIds, build_versions, lang_code, protect

_QUOTED = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*(?=\")")
_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a",
            "b": "\b", "f": "\f", "v": "\v", "'": "'", "?": "?"}


@dataclass
class PoString:
    line: int                                   # 1-based line of the keyword
    pieces: list[tuple[int, int]] = field(default_factory=list)   # text offsets inside each "..."

    def value(self, text: str) -> str:
        raw = [text[a:b] for a, b in self.pieces]
        if not any("\\" in r for r in raw):
            return "".join(raw)        # most strings have no escapes: no need to walk them letter by letter
        return unescape(text, self.pieces)[0]


@dataclass
class PoEntry:
    start: int                     # offset of the entry's first line (comments included)
    line: int
    keywords_start: int = -1       # offset of the first msgctxt/msgid line
    previous_start: int = -1       # offset of the first "#|" (previous msgid) line
    flags_span: tuple[int, int] | None = None   # the "#, ..." line, without its newline
    flags: set[str] = field(default_factory=set)
    ctxt: PoString | None = None
    msgid: PoString | None = None
    plural: PoString | None = None
    msgstr: dict[int, PoString] = field(default_factory=dict)
    obsolete: bool = False


def unescape(text: str, pieces: list[tuple[int, int]]) -> tuple[str, list[int], list[int]]:
    """Value of a PO string and, per character, its raw [start, end) in `text`."""
    out: list[str] = []
    rs: list[int] = []
    re_: list[int] = []
    for a, b in pieces:
        i = a
        while i < b:
            c = text[i]
            if c == "\\" and i + 1 < b:
                n = text[i + 1]
                m = re.match(r"[0-7]{1,3}", text[i + 1:min(b, i + 4)]) if n in "01234567" else None
                if m:
                    out.append(chr(int(m.group(), 8)))
                    j = i + 1 + m.end()
                elif n == "x" and re.match(r"[0-9a-fA-F]{2}", text[i + 2:i + 4]):
                    out.append(chr(int(text[i + 2:i + 4], 16)))
                    j = i + 4
                else:
                    out.append(_ESCAPES.get(n, n))
                    j = i + 2
                rs.append(i)
                re_.append(j)
                i = j
            else:
                out.append(c)
                rs.append(i)
                re_.append(i + 1)
                i += 1
    return "".join(out), rs, re_


def escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\t", "\\t").replace("\r", "\\r"))


def parse(text: str) -> list[PoEntry]:
    return list(iter_entries(text))


def iter_entries(text: str) -> Iterator[PoEntry]:
    """Entries in file order, each yielded once complete (bounded memory)."""
    cur: PoEntry | None = None
    last: PoString | None = None
    for lineno, m in enumerate(_LINE.finditer(text), start=1):
        line, pos = m.group(), m.start()
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            if cur is not None and (cur.msgid is not None or cur.obsolete):
                yield cur
            cur, last = None, None
            continue
        if stripped.startswith("#~"):
            if cur is None or cur.msgstr:
                if cur is not None and cur.msgid is not None:
                    yield cur
                cur = PoEntry(pos, lineno)
            cur.obsolete = True
            last = None
            continue
        if stripped.startswith("#"):
            if cur is None or cur.msgid is not None:
                if cur is not None:
                    yield cur
                cur = PoEntry(pos, lineno)
            if stripped.startswith("#|") and cur.previous_start < 0:
                cur.previous_start = pos
            if stripped.startswith("#,"):
                cur.flags_span = (pos, pos + len(body))
                cur.flags |= {f.strip() for f in stripped[2:].split(",") if f.strip()}
            last = None
            continue
        lead = len(body) - len(body.lstrip())
        k = _KEYWORD.match(body, lead)
        if k:
            kw = k.group(1)
            if cur is None or (kw in ("msgctxt", "msgid") and cur.msgstr) or (kw == "msgctxt" and cur.msgid):
                if cur is not None and (cur.msgid is not None or cur.obsolete):
                    yield cur
                cur = PoEntry(pos, lineno)
            if cur.keywords_start < 0:
                cur.keywords_start = pos
            s = PoString(lineno)
            if kw == "msgctxt":
                cur.ctxt = s
            elif kw == "msgid":
                cur.msgid = s
            elif kw == "msgid_plural":
                cur.plural = s
            else:
                cur.msgstr[int(k.group(2)) if k.group(2) else -1] = s
            last = s
            rest = k.end()
        elif stripped.startswith('"') and last is not None:
            rest = lead
        else:
            raise ValueError(f"line {lineno}: cannot parse {body[:60]!r}")
        for q in _QUOTED.finditer(body, rest):
            last.pieces.append((pos + q.start(1), pos + q.end(1)))
    if cur is not None and (cur.msgid is not None or cur.obsolete):
        yield cur


def header(text: str, entries: Iterable[PoEntry]) -> dict[str, str]:
    for e in entries:
        if e.msgid is not None and not e.obsolete and e.ctxt is None and not e.msgid.value(text):
            hs = e.msgstr.get(-1) or e.msgstr.get(0)
            fields = {}
            for ln in (hs.value(text) if hs else "").split("\n"):
                key, sep, val = ln.partition(":")
                if sep:
                    fields[key.strip().lower()] = val.strip()
            return fields
    return {}


_CHARSET = re.compile(rb"charset\s*=\s*([A-Za-z0-9._:-]+)", re.I)


def decode_po(path: Path, data: bytes, encoding: str | None) -> tuple[str, str, bytes]:
    """(text, codec, BOM). The codec is --encoding, the BOM's, the header's
    charset, or UTF-8; decoding errors name the file and suggest --encoding."""
    bom = b""
    codec = encoding
    for b, c in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(b):
            bom, codec = b, codec or c
            break
    declared = None
    if codec is None:
        m = _CHARSET.search(data[:8192])
        if m and m.group(1).upper() != b"CHARSET":
            declared = m.group(1).decode("ascii")
        codec = declared or "utf-8"
    try:
        codecs.lookup(codec)
    except LookupError:
        raise InputError(path, f"unknown encoding {codec!r} (give --encoding)") from None
    try:
        text = data[len(bom):].decode(codec)
    except UnicodeDecodeError as e:
        said = f"the header says charset={declared}" if declared else "no charset declared"
        raise InputError(path, f"not valid {codec} text at byte {e.start + len(bom)} ({said}; give --encoding, e.g. cp1251)") from None
    if "\x00" in text:
        raise InputError(path, "binary data (NUL bytes) in a PO file")
    return text, codec, bom


def units_of(text: str, entries: Iterable[PoEntry]):
    """(unit id, entry, msgid, msgctxt) for every translatable entry, in
    file order, with the same ids the writers use."""
    ids = UniqueIds()
    for e in entries:
        if e.obsolete or e.msgid is None:
            continue
        msgid = e.msgid.value(text)
        ctxt = e.ctxt.value(text) if e.ctxt else None
        if not msgid and ctxt is None:
            continue                                  # header
        uid = ids(f"{ctxt}::{msgid}" if ctxt is not None else msgid)
        yield uid, e, msgid, ctxt


@register(".po", ".pot")
def read_po(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    data = read_bytes(path)
    if not data.strip():
        raise InputError(path, "file is empty")
    text = decode_po(path, data, encoding)[0]
    heads: list[PoEntry] = []

    def entries() -> Iterator[PoEntry]:
        # streamed, so parsed entries are not all kept; the header is
        # remembered on the way (units_of skips it)
        for e in iter_entries(text):
            if not heads and e.ctxt is None and e.msgid is not None and not e.obsolete \
                    and not e.msgid.value(text):
                heads.append(e)
            yield e

    try:
        units = list(_units(text, entries()))
    except ValueError as e:
        raise InputError(path, f"not a PO file: {e}") from None
    head = header(text, heads)
    tlang = lang or lang_code(head.get("language")) or _lang_from_name(path)
    if tlang is None and any(u.targets for u in units):
        from ...text.langdetect import detect_language
        tlang = detect_language(" ".join(u.targets["?"].text for u in units if u.targets)[:4000], path)
    for u in units:
        if "?" in u.targets:
            u.targets = {tlang: u.targets.pop("?")}
    # gettext's "C" (or POSIX) locale is the program's own strings: English
    declared = head.get("x-source-language", "")
    src_lang = (None if declared.strip().upper() in ("C", "POSIX") else lang_code(declared)) or "en"
    return build_versions(path, "po", sha256(data), src_lang, units,
                          [tlang] if tlang and any(u.targets for u in units) else [])


def _units(text: str, entries: Iterable[PoEntry]) -> Iterator[Unit]:
    """One Unit per form; targets under the key "?" until the language is known."""
    for uid, e, msgid, ctxt in units_of(text, entries):
        fuzzy = "fuzzy" in e.flags
        tctx = "; ".join(p for p in ("fuzzy" if fuzzy else None, ctxt) if p) or None
        if e.plural is None:
            forms = {None: (msgid, e.msgid.line, e.msgstr.get(-1) or e.msgstr.get(0))}
        else:
            plural = e.plural.value(text)
            n = max([k for k in e.msgstr if k >= 0], default=1) + 1
            forms = {k: (msgid if k == 0 else plural, (e.msgid if k == 0 else e.plural).line, e.msgstr.get(k))
                     for k in range(max(n, 2))}
        for k, (src, src_line, ms) in forms.items():
            sid = uid if k is None else f"{uid}[{k}]"
            u = Unit(sid, Segment(sid, src, line=src_line, context=ctxt, protected=protect(src)))
            tgt = ms.value(text) if ms else ""
            if tgt:
                u.targets["?"] = Segment(sid, tgt, line=ms.line, context=tctx, protected=protect(tgt))
            yield u


def _lang_from_name(path: Path) -> str | None:
    """vi.po, pt_BR.po, messages.vi.po -> the language code; af.po gives "af"
    too (reported as unsupported), but app.po or web.po name no language."""
    from ...text.codes import is_language_code
    from ...text.languages import known_languages
    for part in reversed(path.name.split(".")[:-1]):
        if re.fullmatch(r"[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?", part) and \
                (is_language_code(part) or lang_code(part) in known_languages()):
            return lang_code(part)
    return None
