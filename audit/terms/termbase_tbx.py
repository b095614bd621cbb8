"""TBX termbases (ISO 30042): TBX-Basic / TBX 2008 (<martif>, termEntry,
langSet, tig/ntig) and TBX v3 (<tbx>, conceptEntry, langSec, termSec).

TBX has no notion of "two concepts a translation must keep apart", so this
loader uses a convention. A concept entry belongs to a distinction when
  * it carries <descrip type="distinction">ID</descrip> (entries with the
    same ID form that distinction), or
  * it is linked to another entry by a cross reference
    (<ref type="crossReference" target="ID"/>, TBX v2 <xref>/<ref> or
    <descrip type="relatedConcept" target="ID">); linked entries form one
    distinction, named by their entry ids joined with "-".
Entries in no distinction are glossary entries (glossary.py): where a unit's
source names the concept, its target must use an approved term.

The concept's name is the entry's id. A term's order follows
<termNote type="administrativeStatus"> (or "normativeAuthorization"):
preferredTerm first, then admitted and unmarked terms. Deprecated, superseded
and forbidden terms (Weblate writes "forbidden" and "obsolete") are not terms
of the concept: they are kept as its forbidden terms, flagged wherever a
target uses them (term-forbidden). The same term under two concepts of one
distinction, in one language, is an ambiguous term (German "Kunde" under both
client and customer). <termNote type="translationNote">no</termNote> (as
Weblate writes it) marks a term not to translate. <descrip type="enforce">yes</descrip>
(or <admin type="enforce">) on an entry makes its distinction enforced, or
the glossary entry's deviations major.

A term's domains (issue 8) are its <descrip type="subjectField"> (at term
level, else at concept level): legal, business, retail... A term without
one serves every domain.

Parsing goes through defusedxml: no entity expansion and no network access.
"""
from __future__ import annotations

from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from ..errors import InputError
from ..text.languages import base_code
from .glossary import Entry, GlossaryTerm, locale_key, parse_bool, validate_entry
from .termbase import LOADERS, Termbase, distinction_from_dict

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS_RANK = {"preferredterm-admn-sts": 0, "admittedterm-admn-sts": 1, "": 1,
                # normativeAuthorization's picklist, and bare words as some tools write them
                "preferredterm": 0, "admittedterm": 1, "standardizedterm": 0, "legalterm": 0, "regulatedterm": 0,
                "preferred": 0, "admitted": 1}
_FORBIDDEN = {"deprecatedterm-admn-sts": "deprecated", "supersededterm-admn-sts": "superseded",
              "deprecatedterm": "deprecated", "supersededterm": "superseded", "deprecated": "deprecated",
              "forbidden": "forbidden", "obsolete": "deprecated", "notrecommended": "deprecated"}
_STATUS_TYPES = ("administrativestatus", "normativeauthorization")
_LINK_TYPES = {"crossreference", "relatedconcept", "broaderconceptgeneric", "relatedconceptbroader"}


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el, *names):
    return [c for c in el if _local(c.tag) in names]


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _target(el) -> str:
    t = el.get("target") or el.get("{http://www.w3.org/1999/xlink}href") or ""
    return t.lstrip("#")


class _Entry:
    def __init__(self, cid: str, where: str):
        self.id, self.where = cid, where
        self.distinction: str | None = None
        self.links: list[str] = []
        self.definition = ""
        self.pos = ""                     # the English term's partOfSpeech (glossary sense rules)
        self.terms: dict[str, list[tuple[int, int, str]]] = {}   # lang -> (rank, order, term)
        self.subjects: list[str] = []                             # concept-level subjectField
        self.term_subjects: dict[tuple[str, str], list[str]] = {} # (lang, term) -> subjectField
        self.glossary_terms: list[GlossaryTerm] = []              # every term with its locale and status
        self.dnt = False
        self.enforce: bool | None = None


