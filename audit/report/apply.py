"""`audit apply`: write the fixes reviewers accepted in the workbook back into
the articles.

A row marked `accept` replaces the flagged word with the suggested word; a row
marked `edit` replaces the whole flagged sentence with the Edited text (so a
reviewer can also fix agreement around the word). Before anything changes,
each file must hash to what the report recorded, and each fix must find the
flagged text where the report says; a row that fails is skipped and reported,
never forced. When two fixes overlap, the one further down the report is
skipped. Corrected copies go to a new folder, or with in_place the files are
replaced and the originals kept as `<name>.bak`.

A report may come back from outside, edited by anyone, so it is untrusted
input (report/untrusted.py bounds what is read from it). What apply acts on
is signed with this machine's key (report/signing.py): each Findings row's
machine columns with its ID and File, the marker sheet (input list, report
id) and the references sheet; a workbook whose signed parts changed, or that
another machine signed, is refused whole. Only Decision, Edited text and
Comment are the reviewer's. The corpus root comes from the person running
apply: `--root`, else this machine's record of the corpus the report was made
from; the workbook holds no absolute path. Every target is resolved against
that root: an absolute path, a `..`, or a symbolic link leading out of it is
refused, as is a row whose hidden path disagrees with its visible File column
or with the input list the report recorded. The sha256 is compared with the
file on disk, and every message names the real target.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import InputError
from ..model import Fix
from .common import atomic_path
from .cells import FINDINGS_COLUMNS, SIGNED_COLUMNS, from_machine_text
from .untrusted import open_workbook, reading, sheet_rows
from ..files.textio import sha256
from ..files.writers import rewrite
from .cells import cell_text, read_marker

PROGRESS_EVERY = 50_000     # rows between two progress calls while a workbook is read
REQUIRED = ["ID", "Decision", "Edited text"] + [c.header for c in FINDINGS_COLUMNS if c.hidden]


@dataclass
class ReviewRow:
    """One decided row of the Findings sheet(s), as apply needs it."""
    where: str                   # "Findings!12", for messages
    id: str
    decision: str                # accept | edit | (anything else: skipped)
    edited: str
    label: str                   # file and line, for messages
    relpath: str
    sha256: str
    fmt: str
    unit: str | None
    start: int | None
    end: int | None
    word: str
    replacement: str
    sentence_start: int | None
    sentence: str
    encoding: str = ""
    file: str = ""               # the visible File column
    target: Path | None = None   # the real file, once resolved inside the corpus root


@dataclass
class Outcome:
    row: ReviewRow
    status: str                  # applied | already applied | skipped
    reason: str = ""


@dataclass
class ApplyResult:
    outcomes: list[Outcome] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    # (file, reference, scores before, scores after) where the file has a reference
    quality: list[tuple] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def skipped(self) -> int:
        return self.count("skipped")


# --- reading the workbook -----------------------------------------------


def _int(v) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return None


@dataclass
class Review:
    rows: list[ReviewRow]
    report_id: str               # this machine's record of the corpus root is kept under it
    inputs: dict[str, str]       # path inside the root -> sha256, as recorded
    check_references: object = None   # verifies the references sheet's signature
    ids: set[str] = field(default_factory=set)    # every finding id in the workbook


def read_report(report: Path, progress=None, overlay: dict[str, tuple[str, str]] | None = None) -> Review:
    """The decided rows, after every signature checked. `progress(rows)` is
    called now and then while a large workbook is read. `overlay`: finding id
    -> (decision, edited text) that replace the workbook's (a decisions file)."""
    report = Path(report)
    wb = open_workbook(report)
    try:
        with reading(report):
            return _read(wb, report, progress, overlay or {})
    finally:
        with reading(report):
            wb.close()


def _check_marker(info: dict, report: Path, k: bytes) -> None:
    """The marker sheet was signed by this machine's key and is unchanged."""
    from .signing import key_id, verify
    signature = info.get("signature", "")
    if not signature:
        raise InputError(report, "the workbook is not signed (its marker sheet has no signature); "
                                 "refusing it: re-run the audit to get a signed report")
    if info.get("key id") and info["key id"] != key_id(k):
        raise InputError(report, f"signed on another machine (key {info['key id']}, this machine's is "
                                 f"{key_id(k)}); apply it where the audit ran, or re-run the audit here")
    if not verify(k, info["signed rows"], signature):
        raise InputError(report, "the marker sheet (input list, report id) was changed after the report "
                                 "was signed; refusing the report, nothing touched")


