"""Arabic and Hebrew: prefixed conjunctions, prepositions and the article
(Arabic و ف ب ك ل + ال, ل+ال = لل; Hebrew ו ש כש ב ל כ מ ה), broken and
irregular plurals from a small lexicon, Arabic pronoun suffixes."""
from __future__ import annotations

from itertools import product

from . import register
from .paradigm import ParadigmLanguage

# Arabic: slot -> forms. Slots ending in "+" are the forms a pronoun suffix
# attaches to (dual and sound plural lose their ن; ة becomes ت; a final hamza
# changes its seat: عملاؤهم, عملائهم, عملاءهم).
_AR = {
    "عميل": {("sg",): ["عميل"], ("du", "nom"): ["عميلان"], ("du", "obl"): ["عميلين"],
             ("pl",): ["عملاء"], ("pl", "nom"): ["عملاء"], ("pl", "obl"): ["عملاء"],
             ("f", "sg"): ["عميلة"], ("f", "pl"): ["عميلات"],
             ("sg", "+"): ["عميل"], ("du", "nom", "+"): ["عميلا"], ("du", "obl", "+"): ["عميلي"],
             ("pl", "+"): ["عملاء", "عملاؤ", "عملائ"], ("pl", "nom", "+"): ["عملاؤ"], ("pl", "obl", "+"): ["عملائ"],
             ("f", "sg", "+"): ["عميلت"], ("f", "pl", "+"): ["عميلات"]},
    "زبون": {("sg",): ["زبون"], ("du", "nom"): ["زبونان"], ("du", "obl"): ["زبونين"],
             ("pl",): ["زبائن"], ("pl", "nom"): ["زبائن"], ("pl", "obl"): ["زبائن"],
             ("f", "sg"): ["زبونة"], ("f", "pl"): ["زبونات"],
             ("sg", "+"): ["زبون"], ("du", "nom", "+"): ["زبونا"], ("du", "obl", "+"): ["زبوني"],
             ("pl", "+"): ["زبائن"], ("pl", "nom", "+"): ["زبائن"], ("pl", "obl", "+"): ["زبائن"],
             ("f", "sg", "+"): ["زبونت"], ("f", "pl", "+"): ["زبونات"]},
    # sound plural only: a broken plural (عملاء) has no case, so it maps to none of these
    "موكل": {("sg",): ["موكل"], ("du", "nom"): ["موكلان"], ("du", "obl"): ["موكلين"],
             ("pl", "nom"): ["موكلون"], ("pl", "obl"): ["موكلين"],
             ("f", "sg"): ["موكلة"], ("f", "pl"): ["موكلات"],
             ("sg", "+"): ["موكل"], ("du", "nom", "+"): ["موكلا"], ("du", "obl", "+"): ["موكلي"],
             ("pl", "nom", "+"): ["موكلو"], ("pl", "obl", "+"): ["موكلي"],
             ("f", "sg", "+"): ["موكلت"], ("f", "pl", "+"): ["موكلات"]},
}


def _ar_prefixes() -> tuple[str, ...]:
    out = set()
    for conj, prep, art in product(("", "و", "ف"), ("", "ب", "ك", "ل"), ("", "ال")):
        p = conj + ("لل" if prep == "ل" and art else prep + art)
        if p:
            out.add(p)
    return tuple(out)


@register
class Arabic(ParadigmLanguage):
    code, name = "ar", "Arabic"
    both_after = ('على حد سواء', 'معا', 'معًا')
    turn_words = ('تحويل', 'حول', 'تحول')
    turn_links = ('إلى',)
    word_for = ('كلمة ل', 'مصطلح ل', 'اسم ل')
    never_words = ('أبدا', 'أبدًا', 'لن')
    contrast_weak = ('لكن', 'ولكن')
    verb_first = True
    modifiers = (
        'الجديد',
        'جديد',
        'القديم',
        'قديم',
        'الدائم',
        'دائم',
        'المحتمل',
        'محتمل',
        'الأوفياء',
        'المخلص',
        'مخلص',
        'الكبار',
        'كبار',
        'الصغار',
        'صغار',
        'الحالي',
        'الآخر',
        'آخر',
    )
    difference_words = (
        'الفرق',
        'فرق',
        'الفروق',
        'الاختلاف',
        'اختلاف',
        'مقارنة',
        'يختلف',
        'تختلف',
        'التمييز',
        'مترادف',
        'الخلط',
        'يخلط',
    )
    with_words = ('مع',)
    contrast_after = ('فهو', 'فإنه', 'من ناحية أخرى', 'فيتلقى')
    glued_and = ('و',)
    prefixes = _ar_prefixes()
    suffixes = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "نا")
    fold_table = str.maketrans({"ى": "ي", "ی": "ي", "ک": "ك"})
    and_words = ("و", "وبين")
    or_words = ("أو", "او")
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'مقابل', 'مقابل ال', 'ضد', 'مقارنة ب', 'مقارنة مع', 'مقارنة بال')
    between_words = ("بين",)
    not_words = ("لا", "وليس", "ليس", "لا ال")
    contrast_words = ('بينما', 'في حين', 'في حين أن', 'على عكس', 'بخلاف', 'أما', 'على النقيض من')
    determiners = ()
    definition_marks = (":", " -", " –", " —", " هو ")

    def forms(self, lemma):
        return _AR.get(lemma)

    def refine(self, text, start, end, slots, term):
        # A conjunction و is written joined: "العميل والعميل" reads as X و X.
        return start, slots, ()


