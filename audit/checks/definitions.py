"""The same term defined twice side by side ("Клиент: one who is protected" /
"Клиент: one who buys"), or standing as two section headings each followed
by its own explanation ("Customer" ... "Customer" ...): one of them is the
other concept. Which one is read from the definitions' meaning."""
from __future__ import annotations

import unicodedata
from typing import Iterator

import regex

from ..text.languages import Language, get_language
from ..model import Occurrence, VersionResult
from . import Check, Context, Flag, check, judged_alone
from .text_alone import decide, pair_flag

WINDOW = 3            # how many paragraphs apart the two definitions may stand
HEADING_WINDOW = 8    # how many paragraphs apart two twin headings may stand
HEADING_WORDS = 6     # a heading is short
_LEAD = regex.compile(r"^[\s•·▪◦\-–—*#>]*(?:\(?[0-9]{1,2}[.)]|[a-zA-Z][.)](?=\s)|[IVX]{1,4}\.)?[\s*#]*")
_GLOSS = regex.compile(r"^\s*[(（][^)）]{1,30}[)）]")
_EDGE = r"[\s\"'“”„«»‹›「」『』()\[\]（）*_#:：?？!！.。…,，-]"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _lead_is_empty(text: str, o: Occurrence, lang: Language) -> bool:
    """Nothing but bullets, numbering, markdown and a determiner before the term."""
    lead = nfc(text[:o.start])
    lead = lead[_LEAD.match(lead).end():].strip(" \"'“”«»*_").casefold()
    return not lead or lead in {nfc(d).casefold() for d in lang.determiners}


def definition_heads(vr: VersionResult, lang: Language) -> list[tuple[int, int, str, str]]:
    """(segment, occurrence index, mark, definition text) of terms opening a definition."""
    out = []
    per_segment: dict[int, int] = {}
    for o in vr.occurrences:
        per_segment[o.segment] = per_segment.get(o.segment, 0) + 1
    for k, o in enumerate(vr.occurrences):
        text = vr.version.segments[o.segment].text
        if o.start > 40 or not _lead_is_empty(text, o, lang):
            continue              # a definition opens its line: at most one per line reaches here
        rest = _GLOSS.sub("", nfc(text[o.end:]), count=1)        # "Customer (noun): …"
        mark = next((m for m in lang.definition_marks + lang.weak_definition_marks if rest.startswith(m)), None)
        if mark is None and per_segment[o.segment] == 1 and _sentence(rest, lang):
            mark = PARALLEL            # "Il cliente riceve consigli …" / "Il cliente acquista …": any language
        # a question ("Customer là ai?") announces a definition, it is not one
        if mark and not text.rstrip().endswith(("?", "？")) and len(rest[len(mark):].split()) >= 2 or (
                mark and not lang.spaced and len(rest[len(mark):]) >= 4 and not text.rstrip().endswith(("?", "？"))):
            out.append((o.segment, k, mark, rest[len(mark):].strip()))
    return out


# A line that opens with the term and goes on as a sentence, without a mark
# ("Der Kunde erhält …", "고객은 … 사람입니다"): a definition in any language, but
# only where the two lines' meaning clearly tells two concepts apart.
PARALLEL = "\0sentence"
PARALLEL_MARGIN = 0.08


def _sentence(rest: str, lang: Language) -> bool:
    """A sentence that ends as one (a title "Покупатель и клиент: кому что положено" does not)."""
    words = rest.split()
    ends = rest.rstrip().endswith((".", "。", "!", "।", "۔", "։", "።"))
    return ends and (len(words) >= 5 if lang.spaced else len(rest.strip()) >= 10)


def headings(vr: VersionResult, lang: Language) -> list[tuple[int, int, str]]:
    """(segment, occurrence index, shape) of short lines that hold one term and no sentence:
    the shape is the line with the term taken out, to compare two headings."""
    per_segment: dict[int, list[int]] = {}
    for k, o in enumerate(vr.occurrences):
        per_segment.setdefault(o.segment, []).append(k)
    out = []
    for seg, ks in per_segment.items():
        if len(ks) != 1:
            continue
        o = vr.occurrences[ks[0]]
        text = nfc(vr.version.segments[seg].text).strip()
        if text.endswith((".", "。")) or "\t" in text or text.count("|") >= 2:
            continue
        size = len(text.split()) if lang.spaced else len(text) / 3
        if size > HEADING_WORDS:
            continue
        raw = vr.version.segments[seg].text
        shape = nfc(raw[:o.start]) + "\0" + nfc(raw[o.end:])
        shape = regex.sub(r"[0-9]+", "", shape.casefold())
        shape = regex.sub(rf"^{_EDGE}+|{_EDGE}+$", "", shape)
        out.append((seg, ks[0], shape))
    return out


