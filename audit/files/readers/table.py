"""Bilingual tables: CSV, TSV and XLSX with a source and target column(s).

Columns come from the header row, by name in any order and case ("_" and "-"
read as spaces): "source"/"target" and their aliases (optionally "source (en)"),
or language codes ("en", "vi", "pt-BR": the first is the source, the others
targets), plus optional id ("id", "key", "context", "msgctxt"...) and note
("location", "developer comments", "translator comments", "description"...)
columns: the names translate-toolkit's and Weblate's CSV use. Without a
recognisable header, a two-column table is read as source, target. Unit ids
come from the id column, else "row7" for the row starting on line 7 (CSV) or
sheet row 7 (XLSX). Empty targets are skipped.

Monolingual tables hold one language keyed by id: a header with a target
("target", "value", "translation") or a source but no other text column
("context,source": a template), and a "source" or a headerless first column
whose every cell is a key (HELLO, objectAccessDenied, 22298006; Weblate's
monolingual CSV), not text. Their keys are ids, never audited as text.

Layouts without a header that ship widely are recognised: two columns
(source, target) and four (source, target, module type, module name: the
Magento/Adobe Commerce `i18n/*.csv` language packs); `--columns source=1,target=2`
(1-based, also id= and note=) names the columns of any other table.

CSV is parsed by a small scanner of our own that keeps each cell's offsets, so
the writer can change one word and keep every other byte. The dialect is
sniffed on a sample (SNIFF_CHARS): the delimiter is whichever of , ; tab or |
splits its lines into the most consistent number of columns, and quotes are
escaped RFC 4180 style ("") or, where the file needs it, with a backslash (\",
as PHP's fgetcsv writes them).
XLSX: the zip directory is checked for bombs before openpyxl opens it.
"""
from __future__ import annotations

import codecs
import re
import zipfile
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from ...errors import InputError
from ...model import Segment, Version
from ..textio import read_bytes, sha256
from . import register
from .bilingual import Unit, UniqueIds, build_versions, lang_code, protect

_BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
_ID = {"id", "key", "keys", "unit", "unit id", "string id", "segment id", "msgctxt", "name", "tuid", "context",
       "resource id", "identifier", "string key", "key name"}
_SRC = {"source", "src", "source text", "source string", "original", "original text", "msgid", "english"}
_TGT = {"target", "tgt", "target text", "target string", "translation", "translated", "translated text", "msgstr"}
_VALUE = {"value", "text", "string", "message"}            # monolingual: the one language's text
_NOTE = {"note", "notes", "comment", "comments", "description", "location", "locations", "developer comments",
         "translator comments", "extracted comments", "dev comments", "reference", "references"}
_SKIP = {"fuzzy", "state", "status", "max length", "flags", "labels"}
# a cell that is a key, not text: HELLO, objectAccessDenied, app.title, row_3, 22298006
_KEY = re.compile(r"[A-Z][A-Z0-9_.-]+|\d+|[a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+|[\w-]*[_.:/][\w.:/-]*[A-Za-z0-9]|[\w.-]*\d[\w.-]*")
_LANG = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?", re.I)
_PAREN = re.compile(r"^(.*?)\s*[\(\[]\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)\s*[\)\]]\s*$")

# XLSX bomb limits: real bilingual sheets are far below them.
XLSX_MAX_UNCOMPRESSED = 256 * 2**20
XLSX_MAX_RATIO = 200


SNIFF_CHARS = 64 * 1024
KEY_SAMPLE = 201             # rows that decide whether a column holds keys
DELIMITERS = [",", ";", "\t", "|"]


@dataclass
class Cell:
    start: int          # offsets of the cell's content in the file text (inside quotes)
    end: int
    quoted: bool
    backslash: bool = False   # quotes inside are escaped \" (and a backslash \\)

    def value(self, text: str) -> str:
        if self.backslash:
            return unquote_map(text, self)[0]
        raw = text[self.start:self.end]
        return raw.replace('""', '"') if self.quoted else raw


