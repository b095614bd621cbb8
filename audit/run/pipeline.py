"""From files to findings: read, split, find terms, align, check, suggest."""
from __future__ import annotations

import gc
import hashlib
import unicodedata
import re
from contextlib import contextmanager
from bisect import bisect_left
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Callable, Sequence

from ..checks import Context, Flag, all_checks
from ..confidence import DEFAULT_MIN_CONFIDENCE
from ..files.sets import ArticleSet, FileSpec, check_language
from ..terms.domain import DomainChoice
from ..terms.domain import given as given_domain
from ..terms.domain import infer as infer_domain
from ..text.languages import base_code
from ..text.matching import find_occurrences
from ..report.metrics import (after_findings, align_to_reference, as_reference, is_reference_pair, measure,
                              reference_pairs)
from ..model import AlignedGroup, Finding, Sentence, SetResult, Version, VersionResult
from ..files.project import pair_by_key
from ..files.readers import read_file
from ..terms.scope import observations
from ..text.segment import split_version
from ..terms.suggest import own_words, suggest
from ..terms.termbase import Termbase

if TYPE_CHECKING:     # numpy and the aligner load on first use: `audit --help` and text-only runs start faster
    from ..align import Embedder


def load_versions(files: Sequence[FileSpec], encoding: str | None = None, force: bool = False) -> list[Version]:
    """Read every file. A language given (by --lang, name or manifest) that the
    text's script or detected language contradicts is an error unless `force`."""
    from ..text.langdetect import verify_language
    versions: list[Version] = []
    for spec in files:
        if spec.lang:
            check_language(spec.lang, spec.path)
        read = read_file(spec.path, spec.lang, encoding)
        if spec.is_reference:
            read = as_reference(read, versions)
        for v in read:
            v.is_source = v.is_source or spec.is_source
            if not force:
                verify_language(v)
            versions.append(v)
    pair_by_key(versions)          # resource files (de.json, en.json) align by key
    return versions


def distinction_weight(vr: VersionResult) -> float:
    """How well a version keeps its distinctions apart: the share of its rarer
    concept against its commoner one, damped for versions with few terms."""
    best = 0.0
    by_distinction: dict[str, dict[str, int]] = {}
    for o in vr.occurrences:
        if not o.term.ambiguous:
            counts = by_distinction.setdefault(o.term.distinction, {})
            (concept,) = o.concepts
            counts[concept] = counts.get(concept, 0) + 1
    for counts in by_distinction.values():
        if len(counts) >= 2:
            top = sorted(counts.values(), reverse=True)
            best = max(best, top[1] / top[0] * min(1.0, sum(top) / 6))
    return best


def _align_prealigned(a: VersionResult, b: VersionResult) -> list[AlignedGroup]:
    """Units of one bilingual file: pair sentences of the unit with the same id."""
    from ..text.compact import RangeGroups, Sentences
    if isinstance(a.sentences, Sentences) and isinstance(b.sentences, Sentences) \
            and _same_unique_ids(a.version.segments, b.version.segments):
        # the usual bilingual file: both sides hold the same units in the same
        # order, so unit k pairs the k-th runs of sentences, kept as arrays
        groups = RangeGroups()
        (a_lo, a_hi), (b_lo, b_hi) = a.sentences.ranges(), b.sentences.ranges()
        for k in range(len(a_lo)):
            if a_lo[k] != a_hi[k] and b_lo[k] != b_hi[k]:
                groups.add(a_lo[k], a_hi[k], b_lo[k], b_hi[k])
        return groups
    by_id: dict[str, list[int]] = {}
    for s in b.sentences:
        by_id.setdefault(b.version.segments[s.segment].id, []).append(s.index)
    # one pass over each side (a scan of all sentences per unit was quadratic:
    # 74 of 85 s on a 6,700-unit PO file); units in order of first appearance
    mine_by_id: dict[str, list[int]] = {}
    for s in a.sentences:
        mine_by_id.setdefault(a.version.segments[s.segment].id, []).append(s.index)
    return [AlignedGroup(tuple(mine), tuple(by_id[seg_id]), 1.0)
            for seg_id, mine in mine_by_id.items() if seg_id in by_id]


def _same_unique_ids(x: list, y: list) -> bool:
    if len(x) != len(y) or any(p.id != q.id for p, q in zip(x, y)):
        return False
    return len({p.id for p in x}) == len(x)


def _terms_per_sentence(vr: VersionResult) -> list[int]:
    """How many termbase terms each sentence holds: an anchor for the cheap alignment."""
    counts = [0] * len(vr.sentences)
    for o in vr.occurrences:
        counts[o.sentence] += 1
    return counts


