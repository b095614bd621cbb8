"""Checks that report findings of their own, not flags on a term occurrence.

The glossary checks and translate-toolkit's pofilter tests look at a source
and its translation side by side (a bilingual unit, or an aligned sentence
group) and may flag a place where no termbase term stands ("the approved term
is missing here"). They subclass `DirectCheck`: `findings(ctx)` yields
(version index, `Finding`), which the pipeline adds to that version's
findings as they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import Evidence, Finding, Version, VersionResult, finding_id
from ..text.languages.east_asian import chinese_script
from . import Check, Context, Flag, check_names

_LOCALE_IN_NAME = re.compile(r"(?:^|[._-])([a-z]{2,3}(?:[-_](?:[A-Za-z]{4}|[A-Z]{2}|\d{3}))*)$")


class DirectCheck(Check):
    """A check whose findings need no termbase occurrence. `optional` checks
    run only when chosen with --checks."""
    optional = False
    group = ""          # a name --checks accepts for a family of checks ("pofilter")

    def run(self, ctx: Context) -> Iterator[Flag]:
        return iter(())

    def findings(self, ctx: Context) -> Iterator[tuple[int, Finding]]:
        raise NotImplementedError

    def chosen(self, ctx: Context) -> bool:
        return not self.optional or bool(check_names(type(self)) & set(ctx.termbase.checks))


@dataclass
class Pair:
    """A source text and its translation: a bilingual unit or an aligned group."""
    target: int                      # version index
    source_text: str
    sentences: tuple[int, ...]       # the target's sentence indices
    source_segment: int | None = None   # the source's segment index, for bilingual units


def version_locale(version: Version, locales: dict[str, str]) -> str:
    """The locale of a version: the project profile's choice for its language
    (`locales = { pt = "pt-BR" }`), else what its file name says (pt_BR.po,
    zh_CN.po, de-CH.txt), else, for Chinese, the script its text is written
    in, else its language."""
    lang = version.lang
    if lang in locales:
        return locales[lang]
    stem = version.path.name.split(".")[0]
    m = _LOCALE_IN_NAME.search(stem)
    locale = m.group(1) if m and m.group(1).replace("_", "-").split("-")[0].lower() == lang else lang
    if locale.lower() == "zh":
        # no region in the name (sqlitebrowser's zh.ts): the script its text is written in
        return chinese_script(seg.text for seg in version.segments[:500])
    return locale


# what names a thing rather than says something: URLs, e-mail addresses, paths,
# file extensions (".torrent"), command-line options ("--file")
CODE_LIKE = re.compile(r"\w+://\S+|[\w.+-]+@[\w-]+\.[\w.]+|\S*\w/\w\S*|(?<![\w.])\.\w+|(?<![\w-])--?\w[\w-]*")


def masked(text: str, protected: tuple[tuple[int, int], ...], code: bool = False) -> str:
    """`text` with its inline tags and placeholders blanked (same length), so
    that no term is found inside "%(file)s" or "<b>"; with `code`, URLs, paths,
    extensions and options too (a source term there is a name, not a word)."""
    spans = list(protected)
    if code:
        spans += [m.span() for m in CODE_LIKE.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def pairs(ctx: Context) -> Iterator[Pair]:
    """Every target version's source-translation pairs: for each version
    other than the source (references excepted), each aligned group with the
    source's text of its sentences. Nothing without a source."""
    s = ctx.source
    if s is None:
        return
    src = ctx.versions[s]
    for vi, vr in enumerate(ctx.versions):
        if vi == s or vr.version.is_reference or vr.version.lang == src.version.lang:
            continue
        for g in ctx.result.alignments.get((min(vi, s), max(vi, s)), []):
            theirs, mine = (g.a, g.b) if s < vi else (g.b, g.a)
            if not theirs or not mine:
                continue
            texts = []
            segs = set()
            for k in theirs:
                sent = src.sentences[k]
                seg = src.version.segments[sent.segment]
                segs.add(sent.segment)
                texts.append(masked(seg.text, seg.protected, code=True)[sent.start:sent.end])
            yield Pair(vi, " ".join(texts), tuple(mine), segs.pop() if len(segs) == 1 else None)


def needs_review(vr: VersionResult, sentences: tuple[int, ...]) -> bool:
    """Whether any of these sentences' units is marked unfinished (Segment.unfinished)."""
    return any(vr.version.segments[vr.sentences[k].segment].unfinished for k in sentences)


def target_text(vr: VersionResult, sentences: tuple[int, ...]) -> list[tuple[int, int, str]]:
    """(segment, sentence start, masked text) of each sentence."""
    out = []
    for k in sentences:
        sent = vr.sentences[k]
        seg = vr.version.segments[sent.segment]
        out.append((k, sent.start, masked(seg.text, seg.protected)[sent.start:sent.end]))
    return out


def make_finding(vr: VersionResult, sentence: int, start: int, end: int, *, concept: str, kind: str,
                 severity: str, confidence: float, evidence: list[Evidence], replacement: str | None = None,
                 note: str = "", distinction: str = "") -> Finding:
    """A finding on [start, end) of a target segment (offsets inside the
    segment's text), with the same id scheme as the pipeline's: the sentence's
    text and the span's place in it, so an edit elsewhere keeps the id."""
    sent = vr.sentences[sentence]
    seg = vr.version.segments[sent.segment]
    base = seg.offset or 0
    unit = None if seg.offset is not None else seg.id
    surface = seg.text[start:end]
    suggestion = None
    if replacement is not None:
        suggestion = sent.text[:start - sent.start] + replacement + sent.text[end - sent.start:]
    line = seg.line + seg.text.count("\n", 0, start) if seg.line else None
    return Finding(file=str(vr.version.path), lang=vr.version.lang, start=base + start, end=base + end,
                   term=surface, concept=concept, replacement=replacement, suggestion=suggestion, kind=kind,
                   severity=severity, confidence=confidence, evidence=evidence, sentence=sent.text, unit=unit,
                   line=line, sentence_start=base + sent.start, note=note, distinction=distinction,
                   id=finding_id(vr.version.id_label, "" if seg.offset is not None else seg.id, sent.text,
                                 start - sent.start, surface, kind, concept))
