"""Tamil, Telugu, Kannada and Malayalam glue case endings, the plural and the
"and" particle to the noun (வாடிக்கையாளருக்கு, కస్టమర్లకు, ಗ್ರಾಹಕರಿಗೆ,
ഉപഭോക്താവിന്റെ), so a term is found through its endings and a replacement
takes the same ending. Nouns that end alike decline alike: the rules cover
the shapes the termbase's nouns have and leave others to the base form only.

"X and X" is written with the particle on both nouns in Tamil (-உம்) and
Malayalam (-ഉം): வாடிக்கையாளரும் வாடிக்கையாளரும், ഉപഭോക്താവും ഉപഭോക്താവും.
"""
from __future__ import annotations

from . import register
from .paradigm import ParadigmLanguage

_ZWNJ = "\u200c"


def _with_zwnj(stem: str, ending: str) -> list[str]:
    """A loanword ending in a virama takes its ending after a zero-width non-joiner
    (కస్టమర్‌కు) or, as often, without one (కస్టమర్కు): the first is generated."""
    return [stem + _ZWNJ + ending, stem + ending] if ending else [stem]


# ---- Tamil ---------------------------------------------------------------------
_TA_VIRAMA = "்"
_TA_CASES = {"": "", "gen": "ின்", "dat": "ுக்கு", "acc": "ை", "soc": "ுடன்", "loc": "ிடம்", "ins": "ால்",
             "abl": "ிடமிருந்து", "um": "ும்", "dat_um": "ுக்கும்", "acc_um": "ையும்", "q": "ா", "emph": "ே"}


@register
class Tamil(ParadigmLanguage):
    code, name = "ta", "Tamil"
    both_after = ('இருவரும்', 'இரண்டும்', 'இருவரையும்')
    never_words = ('ஒருபோதும்',)
    base_slot = ("sg", "")
    and_words = ("மற்றும்", "மற்றும்,", "உம்")
    or_words = ("அல்லது",)
    versus_words = ("vs", "vs.", "v.", "versus", "எதிர்")
    between_after = ("இடையே", "இடையிலான", "இடையில்", "இடையேயான", "இடையேயுள்ள")
    not_words = ("அல்ல", "இல்லை", "அல்லாமல்")
    contrast_words = ("அதேசமயம்", "அதே சமயம்", "மாறாக", "அதே வேளையில்", "மறுபுறம்")
    contrast_after = ("மறுபுறம்",)
    contrast_weak = ("ஆனால்", "எனினும்")
    difference_words = ("வேறுபாடு", "வேறுபாட்", "வித்தியாச", "ஒப்பீடு", "ஒப்பிட", "வேறுபடு")
    with_words = ("உடன்",)
    determiners = ("ஒரு", "இந்த", "அந்த", "ஒவ்வொரு", "எங்கள்", "நமது")
    modifiers = ("புதிய", "பழைய", "விசுவாசமான", "வழக்கமான", "சாத்தியமான", "வணிக", "பெரிய", "சிறிய", "மற்ற")
    glued_links = ("ும்",)
    definition_marks = (":", " -", " –", " —", " என்பது ", " என்பவர் ")

    def forms(self, lemma):
        if not lemma.endswith(_TA_VIRAMA):
            return None
        stem, plural = lemma[:-1], lemma + "கள"
        out = {("sg", c): [stem + e if e else lemma] for c, e in _TA_CASES.items()}
        out.update({("pl", c): [plural + e if e else plural + "்"] for c, e in _TA_CASES.items()})
        return out


# ---- Telugu --------------------------------------------------------------------
_TE_CASES = ("కు", "కి", "ను", "ని", "తో", "లో", "పై", "దే")


@register
class Telugu(ParadigmLanguage):
    code, name = "te", "Telugu"
    both_after = ('ఇద్దరూ', 'ఇద్దరికీ', 'రెండూ')
    never_words = ('ఎప్పుడూ',)
    base_slot = ("sg", "")
    and_words = ("మరియు", "ఇంకా", "మరియూ")
    or_words = ("లేదా", "లేక")
    versus_words = ("vs", "vs.", "v.", "versus")
    between_after = ("మధ్య", "మధ్య గల", "మధ్యగల", "మధ్య ఉన్న")
    not_words = ("కాదు", "కాకుండా", "కాదని")
    contrast_words = ("కాగా", "మరోవైపు", "అయితే")
    contrast_after = ("అయితే", "మాత్రం", "మరోవైపు")
    contrast_weak = ("కానీ", "కాని")
    difference_words = ("వ్యత్యాస", "తేడా", "భేద", "పోలిక", "పోల్చ")
    with_words = ("తో",)
    determiners = ("ఒక", "ఈ", "ఆ", "ప్రతి", "మా", "మన")
    modifiers = ("కొత్త", "పాత", "నమ్మకమైన", "సాధారణ", "సంభావ్య", "వ్యాపార", "పెద్ద", "చిన్న", "ఇతర")
    definition_marks = (":", " -", " –", " —", " అంటే ")

    def forms(self, lemma):
        virama = lemma.endswith("్")
        if not (virama or lemma.endswith("ు")):
            return None
        out = {("sg", ""): [lemma]}
        for c in _TE_CASES:
            out[("sg", c)] = _with_zwnj(lemma, c) if virama else [lemma + c]
        out[("pl", "")] = [lemma + "లు"]
        for c in _TE_CASES:
            out[("pl", c)] = [lemma + "ల" + c]
        return out


