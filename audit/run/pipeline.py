"""From files to findings: read, split, find terms, align, check, suggest."""
from __future__ import annotations

import gc
import hashlib
import re
from contextlib import contextmanager
from dataclasses import replace
from bisect import bisect_left
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Callable, Sequence

from ..checks import Context, Flag, all_checks
from ..checks.direct import DirectCheck
from ..confidence import DEFAULT_MIN_CONFIDENCE
from ..errors import InputError, Unsupported
from ..files.sets import ArticleSet, FileSpec, check_language
from ..terms.domain import DomainChoice, as_seen_in
from ..text.compact import RangeGroups, Sentences, Texts
from ..terms.domain import given as given_domain
from ..terms.domain import infer as infer_domain
from ..text.languages import base_code
from ..text.matching import find_occurrences
from ..report.metrics import (after_findings, align_to_reference, as_reference, is_reference_pair, measure,
                              reference_pairs)
from ..model import AlignedGroup, Finding, Sentence, SetResult, Version, VersionResult, finding_id
from ..files.project import pair_by_key
from ..files.readers import read_file
from ..terms.scope import observations
from ..text.segment import split_version
from ..terms.suggest import own_words, suggest
from .pairs import (about_distinction, both_readings, decided_side, distinction_domain, other_order, pair_concept,
                    symmetric_side, word_rank)
from ..terms.termbase import Termbase

if TYPE_CHECKING:     # numpy and the aligner load on first use: `audit --help` and text-only runs start faster
    from ..align import Embedder


def load_versions(files: Sequence[FileSpec], encoding: str | None = None, force: bool = False,
                  warn: Callable[[str], None] | None = None,
                  notice: Callable[[str], None] | None = None) -> list[Version]:
    """Read every file. A language given (by --lang, name or manifest) that the
    text's script or detected language contradicts is an error unless `force`.
    A file the tool cannot audit (a format it does not read, a language it has
    no terms for) is an error too, unless `warn` is given (audit run): then
    it is reported there and left out, never passed as "no findings".
    Text that reads as a wrong decoding (a declared charset that lies) is an
    error unless `force`, and then a `notice` (else `warn`)."""
    from ..text.langdetect import verify_language
    versions: list[Version] = []
    for spec in files:
        if spec.lang:
            check_language(spec.lang, spec.path)
        try:
            read = supported(read_file(spec.path, spec.lang, encoding))
        except Unsupported as e:
            if warn is None:
                raise
            warn(str(e))
            continue
        if spec.is_reference:
            read = as_reference(read, versions)
        for v in read:
            v.is_source = v.is_source or spec.is_source
            bad = verify_decoding(v)
            if bad and not force:
                raise InputError(v.path, bad + "; give --encoding, or --force to audit it as it is")
            if bad and (notice or warn):
                (notice or warn)(f"{v.path}: {bad}; audited as it is (--force)")
            if not force:
                verify_language(v)
            versions.append(v)
    pair_by_key(versions)          # resource files (de.json, en.json) align by key
    return versions


def verify_decoding(v: Version) -> str | None:
    """Why the text of `v` looks wrongly decoded, or None."""
    from ..text.plausible import garbled
    sample = "\n".join(seg.text for seg in v.segments[:2000])
    why = garbled(sample)
    side = "" if v.label == v.path.name else f"{v.label}: "
    return f"{side}the text does not decode as its charset says: {why}" if why else None


def supported(read: list[Version]) -> list[Version]:
    """`read` if the tool knows every language in it, else Unsupported."""
    from ..text.languages import known_languages
    known = known_languages()
    for v in read:
        if base_code(v.lang) not in known:
            side = "" if v.label == v.path.name else f"{v.label}: "
            raise Unsupported(v.path, f"{side}unsupported language {v.lang!r}: the tool has no terms for it, "
                                      f"nothing in it was audited (known: {', '.join(sorted(known))})")
    return read


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
    texts = Texts(*(r.sentences for r in results))
    ordered = sorted(results, key=lambda r: not r.version.is_source)
    around = [r.sentences[o.sentence].text for r in ordered for o in r.occurrences]
    return infer_domain(texts, list(dict.fromkeys(around)), embedder)


