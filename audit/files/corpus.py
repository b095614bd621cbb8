"""Finding the article sets in a corpus folder.

Each sub-folder is one article set: the same article in several languages,
one file per language named by language code (vi.txt, vi-2.txt, pt-BR.txt).
Other names get their language detected. An optional `set.toml` names the
source and gives languages explicitly:

    source = "en.txt"
    [languages]
    "article-georgian.txt" = "ka"
    [references]                  # a post-edited or human reference
    vi = "vi-postedit.txt"        # by language (plain text), or
    "app.po" = "app-postedit.po"  # by the file it post-edits (bilingual files)

A file named `<name>.ref.<ext>` (vi.ref.txt, vi.ref.po) is the reference of
`<name>.<ext>` without any manifest.

Files directly in the corpus root are single-file sets. A bilingual file (PO,
XLIFF, TMX...) carries its own source, so it is always a set of its own.
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Callable


from ..errors import InputError
from .readers import known_suffixes
from .sets import ArticleSet, FileSpec, REFERENCE_TAG, check_language, language_from_name

MANIFEST = "set.toml"
BILINGUAL = {".po", ".pot", ".xlf", ".xliff", ".tmx", ".csv", ".tsv", ".xlsx"}


def reference_target(path: Path) -> str | None:
    """For `vi.ref.txt`, the name of the file it is the reference of (`vi.txt`)."""
    if path.stem.endswith(REFERENCE_TAG) and len(path.stem) > len(REFERENCE_TAG):
        return path.stem[:-len(REFERENCE_TAG)] + path.suffix
    return None


def _references(folder: Path, files: list[Path], data: dict) -> dict[str, str]:
    """Reference file name -> what it is the reference of (a file name or a
    language code), from the manifest's `[references]` (`data`) and from `.ref` names."""
    path = folder / MANIFEST
    refs = {}
    for of, name in data.items():
        if not isinstance(name, str) or not (folder / name).is_file():
            raise InputError(path, f"reference {name!r} for {of!r} is not a file in {folder}")
        if not (folder / of).is_file():
            check_language(of, path)
        refs[name] = of
    for p in files:
        of = reference_target(p)
        if of and p.name not in refs:
            refs[p.name] = of
    return refs


def _manifest(folder: Path) -> tuple[str | None, dict[str, str], dict]:
    """(source, file name -> language, the [references] table) of the set's manifest."""
    path = folder / MANIFEST
    if not path.exists():
        return None, {}, {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(path, f"not a valid manifest: {e}") from None
    langs = {name: check_language(code, path) for name, code in data.get("languages", {}).items()}
    source = data.get("source")
    if source is not None and not (folder / source).is_file():
        raise InputError(path, f"source {source!r} is not a file in {folder}")
    return source, langs, data.get("references", {})


class _Walk:
    """What discovery has seen: symbolic links are skipped (with a warning)
    unless followed, and a file reached twice (through a link, or a folder
    linked into itself) is audited once."""

    def __init__(self, follow_symlinks: bool, warn: Callable[[str], None] | None):
        self.follow, self.warn = follow_symlinks, warn or (lambda msg: None)
        self.seen: dict[Path, Path] = {}

    def keep(self, p: Path) -> bool:
        if p.is_symlink() and not self.follow:
            self.warn(f"{p}: symbolic link skipped (give --follow-symlinks to audit what it points to)")
            return False
        if p.is_dir():
            return True
        real = p.resolve()
        if real in self.seen:
            self.warn(f"{p}: same file as {self.seen[real]}, audited once")
            return False
        self.seen[real] = p
        return True


def _article_files(folder: Path, walk: _Walk | None = None) -> list[Path]:
    suffixes = set(known_suffixes())
    found = sorted(p for p in folder.iterdir()
                   if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in suffixes
                   and p.name != MANIFEST and p.name.lower() not in ("readme.md", "readme.txt"))
    if walk is None:
        return found
    # the real file before a link to it, so the file keeps its own name
    kept = {p for p in sorted(found, key=lambda p: (p.is_symlink(), p.name)) if walk.keep(p)}
    return [p for p in found if p in kept]


def _reference_language(folder: Path, of: str | None, langs: dict[str, str]) -> str | None:
    """A reference has the language it was given for, or that of the file it post-edits."""
    if not of:
        return None
    if (folder / of).is_file():
        return langs.get(of) or language_from_name(folder / of)
    return of


def discover(root: Path, follow_symlinks: bool = False, warn: Callable[[str], None] | None = None) -> list[ArticleSet]:
    if not root.exists():
        raise InputError(root, "no such corpus folder")
    if not root.is_dir():
        raise InputError(root, "not a folder (use `audit check` for one file)")
    from .project import is_project, is_project_root, project_sets
    if is_project_root(root):          # a localisation tree: resource files paired by key
        return project_sets(root)
    walk = _Walk(follow_symlinks, warn)
    sets: list[ArticleSet] = []
    for path in _article_files(root, walk):
        sets.append(ArticleSet(path.stem, [FileSpec(path, language_from_name(path))]))
    real_root = root.resolve()
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if not walk.keep(folder):
            continue
        if folder.resolve() == real_root or folder.resolve() in real_root.parents:
            walk.warn(f"{folder}: links back into the corpus, skipped")
            continue
        if is_project(folder):
            sets += project_sets(folder, f"{folder.name}/")
            continue
        source, langs, ref_table = _manifest(folder)
        files = _article_files(folder, walk)
        if not files:
            continue
        refs = _references(folder, files, ref_table)
        bilingual = [p for p in files if p.suffix.lower() in BILINGUAL]
        for path in bilingual:
            if path.name in refs:
                if not (folder / refs[path.name]).is_file():
                    raise InputError(path, f"a bilingual reference needs the file it post-edits beside it "
                                           f"({refs[path.name]!r} is not a file in {folder})")
                continue           # travels with the file it post-edits
            specs = [FileSpec(path, langs.get(path.name) or language_from_name(path))]
            specs += [FileSpec(folder / r, langs.get(r) or language_from_name(folder / r), is_reference=True)
                      for r, of in refs.items() if of == path.name]
            sets.append(ArticleSet(f"{folder.name}/{path.name}", specs))
        plain = [p for p in files if p not in bilingual]
        if len(plain) == 1 and not bilingual:
            raise InputError(folder, "article set has only one file; put single files in the corpus root")
        if plain:
            specs = [FileSpec(p, langs.get(p.name) or _reference_language(folder, refs.get(p.name), langs)
                              or language_from_name(p), p.name == source, p.name in refs) for p in plain]
            sets.append(ArticleSet(folder.name, specs))
    if not sets:
        raise InputError(root, "no article files found")
    return sets


def resolve_check_paths(path: Path, with_: list[Path], source: Path | None) -> tuple[list[Path], Path | None]:
    """FILE and the --with files, each once, and the source as one of them
    when it names the same file (by any path: relative, absolute, a link)."""
    paths = [path, *with_]
    roles = ["FILE"] + [f"--with {w}" for w in with_]
    seen: dict[Path, int] = {}
    for i, p in enumerate(paths):
        real = p.resolve()
        if real in seen:
            j = seen[real]
            raise InputError(None, f"{paths[j]} and {p} are the same file, given as {roles[j].split(' ')[0]} "
                                   f"and as {roles[i].split(' ')[0]}; give each file once")
        seen[real] = i
    if source is not None:
        real = source.resolve()
        if real in seen:
            source = paths[seen[real]]
        else:
            paths.append(source)
    return paths, source
