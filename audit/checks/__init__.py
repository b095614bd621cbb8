"""Checks: each finds occurrences whose term expresses the wrong concept.

A check is a class in its own module, registered with `@check(...)`, which
sets its finding kind and severity (as translate-toolkit's checks do with
decorators). `run` yields `Flag`s; the pipeline merges flags on the same
occurrence, builds the suggestion and turns them into findings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..plugins import import_submodules
from ..model import Evidence, SetResult, Term, VersionResult
from ..terms.termbase import Termbase


@dataclass
class Flag:
    version: int                 # index into SetResult.versions
    occurrence: int              # index into VersionResult.occurrences
    concept: str                 # what the occurrence should express
    confidence: float
    evidence: list[Evidence]
    kind: str = ""
    severity: str = ""
    # the word the evidence uses, where it is in the target's own language (a
    # post-edited reference): the replacement then follows the post-editor
    term: Term | None = None
    # A text-alone collapse is a pair: `partner` is the other occurrence of it.
    # `pairing` says how the side was chosen: "symmetric" where the meaning does
    # not depend on which of the two changes ("X vs X", "between X and X"), so
    # the pipeline may move the fix to the side whose concept has a word;
    # "undecided" where it does ("X buys once, while X …") but meaning gave no
    # margin, so the finding offers both readings; "decided" where meaning told
    # which is which (an ambiguous word may then be fixed on either side, each
    # with its own concept).
    partner: int | None = None
    pairing: str = ""


@dataclass
class Context:
    result: SetResult
    termbase: Termbase
    source: int | None           # index of the source version, if any
    # trust as evidence: 1 for the source, else how well the version keeps
    # the concepts apart (pipeline.distinction_weight)
    weights: list[float] = field(default_factory=list)
    # A plain text too big to hold is checked window by window (audit.run.stream):
    # `whole` carries the facts of the whole text the rules that look at all
    # of it need (audit.run.stream.Whole), `core` the window's own segments
    # (the rest is context), whose facts a first pass gathers. None: the text is whole.
    whole: object | None = None
    core: range | None = None

    @property
    def versions(self) -> list[VersionResult]:
        return self.result.versions


class Check:
    name = ""
    kind = ""
    severity = "major"
    # Checks run in this order: evidence from other versions first, so that
    # text-alone rules can step aside where that evidence already spoke.
    order = 10

    def run(self, ctx: Context) -> Iterator[Flag]:
        raise NotImplementedError

    def flag(self, version: int, occurrence: int, concept: str, confidence: float,
             evidence: list[Evidence], severity: str | None = None) -> Flag:
        return Flag(version, occurrence, concept, confidence, evidence, self.kind, severity or self.severity)


def alignment_fit(score: float | None) -> float:
    """How far a finding may rest on an aligned group: fully from a cosine of
    0.90 up, half at 0.85 and below. A group the cheap structure decided
    (score None) passed stricter tests than a cosine."""
    return 1.0 if score is None else min(1.0, max(0.5, (score - 0.80) / 0.10))


def shown_score(score: float | None) -> float | None:
    """The group's similarity as evidence shows it (none where not measured)."""
    return None if score is None else round(score, 3)


def judged_alone(ctx: Context) -> list[int]:
    """The versions the whole-text checks judge (definitions, table headers,
    the sense marks): every version of a set with no source. Where a source
    is given it decides (the cross-version check), and its own wording is not
    under audit; the pair rules still judge what it says nothing about
    (`alone_sentences`)."""
    return [] if ctx.source is not None else list(range(len(ctx.versions)))


def alone_sentences(ctx: Context) -> Iterator[tuple[int, set[int] | None]]:
    """(version, its sentences the pair rules judge, None for all): every
    version of a set with no source; with a source, the sentences of a
    plain-text translation for which the source says nothing: those the
    alignment left without a counterpart (web junk, a paragraph it could not
    place) or joined to source sentences that name no term (a heading the
    page added, merged into the sentence next to it). Bilingual files pair
    every unit with its source by id."""
    if ctx.source is None:
        yield from ((vi, None) for vi in range(len(ctx.versions)))
        return
    s = ctx.source
    with_terms = {o.sentence for o in ctx.versions[s].occurrences}
    for vi, vr in enumerate(ctx.versions):
        if vi == s or vr.version.fmt != "text" or vr.version.is_reference:
            continue
        spoken = set()
        for g in ctx.result.alignments.get((min(vi, s), max(vi, s)), []):
            mine, theirs = (g.a, g.b) if vi < s else (g.b, g.a)
            if with_terms.intersection(theirs):
                spoken.update(mine)
        alone = set(range(len(vr.sentences))) - spoken
        if alone:
            yield vi, alone


CHECKS: list[type[Check]] = []


def check(name: str, kind: str, severity: str) -> Callable[[type[Check]], type[Check]]:
    def deco(cls: type[Check]) -> type[Check]:
        cls.name, cls.kind, cls.severity = name, kind, severity
        CHECKS.append(cls)
        return cls
    return deco


def all_checks() -> list[Check]:
    import_submodules(__name__)
    return sorted((cls() for cls in CHECKS), key=lambda c: c.order)


def check_names(cls) -> set[str]:
    """The names --checks chooses a check by: its name and kind, its group
    ("pofilter" for all of translate-toolkit's), its tests (bare and qa-), and "all"."""
    tests = tuple(getattr(cls, "tests", ()))
    return ({"all", cls.name, cls.kind, getattr(cls, "group", "")} | set(tests) | {f"qa-{t}" for t in tests}) - {""}


def optional_checks() -> set[str]:
    """Names --checks accepts: those of each optional check, and "all"."""
    import_submodules(__name__)
    names = {"all"}
    for cls in CHECKS:
        if getattr(cls, "optional", False):
            names |= check_names(cls)
    return names
