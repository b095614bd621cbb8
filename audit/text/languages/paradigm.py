"""Languages whose nouns are declined by rule.

A subclass says how to build every form of a lemma, each under a grammatical
slot (("gen", "sg"), ("pl", "poss3", "acc"), ...). Finding a term means
finding any form of it; the slots of the form found are the features.
Generating a replacement means taking the target lemma's form for the same
slot. Where a written form fits several slots (German "Kunden") and the target
has different forms for them (Käufers / Käufer / Käufern), or the rules do not
cover the target lemma, `inflect` returns None: no suggestion beats a wrong one.

A slot ending in "+" holds a host form for a clitic suffix (Arabic عملاؤ-هم):
such a form matches only with a suffix, other forms only without one, unless
the language declares its suffixes transparent (`suffix_free_host`).
"""
from __future__ import annotations

import regex

from ...model import Term
from ..normalize import Normalized
from .base import WORD_CHAR, Hit, Language, drop_overlaps, match_case

Slot = tuple


class ParadigmLanguage(Language):
    base_slot: Slot = ("sg",)
    # Length-preserving character folding applied before matching (Romanian
    # cedilla letters, Arabic/Persian yeh and kaf).
    fold_table: dict[int, str] = {}

    # ---- what a subclass provides -------------------------------------------
    def forms(self, lemma: str) -> dict[Slot, list[str]] | None:
        """slot -> written forms (the first is the one generated); None when
        the rules do not cover this lemma."""
        return None

    def attach(self, host: str, suffix: str) -> str | None:
        """Write clitic `suffix` after `host`; None where that is not known."""
        return host + suffix

    def refine(self, text: str, start: int, end: int, slots: frozenset, term: Term) -> tuple[int, frozenset, tuple]:
        """Narrow `slots` (and possibly widen the match to the left, to take in
        an article that must change with the noun) from the context in `text`.
        Returns (new start, slots, extra features)."""
        return start, slots, ()

    # ---- machinery -----------------------------------------------------------
    def paradigm(self, lemma: str) -> dict[Slot, list[str]]:
        cache = self.__dict__.setdefault("_paradigms", {})
        if lemma not in cache:
            cache[lemma] = self.forms(lemma) or {self.base_slot: [lemma]}
        return cache[lemma]

    def covered(self, lemma: str) -> bool:
        return self.forms(lemma) is not None

    def _index(self, term: Term) -> dict[str, frozenset]:
        cache = self.__dict__.setdefault("_indexes", {})
        if term.text not in cache:
            index: dict[str, set] = {}
            for slot, written in self.paradigm(term.text).items():
                for w in written:
                    index.setdefault(_key(w), set()).add(slot)
            cache[term.text] = {k: frozenset(v) for k, v in index.items()}
        return cache[term.text]

    def stems(self, term):
        forms = sorted({w for ws in self.paradigm(term.text).values() for w in ws}, key=len, reverse=True)
        return [r"\s+".join(regex.escape(p) for p in f.split()) for f in forms]

    def form_pattern(self, term):
        pre = "|".join(regex.escape(p) for p in sorted(self.prefixes, key=len, reverse=True))
        suf = "|".join(regex.escape(s) for s in sorted(self.suffixes, key=len, reverse=True))
        body = "|".join(self.stems(term))
        return ((f"(?P<pre>{pre})?" if pre else "(?P<pre>)") + f"(?P<body>{body})"
                + (f"(?P<suf>{suf})?" if suf else "(?P<suf>)"))

    def find(self, text, terms):
        folded = text.translate(self.fold_table) if self.fold_table else text
        norm = Normalized(folded)
        hits: list[Hit] = []
        for term, pattern in zip(terms, self._compiled(tuple(terms))):
            index = self._index(term)
            for m in pattern.finditer(norm.text):
                pre, suf = m.group("pre") or "", m.group("suf") or ""
                slots = index.get(_key(m.group("body")), frozenset({("?",)}))
                hosts = frozenset(s for s in slots if s[-1:] == ("+",))
                slots = hosts if suf and hosts else slots - hosts
                if not slots:
                    continue
                start, slots, extra = self.refine(norm.text, m.start(), m.end(), slots, term)
                hits.append(Hit(norm.to_original(start), norm.to_original(m.end()), term,
                                (pre, tuple(sorted(slots)), suf, *extra)))
        return drop_overlaps(hits)

    def target_form(self, lemma: str, slots) -> str | None:
        """The one form of `lemma` that fits every slot, or None."""
        par = self.paradigm(lemma)
        out = {par[s][0] if s in par else None for s in slots}
        return out.pop() if len(out) == 1 and None not in out else None

    def inflect(self, surface, features, term, target):
        pre, slots, suf = features[:3]
        form = self.target_form(target.text, slots)
        if form is None:
            return None
        body = surface[len(pre):len(surface) - len(suf)]
        if suf:
            whole = self.attach(form, suf)
            if whole is None:
                return None
            return pre + match_case(body, whole)
        return pre + match_case(body, form)


def _key(s: str) -> str:
    return " ".join(s.split()).casefold()


__all__ = ["ParadigmLanguage", "WORD_CHAR", "Slot"]
