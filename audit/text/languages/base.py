"""What the tool needs to know about a language.

A language finds the forms of termbase terms in text, re-inflects a
replacement to fit the form it replaces, and names the small words the
text-alone rules look for ("and", "or", "vs", "between", "not"). The base class
covers languages whose terms take a fixed set of prefixes and suffixes;
languages with richer morphology override `find` and `inflect`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from ...model import Term
from ..normalize import Normalized

WORD_CHAR = r"[\p{L}\p{M}\p{N}]"


@dataclass(frozen=True)
class Hit:
    start: int          # offsets in the text as given to `find`
    end: int
    term: Term
    features: tuple = ()


def left_edge(term: str) -> str:
    """Where a word may start: after a non-letter, and also where a scraped page
    glued it to what came before: a number or date ("2021-11-10고객과",
    "2023Client"), a word of another script ("Blog고객"), a lower-case word run
    into a capitalised one ("differenceClient"). Only the left edge: an ending
    glued on the right is the word's own."""
    first = term[:1]
    glued = [r"(?<=\p{N})"]
    if regex.match(r"\p{Latin}", first):
        glued.append(r"(?-i:(?<=\p{Ll})(?=\p{Lu}))")
    elif first:
        glued.append(r"(?<=\p{Latin})")
    return f"(?:(?<!{WORD_CHAR})|{'|'.join(glued)})"


