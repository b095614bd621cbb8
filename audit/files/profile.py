"""The project profile: what a team decided once for a whole project.

`audit.toml` at the corpus (or project) root, beside the keys project mode
reads (`source`, `patterns`, `exclude`):

    domain = "software"                          # as --domain, unless that is given
    termbases = ["terms/glossary.tbx"]           # merged with --termbase; paths relative to audit.toml
    locales = { pt = "pt-BR", zh = "zh-Hans" }   # this project's variant of a language
    checks = ["pofilter"]                        # optional checks, as --checks

    [[ignore]]                                   # accepted usage: never a finding again
    id = "F3a9c0e12d4"                           # one finding, by its stable id
    [[ignore]]
    term = "Kunde"                               # or a pattern: the flagged word (any case),
    context = "customer account"                 # text its sentence or source must contain,
    files = "**/de*.po"                          # a glob on the file's path in the corpus,
    kind = "term-missing"                        # a finding kind; every key given must match

`audit ignore reports/audit.xlsx` appends the workbook's rejected rows (by id,
with the word and file for people to read), so a rejection is made once per
project and keeps the finding out of every later run, in any reports folder.
"""
from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import InputError
from ..model import Finding

NAME = "audit.toml"
_IGNORE_KEYS = {"id", "term", "context", "files", "kind", "reason", "file", "note"}


@dataclass(frozen=True)
class Ignore:
    id: str = ""
    term: str = ""
    context: str = ""
    files: str = ""
    kind: str = ""

    def matches(self, f: Finding, relpath: str) -> bool:
        if self.id:
            return f.id == self.id
        if self.term and f.term.casefold() != self.term.casefold():
            return False
        if self.kind and f.kind != self.kind:
            return False
        if self.files and not (fnmatch.fnmatch(relpath, self.files)
                               or PurePosixPath(relpath).match(self.files)):
            return False
        if self.context:
            said = [f.sentence] + [e.text for e in f.evidence]
            if not any(self.context.casefold() in s.casefold() for s in said):
                return False
        return True


@dataclass
class Profile:
    path: Path
    domain: str | None = None
    termbases: list[Path] = field(default_factory=list)
    locales: dict[str, str] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    ignore: list[Ignore] = field(default_factory=list)


def find_profile(root: Path) -> Path | None:
    """audit.toml in the corpus folder (or beside a single file)."""
    folder = root if root.is_dir() else root.parent
    path = folder / NAME
    return path if path.is_file() else None


def load_profile(path: Path) -> Profile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(path, f"not valid TOML: {e}") from None
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from None
    p = Profile(path)
    domain = data.get("domain")
    if domain is not None and not isinstance(domain, str):
        raise InputError(path, "domain must be a string (legal, healthcare, business, retail, finance, software, general)")
    p.domain = domain
    tbs = data.get("termbases", [])
    if isinstance(tbs, str):
        tbs = [tbs]
    if not isinstance(tbs, list) or not all(isinstance(t, str) for t in tbs):
        raise InputError(path, "termbases must be a list of file paths")
    for t in tbs:
        tb = (path.parent / t)
        if not tb.is_file():
            raise InputError(path, f"termbases: {t!r} is not a file (paths are relative to {path.parent})")
        p.termbases.append(tb)
    locales = data.get("locales", {})
    if not isinstance(locales, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in locales.items()):
        raise InputError(path, 'locales must be a table: { pt = "pt-BR", zh = "zh-Hans" }')
    for lang, locale in locales.items():
        if locale.replace("_", "-").split("-")[0].lower() != lang.lower():
            raise InputError(path, f"locales: {lang} = {locale!r} is a variant of another language")
    p.locales = {k.lower(): v for k, v in locales.items()}
    checks = data.get("checks", [])
    if not isinstance(checks, list) or not all(isinstance(c, str) for c in checks):
        raise InputError(path, "checks must be a list of check names")
    p.checks = checks
    raw = data.get("ignore", [])
    if isinstance(raw, dict):
        raw = [raw]
    if not isinstance(raw, list):
        raise InputError(path, "ignore must be a list of tables ([[ignore]])")
    for n, entry in enumerate(raw, 1):
        if not isinstance(entry, dict):
            raise InputError(path, f"ignore #{n}: must be a table")
        unknown = set(entry) - _IGNORE_KEYS
        if unknown:
            raise InputError(path, f"ignore #{n}: unknown key(s) {sorted(unknown)} (use id, or term/context/files/kind)")
        if not all(isinstance(v, str) for v in entry.values()):
            raise InputError(path, f"ignore #{n}: every value must be a string")
        if not entry.get("id") and not entry.get("term"):
            raise InputError(path, f"ignore #{n}: give the finding's id, or a pattern with at least its term")
        p.ignore.append(Ignore(entry.get("id", ""), entry.get("term", ""), entry.get("context", ""),
                               entry.get("files", ""), entry.get("kind", "")))
    return p


def append_ignores(path: Path, entries: list[dict[str, str]]) -> int:
    """Add `[[ignore]]` tables to the profile at `path` (created if absent),
    skipping ids it already holds. Returns how many were added."""
    known: set[str] = set()
    if path.is_file():
        known = {i.id for i in load_profile(path).ignore if i.id}
    new = [e for e in entries if e.get("id") and e["id"] not in known]
    new = list({e["id"]: e for e in new}.values())
    if not new:
        return 0
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    blocks = []
    for e in new:
        lines = ["[[ignore]]"] + [f"{k} = {_toml_string(v)}" for k, v in e.items() if v]
        blocks.append("\n".join(lines))
    sep = "" if not text or text.endswith("\n\n") else ("\n" if text.endswith("\n") else "\n\n")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text + sep + "\n\n".join(blocks) + "\n", encoding="utf-8")
    tmp.replace(path)
    load_profile(path)          # what was written reads back
    return len(new)


def _toml_string(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"')
    out = "".join(c if c >= " " or c == "\t" else f"\\u{ord(c):04x}" for c in out)
    return f'"{out}"'


def ignore_filter(profile: Profile | None, path: Path):
    """Whether to keep a finding of the file `path` (checked alone), as
    apply_ignores decides; None where the profile accepts nothing."""
    if profile is None or not profile.ignore:
        return None
    base = path.parent
    try:
        rel = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        rel = path.name
    return lambda f: not any(i.matches(f, rel) for i in profile.ignore)


def apply_ignores(profile: Profile | None, results, root: Path) -> int:
    """Drop the findings the profile accepts; returns how many were dropped."""
    if profile is None or not profile.ignore:
        return 0
    dropped = 0
    base = root if root.is_dir() else root.parent
    for r in results:
        for vr in r.versions:
            try:
                rel = vr.version.path.resolve().relative_to(base.resolve()).as_posix()
            except ValueError:
                rel = vr.version.path.name
            kept = [f for f in vr.findings if not any(i.matches(f, rel) for i in profile.ignore)]
            dropped += len(vr.findings) - len(kept)
            vr.findings = kept
    return dropped
