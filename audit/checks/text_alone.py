"""Text-alone rules: a version that links one term with itself where the
distinction needs two ("X and X", "X vs. X", "between X and X", "X, not X",
"X buys once, while X gets ongoing advice", "X have no reason to stay; X have
no reason to leave", "every X is an X, but not every X is an X") has collapsed
it, whatever the other versions say.

The rules read the words of each language's module (`and_words`,
`contrast_words`, `glued_and`, ...), so a new language is data. Quotes,
brackets, determiners and particles around the terms are looked through; a
repetition told apart by a modifier ("new X and returning X"), a fixed idiom
("from X to X", "X by X", "X-to-X (C2C)") or a compound ("customer service")
is no collapse: none of them is a pure link between the two.

Which occurrence is wrong is read from the meaning of each one's clause
(`meaning.choose_by_meaning`); without a clear margin the concepts are taken to
come in the termbase's order ("client and customer"), with lower confidence
and evidence that says so.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Sequence

import regex

from ..text.languages import Language, get_language
from ..text.segment import at_most_words, has_full_stop
from ..model import Evidence, Occurrence, VersionResult
from ..terms.termbase import Distinction
from . import Check, Context, Flag, alone_sentences, check
from .meaning import choose_by_meaning, mask

WINDOW = 300                    # characters read before and after a pair
MAX_GAP = 400                   # two occurrences further apart are no pair
# How clearly meaning must tell the clauses apart for the rules that stand on it
# alone. One weak cue or the model's noise ("Der Berater ruft den Kunden an, der
# Kunde hingegen möchte eine E-Mail", "مشتری می‌پرسد، مشتری پاسخ می‌دهد": one
# customer) gives margins of 0.03-0.07; real contrasts ("advises … for years" /
# "buys once") 0.08-0.4. A marker after the second term most often contrasts it
# with the first clause's subject (the adviser), not with the first term, so
# that rule needs cues on both sides (its real contrasts: 0.22-0.41).
RULE_MARGIN = {"X … while … X": 0.08, "X …; X …": 0.08, "… X …, X on the other hand …": 0.15,
               "X, not X …": 0.03, "X …, but never … X": 0.05}
SEP = ","                       # token standing for a clause separator
STOP = "."                      # token standing for the end of a sentence
_DROP = regex.compile(r"[\"'“”„‟‘’«»‹›「」『』《》〈〉()\[\]{}（）【】*_`#•▪◦|]+")
_SEPARATORS = regex.compile(r"[,;:，；：、،؛·\u0387፣፤]+|\s[–—-]\s")
_STOPS = regex.compile(r"[!?！？。؟।॥۔։።፧។៕]+|\.(?=\s|$)")
_DASHES = ("–", "—", "/", "-", "x", "×")
_HYPHEN_COMPOUND = regex.compile(r"^[-‐‑][\p{L}\p{M}]")
_GLUED_NEXT = regex.compile(r"^[-‐‑–—]\p{Lu}\p{Ll}")        # a lower-case word glued by a hyphen to a capitalised one
_B2B = regex.compile(r"^[\s\"'»”’」』]*[-‐‑]?\s*[(（]\s*[A-Za-z]2[A-Za-z]\s*[)）]")
_B2B_BEFORE = regex.compile(r"[A-Za-z]2[A-Za-z]\s*[(（:：-]?[\s\"'«“„「『]*$")
_BOUNDED = regex.compile(r"^\s*(?:$|[?!.,;:)\]…»”\"'’」』）：？！。、，–—|/؟،؛।॥۔։።፧។៕፣])")
_WORDS = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_CLAUSE_SPLIT = regex.compile(r"[,;:，；：、،؛·\u0387]|\s[–—]\s")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def tokens(text: str, lang: Language) -> list[str]:
    """Casefolded words of `text` (characters, for unspaced scripts), with
    clause separators as SEP and sentence ends as STOP; quotes and brackets dropped."""
    t = nfc(text).casefold()
    t = _STOPS.sub(f" {STOP} ", t)
    t = _SEPARATORS.sub(f" {SEP} ", t)
    t = _DROP.sub(" ", t)
    out: list[str] = []
    for w in t.split():
        w = w.rstrip(".") if w not in (STOP,) and len(w) > 1 else w
        if not w:
            continue
        if lang.spaced or w in (SEP, STOP):
            out.append(w)
        else:
            out.extend(w)
    return out


@lru_cache(maxsize=None)
def phrases(code: str, attr: str) -> tuple[tuple[str, ...], ...]:
    """A word list of the language as token tuples, longest first."""
    lang = get_language(code)
    items = {tuple(tokens(w, lang)) for w in getattr(lang, attr)}
    return tuple(sorted((p for p in items if p), key=len, reverse=True))


def _code(lang: Language) -> str:
    return lang.code


def strip_end(toks: list[str], lang: Language, *attrs: str) -> list[str]:
    """Drop determiners (and the like) at the end of `toks`, as often as they come."""
    toks = list(toks)
    changed = True
    while changed and toks:
        changed = False
        for attr in attrs:
            for p in phrases(_code(lang), attr):
                if len(toks) >= len(p) and tuple(toks[-len(p):]) == p:
                    del toks[-len(p):]
                    changed = True
                    break
    return toks


def ends_with(toks: Sequence[str], lang: Language, attr: str) -> bool:
    return any(len(toks) >= len(p) and tuple(toks[-len(p):]) == p for p in phrases(_code(lang), attr))


def starts_with(toks: Sequence[str], lang: Language, attr: str) -> bool:
    return any(tuple(toks[:len(p)]) == p for p in phrases(_code(lang), attr))


def find_phrase(toks: Sequence[str], lang: Language, attr: str) -> int | None:
    """Index of the first token of the first phrase of `attr` found in `toks`."""
    for i in range(len(toks)):
        for p in phrases(_code(lang), attr):
            if tuple(toks[i:i + len(p)]) == p:
                return i
    return None


def phrase_at(toks: Sequence[str], i: int, lang: Language, attr: str) -> int:
    """Length of the phrase of `attr` starting at toks[i] (0 if none)."""
    return next((len(p) for p in phrases(_code(lang), attr) if tuple(toks[i:i + len(p)]) == p), 0)


def is_link(toks: Sequence[str], lang: Language, attr: str) -> bool:
    return tuple(toks) in phrases(_code(lang), attr)


def says_difference(text: str, lang: Language) -> bool:
    """Does the text say the two differ (or compare them)? Word starts for spaced scripts."""
    t = nfc(text).casefold()
    if lang.spaced:
        return _difference_pattern(lang.code).search(t) is not None
    return any(nfc(w).casefold() in t for w in lang.difference_words)


@lru_cache(maxsize=None)
def _difference_pattern(code: str):
    """Any of the language's difference words at a word start: one pattern, compiled
    once (a pattern per word and call was a quarter of the time on a long text)."""
    words = [regex.escape(nfc(w).casefold()) for w in get_language(code).difference_words]
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(words)})" if words else r"(?!)")


def modified(lang: Language, before: Sequence[str], after: Sequence[str]) -> bool:
    """Does a modifier stand next to the term ("new X", "X mới", "新X")? Word starts for spaced scripts."""
    if not lang.modifiers:
        return False
    if lang.spaced:
        words = [w for w in (before[-1:] + after[:1]) if w not in (SEP, STOP)]
        stems = _modifier_stems(lang.code)
        return any(w.startswith(m) for w in words for m in stems)
    return ends_with(before, lang, "modifiers") or starts_with(after, lang, "modifiers")


@lru_cache(maxsize=None)
def _modifier_stems(code: str) -> tuple[str, ...]:
    return tuple(nfc(m).casefold() for m in get_language(code).modifiers)


def negation_at(toks: Sequence[str], lang: Language) -> int | None:
    """Index of a negation ('not', 'değil' in 'değildir') in `toks`."""
    found = find_phrase(toks, lang, "not_words")
    if found is not None or not lang.spaced:
        return found
    singles = [p[0] for p in phrases(_code(lang), "not_words") if len(p) == 1 and len(p[0]) >= 3]
    return next((i for i, t in enumerate(toks) if any(t.startswith(w) for w in singles)), None)


def clause_start(toks: list[str]) -> list[str]:
    """The tokens after the last separator: the words of the current clause so far."""
    cut = max((i for i, t in enumerate(toks) if t in (SEP, STOP)), default=-1)
    return toks[cut + 1:]


def _words(toks: Sequence[str]) -> list[str]:
    return [t for t in toks if t not in (SEP, STOP) and not t.isdigit()]


def link_rule(lang: Language, before: str, gap: str, after: str, glued: str | None = None) -> tuple[str, float] | None:
    """Name and confidence of the rule two occurrences of one term fall under,
    from the text before the first (in its sentence), between them and after
    the second; `glued` is a link written joined to a term ('and', 'or', 'between')."""
    raw_gap, after_raw = nfc(gap), nfc(after)
    if raw_gap in ("-", "‐", "‑") or _B2B.match(after_raw) or _B2B_BEFORE.search(nfc(before)) \
            or _HYPHEN_COMPOUND.match(raw_gap) \
            or _HYPHEN_COMPOUND.match(after_raw):
        return None            # "customer-customer", "X-to-X (C2C)", "X-individuals and X-companies"
    gap_t = tokens(raw_gap, lang)
    if STOP in gap_t and not any(is_link(_words(gap_t), lang, a) for a in ("versus_words", "or_words", "and_words")):
        return None            # "Client vs. Customer" is split after "vs."; other stops end the pair
    bare = [t for t in gap_t if t not in (SEP, STOP)]
    link = strip_end(bare, lang, "determiners")
    whole_before = tokens(before, lang)
    before_t = strip_end(whole_before, lang, "determiners")
    det1, det2 = whole_before[len(before_t):], bare[len(link):]
    if det1 and det2 and det1 != det2 and not set(det1 + det2) <= {nfc(a).casefold() for a in lang.articles}:
        return None            # "our clients and their clients"
    after_t = tokens(after_raw, lang)
    if after_t and lang.compound_heads and after_t[0] in lang.compound_heads:
        return None            # "customer and customer service"
    if modified(lang, list(before_t), []) or modified(lang, [], list(after_t)):
        return None            # "nouveaux clients et clients fidèles"
    glued = glued if not link else None
    if correlative(lang, whole_before, bare, after_t, glued):
        return "both X and X", 0.7
    listed = in_list(lang, whole_before, gap_t, after_raw, after_t, glued) if det1 == det2 else None
    if listed:                 # not "every X, even X who …" (κάθε πελάτη, ακόμη και πελάτες)
        return listed, 0.6
    turned = turned_into(lang, whole_before, bare)
    if turned:
        return turned, 0.6
    between = ends_with(before_t, lang, "between_words") or starts_with(after_t, lang, "between_after")
    differ = says_difference(before, lang) or says_difference(after_raw, lang)
    bounded = (bool(_BOUNDED.match(after_raw)) or starts_with(after_t, lang, "between_after")
               or bool(link) and tuple(after_t[:len(link)]) == tuple(link))      # "顧客か、顧客か？"
    if glued == "between":
        return ("between X and X", 0.75) if ends_with(before_t, lang, "between_words") else None
    if glued:
        kind = glued
    elif not link and raw_gap.strip() in _DASHES:
        dash = raw_gap != raw_gap.strip() or raw_gap not in ("-", "x", "×")     # "X – X", "X/X", not "X-X"
        return ("X – X", 0.6) if dash and (bounded or differ or between) else None
    elif not link:
        return ("X X-against", 0.7) if starts_with(after_t, lang, "versus_after") else None
    elif is_link(link, lang, "versus_words"):
        return "X vs X", 0.75
    elif tuple(link) in {(d,) for d in _DASHES}:
        spaced_dash = raw_gap != raw_gap.strip() or link[0] not in ("-", "x", "×")
        return ("X – X", 0.6) if spaced_dash and (bounded or differ or between) else None
    elif (is_link(link, lang, "and_words") or link == ["&"]) and gap_t[:1] != [SEP]:
        kind = "and"           # a comma before "and" makes it "also, even": "každému zákazníkovi, i zákazníkům, kteří …"
    elif is_link(link, lang, "or_words"):
        kind = "or"
    elif is_link(link, lang, "with_words"):
        kind = "with"
    elif is_link(link, lang, "not_words"):
        return ("X, not X", 0.6) if bounded or differ else ("X, not X …", 0.5)
    elif starts_with(link, lang, "not_words") and len(link) - phrase_at(link, 0, lang, "not_words") <= 2 \
            and gap_t[:1] == [SEP]:
        return "X, not X …", 0.5       # "vous êtes un client, pas un simple client qui …": meaning decides
    else:
        return None
    if between:
        return "between X and X", 0.75
    if differ:
        return f"X {kind} X differ", 0.65
    if kind == "with":
        return None
    if bounded:
        return ("X or X", 0.6) if kind == "or" else ("X and X", 0.5)
    return None


def correlative(lang: Language, before: list[str], gap: list[str], after: list[str], glued: str | None) -> bool:
    """'both X and X' and its kin, a pair whatever follows: sowohl X als auch X,
    tanto a sus X como a sus X, как X, так и X, hem X hem X, cả X lẫn X, ทั้งXและX;
    or with the marker after the pair: X और X दोनों, XとXの両方, X والX على حد سواء.
    `before` and `gap` keep their determiners and prepositions, which the
    second half repeats ("zowel voor X als voor X")."""
    if lang.both_after and starts_with(after, lang, "both_after") and (
            glued == "and" or is_link(gap, lang, "and_words")):
        return True
    if not lang.both_words:
        return False
    window = before[-4:] if lang.spaced else before[-12:]
    for i in range(len(window)):
        n = phrase_at(window, i, lang, "both_words")
        if not n:
            continue
        lead = [t for t in window[i + n:] if t != SEP]          # what "both" governs before the term
        if len(lead) > 3:
            continue
        links = phrases(_code(lang), "both_links") + phrases(_code(lang), "and_words") + (tuple(window[i:i + n]),)
        if any(gap == list(p) + lead for p in links) or (glued == "and" and gap == lead):
            return True
    return False


def in_list(lang: Language, before: list[str], gap: list[str], after_raw: str, after: list[str],
            glued: str | None) -> str | None:
    """One term twice in a list of kinds of people: "X, Y and X" (the lawyers,
    the X and the X), "Y, X and X", "Y, X, X": a list names different things."""
    words = [t for t in gap if t != SEP]
    listed_before = len(before) >= 2 and before[-1] == SEP and before[-2] not in (SEP, STOP)
    if gap[:1] == [SEP] and 1 <= len(words) <= 4 and SEP in gap:
        # "X, Y and X": the gap holds one item and the list's own links
        tail = strip_end(words, lang, "determiners")
        if any(tail[-len(p):] == list(p) for p in phrases(_code(lang), "and_words")) and len(tail) >= 2:
            item = tail[:-1]
            if (item and not any(t in lang.all_small_words for t in item) and len(item) <= 2
                    and find_phrase(item, lang, "even_words") is None):
                return "X, Y and X"
    if gap and set(strip_end(gap, lang, "determiners")) == {SEP} and (
            starts_with(after, lang, "and_words") or after[:1] == [SEP]):
        return "X, X and Y"          # "con los clientes, los clientes y las perspectivas de ventas"
    if listed_before:
        link = strip_end(words, lang, "determiners")
        if is_link(link, lang, "and_words") or (glued == "and" and not link):
            return "list … X and X"      # "юристам, клиентам и клиентам"
        if not link and gap and set(gap) == {SEP} and (bool(_BOUNDED.match(after_raw))
                                                       or starts_with(after, lang, "both_after")):
            return "list … X, X"         # "변호사, 고객, 고객 모두"
    return None


def turned_into(lang: Language, before: list[str], gap: list[str]) -> str | None:
    """'turn X into X' (biến X thành X, 把X变成X, превърнем X в X): one becomes the other."""
    if not lang.turn_links or not any(gap == list(p) for p in phrases(_code(lang), "turn_links")):
        return None
    window = before[-3:] if lang.spaced else before[-6:]
    if lang.turn_words and any(phrase_at(window, i, lang, "turn_words") for i in range(len(window))):
        return "turn X into X"
    return None


def word_for(lang: Language, gap: list[str]) -> bool:
    """'X is (just) a fancier word for X', '«X» — это красивое слово для «X»', 'istilah keren
    untuk X': the phrase ends the gap (or the word before the last), one adjective may
    stand inside it."""
    for p in phrases(_code(lang), "word_for"):
        for tail in (gap[-len(p) - 1:], gap[-len(p) - 2:-1]):
            tail = list(tail)
            if tail[-len(p):] == list(p) or len(p) >= 2 and len(tail) == len(p) + 1 and any(
                    tail[:i] + tail[i + 1:] == list(p) for i in range(1, len(p))):
                return True
    return False


def pair_rule(lang: Language, before: str, between: str, after: str, spaced: bool = True) -> tuple[str, float] | None:
    """The rule for text around two same-term occurrences (kept for callers of the old interface)."""
    return link_rule(lang, before, between, after)


def possessive(o: Occurrence) -> bool:
    return nfc(o.surface).endswith(("'s", "’s", "s'", "s’"))


@dataclass
class Pair:
    k1: int                     # occurrence indices
    k2: int
    rule: str
    confidence: float
    split: int | None = None    # offset in the segment text where the second clause starts
    decidable: bool = True      # do the clauses carry meaning at all?
    needs_meaning: bool = False # a weak pattern ("X …, but X …"): flagged only where meaning tells the clauses apart
    min_margin: float = 0.0     # how clearly meaning must tell them apart


class PairReader:
    """Reads the text around two occurrences of one version."""

    def __init__(self, vr: VersionResult, lang: Language):
        self.vr, self.lang = vr, lang

    def text(self, o: Occurrence) -> str:
        return self.vr.version.segments[o.segment].text

    # The rules read a bounded window around each pair, so that a text that is
    # one endless sentence costs time in proportion to its length.
    def start(self, o: Occurrence) -> int:
        return max(self.vr.sentences[o.sentence].start, o.start - WINDOW)

    def end(self, o: Occurrence) -> int:
        return min(self.vr.sentences[o.sentence].end, o.end + WINDOW)

    def compound_part(self, o: Occurrence) -> bool:
        """The first part of a closed compound (de Kundenzertifikat, where the language finds those)."""
        text = self.text(o)
        return bool(self.lang.glued_heads) and o.end < len(text) and bool(_WORDS.match(text, o.end))

    def glued_link(self, o1: Occurrence, o2: Occurrence) -> str | None:
        """'and' / 'or' / 'between' when the link is written joined to a term."""
        s1 = nfc(o1.surface).casefold()
        pre2 = nfc(o2.features[0]).casefold() if o2.features and isinstance(o2.features[0], str) else ""
        if any(pre2.startswith(p) for p in self.lang.glued_and):
            return "and"
        if any(pre2.startswith(p) for p in self.lang.glued_between):
            return "between"
        base = nfc(o1.term.text).casefold()
        for p in sorted(self.lang.glued_links, key=len, reverse=True):
            # the particle beyond the word's own letters (고객+과; ഉപഭോക്താവ് -> ഉപഭോക്താവും takes the virama's place)
            if s1.endswith(p) and not base.endswith(p) and len(s1) >= len(base):
                return "or" if p in ("이나", "나") else "and"
        return None

    def coordination(self, o1: Occurrence, o2: Occurrence) -> tuple[str, float] | None:
        """'X and X', 'X vs X', 'between X and X', 'X, not X' and their kin."""
        text = self.text(o1)
        after = text[o2.end:self.end(o2)]
        gap = tokens(text[o1.end:o2.start], self.lang)
        if (_GLUED_NEXT.match(after) and o2.surface[:1].islower()
                or _HYPHEN_COMPOUND.match(nfc(after)) and is_link(_words(gap), self.lang, "versus_words")):
            # "cliente-Qual é a diferença", "მომხმარებელი vs მომხმარებელი-რატომ": a scraped title run into
            # the next line (no compound follows "X vs X")
            after = " " + after[1:]
        return link_rule(self.lang, text[self.start(o1):o1.start], text[o1.end:o2.start],
                         after, self.glued_link(o1, o2))

    def contrast(self, o1: Occurrence, o2: Occurrence) -> tuple[str, float, int, bool] | None:
        """'X buys once, while X receives ongoing advice' wherever the connective
        stands; returns (rule, confidence, split offset, whether meaning must confirm it)."""
        lang, text = self.lang, self.text(o1)
        gap_raw = text[o1.end:o2.start]
        if possessive(o1) != possessive(o2):
            return None            # "the customer buys, while the customer's friend waits"
        gap = tokens(gap_raw, lang)
        if STOP in gap and o1.sentence == o2.sentence:
            return None
        head1 = _words(strip_end(clause_start(tokens(text[self.start(o1):o1.start], lang)), lang, "determiners"))
        after2 = tokens(text[o2.end:self.end(o2)], lang)
        if phrase_at(head1, 0, lang, "contrast_words") and len(head1) == phrase_at(head1, 0, lang, "contrast_words"):
            head1 = []             # "While X buys once, X ..." / "Unlike X, X ..."
            opener = True
        else:
            opener = False
        after1 = tokens(text[o1.end:o2.start], lang)
        if modified(lang, head1, after1) or modified(lang, [], after2):
            return None            # "new X buy once, while returning X stay"
        verb = 1 if lang.verb_first else 0   # Arabic: "يشتري العميل ..., بينما يتلقى العميل"
        if len(head1) > verb:
            return None            # the first term is not where its clause starts
        if _HYPHEN_COMPOUND.match(nfc(text[o2.end:o2.end + 3])) or _HYPHEN_COMPOUND.match(nfc(gap_raw)):
            return None
        if after2 and lang.compound_heads and after2[0] in lang.compound_heads:
            return None
        split = self._split(o1, o2)
        # a connective in the gap, just before the second term
        for i in range(len(gap)):
            n = phrase_at(gap, i, lang, "contrast_words")
            ending = not n and lang.contrast_endings and any(
                gap[i].endswith(e) for e in lang.contrast_endings) and lang.spaced
            if not n and not ending:
                continue
            tail = _words(strip_end(gap[i + (n or 1):], lang, "determiners"))
            if len(tail) <= (verb if head1 or not tail else 0) and _words(gap[:i]):
                if STOP in gap:
                    return "X …. X, in contrast, …", 0.5, split, False
                return "X …, while X …", 0.6, split, False
        # "While X buys once, X ...": connective before the first term, the second opens a clause
        if opener and SEP in gap and not _words(strip_end(clause_start(gap), lang, "determiners")):
            return "while X …, X …", 0.6, split, False
        # "X ise": a marker right after the second term, which opens its clause
        marker = [t for t in after2 if t != SEP]
        if (starts_with(marker, lang, "contrast_after") and (SEP in gap or STOP in gap)
                and not _words(strip_end(clause_start(gap), lang, "determiners"))):
            return "X …, X on the other hand …", 0.55, split, False
        # "X …, but X …": a contrast only where the clauses mean different things
        if o1.sentence == o2.sentence:
            for i in range(len(gap)):
                n = phrase_at(gap, i, lang, "contrast_weak")
                if n and _words(gap[:i]) and len(_words(strip_end(gap[i + n:], lang, "determiners"))) <= verb:
                    return "X …, but X …", 0.5, split, True
        return None

    def loose_contrast(self, o1: Occurrence, o2: Occurrence) -> tuple[str, float, int, bool] | None:
        """'The lawyer works with X for years, while the shop sees X only at the till':
        a connective between two clauses, the terms anywhere in them. Flagged only
        where meaning tells the clauses apart."""
        lang, text = self.lang, self.text(o1)
        if o1.sentence != o2.sentence or possessive(o1) != possessive(o2):
            return None
        gap = tokens(text[o1.end:o2.start], lang)
        if STOP in gap:
            return None
        for i in range(len(gap)):
            if any(phrase_at(gap, i, lang, a) for a in ("contrast_words", "contrast_after")):
                if _words(gap[:i]) or SEP in gap[:i + 1]:
                    return "X … while … X", 0.5, self._split(o1, o2), True
        # "X …, but never … X": "but" and a negation between two clauses
        for i in range(len(gap)):
            n = phrase_at(gap, i, lang, "contrast_weak")
            if n and _words(gap[:i]) and (negation_at(gap[i + n:], lang) is not None
                                          or find_phrase(gap[i + n:], lang, "never_words") is not None):
                return "X …, but never … X", 0.5, self._split(o1, o2), True
        # "The lawyer advises X for years, X on the other hand buys once": the marker
        # stands after the second term (tr "müşteri ise", de "der Kunde hingegen",
        # ru "клиент же", ka "კლიენტი კი"), which opens its clause
        after2 = [t for t in tokens(text[o2.end:self.end(o2)], lang) if t != SEP]
        first_clause = _words(gap) or _words(clause_start(tokens(text[self.start(o1):o1.start], lang)))
        if (SEP in gap and first_clause and starts_with(after2, lang, "contrast_after")
                and not _words(strip_end(clause_start(gap), lang, "determiners"))):
            return "… X …, X on the other hand …", 0.5, self._split(o1, o2), True
        return None

    def parallel(self, o1: Occurrence, o2: Occurrence) -> tuple[str, float, int, bool] | None:
        """'X have no reason to stay; X have no reason to leave': two clauses, each
        opening with the term. Built alike (two or more words in common after
        the term), that is the rule; otherwise meaning must tell the clauses
        apart (the same customers may want two things: "X want speed; X want quality")."""
        lang, text = self.lang, self.text(o1)
        if o1.sentence != o2.sentence:
            return None
        gap = tokens(text[o1.end:o2.start], lang)
        if SEP not in gap:
            return None
        last_sep = max(i for i, t in enumerate(gap) if t == SEP)
        head1 = _words(clause_start(tokens(text[self.start(o1):o1.start], lang)))
        head2 = _words(gap[last_sep + 1:])
        if head2 and (is_link(head2, lang, "and_words") or is_link(head2, lang, "contrast_weak")):
            head2 = []             # "…, and X …", "…, והלקוחות …"
        if head1 != head2 or len(head1) > 2:
            return None
        rest1 = _words(gap[:last_sep])
        rest2 = _words(tokens(text[o2.end:self.end(o2)], lang))
        if not rest1 or not rest2 or rest1 == rest2:
            return None
        if lang.compound_heads and rest1[0] in lang.compound_heads:
            return None
        alike = 0
        while alike < min(len(rest1), len(rest2)) and rest1[alike] == rest2[alike]:
            alike += 1
        strong = alike >= 2 and alike < min(len(rest1), len(rest2))
        return "X …; X …", 0.5, self._split(o1, o2), not strong

    def named_as(self, o1: Occurrence, o2: Occurrence) -> tuple[str, float] | None:
        """'X is (just) a fancier word for X': one sentence, a short gap ending in the word-for phrase."""
        lang, text = self.lang, self.text(o1)
        if o1.sentence != o2.sentence or not lang.word_for:
            return None
        gap = tokens(text[o1.end:o2.start], lang)
        words = _words(gap)
        if STOP in gap or len(words) > (10 if lang.spaced else 24):
            return None
        return ("X is a word for X", 0.6) if word_for(lang, strip_end(words, lang, "determiners")) else None

    def negated_identity(self, o1: Occurrence, o2: Occurrence) -> tuple[str, float] | None:
        """'An X is not an X' / 'X không phải là X': a negation between two of one term, nothing else."""
        lang, text = self.lang, self.text(o1)
        if o1.sentence != o2.sentence:
            return None
        gap = tokens(text[o1.end:o2.start], lang)
        after = nfc(text[o2.end:self.vr.sentences[o2.sentence].end])
        if SEP in gap or not _BOUNDED.match(after) or len(gap) > (5 if lang.spaced else 8):
            return None
        return ("X is not X", 0.55) if negation_at(gap, lang) is not None else None

    def _split(self, o1: Occurrence, o2: Occurrence) -> int:
        """Where the second clause starts: at the connective in the gap, else at
        its last separator ("Unlike X, who buys, X …" splits before the second X)."""
        text = self.text(o1)
        gap = text[o1.end:o2.start]
        low = nfc(gap).casefold()
        hits: list[int] = []
        if len(low) == len(gap):
            edge = r"(?<![\p{L}\p{M}])" if self.lang.spaced else ""
            after = r"(?![\p{L}\p{M}])" if self.lang.spaced else ""
            hits = [m.start() for w in self.lang.contrast_words + self.lang.contrast_after + self.lang.contrast_weak
                    for m in regex.finditer(edge + regex.escape(nfc(w).casefold()) + after, low) if m.start() > 0]
        cuts = [m.start() for m in _CLAUSE_SPLIT.finditer(gap)] + [m.start() for m in _STOPS.finditer(gap)]
        if hits:
            at = max(hits)
            # a connective that follows its clause's first word (Georgian "მაღაზია კი", Turkish
            # "mağaza ise") belongs with that word: split at the separator before them
            before = [c for c in cuts if c < at and len(gap[c + 1:at].split()) <= 2]
            return o1.end + (max(before) + 1 if before else at)
        return o1.end + (max(cuts) if cuts else len(gap) // 2)

    def clauses(self, o1: Occurrence, o2: Occurrence, split: int | None) -> list[str]:
        """The text that goes with each occurrence, the terms themselves masked."""
        text = self.text(o1)
        split = split if split is not None else self._split(o1, o2)
        start = self.start(o1)
        cuts = [start + m.end() for m in _CLAUSE_SPLIT.finditer(text[start:o1.start])]
        # the clause of the first term, widened back until it has a few words
        for c in reversed(cuts):
            if len(text[c:split].split()) >= 4 or not self.lang.spaced and len(text[c:split]) >= 6:
                start = c
                break
        end = self.end(o2)
        m = _CLAUSE_SPLIT.search(text, o2.end, end)
        if m and (len(text[o2.end:m.start()].split()) >= 3 or not self.lang.spaced and m.start() - o2.end >= 5):
            end = m.start()
        spans = [(o1.start, o1.end), (o2.start, o2.end)]
        return [mask(text[start:split], [(a - start, b - start) for a, b in spans if start <= a and b <= split]),
                mask(text[split:end], [(a - split, b - split) for a, b in spans if split <= a and b <= end])]


def order_side(d: Distinction, o1: Occurrence, o2: Occurrence,
               order: Sequence[str] | None = None) -> tuple[int, str]:
    """Which of the two (0 or 1) stands in the place of the concept its term does
    not express, taking the concepts to come in `order` (the termbase's by
    default); and that concept. For an ambiguous term, the first concept the
    language has a word of its own for."""
    order = list(order or d.concepts)
    if o1.term.ambiguous:
        lang = o1.term.lang
        concept = next((c for c in d.concepts if d.preferred(lang, c)), d.concepts[0])
        return (0 if order.index(concept) == 0 else 1), concept
    own = next(iter(o1.concepts))
    other = d.other_concept(own)
    return (1, other) if order.index(own) < order.index(other) else (0, other)


def meaning_side(d: Distinction, lang: str, o1: Occurrence, concepts: tuple[str, str]) -> tuple[int, str]:
    """Given the concept each of two occurrences (of one term) expresses, which is wrong, and its concept."""
    if o1.term.ambiguous:
        # the one whose concept the language has a word of its own for; the first such concept if both
        own = [c for c in concepts if d.preferred(lang, c)]
        pick = next((c for c in d.concepts if c in own), concepts[0])
        return concepts.index(pick), pick
    (own,) = o1.concepts
    wrong = next(i for i, c in enumerate(concepts) if c != own)
    return wrong, concepts[wrong]


def by_meaning(d: Distinction, lang: str, o1: Occurrence, contexts: Sequence[str] | None):
    """(side, concept, concepts of both, margin) where meaning decides, else None."""
    choice = choose_by_meaning(d, lang, contexts) if contexts else None
    if choice is None:
        return None
    side, concept = meaning_side(d, lang, o1, choice.concepts)
    return side, concept, choice.concepts, choice.margin


def decide(d: Distinction, lang: str, o1: Occurrence, o2: Occurrence, contexts: Sequence[str] | None,
           rule: str, confidence: float, version: str, shown: str,
           text_order: Sequence[str] | None = None) -> tuple[int, str, float, list[Evidence]]:
    """(0 or 1: which occurrence to flag, its concept, confidence, evidence).
    `text_order` is the order of the concepts the text itself keeps in the
    contrasts that meaning did decide; without one, the termbase's."""
    ev = [Evidence(rule, version, shown, term=f"{o1.surface} … {o2.surface}")]
    if rule in PATTERN_ORDER:
        order = list(d.concepts) if PATTERN_ORDER[rule] == "termbase" else list(d.concepts)[::-1]
        side, concept = order_side(d, o1, o2, order)
        ev.append(Evidence("side by pattern", version,
                           f"{rule}: the first is the {order[0]}, the second the {order[1]}"))
        return side, concept, confidence, ev
    decided = by_meaning(d, lang, o1, contexts)
    if decided is not None:
        side, concept, concepts, margin = decided
        ev.append(Evidence("side by meaning", version,
                           f"'{contexts[side]}' reads as {concept}; '{contexts[1 - side]}' as {concepts[1 - side]}",
                           round(margin, 3)))
        return side, concept, min(0.95, confidence + 0.1), ev
    side, concept = order_side(d, o1, o2, text_order)
    where = ("the order this text keeps where meaning decided its other contrasts" if text_order
             else "the termbase's order")
    if symmetric(rule):
        ev.append(Evidence("side by order", version,
                           f"the meaning does not depend on which of the two changes ({rule}): the concepts "
                           f"are put in {where} ({' / '.join(text_order or d.concepts)}); the other order is as good"))
        return side, concept, confidence, ev
    why = "meaning gives no clear margin" if contexts else "nothing around the two says which is which"
    ev.append(Evidence("side by order", version,
                       f"{why}: the concepts are taken to come in {where} "
                       f"({' / '.join(text_order or d.concepts)}); check which occurrence is wrong"))
    return side, concept, confidence - 0.1, ev


