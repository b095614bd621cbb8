"""Hungarian: case suffixes in vowel harmony (vásárlónak, vevőnek,
vásárlóhoz, vevőhöz), -val/-vel assimilating to a final consonant
(ügyféllel), plural -k with a linking vowel, possessives. Stems ending in a
vowel are declined by rule; a consonant stem needs its linking vowel and
shortened stem listed (ügyfél: ügyfel-e-k), since those are lexical."""
from __future__ import annotations

from . import register
from .paradigm import ParadigmLanguage

_BACK = set("aáoóuú")
_ROUNDED_FRONT = set("öőüű")
_VOWELS = _BACK | _ROUNDED_FRONT | set("eéií")
# consonant stem -> (stem before a vowel-initial suffix, linking vowel)
_CONSONANT_STEMS = {"ügyfél": ("ügyfel", "e")}

# case -> suffix; A a/e, O o/e/ö, Ó ó/ő, V the assimilating v of -val/-vel
_CASES = {"nom": "", "dat": "nAk", "ins": "VAl", "ine": "bAn", "ela": "bÓl", "ill": "bA", "sub": "rA",
          "del": "rÓl", "ade": "nÁl", "abl": "tÓl", "all": "hOz", "cau": "ért", "ter": "ig", "ess": "ként"}


def _harmony(word: str) -> str:
    if any(c in _BACK for c in word):
        return "back"
    last = next((c for c in reversed(word) if c in _VOWELS), "e")
    return "round" if last in _ROUNDED_FRONT else "front"


def _attach(stem: str, template: str, harmony: str) -> str:
    out = stem
    for ch in template:
        if ch == "A":
            out += "a" if harmony == "back" else "e"
        elif ch == "O":
            out += {"back": "o", "front": "e", "round": "ö"}[harmony]
        elif ch == "Ó":
            out += "ó" if harmony == "back" else "ő"
        elif ch == "Á":
            out += "á" if harmony == "back" else "é"
        elif ch == "V":
            out += out[-1] if out[-1] not in _VOWELS else "v"
        else:
            out += ch
    return out


def _possessed_case(form: str, case: str, template: str, harmony: str) -> str:
    """A possessed form in a case: a final -a/-e lengthens before the ending
    (ügyfele -> ügyfelének, ügyfelét; vásárlója -> vásárlójával), except before
    -ként; the accusative takes a linking vowel after a consonant (ügyfelünket,
    vásárlóinkat); a front word's ending follows the possessive's last vowel."""
    host = form
    if case != "ess" and host[-1] in "ae":
        host = host[:-1] + ("á" if host[-1] == "a" else "é")
    if harmony != "back":
        harmony = _harmony(host)   # the ending's own vowel decides: vevőjéhez, but ügyfelünkhöz
    if case == "acc":
        return host + "t" if host[-1] in _VOWELS else host + ("at" if harmony == "back" else "et")
    return _attach(host, template, harmony)


