"""Project mode: a localisation tree as it lies on disk, audited as one project.

An application keeps one resource file per language and per module, keyed by
id: `locales/de/common.json`, `res/values-de/strings.xml`, `de.lproj/
Localizable.strings`, `lang/de/messages.php`, `config/locales/de.yml`,
`messages_de.properties`. `detect` finds every such file, works out its
language from the path (a folder or the file name), groups the files that are
the same resource in different languages (the path with the language taken
out), and turns each group into one article set: the source language's file is
the source, every other language a target, paired with it by key
(`pair_by_key`, so the pipeline aligns units by id as it does for PO/XLIFF).
A default resource with no language in its path (`res/values/strings.xml`,
`messages.properties`) is the source language's. Bilingual files in the tree
(`translations/*.de.xlf`, `*.po` beside a `.pot`, Qt `.ts`) carry their own
source and are sets of their own. The reports of a project are one workbook;
its Summary has a row per file and a table per language.

`audit.toml` (or `set.toml`) at the project root can say what detection cannot:

    source = "en"                       # the source language (default: en)
    patterns = ["app/i18n/{lang}/*.json", "res/values-{lang}/strings.xml"]
    exclude = ["vendor/**"]

Languages the tool has no module for are left out (the termbase has no terms
for them either).
"""
from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import InputError
from ..model import Version

MANIFESTS = ("audit.toml", "set.toml")
# Resource formats: monolingual, keyed; their units pair by key across files.
KEYED_FORMATS = {"json", "yaml", "properties", "ini", "php", "android", "strings", "stringsdict", "resx"}
KEYED_SUFFIXES = {".json", ".arb", ".yml", ".yaml", ".properties", ".ini", ".php", ".xml", ".strings", ".stringsdict", ".resx"}
BILINGUAL_SUFFIXES = {".po", ".xlf", ".xliff", ".ts"}
SKIP_DIRS = {".git", "node_modules", "vendor", "build", "dist", ".venv", "venv", "__pycache__", "Pods", ".gradle", "target"}
MAX_FILES = 20000                # files looked at while walking a tree: bounded time on huge trees

_CODE = r"[a-z]{2,3}(?:[-_](?:[A-Z]{2}|[A-Z][a-z]{3}|\d{3}|r[A-Z]{2}))?"
# (regex on one path component, template with the language taken out)
_DIR_SLOTS = [
    (re.compile(rf"^values-({_CODE})$"), "values{lang}"),             # Android; "values" is the default
    (re.compile(rf"^({_CODE}|Base)\.lproj$"), "{lang}.lproj"),       # iOS
    (re.compile(rf"^({_CODE})$"), "{lang}"),                          # locales/de/, lang/de/
]
_NAME_SLOT = re.compile(rf"^(.*?)(^|[._-])({_CODE})(\.[\w.-]+)$")


def pair_by_key(versions: list[Version]) -> None:
    """Resource-file versions of one set pair by key: each is aligned by unit
    id with the others (Version.prealigned_with), as the sides of one
    bilingual file are. Labels that would collide (common.json in every
    language folder) become paths relative to the files' common folder."""
    keyed = [v for v in versions if v.fmt in KEYED_FORMATS]
    if len(keyed) < 2:
        return
    names = [v.label for v in keyed]
    if len(set(names)) < len(names):
        root = Path(os.path.commonpath([str(v.path.resolve().parent) for v in keyed]))
        for v in keyed:
            v.label = v.path.resolve().relative_to(root).as_posix()
    labels = [v.label for v in keyed]
    for v in keyed:
        v.prealigned_with = tuple(dict.fromkeys([*v.prealigned_with, *(l for l in labels if l != v.label)]))


# --- finding the files of a project ------------------------------------------

@dataclass
class Resource:
    path: Path
    lang: str | None            # None: the default resource (source language)
    group: str                  # the path with the language taken out


def _known(code: str) -> str | None:
    from ..text.languages import known_languages
    from .readers.bilingual import lang_code
    base = lang_code(code.replace("-r", "-"))
    return base if base in known_languages() else None


