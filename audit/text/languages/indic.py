"""Hindi, Bengali, Gujarati, Marathi and Punjabi. Postpositions are separate words in Hindi (ग्राहक को);
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
    both_after = ('दोनों', 'दोनों को', 'दोनों की', 'दोनों के')
    word_for = ('शब्द', 'के लिए शब्द')
    never_words = ('कभी नहीं', 'कभी')
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
    both_after = ('উভয়', 'উভয়ই', 'দুজনেই', 'দুটোই')
    word_for = ('শব্দ',)
    never_words = ('কখনও', 'কখনো')
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


def _consonant_final(lemma: str, script_start: int) -> bool:
    """Ends in a consonant letter with its inherent vowel (ગ્રાહક, ग्राहक, ਗਾਹਕ),
    not in a vowel sign or a virama: the nouns whose endings the rules know."""
    last = ord(lemma[-1]) - script_start
    return 0x15 <= last <= 0x39 or 0x58 <= last <= 0x5F


# Gujarati glues its case markers to the noun (ગ્રાહકને, ગ્રાહકોની, ગ્રાહકમાં);
# the plural is -ો, but agent nouns in -નાર take -ાઓ (ખરીદનારાઓ).
_GU_CASES = ("", "ને", "નો", "ની", "નું", "ના", "નાં", "માં", "થી", "મા")
_GU_PLURAL = {"ખરીદનાર": "ખરીદનારાઓ"}


@register
class Gujarati(ParadigmLanguage):
    code, name = "gu", "Gujarati"
    both_after = ('બંને', 'બન્ને')
    never_words = ('ક્યારેય',)
    base_slot = ("sg", "")
    and_words = ("અને", "તથા", "ને")
    or_words = ("અથવા", "કે", "યા")
    versus_words = ("vs", "vs.", "v.", "versus", "વિરુદ્ધ", "વિ.", "વિ")
    between_words = ()
    between_after = ("વચ્ચે", "વચ્ચેનો", "વચ્ચેનું", "વચ્ચેની", "માં")
    not_words = ("નહીં", "નથી", "ન કે", "નહિ")
    contrast_words = ("જ્યારે", "જ્યારે કે", "બીજી બાજુ", "તેનાથી વિપરીત")
    contrast_after = ("બીજી બાજુ",)
    contrast_weak = ("પરંતુ", "પણ", "છતાં")
    difference_words = ("તફાવત", "ફરક", "ભેદ", "તુલના", "સરખામણી", "અલગ")
    with_words = ("સાથે",)
    determiners = ("એક", "આ", "તે", "દરેક", "અમારા", "અમારો", "તમારા")
    modifiers = ("નવા", "નવો", "જૂના", "વફાદાર", "નિયમિત", "સંભવિત", "વ્યવસાયિક", "મોટા", "નાના", "અન્ય")
    definition_marks = (":", " -", " –", " —", " એટલે ", " એ ")

    def forms(self, lemma):
        stem = lemma[:-1] if lemma.endswith("્") else lemma       # ક્લાયન્ટ: ક્લાયન્ટને, ક્લાયન્ટો
        if not _consonant_final(stem, 0x0A80):
            return None
        plural = _GU_PLURAL.get(lemma, stem + "ો")
        out = {("sg", c): [stem + c if c else lemma] for c in _GU_CASES}
        out[("sg", "erg")] = [stem + "ે"]
        out.update({("pl", c): [plural + c] for c in _GU_CASES})
        out[("pl", "erg")] = [plural + "એ"]
        return out


# Marathi: endings on the oblique stem, -ा- in the singular and -ां- in the
# plural (ग्राहकाला, ग्राहकांना, ग्राहकाच्या); masculine nouns ending in a
# consonant decline alike, so a form carries over to खरेदीदार or अशील.
_MR_SG = ("ला", "चा", "ची", "चे", "च्या", "ने", "स", "शी", "त", "मध्ये", "साठी", "कडे", "कडून", "विषयी")
_MR_PL = ("ना", "चा", "ची", "चे", "च्या", "नी", "स", "शी", "त", "मध्ये", "साठी", "कडे", "कडून", "विषयी")


@register
class Marathi(ParadigmLanguage):
    code, name = "mr", "Marathi"
    both_after = ('दोघे', 'दोन्ही', 'दोघांना')
    never_words = ('कधीही', 'कधीच')
    base_slot = ("direct",)
    and_words = ("आणि", "व", "तसेच")
    or_words = ("किंवा", "वा", "अथवा")
    versus_words = ("vs", "vs.", "v.", "versus", "विरुद्ध", "विरूद्ध", "बनाम")
    between_after = ("यांच्यातील", "यांच्यात", "मधील", "मधला", "यांच्यामधील", "यांच्या मध्ये")
    not_words = ("नाही", "नव्हे", "न की", "नव्हेत")
    contrast_words = ("तर", "उलट", "दुसरीकडे", "याउलट")
    contrast_after = ("मात्र", "तर", "दुसरीकडे")
    contrast_weak = ("पण", "परंतु", "मात्र")
    difference_words = ("फरक", "तफावत", "भेद", "तुलना", "वेगळ", "फरकाचा")
    with_words = ("सोबत",)
    determiners = ("एक", "हा", "ही", "हे", "तो", "ती", "ते", "प्रत्येक", "आमचे", "आमच्या")
    modifiers = ("नवीन", "नवे", "जुने", "जुन्या", "निष्ठावान", "नियमित", "संभाव्य", "व्यावसायिक", "मोठे", "लहान", "इतर")
    definition_marks = (":", " -", " –", " —", " म्हणजे ")

    def forms(self, lemma):
        if not _consonant_final(lemma, 0x0900):
            return None
        out = {("direct",): [lemma]}
        out.update({("sg", e): [lemma + "ा" + e] for e in _MR_SG})
        out.update({("pl", e): [lemma + "ां" + e] for e in _MR_PL})
        return out


@register
class Punjabi(ParadigmLanguage):
    """Punjabi (Gurmukhi): postpositions stand apart (ਗਾਹਕ ਨੂੰ, ਗਾਹਕਾਂ ਦੇ); the
    noun shows only the oblique plural -ਾਂ."""
    code, name = "pa", "Punjabi"
    both_after = ('ਦੋਵੇਂ', 'ਦੋਵਾਂ')
    never_words = ('ਕਦੇ ਨਹੀਂ', 'ਕਦੇ')
    base_slot = ("direct",)
    and_words = ("ਅਤੇ", "ਤੇ", "ਅਤੇ ਨਾਲ ਹੀ")
    or_words = ("ਜਾਂ", "ਅਥਵਾ")
    versus_words = ("vs", "vs.", "v.", "versus", "ਬਨਾਮ", "ਬਨਾਮ.")
    between_after = ("ਵਿਚਕਾਰ", "ਵਿੱਚ", "ਵਿਚ", "ਦੇ ਵਿਚਕਾਰ")
    not_words = ("ਨਹੀਂ", "ਨਾ ਕਿ", "ਨਹੀ")
    contrast_words = ("ਜਦਕਿ", "ਜਦੋਂ ਕਿ", "ਦੂਜੇ ਪਾਸੇ", "ਇਸਦੇ ਉਲਟ")
    contrast_after = ("ਦੂਜੇ ਪਾਸੇ",)
    contrast_weak = ("ਪਰ", "ਪਰੰਤੂ", "ਲੇਕਿਨ")
    difference_words = ("ਅੰਤਰ", "ਫਰਕ", "ਫ਼ਰਕ", "ਤੁਲਨਾ", "ਵੱਖਰ")
    with_words = ("ਨਾਲ",)
    determiners = ("ਇੱਕ", "ਇਕ", "ਇਹ", "ਉਹ", "ਹਰ", "ਸਾਡੇ", "ਸਾਡਾ")
    modifiers = ("ਨਵੇਂ", "ਨਵਾਂ", "ਪੁਰਾਣੇ", "ਵਫ਼ਾਦਾਰ", "ਨਿਯਮਤ", "ਸੰਭਾਵੀ", "ਵਪਾਰਕ", "ਵੱਡੇ", "ਛੋਟੇ", "ਹੋਰ")
    definition_marks = (":", " -", " –", " —", " ਉਹ ")

    def forms(self, lemma):
        if not _consonant_final(lemma, 0x0A00):
            return None
        return {("direct",): [lemma], ("obl_pl",): [lemma + "ਾਂ"]}
