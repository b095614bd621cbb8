"""Swahili: nouns of the person class take m- in the singular and wa- in the
plural (mteja / wateja, mnunuzi / wanunuzi); what agrees with them (verbs,
adjectives, "wa" of possession) is the same for every noun of the class, so a
replacement changes only the noun."""
from __future__ import annotations

from . import register
from .paradigm import ParadigmLanguage


@register
class Swahili(ParadigmLanguage):
    code, name = "sw", "Swahili"
    both_words = ('wote',)
    both_after = ('wote wawili', 'wote')
    turn_words = ('kubadilisha', 'badilisha', 'kugeuza', 'geuza')
    turn_links = ('kuwa',)
    word_for = ('neno la', 'jina la', 'neno lingine la')
    never_words = ('kamwe',)
    base_slot = ("sg",)
    and_words = ("na", "pamoja na")
    or_words = ("au", "ama", "wala")
    versus_words = ("vs", "vs.", "v.", "versus", "dhidi ya", "dhidi")
    between_words = ("kati ya", "baina ya")
    not_words = ("si", "sio", "siyo", "hapana", "na si", "wala si")
    contrast_words = ("wakati", "ilhali", "ambapo", "kwa upande mwingine", "tofauti na")
    contrast_after = ("naye", "kwa upande wake")
    contrast_weak = ("lakini", "ila", "hata hivyo")
    difference_words = ("tofauti", "kulinganisha", "linganish", "kutofautisha", "tofautish")
    with_words = ("na",)
    determiners = ("kila", "yule", "huyu", "mmoja")
    articles = ()
    modifiers = ("mpya", "wapya", "wa zamani", "mwaminifu", "waaminifu", "wa kawaida", "mtarajiwa", "watarajiwa",
                 "mkubwa", "wakubwa", "mdogo", "wadogo", "wengine", "mwingine")
    definition_marks = (":", " -", " –", " —", " ni ")

    def forms(self, lemma):
        if not (lemma.startswith("m") and len(lemma) > 3):
            return None
        plural = ("wa" + lemma[2:]) if lemma.startswith("mw") else ("wa" + lemma[1:])
        return {("sg",): [lemma], ("pl",): [plural]}
