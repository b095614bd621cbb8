"""From files to findings: read, split, find terms, align, check, suggest."""
from __future__ import annotations

import hashlib
from itertools import combinations
from pathlib import Path
from typing import Callable, Sequence

from .align import Embedder, align_pair
from .checks import Context, Flag, all_checks
from .corpus import ArticleSet, FileSpec, check_language, discover
from .domain import DomainChoice
from .domain import given as given_domain
from .domain import infer as infer_domain
from .errors import InputError
from .languages import base_code
from .matching import find_occurrences
from .model import AlignedGroup, Finding, SetResult, Version, VersionResult
from .readers import read_file
from .scope import observations
from .segment import split_version
from .suggest import suggest
from .termbase import Termbase, load_termbase

DEFAULT_MIN_CONFIDENCE = 0.35


def load_versions(files: Sequence[FileSpec], encoding: str | None = None) -> list[Version]:
    versions: list[Version] = []
    for spec in files:
        if spec.lang:
            check_language(spec.lang, spec.path)
        for v in read_file(spec.path, spec.lang, encoding):
            v.is_source = v.is_source or spec.is_source
            versions.append(v)
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
    by_id: dict[str, list[int]] = {}
    for s in b.sentences:
        by_id.setdefault(b.version.segments[s.segment].id, []).append(s.index)
    groups, seen = [], set()
    for s in a.sentences:
        seg_id = a.version.segments[s.segment].id
        if seg_id in seen or seg_id not in by_id:
            continue
        seen.add(seg_id)
        mine = tuple(x.index for x in a.sentences if a.version.segments[x.segment].id == seg_id)
        groups.append(AlignedGroup(mine, tuple(by_id[seg_id]), 1.0))
    return groups


def text_domain(results: list[VersionResult], embedder: Embedder) -> DomainChoice:
    """The set's domain from all its sentences (cue words), and from the
    sentences around its terms, evidence first (the sentence model)."""
    texts = [s.text for r in results for s in r.sentences]
    ordered = sorted(results, key=lambda r: not r.version.is_source)
    around = [r.sentences[o.sentence].text for r in ordered for o in r.occurrences]
    return infer_domain(texts, list(dict.fromkeys(around)), embedder)


def audit_versions(name: str, versions: list[Version], termbase: Termbase,
                   embedder: Embedder | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                   domain: str | None = None) -> SetResult:
    embedder = embedder or Embedder()
    results = []
    for v in versions:
        sentences = split_version(v)
        occs = find_occurrences(v, sentences, termbase.terms_for(base_code(v.lang)))
        results.append(VersionResult(v, sentences, occs, [(None, []) for _ in occs]))
    alignments = {}
    for i, j in combinations(range(len(results)), 2):
        a, b = results[i], results[j]
        if a.version.label in b.version.prealigned_with or b.version.label in a.version.prealigned_with:
            alignments[(i, j)] = _align_prealigned(a, b)
        else:
            alignments[(i, j)] = align_pair(a.sentences, b.sentences, embedder)
    result = SetResult(name, results, alignments)
    sources = [i for i, v in enumerate(versions) if v.is_source]
    usage = [distinction_weight(r) for r in results]
    ctx = Context(result, termbase, sources[0] if sources else None,
                  [1.0 if v.is_source else u for v, u in zip(versions, usage)], usage)
    flags: dict[tuple[int, int], Flag] = {}
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
    for (vi, k), flag in kept.items():
        results[vi].findings.append(_finding(results[vi], k, flag, termbase, choice))
    for vi, vr in enumerate(results):
        vr.observations = observations(vr, {k for (v, k) in kept if v == vi})
    return result


def _merge(a: Flag, b: Flag) -> Flag:
    """Two checks flagged one occurrence: agreement raises confidence."""
    first, second = (a, b) if a.confidence >= b.confidence else (b, a)
    if a.concept == b.concept:
        first.confidence = 1 - (1 - a.confidence) * (1 - b.confidence)
        first.evidence = first.evidence + second.evidence
    return first


