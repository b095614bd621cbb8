"""What the auditor's machine knows that a workbook cannot forge.

A review workbook travels: an outside reviewer edits it and sends it back, so
whatever it says about where files are is the reviewer's word, not the
auditor's. Two things stay on the machine that wrote the report, outside the
report folder (in $TERM_COLLAPSE_AUDIT_HOME, else $XDG_CONFIG_HOME/
term-collapse-audit, else ~/.config/term-collapse-audit):

- `report.key`, a random HMAC key made on first use. Every Findings row's
  machine columns (with its ID and File) and the hidden marker sheet are
  signed with it; `audit apply` refuses a workbook whose signed parts changed.
  Decision, Edited text and Comment are not signed: they are the review.
- `reports.json`, which corpus each report id was made from, so `audit apply`
  takes the corpus root from this machine's record (or `--root`), never from
  the workbook. The workbook itself holds only paths relative to that root.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from ..errors import InputError

HOME_ENV = "TERM_COLLAPSE_AUDIT_HOME"
KEY_FILE = "report.key"
REGISTRY_FILE = "reports.json"
REGISTRY_LIMIT = 1000            # reports remembered; the oldest are forgotten


def home() -> Path:
    """The folder of this machine's signing state (not created here)."""
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV])
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "term-collapse-audit"


def key() -> bytes:
    """This machine's signing key, created (readable by its owner only) on first use."""
    folder = home()
    path = folder / KEY_FILE
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:          # another process made it first: use theirs
        return _read_key(path)
    except OSError as e:
        raise InputError(path, f"cannot create the report signing key ({e.strerror}); "
                               f"set {HOME_ENV} to a writable folder") from None
    with os.fdopen(fd, "w") as f:
        f.write(secrets.token_hex(32) + "\n")
        f.flush()
        os.fsync(f.fileno())
    return _read_key(path)


def _read_key(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
        value = bytes.fromhex(text)
    except FileNotFoundError:
        raise
    except (OSError, ValueError, UnicodeDecodeError):
        raise InputError(path, "the report signing key is unreadable or damaged") from None
    if len(value) < 16:
        raise InputError(path, "the report signing key is too short; delete it to make a new one "
                               "(reports signed with it will need a re-run)")
    return value


def key_id(k: bytes) -> str:
    """A short public name of a key, so a message can say which key signed a report."""
    return hashlib.sha256(b"key id\0" + k).hexdigest()[:12]


def _plain(v) -> str:
    """A cell value as the signature sees it: the same whether xlsxwriter wrote
    it or openpyxl (or Excel) saved it again (7 and 7.0 are one number)."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def sign(k: bytes, values) -> str:
    """The HMAC-SHA256 of a sequence of cell values."""
    data = json.dumps([_plain(v) for v in values], ensure_ascii=False).encode()
    return hmac.new(k, data, hashlib.sha256).hexdigest()


def verify(k: bytes, values, signature) -> bool:
    return isinstance(signature, str) and hmac.compare_digest(sign(k, values), signature.strip())


def new_report_id() -> str:
    return secrets.token_hex(12)


# --- which corpus each report was made from ---------------------------------

def remember(report_id: str, root: Path) -> None:
    """Record on this machine that `report_id` was made from the corpus at `root`."""
    folder = home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        entries = _registry()
        entries[report_id] = {"root": str(Path(root).resolve()),
                              "written": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        while len(entries) > REGISTRY_LIMIT:
            entries.pop(next(iter(entries)))
        fd, tmp = tempfile.mkstemp(prefix=".reports.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(entries, f, ensure_ascii=False, indent=0)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, folder / REGISTRY_FILE)
    except OSError as e:
        raise InputError(folder / REGISTRY_FILE, f"cannot record the report's corpus ({e.strerror}); "
                                                 f"set {HOME_ENV} to a writable folder") from None


def recorded_root(report_id: str) -> Path | None:
    """The corpus this machine recorded for `report_id`, or None."""
    entry = _registry().get(report_id)
    root = entry.get("root") if isinstance(entry, dict) else None
    return Path(root) if isinstance(root, str) and root else None


def _registry() -> dict:
    path = home() / REGISTRY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, UnicodeDecodeError):
        return {}                    # a damaged record: reports fall back to --root
    return data if isinstance(data, dict) else {}
