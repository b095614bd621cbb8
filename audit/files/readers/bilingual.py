"""What every bilingual reader (PO, XLIFF, TMX, tables) shares: placeholder
protection, unit-id disambiguation, and turning units into one source Version
plus one target Version per language, aligned by unit id."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...model import Segment, Version

# Placeholders a translator must keep intact. printf without the space flag, so
# "50% off" and "% of tickets" stay text; HTML-ish tags inside strings.
PLACEHOLDER = re.compile(
    r"%%"
    r"|%(?:\d+\$|\([\w.-]+\))?[-+#0]*(?:\d+|\*)?(?:\.\d+)?(?:hh|ll|[hlLqjzt])?[diouxXeEfFgGcrsaAp@]"
    r"|\{\{.*?\}\}|\{%.*?%\}"                      # Jinja / Handlebars
    r"|[$%]?\{[\w.:!\[\]#-]*\}"                    # {0} {name} {name!r} ${var} %{var}
    r"|</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>"        # <b>, </a>, <br/>
    r"|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);",       # HTML entities left in the text
    re.S)


# every placeholder starts with one of these: text without them has none (most units)
_PLACEHOLDER_START = re.compile(r"[%{$<&]")


def protect(text: str, spans: list[tuple[int, int]] | tuple = ()) -> tuple[tuple[int, int], ...]:
    """Sorted, merged spans: the given ones (inline tags) plus placeholders."""
    if not spans and not _PLACEHOLDER_START.search(text):
        return ()
    allspans = sorted([*spans, *((m.start(), m.end()) for m in PLACEHOLDER.finditer(text))])
    merged: list[list[int]] = []
    for s, e in allspans:
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return tuple((s, e) for s, e in merged)


class UniqueIds:
    """Duplicate unit ids (invalid, but seen in real files) get '~2', '~3' in
    file order, so every unit stays addressable. Readers and writers number
    units the same way, so a fix finds the same unit it was made for."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, uid: str) -> str:
        n = self.seen.get(uid, 0) + 1
        self.seen[uid] = n
        return uid if n == 1 else f"{uid}~{n}"


@lru_cache(maxsize=1024)       # a handful of tags, asked once per unit
def lang_code(tag: str | None) -> str | None:
    """'vi_VN' -> 'vi': language modules are keyed by the base code."""
    if not tag or not tag.strip():
        return None
    return tag.strip().replace("_", "-").split("-")[0].lower()


@dataclass
class Unit:
    id: str
    source: Segment | None
    targets: dict[str, Segment] = field(default_factory=dict)   # lang -> target segment


def build_versions(path: Path, fmt: str, sha: str, src_lang: str, units: list[Unit],
                   target_langs: list[str] | None = None) -> list[Version]:
    """Source version (units with at least one target; all units when no target
    language exists, as in a .pot) and one target version per language."""
    langs = target_langs if target_langs is not None else sorted({l for u in units for l in u.targets})
    name = path.name
    src_label = f"{name} (source)"
    tgt_labels = {l: f"{name} (target)" if len(langs) == 1 else f"{name} ({l})" for l in langs}
    if langs:
        src_segs = [u.source for u in units if u.source is not None and u.targets]
    else:
        src_segs = [u.source for u in units if u.source is not None]
    all_labels = [src_label, *tgt_labels.values()]
    untranslated = tuple(u.source.text for u in units if u.source is not None and not u.targets) if langs else ()
    versions = [Version(path, src_lang, src_segs, is_source=True, fmt=fmt, sha256=sha,
                        prealigned_with=tuple(l for l in all_labels if l != src_label) if langs else (),
                        label=src_label, untranslated=untranslated)]
    for l in langs:
        segs = [u.targets[l] for u in units if l in u.targets]
        versions.append(Version(path, l, segs, fmt=fmt, sha256=sha,
                                prealigned_with=tuple(x for x in all_labels if x != tgt_labels[l]),
                                label=tgt_labels[l]))
    return versions
