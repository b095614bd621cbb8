"""The reference check: a post-edited or human reference in the MT's own
language is the best evidence there is. At each aligned sentence group, the
reference's word at the position of the MT's word decides the concept of the
MT occurrence (evidence rule `reference`, confidence above any pivot), and
the group counts as spoken for, so pivots and text-alone rules step aside.

Where the reference itself collapses the distinction (an ambiguous word at
that position, or one concept where the source or pivots contrast two) it
decides nothing: the group is left to the other evidence and the MT sentence
is recorded in `Quality.reference_collapses`, which the reports show (and
metrics.note_reference_collapses notes on the findings there).
"""
from __future__ import annotations

from difflib import SequenceMatcher
from typing import Iterator

import regex

from ..model import Evidence, Occurrence
from . import Check, Context, Flag, check
from .cross_version import evidence_versions

CONFIDENCE = 0.95            # a pivot reaches at most 0.85, the source 0.9
_WORD = regex.compile(r"\w+|[^\w\s]")


def _groups(ctx: Context, t: int, v: int):
    if t < v:
        return [(g.a, g.b, g.score) for g in ctx.result.alignments.get((t, v), [])]
    return [(g.b, g.a, g.score) for g in ctx.result.alignments.get((v, t), [])]


def _by_sentence(groups) -> dict[int, tuple[int, ...]]:
    """Target sentence -> the evidence sentences of its group."""
    return {s: vs for ts, vs, _ in groups for s in ts}


def _joined(vr, sentences) -> tuple[str, dict[int, int]]:
    """The group's sentences joined by a space, and where each starts in it."""
    parts, starts, pos = [], {}, 0
    for s in sentences:
        starts[s] = pos
        parts.append(vr.sentences[s].text)
        pos += len(vr.sentences[s].text) + 1
    return " ".join(parts), starts


def _span(vr, occ: Occurrence, starts: dict[int, int]) -> tuple[int, int]:
    base = starts[occ.sentence] - vr.sentences[occ.sentence].start
    return occ.start + base, occ.end + base


def _mapper(a: str, b: str):
    """Maps a character span of `a` to the span of `b` that the word-level
    diff puts at the same position."""
    wa = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(a)]
    wb = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(b)]
    ops = SequenceMatcher(None, [w for *_, w in wa], [w for *_, w in wb], autojunk=False).get_opcodes()

    def map_span(start: int, end: int) -> tuple[int, int] | None:
        ids = [k for k, (s, e, _) in enumerate(wa) if s < end and start < e]
        if not ids:
            return None
        lo, hi = ids[0], ids[-1] + 1
        out = []
        for tag, i1, i2, j1, j2 in ops:
            if i2 <= lo or hi <= i1 or tag == "insert":
                continue
            if tag == "equal":
                out += [j1 + (max(lo, i1) - i1), j1 + (min(hi, i2) - i1) - 1]
            elif j2 > j1:                     # replace: the whole replaced stretch
                out += [j1, j2 - 1]
        if not out:
            return None
        return wb[min(out)][0], wb[max(out)][1]
    return map_span


def _index(vr) -> dict[int, list[Occurrence]]:
    """Occurrences by sentence."""
    out: dict[int, list[Occurrence]] = {}
    for o in vr.occurrences:
        out.setdefault(o.sentence, []).append(o)
    return out


def _concepts(by_sentence: dict[int, list[Occurrence]], sentences, distinction: str) -> set[str]:
    return {c for s in sentences for o in by_sentence.get(s, ()) if o.term.distinction == distinction
            and not o.term.ambiguous for c in o.concepts}


@check("reference", kind="wrong-term", severity="major")
class ReferenceEvidence(Check):
    order = -1                   # before cross-version: the reference speaks first

    def run(self, ctx: Context) -> Iterator[Flag]:
        for q in getattr(ctx.result, "quality", []):
            yield from self._pair(ctx, q)

    def _pair(self, ctx: Context, q) -> Iterator[Flag]:
        t, r = q.version, q.reference
        target, ref = ctx.versions[t], ctx.versions[r]
        if not target.occurrences:
            return
        others = evidence_versions(ctx, t)        # source or pivots: to tell a collapsing reference
        other_groups = {v: _by_sentence(_groups(ctx, t, v)) for v in others}
        occ_by_sentence: dict[int, list[int]] = {}
        for k, o in enumerate(target.occurrences):
            occ_by_sentence.setdefault(o.sentence, []).append(k)
        ref_by_sentence = _index(ref)
        other_occs = {v: _index(ctx.versions[v]) for v in others}
        for t_sents, r_sents, score in _groups(ctx, t, r):
            t_ids = [k for s in t_sents for k in occ_by_sentence.get(s, [])]
            if not t_ids:
                continue
            t_text, t_starts = _joined(target, t_sents)
            r_text, r_starts = _joined(ref, r_sents)
            r_occs = [o for s in r_sents for o in ref_by_sentence.get(s, [])]
            map_span = _mapper(t_text, r_text)
            for distinction in dict.fromkeys(target.occurrences[k].term.distinction for k in t_ids):
                ids = [k for k in t_ids if target.occurrences[k].term.distinction == distinction]
                mine = [o for o in r_occs if o.term.distinction == distinction]
                if not mine:
                    continue
                ref_concepts = _concepts(ref_by_sentence, r_sents, distinction)
                if self._collapses(t_sents, mine, ref_concepts, others, other_groups, other_occs, distinction):
                    q.reference_collapses.extend(s for s in t_sents if s not in q.reference_collapses)
                    continue
                yield from self._decide(ctx, t, ids, mine, map_span, t_starts, r_starts, r_text,
                                        ref, score, contrast=len(ref_concepts) > 1)

    @staticmethod
    def _collapses(t_sents, mine, ref_concepts, others, other_groups, other_occs, distinction) -> bool:
        """The reference uses an ambiguous word here, or names one concept
        where the best other evidence names two."""
        if all(o.term.ambiguous for o in mine):
            return True
        if len(ref_concepts) != 1 or len(mine) < 2:
            return False
        for v in others:
            vs = next((other_groups[v][s] for s in t_sents if s in other_groups[v]), None)
            if vs is not None:
                return len(_concepts(other_occs[v], vs, distinction)) > 1
        return False

    def _decide(self, ctx, t, ids, mine, map_span, t_starts, r_starts, r_text, ref, score, contrast):
        target, label = ctx.versions[t], ref.version.label
        r_spans = [_span(ref, o, r_starts) for o in mine]
        fit = min(1.0, max(0.5, score / 0.6))
        for k in ids:
            occ = target.occurrences[k]
            mapped = map_span(*_span(target, occ, t_starts))
            if mapped is None:
                continue
            overlaps = [(min(e, mapped[1]) - max(s, mapped[0]), n) for n, (s, e) in enumerate(r_spans)]
            best = max(overlaps, default=(0, None))
            if best[0] <= 0 or mine[best[1]].term.ambiguous:
                continue                  # the post-editor rephrased: no word at that position
            r_occ = mine[best[1]]
            (concept,) = r_occ.concepts
            ev = Evidence("reference", label, r_text, round(score, 3), r_occ.surface)
            target.inferred[k] = (concept, [ev])
            if concept in occ.concepts and not (occ.term.ambiguous and contrast):
                continue
            flag = self.flag(t, k, concept, CONFIDENCE * fit, [ev], "major" if contrast else "minor")
            flag.kind = "ambiguous-term" if occ.term.ambiguous else "wrong-term"
            flag.term = r_occ.term
            yield flag
