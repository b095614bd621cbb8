"""MT quality against a post-edited (or human) reference in the same language.

The MT version is aligned to its reference with a cheap lexical score
(character-trigram overlap: the two texts share a language and most of their
words, so the cross-lingual model is not needed), using the monotone DP of
`align/dp.py`, paragraphs first, then sentences. Each aligned group is one
hypothesis/reference pair; sacrebleu's corpus-level chrF++, BLEU and TER are
computed on those pairs, exactly as its own CLI would on the same lines, and
each score keeps sacrebleu's signature so the figure can be reproduced.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..text.languages import base_code
from ..model import AlignedGroup, Sentence, SetResult, Version, VersionResult

CHRF_WORD_ORDER = 2          # chrF++: character n-grams plus word uni- and bigrams
# BLEU's default tokenizer (13a) suits spaced scripts; the mecab tokenizers need
# extra packages and flores200 downloads a model, so unspaced scripts use these.
BLEU_TOKENIZE = {"zh": "zh", "ja": "char", "ko": "char", "th": "char"}
PAIR_MIN_OVERLAP = 0.45      # below this trigram overlap two sentences are not a pair
_NGRAM = 3


# --- metrics -----------------------------------------------------------------

@dataclass
class Scores:
    """Corpus-level scores of aligned hypothesis/reference pairs."""
    chrf: float
    bleu: float
    ter: float
    pairs: int
    signatures: dict[str, str] = field(default_factory=dict)   # metric -> sacrebleu signature

    def to_dict(self) -> dict:
        return {"chrf": round(self.chrf, 2), "bleu": round(self.bleu, 2), "ter": round(self.ter, 2),
                "pairs": self.pairs, "signatures": dict(self.signatures)}


def metrics_for(lang: str):
    """sacrebleu metric objects (chrF++, BLEU, TER) configured for `lang`."""
    from sacrebleu.metrics import BLEU, CHRF, TER
    code = base_code(lang)
    return (CHRF(word_order=CHRF_WORD_ORDER),
            BLEU(tokenize=BLEU_TOKENIZE.get(code, "13a")),
            TER(asian_support=code in BLEU_TOKENIZE))


def one_line(text: str) -> str:
    """A pair's text as one line: what a line of sacrebleu's input file holds."""
    return " ".join(text.splitlines())


def corpus_scores(hyps: Sequence[str], refs: Sequence[str], lang: str) -> Scores | None:
    """chrF++, BLEU and TER of `hyps` against `refs` (one reference each); None without pairs."""
    return PairStatistics(hyps, refs, lang).scores() if hyps else None


class PairStatistics:
    """Each metric's statistics per pair (sacrebleu's sufficient statistics,
    which its corpus score sums), kept so that a pair's own chrF++ and the
    scores with some hypotheses changed (every fix accepted) cost only the
    pairs that changed, not the whole corpus again."""

    def __init__(self, hyps: Sequence[str], refs: Sequence[str], lang: str):
        self.lang = lang
        self.metrics = metrics_for(lang)
        self.refs = [one_line(r) for r in refs]
        lines = [one_line(h) for h in hyps]
        self.stats = [m._extract_corpus_statistics(lines, [self.refs]) for m in self.metrics]

    def scores(self, changed: dict[int, str] | None = None) -> Scores:
        """Corpus scores, with pair i's hypothesis replaced by `changed[i]`."""
        values, signatures = [], {}
        for metric, stats, name in zip(self.metrics, self.stats, ("chrf", "bleu", "ter")):
            if changed:
                stats = list(stats)
                idx = sorted(changed)
                fresh = metric._extract_corpus_statistics([one_line(changed[i]) for i in idx],
                                                          [[self.refs[i] for i in idx]])
                for i, st in zip(idx, fresh):
                    stats[i] = st
            values.append(metric._aggregate_and_compute(stats).score)
            signatures[name] = str(metric.get_signature())   # only valid after a score was computed
        return Scores(*values, pairs=len(self.refs), signatures=signatures)

    def chrf(self, i: int) -> float:
        """Sentence-level chrF++ (0-100) of pair i: its statistics alone."""
        return self.metrics[0]._aggregate_and_compute([self.stats[0][i]]).score