def _finding(vr: VersionResult, k: int, flag: Flag, termbase: Termbase,
             domain: DomainChoice | None = None) -> Finding:
    occ = vr.occurrences[k]
    sentence = vr.sentences[occ.sentence]
    seg = vr.version.segments[occ.segment]
    distinction = termbase.find(occ.term.distinction)
    if distinction is None:        # found by discovery: no termbase entry to draw a replacement from
        replacement, suggestion = None, None
        note = (f"suspected collapse of a distinction no termbase holds ({occ.term.distinction.split(':', 1)[1]}); "
                f"add it to the termbase to check it everywhere")
    else:
        replacement, suggestion, note = suggest(vr.version, sentence, occ, flag.concept, distinction, domain)
    sense = distinction.sense(flag.concept) if distinction is not None else None
    if sense is not None:          # a sense has its own domain, whatever the text's
        domain = DomainChoice(",".join(sorted(sense.domains)) or "any",
                              f"the source's context {flag.evidence[0].rule.split(' ', 2)[-1]} means {sense.id}")
    if domain is not None:
        said = f"domain: {domain.name}, {domain.reason}"
        note = f"{note}; {said}" if note else said
    base = seg.offset or 0
    unit = None if seg.offset is not None else seg.id
    key = f"{vr.version.label}|{seg.id}|{occ.start}|{occ.surface}|{flag.concept}"
    return Finding(
        file=str(vr.version.path), lang=vr.version.lang,
        start=base + occ.start, end=base + occ.end, term=occ.surface, concept=flag.concept,
        replacement=replacement, suggestion=suggestion, kind=flag.kind, severity=flag.severity,
        confidence=flag.confidence, evidence=flag.evidence, sentence=sentence.text,
        unit=unit, line=(seg.line or 0) + seg.text.count("\n", 0, occ.start) if seg.line else None,
        sentence_start=base + sentence.start, note=note, distinction=occ.term.distinction,
        id="F" + hashlib.sha1(key.encode()).hexdigest()[:10], domain=domain.name if domain else "",
    )


def audit_set(aset: ArticleSet, termbase: Termbase, embedder: Embedder | None = None,
              min_confidence: float = DEFAULT_MIN_CONFIDENCE, domain: str | None = None) -> SetResult:
    return audit_versions(aset.name, load_versions(aset.files), termbase, embedder, min_confidence, domain)


def audit_corpus(root: Path, termbase: Termbase | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 min_confidence: float = DEFAULT_MIN_CONFIDENCE, domain: str | None = None) -> list[SetResult]:
    """Audit every article set under `root`. All input is read and checked
    before any auditing starts, so bad input fails fast. `domain` (legal,
    business, retail...) overrides the inferred domain of every set."""
    if domain:
        given_domain(domain)               # an unknown domain fails before any work
    termbase = termbase or load_termbase()
    sets = discover(root)
    loaded = [(aset, load_versions(aset.files)) for aset in sets]
    embedder = Embedder()
    results = []
    for n, (aset, versions) in enumerate(loaded):
        if progress:
            progress(aset.name, n, len(loaded))
        results.append(audit_versions(aset.name, versions, termbase, embedder, min_confidence, domain))
    return results


def check_files(path: Path, with_: Sequence[Path] = (), source: Path | None = None, lang: str | None = None,
                termbase: Termbase | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                domain: str | None = None) -> SetResult:
    """Audit one file, with optional parallel versions (any of which, or the
    file itself, may be named as the source)."""
    from .corpus import language_from_name
    termbase = termbase or load_termbase()
    paths = [path, *with_]
    if source is not None and source not in paths:
        paths.append(source)
    if len(set(map(Path.resolve, paths))) != len(paths):
        raise InputError(path, "the same file is given twice")
    specs = [FileSpec(p, (lang if p == path else None) or language_from_name(p), p == source) for p in paths]
    if domain:
        given_domain(domain)
    return audit_versions(path.name, load_versions(specs), termbase, min_confidence=min_confidence, domain=domain)
