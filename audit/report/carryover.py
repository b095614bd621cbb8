"""Carrying a reviewer's work from the last report into the next one.

The normal loop is: audit, review the workbook, fix the text, audit again.
So a new run reads the workbook it is about to replace, copies it to a dated
backup when it holds any decision, and carries every Decision, Edited text
and Comment over by finding id (ids stay the same while the sentence around a
finding is unchanged). Findings the last report did not have are marked new;
decisions whose finding is gone are listed on a sheet of their own, and come
back if the finding does. A reviewer who saves the workbook while a run
works loses nothing either: the run reads it again before writing the new
one. Only the last few backups are kept (`keep_backup(..., keep=N)`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from .untrusted import open_workbook, reading, sheet_rows


@dataclass
class Reviewed:
    id: str
    decision: str
    edited: str
    comment: str
    file: str = ""
    word: str = ""
    sentence: str = ""

    @property
    def decided(self) -> bool:
        return bool(self.decision.strip() or self.edited.strip() or self.comment.strip())


class Previous:
    """What the last report held: every finding id, and the reviewed rows."""

    def __init__(self, path: Path, ids: set[str], reviewed: dict[str, Reviewed], stamp=None):
        self.path, self.ids, self.reviewed = path, ids, reviewed
        self.stamp = stamp           # (mtime, size) when read
        self.reread = False          # read again: saved while the run worked
        self.laid_over = None        # decisions laid over the workbook's, laid again on a re-read
        self._seen: set[str] = set()

    def changed(self) -> bool:
        """Saved again (by a reviewer) since it was read."""
        return _stamp(self.path) != self.stamp

    def refreshed(self) -> "Previous":
        """This, read again when the workbook was saved since it was read
        (`reread` then says so): the newest decisions are the ones carried."""
        if self.changed():
            again = read_previous(self.path)
            if again is not None:
                if self.laid_over is not None:
                    again = self.laid_over(again)
                self.ids, self.reviewed, self.stamp = again.ids, again.reviewed, again.stamp
                self._seen = set()
                self.reread = True
        return self

    @property
    def holds_decisions(self) -> bool:
        return bool(self.reviewed)

    def review_of(self, fid: str) -> tuple[str, str, str] | None:
        """(decision, edited, comment) for a finding of the new run; None when
        the last report did not have it (it is new)."""
        self._seen.add(fid)
        r = self.reviewed.get(fid)
        if r is not None:
            return r.decision, r.edited, r.comment
        return ("", "", "") if fid in self.ids else None

    def gone(self) -> list[Reviewed]:
        """Reviewed findings the new run did not raise (call after writing the findings)."""
        return [r for fid, r in self.reviewed.items() if fid not in self._seen]


def _stamp(path: Path):
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def read_previous(path: Path) -> Previous | None:
    """The report at `path`, or None when there is none. A workbook there that
    cannot be read, or is not ours, is an error: it may hold someone's review."""
    path = Path(path)
    if not path.exists():
        return None
    stamp = _stamp(path)
    wb = open_workbook(path)
    with reading(path):
        try:
            from .cells import MARKER_SHEET, cell_text
            if MARKER_SHEET not in wb.sheetnames:
                raise InputError(path, "is not a workbook written by `audit`; refusing to replace it "
                                       "(move it away or choose another --out)")
            ids: set[str] = set()
            reviewed: dict[str, Reviewed] = {}
            for name in wb.sheetnames:
                if not (name.startswith("Findings") or name == "Gone"):
                    continue
                it = sheet_rows(wb[name])
                header = [cell_text(h).strip() for h in next(it, ())]
                if "ID" not in header or "Decision" not in header:
                    continue
                col = {h: i for i, h in enumerate(header) if h}
                for values in it:
                    get = lambda h: cell_text(values[col[h]]) if h in col and col[h] < len(values) else ""  # noqa: E731
                    fid = get("ID").strip()
                    if not fid:
                        continue
                    if name != "Gone":
                        ids.add(fid)
                    r = Reviewed(fid, get("Decision"), get("Edited text"), get("Comment"),
                                 get("File"), get("Word"), get("Target sentence"))
                    if r.decided and fid not in reviewed:
                        reviewed[fid] = r
            return Previous(path, ids, reviewed, stamp)
        finally:
            wb.close()


def backup_name(path: Path, when: datetime) -> Path:
    """`audit.2026-12-01T0712.xlsx` beside `path`; `-2`, `-3`... if taken."""
    stamp = when.strftime("%Y-%m-%dT%H%M")
    candidate, n = path.with_name(f"{path.stem}.{stamp}{path.suffix}"), 2
    while candidate.exists():
        candidate, n = path.with_name(f"{path.stem}.{stamp}-{n}{path.suffix}"), n + 1
    return candidate


def keep_backup(previous: Previous | None, keep: int = 5) -> Path | None:
    """Copy a workbook that holds decisions to a dated backup before it is
    replaced; the stamp is when it was written. The copy is complete and on
    disk before it gets its name (a full disk leaves no half backup, and the
    error says so); then all but the newest `keep` backups are removed."""
    if previous is None or not previous.holds_decisions or not previous.path.is_file():
        return None             # (decisions from a page alone: no workbook to keep)
    from .common import atomic_path
    when = datetime.fromtimestamp(previous.path.stat().st_mtime)
    target = backup_name(previous.path, when)
    try:
        with atomic_path(target) as tmp:
            tmp.write_bytes(previous.path.read_bytes())
    except OSError as e:
        raise InputError(target, f"could not back up the reviewed workbook ({e.strerror or e}); "
                                 "removed what was written, the reports are as they were") from None
    prune_backups(previous.path, keep)
    return target


_BACKUP = r"\.\d{4}-\d\d-\d\dT\d{4}(-\d+)?"


def backups(path: Path) -> list[Path]:
    """The dated backups of the workbook at `path`, oldest first."""
    pattern = re.compile(re.escape(path.stem) + _BACKUP + re.escape(path.suffix) + "$")

    def order(p: Path):
        m = re.search(r"(\d{4}-\d\d-\d\dT\d{4})(?:-(\d+))?", p.name)
        return m.group(1), int(m.group(2) or 1)
    return sorted((p for p in path.parent.iterdir() if pattern.match(p.name) and p.is_file()), key=order)


def prune_backups(path: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups of `path`; return the removed."""
    old = backups(path)
    gone = old[:max(len(old) - max(keep, 0), 0)]
    for p in gone:
        p.unlink(missing_ok=True)
    return gone