def _read(wb, report: Path, progress=None, overlay: dict[str, tuple[str, str]] | None = None) -> Review:
    from .signing import key, sign, verify
    info = read_marker(wb, report)
    k = key()
    _check_marker(info, report, k)
    report_id = info.get("report id", "")
    inputs = info["inputs"]
    sheets = [s for s in info.get("findings sheets", "").split("\n") if s]
    rows: list[ReviewRow] = []
    ids: set[str] = set()
    seen = 0
    for name in sheets:
        if name not in wb.sheetnames:
            raise InputError(report, f"sheet {name!r} is missing; the workbook's structure was edited")
        it = sheet_rows(wb[name])
        header = [cell_text(h).strip() for h in next(it, ())]
        lost = [h for h in REQUIRED if h not in header]
        if lost:
            raise InputError(report, f"sheet {name!r}: column {lost[0]!r} is missing or renamed; "
                                     "the workbook's structure was edited")
        col = {h: header.index(h) for h in header if h}
        for n, values in enumerate(it, start=2):
            seen += 1
            if progress is not None and seen % PROGRESS_EVERY == 0:
                progress(seen)
            get = lambda h: values[col[h]] if h in col and col[h] < len(values) else None  # noqa: E731
            decision = cell_text(get("Decision")).strip().lower()
            edited = cell_text(get("Edited text"))
            fid = cell_text(get("ID"))
            ids.add(fid)
            if overlay and fid in overlay:
                decision, edited = overlay[fid]
            if not decision and not edited.strip() and get("ID") is None:
                continue
            # a row is the auditor's only while its signed cells are unchanged
            if not verify(k, [report_id] + [get(h) for h in SIGNED_COLUMNS], cell_text(get("_sig"))):
                raise InputError(report, f"{name}!{n}: the row's ID, File or machine columns were changed "
                                         "after the report was signed (only Decision, Edited text and "
                                         "Comment may be edited); refusing the report, nothing touched")
            if not decision and not edited.strip():
                continue
            line = get("Line")
            label = cell_text(get("File")) + (f":{line}" if line not in (None, "") else "")
            m = lambda h: from_machine_text(get(h)) or ""  # noqa: E731
            rows.append(ReviewRow(
                f"{name}!{n}", cell_text(get("ID")), decision, edited, label,
                m("_relpath"), m("_sha256"), m("_fmt"), m("_unit") or None,
                _int(get("_start")), _int(get("_end")), m("_word"), m("_replacement"),
                _int(get("_sentence_start")), m("_sentence"), m("_encoding"),
                file=cell_text(get("File"))))
    references = info.get("references", "")

    def check_references(cells: list) -> None:
        expected = sign(k, [report_id, "references", *cells]) if cells else ""
        if expected != references:
            raise InputError(report, "the references sheet was changed after the report was signed; "
                                     "refusing the report, nothing touched")
    return Review(rows, report_id, inputs, check_references, ids)


# --- where a row may write ------------------------------------------------

def corpus_root(review: Review, report: Path, root: Path | None) -> Path:
    """--root, else the corpus this machine recorded for the report (never a
    path the workbook states). It must be an existing folder."""
    from .signing import recorded_root
    chosen = Path(root) if root is not None else recorded_root(review.report_id)
    if chosen is None:
        raise InputError(report, "this machine has no record of the corpus the report was made from "
                                 "(written elsewhere, or the record was cleared); give --root CORPUS")
    if not chosen.is_dir():
        raise InputError(chosen, "corpus root is not a folder" + ("" if root is not None else
                                 " (as this machine recorded it for the report; give --root where the corpus is now)"))
    real = chosen.resolve()
    if real == Path(real.anchor):
        raise InputError(chosen, "refusing the filesystem root as the corpus root")
    return real


def resolve_target(row: ReviewRow, root: Path, inputs: dict[str, str]) -> Path | str:
    """The real file a row may change, inside `root`, or why it may not."""
    rel = row.relpath
    if not rel:
        return "row names no file inside the corpus root (hidden _relpath is empty)"
    pure = PurePosixPath(rel.replace("\\", "/"))
    if pure.is_absolute() or rel.startswith(("/", "\\")) or (len(rel) > 1 and rel[1] == ":"):
        return f"refused: {rel!r} is an absolute path; a report may only name files inside the corpus root {root}"
    if ".." in pure.parts:
        return f"refused: {rel!r} leads out of the corpus root {root} (..)"
    target = root.joinpath(*pure.parts)
    real = target.resolve()
    if real != root and root not in real.parents:
        return f"refused: {target} is a link to {real}, outside the corpus root {root}"
    if not _label_matches(row.file, pure):
        return f"refused: the File column says {row.file!r} but the row points at {target}; the report is inconsistent"
    if rel not in inputs:
        return f"refused: {target} is not one of the files the report audited; the report is inconsistent"
    if inputs[rel] != row.sha256:
        return f"refused: {target}: the row's sha256 disagrees with the report's input list; the report is inconsistent"
    return real