def classify(rel: PurePosixPath) -> tuple[str | None, str] | None:
    """(language, group) for a file of a localisation tree, from its path
    relative to the project root; (None, group) for a default resource
    (Android values/, iOS Base.lproj/); None when the path names no language.
    The group is the path with every mention of the language replaced by
    {lang} (Joomla writes it twice: language/de-DE/de-DE.com_users.ini)."""
    parts = list(rel.parts)
    code = None
    m = _NAME_SLOT.match(parts[-1])
    if m and _known(m.group(3)):
        code = m.group(3)
    if code is None:
        for part in reversed(parts[:-1]):
            for pat, _ in _DIR_SLOTS:
                d = pat.match(part)
                if d and (d.group(1) == "Base" or _known(d.group(1))):
                    code = d.group(1)
                    break
            if code:
                break
    if code is None:
        if parts[-1] == "strings.xml" and len(parts) >= 2 and parts[-2] == "values":
            return None, "/".join([*parts[:-2], "values-{lang}", "strings.xml"])
        return None
    out = []
    for part in parts[:-1]:
        for pat, slot in _DIR_SLOTS:
            d = pat.match(part)
            if d and d.group(1) == code:
                part = slot.format(lang="-{lang}" if slot.startswith("values") else "{lang}")
                break
        out.append(part)
    name = parts[-1]
    if m and m.group(3) == code:
        name = f"{m.group(1)}{m.group(2)}{{lang}}{m.group(4)}"
    return (None if code == "Base" else code), "/".join([*out, name])


def _default_groups(rel: PurePosixPath) -> list[str]:
    """Groups a resource with no language in its name may be the default of:
    messages.properties beside messages_de.properties, main.json beside
    main-ru.json."""
    name = rel.name
    stem, dot, ext = name.partition(".")
    return ["/".join([*rel.parts[:-1], f"{stem}{sep}{{lang}}{dot}{ext}"]) for sep in ("_", "-", ".")]


def _walk(root: Path, exclude: list[str], limit: int = MAX_FILES) -> list[Path]:
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        for f in sorted(filenames):
            p = Path(dirpath) / f
            rel = p.relative_to(root).as_posix()
            if f.startswith(".") or any(fnmatch.fnmatch(rel, x) for x in exclude):
                continue
            out.append(p)
            if len(out) > limit:
                raise InputError(root, f"more than {limit} files: name the localisation folders "
                                       "with `patterns` (and `exclude`) in audit.toml")
    return out


def manifest(root: Path) -> dict:
    for name in MANIFESTS:
        path = root / name
        if path.is_file():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
                raise InputError(path, f"not a valid manifest: {e}") from None
            for key in ("patterns", "exclude"):
                if key in data and not (isinstance(data[key], list) and all(isinstance(x, str) for x in data[key])):
                    raise InputError(path, f"{key} must be a list of strings")
            if "source" in data and not isinstance(data["source"], str):
                raise InputError(path, "source must be a language code or a file name")
            return data
    return {}


