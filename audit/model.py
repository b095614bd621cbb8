"""The data every stage passes along: versions of an article, their sentences,
term occurrences and findings.

Offsets are always into text exactly as decoded from disk. A `Segment` is a
paragraph of a plain-text file (``offset`` = where it starts in the file) or a
unit of a localisation file (``offset`` is None: offsets are inside the unit's
target text, which is how CAT tools address them).
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Segment:
    id: str                      # "p3" for a paragraph, the unit id in PO/XLIFF/TMX, "heading 2" in a document
    text: str                    # exactly as stored (target text for bilingual units)
    offset: int | None = None    # start in the file's text; None for units
    line: int | None = None      # 1-based line in the file, where known
    context: str | None = None   # msgctxt, resname, note: shown to reviewers; a document block's kind
    # (start, end) spans of inline tags and placeholders (<g>, %s, {name}) in
    # `text`: never matched as terms, never changed by a suggestion.
    protected: tuple[tuple[int, int], ...] = ()

    @property
    def unfinished(self) -> bool:
        """Whether the translation is marked as needing review where its format
        can say so: the readers put PO "fuzzy", Qt "unfinished" or an XLIFF
        needs-*/initial "state=..." first in `context`."""
        return any(p in ("fuzzy", "unfinished") or p.startswith("state=") for p in (self.context or "").split("; "))


@dataclass
class Version:
    """One language version of an article: a whole file, or one side of a
    bilingual file (the source side of a PO file is a version too)."""
    path: Path
    lang: str
    segments: list[Segment]
    is_source: bool = False
    fmt: str = "text"
    sha256: str = ""
    # Versions read from one bilingual file share segment ids, so they are
    # aligned by id instead of by similarity.
    prealigned_with: tuple[str, ...] = ()
    label: str = ""              # how reports name it: file name, plus side for bilingual files
    # A post-edited or human reference of the MT version(s) of its language:
    # measured against (audit.report.metrics) and taken as the best evidence of concepts.
    is_reference: bool = False
    encoding: str = ""           # a legacy encoding given with --encoding ("" = UTF-8 or BOM)
    # the source strings of a bilingual file that no target translates: not
    # audited, but part of how the source file as a whole uses its words
    untranslated: tuple[str, ...] = ()
    # the article set's name, where another set of the run has a file of the
    # same label (de.po in every component's folder): part of finding ids, so
    # the same sentence in two such files gets two ids, and two decisions
    scope: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            self.label = self.path.name

    @property
    def id_label(self) -> str:
        """The label finding ids are keyed on: unique within a run."""
        return f"{self.scope}/{self.label}" if self.scope else self.label


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int                   # position among the version's sentences
    segment: int                 # index into Version.segments
    start: int                   # offsets inside the segment's text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A termbase term found in a sentence."""
    sentence: int                # Sentence.index
    segment: int
    start: int                   # offsets inside the segment's text
    end: int
    surface: str                 # the word as written
    term: "Term"
    features: tuple = ()         # grammatical analysis the language needs to re-inflect

    @property
    def concepts(self) -> frozenset[str]:
        return self.term.concepts


@dataclass(frozen=True, slots=True)
class Term:
    distinction: str             # id of the distinction, e.g. "client-customer"
    lang: str
    text: str                    # lemma / base form as given in the termbase
    concepts: frozenset[str]     # one concept, or several for an ambiguous term
    preferred: bool = False      # the rendering to suggest for its concept
    # domains the term belongs to (legal, retail...); empty: every domain
    domains: frozenset[str] = frozenset()

    @property
    def ambiguous(self) -> bool:
        return len(self.concepts) > 1


@dataclass
class Evidence:
    rule: str                    # "source", "pivot", "reference", or a text-alone rule name
    version: str = ""            # label of the version that supports the finding
    text: str = ""               # its aligned sentence(s), or the matched pattern
    score: float | None = None   # alignment similarity where it applies
    term: str = ""               # the word in the evidence that expresses the concept

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in ("", None)}


