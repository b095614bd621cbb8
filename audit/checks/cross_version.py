"""The main check: compare each occurrence with what the aligned source says,
or, with no source, what the versions that keep the distinction say.

Within one aligned sentence group the concepts the evidence expresses are
matched to the target's occurrences, preferring agreement and then the same
order; a target occurrence matched to a concept its term does not express is
a wrong term, and an ambiguous term matched where the evidence contrasts both
concepts is flagged as ambiguous, unless the target names the other concept
there with a word of its own (then the contrast tells them apart).

Only where the distinction is live (audit.terms.scope): the evidence names both
concepts in that group, or its document is about the difference. Elsewhere
the concept is still recorded (for the file-level observation), but one
word for both is the language's normal usage and no finding is made. A
user's termbase that enforces its terms (`enforce = true`) is the exception:
every deviation is a term-compliance finding."""
from __future__ import annotations

from itertools import combinations, permutations
from typing import Iterator

from ..text.languages import base_code
from ..model import Evidence, Occurrence
from ..terms.scope import about_difference
from . import Check, Context, Flag, alignment_fit, check, shown_score

PIVOT_MIN_WEIGHT = 0.2     # a version that barely uses one of the concepts is no pivot
PIVOT_LEAD = 0.1           # a pivot must keep the distinction clearly better than the target
BRUTE_FORCE_LIMIT = 6


