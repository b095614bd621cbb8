"""Finnish: fourteen cases, plural, possessive suffixes, all endings in vowel
harmony (asiakkaalla, päämiehellä), and consonant gradation between the
nominative and the other cases (asiakas -> asiakkaan, asiakkaita).

Nouns are declined by their type, which the lemma's ending tells: -as with a
strong stem (asiakas: asiakkaa-), -mies (päämies: päämiehe-, päämiesten),
-us (sovellus: sovellukse-) and a stem ending in -a/-ä (ostaja, toimeksiantaja,
käyttäjä). A slot is (number, case, possessive); a replacement takes the
other lemma's form in the same slot (asiakkaalleen -> ostajalleen)."""
from __future__ import annotations

from . import register
from .paradigm import ParadigmLanguage

# case -> ending after the strong stem (singular) and after the plural stem;
# A is a or ä by vowel harmony
_LOCAL = {"ess": "nA", "tra": "ksi", "ine": "ssA", "ela": "stA", "ade": "llA", "abl": "ltA", "all": "lle", "abe": "ttA"}
_POSSESSIVES = {"1sg": "ni", "2sg": "si", "1pl": "mme", "2pl": "nne"}
# weak -> strong grade of the consonant before -as (asiakas/asiakkaa-, hidas/hitaa-, varvas/varpaa-)
_GRADE = {"k": "kk", "p": "pp", "t": "tt", "d": "t", "g": "k", "v": "p"}
_VOWELS = set("aeiouyäö")


def _back(word: str) -> bool:
    """Vowel harmony of a word's endings: its last back or front vowel decides
    (a compound's last part does: päämies takes ä, toimeksiantaja a)."""
    for c in reversed(word.casefold()):
        if c in "aou":
            return True
        if c in "äöy":
            return False
    return False


def _harmonise(ending: str, back: bool) -> str:
    return ending.replace("A", "a" if back else "ä").replace("O", "o" if back else "ö")


def _declension(lemma: str) -> tuple[str, str, dict[str, list[str]], dict[str, list[str]]] | None:
    """(strong singular stem, plural stem, singular forms the stems do not
    give, plural forms the stems do not give), or None for a type not covered."""
    low = lemma.casefold()
    if low.endswith("mies"):                           # päämies: päämiehe-, päämiehi-
        base = lemma[:-1] + "h"
        return base + "e", base + "i", {"par": [lemma + "tä"], "ill": [base + "een"]}, \
            {"gen": [lemma + "ten", base + "ien"], "par": [base + "iä"], "ill": [base + "iin"]}
    if low.endswith(("as", "äs")) and len(low) > 4 and low[-3] not in _VOWELS:
        # asiakas: the stem's last consonant in the strong grade, the vowel long
        stem, v = lemma[:-2], lemma[-2]
        strong = stem[:-1] + _GRADE.get(stem[-1], stem[-1]) + v + v
        plural = strong[:-1] + "i"
        return strong, plural, {"par": [lemma + ("ta" if v == "a" else "tä")], "ill": [strong + "seen"]}, \
            {"gen": [plural + "den", plural + "tten"], "par": [plural + ("ta" if v == "a" else "tä")],
             "ill": [plural + "siin"]}
    if low.endswith(("us", "ys")) and len(low) > 4:  # sovellus: sovellukse-, sovelluksi-
        strong, plural = lemma[:-1] + "kse", lemma[:-1] + "ksi"
        a = "a" if _back(lemma) else "ä"
        return strong, plural, {"par": [lemma + "t" + a], "ill": [strong + "en"]}, \
            {"gen": [lemma + "ten"], "par": [plural + a], "ill": [plural + "in"]}
    if low.endswith(("ja", "jä", "ma", "mä", "na", "nä", "la", "lä")) and len(low) > 4:
        # ostaja, käyttäjä, ohjelma: the stem is the word; -a/-ä becomes -i- in the plural
        v = lemma[-1]
        plural = lemma[:-1] + "i"
        return lemma, plural, {"par": [lemma + v], "ill": [lemma + v + "n"]}, \
            {"gen": [plural + "en", lemma + "in"], "par": [plural + v], "ill": [plural + "in"]}
    return None