@dataclass
class Row:
    line: int
    cells: list[Cell]


def unquote_map(text: str, cell: Cell) -> tuple[str, list[int], list[int]]:
    """Cell value and, per character, its raw [start, end) in `text`."""
    out, rs, re_ = [], [], []
    i = cell.start
    while i < cell.end:
        step = 1
        if cell.quoted and text.startswith('""', i):
            step = 2
        elif cell.backslash and text[i] == "\\" and i + 1 < cell.end and text[i + 1] in '"\\':
            step = 2
        out.append(text[i + step - 1])
        rs.append(i)
        re_.append(i + step)
        i += step
    return "".join(out), rs, re_


def parse_csv(text: str, delim: str, backslash: bool = False, lenient: bool = False) -> list[Row]:
    """Rows with cell offsets. `backslash`: \\" is a quote inside a quoted cell;
    `lenient`: a quote closes a cell only before a delimiter or a line end
    (others are text), for hand-edited files with stray quotes."""
    rows: list[Row] = []
    i, n, line = 0, len(text), 1
    while i < n:
        cells: list[Cell] = []
        row_line = line
        while True:
            if i < n and text[i] == '"':
                j = i + 1
                while True:
                    j = text.find('"', j)
                    if j < 0:
                        raise ValueError(f"line {row_line}: quote never closed")
                    if backslash:
                        bs = 0
                        while text[j - 1 - bs] == "\\" and j - 1 - bs > i:
                            bs += 1
                        if bs % 2:
                            j += 1
                            continue
                    if text.startswith('""', j):
                        j += 2
                        continue
                    if lenient and j + 1 < n and text[j + 1] not in delim + "\r\n":
                        j += 1
                        continue
                    break
                cells.append(Cell(i + 1, j, True, backslash))
                line += text.count("\n", i, j)
                i = j + 1
                k = i
                while k < n and text[k] not in delim + "\r\n":
                    k += 1
                if k > i and text[i:k].strip():
                    raise ValueError(f"line {line}: text after a closing quote")
                i = k
            else:
                j = i
                while j < n and text[j] not in delim + "\n":
                    j += 1
                end = j - 1 if j > i and text[j - 1] == "\r" and (j == n or text[j] == "\n") else j
                cells.append(Cell(i, end, False))
                i = j
            if i < n and text[i] == delim:
                i += 1
                continue
            if i < n and text[i] == "\r":
                i += 1
            if i < n and text[i] == "\n":
                i += 1
                line += 1
            break
        if any(c.end > c.start for c in cells):
            rows.append(Row(row_line, cells))
    return rows


def decode_table(path: Path, data: bytes, encoding: str | None) -> tuple[str, str, bytes]:
    """(text, codec, BOM); a wrong encoding is an error that names --encoding."""
    bom, codec = b"", encoding
    for b, c in _BOMS:
        if data.startswith(b):
            bom, codec = b, codec or c
            break
    codec = codec or "utf-8"
    try:
        text = data[len(bom):].decode(codec)
    except UnicodeDecodeError as e:
        raise InputError(path, f"not valid {codec} text at byte {e.start + len(bom)} (give --encoding, e.g. cp1251)") from None
    except LookupError:
        raise InputError(path, f"unknown encoding {codec!r}") from None
    if "\x00" in text:
        raise InputError(path, "binary data (NUL bytes), not a text table")
    if not text.strip():
        raise InputError(path, "file is empty")
    return text, codec, bom


# \" inside a cell (not \"" or \" at a cell's end, which RFC 4180 files have too)
_BACKSLASH_QUOTE = re.compile(r'\\"(?![",;\t|\r\n])')
_QUOTED_CELL = re.compile(r'"(?:[^"\\]|""|\\.)*"', re.S)