# Patterns that say which is which by their shape: "client is a fancier word for
# customer" names the narrower concept first, in the termbase's order (client,
# customer); "turn customers into clients" names it last.
PATTERN_ORDER = {"X is a word for X": "termbase", "turn X into X": "reversed"}


# Rules whose two places say the same thing either way round: "X vs X", "between
# X and X", "X or X?", "X and X differ", "an X is not an X". Which one changes
# does not change the meaning, so the fix may go where the language has a word.
SYMMETRIC = ("between X and X", "X vs X", "X – X", "X X-against", "X and X", "X or X", "X is not X",
             "both X and X", "X, Y and X", "X, X and Y", "list … X and X", "list … X, X")


def symmetric(rule: str) -> bool:
    return rule in SYMMETRIC or rule.endswith(" X differ")


def pairing(rule: str, evidence: Sequence[Evidence]) -> str:
    """How the side of a pair's finding was chosen (Flag.pairing): "decided" by
    meaning, "symmetric" where it does not matter, "undecided" where it matters and
    meaning gave no margin (the finding then offers both readings)."""
    if any(e.rule in ("side by meaning", "side by pattern") for e in evidence):
        return "decided"
    return "symmetric" if symmetric(rule) else "undecided"


def pair_flag(check: Check, vi: int, k1: int, k2: int, side: int, concept: str, confidence: float,
              evidence: list[Evidence], rule: str) -> Flag:
    """The flag on one of a pair, carrying the other and how its side was chosen."""
    flag = check.flag(vi, (k1, k2)[side], concept, confidence, evidence)
    flag.partner, flag.pairing = (k1, k2)[1 - side], pairing(rule, evidence)
    return flag