# --- aligning a version to its reference ----------------------------------

def _profile(text: str) -> frozenset:
    """The text's character trigrams (sets, not counts: set operations run in C)."""
    t = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return frozenset(t[i:i + _NGRAM] for i in range(max(1, len(t) - _NGRAM + 1)))


def overlap(a: frozenset, b: frozenset) -> float:
    """Dice coefficient of two trigram profiles (0-1)."""
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


class LexicalScorer:
    """The `PairScorer` interface of align/dp.py over trigram profiles: a pair
    scores its overlap above PAIR_MIN_OVERLAP, so unrelated units are skipped."""

    def __init__(self, profiles: list[frozenset]):
        self.profiles = profiles
        self.other: list[frozenset] = []
        self._merged: dict[tuple[int, int, int], frozenset] = {}   # the DP asks for each merge many times

    def against(self, other: list[frozenset]) -> "LexicalScorer":
        self.other = other
        return self

    def _sum(self, side: int, ids: range) -> frozenset:
        profiles = self.other if side else self.profiles
        if len(ids) == 1:
            return profiles[ids.start]
        key = (side, ids.start, ids.stop)
        if key not in self._merged:
            self._merged[key] = frozenset().union(*profiles[ids.start:ids.stop])
        return self._merged[key]

    def cosine(self, ia: range, ib: range) -> float:       # name kept for align_sequences
        return overlap(self._sum(0, ia), self._sum(1, ib))

    def score(self, ia: range, ib: range) -> float:
        return self.cosine(ia, ib) - PAIR_MIN_OVERLAP


def _align(profiles_a: list[frozenset], profiles_b: list[frozenset], a_ids: list[int], b_ids: list[int]) -> list[AlignedGroup]:
    # A post-edit usually keeps the units one to one: take that when it holds,
    # and skip the quadratic DP (long files).
    if len(a_ids) == len(b_ids):
        scores = [overlap(profiles_a[i], profiles_b[j]) for i, j in zip(a_ids, b_ids)]
        if all(s >= PAIR_MIN_OVERLAP for s in scores):
            return [AlignedGroup((i,), (j,), s) for i, j, s in zip(a_ids, b_ids, scores)]
    # align_sequences keeps to a band around the diagonal on long files; it
    # brings numpy, which a check without a reference never needs
    from ..align.dp import align_sequences
    return align_sequences(LexicalScorer(profiles_a).against(profiles_b), a_ids, b_ids)


def _paragraphs(sentences: list[Sentence], profiles: list[frozenset]) -> tuple[list[int], list[frozenset]]:
    """Segment indices in order, and each segment's profile (its sentences' union)."""
    by_seg: dict[int, list[frozenset]] = {}
    for s in sentences:
        by_seg.setdefault(s.segment, []).append(profiles[s.index])
    ids = sorted(by_seg)
    return ids, [frozenset().union(*by_seg[i]) for i in ids]


def align_to_reference(hyp: list[Sentence], ref: list[Sentence]) -> list[AlignedGroup]:
    """Sentence groups of `hyp` and its same-language reference, in order."""
    if not hyp or not ref:
        return []
    sa, sb = [_profile(s.text) for s in hyp], [_profile(s.text) for s in ref]
    segs_a, pa = _paragraphs(hyp, sa)
    segs_b, pb = _paragraphs(ref, sb)
    in_seg_a: dict[int, list[int]] = {}
    in_seg_b: dict[int, list[int]] = {}
    for s in hyp:
        in_seg_a.setdefault(s.segment, []).append(s.index)
    for s in ref:
        in_seg_b.setdefault(s.segment, []).append(s.index)
    groups: list[AlignedGroup] = []
    for pg in _align(pa, pb, list(range(len(pa))), list(range(len(pb)))):
        ia = [i for k in pg.a for i in in_seg_a[segs_a[k]]]
        ib = [i for k in pg.b for i in in_seg_b[segs_b[k]]]
        groups.extend(_align(sa, sb, ia, ib))
    return groups


# --- quality of one MT version against its reference ----------------------

