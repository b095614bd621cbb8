"""Polish, Czech, Slovak, Bulgarian, Serbian and Croatian: case (and for Bulgarian,
article) endings by declension class. Only the classes the termbase needs are
covered (masculine persons in -t, -k, -ac, -ca, adjectival -ący, -тел, -ач);
any other lemma is matched in its base form only and never generated."""
from __future__ import annotations

from . import register
from .paradigm import ParadigmLanguage


def _table(cases: str, sg: list[str], pl: list[str]) -> dict:
    """{(case, number): [form]} from parallel lists; a form may list variants
    separated by '/', the first being the one generated."""
    out = {}
    for number, forms in (("sg", sg), ("pl", pl)):
        for case, form in zip(cases.split(), forms):
            out[(case, number)] = form.split("/")
    return out


# ---- Polish -------------------------------------------------------------------
_PL_CASES = "nom gen dat acc ins loc voc"


@register
class Polish(ParadigmLanguage):
    code, name = "pl", "Polish"
    even_words = ('nawet', 'zwłaszcza', 'także', 'również', 'w tym')
    both_words = ('zarówno', 'i')
    both_links = ('jak i', 'i', 'oraz')
    turn_words = ('zmienić', 'zmień', 'przekształcić', 'zamienić')
    turn_links = ('w', 'na')
    word_for = ('słowo na', 'słowo dla', 'określenie na', 'nazwa na', 'synonim')
    never_words = ('nigdy',)
    contrast_weak = ('ale', 'lecz', 'jednak')
    modifiers = (
        'now',
        'star',
        'stał',
        'lojaln',
        'potencjaln',
        'biznesow',
        'firmow',
        'prywatn',
        'indywidualn',
        'duż',
        'mał',
        'przyszł',
        'obecn',
        'inn',
        'kluczow',
        'zadowolon',
    )
    difference_words = ('różnic', 'różni', 'porówn', 'odróżn', 'to samo', 'tym samym', 'synonim', 'myl', 'zamienn')
    with_words = ('z', 'ze', 'od')
    contrast_after = ('natomiast', 'zaś', 'z kolei', 'jednak')
    base_slot = ("nom", "sg")
    and_words = ("i", "oraz", "a")
    or_words = ("lub", "albo", "czy")
    versus_words = (
        'vs', 'vs.', 'v.', 'versus', 'kontra', 'w porównaniu z', 'w porównaniu do', 'w przeciwieństwie do',
    )
    between_words = ("między", "pomiędzy")
    not_words = ("nie", "a nie", "lecz nie")
    contrast_words = ('podczas gdy', 'natomiast', 'zaś', 'w przeciwieństwie do', 'a', 'tymczasem')
    determiners = ("ten", "ta", "tego", "tej", "ci", "tych", "nasz", "nasza", "naszego", "naszych", "swój", "swojego", "swoich")
    definition_marks = (":", " -", " –", " —", " to ")

    def derived_roots(self, word):
        return _verb_roots(word, "ować")

    def forms(self, w):
        if w.endswith("nt"):                               # klient, konsument
            s = w[:-1]
            return _table(_PL_CASES, [w, w + "a", w + "owi", w + "a", w + "em", s + "cie", s + "cie"],
                          [s + "ci", w + "ów", w + "om", w + "ów", w + "ami", w + "ach", s + "ci"])
        if w.endswith("ący"):                              # kupujący: declined as an adjective
            s = w[:-1]
            return _table(_PL_CASES, [w, s + "ego", s + "emu", s + "ego", s + "ym", s + "ym", w],
                          [w, s + "ych", s + "ym", s + "ych", s + "ymi", s + "ych", w])
        if w.endswith("ca"):                               # nabywca
            s = w[:-1]
            return _table(_PL_CASES, [w, s + "y", s + "y", s + "ę", s + "ą", s + "y", s + "o"],
                          [s + "y", s + "ów", s + "om", s + "ów", s + "ami", s + "ach", s + "y"])
        return None


