"""Carrying a reviewer's work from the last report into the next one.

The normal loop is: audit, review the workbook, fix the text, audit again.
So a new run reads the workbook it is about to replace, copies it to a dated
backup when it holds any decision, and carries every Decision, Edited text
and Comment over by finding id (ids stay the same while the sentence around a
finding is unchanged). Findings the last report did not have are marked new;
decisions whose finding is gone are listed on a sheet of their own, and come
back if the finding does.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from .untrusted import open_workbook, reading

REVIEW = ("Decision", "Edited text", "Comment")


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

    def __init__(self, path: Path, ids: set[str], reviewed: dict[str, Reviewed]):
        self.path, self.ids, self.reviewed = path, ids, reviewed
        self._seen: set[str] = set()

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


def _text(v) -> str:
    return "" if v is None else str(v)


def read_previous(path: Path) -> Previous | None:
    """The report at `path`, or None when there is none. A workbook there that
    cannot be read, or is not ours, is an error: it may hold someone's review."""
    path = Path(path)
    if not path.exists():
        return None
    wb = open_workbook(path)
    with reading(path):
        try:
            from .cells import MARKER_SHEET
            if MARKER_SHEET not in wb.sheetnames:
                raise InputError(path, "is not a workbook written by `audit`; refusing to replace it "
                                       "(move it away or choose another --out)")
            ids: set[str] = set()
            reviewed: dict[str, Reviewed] = {}
            for name in wb.sheetnames:
                if not (name.startswith("Findings") or name == "Gone"):
                    continue
                it = wb[name].iter_rows(values_only=True)
                header = [_text(h).strip() for h in next(it, ())]
                if "ID" not in header or "Decision" not in header:
                    continue
                col = {h: i for i, h in enumerate(header) if h}
                for values in it:
                    get = lambda h: _text(values[col[h]]) if h in col and col[h] < len(values) else ""  # noqa: E731
                    fid = get("ID").strip()
                    if not fid:
                        continue
                    if name != "Gone":
                        ids.add(fid)
                    r = Reviewed(fid, get("Decision"), get("Edited text"), get("Comment"),
                                 get("File"), get("Word"), get("Target sentence"))
                    if r.decided and fid not in reviewed:
                        reviewed[fid] = r
            return Previous(path, ids, reviewed)
        finally:
            wb.close()


def backup_name(path: Path, when: datetime) -> Path:
    """`audit.2026-12-01T0712.xlsx` beside `path`; `-2`, `-3`... if taken."""
    stamp = when.strftime("%Y-%m-%dT%H%M")
    candidate, n = path.with_name(f"{path.stem}.{stamp}{path.suffix}"), 2
    while candidate.exists():
        candidate, n = path.with_name(f"{path.stem}.{stamp}-{n}{path.suffix}"), n + 1
    return candidate


def keep_backup(previous: Previous | None) -> Path | None:
    """Copy a workbook that holds decisions to a dated backup before it is
    replaced; the stamp is when it was written."""
    if previous is None or not previous.holds_decisions:
        return None
    when = datetime.fromtimestamp(previous.path.stat().st_mtime)
    target = backup_name(previous.path, when)
    shutil.copy2(previous.path, target)
    return target