def sentence_groups(ctx: Context, t: int, v: int) -> Iterator[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """(sentences of t, sentences of v, similarity) for each aligned group,
    one at a time (a million-unit file's groups are never all built at once)."""
    if t < v:
        return ((g.a, g.b, g.score) for g in ctx.result.alignments.get((t, v), []))
    return ((g.b, g.a, g.score) for g in ctx.result.alignments.get((v, t), []))


def evidence_versions(ctx: Context, t: int) -> list[int]:
    """Versions whose word is taken for the concept, best first."""
    if ctx.source is not None:
        return [ctx.source] if ctx.source != t else []
    # A reference speaks for its own MT in checks/reference.py, and only there
    # (for other languages it is one more version, whose results it would change).
    pivots = [v for v in range(len(ctx.versions))
              if v != t and ctx.weights[v] >= PIVOT_MIN_WEIGHT and ctx.weights[v] >= ctx.weights[t] + PIVOT_LEAD
              and not ctx.versions[v].version.is_reference]
    return sorted(pivots, key=lambda v: -ctx.weights[v])


def assign(targets: list[Occurrence], expected: list[str], fits=None, hint=None) -> list[int | None]:
    """For each target occurrence, the index of the expected concept it renders:
    fewest disagreements first, then the most `hint(occ, concept)` (the
    target's own words say which it is), then fewest order inversions.
    `fits(occ, concept)` says whether an occurrence expresses a concept
    (default: its term's concepts include it)."""
    m, k = len(targets), len(expected)
    n = min(m, k)
    fits = fits or (lambda occ, concept: concept in occ.concepts)

    def cost(t_ids, e_ids) -> float:
        wrong = sum(not fits(targets[t], expected[e]) for t, e in zip(t_ids, e_ids))
        hinted = sum(bool(hint and hint(targets[t], expected[e])) for t, e in zip(t_ids, e_ids))
        inversions = sum(1 for x, y in combinations(e_ids, 2) if x > y)
        return wrong - 0.1 * hinted + 0.001 * inversions

    if m > BRUTE_FORCE_LIMIT or k > BRUTE_FORCE_LIMIT:
        pairs = list(zip(range(n), range(n)))         # plain order when too many to try
    else:
        best = min(((t_ids, e_ids) for t_ids in combinations(range(m), n)
                    for e_ids in permutations(range(k), n)), key=lambda p: cost(*p))
        pairs = list(zip(*best))
    out: list[int | None] = [None] * m
    for t_id, e_id in pairs:
        out[t_id] = e_id
    return out


@check("cross-version", kind="wrong-term", severity="major")
class CrossVersion(Check):
    order = 0

    def run(self, ctx: Context) -> Iterator[Flag]:
        self.about: dict[int, dict[str, str]] = {}
        for t, target in enumerate(ctx.versions):
            pivots = evidence_versions(ctx, t)
            if not pivots or not target.occurrences:
                continue
            for v in pivots:
                if v not in self.about:
                    self.about[v] = about_difference(ctx.versions[v])
            groups = {v: sentence_groups(ctx, t, v) for v in pivots}
            yield from self._version(ctx, t, pivots, groups)

    def _version(self, ctx, t, pivots, groups) -> Iterator[Flag]:
        target = ctx.versions[t]
        occ_by_sentence: dict[int, list[int]] = {}
        for k, o in enumerate(target.occurrences):
            occ_by_sentence.setdefault(o.sentence, []).append(k)
        for v in pivots:
            for t_sents, v_sents, score in groups[v]:
                # occurrences rendering a sense (software-client) are the sense check's
                t_ids = [k for s in t_sents for k in occ_by_sentence.get(s, []) if k not in target.senses]
                if not t_ids or any(target.inferred[k][0] for k in t_ids):
                    continue          # a better pivot already spoke for this group
                yield from self._group(ctx, t, v, t_ids, v_sents, score)

    @staticmethod
    def _by_sentence(pivot) -> dict[int, list[tuple[Occurrence, int]]]:
        cached = getattr(pivot, "_occ_by_sentence", None)
        if cached is None or cached[0] != len(pivot.occurrences):
            index: dict[int, list[Occurrence]] = {}
            for i, o in enumerate(pivot.occurrences):
                index.setdefault(o.sentence, []).append((o, i))
            cached = (len(pivot.occurrences), index)
            pivot._occ_by_sentence = cached
        return cached[1]

    def _group(self, ctx, t, v, t_ids, v_sents, score) -> Iterator[Flag]:
        target, pivot = ctx.versions[t], ctx.versions[v]
        by_sentence = self._by_sentence(pivot)     # indexed once per pivot: linear in units
        v_occs = [o for s in sorted(set(v_sents)) for o, i in by_sentence.get(s, ())
                  if not o.term.ambiguous and i not in pivot.senses]
        for distinction in {target.occurrences[k].term.distinction for k in t_ids}:
            ids = [k for k in t_ids if target.occurrences[k].term.distinction == distinction]
            ev_occs = [o for o in v_occs if o.term.distinction == distinction]
            if not ev_occs:
                continue
            expected = [next(iter(o.concepts)) for o in ev_occs]
            contrast = len(set(expected)) > 1
            if contrast and pivot.version.segments[ev_occs[0].segment].offset is None:
                contrast = _contrasted_in_unit(pivot, ev_occs, ctx.termbase.find(distinction))
            mapping = assign([target.occurrences[k] for k in ids], expected)
            text = " ".join(pivot.sentences[s].text for s in v_sents)
            is_source = ctx.source == v
            base = 0.9 if is_source else 0.45 + 0.4 * min(1.0, ctx.weights[v])
            fit = alignment_fit(score)
            d = ctx.termbase.find(distinction)
            enforce = bool(d and d.enforce)
            about = self.about.get(v, {}).get(distinction)
            # concepts this group renders with a word of their own ("den Mandanten")
            own = {c for k in ids if not target.occurrences[k].term.ambiguous for c in target.occurrences[k].concepts}
            for k, e in zip(ids, mapping):
                if e is None:
                    continue
                occ, concept = target.occurrences[k], expected[e]
                ev = Evidence("source" if is_source else "pivot", pivot.version.label, text,
                              shown_score(score), ev_occs[e].surface)
                target.inferred[k] = (concept, [ev])
                if concept in occ.concepts and not (occ.term.ambiguous and (contrast or enforce)):
                    continue
                if occ.term.ambiguous and contrast and d is not None and _fixed_on_the_other_side(d, occ, concept, expected):
                    continue
                if occ.term.ambiguous and contrast and not enforce and {c for c in expected if c != concept} <= own:
                    continue      # "vertritt den Mandanten; der Laden bedient den Kunden": kept apart
                if enforce:
                    flag = self.flag(t, k, concept, base * fit, [ev], "major" if contrast else "minor")
                    flag.kind = "term-compliance"
                    yield flag
                    continue
                if not contrast and not about:
                    continue      # not live here: counted in the file's observation instead
                evidence = [ev] if contrast else [ev, Evidence("about the difference", pivot.version.label, about)]
                kind = "ambiguous-term" if occ.term.ambiguous else "wrong-term"
                severity = "major" if contrast else "minor"
                flag = self.flag(t, k, concept, base * fit, evidence, severity)
                flag.kind = kind
                yield flag


def _fixed_on_the_other_side(d, occ: Occurrence, concept: str, expected: list[str]) -> bool:
    """One word covers both concepts (es/fr/pt cliente, pl klient) and the
    language has a word of its own only for the other one (comprador): the
    collapse is fixed there, and a finding here could offer nothing."""
    lang = base_code(occ.term.lang)
    return d.preferred(lang, concept) is None and any(d.preferred(lang, c) for c in expected if c != concept)



def _contrasted_in_unit(pivot, occs: list[Occurrence], d) -> bool:
    """Whether a localisation string that names both concepts draws the
    distinction. Not where the two words name one referent: they stand in
    different sentences ("... invoicing and billing customers. ... Your
    clients can print your invoices"), or one of them only modifies a noun
    ("This customer can log in to the client portal"), unless the string
    says they differ. "Clients of a lawyer, not customers" and "a client or
    a customer" draw it."""
    from ..text.languages import get_language
    lang = get_language(pivot.version.lang)
    text = pivot.version.segments[occs[0].segment].text
    if any(w in text.casefold() for w in lang.difference_words):
        return True
    heads = set(lang.compound_heads)
    for sense in (d.senses if d else []):
        for cue in sense.concept_cues.get(base_code(pivot.version.lang), []):
            tokens = cue.split()
            if tokens[:1] == ["*"] and len(tokens) > 1:
                heads |= {w.casefold() for w in tokens[1].split("|")}

    def modifier(o) -> bool:
        after = text[o.end:o.end + 40].lstrip(" -")
        word = after.split(" ", 1)[0].strip(".,:;!?()").casefold() if after[:1].isalpha() else ""
        return word in heads

    for a, b in combinations(sorted(occs, key=lambda o: o.start), 2):
        if a.concepts != b.concepts and a.sentence == b.sentence and not modifier(a) and not modifier(b):
            return True
    return False