def dialect(path: Path, text: str) -> tuple[str, bool]:
    """(delimiter, backslash-escaped quotes), sniffed on the start of the file."""
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[:sample.rindex("\n")]
    backslash = bool(_BACKSLASH_QUOTE.search(sample)) and _fails_rfc(sample)
    if path.suffix.lower() == ".tsv":
        return "\t", backslash
    lines = [l for l in _QUOTED_CELL.sub("", sample).split("\n") if l.strip()][:200]

    def consistency(d: str) -> tuple[int, bool, int]:
        counts = Counter(l.count(d) for l in lines)
        n, agree = max(counts.items(), key=lambda kv: (kv[1], kv[0])) if counts else (0, 0)
        # a comma of running text is followed by a space; a delimiter seldom is
        prose = sum(l.count(d + " ") for l in lines) * 2 > sum(l.count(d) for l in lines)
        return (agree if n else 0, not prose, n)

    return max(DELIMITERS, key=consistency), backslash


def _fails_rfc(sample: str) -> bool:
    for d in DELIMITERS:
        try:
            parse_csv(sample, d)
        except ValueError:
            continue
        return False
    return True


def parse_table(path: Path, text: str) -> list[Row]:
    """Rows of a table in its sniffed dialect. Where the sample did not show a
    quote the rest of the file breaks, the backslash style and then the
    lenient reading of quotes are tried; the error names the first bad line."""
    delim, backslash = dialect(path, text)
    try:
        return parse_csv(text, delim, backslash)
    except ValueError as e:
        first = e
    hint = bool(_BACKSLASH_QUOTE.search(text))
    for bs, lenient in ((True, False), (False, True)) if hint else ((False, True), (True, False)):
        if (bs, lenient) == (backslash, False):
            continue
        try:
            return parse_csv(text, delim, bs, lenient)
        except ValueError:
            continue
    raise first


@dataclass
class Columns:
    source: int | None                  # None: monolingual (targets hold the one language's text)
    targets: dict[int, str | None]      # column -> language (None: unknown yet)
    id: int | None = None
    note: int | None = None
    src_lang: str = "en"
    header: bool = True
    template: bool = False              # source text only (a CSV template, like a .pot)


# `--columns source=1,target=2`: set by the command for the files it reads
FORCED_COLUMNS: ContextVar[dict[str, int] | None] = ContextVar("forced_columns", default=None)
_MODULE_TYPE = re.compile(r"^(?:module|theme|lib|library|setup|package)$", re.I)


def parse_columns(spec: str) -> dict[str, int]:
    """'source=1,target=2,id=3' -> {'source': 0, 'target': 1, 'id': 2}."""
    out: dict[str, int] = {}
    for part in spec.split(","):
        name, sep, num = part.partition("=")
        name = name.strip().lower()
        if not sep or name not in ("source", "target", "id", "note") or not num.strip().isdigit() or int(num) < 1:
            raise InputError(None, f"--columns: {part.strip()!r} is not NAME=N (NAME: source, target, id, note; N from 1)")
        out[name] = int(num) - 1
    if "source" not in out or "target" not in out:
        raise InputError(None, "--columns must name both source and target, e.g. source=1,target=2")
    return out


@contextmanager
def forced_columns(spec: str | None):
    token = FORCED_COLUMNS.set(parse_columns(spec) if spec else None)
    try:
        yield
    finally:
        FORCED_COLUMNS.reset(token)


def is_key(cell: str) -> bool:
    return bool(_KEY.fullmatch(cell.strip()))


def key_column(rows: list[list[str]], col: int) -> bool:
    """Every non-empty cell of `col` (at least one) is a key, not text."""
    cells = [r[col] for r in rows if col < len(r) and r[col].strip()]
    return bool(cells) and all(is_key(c) for c in cells)


def columns(path: Path, header: list[str], body: list[list[str]] | None = None) -> Columns:
    """The table's columns from its first row; `body` (the rows after it, or a
    sample) tells a key column from a text column."""
    cols = _columns(path, header)
    body = body or []
    if FORCED_COLUMNS.get() is None and cols.source is not None and len(cols.targets) == 1 and not cols.template and cols.id is None:
        # Weblate's monolingual CSV: "source" (or a headerless first column) holds keys
        rows = body if cols.header else [header, *body]
        if key_column(rows, cols.source):
            tgt = next(iter(cols.targets))
            return Columns(None, {tgt: cols.targets[tgt]}, cols.source, cols.note, cols.src_lang, cols.header)
    return cols