# ---- Kannada -------------------------------------------------------------------
_KN_SG = {"": "", "nom": "ನು", "acc": "ನನ್ನು", "dat": "ನಿಗೆ", "gen": "ನ", "loc": "ನಲ್ಲಿ", "soc": "ನೊಂದಿಗೆ",
          "also": "ನೂ", "abl": "ನಿಂದ"}
_KN_PL = {"": "ರು", "acc": "ರನ್ನು", "dat": "ರಿಗೆ", "gen": "ರ", "loc": "ರಲ್ಲಿ", "soc": "ರೊಂದಿಗೆ",
          "also": "ರೂ", "abl": "ರಿಂದ"}
_KN_LOAN_SG = {"": "", "acc": "ನನ್ನು", "dat": "ಗೆ", "gen": "ನ", "loc": "ನಲ್ಲಿ", "soc": "ನೊಂದಿಗೆ",
               "also": "ನೂ", "abl": "ನಿಂದ"}
_KN_LOAN_PL = {"": "ಗಳು", "acc": "ಗಳನ್ನು", "dat": "ಗಳಿಗೆ", "gen": "ಗಳ", "loc": "ಗಳಲ್ಲಿ", "soc": "ಗಳೊಂದಿಗೆ",
               "also": "ಗಳೂ", "abl": "ಗಳಿಂದ"}


@register
class Kannada(ParadigmLanguage):
    code, name = "kn", "Kannada"
    both_after = ('ಇಬ್ಬರೂ', 'ಎರಡೂ')
    never_words = ('ಎಂದಿಗೂ',)
    base_slot = ("sg", "")
    and_words = ("ಮತ್ತು", "ಹಾಗೂ")
    or_words = ("ಅಥವಾ",)
    versus_words = ("vs", "vs.", "v.", "versus")
    between_after = ("ನಡುವಿನ", "ನಡುವೆ", "ಮಧ್ಯೆ", "ಮಧ್ಯದ")
    not_words = ("ಅಲ್ಲ", "ಇಲ್ಲ", "ಅಲ್ಲದೆ")
    contrast_words = ("ಮತ್ತೊಂದೆಡೆ", "ಅದೇ ವೇಳೆ", "ಇದಕ್ಕೆ ವಿರುದ್ಧವಾಗಿ")
    contrast_after = ("ಮತ್ತೊಂದೆಡೆ",)
    contrast_weak = ("ಆದರೆ", "ಆದರೂ")
    difference_words = ("ವ್ಯತ್ಯಾಸ", "ಭಿನ್ನ", "ಹೋಲಿಕೆ", "ಹೋಲಿಸ")
    with_words = ("ಜೊತೆ",)
    determiners = ("ಒಬ್ಬ", "ಒಂದು", "ಈ", "ಆ", "ಪ್ರತಿ", "ನಮ್ಮ")
    modifiers = ("ಹೊಸ", "ಹಳೆಯ", "ನಿಷ್ಠಾವಂತ", "ನಿಯಮಿತ", "ಸಂಭಾವ್ಯ", "ವ್ಯಾಪಾರ", "ದೊಡ್ಡ", "ಸಣ್ಣ", "ಇತರ")
    definition_marks = (":", " -", " –", " —", " ಎಂದರೆ ")

    def forms(self, lemma):
        if lemma.endswith("್"):              # a loanword (ಕ್ಲೈಂಟ್): ಕ್ಲೈಂಟ್‌ಗೆ, ಕ್ಲೈಂಟ್‌ಗಳು
            sg = {c: (_ZWNJ + e if e else "") for c, e in _KN_LOAN_SG.items()}
            out = {("sg", c): [lemma + e] + ([lemma + e[1:]] if e else []) for c, e in sg.items()}
            out.update({("pl", c): [lemma + _ZWNJ + e, lemma + e] for c, e in _KN_LOAN_PL.items()})
            return out
        last = ord(lemma[-1]) - 0x0C80
        if not 0x15 <= last <= 0x39:          # a consonant with its inherent -a (ಗ್ರಾಹಕ, ಖರೀದಿದಾರ)
            return None
        out = {("sg", c): [lemma + e] for c, e in _KN_SG.items()}
        out.update({("pl", c): [lemma + e] for c, e in _KN_PL.items()})
        return out


