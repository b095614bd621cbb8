"""What every key/value resource format shares (.json, .arb, .yml, .properties,
.ini, .php, Android strings.xml, iOS .strings/.stringsdict).

A resource file holds one language; its units are keyed values. A format module
gives a tokenizer that finds, for every key, where the value's text lies in
the file as stored (`Entry.start/end`, inside quotes), and an unescaper that
turns that raw text into the text a check sees, with, per character, the raw
[start, end) it came from. The reader keeps the value; the writer
(audit/files/writers/resource.py) maps a fix's offsets back through the same map and
replaces only those raw characters, escaped the format's way.

Why our own tokenizers and not translate-toolkit's storage classes: those give
units with ids and text but no offsets, and re-serialise the whole file on
save (re-quoting, re-indenting, re-escaping), so neither reports pointing into
the file nor byte-exact write-back can be built on them.

Units are pairable by key with the same file in another language
(audit/files/project.py): Segment.id is the key, Segment.offset is None (offsets are
inside the value, as for PO/XLIFF units).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Protocol

from ...errors import InputError
from ...model import Segment, Version
from ..textio import read_bytes, sha256
from .bilingual import UniqueIds, lang_code, protect


@dataclass
class Entry:
    key: str                     # the unit id: key path as the format writes it
    start: int                   # raw value [start, end) in Loaded.buf
    end: int
    line: int                    # 1-based line of the value
    kind: str = ""               # format-specific: quote style, CDATA...
    context: str | None = None   # comment or description shown to reviewers


Unescaped = tuple[str, list[int], list[int]]   # value, raw start per char, raw end per char


@dataclass
class Loaded:
    """A resource file decoded for its tokenizer."""
    buf: str | bytes             # what Entry offsets refer to
    entries: list[Entry]
    encode: Callable[[str | bytes], bytes]   # edited buf -> file bytes
    lang: str | None = None      # language the file declares (Rails root key, @@locale)
    codec: str = "utf-8"         # the file's encoding (escapers need it)


class Format(Protocol):
    name: str
    def load(self, path: Path, data: bytes, encoding: str | None) -> Loaded: ...
    def unescape(self, buf, e: Entry) -> Unescaped: ...
    def escape(self, new: str, e: Entry, doc: Loaded, at: int) -> str | bytes:
        """`new` as stored in the value of `e`, to be put at raw offset `at`."""


FORMATS: dict[str, Format] = {}


def format_module(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    return fmt


# --- decoding --------------------------------------------------------------

_BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]


def decode_text(path: Path, data: bytes, encoding: str | None, default: str = "utf-8",
                fallback: str | None = None) -> tuple[str, str, bytes]:
    """(text, codec, BOM). The codec is --encoding, the BOM's, `default`, or
    `fallback` where `default` does not decode."""
    if not data.strip():
        raise InputError(path, "file is empty")
    bom, codec = b"", encoding
    for b, c in _BOMS:
        if data.startswith(b):
            bom, codec = b, codec or c
            break
    tries = [codec] if codec else [default, *([fallback] if fallback else [])]
    for i, c in enumerate(tries):
        try:
            text = data[len(bom):].decode(c)
            codec = c
            break
        except LookupError:
            raise InputError(path, f"unknown encoding {c!r}") from None
        except UnicodeDecodeError as e:
            if i == len(tries) - 1:
                line = data[:e.start].count(b"\n") + 1
                raise InputError(path, f"line {line}: not valid {c} text at byte {e.start + len(bom)} "
                                       "(give --encoding)") from None
    if "\x00" in text:
        raise InputError(path, "binary data (NUL bytes), not a text resource file")
    return text, codec, bom


def text_encoder(path: Path, codec: str, bom: bytes) -> Callable[[str], bytes]:
    def encode(text: str) -> bytes:
        try:
            return bom + text.encode(codec)
        except UnicodeEncodeError as e:
            raise InputError(path, f"{e.object[e.start:e.end]!r} cannot be written in this file's {codec} encoding") from None
    return encode


class Lines:
    """Line numbers of offsets, without re-counting from the start each time."""

    def __init__(self, buf: str | bytes):
        self.buf, self.pos, self.line = buf, 0, 1
        self.nl = "\n" if isinstance(buf, str) else b"\n"

    def __call__(self, pos: int) -> int:
        if pos < self.pos:
            self.pos, self.line = 0, 1
        self.line += self.buf.count(self.nl, self.pos, pos)
        self.pos = pos
        return self.line


def backslash_unescape(buf: str, start: int, end: int, table: dict[str, str],
                       unicode_escapes: str = "u", continuation: bool = False) -> Unescaped:
    """Values with C-like escapes: `\\x` -> table[x] (unknown: x itself), and
    `\\uXXXX` (or `\\UXXXX`) code points, UTF-16 surrogate pairs joined. With
    `continuation` (Java .properties), a backslash before a line break drops
    the break and the next line's indentation."""
    out: list[str] = []
    rs: list[int] = []
    re_: list[int] = []
    i = start
    while i < end:
        c = buf[i]
        if c == "\\" and i + 1 < end:
            n = buf[i + 1]
            if continuation and n in "\r\n":
                j = i + 2 if not (n == "\r" and buf[i + 2:i + 3] == "\n") else i + 3
                while j < end and buf[j] in " \t\f":
                    j += 1
                i = j
                continue
            if n in unicode_escapes and re.fullmatch(r"[0-9a-fA-F]{4}", buf[i + 2:i + 6]) and i + 6 <= end:
                cp = int(buf[i + 2:i + 6], 16)
                j = i + 6
                if 0xD800 <= cp < 0xDC00 and buf[j:j + 2] in ("\\u", "\\U") and j + 6 <= end \
                        and re.fullmatch(r"[dD][c-fC-F][0-9a-fA-F]{2}", buf[j + 2:j + 6]):
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (int(buf[j + 2:j + 6], 16) - 0xDC00)
                    j += 6
                out.append(chr(cp))
            else:
                out.append(table.get(n, n))
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