def _read_entry(entry, index: int, path: Path) -> _Entry:
    cid = entry.get("id")
    if not cid:
        raise InputError(path, f"entry #{index}: <{_local(entry.tag)}> has no id attribute")
    e = _Entry(cid, f"entry {cid!r}")
    order = 0
    concept_level = [el for child in entry if _local(child.tag) not in ("langSet", "langSec") for el in child.iter()]
    for el in entry.iter():
        name, typ = _local(el.tag), (el.get("type") or "").casefold()
        if name in ("descrip", "admin") and typ == "distinction":
            value = _text(el)
            if not value:
                raise InputError(path, f"{e.where}: empty distinction")
            if e.distinction and e.distinction != value:
                raise InputError(path, f"{e.where}: belongs to two distinctions ({e.distinction!r}, {value!r})")
            e.distinction = value
        elif name in ("descrip", "admin") and typ == "enforce":
            e.enforce = parse_bool(_text(el), f"{path}: {e.where}", "enforce")
        elif name in ("ref", "xref", "descrip") and typ in _LINK_TYPES and _target(el):
            e.links.append(_target(el))
        elif name == "descrip" and typ == "definition" and not e.definition and any(el is c for c in concept_level):
            e.definition = _text(el)
        elif name == "descrip" and typ == "subjectfield" and any(el is c for c in concept_level) and _text(el):
            e.subjects.append(_text(el))
    for sec in _children(entry, "langSet", "langSec"):
        raw = sec.get(XML_LANG) or sec.get("lang")
        if not raw:
            raise InputError(path, f"{e.where}: a <{_local(sec.tag)}> has no xml:lang")
        lang = base_code(raw)
        for holder in _children(sec, "tig", "ntig", "termSec"):
            term_el = next((t for t in holder.iter() if _local(t.tag) == "term"), None)
            text = _text(term_el) if term_el is not None else ""
            if not text:
                raise InputError(path, f"{e.where}, {raw}: a <{_local(holder.tag)}> has no term")
            status = ""
            for note in holder.iter():
                kind = (note.get("type") or "").casefold()
                if _local(note.tag) == "termNote" and kind in _STATUS_TYPES:
                    status = _text(note).casefold().replace(" ", "")
                elif _local(note.tag) == "termNote" and kind == "translationnote" and _text(note).casefold() == "no":
                    e.dnt = True
                elif _local(note.tag) == "termNote" and kind == "partofspeech" and lang == "en" and not e.pos:
                    e.pos = _text(note).casefold()
            if status in _FORBIDDEN:
                e.glossary_terms.append(GlossaryTerm(text, locale_key(raw), _FORBIDDEN[status]))
                continue
            if status not in _STATUS_RANK:
                raise InputError(path, f"{e.where}, {raw}: term {text!r} has unknown administrativeStatus "
                                       f"{status!r} (expected preferredTerm-admn-sts, admittedTerm-admn-sts, "
                                       "deprecatedTerm-admn-sts, supersededTerm-admn-sts or forbidden)")
            e.glossary_terms.append(GlossaryTerm(text, locale_key(raw),
                                                 "preferred" if _STATUS_RANK[status] == 0 else "admitted"))
            e.terms.setdefault(lang, []).append((_STATUS_RANK[status], order, text))
            subjects = [_text(d) for d in holder.iter() if _local(d.tag) == "descrip"
                        and (d.get("type") or "").casefold() == "subjectfield" and _text(d)]
            if subjects:
                e.term_subjects[(lang, text)] = subjects
            order += 1
        if not e.definition:
            for d in sec.iter():
                if _local(d.tag) == "descrip" and (d.get("type") or "").casefold() == "definition" and lang == "en":
                    e.definition = _text(d)
    return e


def _group(entries: dict[str, _Entry], path: Path) -> dict[str, list[_Entry]]:
    """Distinction id -> its entries, from explicit ids and cross references."""
    parent = {cid: cid for cid in entries}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in entries.values():
        for target in e.links:
            if target not in entries:
                raise InputError(path, f"{e.where}: cross reference to unknown entry {target!r}")
            parent[find(target)] = find(e.id)
    named: dict[str, str] = {}                 # component root -> explicit distinction id
    for e in entries.values():
        if e.distinction:
            root = find(e.id)
            if named.setdefault(root, e.distinction) != e.distinction:
                raise InputError(path, f"{e.where}: linked to entries of distinction {named[root]!r} "
                                       f"but marked {e.distinction!r}")
    groups: dict[str, list[_Entry]] = {}
    by_root: dict[str, list[_Entry]] = {}
    for e in entries.values():
        by_root.setdefault(find(e.id), []).append(e)
    for root, members in by_root.items():
        if root in named:
            groups.setdefault(named[root], []).extend(members)
        elif len(members) > 1:
            groups["-".join(m.id for m in members)] = members
    return groups


