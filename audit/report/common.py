"""What every report format shares: one flat row per finding with the context
its version gives (path, hash, frame of its offsets), the summary figures, and
writing a file without ever leaving half of it behind."""
from __future__ import annotations

import hashlib
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..model import Finding, SetResult
from ..model import Locator

SEVERITIES = ("critical", "major", "minor")
# MQM-style weights: a critical error costs as much as 25 minor ones.
SEVERITY_WEIGHTS = {"minor": 1, "major": 5, "critical": 25}


def tool_version() -> str:
    from importlib import metadata      # 20 ms: only where a report is written
    try:
        return metadata.version("term-collapse-audit")
    except metadata.PackageNotFoundError:
        return "unknown"


def mqm_category(f: Finding) -> str:
    """A serious wrong term, or a word used for both concepts in one text,
    changes what the text says; anything else is a terminology slip. A
    glossary's approved term missing, or its forbidden term used, is MQM's
    "inconsistent with termbase"; pofilter's tests name their own category."""
    if f.kind in ("term-missing", "term-forbidden"):
        return "Terminology > Inconsistent with termbase"
    if f.kind.startswith("qa-"):
        return QA_CATEGORIES.get(f.kind, "Accuracy")
    if f.kind in ("self-collapse", "mistranslation") or (f.kind == "wrong-term" and f.severity in ("major", "critical")):
        return "Accuracy > Mistranslation"
    return "Terminology > Wrong term"


# translate-toolkit's pofilter tests in MQM's typology
QA_CATEGORIES = {"qa-untranslated": "Accuracy > Untranslated", "qa-fuzzy": "Accuracy > Untranslated",
                 "qa-variables": "Locale convention > Markup", "qa-printf": "Locale convention > Markup",
                 "qa-xmltags": "Locale convention > Markup", "qa-numbers": "Accuracy > Mistranslation",
                 "qa-doublewords": "Fluency > Duplication", "qa-urls": "Accuracy > Mistranslation",
                 "qa-endpunc": "Fluency > Punctuation", "qa-startcaps": "Fluency > Spelling",
                 "qa-brackets": "Fluency > Punctuation", "qa-emails": "Accuracy > Mistranslation"}


def finding_id(f: Finding) -> str:
    """The pipeline's stable id; hand-built findings get one derived from what
    they point at, so it is stable too."""
    if f.id:
        return f.id
    key = f"{f.file}\0{f.unit}\0{f.start}\0{f.end}\0{f.term}".encode()
    return "F" + hashlib.sha1(key).hexdigest()[:10]


def flagged_word(f: Finding) -> str:
    """The word as it stands in the text. `Finding.term` may be a lemma, the
    sentence (same offset frame) always holds the surface form."""
    a, b = f.start - f.sentence_start, f.end - f.sentence_start
    if 0 <= a <= b <= len(f.sentence):
        return f.sentence[a:b]
    return f.term


@dataclass
class FindingRow:
    """A finding with what its version knows: where the file is, what it
    hashed to, and whether offsets count in the file or inside a unit."""
    finding: Finding
    set_name: str
    path: Path
    sha256: str
    fmt: str
    label: str                # how the report names the version
    file_frame: bool          # True: offsets into the whole decoded file
    sentence_no: int | None   # 1-based sentence number in the version
    column: int | None        # 1-based column of the word in its line / unit
    segment_id: str | None    # paragraph ("p3") or unit id, for people to read
    encoding: str = ""        # the legacy encoding the file was read in ("" = UTF-8 / BOM)

    @property
    def id(self) -> str:
        return finding_id(self.finding)

    @property
    def fix_unit(self) -> str | None:
        """The unit a Fix addresses: none when offsets are file offsets."""
        return None if self.file_frame else self.finding.unit


