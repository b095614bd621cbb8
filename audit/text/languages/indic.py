"""Hindi and Bengali. Postpositions are separate words in Hindi (ग्राहक को);
the noun shows only the oblique plural -ों. Bengali case and plural endings
are joined to the noun and depend on whether it ends in a vowel (ক্রেতার,
ক্রেতারা) or a consonant (গ্রাহকের, গ্রাহকেরা)."""
from __future__ import annotations

import unicodedata

from . import register
from .paradigm import ParadigmLanguage

# Hindi nouns whose gender decides the plural: masculine consonant stems take
# -ों in the oblique plural and no ending elsewhere; feminine ones take -ें, so
# a noun not listed here is not declined.
_HI_MASCULINE = {"ग्राहक", "मुवक्किल", "क्लाइंट", "खरीदार", "ख़रीदार"}


@register
class Hindi(ParadigmLanguage):
    code, name = "hi", "Hindi"
    contrast_weak = ('लेकिन', 'परंतु', 'मगर')
    modifiers = (
        'नए',
        'नये',
        'नई',
        'पुराने',
        'पुरानी',
        'वफादार',
        'नियमित',
        'स्थायी',
        'संभावित',
        'व्यावसायिक',
        'निजी',
        'बड़े',
        'छोटे',
        'अन्य',
        'दूसरे',
        'संतुष्ट',
    )
    difference_words = ('अंतर', 'अन्तर', 'फर्क', 'फ़र्क', 'भेद', 'तुलना', 'अलग', 'पर्यायवाची', 'भ्रम')
    with_words = ('से',)
    contrast_after = ('दूसरी ओर', 'दूसरी तरफ')
    base_slot = ("direct",)
    and_words = ("और", "तथा", "एवं", "व")
    or_words = ("या", "अथवा")
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'बनाम', 'की तुलना में')
    between_words = ("बीच",)
    between_after = ("के बीच", "में")
    not_words = ("नहीं", "न कि", "ना कि")
    contrast_words = ('जबकि', 'वहीं', 'के विपरीत', 'दूसरी ओर', 'दूसरी तरफ')
    determiners = ("एक", "यह", "वह", "इस", "उस", "हर", "अपने", "हमारे")
    definition_marks = (":", " -", " –", " —", " है ")

    def forms(self, lemma):
        if unicodedata.normalize("NFC", lemma) not in {unicodedata.normalize("NFC", w) for w in _HI_MASCULINE}:
            return None
        return {("direct",): [lemma], ("obl_pl",): [lemma + "ों"], ("voc_pl",): [lemma + "ो"]}


_BN_VOWEL_SIGNS = set(chr(c) for c in range(0x09BE, 0x09CD)) | set(chr(c) for c in range(0x0985, 0x0995))
_YA = "\u09af\u09bc"          # য় as it stands after NFC
# ending -> (after a consonant, after a vowel); first listed is generated.
_BN_ENDINGS = {
    "": ([""], [""]), "gen": (["ের"], ["র"]), "pl": (["রা", "েরা"], ["রা"]), "pl_obl": (["দের"], ["দের"]),
    "acc": (["কে"], ["কে"]), "loc": (["ে"], [_YA, "তে"]), "ti": (["টি"], ["টি"]), "ta": (["টা"], ["টা"]),
    "ti_gen": (["টির"], ["টির"]), "ti_acc": (["টিকে"], ["টিকে"]), "gon": (["গণ"], ["গণ"]),
    "pl_obl_acc": (["দেরকে"], ["দেরকে"]),
}


@register
class Bengali(ParadigmLanguage):
    code, name = "bn", "Bengali"
    contrast_weak = ('কিন্তু',)
    modifiers = (
        'নতুন',
        'পুরনো',
        'পুরোনো',
        'বিশ্বস্ত',
        'নিয়মিত',
        'স্থায়ী',
        'সম্ভাব্য',
        'ব্যবসায়িক',
        'ব্যক্তিগত',
        'বড়',
        'ছোট',
        'অন্য',
        'সন্তুষ্ট',
    )
    difference_words = ('পার্থক্য', 'তফাত', 'তুলনা', 'ভিন্ন', 'আলাদা', 'সমার্থক', 'বিভ্রান্ত')
    with_words = ('সঙ্গে', 'সাথে')
    contrast_after = ('অন্যদিকে', 'অপরদিকে')
    base_slot = ("",)
    and_words = ("ও", "এবং", "আর")
    or_words = ("বা", "অথবা")
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'বনাম', 'তুলনায়')
    between_after = ("মধ্যে", "মধ্যকার")
    not_words = ("না", "নয়", "নয়")
    contrast_words = ('যেখানে', 'অন্যদিকে', 'অপরদিকে', 'অথচ', 'পক্ষান্তরে')
    determiners = ("একজন", "এই", "ওই", "সেই", "প্রত্যেক")
    definition_marks = (":", " -", " –", " —", " হলো ", " হল ")

    def forms(self, lemma):
        last = lemma[-1]
        if last == "\u09cd":                               # ends in a virama: not covered
            return None
        vowel = last in _BN_VOWEL_SIGNS
        return {(name,): [unicodedata.normalize("NFC", lemma + e) for e in (v if vowel else c)]
                for name, (c, v) in _BN_ENDINGS.items()}
