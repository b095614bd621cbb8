"""Termbases: distinctions between concepts that a translation must keep apart.

A distinction (client vs customer) lists its concepts in their usual order
and, per language, the terms for each concept; the first term of a concept is
the preferred rendering. Terms listed under `ambiguous` cover several concepts
(German "Kunde", Spanish "cliente"). The default termbase ships as TOML in
`audit/termbases/`; a user's may be TOML, and loaders for other formats
register in `LOADERS`.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .errors import InputError
from .model import Term

DEFAULT_DIR = Path(__file__).parent / "termbases"


@dataclass
class Distinction:
    id: str
    concepts: list[str]                                   # canonical order
    definitions: dict[str, str] = field(default_factory=dict)
    terms: dict[str, list[Term]] = field(default_factory=dict)   # lang -> terms
    notes: dict[str, str] = field(default_factory=dict)          # lang -> why these terms (debatable choices)

    def preferred(self, lang: str, concept: str) -> Term | None:
        candidates = [t for t in self.terms.get(lang, []) if t.concepts == {concept}]
        return next((t for t in candidates if t.preferred), candidates[0] if candidates else None)

    def other_concept(self, concept: str) -> str:
        """The first concept in canonical order that is not `concept`."""
        return next(c for c in self.concepts if c != concept)


@dataclass
class Termbase:
    distinctions: list[Distinction]
    source: str = "default"

    def languages(self) -> set[str]:
        return {lang for d in self.distinctions for lang in d.terms}

    def terms_for(self, lang: str) -> list[Term]:
        return [t for d in self.distinctions for t in d.terms.get(lang, [])]

    def distinction(self, id_: str) -> Distinction:
        return next(d for d in self.distinctions if d.id == id_)

    def find(self, id_: str) -> Distinction | None:
        return next((d for d in self.distinctions if d.id == id_), None)

    def merged(self, other: "Termbase") -> "Termbase":
        ids = {d.id for d in other.distinctions}
        kept = [d for d in self.distinctions if d.id not in ids]
        return Termbase(kept + other.distinctions, f"{self.source}+{other.source}")


def distinction_from_dict(data: dict, where: str) -> Distinction:
    """Build a distinction from the TOML/JSON shape, naming the entry on error."""
    did = data.get("id")
    if not did:
        raise InputError(where, "a distinction has no id")
    concepts = data.get("concepts")
    if not isinstance(concepts, list) or len(concepts) < 2:
        raise InputError(where, f"distinction {did!r}: needs a list of at least two concepts")
    dist = Distinction(did, list(concepts), dict(data.get("definitions", {})))
    for lang, entry in data.get("terms", {}).items():
        terms: list[Term] = []
        seen: set[str] = set()
        for concept in concepts:
            names = entry.get(concept, [])
            if isinstance(names, str):
                names = [names]
            for i, name in enumerate(names):
                terms.append(Term(did, lang, name, frozenset([concept]), preferred=(i == 0)))
                seen.add(name.casefold())
        for name in entry.get("ambiguous", []):
            if name.casefold() in seen:
                raise InputError(where, f"distinction {did!r}, {lang}: {name!r} is listed both under a concept and as ambiguous")
            terms.append(Term(did, lang, name, frozenset(concepts)))
        unknown = set(entry) - set(concepts) - {"ambiguous", "note"}
        if unknown:
            raise InputError(where, f"distinction {did!r}, {lang}: unknown concept(s) {sorted(unknown)}")
        if not terms:
            raise InputError(where, f"distinction {did!r}, {lang}: no terms")
        dist.terms[lang] = terms
        note = entry.get("note")
        if note is not None:
            if not isinstance(note, str):
                raise InputError(where, f"distinction {did!r}, {lang}: note must be a string")
            dist.notes[lang] = note
    return dist


def load_toml(path: Path) -> Termbase:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(path, f"not a valid TOML termbase: {e}") from None
    entries = data.get("distinction", [])
    if isinstance(entries, dict):
        entries = [entries]
    if not entries:
        raise InputError(path, "no [[distinction]] entries")
    return Termbase([distinction_from_dict(e, str(path)) for e in entries], path.name)


LOADERS: dict[str, Callable[[Path], Termbase]] = {".toml": load_toml}


def _register_loaders() -> None:
    # Loaders for other formats live in their own modules and add themselves to LOADERS.
    import importlib
    for mod in ("termbase_tbx", "termbase_csv"):
        importlib.import_module(f"{__package__}.{mod}")


def load_termbase(path: Path | str | None = None) -> Termbase:
    """The default termbase, or the one at `path` (by its suffix)."""
    _register_loaders()
    if path is None:
        tbs = [load_toml(p) for p in sorted(DEFAULT_DIR.glob("*.toml"))]
        return Termbase([d for tb in tbs for d in tb.distinctions], "default")
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such termbase file")
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise InputError(path, f"unknown termbase format {path.suffix!r} (known: {', '.join(sorted(LOADERS))})")
    return loader(path)