# ---- Czech --------------------------------------------------------------------
_CS_CASES = "nom gen dat acc voc loc ins"

# a borrowed verb is its noun plus -ovat / -ować (cs testovat "to test": test);
# cs -nout verbs keep their root, its last consonant softened in the participle
# (stáhnout "download": stáhne, stahování, stažený)
_CS_SOFTENED = {"h": "ž", "k": "č", "g": "ž", "r": "ř"}
_LONG_VOWELS = str.maketrans("áéíóúůý", "aeiouuy")


def _verb_roots(word: str, suffix: str) -> tuple[str, ...]:
    """The noun a borrowed verb is made of (testovat: test), or ()."""
    return (word[:-len(suffix)],) if word.endswith(suffix) and len(word) - len(suffix) >= 4 else ()


def _cs_nout_roots(word: str) -> tuple[str, ...]:
    if not word.endswith("nout") or len(word) < 7:
        return ()
    root = word[:-4]
    short = root.translate(_LONG_VOWELS)
    softened = short[:-1] + _CS_SOFTENED[short[-1]] if short[-1] in _CS_SOFTENED else short
    return tuple(dict.fromkeys((root, short, softened)))


@register
class Czech(ParadigmLanguage):
    code, name = "cs", "Czech"
    even_words = ('dokonce', 'zejména', 'také', 'i')
    both_words = ('jak', 'i')
    both_links = ('tak', 'tak i', 'i')
    turn_words = ('proměnit', 'proměňte', 'změnit', 'přeměnit')
    turn_links = ('v', 'na')
    word_for = ('slovo pro', 'výraz pro', 'označení pro')
    never_words = ('nikdy',)
    contrast_weak = ('ale', 'však')
    modifiers = (
        'nov',
        'star',
        'stál',
        'věrn',
        'potenciáln',
        'firemn',
        'soukrom',
        'velk',
        'mal',
        'budouc',
        'současn',
        'jin',
        'klíčov',
        'spokojen',
    )
    difference_words = ('rozdíl', 'odliš', 'srovná', 'porovná', 'liší', 'totéž', 'stejn', 'synonym', 'zaměň', 'plet')
    with_words = ('s', 'se', 'od')
    contrast_after = ('naopak', 'však', 'zase', 'ovšem')
    base_slot = ("nom", "sg")
    and_words = ("a", "i")
    or_words = ("nebo", "či")
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'proti', 'oproti', 've srovnání s', 've srovnání se')
    between_words = ("mezi",)
    not_words = ("ne", "a ne", "nikoli", "nikoliv")
    contrast_words = ('zatímco', 'kdežto', 'na rozdíl od', 'naopak', 'oproti tomu')
    determiners = ("ten", "ta", "toho", "tomu", "ti", "těch", "náš", "našeho", "naši", "svého", "svých")
    definition_marks = (":", " -", " –", " —", " je ")

    def derived_roots(self, word):
        # and the root softened before an adjective's -ní (zálohovat: záloha, záložní)
        roots = _verb_roots(word, "ovat")
        softened = tuple(r[:-1] + _CS_SOFTENED[r[-1]] for r in roots if r[-1] in _CS_SOFTENED)
        # kopírovat is kopie's verb; otevřít's imperfective is otevírat (otevírání)
        nouns = (word[:-6] + "i",) if word.endswith("írovat") and len(word) >= 9 else ()
        imperfective = (word[:-3] + "ír",) if word.endswith("řít") and len(word) >= 6 else ()
        return roots + softened + nouns + imperfective + _cs_nout_roots(word)

    def forms(self, w):
        if w.endswith("t"):                                # klient
            out = _table(_CS_CASES, [w, w + "a", w + "ovi/" + w + "u", w + "a", w + "e", w + "ovi/" + w + "u", w + "em"],
                         [w + "i", w + "ů", w + "ům", w + "y", w + "i", w + "ech", w + "y"])
            return out | _cs_adjective(w + "sk", w + "št")
        if w.endswith("k"):                                # zákazník: k -> c before -i, -ích
            c = w[:-1] + "c"
            out = _table(_CS_CASES, [w, w + "a", w + "ovi/" + w + "u", w + "a", w + "u", w + "ovi/" + w + "u", w + "em"],
                         [c + "i", w + "ů", w + "ům", w + "y", c + "i", c + "ích", w + "y"])
            if w.endswith("ník"):                          # zákaznický: í shortens before -cký
                out |= _cs_adjective(w[:-3] + "nick", w[:-3] + "ničt")
            return out
        return None