def _with_possessive(form: str, case: str, back: bool) -> dict[str, list[str]]:
    """A case form with each possessive suffix: a final -n or -t gives way
    (asiakkaan -> asiakkaani), -ksi becomes -kse-, and the third person after
    a short vowel may also lengthen it (asiakkaalleen beside asiakkaallensa)."""
    host = form
    if case == "tra":
        host = form[:-1] + "e"
    elif case in ("gen", "nom", "ill") and form[-1] in "nt":
        host = form[:-1]
    out = {p: [host + s] for p, s in _POSSESSIVES.items()}
    third = [host + _harmonise("nsA", back)]
    if host[-1] in _VOWELS and not (len(host) > 1 and host[-2] == host[-1]) and case not in ("gen", "nom"):
        third.insert(0, host + host[-1] + "n")        # asiakkaalleen, asiakastaan
    out["3"] = third
    return out


@register
class Finnish(ParadigmLanguage):
    code, name = "fi", "Finnish"
    base_slot = ("sg", "nom", "")
    and_words = ("ja", "sekä")
    or_words = ("tai", "vai", "eli")
    versus_words = ("vs", "vs.", "v.", "versus", "vastaan")
    between_after = ("välillä", "välinen", "välisen", "välistä", "välisiä", "väliset")
    not_words = ("ei", "eikä", "eivät", "eli ei", "mutta ei", "sen sijaan")
    contrast_words = ("kun taas", "kun puolestaan", "sen sijaan", "toisin kuin", "päinvastoin kuin")
    contrast_after = ("taas", "puolestaan", "sen sijaan", "kuitenkin")
    contrast_weak = ("mutta", "kuitenkin")
    determiners = ("jokainen", "jokaisen", "kaikki", "kaikkien", "meidän", "heidän", "hänen", "sinun", "teidän",
                   "oma", "omat", "se", "ne", "tämä", "nämä", "kukin")
    definition_marks = (":", " -", " –", " —", " on ")
    both_words = ("sekä", "niin")
    both_links = ("että", "kuin")
    even_words = ("jopa", "myös", "erityisesti", "varsinkin", "etenkin")
    never_words = ("ei koskaan", "koskaan", "ei milloinkaan")
    difference_words = ("ero", "eroa", "erot", "eroaa", "eroav", "erilai", "vertail", "verrat", "sama", "synonyym",
                        "sekoit", "sekaan")
    modifiers = ("uu", "vanh", "vakitui", "kanta", "potentiaali", "mahdolli", "yritys", "yksityi", "suur", "pien",
                 "tulev", "nykyi", "muu", "muid", "tyytyväi", "entis", "uskollis", "nyky")

    def forms(self, lemma):
        decl = _declension(lemma)
        if decl is None:
            return None
        strong, plural, sg_own, pl_own = decl
        back = _back(lemma)
        sg = {"nom": [lemma], "gen": [strong + "n"], **sg_own}
        pl = {"nom": [strong + "t"], **pl_own}
        for case, ending in _LOCAL.items():
            sg[case] = [strong + _harmonise(ending, back)]
            pl[case] = [plural + _harmonise(ending, back)]
        pl["ins"] = [plural + "n"]                     # asiakkain, "with clients" (rare)
        out = {}
        for number, cases in (("sg", sg), ("pl", pl)):
            for case, written in cases.items():
                out[(number, case, "")] = written
                if case == "ins":
                    continue
                # the nominative with a possessive is built on the strong stem (asiakkaani)
                host = strong + "n" if case == "nom" and number == "sg" else written[0]
                for poss, variants in _with_possessive(host, "gen" if case == "nom" and number == "sg" else case,
                                                       back).items():
                    out[(number, case, poss)] = variants
        return out