def load_tbx(path: Path) -> Termbase:
    try:
        root = SafeET.parse(str(path)).getroot()
    except DefusedXmlException as e:
        raise InputError(path, f"refused: {type(e).__name__} (entities and external references are not allowed)") from None
    except SafeET.ParseError as e:
        raise InputError(path, f"not well-formed XML: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(path, f"cannot read: {e}") from None
    if _local(root.tag) not in ("martif", "tbx"):
        raise InputError(path, f"not a TBX file: root element is <{_local(root.tag)}>, expected <tbx> or <martif>")
    raw_entries = [el for el in root.iter() if _local(el.tag) in ("termEntry", "conceptEntry")]
    if not raw_entries:
        raise InputError(path, "no <conceptEntry> or <termEntry> elements")
    entries: dict[str, _Entry] = {}
    for i, el in enumerate(raw_entries, 1):
        e = _read_entry(el, i, path)
        if e.id in entries:
            raise InputError(path, f"{e.where}: duplicate entry id")
        entries[e.id] = e
    groups = _group(entries, path)
    distinctions = []
    in_distinctions = set()
    for did, members in groups.items():
        if len(members) < 2:
            raise InputError(path, f"distinction {did!r}: only one concept ({members[0].id!r}); it needs at least two")
        data = _as_dict(did, members)
        said = {m.enforce for m in members if m.enforce is not None}
        if len(said) > 1:
            raise InputError(path, f"distinction {did!r}: its entries disagree on enforce")
        if said:
            data["enforce"] = said.pop()
        distinctions.append(distinction_from_dict(data, str(path)))
        in_distinctions.update(m.id for m in members)
    glossary = []
    for e in entries.values():
        if not e.glossary_terms:
            continue
        entry = Entry(e.id, list(e.glossary_terms), dnt=e.dnt, enforce=bool(e.enforce), definition=e.definition,
                      pos=e.pos, forbidden_only=e.id in in_distinctions)
        if entry.forbidden_only and all(t.approved for t in entry.terms):
            continue                       # a distinction's concept with nothing forbidden: nothing to add
        validate_entry(entry, f"{path}")
        glossary.append(entry)
    if not distinctions and not glossary:
        raise InputError(path, "no terms in any entry")
    return Termbase(distinctions, path.name, glossary)


def _as_dict(did: str, members: list[_Entry]) -> dict:
    """The TOML shape: a term under two concepts in one language is ambiguous."""
    data: dict = {"id": did, "concepts": [m.id for m in members],
                  "definitions": {m.id: m.definition for m in members if m.definition}, "terms": {}}
    langs = dict.fromkeys(lang for m in members for lang in m.terms)
    for lang in langs:
        owners: dict[str, set[str]] = {}
        for m in members:
            for _, _, text in m.terms.get(lang, []):
                owners.setdefault(text.casefold(), set()).add(m.id)
        entry: dict = {}
        ambiguous: list[str] = []
        for m in members:
            for _, _, text in sorted(m.terms.get(lang, [])):
                if len(owners[text.casefold()]) > 1:
                    if text.casefold() not in {a.casefold() for a in ambiguous}:
                        ambiguous.append(text)
                elif text not in entry.setdefault(m.id, []):
                    entry[m.id].append(text)
        if ambiguous:
            entry["ambiguous"] = ambiguous
        domains = {text: m.term_subjects.get((lang, text)) or m.subjects
                   for m in members for _, _, text in m.terms.get(lang, [])
                   if (m.term_subjects.get((lang, text)) or m.subjects) and len(owners[text.casefold()]) == 1}
        if domains:
            entry["domains"] = domains
        data["terms"][lang] = entry
    return data


LOADERS[".tbx"] = load_tbx