def _label_matches(label: str, path: PurePosixPath) -> bool:
    """The visible File column ("vi.txt", "app.po (target)", a project's
    "values-ru/strings.xml") names the hidden path's file, or its last folders."""
    shown = label.split(" (", 1)[0]
    return "/".join(path.parts[-len(PurePosixPath(shown).parts):]) == shown


# --- turning rows into fixes ---------------------------------------------

def _fix(row: ReviewRow) -> Fix | str:
    """The fix a row asks for, or why it cannot be applied."""
    if row.decision == "reject":
        return "rejected"          # not a skip: reported as decided, nothing to do
    if row.decision not in ("accept", "edit"):
        if not row.decision:
            return "Edited text given but Decision is empty (choose edit)"
        return f"unknown Decision {row.decision!r} (use accept, reject or edit)"
    if None in (row.start, row.end, row.sentence_start) or not row.word or not row.sha256:
        return "row damaged: its hidden columns are empty or not numbers"
    a, b = row.start - row.sentence_start, row.end - row.sentence_start
    if row.sentence and row.sentence[a:b] != row.word:
        return "row damaged: the flagged word is not in its sentence"
    form = _form_of(row.sentence or row.word)
    if row.decision == "accept":
        if not row.replacement:
            return "no suggested word to accept (choose edit and give the sentence)"
        return Fix(row.start, row.end, row.word, unicodedata.normalize(form, row.replacement), row.unit, row.id)
    if not row.edited.strip():
        return "Decision is edit but Edited text is empty"
    if not row.sentence:
        return "the sentence is too long for a cell; edit the file by hand"
    edited = unicodedata.normalize(form, row.edited)
    if edited == row.sentence:
        return "Edited text is the flagged sentence unchanged"
    end = row.sentence_start + len(row.sentence)
    return Fix(row.sentence_start, end, row.sentence, edited, row.unit, row.id)


def _form_of(text: str) -> str:
    """The Unicode normalisation form the text around a fix is in, so the fix
    is written in it too (a file saved as NFD on a Mac stays NFD)."""
    if unicodedata.is_normalized("NFC", text) or not unicodedata.is_normalized("NFD", text):
        return "NFC"
    return "NFD"


class _Intervals:
    """Spans already claimed by a kept fix, per unit: a later overlapping fix
    loses. Kept spans never overlap, so sorted by start they are sorted by
    end too, and only the neighbours of a new span need checking."""

    def __init__(self):
        self.spans: dict[str | None, list[tuple[int, int, str]]] = {}

    def claim(self, fix: Fix) -> str | None:
        """None if `fix` is free (and now claimed), else the id of the fix it overlaps."""
        spans = self.spans.setdefault(fix.unit, [])
        k = bisect.bisect_left(spans, (fix.start, fix.end))
        for a, b, fid in spans[max(k - 1, 0):k + 1]:
            if (fix.start < b and a < fix.end) or (a, b) == (fix.start, fix.end):
                return fid or "another fix"
        spans.insert(k, (fix.start, fix.end, fix.finding_id))
        return None


# --- the files --------------------------------------------------------

def _backup_path(path: Path) -> Path:
    """`name.bak`, or `name.bak.N` when an older backup of other content is there."""
    candidate, n = path.with_name(path.name + ".bak"), 1
    while candidate.exists():
        candidate, n = path.with_name(f"{path.name}.bak.{n}"), n + 1
    return candidate


def _backup_of(path: Path, digest: str) -> Path | None:
    """An existing backup of `path` whose content hashes to `digest`."""
    for p in sorted(path.parent.glob(path.name + ".bak*")):
        try:
            if p.is_file() and sha256(p.read_bytes()) == digest:
                return p
        except OSError:
            continue
    return None


