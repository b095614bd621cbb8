"""A person word for what the text itself calls the program, next to the same
technical word: an article that says "E-Mail-Client" and then "Anfragen von
E-Mail-Kunden", or "klien email" and then "pelanggan email". Machine
translation, one sentence at a time, renders one source term two ways; the
technical word beside both (email, API, VPN, SSH...: the sense's `marks` in
the termbase, words translations keep as they are) says which one is meant.

Judged only where no source speaks (`judged_alone`): with a source, the
wrong-sense check reads the sense off the source instead. Nothing is found
where the text never names the program with its own word: "E-Mail-Kunden"
alone may well be an email provider's customers."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..text.languages import base_code
from ..model import Evidence, VersionResult
from ..terms.senses import marks_beside
from ..terms.termbase import Sense
from . import Check, Context, Flag, check, judged_alone

CONFIDENCE = 0.75


@check("sense-alone", kind="mistranslation", severity="major")
class SenseAlone(Check):
    order = -4            # after wrong-sense; before the checks that leave senses alone

    def run(self, ctx: Context) -> Iterator[Flag]:
        for vi in judged_alone(ctx):
            vr = ctx.versions[vi]
            lang = base_code(vr.version.lang)
            for d in ctx.termbase.distinctions:
                for sense in d.senses:
                    if sense.marks and sense.terms.get(lang):
                        yield from self._sense(vi, vr, lang, sense, ctx)

    def _sense(self, vi: int, vr: VersionResult, lang: str, sense: Sense, ctx: Context) -> Iterator[Flag]:
        if ctx.whole is not None:        # a text read window by window: named anywhere in it
            named = ctx.whole.named.get(sense.id, {})
        else:
            named = sense_marks(vr.version.segments, lang, sense)
        if not named:
            return
        for k, occ in enumerate(vr.occurrences):
            if k in vr.senses:
                continue
            text = vr.version.segments[occ.segment].text
            if sense.accepts(lang, occ.term, text[occ.start:]):
                continue
            shared = sorted(marks_beside(text, occ.start, occ.end, sense.marks).keys() & named.keys())
            if shared:
                phrase = named[shared[0]]
                vr.senses[k] = sense.id
                yield self.flag(vi, k, sense.id, CONFIDENCE, [Evidence(
                    f"sense alone: '{phrase}' elsewhere in the text", vr.version.label, phrase)])


def sense_marks(segments, lang: str, sense: Sense, named: dict | None = None) -> dict[tuple[str, str], str]:
    """(side, technical word) -> the phrase ("E-Mail-Client"): where the text
    names the program with its own word and a mark beside it; the first
    phrase of each is kept (`named`: the marks of the text before these segments)."""
    words = sorted({t.text for t in sense.terms[lang]}, key=len, reverse=True)
    # the program named with its own word, prefixes of inflected forms included (istemcileri)
    own = _own_pattern(tuple(words))
    named = {} if named is None else named
    for seg in segments:
        for m in own.finditer(seg.text):
            for key, phrase in marks_beside(seg.text, m.start(), m.end(), sense.marks).items():
                named.setdefault(key, phrase)
    return named


@lru_cache(maxsize=64)
def _own_pattern(words: tuple[str, ...]):
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(map(regex.escape, words)) + r")\p{L}*", regex.IGNORECASE)
