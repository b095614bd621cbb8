"""Urdu: postpositions stand apart (گاہک کو، گاہکوں کے لیے); the noun shows the
oblique plural -وں. Sentences end with ۔ (audit/text/segment.py)."""
from __future__ import annotations

from . import register
from .paradigm import ParadigmLanguage

_VOWEL_FINAL = ("ا", "ی", "ے", "ہ", "و", "ۓ")


@register
class Urdu(ParadigmLanguage):
    code, name = "ur", "Urdu"
    both_after = ('دونوں', 'دونوں کو')
    never_words = ('کبھی نہیں', 'کبھی')
    base_slot = ("direct",)
    # Arabic kaf, yeh and heh typed on Arabic layouts
    fold_table = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی"})
    and_words = ("اور", "و", "نیز")
    or_words = ("یا", "اور یا")
    versus_words = ("vs", "vs.", "v.", "versus", "بمقابلہ", "بنام", "بالمقابل")
    between_words = ("درمیان",)
    between_after = ("کے درمیان", "میں", "کے مابین")
    not_words = ("نہیں", "نہ کہ", "نہ")
    contrast_words = ("جبکہ", "جب کہ", "دوسری طرف", "اس کے برعکس", "برعکس")
    contrast_after = ("دوسری طرف",)
    contrast_weak = ("لیکن", "مگر", "البتہ")
    difference_words = ("فرق", "امتیاز", "موازنہ", "تقابل", "مختلف", "تفریق")
    with_words = ("سے", "کے ساتھ")
    determiners = ("ایک", "یہ", "وہ", "ہر", "ہمارے", "ہمارا", "اس", "اُس")
    modifiers = ("نئے", "نیا", "پرانے", "وفادار", "باقاعدہ", "ممکنہ", "کاروباری", "بڑے", "چھوٹے", "دیگر", "دوسرے")
    definition_marks = (":", " -", " –", " —", " سے مراد ", " وہ ")

    def forms(self, lemma):
        if lemma.endswith(_VOWEL_FINAL):
            return None
        return {("direct",): [lemma], ("obl_pl",): [lemma + "وں"]}