# ---- Slovak -------------------------------------------------------------------
_SK_CASES = "nom gen dat acc loc ins"


@register
class Slovak(ParadigmLanguage):
    """Masculine persons in -t and -ík (klient, zákazník) with their case
    endings (klientovi, zákazníkom, klientmi, zákazníci). The relational
    adjectives are left out: the rhythm law shortens one and not the other
    (klientský, zákaznícky), so their endings do not map onto each other."""
    code, name = "sk", "Slovak"
    even_words = ("dokonca", "najmä", "tiež", "aj")
    both_words = ("ako", "aj")
    both_links = ("tak aj", "aj", "i")
    turn_words = ("premeniť", "zmeniť", "premeňte", "zmeňte")
    turn_links = ("na", "v")
    word_for = ("slovo pre", "výraz pre", "označenie pre")
    never_words = ("nikdy",)
    contrast_weak = ("ale", "však")
    modifiers = ("nov", "star", "stál", "vern", "potenciáln", "firemn", "súkromn", "veľk", "mal", "budúc",
                 "súčasn", "in", "kľúčov", "spokojn")
    difference_words = ("rozdiel", "odliš", "porovna", "líši", "to isté", "rovnak", "synonym", "zamieň", "pliet")
    with_words = ("s", "so", "od")
    contrast_after = ("naopak", "však", "zasa", "zase")
    base_slot = ("nom", "sg")
    and_words = ("a", "i", "aj")                      # aj: "klientom aj zákazníkom", as well as
    or_words = ("alebo", "či")
    versus_words = ("vs", "vs.", "v.", "versus", "proti", "oproti", "v porovnaní s", "v porovnaní so")
    between_words = ("medzi",)
    not_words = ("nie", "a nie", "nie však")
    contrast_words = ("zatiaľ čo", "kým", "na rozdiel od", "naopak", "oproti tomu")
    determiners = ("ten", "tá", "toho", "tomu", "tí", "tých", "náš", "nášho", "naši", "svoj", "svojho", "svojich",
                   "každý")
    definition_marks = (":", " -", " –", " —", " je ")

    def forms(self, w):
        if w.endswith("t"):                                # klient
            return _table(_SK_CASES, [w, w + "a", w + "ovi", w + "a", w + "ovi", w + "om"],
                          [w + "i", w + "ov", w + "om", w + "ov", w + "och", w + "mi"])
        if w.endswith("ík"):                               # zákazník: k -> c before -i
            return _table(_SK_CASES, [w, w + "a", w + "ovi", w + "a", w + "ovi", w + "om"],
                          [w[:-1] + "ci", w + "ov", w + "om", w + "ov", w + "och", w + "mi"])
        return None


# The relational adjective of a person noun (klientský certifikát, zákaznický
# účet) is how Czech usually writes "client X" / "customer X". Every form is
# its own slot, named by its ending: both adjectives decline alike (hard
# -ský/-cký), so a form maps onto the other's form with the same ending.
_CS_ADJ_ENDINGS = ("ý", "ého", "ému", "ém", "ým", "á", "é", "ou", "ých", "ými")


def _cs_adjective(stem: str, soft_stem: str) -> dict:
    out = {("adj", e): [stem + e] for e in _CS_ADJ_ENDINGS}
    out[("adj", "í")] = [soft_stem + "í"]                 # nominative plural of persons: klientští, zákazničtí
    return out