# Hebrew: לקוחות is the plural of both לקוח and לקוחה, absolute and construct.
_HE = {
    "לקוח": {("m", "sg"): ["לקוח"], ("m", "pl"): ["לקוחות"], ("m", "pl", "cs"): ["לקוחות"],
             ("f", "sg"): ["לקוחה"], ("f", "pl"): ["לקוחות"]},
    "מרשה": {("m", "sg"): ["מרשה"], ("m", "pl"): ["מרשים"], ("m", "pl", "cs"): ["מרשי"],
             ("f", "sg"): ["מרשה"], ("f", "pl"): ["מרשות"]},
    "קונה": {("m", "sg"): ["קונה"], ("m", "pl"): ["קונים"], ("m", "pl", "cs"): ["קוני"],
             ("f", "sg"): ["קונה"], ("f", "pl"): ["קונות"]},
}


def _he_prefixes() -> tuple[str, ...]:
    out = {a + b + c for a, b, c in product(("", "ו"), ("", "ש", "כש"), ("", "ב", "ל", "כ", "מ", "ה", "מה"))}
    out.discard("")
    return tuple(out)


@register
class Hebrew(ParadigmLanguage):
    code, name = "he", "Hebrew"
    both_words = ('גם',)
    both_links = ('וגם', 'גם')
    both_after = ('כאחד', 'גם יחד')
    turn_words = ('להפוך', 'הפכו', 'הופכים')
    turn_links = ('ל',)
    word_for = ('מילה ל', 'מונח ל')
    never_words = ('לעולם', 'אף פעם')
    contrast_weak = ('אבל', 'אך')
    modifiers = (
        'חדש',
        'החדש',
        'ותיק',
        'הוותיק',
        'קבוע',
        'הקבוע',
        'נאמן',
        'הנאמן',
        'פוטנציאלי',
        'עסקי',
        'העסקי',
        'פרטי',
        'הפרטי',
        'גדול',
        'קטן',
        'אחר',
    )
    difference_words = (
        'ההבדל',
        'הבדל',
        'ההבדלים',
        'שונה',
        'שונים',
        'השוואה',
        'להבחין',
        'ההבחנה',
        'נרדפ',
        'לבלבל',
        'מבלבל',
    )
    with_words = ('עם',)
    contrast_after = ('לעומת זאת', 'מצד שני')
    glued_and = ('ו',)
    glued_between = ('ל',)
    base_slot = ("m", "sg")
    prefixes = _he_prefixes()
    and_words = ("ו", "לבין", "ובין")
    or_words = ("או",)
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'מול', 'לעומת', 'בהשוואה ל')
    between_words = ("בין",)
    not_words = ("לא", "ולא", "אך לא")
    contrast_words = ('בעוד', 'ואילו', 'בעוד ש', 'לעומת', 'בניגוד ל', 'בניגוד')
    definition_marks = (":", " -", " –", " —", " הוא ")

    def forms(self, lemma):
        return _HE.get(lemma)

    def refine(self, text, start, end, slots, term):
        if {s[0] for s in slots} >= {"m", "f"}:            # generic masculine, as for an English noun
            slots = frozenset(s for s in slots if s[0] == "m")
        word = text[start:end]
        body = max((f for fs in self.paradigm(term.text).values() for f in fs if word.endswith(f)), key=len, default="")
        prefix = word[:len(word) - len(body)]
        # With the article, or at the end of a phrase, a plural is not in construct state.
        after = text[end:end + 1]
        if prefix.endswith("ה") or not after or not (after.isspace() or after.isalpha()):
            slots = frozenset(s for s in slots if "cs" not in s) or slots
        return start, slots, ()