def audit_versions(name: str, versions: list[Version], termbase: Termbase,
                   embedder: Embedder | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                   progress: Callable[[str, int | None], None] | None = None, domain: str | DomainChoice | None = None,
                   split: list[Sequence[Sentence]] | None = None, align: str = "meaning") -> SetResult:
    """`progress(stage, count)` is told each stage as it starts, with the
    number of sentences it covers (findings, for the fixes; None where not
    known yet), for a progress line on large input.
    `domain` (legal, business, retail...) overrides the inferred domain.
    `split`: the versions' sentences (`split_versions`), if already made.
    `align`: "meaning" or "structure" (align.aligner.align_pair)."""
    from ..align import Embedder
    embedder = embedder or Embedder()
    results = []
    if progress and split is None:
        progress("splitting into sentences", None)
    for v, sentences in zip(versions, split or split_versions(versions)):
        if progress:
            progress(f"finding terms in {v.label}", len(sentences))
        lang = base_code(v.lang)
        occs = find_occurrences(v, sentences, termbase.terms_for(lang),
                                termbase.occurrence_only_for(lang), termbase.blockers_for(lang))
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
                                            _terms_per_sentence(b), by=align, kinds_a=_kinds(a.version),
                                            kinds_b=_kinds(b.version))
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
    direct: list[tuple[int, Finding]] = []     # glossary and pofilter findings: no occurrence behind them
    for check in all_checks():
        if isinstance(check, DirectCheck):
            if check.chosen(ctx):
                direct.extend((vi, f) for vi, f in check.findings(ctx) if f.confidence >= min_confidence)
            continue
        for flag in check.run(ctx):
            key = (flag.version, flag.occurrence)
            if key in flags:
                flags[key] = _merge(flags[key], flag)
            else:
                flags[key] = flag
    kept = {key: flag for key, flag in sorted(flags.items()) if flag.confidence >= min_confidence}
    # the domain decides replacements only: inferred where there is something to replace
    choice = given_domain(domain) if domain else (text_domain(results, embedder) if kept else None)
    about = about_distinction(result, kept) if kept and not domain else None
    if about:                  # a text about the distinction gets the distinction's words
        choice = distinction_domain(choice, about)
    if choice:
        result.domain, result.domain_reason = choice.name, choice.reason
    if progress and kept:
        progress("suggesting fixes", len(kept))
    with_findings = sorted({v for v, _ in kept})
    own = {vi: own_words(o for k, o in enumerate(results[vi].occurrences) if (vi, k) not in kept)
           for vi in with_findings}
    # each version explains the domain with its own words
    seen = {vi: as_seen_in(choice, Texts(results[vi].sentences)) if choice else None for vi in with_findings}
    for vi, c in seen.items():
        if c is not None:
            results[vi].domain_reason = c.reason
    kept = _fix_sides(results, kept, termbase, choice, own)
    times: dict[str, int] = {}
    paired = [(vi, _paired_finding(results[vi], k, flag, termbase, seen[vi], own[vi]))
              for (vi, k), flag in kept.items()]
    for vi, f in paired + direct:
        n = times[f.id] = times.get(f.id, 0) + 1
        if n > 1:       # the same sentence again in the file: the n-th one gets its own id
            f.id = "F" + hashlib.sha1(f"{f.id}#{n}".encode()).hexdigest()[:10]
        results[vi].findings.append(f)
    for vi, vr in enumerate(results):
        vr.findings = _one_side_per_collapse(vr.findings, termbase, choice)
        vr.observations = observations(vr, {k for (v, k) in kept if v == vi})
    after_findings(result)
    return result


def _fix_sides(results: list[VersionResult], kept: dict[tuple[int, int], Flag], termbase: Termbase,
               domain: DomainChoice | None, own: dict[int, dict]) -> dict[tuple[int, int], Flag]:
    """Pairs' flags moved to the side whose concept has a word (audit.run.pairs)."""
    out: dict[tuple[int, int], Flag] = {}
    for (vi, k), flag in kept.items():
        d = termbase.find(results[vi].occurrences[k].term.distinction)
        taken = (lambda j, vi=vi: (vi, j) in kept or (vi, j) in out)
        if flag.pairing == "symmetric" and d is not None:
            flag = symmetric_side(d, results[vi], flag, domain, taken, own.get(vi))
        elif flag.pairing == "decided" and d is not None:
            flag = decided_side(d, results[vi], flag, domain, taken, own.get(vi))
        out[(vi, flag.occurrence)] = flag
    return dict(sorted(out.items()))


