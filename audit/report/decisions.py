"""Reading a decisions file: the reviewer's decisions exported from the
review page (review.html), for `audit apply` and `audit run --decisions`.

The file comes back from a browser, maybe from someone outside, so it is
untrusted input held to the workbook's rules: its size is bounded before it
is read, it must be UTF-8 JSON with no key twice, every field must have its
type and a bounded size, and anything wrong is one InputError naming the file
and the field (one line, exit 2), never a traceback. What the fields say is
then checked by the same code as a workbook's rows: `audit apply` resolves
each target inside the corpus root, compares the recorded and the on-disk
sha256 and finds the flagged word where the row says (report/apply.py).

The file:

    {"kind": "term-collapse-audit decisions", "schema": 1,
     "report": {"root": ..., "inputs": {path in root: sha256}, "digest": ..., "written": ...},
     "exported": "2026-12-07T08:00:00Z",
     "decisions": {"F0123456789": {"decision": "accept", "edited": "", "comment": "",
                                   "finding": {"file": "vi.txt", "relpath": "set/vi.txt", "sha256": ...,
                                               "start": 10, "end": 20, "word": ..., ...}}}}
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .carryover import Previous, Reviewed
from .cells import MAX_CELL
from .review_page import DECISIONS_KIND, PAGE_SCHEMA

MAX_BYTES = 64 * 2**20          # ~100 bytes of decision and ~1 KB of finding each: far above any review
MAX_DECISIONS = 1_048_576       # a workbook's Findings rows
MAX_TEXT = MAX_CELL             # edited text and comment end up in a workbook cell
MAX_SENTENCE = 2**20
MAX_SHORT = 4096                # a word, a unit id, a file label
DECISION_VALUES = ("accept", "reject", "edit", "")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_SHA = re.compile(r"[0-9a-f]{64}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")   # tab, newline, CR are text

_ENTRY_FIELDS = {"decision", "edited", "comment", "finding"}
_FINDING_FIELDS = {"file", "line", "relpath", "sha256", "fmt", "unit", "start", "end", "word",
                   "replacement", "sentence_start", "sentence", "encoding"}


@dataclass
class Entry:
    id: str
    decision: str
    edited: str
    comment: str
    finding: dict               # where the finding is, as the workbook's hidden columns hold it


@dataclass
class Decisions:
    path: Path
    report: dict                # the identity of the report the page was written with
    entries: dict[str, Entry]


def is_decisions_file(path: Path) -> bool:
    """A .json given to `audit apply` is a decisions file; a workbook is .xlsx."""
    return Path(path).suffix.lower() == ".json"


def read_decisions(path: Path) -> Decisions:
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such decisions file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(path, f"decisions file of {size // 2**20} MiB; refusing more than {MAX_BYTES // 2**20} MiB")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 (byte {e.start}); a decisions file is the JSON the review page exports") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except _Duplicate as e:
        raise InputError(path, f"key {e.key!r} appears twice; refusing an ambiguous decisions file") from None
    except RecursionError:
        raise InputError(path, "JSON nested too deeply; not a decisions file") from None
    except ValueError as e:
        raise InputError(path, f"not valid JSON ({str(e).splitlines()[0][:100]})") from None
    return _validate(path, data)


class _Duplicate(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            raise _Duplicate(k[:60])
        out[k] = v
    return out


def _validate(path: Path, data) -> Decisions:
    def bad(problem: str):
        return InputError(path, problem)

    if not isinstance(data, dict) or data.get("kind") != DECISIONS_KIND:
        raise bad("not a decisions file exported from the review page (its \"kind\" is missing or other)")
    if data.get("schema") != PAGE_SCHEMA:
        raise bad(f"decisions schema {str(data.get('schema'))[:20]!r}, this version reads {PAGE_SCHEMA}; "
                  "export the decisions again from a page this version wrote")
    report = data.get("report")
    if not isinstance(report, dict):
        raise bad("\"report\" (the identity of the report) is missing")
    root = report.get("root")
    if not isinstance(root, str) or not root or len(root) > MAX_SHORT or _CONTROL.search(root):
        raise bad("\"report.root\" (the corpus root) is missing or not a path")
    inputs = report.get("inputs")
    if not isinstance(inputs, dict) or len(inputs) > MAX_DECISIONS:
        raise bad("\"report.inputs\" (the audited files) is missing or not an object")
    for rel, digest in inputs.items():
        if len(rel) > MAX_SHORT or _CONTROL.search(rel) or not isinstance(digest, str) or not _SHA.fullmatch(digest):
            raise bad(f"\"report.inputs\": entry {rel[:60]!r} is not a path with a sha256")
    for key in ("digest", "written"):
        if not isinstance(report.get(key, ""), str) or len(report.get(key, "")) > 200:
            raise bad(f"\"report.{key}\" is not a short string")
    decisions = data.get("decisions")
    if not isinstance(decisions, dict):
        raise bad("\"decisions\" is missing or not an object")
    if len(decisions) > MAX_DECISIONS:
        raise bad(f"{len(decisions)} decisions; refusing more than {MAX_DECISIONS}")
    entries = {fid: _entry(bad, fid, value) for fid, value in decisions.items()}
    return Decisions(path, report, entries)


def _text(bad, where: str, value, limit: int, optional: bool = False, controls: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise bad(f"{where} must be text")
    if len(value) > limit:
        raise bad(f"{where} is {len(value):,} characters long; at most {limit:,}")
    if not controls and _CONTROL.search(value):
        raise bad(f"{where} holds a control character")
    return value


def _whole(bad, where: str, value, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**53:
        raise bad(f"{where} must be a whole number >= 0")
    return value


def _entry(bad, fid: str, value) -> Entry:
    if not _ID.fullmatch(fid):
        raise bad(f"decision id {fid[:60]!r} is not a finding id")
    at = f"decision {fid}"
    if not isinstance(value, dict):
        raise bad(f"{at}: not an object")
    unknown = set(value) - _ENTRY_FIELDS
    if unknown:
        raise bad(f"{at}: unknown field {sorted(unknown)[0][:40]!r}")
    decision = _text(bad, f"{at}: \"decision\"", value.get("decision", ""), 10)
    if decision not in DECISION_VALUES:
        raise bad(f"{at}: \"decision\" is {decision!r}; use accept, reject, edit or \"\"")
    edited = _text(bad, f"{at}: \"edited\"", value.get("edited", ""), MAX_TEXT)
    comment = _text(bad, f"{at}: \"comment\"", value.get("comment", ""), MAX_TEXT)
    finding = value.get("finding")
    if not isinstance(finding, dict):
        raise bad(f"{at}: \"finding\" (where the finding is) is missing")
    unknown = set(finding) - _FINDING_FIELDS
    if unknown:
        raise bad(f"{at}: unknown field 'finding.{sorted(unknown)[0][:40]}'")
    w = f"{at}: \"finding."
    where = {
        "file": _text(bad, w + 'file"', finding.get("file"), MAX_SHORT),
        "line": _whole(bad, w + 'line"', finding.get("line"), optional=True),
        "relpath": _text(bad, w + 'relpath"', finding.get("relpath"), MAX_SHORT),
        "sha256": _text(bad, w + 'sha256"', finding.get("sha256"), 64),
        "fmt": _text(bad, w + 'fmt"', finding.get("fmt"), 32),
        "unit": _text(bad, w + 'unit"', finding.get("unit"), MAX_SHORT, optional=True, controls=True),
        "start": _whole(bad, w + 'start"', finding.get("start")),
        "end": _whole(bad, w + 'end"', finding.get("end")),
        "word": _text(bad, w + 'word"', finding.get("word"), MAX_SHORT, controls=True),
        "replacement": _text(bad, w + 'replacement"', finding.get("replacement"), MAX_SHORT, optional=True,
                             controls=True),
        "sentence_start": _whole(bad, w + 'sentence_start"', finding.get("sentence_start")),
        "sentence": _text(bad, w + 'sentence"', finding.get("sentence"), MAX_SENTENCE, controls=True),
        "encoding": _text(bad, w + 'encoding"', finding.get("encoding", ""), 64),
    }
    if not _SHA.fullmatch(where["sha256"]):
        raise bad(f"{at}: \"finding.sha256\" is not a sha256")
    if where["end"] < where["start"] or where["start"] < where["sentence_start"]:
        raise bad(f"{at}: \"finding.start\"/\"end\" do not lie inside the sentence")
    return Entry(fid, decision, edited, comment, where)


# --- into the next workbook: `audit run --decisions` ------------------------

def carry(previous: Previous | None, decisions: Decisions, workbook: Path) -> Previous:
    """The last workbook's decisions with the file's laid over them, by
    finding id: the page is where the reviewer worked last. A decision the
    reviewer cleared in the page clears the workbook's."""
    reviewed = dict(previous.reviewed) if previous is not None else {}
    ids = set(previous.ids) if previous is not None else set()
    for e in decisions.entries.values():
        ids.add(e.id)               # the page's report had it: not new
        r = Reviewed(e.id, e.decision, e.edited, e.comment, e.finding["file"], e.finding["word"],
                     e.finding["sentence"][:MAX_CELL])
        if r.decided:
            reviewed[e.id] = r
        else:
            reviewed.pop(e.id, None)
    out = Previous(previous.path if previous is not None else Path(workbook), ids, reviewed,
                   previous.stamp if previous is not None else None)
    # a workbook saved while the run worked is read again, and the page laid over it again
    out.laid_over = lambda again: carry(again, decisions, workbook)
    return out
