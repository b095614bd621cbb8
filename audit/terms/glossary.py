"""Glossary entries: one concept, its approved and forbidden terms per language.

A distinction (termbase.py) says which concepts a translation must keep apart;
a glossary entry says how one concept is to be rendered: where a unit's source
names it (any inflected form), the target must use one of its approved terms
(`term-missing` otherwise), and never one of its forbidden or deprecated terms
(`term-forbidden`). A do-not-translate entry (a brand, a command name) must
appear in the target as the source writes it.

Terms keep their locale ("pt-BR", "zh-Hant"): where the glossary has terms for
a text's locale those are used, else the base language's ("pt"), so variants
stay apart where the glossary tells them apart and share terms where it does
not.

TOML shape (the other formats' loaders build the same entries):

    enforce = true                   # optional default for every entry
    [[entry]]
    id = "file"
    terms = { en = "file", fi = "tiedosto", ru = ["файл"], "pt-BR" = "arquivo", "pt-PT" = "ficheiro" }
    forbidden = { ru = "фаил" }      # or `deprecated`
    enforce = true                   # a deviation is major (default: minor)
    [[entry]]
    id = "deluge"
    dnt = true                       # do not translate
    terms = { en = "Deluge" }
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from ..text.languages import base_code

APPROVED = ("preferred", "admitted")
FORBIDDEN = ("forbidden", "deprecated", "superseded")
# the usual country codes of the two written Chinese standards
_SCRIPT_OF = {"zh-cn": "zh-hans", "zh-sg": "zh-hans", "zh-tw": "zh-hant", "zh-hk": "zh-hant", "zh-mo": "zh-hant"}


def locale_key(code: str) -> str:
    """'pt_BR' -> 'pt-br', 'zh_CN' -> 'zh-hans', 'zh-Hant-TW' -> 'zh-hant': the key
    glossary terms are filed under (case-insensitive, BCP 47 separators)."""
    key = code.replace("_", "-").strip().casefold()
    if key.startswith("zh-"):
        parts = key.split("-")
        if len(parts) > 2 and parts[1] in ("hans", "hant"):
            return f"zh-{parts[1]}"
        return _SCRIPT_OF.get(key, key)
    return key


@dataclass(frozen=True)
class GlossaryTerm:
    text: str
    locale: str                  # locale_key: "fi", "pt-br", "zh-hans"
    status: str = "preferred"    # one of APPROVED or FORBIDDEN

    @property
    def approved(self) -> bool:
        return self.status in APPROVED


@dataclass
class Entry:
    id: str
    terms: list[GlossaryTerm] = field(default_factory=list)
    dnt: bool = False            # do not translate: the target keeps the source's term
    enforce: bool = False        # a deviation is major, not minor
    definition: str = ""
    pos: str = ""                # the source term's part of speech, where the termbase says (TBX partOfSpeech, TOML pos)
    # from a distinction's concept: only its forbidden terms are checked here
    # (whether the right concept's word is used is the distinction checks' job)
    forbidden_only: bool = False

    def _for(self, locale: str) -> list[GlossaryTerm]:
        """The terms filed under `locale`, else under its base language; with a
        bare base language asked for, the variants' terms are all used."""
        key = locale_key(locale)
        exact = [t for t in self.terms if t.locale == key]
        if exact:
            return exact
        base = [t for t in self.terms if t.locale == base_code(key)]
        if base or "-" in key:
            return base
        return [t for t in self.terms if base_code(t.locale) == key]

    def approved(self, locale: str) -> list[GlossaryTerm]:
        return sorted((t for t in self._for(locale) if t.approved), key=lambda t: t.status != "preferred")

    def forbidden(self, locale: str) -> list[GlossaryTerm]:
        return [t for t in self._for(locale) if not t.approved]

    def locales(self) -> list[str]:
        return list(dict.fromkeys(t.locale for t in self.terms))


def parse_bool(value, where: str, what: str) -> bool:
    """true/false from TOML, or yes/no/1/0/true/false text from CSV and TBX cells."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("1", "yes", "true", "y"):
        return True
    if text in ("", "0", "no", "false", "n"):
        return False
    raise InputError(where, f"{what} must be true or false (yes/no), not {value!r}")


def _toml_bool(value, where: str, what: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(where, f"{what} must be true or false")
    return value


def entries_from_toml(data: dict, where: str) -> list[Entry]:
    """`[[entry]]` tables of a TOML termbase, validated."""
    raw = data.get("entry", [])
    if isinstance(raw, dict):
        raw = [raw]
    default_enforce = _toml_bool(data.get("enforce", False), where, "enforce")
    out: list[Entry] = []
    seen: set[str] = set()
    for i, e in enumerate(raw, 1):
        if not isinstance(e, dict):
            raise InputError(where, f"entry #{i}: must be a table")
        eid = str(e.get("id") or f"entry-{i}")
        if eid in seen:
            raise InputError(where, f"entry {eid!r}: duplicate id")
        seen.add(eid)
        unknown = set(e) - {"id", "terms", "forbidden", "deprecated", "admitted", "dnt", "enforce", "definition", "note",
                            "pos"}
        if unknown:
            raise InputError(where, f"entry {eid!r}: unknown key(s) {sorted(unknown)}")
        entry = Entry(eid, dnt=_toml_bool(e.get("dnt", False), where, f"entry {eid!r}: dnt"),
                      enforce=_toml_bool(e.get("enforce", default_enforce), where, f"entry {eid!r}: enforce"),
                      definition=str(e.get("definition", "")), pos=str(e.get("pos", "")))
        for key, status in (("terms", None), ("admitted", "admitted"), ("forbidden", "forbidden"),
                            ("deprecated", "deprecated")):
            table = e.get(key, {})
            if not isinstance(table, dict):
                raise InputError(where, f"entry {eid!r}: {key} must be a table of language = term(s)")
            for lang, names in table.items():
                names = [names] if isinstance(names, str) else names
                if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
                    raise InputError(where, f"entry {eid!r}: {key}.{lang} must be a term or a list of terms")
                for k, name in enumerate(names):
                    st = status or ("preferred" if k == 0 else "admitted")
                    entry.terms.append(GlossaryTerm(name.strip(), locale_key(lang), st))
        validate_entry(entry, where)
        out.append(entry)
    return out


def validate_entry(entry: Entry, where: str) -> None:
    """What makes an entry unusable: no terms, only forbidden ones, a term both
    approved and forbidden in one locale."""
    if not entry.terms:
        raise InputError(where, f"entry {entry.id!r}: no terms")
    if not any(t.approved for t in entry.terms):
        raise InputError(where, f"entry {entry.id!r}: only forbidden terms; give the approved one too")
    by_locale: dict[tuple[str, str], str] = {}
    for t in entry.terms:
        key = (t.locale, t.text.casefold())
        was = by_locale.setdefault(key, t.status)
        if (was in APPROVED) != (t.status in APPROVED):
            raise InputError(where, f"entry {entry.id!r}, {t.locale}: {t.text!r} is both approved and {was if was in FORBIDDEN else t.status}")
