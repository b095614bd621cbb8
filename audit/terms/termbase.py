"""Termbases: distinctions between concepts that a translation must keep apart.

A distinction (client vs customer) lists its concepts in their usual order
and, per language, the terms for each concept; the first term of a concept is
the preferred rendering. Terms listed under `ambiguous` cover several concepts
(German "Kunde", Spanish "cliente"). The default termbase ships as TOML in
`audit/terms/termbases/`; a user's may be TOML, and loaders for other formats
register in `LOADERS`.

Terms may carry the domains they belong to (a lawyer's word for "client" is
no word for an agency's client); a term without domains serves every domain.
A distinction may also hold senses: a concept of its own that a source term
of one concept takes in some contexts (English "client" in "API client" is
software, not a person), recognised from cue words around it, with each
language's word for it.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import InputError
from ..model import Term
from .glossary import Entry, entries_from_toml

DEFAULT_DIR = Path(__file__).parent / "termbases"


@dataclass
class Sense:
    """A sense of one concept's source terms that is a concept of its own
    (software-client: the program, not the person)."""
    id: str
    of: str                                               # the concept whose terms can take this sense
    definition: str = ""
    domains: frozenset[str] = frozenset()
    cues: dict[str, list[str]] = field(default_factory=dict)     # lang -> cue patterns (see audit.terms.senses)
    terms: dict[str, list[Term]] = field(default_factory=dict)   # lang -> words for it, preferred first
    notes: dict[str, str] = field(default_factory=dict)
    # technical words that translations keep as they are and that, joined to
    # the term, name this sense in any language (E-Mail-Client, klien email)
    marks: frozenset[str] = frozenset()
    # cues that name this sense only with a partner word near them ("Client ID"
    # is OAuth's only beside a secret, a redirect URI, a token...), and the partners
    weak_cues: dict[str, list[str]] = field(default_factory=dict)
    partners: dict[str, list[str]] = field(default_factory=dict)
    # cues that the term keeps its concept (`of`), not this sense: "new client",
    # "client portal", "the client's invoices" (a vote for how a file uses it)
    concept_cues: dict[str, list[str]] = field(default_factory=dict)

    def accepts(self, lang: str, term: Term, text_from_here: str = "") -> bool:
        """Whether `term`, as it stands at the start of `text_from_here`, is a
        word for this sense in `lang`: its lemma is one, or the text there
        begins with one (nl "clients", zh 客户 in 客户机)."""
        words = [t.text.casefold() for t in self.terms.get(lang, [])]
        here = text_from_here.casefold()
        return term.text.casefold() in words or any(w and here.startswith(w) for w in words)


@dataclass
class Distinction:
    id: str
    concepts: list[str]                                   # canonical order
    definitions: dict[str, str] = field(default_factory=dict)
    terms: dict[str, list[Term]] = field(default_factory=dict)   # lang -> terms
    notes: dict[str, str] = field(default_factory=dict)          # lang -> why these terms (debatable choices)
    senses: list[Sense] = field(default_factory=list)
    # lang -> concept -> phrases to offer where no single word fits the domain (not matched in texts)
    alternatives: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # a user's termbase may require its terms: every deviation is a term-compliance finding
    enforce: bool = False
    # lang -> words that are occurrences of a concept but are never offered:
    # its alternatives that are words of their own (th ผู้รับบริการ) and
    # established short forms (vi "khách" for khách hàng, as in "ID khách")
    occurrence_only: dict[str, list[Term]] = field(default_factory=dict)
    # lang -> longer words that contain one of those and are something else
    # (vi khách sạn, a hotel; máy khách, the program)
    not_terms: dict[str, list[str]] = field(default_factory=dict)

    def sense(self, id_: str) -> Sense | None:
        return next((s for s in self.senses if s.id == id_), None)

    def candidates(self, lang: str, concept: str) -> list[Term]:
        sense = self.sense(concept)
        if sense is not None:
            return list(sense.terms.get(lang, []))
        return [t for t in self.terms.get(lang, []) if t.concepts == {concept}]

    def preferred(self, lang: str, concept: str, domains: list[str] | None = None) -> Term | None:
        """The term to suggest for `concept`; with `domains` (the text's domain,
        then its fallback), only a term that belongs to one of them, those
        marked for the domain before those that serve every domain."""
        candidates = self.candidates(lang, concept)
        if domains is None:
            return next((t for t in candidates if t.preferred), candidates[0] if candidates else None)
        for d in domains:
            marked = [t for t in candidates if d in t.domains]
            if marked:
                return marked[0]
        return next((t for t in candidates if not t.domains), None)

    def other_concept(self, concept: str) -> str:
        """The first concept in canonical order that is not `concept`."""
        return next(c for c in self.concepts if c != concept)


@dataclass
class Termbase:
    distinctions: list[Distinction]
    source: str = "default"
    # glossary entries: one concept each, approved and forbidden terms (glossary.py)
    glossary: list[Entry] = field(default_factory=list)
    # what a run decided that every worker needs beside the terms: the
    # project's locale variants ({"pt": "pt-BR"}) and the optional checks
    # chosen with --checks (translate-toolkit's pofilter tests)
    locales: dict[str, str] = field(default_factory=dict)
    checks: frozenset[str] = frozenset()

    def languages(self) -> set[str]:
        return {lang for d in self.distinctions for lang in d.terms}

    def terms_for(self, lang: str) -> list[Term]:
        return [t for d in self.distinctions for t in d.terms.get(lang, [])]

    def occurrence_only_for(self, lang: str) -> list[Term]:
        """Words matched as occurrences of their concept but never offered."""
        return [t for d in self.distinctions for t in d.occurrence_only.get(lang, [])]

    def blockers_for(self, lang: str) -> list[Term]:
        """Longer words inside which an occurrence-only word is not one: the
        senses' words and the termbase's `not_terms` (as Terms of no concept)."""
        out = [t for d in self.distinctions if d.occurrence_only.get(lang) for s in d.senses for t in s.terms.get(lang, [])]
        out += [Term(d.id, lang, w, frozenset()) for d in self.distinctions for w in d.not_terms.get(lang, [])]
        return out

    def distinction(self, id_: str) -> Distinction:
        return next(d for d in self.distinctions if d.id == id_)

    def find(self, id_: str) -> Distinction | None:
        return next((d for d in self.distinctions if d.id == id_), None)

    def merged(self, other: "Termbase") -> "Termbase":
        ids = {d.id for d in other.distinctions}
        kept = [d for d in self.distinctions if d.id not in ids]
        return Termbase(kept + other.distinctions, f"{self.source}+{other.source}", self.glossary + other.glossary,
                        {**self.locales, **other.locales}, self.checks | other.checks)


def distinction_from_dict(data: dict, where: str) -> Distinction:
    """Build a distinction from the TOML/JSON shape, naming the entry on error."""
    did = data.get("id")
    if not did:
        raise InputError(where, "a distinction has no id")
    concepts = data.get("concepts")
    if not isinstance(concepts, list) or len(concepts) < 2:
        raise InputError(where, f"distinction {did!r}: needs a list of at least two concepts")
    dist = Distinction(did, list(concepts), dict(data.get("definitions", {})))
    enforce = data.get("enforce", False)
    if not isinstance(enforce, bool):
        raise InputError(where, f"distinction {did!r}: enforce must be true or false")
    dist.enforce = enforce
    for lang, entry in data.get("terms", {}).items():
        terms: list[Term] = []
        seen: set[str] = set()
        domains = _string_lists(entry.get("domains", {}), where, f"distinction {did!r}, {lang}: domains")
        for concept in concepts:
            names = entry.get(concept, [])
            if isinstance(names, str):
                names = [names]
            for i, name in enumerate(names):
                terms.append(Term(did, lang, name, frozenset([concept]), preferred=(i == 0),
                                  domains=frozenset(domains.get(name, []))))
                seen.add(name.casefold())
        for name in entry.get("ambiguous", []):
            if name.casefold() in seen:
                raise InputError(where, f"distinction {did!r}, {lang}: {name!r} is listed both under a concept and as ambiguous")
            terms.append(Term(did, lang, name, frozenset(concepts), domains=frozenset(domains.get(name, []))))
        stray = set(domains) - {t.text for t in terms}
        if stray:
            raise InputError(where, f"distinction {did!r}, {lang}: domains given for unlisted term(s) {sorted(stray)}")
        alternatives = _string_lists(entry.get("alternatives", {}), where, f"distinction {did!r}, {lang}: alternatives")
        if set(alternatives) - set(concepts):
            raise InputError(where, f"distinction {did!r}, {lang}: alternatives for unknown concept(s) "
                                    f"{sorted(set(alternatives) - set(concepts))}")
        if alternatives:
            dist.alternatives[lang] = alternatives
        short = _string_lists(entry.get("short", {}), where, f"distinction {did!r}, {lang}: short")
        if set(short) - set(concepts):
            raise InputError(where, f"distinction {did!r}, {lang}: short forms for unknown concept(s) "
                                    f"{sorted(set(short) - set(concepts))}")
        if "not_terms" in entry:
            dist.not_terms[lang] = _string_lists({"n": entry["not_terms"]}, where, f"distinction {did!r}, {lang}: not_terms")["n"]
        unknown = set(entry) - set(concepts) - {"ambiguous", "note", "domains", "alternatives", "short", "not_terms"}
        if unknown:
            raise InputError(where, f"distinction {did!r}, {lang}: unknown concept(s) {sorted(unknown)}")
        if not terms:
            raise InputError(where, f"distinction {did!r}, {lang}: no terms")
        dist.terms[lang] = terms
        # alternatives that hold no term of the distinction (ผู้รับบริการ, not ลูกค้าประจำ) and short
        # forms are words of their concept: occurrences, though never offered as replacements
        words = [t.text.casefold() for t in terms]
        only = [(c, w) for c, ws in alternatives.items() for w in ws if not any(x in w.casefold() for x in words)]
        only += [(c, w) for c, ws in short.items() for w in ws]
        if only:
            dist.occurrence_only[lang] = [Term(did, lang, w, frozenset([c])) for c, w in only]
        note = entry.get("note")
        if note is not None:
            if not isinstance(note, str):
                raise InputError(where, f"distinction {did!r}, {lang}: note must be a string")
            dist.notes[lang] = note
    senses = data.get("senses", [])
    if isinstance(senses, dict):
        senses = [senses]
    for sd in senses:
        dist.senses.append(_sense_from_dict(sd, did, concepts, where))
    return dist


def _string_lists(data, where: str, what: str) -> dict[str, list[str]]:
    """{key: [strings]} from a TOML table whose values are a string or a list of strings."""
    if not isinstance(data, dict):
        raise InputError(where, f"{what} must be a table")
    out = {}
    for key, value in data.items():
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(where, f"{what}: {key!r} must be a string or a list of strings")
        out[key] = list(value)
    return out


def _cue_lists(data: dict, key: str, where: str, what: str, label: str) -> dict[str, list[str]]:
    """The table `key` of cue patterns per language, each pattern checked."""
    from .senses import check_cue
    lists = _string_lists(data.get(key, {}), where, f"{what}: {key}")
    for lang, patterns in lists.items():
        for p in patterns:
            try:
                check_cue(p)
            except ValueError as e:
                raise InputError(where, f"{what}, {label} {p!r} ({lang}): {e}") from None
    return lists


def _sense_from_dict(data, did: str, concepts: list[str], where: str) -> Sense:
    if not isinstance(data, dict):
        raise InputError(where, f"distinction {did!r}: a sense must be a table")
    sid, of = data.get("id"), data.get("of")
    if not sid or not isinstance(sid, str):
        raise InputError(where, f"distinction {did!r}: a sense has no id")
    if of not in concepts:
        raise InputError(where, f"distinction {did!r}, sense {sid!r}: 'of' must name one of the concepts {concepts}")
    if sid in concepts:
        raise InputError(where, f"distinction {did!r}, sense {sid!r}: a sense needs an id of its own, not a concept's")
    what = f"distinction {did!r}, sense {sid!r}"
    domains = frozenset(_string_lists({"d": data.get("domains", [])}, where, what)["d"])
    cues = _cue_lists(data, "cues", where, what, "cue")
    if not cues:
        raise InputError(where, f"{what}: no cues (a sense is recognised only from its context)")
    more = {key: _cue_lists(data, key, where, what, key) for key in ("weak_cues", "concept_cues")}
    partners = {lang: [w.casefold() for w in ws]
                for lang, ws in _string_lists(data.get("partners", {}), where, f"{what}: partners").items()}
    names = _string_lists(data.get("terms", {}), where, f"{what}: terms")
    terms = {lang: [Term(did, lang, n, frozenset([sid]), preferred=(i == 0), domains=domains)
                    for i, n in enumerate(ns)] for lang, ns in names.items()}
    notes = data.get("notes", {})
    if not isinstance(notes, dict) or not all(isinstance(v, str) for v in notes.values()):
        raise InputError(where, f"{what}: notes must be a table of strings")
    marks = frozenset(m.casefold() for m in _string_lists({"m": data.get("marks", [])}, where, f"{what}: marks")["m"])
    return Sense(sid, of, str(data.get("definition", "")), domains, cues, terms, dict(notes), marks,
                 more["weak_cues"], partners, more["concept_cues"])


def load_toml(path: Path) -> Termbase:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(path, f"not a valid TOML termbase: {e}") from None
    entries = data.get("distinction", [])
    if isinstance(entries, dict):
        entries = [entries]
    glossary = entries_from_toml(data, str(path))
    if not entries and not glossary:
        raise InputError(path, "no [[distinction]] or [[entry]] entries")
    return Termbase([distinction_from_dict(e, str(path)) for e in entries], path.name, glossary)


LOADERS: dict[str, Callable[[Path], Termbase]] = {".toml": load_toml}


def _register_loaders() -> None:
    # Loaders for other formats live in their own modules and add themselves to LOADERS.
    import importlib
    for mod in ("termbase_tbx", "termbase_csv"):
        importlib.import_module(f"{__package__}.{mod}")


def load_termbase(path: Path | str | None = None) -> Termbase:
    """The default termbase, or the one at `path` (by its suffix)."""
    if path is None:        # TOML: the other formats' loaders (defusedxml for TBX) are not needed
        tbs = [load_toml(p) for p in sorted(DEFAULT_DIR.glob("*.toml"))]
        return Termbase([d for tb in tbs for d in tb.distinctions], "default")
    _register_loaders()
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such termbase file")
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise InputError(path, f"unknown termbase format {path.suffix!r} (known: {', '.join(sorted(LOADERS))})")
    return loader(path)