@register
class Hungarian(ParadigmLanguage):
    code, name = "hu", "Hungarian"
    # a compound's head keeps the noun's case endings: válasz|kód, válasz|kódot
    head_endings = ("", "ok", "ot", "ja", "ját", "jának", "ban", "ba", "ból", "hoz", "nak", "on", "ra", "ról", "ként",
                    "ek", "et", "je", "jét", "ben", "be", "ből", "hez", "nek", "en", "re", "ről", "jai")
    even_words = ('még', 'különösen', 'is')
    both_words = ('mind', 'is')
    both_links = ('mind', 'és')
    word_for = ('szó a', 'kifejezés a')
    never_words = ('soha', 'sosem')
    articles = ('a', 'az', 'egy')
    contrast_weak = ('de', 'azonban')
    modifiers = (
        'új',
        'régi',
        'hűséges',
        'állandó',
        'törzs',
        'potenciális',
        'vállalati',
        'magán',
        'nagy',
        'kis',
        'jövőbeli',
        'jelenlegi',
        'más',
        'elégedett',
        'meglévő',
    )
    difference_words = (
        'különbség',
        'különbö',
        'különb',
        'eltér',
        'összehasonlít',
        'megkülönböz',
        'ugyanaz',
        'szinonim',
        'összekever',
        'összetéveszt',
    )
    contrast_after = ('viszont', 'pedig', 'azonban', 'ellenben')
    base_slot = ("sg", "", "nom")
    and_words = ("és", "meg", "valamint")
    or_words = ("vagy",)
    versus_words = ("vs", "vs.", "versus", "kontra")
    between_after = ("között", "közötti")
    not_words = ("nem", "és nem", "de nem", "helyett")
    contrast_words = ('míg', 'ezzel szemben', 'viszont', 'azonban', 'szemben', 'ellenben')
    determiners = ("a", "az", "egy", "minden")
    definition_marks = (":", " -", " –", " —")

    # a glossary's noun made from a verb with -ás/-és, often with a verbal
    # prefix (el-rejt-és "hiding"): the text may use the verb's other forms,
    # without the prefix (rejtett "hidden", rejtve). A word with a prefix of
    # its own does not start with the bare root (feltöltés is no töltés). A
    # three-letter root too: the prefix often stands apart (be-zár-ás "closing":
    # "zárja be").
    _VERB_PREFIXES = ("vissza", "össze", "hozzá", "újra", "szét", "meg", "fel", "föl", "ki", "be", "el", "le",
                      "át", "rá")

    def derived_roots(self, word):
        low = word.casefold()
        if not low.endswith(("ás", "és")) or len(low) < 6:
            return _shortened(low)
        core = low[:-2]
        roots = (core,) + tuple(core[len(p):] for p in self._VERB_PREFIXES
                                if core.startswith(p) and len(core) - len(p) >= 3)
        return roots + tuple(r for root in roots for r in _with_vowel(root))

    def forms(self, lemma):
        h = _harmony(lemma)
        if lemma[-1] in "óőúűií":
            vstem, link = lemma, ""
            acc_sg = lemma + "t"
            poss = {"3sg": _attach(lemma, "jA", h), "3pl": lemma + ("juk" if h == "back" else "jük"),
                    "1pl": lemma + "nk", "pl3sg": lemma + "i", "pl1pl": lemma + "ink", "pl3pl": lemma + "ik"}
        elif lemma in _CONSONANT_STEMS:
            vstem, link = _CONSONANT_STEMS[lemma]
            acc_sg = vstem + link + "t"
            poss = {"3sg": vstem + link, "3pl": vstem + ("ük" if h != "back" else "uk"),
                    "1pl": vstem + ("ünk" if h != "back" else "unk"), "pl3sg": vstem + link + "i",
                    "pl1pl": vstem + link + "ink", "pl3pl": vstem + link + "ik"}
        else:
            return None          # a, e lengthen; other consonant stems are lexical
        plural = vstem + link + "k"
        out = {}
        for case, tpl in _CASES.items():
            out[("sg", "", case)] = [_attach(lemma, tpl, h)]
            out[("pl", "", case)] = [_attach(plural, tpl, h)]
        out[("sg", "", "acc")] = [acc_sg]
        out[("pl", "", "acc")] = [plural + ("a" if h == "back" else "e") + "t"]
        out[("pl", "", "sup")] = [plural + {"back": "on", "front": "en", "round": "ön"}[h]]
        if not link:
            out[("sg", "", "sup")] = [lemma + "n"]
        for p, form in poss.items():
            out[("poss", p, "nom")] = [form]
            for case, tpl in _CASES.items():
                if case != "nom":
                    out[("poss", p, case)] = [_possessed_case(form, case, tpl, h)]
            out[("poss", p, "acc")] = [_possessed_case(form, "acc", "", h)]
        return out


def _shortened(word: str) -> tuple[str, ...]:
    """A noun whose last long vowel shortens before a suffix (levél: levelet,
    madár: madarat): the stem its inflected forms start with."""
    if len(word) >= 4 and word[-1] not in _VOWELS and word[-2] in "éá":
        return (word[:-2] + {"é": "e", "á": "a"}[word[-2]] + word[-1],)
    return ()


def _with_vowel(root: str) -> tuple[str, ...]:
    """A verb whose last vowel drops before -és (töröl: törlés): the root
    with it back, copied from the vowel before (törl: töröl)."""
    if len(root) >= 4 and root[-1] in "lr" and root[-2] not in _VOWELS:
        vowel = next((c for c in reversed(root[:-2]) if c in _VOWELS), "")
        short = {"ó": "o", "ő": "ö", "ú": "u", "ű": "ü", "á": "a", "é": "e", "í": "i"}.get(vowel, vowel)
        return (root[:-1] + short + root[-1],) if short else ()
    return ()