def match_case(model: str, word: str) -> str:
    """Give `word` the capitalisation of `model`."""
    letters = [c for c in model if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word.upper()
    if letters and letters[0].isupper():
        return word[:1].upper() + word[1:]
    return word


class Language:
    code = "xx"
    name = "Generic"
    spaced = True                   # words are separated by spaces
    # an apostrophe between letters is part of the word (uk з'єднання, пам'ять),
    # not an elision that joins two words (fr l'utente, it dell'utente)
    apostrophe_in_words = False
    prefixes: tuple[str, ...] = ()  # clitics a term may carry in front (Arabic al-, Hebrew ha-)
    suffixes: tuple[str, ...] = ()  # endings a term may carry
    # Does an ending carry over unchanged to another noun? True for
    # agglutinative languages; elsewhere an inflected form we cannot
    # regenerate is reported without a replacement.
    suffixes_transfer = False
    # Words of the text-alone rules, lower case.
    and_words: tuple[str, ...] = ()
    or_words: tuple[str, ...] = ()
    versus_words: tuple[str, ...] = ("vs", "vs.", "v.", "v/s", "versus")
    between_words: tuple[str, ...] = ()      # before the pair: "between X and Y"
    between_after: tuple[str, ...] = ()      # after the pair: Georgian "X და Y შორის"
    versus_after: tuple[str, ...] = ()       # Georgian "X Y-ის წინააღმდეგ"
    not_words: tuple[str, ...] = ()          # "X, not Y"
    contrast_words: tuple[str, ...] = ()     # "X buys goods, while Y seeks advice"
    determiners: tuple[str, ...] = ()        # may stand between the conjunction and the term
    definition_marks: tuple[str, ...] = (":", " -", " –", " —")
    # More words of the text-alone rules (audit/checks/text_alone.py); data, so
    # that a new language needs no code.
    with_words: tuple[str, ...] = ()         # "X with X", "X compared to X": a link where the sentence compares
    difference_words: tuple[str, ...] = ()   # word starts: a sentence that says the two differ ("differ", "fark")
    contrast_after: tuple[str, ...] = ()     # right after a term: Turkish "X ise", "X, on the other hand,"
    glued_and: tuple[str, ...] = ()          # conjunction joined to the second term (Arabic و, Hebrew ו)
    glued_between: tuple[str, ...] = ()      # Hebrew "בין X לX": the second term's prefix after "between"
    glued_links: tuple[str, ...] = ()        # particle on the first term linking it to the next (Korean 과/와)
    compound_heads: tuple[str, ...] = ()     # "customer service": the term only modifies the next word
    glued_heads: tuple[str, ...] = ()        # closed compounds whose first part is found (de Kundenzertifikat)
    contrast_endings: tuple[str, ...] = ()   # a verb ending that means "while" (Turkish alırken)
    contrast_weak: tuple[str, ...] = ()      # "but": a contrast only where the clauses' meaning differs
    weak_definition_marks: tuple[str, ...] = ()   # "X is ...": a definition only where meaning tells two apart
    articles: tuple[str, ...] = ()           # determiners that do not tell two groups apart ("the", not "our")
    modifiers: tuple[str, ...] = ()          # word starts telling two groups apart ("new X and returning X")
    verb_first = False                       # clauses may open with the verb (Arabic): "buys the X, while gets the X"
    # Patterns of the text-alone rules that name a pair in any context (audit/checks/text_alone.py):
    both_words: tuple[str, ...] = ()         # before the first term: "both", "sowohl", "tanto", "как", "cả"
    both_links: tuple[str, ...] = ()         # between the two: "als auch", "como", "так и", "lẫn", "hem"
    both_after: tuple[str, ...] = ()         # after the pair: "दोनों", "の両方", "على حد سواء", "모두"
    turn_words: tuple[str, ...] = ()         # before "turn X into X": "turn", "biến", "把"
    turn_links: tuple[str, ...] = ()         # between: "into", "thành", "变成", "в"
    word_for: tuple[str, ...] = ()           # "X is a fancier word for X": "word for", "слово для"
    never_words: tuple[str, ...] = ()        # "X …, but never X": "never", "nooit", "nunca" (with not_words)
    even_words: tuple[str, ...] = ()         # "every X, even X who …": not a list item ("even", "ακόμη", "даже")

    # ---- finding terms -------------------------------------------------
    def compound_stems(self, lemma: str) -> tuple[str, ...]:
        """How the noun begins a closed compound (German Kunden|name, Dutch
        klanten|venster, Swedish kund|namn), linking element included; none in
        a language that does not write compounds as one word."""
        return ()

    def stems(self, term: Term) -> list[str]:
        """Regex alternatives for the part of the term that does not inflect."""
        return [r"\s+".join(regex.escape(w) for w in term.text.split())]

    def form_pattern(self, term: Term) -> str:
        pre = "|".join(regex.escape(p) for p in sorted(self.prefixes, key=len, reverse=True))
        suf = "|".join(regex.escape(s) for s in sorted(self.suffixes, key=len, reverse=True))
        stem = "|".join(self.stems(term))
        return (f"(?P<pre>{pre})?" if pre else "(?P<pre>)") + f"(?:{stem})" + (f"(?P<suf>{suf})?" if suf else "(?P<suf>)")

    def _compiled(self, terms: tuple[Term, ...]):
        cache = self.__dict__.setdefault("_pattern_cache", {})
        if terms not in cache:
            right = f"(?!{WORD_CHAR})" if self.spaced else ""
            cache[terms] = [regex.compile((left_edge(t.text) if self.spaced else "") + self.form_pattern(t) + right,
                                          regex.IGNORECASE) for t in terms]
        return cache[terms]

    def find(self, text: str, terms: list[Term]) -> list[Hit]:
        """Every occurrence of any of `terms`, longest match first where they overlap."""
        norm = Normalized(text)
        hits: list[Hit] = []
        for term, pattern in zip(terms, self._compiled(tuple(terms))):
            for m in pattern.finditer(norm.text):
                hits.append(Hit(norm.to_original(m.start()), norm.to_original(m.end()), term,
                                (m.group("pre") or "", m.group("suf") or "")))
        return drop_overlaps(hits)

    # ---- recognising an approved term in a related form (glossary checks) --
    def derived_roots(self, word: str) -> tuple[str, ...]:
        """Shorter roots a glossary word shares with its derivatives (Turkish
        süzgeç "filter" and süz- "to filter"): a text holding a form of a
        root holds the term in a related form. None by default."""
        return ()

    lenient_ignored = ""        # characters written or left out freely (Japanese ー), ignored there
    # the endings a compound's last part may carry (sv torrentfil|en): with
    # them, a three-letter term is sought as the head of a compound after at
    # least four letters; empty: a term that short is not sought inside words
    head_endings: tuple[str, ...] = ()

    def particle_joins(self, words: list[str]) -> tuple[str, ...]:
        """How a verb written with a separate particle starts when the two
        are joined in its derivatives (sv "ta bort": borttagen,
        borttagning): prefixes a word may start with. None by default."""
        return ()

    def particle_splits(self, words: list[str]) -> tuple[tuple[str, str], ...]:
        """How a one-word term with a particle joined to its front is written
        apart in a sentence (sv mottaga: "ta emot", åtkomst: "komma åt"):
        (the verb's root, the particle) pairs. None by default."""
        return ()

    def term_cores(self, term: str) -> tuple[str, ...]:
        """The part of a glossary's term that stands for it alone: X of a
        light verb's "X yapmak" (tr), of a nominaliser's "sự X" (vi). None by
        default."""
        return ()

    def lenient_stem(self, term: str) -> str:
        """The part of a term (in a language written without spaces) that its
        related forms keep: a Japanese verb's stem, a Chinese term without the
        的 that marks it an adjective. The term itself by default."""
        return term

    def term_variants(self, term: str) -> tuple[str, ...]:
        """Other spellings of a term in a language written without spaces
        (Chinese 管理 for 管理器): matched as substrings. None by default."""
        return ()

    def spelling_variants(self, word: str) -> tuple[str, ...]:
        """Other ways one word of a term is written, in a language written
        with spaces: another accepted spelling (Vietnamese tỷ / tỉ), a
        preposition joined to the article after it (Portuguese de: do, da).
        Matched as whole words. None by default."""
        return ()

    # ---- generating the replacement --------------------------------------
    def inflect(self, surface: str, features: tuple, term: Term, target: Term) -> str | None:
        """The form of `target` that fits where `surface` (a form of `term`) stood,
        or None when this language cannot generate it correctly."""
        pre, suf = features if features else ("", "")
        if suf and not self.suffixes_transfer:
            suffixed = self.add_suffix(target.text, suf, term.text)
            if suffixed is None:
                return None
            return pre + match_case(surface[len(pre):], suffixed)
        return pre + match_case(surface[len(pre):], target.text + suf)

    def add_suffix(self, word: str, suffix: str, original_base: str) -> str | None:
        """Put on `word` the ending that `original_base` carried as `suffix`; None if unknown."""
        return None

    @cached_property
    def all_small_words(self) -> set[str]:
        return set(self.and_words + self.or_words + self.versus_words + self.not_words)


def drop_overlaps(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in hits:
        if not kept or h.start >= kept[-1].end:
            kept.append(h)
    return kept
