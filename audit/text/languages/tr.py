"""Turkish: stem + plural + possessive + case, every suffix in vowel harmony
and with buffer consonants after vowels (müşteri-ler-in, müvekkil-ler-in,
müşteri-si-ne, müvekkil-i-ne). Stems in p/ç/t/k soften before vowels
unpredictably (kitab-ı but at-ı), so those are not generated."""
from __future__ import annotations

from . import register
from .paradigm import ParadigmLanguage

BACK, FRONT = set("aıouâû"), set("eiöüî")
VOWELS = BACK | FRONT
ROUNDED = set("ouöüû")
VOICELESS = set("fstkçşhp")

_POSS = {"": "", "1sg": "(I)m", "2sg": "(I)n", "3sg": "(s)I", "1pl": "(I)mIz", "2pl": "(I)nIz", "3pl": "lArI"}
_CASE = {"nom": "", "acc": "(y)I", "dat": "(y)A", "loc": "DA", "abl": "DAn", "gen": "(n)In", "ins": "(y)lA"}
# After a third-person possessive the case takes a buffer n: müşterisi-ni, -ne, -nde.
_CASE_AFTER_3 = {"nom": "", "acc": "nI", "dat": "nA", "loc": "nDA", "abl": "nDAn", "gen": "nIn", "ins": "(y)lA"}


def _last_vowel(s: str) -> str:
    return next((c for c in reversed(s.lower()) if c in VOWELS), "e")


def suffix(word: str, template: str) -> str:
    """Attach a suffix written with archiphonemes: A (a/e), I (ı/i/u/ü),
    D (d/t); "(y)" "(n)" "(s)" only after a vowel, "(I)" only after a consonant."""
    out, i = word, 0
    while i < len(template):
        if template[i] == "(":
            inner, i = template[i + 1], i + 3
            ends_vowel = out[-1].lower() in VOWELS
            if (inner == "I") != ends_vowel:
                out += _harmonise(out, inner)
            continue
        out += _harmonise(out, template[i])
        i += 1
    return out


def _harmonise(out: str, ch: str) -> str:
    v = _last_vowel(out)
    if ch == "A":
        return "a" if v in BACK else "e"
    if ch == "I":
        return ("u" if v in ROUNDED else "ı") if v in BACK else ("ü" if v in ROUNDED else "i")
    if ch == "D":
        return "t" if out[-1].lower() in VOICELESS else "d"
    return ch


@register
class Turkish(ParadigmLanguage):
    code, name = "tr", "Turkish"
    even_words = ('hatta', 'özellikle', 'dahil')
    both_words = ('hem', 'hem de')
    both_links = ('hem', 'hem de', 've')
    word_for = ('için kullanılan', 'kelimesi', 'sözcüğü')
    never_words = ('asla', 'hiçbir zaman')
    articles = ('bir',)
    contrast_weak = ('ama', 'fakat', 'ancak')
    modifiers = (
        'yeni',
        'eski',
        'sadık',
        'düzenli',
        'potansiyel',
        'kurumsal',
        'bireysel',
        'büyük',
        'küçük',
        'gelecek',
        'mevcut',
        'diğer',
        'memnun',
        'daimi',
    )
    difference_words = ('fark', 'ayrım', 'karşılaştır', 'ayırt', 'aynı', 'eş anlam', 'eşanlam', 'karıştır')
    contrast_after = ('ise', 'ise de', 'öte yandan', 'ise,')
    contrast_endings = ('rken', 'ken')
    base_slot = ("sg", "", "nom")
    and_words = ("ve", "ile")
    or_words = ("veya", "ya da", "yahut", "mi", "mı")
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'karşı', 'karşısında', 'kıyasla')
    between_words = ()
    between_after = ("arasında", "arasındaki", "arasındaki fark")
    not_words = ("değil", "yerine")
    contrast_words = ('oysa', 'buna karşın', 'buna karşılık', 'aksine', 'ise', 'fakat', 'öte yandan')
    determiners = ("bir", "bu", "şu", "o", "her")
    definition_marks = (":", " -", " –", " —")

    # derivational endings a glossary noun or adverb is made with from a root
    # the text may use on its own: süz-geç (filter) / süz (to filter), yönet-ici
    # (manager) / yönet (to manage), iç-eri (inwards) / iç-e (into)
    _DERIVATIONAL = ("gaç", "geç", "gıç", "giç", "kaç", "keç", "ıcı", "ici", "ucu", "ücü", "eri", "arı")

    # verbs that make a verb of the word before them: "eşzamanlı yapmak" is there where eşzamanlı is
    _LIGHT_VERBS = ("yapmak", "etmek", "eylemek", "olmak", "kılmak")

    def term_cores(self, term):
        words = term.split()
        if len(words) >= 2 and words[-1].casefold() in self._LIGHT_VERBS and len(words[-2]) >= 4:
            return (" ".join(words[:-1]),)
        return ()

    # a consonant voiced before a vowel, and its voiceless form at a word's end (kayd-: kayıt)
    _DEVOICED = {"b": "p", "c": "ç", "d": "t", "g": "k"}

    def derived_roots(self, word):
        low = word.casefold()
        roots = [low[:-len(e)] for e in self._DERIVATIONAL if low.endswith(e) and len(low) - len(e) >= 2]
        return tuple(roots) + self._fused_noun(low)

    def _fused_noun(self, low: str) -> tuple[str, ...]:
        """A verb written as one word with etmek from a one-syllable noun
        (kaydetmek: kayıt, kaydı; affetmek: af): the noun's roots. The noun
        drops its last vowel before etmek's vowel and voices its consonant
        (kayıt: kayd-), or doubles it (af: aff-)."""
        root = next((low[:-len(e)] for e in ("etmek", "eylemek") if low.endswith(e)), "")
        if len(root) < 3 or root[-1] in VOWELS:
            return ()
        if root[-1] == root[-2]:
            return root, root[:-1]
        if root[-1] in self._DEVOICED and root[-2] not in VOWELS:
            return root, root[:-1] + _harmonise(root[:-1], "I") + self._DEVOICED[root[-1]]
        return ()

    def forms(self, lemma):
        if not lemma or lemma[-1].lower() in "pçtk" or not any(c in VOWELS for c in lemma.lower()):
            return None
        out: dict = {}
        for number in ("sg", "pl"):
            stem = suffix(lemma, "lAr") if number == "pl" else lemma
            for poss, ptpl in _POSS.items():
                if poss == "3pl" and number == "pl":
                    continue               # müşterileri is already pl + 3sg possessive
                host = suffix(stem, ptpl)
                cases = _CASE_AFTER_3 if poss in ("3sg", "3pl") else _CASE
                for case, ctpl in cases.items():
                    out.setdefault((number, poss, case), []).append(suffix(host, ctpl))
        return out