# ---- Bulgarian ----------------------------------------------------------------
@register
class Bulgarian(ParadigmLanguage):
    """No cases; the definite article is an ending, short (-а/-я, object) or
    full (-ът/-ят, subject): клиент, клиента, клиентът, клиенти, клиентите."""
    code, name = "bg", "Bulgarian"
    even_words = ('дори', 'особено', 'включително', 'също')
    both_words = ('както', 'и')
    both_links = ('така и', 'и')
    turn_words = ('превърнем', 'превърнете', 'превърне', 'превърнат', 'превръщаме')
    turn_links = ('в',)
    word_for = ('дума за', 'термин за', 'название за', 'синоним на')
    never_words = ('никога',)
    contrast_weak = ('но', 'ала')
    modifiers = (
        'нов',
        'стар',
        'постоянн',
        'лоялн',
        'потенциалн',
        'корпоративн',
        'частн',
        'голям',
        'големи',
        'малк',
        'бъдещ',
        'настоящ',
        'друг',
        'доволн',
    )
    difference_words = ('разлик', 'различ', 'сравн', 'отлич', 'синоним', 'бъркат', 'объркв')
    with_words = ('с', 'със', 'от')
    contrast_after = ('пък', 'обаче', 'от друга страна')
    base_slot = ("sg", "indef")
    and_words = ("и", "както и")
    or_words = ("или",)
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'срещу', 'в сравнение с', 'за разлика от')
    between_words = ("между",)
    not_words = ("не", "а не")
    contrast_words = ('докато', 'а', 'за разлика от', 'обаче')
    determiners = ("този", "тези", "нашия", "нашият", "нашите", "своя", "своите")
    definition_marks = (":", " -", " –", " —", " е ")

    def forms(self, w):
        vowels = sum(ch in "аеиоуъюя" for ch in w)
        if not w or w[-1] in "аеиоуъюяй" or vowels < 2:
            return None                                    # monosyllables take -ове: not covered
        soft = w.endswith("тел")                           # потребител(-я, -ят)
        short, full = ("я", "ят") if soft else ("а", "ът")
        return {("sg", "indef"): [w], ("sg", "short"): [w + short], ("sg", "full"): [w + full],
                ("pl", "indef"): [w + "и"], ("pl", "def"): [w + "ите"]}