def text_domain(results: list[VersionResult], embedder: Embedder) -> DomainChoice:
    """The set's domain from all its sentences (cue words), and from the
    sentences around its terms, evidence first (the sentence model)."""
    from ..text.compact import Texts
    texts = Texts(*(r.sentences for r in results))
    ordered = sorted(results, key=lambda r: not r.version.is_source)
    around = [r.sentences[o.sentence].text for r in ordered for o in r.occurrences]
    return infer_domain(texts, list(dict.fromkeys(around)), embedder)


def audit_versions(name: str, versions: list[Version], termbase: Termbase,
                   embedder: Embedder | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                   progress: Callable[[str, int], None] | None = None, domain: str | None = None,
                   split: list[Sequence[Sentence]] | None = None, align: str = "meaning") -> SetResult:
    """`progress(stage, sentences)` is told each stage as it starts, with the
    number of sentences it covers (for a progress line on large input).
    `domain` (legal, business, retail...) overrides the inferred domain.
    `split`: the versions' sentences (`split_versions`), if already made.
    `align`: "meaning" or "structure" (align.aligner.align_pair)."""
    from ..align import Embedder
    embedder = embedder or Embedder()
    results = []
    for v, sentences in zip(versions, split or split_versions(versions)):
        if progress:
            progress(f"finding terms in {v.label}", len(sentences))
        occs = find_occurrences(v, sentences, termbase.terms_for(base_code(v.lang)))
        results.append(VersionResult(v, sentences, occs, [(None, []) for _ in occs]))
    if progress and len(results) > 1:
        progress("aligning", sum(len(r.sentences) for r in results))
    alignments = {}
    composed = []
    mt_of = {r: m for m, r in reference_pairs(results)}
    for i, j in combinations(range(len(results)), 2):
        a, b = results[i], results[j]
        if a.version.label in b.version.prealigned_with or b.version.label in a.version.prealigned_with:
            alignments[(i, j)] = _align_prealigned(a, b)
        elif is_reference_pair(a, b):          # same language: a lexical score is enough
            alignments[(i, j)] = align_to_reference(a.sentences, b.sentences)
        elif i in mt_of or j in mt_of:         # a reference goes with its MT's sentences
            composed.append((i, j))
        else:
            from ..align import align_pair
            alignments[(i, j)] = align_pair(a.sentences, b.sentences, embedder, _terms_per_sentence(a),
                                            _terms_per_sentence(b), by=align)
    if composed:
        from ..align.compose import through
    for i, j in sorted(composed, key=lambda p: (p[0] in mt_of) + (p[1] in mt_of)):   # two references last
        alignments[(i, j)] = through(alignments, i, j, mt_of.get(i, mt_of.get(j)))
    result = SetResult(name, results, dict(sorted(alignments.items())))
    result.quality = measure(result)
    sources = [i for i, v in enumerate(versions) if v.is_source]
    weights = [1.0 if v.is_source else distinction_weight(r) for v, r in zip(versions, results)]
    ctx = Context(result, termbase, sources[0] if sources else None, weights)
    flags: dict[tuple[int, int], Flag] = {}
    if progress:
        progress("checking", sum(len(r.sentences) for r in results))
    for check in all_checks():
        for flag in check.run(ctx):
            key = (flag.version, flag.occurrence)
            if key in flags:
                flags[key] = _merge(flags[key], flag)
            else:
                flags[key] = flag
    kept = {key: flag for key, flag in sorted(flags.items()) if flag.confidence >= min_confidence}
    # the domain decides replacements only: inferred where there is something to replace
    choice = given_domain(domain) if domain else (text_domain(results, embedder) if kept else None)
    if choice:
        result.domain, result.domain_reason = choice.name, choice.reason
    own = {vi: own_words(o for k, o in enumerate(results[vi].occurrences) if (vi, k) not in kept)
           for vi in sorted({v for v, _ in kept})}       # only the versions with findings
    times: dict[str, int] = {}
    for (vi, k), flag in kept.items():
        f = _finding(results[vi], k, flag, termbase, choice, own[vi])
        n = times[f.id] = times.get(f.id, 0) + 1
        if n > 1:       # the same sentence again in the file: the n-th one gets its own id
            f.id = "F" + hashlib.sha1(f"{f.id}#{n}".encode()).hexdigest()[:10]
        results[vi].findings.append(f)
    for vi, vr in enumerate(results):
        vr.findings = _one_side_per_collapse(vr.findings)
        vr.observations = observations(vr, {k for (v, k) in kept if v == vi})
    after_findings(result)
    return result


