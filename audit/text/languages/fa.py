"""Persian: plural -ها (written with a zero-width non-joiner, a space, or
joined) or -ان, the indefinite -ی and possessive clitics (ـش، ـم، ـت،
ـمان، ـتان، ـشان), which after a final vowel take a ZWNJ and ا (مشتری‌اش)."""
from __future__ import annotations

from . import register
from .paradigm import ParadigmLanguage

ZWNJ = "\u200c"
_CLITICS = {"": "", "indef": "ی", "p1": "م", "p2": "ت", "p3": "ش", "p1pl": "مان", "p2pl": "تان", "p3pl": "شان"}
_VOWEL_FINAL = ("ی", "ا", "و", "ه")


def _with_clitic(stem: str, clitic: str) -> list[str]:
    """Ways of writing `clitic` after `stem`; the first is the standard one."""
    if not clitic:
        return [stem]
    if stem.endswith("ها") or stem.endswith("ا"):          # مشتری‌ها-یش, -یی
        return [stem + ("یی" if clitic == "ی" else "ی" + clitic if len(clitic) == 1 else clitic)]
    if stem.endswith(_VOWEL_FINAL):                         # مشتری‌اش, مشتری‌مان
        glue = ZWNJ + ("ا" if len(clitic) == 1 else "")
        return [stem + glue + clitic, stem + clitic]
    return [stem + clitic]


@register
class Persian(ParadigmLanguage):
    code, name = "fa", "Persian"
    both_words = ('هم',)
    both_links = ('و هم', 'هم')
    turn_words = ('تبدیل',)
    turn_links = ('به',)
    word_for = ('کلمه برای', 'واژه برای', 'اصطلاح برای')
    never_words = ('هرگز', 'هیچ\u200cوقت')
    contrast_weak = ('ولی',)
    modifiers = (
        'جدید',
        'قدیمی',
        'وفادار',
        'دائمی',
        'ثابت',
        'بالقوه',
        'سازمانی',
        'شخصی',
        'حقیقی',
        'حقوقی',
        'بزرگ',
        'کوچک',
        'دیگر',
        'راضی',
    )
    difference_words = ('تفاوت', 'فرق', 'مقایسه', 'تمایز', 'متفاوت', 'مترادف', 'اشتباه')
    with_words = ('با',)
    contrast_after = ('اما', 'ولی', 'در مقابل')
    base_slot = ("sg", "")
    # Arabic yeh and kaf are common in Persian text typed on Arabic layouts.
    fold_table = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
    and_words = ("و",)
    or_words = ("یا",)
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'در برابر', 'در مقابل', 'در مقایسه با')
    between_words = ("بین", "میان")
    not_words = ("نه", "و نه", "نه اینکه")
    contrast_words = ('در حالی که', 'درحالی\u200cکه', 'در حالیکه', 'اما', 'برخلاف', 'در مقابل')
    determiners = ("یک", "این", "آن", "هر")
    definition_marks = (":", " -", " –", " —", " یعنی ")

    # things, not persons: -ان is a plural of persons, so "مشتریان" (customers)
    # rendered as the program is "کلاینت‌ها", never "کلاینتان"
    inanimate = ("کلاینت",)

    def forms(self, lemma):
        if lemma.endswith(("ا", "و", "ه")):
            return None          # -یان / -گان plurals and clitic spellings vary
        pl_ha = [lemma + ZWNJ + "ها", lemma + "ها", lemma + " ها"]
        plurals = {"sg": [lemma], "pl_ha": pl_ha, "pl_an": pl_ha if lemma in self.inanimate else [lemma + "ان"]}
        out = {}
        for number, stems in plurals.items():
            for name, clitic in _CLITICS.items():
                out[(number, name)] = [f for stem in stems for f in _with_clitic(stem, clitic)]
        return out