def text_order(decided: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The order of two concepts a text keeps in its decided contrasts, where it clearly keeps one."""
    counts: dict[tuple[str, str], int] = {}
    for o in decided:
        counts[o] = counts.get(o, 0) + 1
    return kept_order(counts)


def kept_order(counts: dict[tuple[str, str], int]) -> tuple[str, str] | None:
    """text_order on the orders counted (order -> how often it was decided)."""
    decided = sum(counts.values())
    if decided < 2:
        return None
    best = max(counts, key=counts.get)
    return best if counts[best] >= 2 and counts[best] * 3 >= 2 * decided else None


def is_heading(vr: VersionResult, segment: int) -> bool:
    """A title or heading: one short sentence without a full stop. Titles follow
    the conventional order of the terms ("Client vs Customer"), not the text's."""
    text = vr.version.segments[segment].text
    if not at_most_words(text, 12):
        return False               # (first: a long paragraph is never copied or split)
    text = text.strip()
    return (not text.endswith((".", "。")) and not has_full_stop(text)
            and not text.startswith(("•", "·", "▪", "◦", "- ", "* ", "– ")))


def _same_term(vr: VersionResult, k1: int, k2: int) -> bool:
    o1, o2 = vr.occurrences[k1], vr.occurrences[k2]
    return (o1.segment == o2.segment and o1.term.distinction == o2.term.distinction
            and o1.concepts == o2.concepts and not vr.inferred[k1][0] and not vr.inferred[k2][0])


@check("text-alone", kind="self-collapse", severity="major")
class TextAlone(Check):
    def run(self, ctx: Context) -> Iterator[Flag]:
        for vi, only in alone_sentences(ctx):
            vr = ctx.versions[vi]
            lang = get_language(vr.version.lang)
            reader = PairReader(vr, lang)
            found = []
            # distinction -> decided concept orders -> how often; a window of a
            # text counts its core's and is judged by the whole text's (ctx.whole)
            orders: dict[str, dict[tuple[str, str], int]] = {}
            self.orders = orders
            heading: dict[int, bool] = {}

            def is_head(seg: int) -> bool:
                if seg not in heading:
                    heading[seg] = is_heading(vr, seg)
                return heading[seg]
            for pair in self.pairs(vr, reader):
                o1, o2 = vr.occurrences[pair.k1], vr.occurrences[pair.k2]
                if only is not None and not {o1.sentence, o2.sentence} <= only:
                    continue           # the source speaks for these sentences
                d = ctx.termbase.distinction(o1.term.distinction)
                contexts = reader.clauses(o1, o2, pair.split) if pair.decidable else None
                decided = by_meaning(d, vr.version.lang, o1, contexts)
                if pair.needs_meaning and (decided is None or decided[3] < pair.min_margin):
                    continue
                found.append((pair, d, contexts))
                if decided is not None and o1.start < o2.start and not is_head(o1.segment) and (
                        ctx.core is None or o1.segment in ctx.core):
                    counts = orders.setdefault(d.id, {})
                    counts[tuple(decided[2][:2])] = counts.get(tuple(decided[2][:2]), 0) + 1
            if ctx.whole is not None:
                orders = ctx.whole.orders
            for pair, d, contexts in found:
                o1, o2 = vr.occurrences[pair.k1], vr.occurrences[pair.k2]
                text = reader.text(o1)
                first, last = min(o1.start, o2.start), max(o1.end, o2.end)
                order = None if is_head(o1.segment) else kept_order(orders.get(d.id, {}))
                if order is not None and o1.start > o2.start:
                    order = order[::-1]       # the tautology's second pair runs backwards
                side, concept, conf, ev = decide(d, vr.version.lang, o1, o2, contexts, pair.rule,
                                                 pair.confidence, vr.version.label, text[first:last], order)
                yield pair_flag(self, vi, pair.k1, pair.k2, side, concept, conf, ev, pair.rule)

    def pairs(self, vr: VersionResult, reader: PairReader) -> Iterator[Pair]:
        occs = vr.occurrences
        used: set[int] = set()
        yield from self._tautologies(vr, reader, used)
        last: dict[tuple, int] = {}     # the previous occurrence of each term (another term may stand between)
        loose: list[tuple[int, int]] = []
        for k2, o in enumerate(occs):
            key = (o.segment, o.term.distinction, o.concepts)
            k, last[key] = last.get(key), k2
            if k is None or k in used or k2 in used or not _same_term(vr, k, k2):
                continue
            o1, o2 = occs[k], occs[k2]
            if reader.compound_part(o1) or reader.compound_part(o2):
                continue           # "auf Kundenseite …, während der Kunde …": the part modifies its head
            if o2.sentence - o1.sentence > 1 or o2.start - o1.end > MAX_GAP:
                continue
            found = reader.coordination(o1, o2)
            if found:
                rule, conf = found
                # a bare "X and X" has no clauses to read; "X, not X" has the first one, and
                # "X, not (just) X who …" stands on meaning alone
                yield Pair(k, k2, rule, conf, split=o1.end, decidable=rule.startswith("X, not"),
                           needs_meaning=rule == "X, not X …", min_margin=RULE_MARGIN.get(rule, 0.0))
                used.update((k, k2))
                continue
            found = reader.named_as(o1, o2)
            if found:
                yield Pair(k, k2, found[0], found[1], decidable=False)
                used.update((k, k2))
                continue
            found = reader.contrast(o1, o2) or reader.parallel(o1, o2)
            if found:
                rule, conf, split, needs = found
                yield Pair(k, k2, rule, conf, split, needs_meaning=needs, min_margin=RULE_MARGIN.get(rule, 0.0))
                used.update((k, k2))
                continue
            found = reader.negated_identity(o1, o2)
            if found:
                yield Pair(k, k2, found[0], found[1], decidable=False)
                used.update((k, k2))
                continue
            loose.append((k, k2))
        # the loosest rule last, on occurrences no stricter rule has taken
        for k, k2 in loose:
            if k in used or k2 in used or any(
                    occs[j].term.distinction == occs[k].term.distinction and occs[j].concepts != occs[k].concepts
                    for j in range(k + 1, k2)):
                continue           # the other concept's own word stands between: the text keeps them apart
            found = reader.loose_contrast(occs[k], occs[k2])
            if found:
                rule, conf, split, needs = found
                yield Pair(k, k2, rule, conf, split, needs_meaning=needs, min_margin=RULE_MARGIN.get(rule, 0.0))
                used.update((k, k2))

    @staticmethod
    def _tautologies(vr: VersionResult, reader: PairReader, used: set[int]) -> Iterator[Pair]:
        """'Every X is an X, but not every X is an X': four of one term and a negation."""
        lang = reader.lang
        by_sentence: dict[int, list[int]] = {}
        for k, o in enumerate(vr.occurrences):
            by_sentence.setdefault(o.sentence, []).append(k)
        for s, ks in by_sentence.items():
            if len(ks) < 3:
                continue
            ks = ks[:4]
            if not all(_same_term(vr, ks[0], k) for k in ks[1:]):
                continue
            o2, last = vr.occurrences[ks[1]], vr.occurrences[ks[-1]]
            if last.start - vr.occurrences[ks[0]].end > MAX_GAP:
                continue
            # the negation stands between the halves ("every X is an X, but not every X …"); with
            # three found ("… bir müşteridir, ancak her müşteri bir müşteri değildir") a "but" parts the halves
            text = reader.text(o2)
            if len(ks) == 4:
                if negation_at(tokens(text[o2.end:vr.occurrences[ks[2]].start], lang), lang) is None:
                    continue
            else:
                o1 = vr.occurrences[ks[0]]
                first_half = tokens(text[o1.end:o2.start], lang)
                after = tokens(text[o2.end:reader.end(last)], lang)
                if find_phrase(first_half, lang, "contrast_weak") is None or negation_at(after, lang) is None:
                    continue
            used.update(ks)
            yield Pair(ks[0], ks[1], "every X is an X, but not every X is an X", 0.6, decidable=False)
            if len(ks) == 4:
                yield Pair(ks[3], ks[2], "every X is an X, but not every X is an X", 0.6, decidable=False)


def clause_contexts(vr: VersionResult, k1: int, k2: int) -> list[str] | None:
    """The clause of each of two occurrences of one sentence (or two adjacent
    ones), the terms masked: what `meaning.choose_by_meaning` reads. For
    cross_version, where a pivot contrasts the concepts and the target's
    occurrences all carry one term, so agreement cannot decide."""
    o1, o2 = vr.occurrences[k1], vr.occurrences[k2]
    if o1.segment != o2.segment or o2.start <= o1.start:
        return None
    return PairReader(vr, get_language(vr.version.lang)).clauses(o1, o2, None)