def _prose(text: str, lang: Language) -> bool:
    return len(text.split()) >= 5 if lang.spaced else len(text.strip()) >= 12


@check("definitions", kind="self-collapse", severity="major")
class TwoDefinitions(Check):
    def run(self, ctx: Context) -> Iterator[Flag]:
        for vi in judged_alone(ctx):
            vr = ctx.versions[vi]
            lang = get_language(vr.version.lang)
            covered: set[int] = set()      # segments of sections whose headings were flagged
            yield from self._headings(ctx, vi, vr, lang, covered)
            heads = definition_heads(vr, lang)
            for (s1, k1, m1, d1), (s2, k2, m2, d2) in zip(heads, heads[1:]):
                if s2 - s1 > WINDOW or m1 != m2 or not self._twins(vr, k1, k2) or {s1, s2} <= covered:
                    continue
                flag = self._flag(ctx, vi, vr, k1, k2, [d1, d2], "two definitions",
                                  f"{vr.version.segments[s1].text}\n{vr.version.segments[s2].text}", 0.6)
                if m1 in lang.weak_definition_marks and flag.evidence[1].rule != "side by meaning":
                    continue          # "X is …" twice defines two concepts only where the definitions differ
                if m1 == PARALLEL and not (flag.evidence[1].rule == "side by meaning"
                                           and (flag.evidence[1].score or 0) >= PARALLEL_MARGIN):
                    continue          # two lines about one customer ("Der Kunde zahlt …" / "Der Kunde erhält …")
                yield flag

    def _headings(self, ctx, vi, vr, lang, covered: set[int]) -> Iterator[Flag]:
        """Twin headings: the same line twice, each heading an explanation. They
        speak for their sections: the definitions below them are not flagged again."""
        # headings are lines of a document; units of a localisation file are labels
        if not all(seg.offset is not None for seg in vr.version.segments):
            return
        lines = headings(vr, lang)
        last: dict[tuple, tuple[int, int]] = {}
        for n, (seg, k, shape) in enumerate(lines):
            o = vr.occurrences[k]
            key = (o.term.distinction, o.concepts, shape)
            prev, last[key] = last.get(key), (seg, k)
            if prev is None or prev[0] in covered:
                continue
            s1, k1 = prev
            between = list(range(s1 + 1, seg))
            if seg - s1 > HEADING_WINDOW or not between or not self._twins(vr, k1, k):
                continue
            stop = min(lines[n + 1][0] if n + 1 < len(lines) else len(vr.version.segments), seg + 4)
            body1 = " ".join(vr.version.segments[s].text for s in between[:3])
            body2 = " ".join(vr.version.segments[s].text for s in range(seg + 1, stop))
            if not (_prose(body1, lang) and _prose(body2, lang)):
                continue          # each heading must head an explanation
            covered.update(range(s1, stop))
            yield self._flag(ctx, vi, vr, k1, k, [body1, body2], "twin headings",
                             f"{vr.version.segments[s1].text}\n…\n{vr.version.segments[seg].text}", 0.55)

    @staticmethod
    def _twins(vr: VersionResult, k1: int, k2: int) -> bool:
        o1, o2 = vr.occurrences[k1], vr.occurrences[k2]
        return (o1.concepts == o2.concepts and o1.term.distinction == o2.term.distinction
                and not vr.inferred[k1][0] and not vr.inferred[k2][0])

    def _flag(self, ctx, vi, vr, k1, k2, contexts, rule, shown, confidence) -> Flag:
        o1, o2 = vr.occurrences[k1], vr.occurrences[k2]
        d = ctx.termbase.distinction(o1.term.distinction)
        side, concept, conf, ev = decide(d, vr.version.lang, o1, o2, contexts, rule, confidence,
                                         vr.version.label, shown)
        ev[0].term = f"{o1.surface} / {o2.surface}"
        return pair_flag(self, vi, k1, k2, side, concept, conf, ev, rule)
