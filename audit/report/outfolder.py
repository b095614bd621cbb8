"""The folder a run writes its reports into: checked before any work, and
held by one run at a time.

A run takes minutes; finding at the end that the folder is read-only, or a
file stands where it should be, wastes them and used to end in a traceback.
So the folder is tried for real (a file created and removed) before the audit
starts. While a run works, a lock file in the folder keeps a second run out:
two runs into one folder would each carry over the same decisions and the
last to finish would silently win. A lock left by a process that is gone (a
crash, a kill -9) is taken over, so it never blocks for ever.
"""
from __future__ import annotations

import json
import os
import socket
import tempfile
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from ..errors import InputError

LOCK_NAME = ".audit.lock"


def check_folder(out_dir: Path) -> None:
    """Refuse, in one line, a report folder that cannot be written: a file in
    its place (or in place of a folder above it), a missing parent folder, a
    read-only folder or file system. A missing folder is fine where its
    parent could hold it (it is made when the reports are written)."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(out_dir, "report folder is a file")
    if not out_dir.exists():
        for above in out_dir.absolute().parents:
            if above.exists():
                if not above.is_dir():
                    raise InputError(above, f"is a file, where the report folder {out_dir} needs a folder")
                break
        if not out_dir.parent.exists():
            raise InputError(out_dir, f"the report folder's parent {out_dir.parent} does not exist")
    where = out_dir if out_dir.exists() else out_dir.parent
    try:
        fd, probe = tempfile.mkstemp(prefix=".audit-probe.", dir=where)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise InputError(out_dir, f"cannot write in the report folder"
                                  f"{'' if where == out_dir else ' ' + repr(str(where)) + ' (to create it)'} "
                                  f"({e.strerror or e})") from None


def alive(pid: int) -> bool:
    """Whether process `pid` of this machine still runs."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:          # someone else's process: alive
        return True
    except OSError:
        return False
    return True


def _holder(lock: Path) -> dict | None:
    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _stale(holder: dict) -> bool:
    """Left by a process of this machine that no longer runs."""
    pid = holder.get("pid")
    return holder.get("host") == socket.gethostname() and isinstance(pid, int) and not alive(pid)


@contextmanager
def folder_lock(out_dir: Path) -> Iterator[Path]:
    """Hold `out_dir` for this run; refuse (one line) when another live run
    holds it. A folder made here and left empty (the run failed) is removed."""
    out_dir = Path(out_dir)
    made = not out_dir.exists()
    if made:
        try:
            out_dir.mkdir()
        except FileExistsError:
            made = False
        except OSError as e:
            raise InputError(out_dir, f"cannot create the report folder ({e.strerror or e})") from None
    lock = out_dir / LOCK_NAME
    me = {"pid": os.getpid(), "host": socket.gethostname(),
          "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    for _ in range(3):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = _holder(lock)
            if holder is None:
                continue             # released meanwhile: try again
            if _stale(holder):
                lock.unlink(missing_ok=True)
                continue
            who = (f"pid {holder.get('pid')} on {holder.get('host')}, started {holder.get('started')}"
                   if holder else "unknown process")
            raise InputError(out_dir, f"another audit run is writing reports here ({who}); wait for it to "
                                      f"finish, or delete {lock} if that run is gone") from None
        except OSError as e:
            raise InputError(out_dir, f"cannot lock the report folder ({e.strerror or e})") from None
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(me, f)
        break
    else:
        raise InputError(out_dir, f"cannot lock the report folder ({lock} keeps changing)")
    try:
        yield lock
    finally:
        if (_holder(lock) or {}).get("pid") == me["pid"]:
            lock.unlink(missing_ok=True)
        if made:
            try:
                out_dir.rmdir()          # only if empty: nothing was written
            except OSError:
                pass