def _one_side_per_collapse(findings: list[Finding]) -> list[Finding]:
    """An ambiguous word used for both concepts in one sentence ("Müşteri ve
    Müşteri") is fixed on one side. Where some of the sentence's
    ambiguous-term findings offer a replacement (Danışan), those that offer
    none are dropped: the fix restores the contrast, and they would give the
    reviewer nothing to do."""
    def where(f: Finding) -> tuple:
        return f.unit, f.sentence_start, f.distinction
    fixable = {where(f) for f in findings if f.kind == "ambiguous-term" and f.replacement}
    return [f for f in findings if f.kind != "ambiguous-term" or f.replacement or where(f) not in fixable]


def _merge(a: Flag, b: Flag) -> Flag:
    """Two checks flagged one occurrence: agreement raises confidence."""
    first, second = (a, b) if a.confidence >= b.confidence else (b, a)
    if a.concept == b.concept:
        first.confidence = 1 - (1 - a.confidence) * (1 - b.confidence)
        first.evidence = first.evidence + second.evidence
    return first


def _finding(vr: VersionResult, k: int, flag: Flag, termbase: Termbase,
             domain: DomainChoice | None = None, own: dict | None = None) -> Finding:
    occ = vr.occurrences[k]
    sentence = vr.sentences[occ.sentence]
    seg = vr.version.segments[occ.segment]
    distinction = termbase.find(occ.term.distinction)
    if distinction is None:        # found by discovery: no termbase entry to draw a replacement from
        replacement, suggestion = None, None
        note = (f"suspected collapse of a distinction no termbase holds ({occ.term.distinction.split(':', 1)[1]}); "
                f"add it to the termbase to check it everywhere")
    else:
        replacement, suggestion, note = suggest(vr.version, sentence, occ, flag.concept, distinction, domain, flag.term,
                                                (own or {}).get((distinction.id, flag.concept)))
    sense = distinction.sense(flag.concept) if distinction is not None else None
    if sense is not None:          # a sense has its own domain, whatever the text's
        rule = flag.evidence[0].rule       # "sense: software-client ('API client')", or "sense alone: ..."
        context = (f"the source's context {rule.split(' ', 2)[-1]}" if rule.startswith("sense:")
                   else rule.split(": ", 1)[-1])
        domain = DomainChoice(",".join(sorted(sense.domains)) or "any", f"{context} means {sense.id}")
    if domain is not None:
        said = f"domain: {domain.name}, {domain.reason}"
        note = f"{note}; {said}" if note else said
    base = seg.offset or 0
    unit = None if seg.offset is not None else seg.id
    # Stable across runs while the sentence is unchanged: keyed on the sentence's
    # text and the word's place in it, not on the file offset or paragraph
    # number (an edit elsewhere in the file moves those). Units keep their id.
    # Keyed on NFC text, so a file saved again in another normalisation (NFD,
    # as macOS tools write it) keeps every id, and every decision with it.
    where = seg.id if seg.offset is None else ""
    nfc = lambda t: unicodedata.normalize("NFC", t)  # noqa: E731
    at = len(nfc(sentence.text[:occ.start - sentence.start]))
    key = f"{nfc(vr.version.label)}|{where}|{nfc(sentence.text)}|{at}|{nfc(occ.surface)}|{flag.concept}"
    return Finding(
        file=str(vr.version.path), lang=vr.version.lang,
        start=base + occ.start, end=base + occ.end, term=occ.surface, concept=flag.concept,
        replacement=replacement, suggestion=suggestion, kind=flag.kind, severity=flag.severity,
        confidence=flag.confidence, evidence=flag.evidence, sentence=sentence.text,
        unit=unit, line=seg.line + bisect_left(_newlines(seg.text), occ.start) if seg.line else None,
        sentence_start=base + sentence.start, note=note, distinction=occ.term.distinction,
        id="F" + hashlib.sha1(key.encode()).hexdigest()[:10], domain=domain.name if domain else "",
    )


@lru_cache(maxsize=64)
def _newlines(text: str) -> tuple[int, ...]:
    """Where a segment's line breaks are, once per segment (not once per finding)."""
    return tuple(m.start() for m in re.finditer("\n", text))


def audit_set(aset: ArticleSet, termbase: Termbase, embedder: Embedder | None = None,
              min_confidence: float = DEFAULT_MIN_CONFIDENCE, domain: str | None = None,
              align: str = "meaning") -> SetResult:
    return audit_versions(aset.name, load_versions(aset.files), termbase, embedder, min_confidence, domain=domain,
                          align=align)


def split_versions(versions: list[Version]) -> list[Sequence[Sentence]]:
    """Each version's sentences; a bilingual file's as int arrays (compact)."""
    return [split_version(v, compact=bool(v.prealigned_with)) for v in versions]


@contextmanager
def bulk():
    """No cyclic garbage collection while millions of small objects are built
    (units, sentences, occurrences hold no cycles): otherwise each collection
    rescans everything built so far, a third of the time on a big memory."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