def _rewrite_checked(path: Path, fmt: str, fixes: list[Fix], mark_changed: bool,
                     failed: dict[str, str], encoding: str = "") -> bytes | None:
    """The new bytes with every fix the writer accepts. A writer refuses the
    whole file when one fix does not match, so on refusal each fix is tried
    alone to find the culprits (recorded in `failed` by finding id)."""
    try:
        return rewrite(path, fmt, fixes, mark_changed, encoding or None)
    except InputError as whole:
        good = []
        for fx in fixes:
            try:
                rewrite(path, fmt, [fx], mark_changed, encoding or None)
                good.append(fx)
            except InputError as e:
                failed[fx.finding_id] = e.problem
        if len(good) == len(fixes):          # each fine alone: the combination failed
            for fx in fixes:
                failed[fx.finding_id] = whole.problem
            return None
        return _rewrite_checked(path, fmt, good, mark_changed, failed, encoding) if good else None


def apply_report(report: Path, out_dir: Path | None = None, in_place: bool = False,
                 mark_changed: bool = False, root: Path | None = None, progress=None,
                 decisions=None) -> ApplyResult:
    """Apply the decided rows of `report`. Writes corrected copies under
    `out_dir` (default `<report dir>/fixed/`, keeping the corpus' folders), or
    with `in_place` replaces the files, keeping `.bak` backups. Targets are
    resolved against `root` (default: the corpus this machine recorded for the
    report). `progress(rows)` hears how far a big workbook's reading got.
    `decisions` (report/decisions.py, exported from the review page) replace
    the workbook's Decision and Edited text by finding id; where each finding
    is still comes from the signed workbook alone, never from the decisions file.
    Raises InputError for unusable input, before anything is written."""
    report = Path(report)
    if in_place and out_dir is not None:
        raise InputError(None, "give --out or --in-place, not both")
    if out_dir is not None and Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise InputError(out_dir, "--out is a file, not a folder")
    overlay = None
    if decisions is not None:
        overlay = {e.id: (e.decision, e.edited) for e in decisions.entries.values()}
    review = read_report(report, progress, overlay)
    if overlay and not review.ids & set(overlay):
        raise InputError(decisions.path, f"none of its decisions is a finding of {report.name}; "
                                         "it was exported from another report")
    rows = review.rows
    report_dir = report.resolve().parent
    result = ApplyResult()

    # Every row that would change a file must name one inside the corpus
    # root, consistently; one that does not refuses the whole report before
    # anything is touched.
    real_root = corpus_root(review, report, root)
    fixes: list[tuple[ReviewRow, Fix | str]] = [(row, _fix(row)) for row in rows]
    for row, fix in fixes:
        if isinstance(fix, Fix):
            target = resolve_target(row, real_root, review.inputs)
            if isinstance(target, str):
                raise InputError(report, f"{row.where} ({row.id}): {target}")
            row.target = target

    # Group fixes by file, keeping report order; reject what cannot apply.
    by_file: dict[Path, list[tuple[ReviewRow, Fix]]] = {}
    seen_ids: set[str] = set()
    all_sources = {real_root.joinpath(*PurePosixPath(rel).parts).resolve() for rel in review.inputs}
    all_sources |= {row.target for row, _ in fixes if row.target is not None}
    for row, fix in fixes:
        if isinstance(fix, str):
            result.outcomes.append(Outcome(row, "rejected" if fix == "rejected" else "skipped",
                                           "" if fix == "rejected" else fix))
            continue
        if row.id in seen_ids:
            result.outcomes.append(Outcome(row, "skipped", "the same finding appears twice"))
            continue
        seen_ids.add(row.id)
        by_file.setdefault(row.target, []).append((row, fix))

    if not in_place:
        out_dir = Path(out_dir) if out_dir is not None else report_dir / "fixed"
        for path in by_file:          # before anything is written
            if (out_dir / path.relative_to(real_root)).resolve() in all_sources:
                raise InputError(out_dir, "refusing to write over an input file; choose another --out folder")

    references, before = _reference_scores(report, by_file, real_root, review.check_references)
    written_from: dict[Path, Path] = {}
    for path, items in by_file.items():
        digest = items[0][0].sha256
        fmt = items[0][0].fmt or "text"
        enc = items[0][0].encoding
        if not path.is_file():
            result.outcomes += [Outcome(r, "skipped", f"file not found: {path}") for r, _ in items]
            continue
        # Overlaps: the fix further down the report is skipped.
        claimed, kept = _Intervals(), []
        for row, fix in items:
            other = claimed.claim(fix)
            if other:
                result.outcomes.append(Outcome(row, "skipped", f"overlaps fix {other}, which is applied instead"))
            else:
                kept.append((row, fix))
        if not kept:
            continue
        current = path.read_bytes()
        if sha256(current) != digest:
            reason = "file changed since the report (sha256 differs); re-run the audit"
            status = "skipped"
            backup = _backup_of(path, digest) if in_place else None
            if backup is not None:
                # applied before? the same fixes on the backed-up original give this file
                # (with either --mark-changed setting: the earlier run may have used the other)
                for mark in (mark_changed, not mark_changed):
                    failed: dict[str, str] = {}
                    again = _rewrite_checked(backup, fmt, [f for _, f in kept], mark, failed, enc)
                    if again == current:
                        break
                if again == current:
                    for r, f in kept:
                        result.outcomes.append(Outcome(r, "skipped", failed[f.finding_id]) if f.finding_id in failed
                                               else Outcome(r, "already applied", f"already applied (original in {backup.name})"))
                    continue
            result.outcomes += [Outcome(r, status, reason) for r, _ in kept]
            continue
        failed = {}
        new = _rewrite_checked(path, fmt, [f for _, f in kept], mark_changed, failed, enc)
        outcomes = [Outcome(row, "skipped", failed[fix.finding_id]) if fix.finding_id in failed
                    else Outcome(row, "applied") for row, fix in kept]
        if new is not None:
            target = path if in_place else out_dir / path.relative_to(real_root)
            trouble = _write_fixed(path, target, new, digest, in_place)
            if trouble:
                outcomes = [Outcome(o.row, "skipped", trouble) if o.status == "applied" else o for o in outcomes]
            else:
                result.written.append(target)
                written_from[path] = target
        result.outcomes += outcomes
    if references:
        from .quality import quality_changes
        result.quality = quality_changes(references, before, written_from)
    return result