def _is_qt(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return b"<TS" in f.read(4096)
    except OSError:
        return False


def _from_patterns(root: Path, files: list[Path], patterns: list[str]) -> list[Resource]:
    out = []
    for pat in patterns:
        rx = re.compile("^" + re.escape(pat).replace(r"\{lang\}", f"(?P<lang>{_CODE})")
                        .replace(r"\*\*/", "(?:.*/)?").replace(r"\*", "[^/]*") + "$")
        for p in files:
            rel = p.relative_to(root).as_posix()
            m = rx.match(rel)
            if m:
                code = m.group("lang")
                out.append(Resource(p, code, rel[:m.start("lang")] + "{lang}" + rel[m.end("lang"):]))
    return out


def find_resources(root: Path) -> tuple[list[Resource], list[Path], dict]:
    """Keyed resources (grouped by language slot) and bilingual files of a tree."""
    conf = manifest(root)
    # with patterns the user has said where to look: a larger tree is fine
    files = _walk(root, conf.get("exclude", []), MAX_FILES * (25 if conf.get("patterns") else 1))
    bilingual = [p for p in files if p.suffix.lower() in BILINGUAL_SUFFIXES
                 and (p.suffix.lower() != ".ts" or _is_qt(p))]
    if conf.get("patterns"):
        return _from_patterns(root, files, conf["patterns"]), bilingual, conf
    found: list[Resource] = []
    defaults: list[tuple[Path, str]] = []
    for p in files:
        if p.suffix.lower() not in KEYED_SUFFIXES:
            continue
        rel = PurePosixPath(p.relative_to(root).as_posix())
        if p.suffix.lower() == ".xml" and rel.name != "strings.xml" and "values" not in rel.parent.name:
            continue
        c = classify(rel)
        if c is not None:
            found.append(Resource(p, c[0], c[1]))
        else:
            defaults.append((p, _default_groups(rel)))
    groups = {r.group for r in found}
    for p, candidates in defaults:
        g = next((g for g in candidates if g in groups), None)
        if g is not None:
            found.append(Resource(p, None, g))
    return found, bilingual, conf


def is_project(folder: Path) -> bool:
    """A localisation tree: a manifest naming patterns, a resource present in
    two languages, or bilingual files in sub-folders."""
    if any((folder / m).is_file() for m in MANIFESTS) and manifest(folder).get("patterns"):
        return True
    try:
        found, bilingual, _ = find_resources(folder)
    except InputError:
        return False
    langs: dict[str, set] = {}
    for r in found:
        langs.setdefault(r.group, set()).add(r.lang)
    # PO/XLIFF/Qt files below the top level (locale/de/LC_MESSAGES/app.po,
    # translations/messages.de.xlf): the corpus layout would not look there
    return any(len(ls) >= 2 for ls in langs.values()) or any(_in_locale_folder(p.relative_to(folder)) for p in bilingual)


LOCALE_FOLDERS = {"locale", "locales", "lc_messages", "translations", "i18n", "l10n", "po", "lang", "languages"}


def _in_locale_folder(rel: PurePosixPath) -> bool:
    """locale/de/LC_MESSAGES/app.po or translations/de/app.xlf, not a corpus's
    article-set folder (app/vi.po), which the corpus layout reads itself."""
    folders = rel.parts[:-1]
    return any(f.lower() in LOCALE_FOLDERS or _known(f) for f in folders)


def is_project_root(root: Path) -> bool:
    """A tree given to `audit run` is a project unless it is laid out as a
    corpus: a sub-folder holding an article set of plain-text files named by
    language (client-vs-customer/vi.txt, ka.txt). An app's docs/*.md are not one."""
    from .sets import language_from_name
    for sub in root.iterdir():
        if sub.is_dir() and not sub.name.startswith("."):
            texts = [p for p in sub.iterdir() if p.suffix.lower() in (".txt", ".md") and language_from_name(p)]
            if len(texts) >= 2:
                return False
    return is_project(root)


def project_sets(root: Path, prefix: str = ""):
    """The article sets of a localisation tree (see the module docstring)."""
    from .sets import ArticleSet, FileSpec, language_from_name
    from .readers.resource import lang_from_path
    found, bilingual, conf = find_resources(root)
    source = conf.get("source", "en")
    if (root / source).is_file():       # a file named as the source: its language
        source = lang_from_path(root / source) or source
    src_lang = _known(source)
    if src_lang is None:
        raise InputError(root / "audit.toml", f"source {source!r} is not a language the tool knows")
    groups: dict[str, list[Resource]] = {}
    for r in found:
        groups.setdefault(r.group, []).append(r)
    sets = []
    for group, members in sorted(groups.items()):
        has_default = any(r.lang is None for r in members)
        specs = []
        for r in members:
            lang = _known(r.lang) if r.lang else src_lang
            if lang is None:
                continue
            is_src = (r.lang is None) or (not has_default and lang == src_lang)
            specs.append(FileSpec(r.path, lang, is_src))
        if len(specs) >= 2 and any(s.is_source for s in specs):
            sets.append(ArticleSet(prefix + group, specs))
        elif len(specs) >= 2:
            raise InputError(root / group.replace("{lang}", src_lang),
                             f"no {src_lang} (source) file for this resource; "
                             "name the source language in audit.toml: source = \"xx\"")
    for p in bilingual:
        rel = p.relative_to(root).as_posix()
        lang = (lang_from_path(p) if p.suffix.lower() == ".ts" else None) or language_from_name(p)
        sets.append(ArticleSet(prefix + rel, [FileSpec(p, lang)]))
    if not sets:
        raise InputError(root, "no localisation files found (resource files named by language, "
                               "or give patterns in audit.toml)")
    return sets