def _columns(path: Path, header: list[str]) -> Columns:
    forced = FORCED_COLUMNS.get()
    if forced is not None:
        cell = lambda k: header[forced[k]].strip().lower() if forced.get(k) is not None and forced[k] < len(header) else ""  # noqa: E731
        first = cell("source")
        is_header = first in _SRC or bool(_LANG.fullmatch(first)) or bool(_PAREN.match(first)) or cell("id") in _ID
        return Columns(forced["source"], {forced["target"]: None}, forced.get("id"), forced.get("note"),
                       header=is_header)
    names = []
    for h in header:
        h = h.strip()
        m = _PAREN.match(h)
        name, paren = (m.group(1), m.group(2)) if m else (h, None)
        names.append((" ".join(re.sub(r"[_-]", " ", name).lower().split()), paren))
    find = lambda pool: [i for i, (n, _) in enumerate(names) if n in pool]  # noqa: E731
    ids, notes, srcs, tgts, values = find(_ID), find(_NOTE), find(_SRC), find(_TGT), find(_VALUE)
    first = lambda xs: xs[0] if xs else None  # noqa: E731
    if srcs and tgts:
        return Columns(srcs[0], {i: lang_code(names[i][1]) for i in tgts}, first(ids), first(notes),
                       lang_code(names[srcs[0]][1]) or "en")
    if (tgts or values) and not srcs and (ids or notes or len(header) <= 2):
        # monolingual with a header: id/key,value (or target)
        col = (tgts or values)[0]
        key = first(ids) if ids else next((i for i in range(len(header)) if i != col and i not in notes), None)
        return Columns(None, {col: lang_code(names[col][1])}, key, first(notes))
    if srcs and not tgts and (ids or notes or len(header) == 1 or all(n in _SKIP for i, (n, _) in enumerate(names)
                                                                     if i != srcs[0])):
        # a template: context,source (source text only, nothing translated)
        return Columns(srcs[0], {}, first(ids), first(notes), lang_code(names[srcs[0]][1]) or "en", template=True)
    langs = [i for i, (n, paren) in enumerate(names)
             if i not in ids + notes and _LANG.fullmatch(n) and not paren]
    if len(langs) >= 2:
        return Columns(langs[0], {i: lang_code(names[i][0]) for i in langs[1:]}, first(ids), first(notes),
                       lang_code(names[langs[0]][0]))
    if len(header) == 2:
        return Columns(0, {1: None}, header=False)
    if len(header) == 4 and (_MODULE_TYPE.match(header[2].strip()) or not header[2].strip()) \
            and re.fullmatch(r"[\w.\\/-]*", header[3].strip()):
        return Columns(0, {1: None}, note=3, header=False)     # Magento: source,target,module,Vendor_Module
    raise InputError(path, "cannot tell the source and target columns: add a header row "
                           "such as 'id,source,target' or 'en,vi', or give --columns source=1,target=2")


def to_versions(path: Path, fmt: str, sha: str, lang: str | None,
                rows: list[tuple[int, list[str]]]) -> list[Version]:
    """rows: (line or spreadsheet row, cell values)."""
    if not rows:
        raise InputError(path, "no rows")
    cols = columns(path, rows[0][1], [r for _, r in rows[1:KEY_SAMPLE]])
    body = rows[1:] if cols.header else rows
    if cols.source is None:
        return _monolingual(path, fmt, sha, lang, cols, body)
    only_one = len(cols.targets) == 1
    langs = {c: (lang if (lang and only_one) else l) for c, l in cols.targets.items()}
    ids = UniqueIds()
    units: list[Unit] = []
    get = lambda cells, i: cells[i] if i is not None and i < len(cells) else ""  # noqa: E731
    for line, cells in body:
        uid = ids(get(cells, cols.id).strip() or f"row{line}")
        note = get(cells, cols.note).strip() or None
        src = get(cells, cols.source)
        u = Unit(uid, Segment(uid, src, line=line, context=note, protected=protect(src)))
        for c, l in langs.items():
            t = get(cells, c)
            if t.strip():
                u.targets[l or "?"] = Segment(uid, t, line=line, context=note, protected=protect(t))
        units.append(u)
    if "?" in {l for u in units for l in u.targets}:
        from ...text.langdetect import detect_language
        guess = detect_language(" ".join(u.targets["?"].text for u in units if "?" in u.targets)[:4000], path)
        for u in units:
            if "?" in u.targets:
                u.targets[guess] = u.targets.pop("?")
    return build_versions(path, fmt, sha, cols.src_lang, units)