@dataclass
class Pair:
    """One aligned hypothesis/reference group."""
    hyp: tuple[int, ...]         # sentence indices in the MT version
    ref: tuple[int, ...]         # sentence indices in the reference
    hyp_text: str
    ref_text: str
    chrf: float                  # sentence-level chrF++
    fixed_text: str | None = None   # hyp_text with every suggested replacement applied


@dataclass
class Quality:
    """An MT version measured against its reference."""
    version: int                 # index of the MT version in SetResult.versions
    reference: int               # index of the reference version
    label: str
    reference_label: str
    lang: str
    pairs: list[Pair] = field(default_factory=list)
    scores: Scores | None = None
    fixed: Scores | None = None  # if every finding with a replacement were accepted
    unaligned_hyp: int = 0
    unaligned_ref: int = 0
    # MT sentences where the reference collapses the distinction too (the
    # reference check leaves those to the other evidence)
    reference_collapses: list[int] = field(default_factory=list)
    statistics: PairStatistics | None = field(default=None, repr=False, compare=False)

    def pair_of(self, sentence: int) -> Pair | None:
        """The pair holding MT sentence `sentence`."""
        return next((p for p in self.pairs if sentence in p.hyp), None)

    def to_dict(self) -> dict:
        return {"file": self.label, "reference": self.reference_label, "lang": self.lang,
                "scores": self.scores.to_dict() if self.scores else None,
                "if_all_accepted": self.fixed.to_dict() if self.fixed else None,
                "unaligned": {"mt": self.unaligned_hyp, "reference": self.unaligned_ref},
                "reference_collapses": len(self.reference_collapses)}


def is_reference_pair(a: VersionResult, b: VersionResult) -> bool:
    """An MT version and a reference of its language (either order)."""
    va, vb = a.version, b.version
    if va.is_reference == vb.is_reference or base_code(va.lang) != base_code(vb.lang):
        return False
    mt = vb if va.is_reference else va
    return not mt.is_source


def reference_pairs(versions: list[VersionResult]) -> list[tuple[int, int]]:
    """(MT index, reference index) for every MT version that has a reference."""
    return [(i, j) for i, a in enumerate(versions) for j, b in enumerate(versions)
            if b.version.is_reference and not a.version.is_reference and is_reference_pair(a, b)]


def _groups(result: SetResult, t: int, r: int) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    if t < r:
        return [(g.a, g.b, g.score) for g in result.alignments.get((t, r), [])]
    return [(g.b, g.a, g.score) for g in result.alignments.get((r, t), [])]


def measure(result: SetResult) -> list[Quality]:
    """Quality of every MT version that has a reference in the set (the
    alignments must be there already)."""
    out = []
    for t, r in reference_pairs(result.versions):
        mt, ref = result.versions[t], result.versions[r]
        q = Quality(t, r, mt.version.label, ref.version.label, mt.version.lang)
        for hs, rs, _ in sorted(_groups(result, t, r)):
            h = " ".join(mt.sentences[i].text for i in hs)
            x = " ".join(ref.sentences[i].text for i in rs)
            q.pairs.append(Pair(tuple(hs), tuple(rs), h, x, 0.0))
        if q.pairs:
            q.statistics = PairStatistics([p.hyp_text for p in q.pairs], [p.ref_text for p in q.pairs], q.lang)
            q.scores = q.statistics.scores()
            for k, p in enumerate(q.pairs):
                p.chrf = q.statistics.chrf(k)
        q.unaligned_hyp = len(mt.sentences) - sum(len(p.hyp) for p in q.pairs)
        q.unaligned_ref = len(ref.sentences) - sum(len(p.ref) for p in q.pairs)
        out.append(q)
    return out


def fixed_sentences(vr: VersionResult) -> dict[int, str]:
    """Sentence index -> its text with every finding's replacement applied
    (only sentences a finding changes)."""
    from ..model import Locator
    loc = Locator(vr)
    edits: dict[int, list[tuple[int, int, str]]] = {}
    for f in vr.findings:
        if not f.replacement:
            continue
        i = loc.sentence_index(f)
        if i is None:
            continue
        a, b = f.start - f.sentence_start, f.end - f.sentence_start
        edits.setdefault(i, []).append((a, b, f.replacement))
    out = {}
    for i, spans in edits.items():
        text, last = vr.sentences[i].text, None
        for a, b, new in sorted(spans, reverse=True):      # right to left keeps offsets valid
            if last is not None and b > last:
                continue                                    # overlapping fixes: keep the later one
            text = text[:a] + new + text[b:]
            last = a
        out[i] = text
    return out