def finding_rows(results: Iterable[SetResult]) -> Iterator[FindingRow]:
    for sr in results:
        for vr in sr.versions:
            if not vr.findings:
                continue
            loc = Locator(vr)
            v = vr.version
            for f in vr.findings:
                i, base = loc.segment(f)
                seg = loc.segments[i] if i is not None else None
                file_frame = seg.offset is not None if seg is not None else (f.unit is None)
                idx = loc.sentence_index(f)
                yield FindingRow(f, sr.name, v.path, v.sha256, v.fmt, v.label, file_frame,
                                 idx + 1 if idx is not None else None,
                                 f.start - base + 1 if i is not None else None,
                                 f.where or (seg.id if seg is not None else f.unit), v.encoding)


@dataclass
class SummaryRow:
    set_name: str
    file: str
    lang: str
    words: int
    occurrences: int
    by_severity: dict[str, int]

    @property
    def findings(self) -> int:
        return sum(self.by_severity.values())

    @property
    def collapse_rate(self) -> float | None:
        return self.findings / self.occurrences if self.occurrences else None

    @property
    def penalty_per_1000(self) -> float | None:
        points = sum(SEVERITY_WEIGHTS.get(s, 0) * n for s, n in self.by_severity.items())
        return points * 1000 / self.words if self.words else None


def summary_rows(results: Iterable[SetResult]) -> list[SummaryRow]:
    rows = []
    for sr in results:
        for vr in sr.versions:
            if vr.version.is_reference:        # measured against, not audited
                continue
            counts = {s: 0 for s in SEVERITIES}
            for f in vr.findings:
                counts[f.severity] = counts.get(f.severity, 0) + 1
            rows.append(SummaryRow(sr.name, vr.version.label, vr.version.lang,
                                   vr.words, len(vr.occurrences), counts))
    return rows


def input_files(results: Iterable[SetResult]) -> dict[Path, str]:
    """Each input file once, with its sha256 (bilingual files give several versions)."""
    files: dict[Path, str] = {}
    for sr in results:
        for vr in sr.versions:
            files.setdefault(vr.version.path, vr.version.sha256)
    return files


def report_params(results: list[SetResult], params: dict, termbase) -> dict:
    """The run's parameters as every report records them."""
    return {
        "tool": "term-collapse-audit",
        "version": tool_version(),
        "termbase": getattr(termbase, "source", str(termbase)),
        "options": {k: _plain(v) for k, v in (params or {}).items()},
        "inputs": {str(p): h for p, h in input_files(results).items()},
    }


def corpus_root(results: Iterable[SetResult], params: dict) -> Path:
    """The folder `audit apply` may touch: the corpus the run audited, else the
    deepest folder holding every input file."""
    corpus = (params or {}).get("options", {}).get("corpus")
    if corpus and Path(corpus).is_dir():
        return Path(corpus).resolve()
    parents = [str(p.resolve().parent) for p in input_files(results)]
    return Path(os.path.commonpath(parents)) if parents else Path.cwd().resolve()


def inputs_in_root(results: Iterable[SetResult], root: Path) -> dict[str, str]:
    """Each input file's path inside `root` (POSIX form) with its sha256."""
    out = {}
    for p, digest in input_files(results).items():
        try:
            out[p.resolve().relative_to(root).as_posix()] = digest
        except ValueError:
            continue
    return out


def _plain(v):
    """Options as JSON can hold them (paths and sets become strings/lists)."""
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set, frozenset)):
        return [_plain(x) for x in v]
    return str(v)


# Cells starting with these are read as formulas by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


@contextmanager
def atomic_path(target: Path, protected: Iterable[Path] = ()) -> Iterator[Path]:
    """A temporary path in the target's folder, renamed onto the target only
    when the body finishes, so an interrupted run leaves the old file (or none).
    Refuses a target that is one of the `protected` input files."""
    target = Path(target)
    resolved = target.resolve()
    if any(resolved == Path(p).resolve() for p in protected):
        raise InputError(target, "refusing to write a report over an input file")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        # on disk before it replaces anything: a crash after the rename finds it whole
        with open(tmp_path, "rb+") as f:
            os.fsync(f.fileno())
        # mkstemp makes the file private; give it the permissions a plain open() would
        os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