def _monolingual(path: Path, fmt: str, sha: str, lang: str | None, cols: Columns,
                 body: list[tuple[int, list[str]]]) -> list[Version]:
    """One language keyed by id, as a resource file: no source side."""
    (col, clang), = cols.targets.items()
    ids = UniqueIds()
    get = lambda cells, i: cells[i] if i is not None and i < len(cells) else ""  # noqa: E731
    segs = []
    for line, cells in body:
        uid = ids(get(cells, cols.id).strip() or f"row{line}")
        t = get(cells, col)
        if t.strip():
            segs.append(Segment(uid, t, line=line, context=get(cells, cols.note).strip() or None, protected=protect(t)))
    tlang = lang or clang
    if tlang is None:
        from .resource import lang_from_path
        tlang = lang_from_path(path)
    if tlang is None:
        if not segs:
            raise InputError(path, "no translated text (every value is empty)")
        from ...text.langdetect import detect_language
        tlang = detect_language(" ".join(s.text for s in segs)[:4000], path)
    return [Version(path, tlang, segs, fmt=fmt, sha256=sha)]


def table_rows(text: str, rows: list[Row]) -> list[tuple[int, list[str]]]:
    return [(r.line, [c.value(text) for c in r.cells]) for r in rows]


@register(".csv", ".tsv")
def read_csv(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    data = read_bytes(path)
    text = decode_table(path, data, encoding)[0]
    try:
        rows = parse_table(path, text)
    except ValueError as e:
        raise InputError(path, f"malformed {path.suffix[1:].upper()}: {e}") from None
    return to_versions(path, path.suffix.lower()[1:], sha256(data), lang, table_rows(text, rows))


def check_zip(path: Path) -> None:
    """Refuse zip bombs by the sizes the zip directory declares (zipfile never
    inflates a member past its declared size)."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as e:
        raise InputError(path, f"not an XLSX (zip) file: {e}") from None
    total = sum(i.file_size for i in infos)
    if total > XLSX_MAX_UNCOMPRESSED:
        raise InputError(path, f"refused: unpacks to {total // 2**20} MiB (limit {XLSX_MAX_UNCOMPRESSED // 2**20} MiB), "
                               "possible zip bomb")
    for i in infos:
        if i.file_size > 2**20 and i.file_size > XLSX_MAX_RATIO * max(i.compress_size, 1):
            raise InputError(path, f"refused: {i.filename} compresses {i.file_size // max(i.compress_size, 1)}:1, "
                                   "possible zip bomb")


@register(".xlsx")
def read_xlsx(path: Path, lang: str | None, encoding: str | None) -> list[Version]:
    data = read_bytes(path)
    check_zip(path)
    import openpyxl
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many types for broken files
        raise InputError(path, f"cannot open workbook: {type(e).__name__}: {' '.join(str(e).split())}") from None
    try:
        ws = wb.worksheets[0]
        rows = []
        for n, r in enumerate(ws.iter_rows(values_only=True), start=ws.min_row or 1):
            vals = ["" if v is None else str(v) for v in r]
            if any(v.strip() for v in vals):
                rows.append((n, vals))
    finally:
        wb.close()
    return to_versions(path, "xlsx", sha256(data), lang, rows)