@dataclass
class Finding:
    file: str
    lang: str
    start: int                   # file offsets for plain text, unit offsets for units
    end: int
    term: str
    concept: str
    replacement: str | None      # None where no correct form could be generated
    suggestion: str | None       # the sentence with the fix applied
    kind: str                    # wrong-term | ambiguous-term | self-collapse
    severity: str                # critical | major | minor
    confidence: float
    evidence: list[Evidence]
    sentence: str                # the flagged sentence as stored
    unit: str | None = None      # segment id
    line: int | None = None
    sentence_start: int = 0      # where `sentence` starts, same frame as `start`
    note: str = ""               # why no replacement, or other reviewer hints
    distinction: str = ""
    id: str = ""                 # stable id, set by the pipeline
    domain: str = ""             # the text's domain the replacement was chosen for
    # where in a structured document (HTML, Markdown, Word, OpenDocument) in its
    # own terms: "heading 2", "list 1 item 3", "table 1 row 4 cell 2"
    where: str = ""
    # where meaning cannot tell which of two occurrences is wrong: the finding
    # spans both, and each reading fixes one of them: {"start", "end" (same
    # frame as start/end), "term", "concept", "replacement", "suggestion" (the
    # passage with that fix)}
    readings: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = {
            "id": self.id, "file": self.file, "lang": self.lang,
            "start": self.start, "end": self.end, "term": self.term,
            "concept": self.concept, "replacement": self.replacement,
            "suggestion": self.suggestion, "kind": self.kind,
            "severity": self.severity, "confidence": round(self.confidence, 3),
            "evidence": [e.to_dict() for e in self.evidence],
            "sentence": self.sentence, "sentence_start": self.sentence_start,
            "unit": self.unit, "line": self.line, "distinction": self.distinction,
        }
        if self.note:
            d["note"] = self.note
        if self.domain:
            d["domain"] = self.domain
        if self.where:
            d["where"] = self.where
        if self.readings:
            d["readings"] = [dict(r) for r in self.readings]
        return d


@dataclass
class Observation:
    """File-level: one target word renders several concepts outside any place
    where the distinction is live. Normal usage in most languages; a lead may
    still want to decide on it once for the whole file."""
    file: str
    lang: str
    distinction: str
    term: str                    # the target word (termbase lemma)
    units: dict[str, int]        # concept -> units (segments) where the word renders it
    examples: dict[str, str] = field(default_factory=dict)   # concept -> one unit id / paragraph id

    @property
    def message(self) -> str:
        parts = " and ".join(f"{c} ({n} unit{'s' if n != 1 else ''})" for c, n in self.units.items())
        return f"{parts} are both rendered {self.term!r}"

    def to_dict(self) -> dict:
        return {"file": self.file, "lang": self.lang, "distinction": self.distinction, "term": self.term,
                "units": dict(self.units), "examples": dict(self.examples), "message": self.message}


@dataclass
class AlignedGroup:
    """Sentences of two versions that translate each other."""
    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float | None      # cosine of the sentence vectors; None where the cheap structure decided alone