def _write_fixed(path: Path, target: Path, new: bytes, digest: str, in_place: bool) -> str:
    """Write the fixed bytes to `target` ("" when done, else why not). In
    place, the original is first kept in a complete, synced backup; the file
    itself is replaced only after that, by a rename, so a full disk leaves the
    original as it was and no partial backup."""
    try:
        if in_place and _backup_of(path, digest) is None:
            backup = _backup_path(path)
            try:
                with atomic_path(backup) as tmp:
                    tmp.write_bytes(path.read_bytes())
            except OSError as e:
                return f"could not write the backup {backup.name} ({e.strerror or e}); removed it, the file is unchanged"
        with atomic_path(target) as tmp:
            tmp.write_bytes(new)
    except OSError as e:
        return f"could not write {_shown(target)} ({e.strerror or e}); " + (
            "the file is unchanged" if in_place else "nothing written for it")
    return ""


def _reference_scores(report: Path, by_file: dict, root: Path, check) -> tuple[dict, dict]:
    """The files' references (recorded in the workbook, inside the corpus
    root) and their scores before any fix, to report what the fixes changed."""
    from .quality import read_references, scores_or_none
    references = read_references(report, root, check)
    before = {p: scores_or_none(p, *references[p]) for p in by_file if p in references and p.is_file()}
    return references, before


def _shown(path: Path | None) -> str:
    """A target as messages name it: the real path, relative to here when inside."""
    if path is None:
        return "?"
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def format_outcomes(result: ApplyResult) -> str:
    """One line per decided row (naming the real file), then a total and,
    in report order, each file written."""
    lines = []
    for o in result.outcomes:
        r = o.row
        line = r.label.rsplit(":", 1)[1] if ":" in r.label else ""
        where = (_shown(r.target) + (f":{line}" if line else "")) if r.target is not None else r.label
        if o.status == "applied":
            what = (f"{r.word!r} -> {r.replacement!r}" if r.decision == "accept"
                    else f"sentence -> {r.edited[:60]!r}")
            lines.append(f"applied  {r.id}  {where}  {what}")
        elif o.status == "rejected":
            continue
        else:
            lines.append(f"{'already' if o.status == 'already applied' else 'skipped'}  {r.id}  {where}  {o.reason}  [{r.where}]")
    if result.quality:
        from .quality import format_quality_changes
        lines += format_quality_changes(result.quality)
    lines.append(f"{result.count('applied')} applied, {result.skipped} skipped, "
                 f"{result.count('already applied')} already applied, {result.count('rejected')} rejected; "
                 f"{len(result.written)} file(s) written")
    lines += [f"wrote {_shown(p.resolve())}" for p in result.written]
    return "\n".join(lines)