def after_findings(result: SetResult) -> None:
    """What the findings add to the quality: the scores if every fix were
    accepted, and a note on each finding where the reference collapses too."""
    measure_fixes(result)
    note_reference_collapses(result)


def note_reference_collapses(result: SetResult) -> None:
    for q in result.quality:
        if not q.reference_collapses:
            continue
        from ..model import Locator  # only where a reference was measured
        vr = result.versions[q.version]
        loc, where = Locator(vr), set(q.reference_collapses)
        for f in vr.findings:
            if loc.sentence_index(f) in where:
                note = f"the reference {q.reference_label} collapses this distinction here too"
                f.note = f"{f.note}; {note}" if f.note else note


def measure_fixes(result: SetResult) -> None:
    """Fill in what the scores would be if every suggested fix were accepted."""
    for q in result.quality:
        fixed = fixed_sentences(result.versions[q.version])
        mt = result.versions[q.version]
        changed = {}
        for k, p in enumerate(q.pairs):
            p.fixed_text = " ".join(fixed.get(i, mt.sentences[i].text) for i in p.hyp)
            if p.fixed_text != p.hyp_text:
                changed[k] = p.fixed_text
        if q.statistics is not None:
            q.fixed = q.statistics.scores(changed)
        q.statistics = None            # not needed once the fixes are measured (nor in reports)


def pooled(qualities: Iterable[Quality], fixed: bool = False) -> Scores | None:
    """Scores over the pairs of several files together (per language)."""
    qs = list(qualities)
    if not qs:
        return None
    hyps = [(p.fixed_text if fixed and p.fixed_text is not None else p.hyp_text) for q in qs for p in q.pairs]
    refs = [p.ref_text for q in qs for p in q.pairs]
    return corpus_scores(hyps, refs, qs[0].lang)


# --- comparing files on disk (audit apply) -------------------------------

def compare_files(hyp_path, ref_path, lang: str | None = None) -> Scores | None:
    """Scores of the MT file at `hyp_path` against the reference file at
    `ref_path`, read, split and aligned as a run would. For bilingual files
    the target sides are paired by unit id."""
    from pathlib import Path

    from ..files.readers import read_file
    from ..text.segment import split_version
    hyp_v = [v for v in read_file(Path(hyp_path), lang) if not v.is_source]
    ref_v = [v for v in read_file(Path(ref_path), lang) if not v.is_source]
    if not hyp_v or not ref_v:
        return None
    h, r = hyp_v[0], ref_v[0]
    hs, rs = split_version(h), split_version(r)
    if h.fmt != "text":
        ids: dict[str, list[int]] = {}
        for s in rs:
            ids.setdefault(r.segments[s.segment].id, []).append(s.index)
        by_unit: dict[str, list[int]] = {}
        for s in hs:
            by_unit.setdefault(h.segments[s.segment].id, []).append(s.index)
        groups = [(tuple(v), tuple(ids[k])) for k, v in by_unit.items() if k in ids]
    else:
        groups = [(g.a, g.b) for g in align_to_reference(hs, rs)]
    hyps = [" ".join(hs[i].text for i in a) for a, _ in groups]
    refs = [" ".join(rs[i].text for i in b) for _, b in groups]
    return corpus_scores(hyps, refs, h.lang)


# --- loading a reference --------------------------------------------------

def as_reference(read: list[Version], loaded: list[Version]) -> list[Version]:
    """The versions read from a reference file, marked as references. Of a
    bilingual post-edited copy only the target side counts, and it is paired
    with the file it post-edits by unit id."""
    targets = [v for v in read if not v.is_source] if len(read) > 1 else read
    bilingual = tuple(v.label for v in loaded if v.fmt != "text")
    for v in targets:
        v.is_reference = True
        if v.fmt != "text":
            v.prealigned_with = bilingual
    return targets
