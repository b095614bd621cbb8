"""Armenian: endings stack on the noun (հաճախորդ-ներ-ից, հաճախորդ-ի,
հաճախորդ-ը). For a polysyllabic noun ending in a consonant and declined with
genitive -ի, the endings are the same whatever the noun, so they carry over."""
from __future__ import annotations

from . import register
from .paradigm import ParadigmLanguage

_VOWELS = set("աեէըիոօ")
# Nouns whose first syllable has an unwritten vowel (գնորդ = gə-nord).
_HIDDEN_SCHWA = {"գնորդ", "վստահորդ"}
_ENDINGS = ("", "ը", "ն", "ի", "ին", "ից", "ով", "ում", "ս", "դ", "իս", "իդ", "իցս", "ովս", "ումս")


@register
class Armenian(ParadigmLanguage):
    code, name = "hy", "Armenian"
    even_words = ('նույնիսկ', 'հատկապես')
    both_words = ('թե՛', 'թե')
    both_links = ('թե՛', 'թե', 'և')
    word_for = ('բառ', 'տերմին')
    never_words = ('երբեք',)
    contrast_weak = ('բայց', 'սակայն')
    modifiers = ('նոր', 'հին', 'հավատարիմ', 'մշտական', 'պոտենցիալ', 'կորպորատիվ', 'մասնավոր', 'մեծ', 'փոքր', 'այլ')
    difference_words = ('տարբերություն', 'տարբեր', 'համեմատ', 'հոմանիշ', 'շփոթ')
    contrast_after = ('իսկ',)
    base_slot = ("sg", "")
    and_words = ("և", "եւ", "ու")
    or_words = ("կամ",)
    versus_words = ("vs", "vs.", "versus", "ընդդեմ")
    between_after = ("միջև", "միջեւ")
    not_words = ("ոչ", "և ոչ", "այլ ոչ")
    contrast_words = ('մինչդեռ', 'իսկ', 'ի տարբերություն', 'այնինչ')
    determiners = ("մի", "այս", "այդ", "այն", "մեր", "իր", "նրանց")
    definition_marks = (":", " -", " –", " —", "՝")

    def forms(self, lemma):
        syllables = sum(c in _VOWELS for c in lemma) + (lemma in _HIDDEN_SCHWA)
        if lemma[-1] in _VOWELS or lemma.endswith("ու") or syllables < 2:
            return None          # monosyllables take -եր, vowel stems take -յի, -ն
        out = {}
        for number, stem in (("sg", lemma), ("pl", lemma + "ներ")):
            for ending in _ENDINGS:
                out[(number, ending)] = [stem + ending]
        return out