# --- languages from paths --------------------------------------------------

_CODE = r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?"
_DIR_PATTERNS = [
    re.compile(rf"^values-({_CODE})(?:-r[A-Z]{{2}})?$"),       # Android values-de, values-pt-rBR
    re.compile(rf"^({_CODE})\.lproj$"),                        # iOS de.lproj
    re.compile(rf"^({_CODE})$"),                               # locales/de/, lang/de/
]
_STEM = re.compile(rf"(?:^|[._-])({_CODE})$")


def lang_from_path(path: Path) -> str | None:
    """The language a resource file's path names: the file (de.json, app_de.arb,
    messages_de.properties, de-DE.yml) or a folder (values-de/, de.lproj/, lang/de/).
    A file name may name a language the tool does not know (sk.ini,
    messages_af.properties): that code is returned, to be reported as
    unsupported rather than guessed as a known language."""
    from ...text.codes import ISO_639_1
    from ...text.languages import known_languages
    known = known_languages()
    stem = path.name.split(".")[0] if path.suffix.lower() != ".strings" else path.stem
    for cand in (stem, path.stem):
        m = _STEM.search(cand)
        if m and (lang_code(m.group(1)) in known or lang_code(m.group(1)) in ISO_639_1):
            return lang_code(m.group(1))
    for part in reversed(path.parent.parts[-3:]):
        for pat in _DIR_PATTERNS:
            m = pat.match(part)
            if m and lang_code(m.group(1)) in known:
                return lang_code(m.group(1))
    return None


# --- reading ---------------------------------------------------------------

def load(fmt: Format, path: Path, data: bytes, encoding: str | None) -> Loaded:
    try:
        return fmt.load(path, data, encoding)
    except ValueError as e:          # tokenizers raise ValueError("line N: ...")
        raise InputError(path, f"not a valid {fmt.name} file: {e}") from None


def read_resource(fmt: Format, path: Path, lang: str | None, encoding: str | None,
                  extra_protect: Callable[[str], Iterable[tuple[int, int]]] | None = None) -> list[Version]:
    extra_protect = extra_protect or getattr(fmt, "extra_protect", None)
    data = read_bytes(path)
    doc = load(fmt, path, data, encoding)
    ids = UniqueIds()
    segments = []
    for e in doc.entries:
        uid = ids(e.key)
        value = fmt.value(doc.buf, e) if hasattr(fmt, "value") else fmt.unescape(doc.buf, e)[0]
        if not value.strip():
            continue
        spans = list(extra_protect(value)) if extra_protect else []
        segments.append(Segment(uid, value, line=e.line, context=e.context, protected=protect(value, spans)))
    tlang = lang or lang_code(doc.lang) or lang_from_path(path)
    if tlang is None:
        if not segments:
            raise InputError(path, "no translatable values")
        from ...text.langdetect import detect_language
        tlang = detect_language(" ".join(s.text for s in segments)[:4000], path)
    return [Version(path, tlang, segments, fmt=fmt.name, sha256=sha256(data))]


def entries_by_key(doc: Loaded) -> dict[str, Entry]:
    """Key -> entry with the reader's ids (duplicates numbered the same way)."""
    ids = UniqueIds()
    return {ids(e.key): e for e in doc.entries}