def _paired_finding(vr: VersionResult, k: int, flag: Flag, termbase: Termbase,
                    domain: DomainChoice | None, own: dict) -> Finding:
    """The finding of a flag; a pair's finding names the other order, or offers both readings."""
    d = termbase.find(vr.occurrences[k].term.distinction)
    if flag.partner is None or d is None or flag.pairing not in ("symmetric", "undecided"):
        return _finding(vr, k, flag, termbase, domain, own)
    concept = pair_concept(d, vr, flag, domain, own)
    mine = _finding(vr, k, replace(flag, concept=concept), termbase, domain, own)
    other = _finding(vr, flag.partner, replace(flag, occurrence=flag.partner, partner=k, concept=concept),
                     termbase, domain, own)
    if flag.pairing == "symmetric":
        return other_order(mine, other)
    return both_readings(vr, mine, other)


def _one_side_per_collapse(findings: list[Finding], termbase: Termbase,
                           domain: DomainChoice | None) -> list[Finding]:
    """An ambiguous word used for both concepts in one sentence ("Müşteri ve
    Müşteri") is fixed on one side. Where some of the sentence's
    ambiguous-term findings offer a replacement (Danışan), those that offer
    none are dropped: the fix restores the contrast, and they would give the
    reviewer nothing to do. Where both sides offer one, the side whose word
    serves the text's domain first is kept (audit.run.pairs.word_rank)."""
    def where(f: Finding) -> tuple:
        return f.unit, f.sentence_start, f.distinction
    fixable: dict[tuple, list[Finding]] = {}
    for f in findings:
        if f.kind == "ambiguous-term" and f.replacement:
            fixable.setdefault(where(f), []).append(f)
    best: dict[tuple, str] = {}
    for key, group in fixable.items():
        d = termbase.find(key[2])
        if d is not None and len({f.concept for f in group}) > 1:
            best[key] = min((f.concept for f in group), key=lambda c: word_rank(d, group[0].lang, c, domain))
    return [f for f in findings if f.kind != "ambiguous-term"
            or (f.replacement and best.get(where(f), f.concept) == f.concept)
            or (not f.replacement and where(f) not in fixable)]


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
    fid = finding_id(vr.version.id_label, seg.id if seg.offset is None else "", sentence.text,
                     occ.start - sentence.start, occ.surface, flag.concept)
    return Finding(
        file=str(vr.version.path), lang=vr.version.lang,
        start=base + occ.start, end=base + occ.end, term=occ.surface, concept=flag.concept,
        replacement=replacement, suggestion=suggestion, kind=flag.kind, severity=flag.severity,
        confidence=flag.confidence, evidence=flag.evidence, sentence=sentence.text,
        unit=unit, line=seg.line + bisect_left(_newlines(seg.text), occ.start) if seg.line else None,
        sentence_start=base + sentence.start, note=note, distinction=occ.term.distinction,
        id=fid, domain=domain.name if domain else "",
        where=_where(vr.version, seg, occ.start),
    )


DOCUMENTS = ("html", "markdown", "docx", "odt")


def _kinds(version) -> list[str] | None:
    """Each segment's block kind in a structured document, for the cheap
    alignment: headings with headings, list items with list items, table rows
    by their number. None for plain text and units."""
    if version.fmt not in DOCUMENTS:
        return None
    return [f"table-row {s.id.rsplit(' ', 1)[-1]}" if s.context == "table-row" else s.context or None
            for s in version.segments]


def _where(version, seg, start: int) -> str:
    """A document block's place ("heading 2"); in a table row (cells joined by
    " | "), the cell the word is in."""
    if version.fmt not in DOCUMENTS:
        return ""
    if seg.context == "table-row":
        return f"{seg.id} cell {seg.text.count(' | ', 0, start) + 1}"
    return seg.id


@lru_cache(maxsize=64)
def _newlines(text: str) -> tuple[int, ...]:
    """Where a segment's line breaks are, once per segment (not once per finding)."""
    return tuple(m.start() for m in re.finditer("\n", text))


def audit_set(aset: ArticleSet, termbase: Termbase, embedder: Embedder | None = None,
              min_confidence: float = DEFAULT_MIN_CONFIDENCE, domain: str | DomainChoice | None = None,
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