# ---- Serbian and Croatian -----------------------------------------------------
_SH_CASES = "nom gen dat acc voc ins loc"
_LAT = ["lj", "nj", "dž", "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "ć", "u", "f", "h", "c", "č", "š"]
_CYR = ["љ", "њ", "џ", "а", "б", "в", "г", "д", "ђ", "е", "ж", "з", "и", "ј", "к", "л", "м", "н", "о", "п",
        "р", "с", "т", "ћ", "у", "ф", "х", "ц", "ч", "ш"]
_TO_LAT = str.maketrans(dict(zip(_CYR, _LAT)))


def to_cyrillic(latin: str) -> str:
    out, i = [], 0
    while i < len(latin):
        for lat, cyr in zip(_LAT, _CYR):               # digraphs first
            if latin.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(latin[i])
            i += 1
    return "".join(out)


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _sh_latin_forms(w: str) -> dict | None:
    if w.endswith("ac"):                                   # kupac: fleeting a, soft c
        s = w[:-2] + "c"
        return _table(_SH_CASES, [w, s + "a", s + "u", s + "a", w[:-2] + "če", s + "em", s + "u"],
                      [s + "i", w + "a", s + "ima", s + "e", s + "i", s + "ima", s + "ima"])
    if w.endswith("nt"):                                   # klijent: genitive plural klijenata
        return _table(_SH_CASES, [w, w + "a", w + "u", w + "a", w + "e", w + "om", w + "u"],
                      [w + "i", w[:-1] + "at" + "a", w + "ima", w + "e", w + "i", w + "ima", w + "ima"])
    return None


class SerboCroatian(ParadigmLanguage):
    base_slot = ("nom", "sg")
    and_words = ("i", "te")
    or_words = ("ili",)
    between_words = ("između",)
    not_words = ("ne", "a ne")
    contrast_words = ("dok", "a")
    definition_marks = (":", " -", " –", " —", " je ")

    def forms(self, w):
        cyr = is_cyrillic(w)
        out = _sh_latin_forms(w.translate(_TO_LAT) if cyr else w)
        if out is None or not cyr:
            return out
        return {slot: [to_cyrillic(f) for f in forms] for slot, forms in out.items()}

    def inflect(self, surface, features, term, target):
        # The preferred term is written in one script; answer in the script of the text.
        out = super().inflect(surface, features, term, target)
        if out is None or is_cyrillic(surface) == is_cyrillic(out):
            return out
        return to_cyrillic(out) if is_cyrillic(surface) else out.translate(_TO_LAT)


@register
class Serbian(SerboCroatian):
    """Written in Cyrillic and Latin; both are matched."""
    code, name = "sr", "Serbian"
    even_words = ('čak', 'posebno', 'чак', 'посебно')
    both_words = ('kako', 'i', 'као', 'и')
    both_links = ('tako i', 'i', 'тако и', 'и')
    turn_words = ('pretvoriti', 'претворити')
    turn_links = ('u', 'у')
    word_for = ('reč za', 'реч за')
    never_words = ('nikada', 'никада')
    contrast_weak = ('ali', 'али', 'međutim')
    modifiers = (
        'nov',
        'star',
        'stal',
        'vern',
        'lojaln',
        'potencijaln',
        'poslovn',
        'privatn',
        'velik',
        'mal',
        'budu',
        'drug',
        'нов',
        'стар',
        'стал',
        'верн',
        'лојалн',
        'пословн',
        'приватн',
        'велик',
        'мал',
        'друг',
    )
    difference_words = (
        'razlik',
        'разлик',
        'razlikuj',
        'разликуј',
        'poređ',
        'поређ',
        'sinonim',
        'синоним',
        'mešaj',
        'мешај',
    )
    with_words = ('sa', 's', 'са', 'с', 'od', 'од')
    contrast_after = ('pak', 'пак', 'međutim', 'међутим')
    and_words = ("i", "te", "и", "те")
    or_words = ("ili", "или")
    versus_words = (
        'vs', 'vs.', 'v.', 'versus', 'protiv', 'против', 'u poređenju sa', 'у поређењу са', 'naspram', 'наспрам',
    )
    between_words = ("između", "између")
    not_words = ("ne", "a ne", "не", "а не")
    contrast_words = ('dok', 'док', 'za razliku od', 'за разлику од', 'a', 'а')


@register
class Croatian(SerboCroatian):
    code, name = "hr", "Croatian"
    even_words = ('čak', 'posebno', 'uključujući', 'također')
    both_words = ('kako', 'i')
    both_links = ('tako i', 'i')
    turn_words = ('pretvoriti', 'pretvorite')
    turn_links = ('u',)
    word_for = ('riječ za', 'izraz za')
    never_words = ('nikada', 'nikad')
    contrast_weak = ('ali', 'međutim')
    modifiers = (
        'nov',
        'star',
        'stal',
        'vjern',
        'lojaln',
        'potencijaln',
        'poslovn',
        'privatn',
        'velik',
        'mal',
        'budu',
        'sadašnj',
        'drug',
        'zadovoljn',
    )
    difference_words = ('razlik', 'razlikuj', 'usporedb', 'uspored', 'sinonim', 'brkaj', 'miješaj')
    with_words = ('sa', 's', 'od')
    contrast_words = ('dok', 'a', 'za razliku od', 'nasuprot')
    contrast_after = ('pak', 'međutim')
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'protiv', 'u usporedbi s', 'u usporedbi sa', 'naspram')
