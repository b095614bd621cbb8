"""Greek: masculine nouns in -ης/-ής (πελάτης, αγοραστής) and -έας (εντολέας).
The genitive plural of -ης nouns takes the stress on the ending (πελατών)."""
from __future__ import annotations

import unicodedata

from . import register
from .paradigm import ParadigmLanguage

_SLOTS = [(c, n) for n in ("sg", "pl") for c in ("nom", "gen", "acc", "voc")]


def unstressed(s: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", s) if ch != "\u0301"))


@register
class Greek(ParadigmLanguage):
    code, name = "el", "Greek"
    even_words = ('ακόμη', 'ακόμα', 'ειδικά', 'ιδίως', 'επίσης')
    both_words = ('τόσο', 'και')
    both_links = ('όσο και', 'και')
    turn_words = ('μετατρέψετε', 'μετατρέψτε', 'κάνετε', 'μετατροπή')
    turn_links = ('σε',)
    word_for = ('λέξη για', 'όρος για', 'συνώνυμο')
    never_words = ('ποτέ',)
    articles = ('ο', 'η', 'τον', 'την', 'του', 'της', 'οι', 'τους', 'των', 'ένας', 'έναν', 'ενός', 'μια', 'μιας')
    contrast_weak = ('αλλά', 'όμως')
    modifiers = (
        'νέ',
        'παλι',
        'τακτικ',
        'πιστ',
        'δυνητικ',
        'εταιρικ',
        'ιδιώτ',
        'μεγάλ',
        'μικρ',
        'μελλοντικ',
        'τρέχ',
        'άλλ',
        'ικανοποιημέν',
    )
    difference_words = ('διαφορ', 'διάκρισ', 'σύγκρισ', 'συγκρί', 'διαφέρ', 'ίδιο', 'συνώνυμ', 'μπερδεύ', 'σύγχυσ')
    with_words = ('με', 'από')
    contrast_after = ('από την άλλη', 'όμως', 'αντίθετα')
    base_slot = ("nom", "sg")
    and_words = ("και", "κι")
    or_words = ("ή",)
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'έναντι', 'εναντίον', 'σε σύγκριση με', 'σε αντίθεση με')
    between_words = ("μεταξύ", "ανάμεσα σε", "ανάμεσα στους", "ανάμεσα στον")
    not_words = ("όχι", "και όχι", "αλλά όχι", "αντί για")
    contrast_words = ('ενώ', 'σε αντίθεση με', 'αντίθετα', 'αντίθετα με')
    determiners = ("ο", "η", "τον", "την", "του", "της", "οι", "τους", "των", "ένας", "έναν", "ενός", "μια", "μιας")
    definition_marks = (":", " -", " –", " —", " είναι ")

    def forms(self, w):
        if w.endswith("έας"):                              # εντολέας
            s = w[:-3]
            sg_other, pl, gen_pl = s + "έα", s + "είς", s + "έων"
        elif w.endswith("ής"):                             # αγοραστής: stress on the ending
            s = w[:-2]
            sg_other, pl, gen_pl = s + "ή", s + "ές", s + "ών"
        elif w.endswith("ης"):                             # πελάτης
            s = w[:-2]
            sg_other, pl, gen_pl = s + "η", s + "ες", unstressed(s) + "ών"
        else:
            return None
        forms = [w, sg_other, sg_other, sg_other, pl, gen_pl, pl, pl]
        return {slot: [f] for slot, f in zip(_SLOTS, forms)}