# ---- Malayalam -----------------------------------------------------------------
_ML_PLURAL = {"ഉപഭോക്താവ്": "ഉപഭോക്താക്കൾ", "ഇടപാടുകാരൻ": "ഇടപാടുകാർ"}
_ML_CASES = ("dat", "gen", "acc", "soc", "um", "loc", "or")


def _ml_singular(lemma: str) -> dict[str, str] | None:
    if lemma.endswith("്"):                  # ഉപഭോക്താവ്, ക്ലയന്റ്
        s = lemma[:-1]
        return dict(zip(_ML_CASES, (s + "ിന്", s + "ിന്റെ", s + "ിനെ", s + "ുമായി", s + "ും", s + "ിൽ", s + "ോ")))
    if lemma.endswith("ൻ"):                  # ഇടപാടുകാരൻ
        s = lemma[:-1] + "ന"
        return dict(zip(_ML_CASES, (s + "്", s + "്റെ", s + "െ", s + "ുമായി", s + "ും", s + "ിൽ", s + "ോ")))
    if lemma.endswith("ി"):                  # കക്ഷി
        return dict(zip(_ML_CASES, (lemma + "ക്ക്", lemma + "യുടെ", lemma + "യെ", lemma + "യുമായി", lemma + "യും",
                                    lemma + "യിൽ", lemma + "യോ")))
    return None


def _ml_plural(lemma: str) -> tuple[str, dict[str, str]]:
    plural = _ML_PLURAL.get(lemma) or (lemma[:-1] + "ുകൾ" if lemma.endswith("്") else lemma + "കൾ")
    base = plural[:-1] + ("ള" if plural.endswith("ൾ") else "ര")       # കൾ -> കള-, കാർ -> കാര-
    return plural, dict(zip(_ML_CASES, (plural + "ക്ക്", base + "ുടെ", base + "െ", base + "ുമായി", base + "ും",
                                        base + "ിൽ", base + "ോ")))


@register
class Malayalam(ParadigmLanguage):
    code, name = "ml", "Malayalam"
    both_after = ('രണ്ടുപേരും', 'ഇരുവരും')
    never_words = ('ഒരിക്കലും',)
    base_slot = ("sg", "")
    and_words = ("ഉം", "ഒപ്പം", "കൂടാതെ")
    or_words = ("അല്ലെങ്കിൽ", "അഥവാ")
    versus_words = ("vs", "vs.", "v.", "versus")
    between_after = ("തമ്മിലുള്ള", "തമ്മിൽ", "ഇടയിലുള്ള", "ഇടയിൽ")
    not_words = ("അല്ല", "ഇല്ല", "അല്ലാതെ")
    contrast_words = ("അതേസമയം", "മറിച്ച്", "മറുവശത്ത്", "എന്നാൽ മറുവശത്ത്")
    contrast_after = ("ആകട്ടെ", "മറുവശത്ത്")
    contrast_weak = ("എന്നാൽ", "പക്ഷേ", "പക്ഷെ")
    difference_words = ("വ്യത്യാസ", "വ്യത്യസ്ത", "താരതമ്യ", "വേർതിരി")
    with_words = ("കൂടെ",)
    determiners = ("ഒരു", "ഈ", "ആ", "ഓരോ", "നമ്മുടെ", "ഞങ്ങളുടെ")
    modifiers = ("പുതിയ", "പഴയ", "വിശ്വസ്ത", "സ്ഥിരം", "സാധ്യതയുള്ള", "ബിസിനസ്", "വലിയ", "ചെറിയ", "മറ്റ്")
    glued_links = ("ും",)
    definition_marks = (":", " -", " –", " —", " എന്നത് ", " എന്നാൽ ")

    def forms(self, lemma):
        singular = _ml_singular(lemma)
        if singular is None:
            return None
        plural, cases = _ml_plural(lemma)
        out = {("sg", ""): [lemma], ("pl", ""): [plural]}
        out.update({("sg", c): [f] for c, f in singular.items()})
        out.update({("pl", c): [f] for c, f in cases.items()})
        return out