@dataclass
class VersionResult:
    version: Version
    sentences: list[Sentence]
    occurrences: list[Occurrence]
    # concept inferred for each occurrence (index-aligned), with its evidence
    inferred: list[tuple[str | None, list[Evidence]]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    senses: dict[int, str] = field(default_factory=dict)      # occurrence index -> sense id (software-client)
    observations: list["Observation"] = field(default_factory=list)
    domain_reason: str = ""      # why the set's domain, in this version's own words (findings only)

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


@dataclass
class SetResult:
    name: str
    versions: list[VersionResult]
    alignments: dict[tuple[int, int], list[AlignedGroup]]   # (i, j) version indices, i < j
    quality: list = field(default_factory=list)   # audit.report.metrics.Quality per MT version with a reference

    domain: str = ""             # the text's domain, as inferred or given
    domain_reason: str = ""

    @property
    def findings(self) -> list[Finding]:
        return [f for v in self.versions for f in v.findings]

    @property
    def observations(self) -> list["Observation"]:
        return [o for v in self.versions for o in v.observations]


def finding_id(label: str, where: str, sentence: str, offset: int, surface: str, *what: str) -> str:
    """A finding's id, stable across runs while its sentence is unchanged:
    keyed on the sentence's text and the word's place in it (`offset` inside
    the sentence), not on the file offset or paragraph number, which an edit
    elsewhere in the file moves; `where` is the unit id of a unit. Keyed on NFC
    text, so a file saved again in another normalisation (NFD, as macOS tools
    write it) keeps every id, and every decision with it."""
    def nfc(t: str) -> str:
        return unicodedata.normalize("NFC", t)
    key = "|".join([nfc(label), where, nfc(sentence), str(len(nfc(sentence[:offset]))), nfc(surface), *what])
    return "F" + hashlib.sha1(key.encode()).hexdigest()[:10]


@dataclass(frozen=True)
class Fix:
    """One accepted change to write back into a file. For plain text `start`/`end`
    are offsets into the file's decoded text; for units they are offsets inside
    the target text of unit `unit`."""
    start: int
    end: int
    old: str                     # the text expected at [start:end]
    new: str
    unit: str | None = None
    finding_id: str = ""


def is_sorted(items, key) -> bool:
    return all(key(a) <= key(b) for a, b in itertools.pairwise(items))


class Locator:
    """Finds the segment a finding is in, for either offset frame: by unit id
    for units, by file offset for plain text (the pipeline sets no unit
    there). Segments and sentences come in file order, so lookups bisect the
    version's own lists instead of building tables as big as the input."""

    def __init__(self, vr: VersionResult):
        self.segments = vr.version.segments
        self.sentences = vr.sentences
        self._findings = vr.findings
        self._by_id: dict[str, int] | None = None
        self._wanted: set[str | None] = set()
        with_offset = [s for s in self.segments if s.offset is not None]
        self._offsets_in_order = (len(with_offset) == len(self.segments)
                                  and is_sorted(self.segments, lambda s: s.offset))
        if not self._offsets_in_order:
            self._starts = sorted((s.offset, i) for i, s in enumerate(self.segments) if s.offset is not None)
        self._sentences_in_order = (getattr(self.sentences, "in_order", False)     # compact: ordered as made
                                    or is_sorted(self.sentences, lambda s: (s.segment, s.start)))
        if not self._sentences_in_order:
            self._sentence_at = {(s.segment, s.start): s.index for s in self.sentences}

    def segment(self, f: Finding) -> tuple[int | None, int]:
        """(segment index or None, offset of the segment in the finding's frame)."""
        if f.unit is not None:
            if self._by_id is None or (f.unit not in self._by_id and f.unit not in self._wanted):
                # only the units findings name: not a table as big as the file
                self._wanted = {g.unit for g in self._findings} | {f.unit}
                self._by_id = {s.id: i for i, s in enumerate(self.segments) if s.id in self._wanted}
            if f.unit in self._by_id:
                i = self._by_id[f.unit]
                return i, self.segments[i].offset or 0
        if self._offsets_in_order:
            i = bisect.bisect_right(self.segments, f.start, key=lambda s: s.offset) - 1
            off = self.segments[i].offset if i >= 0 else 0
        else:
            k = bisect.bisect_right(self._starts, (f.start, len(self.segments))) - 1
            off, i = self._starts[k] if k >= 0 else (0, -1)
        if i >= 0 and f.start <= off + len(self.segments[i].text):
            return i, off
        return None, 0

    def sentence_index(self, f: Finding) -> int | None:
        i, base = self.segment(f)
        if i is None:
            return None
        key = (i, f.sentence_start - base)
        if not self._sentences_in_order:
            return self._sentence_at.get(key)
        k = bisect.bisect_left(self.sentences, key, key=lambda s: (s.segment, s.start))
        if k < len(self.sentences) and (self.sentences[k].segment, self.sentences[k].start) == key:
            return self.sentences[k].index
        return None

