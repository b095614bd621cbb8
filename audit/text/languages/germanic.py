"""German, Dutch, Swedish, Danish, Norwegian Bokmål."""
from __future__ import annotations

import regex

from . import register
from .base import WORD_CHAR, Hit, drop_overlaps
from .paradigm import ParadigmLanguage
from ..normalize import Normalized
from ...model import Term

_CASES = ("nom", "acc", "dat", "gen")


def _de_weak(lemma: str) -> dict:
    """Kunde, Mandant, Klient: -(e)n in every case but the nominative singular."""
    other = lemma + ("n" if lemma.endswith("e") else "en")
    out = {("m", "nom", "sg"): [lemma]}
    out.update({("m", c, "sg"): [other] for c in _CASES[1:]})
    out.update({("m", c, "pl"): [other] for c in _CASES})
    return out


def _de_er(lemma: str) -> dict:
    """Käufer: genitive singular -s, dative plural -n."""
    out = {("m", c, "sg"): [lemma] for c in ("nom", "acc", "dat")}
    out[("m", "gen", "sg")] = [lemma + "s"]
    out.update({("m", c, "pl"): [lemma] for c in ("nom", "acc", "gen")})
    out[("m", "dat", "pl")] = [lemma + "n"]
    return out


def _de_loan_s(lemma: str) -> dict:
    """Client (the program): an English loan, strong, with -s in the genitive
    singular and the plural (des Clients, die Clients), never weak Clienten."""
    out = {("m", c, "sg"): [lemma] for c in ("nom", "acc", "dat")}
    out[("m", "gen", "sg")] = [lemma + "s"]
    out.update({("m", c, "pl"): [lemma + "s"] for c in _CASES})
    return out


# What a masculine noun's case and number can be after each determiner.
_DE_DETS = {
    "der": {("nom", "sg"), ("gen", "pl")},     # a dative plural takes "den"
    "des": {("gen", "sg")}, "eines": {("gen", "sg")}, "keines": {("gen", "sg")},
    "dem": {("dat", "sg")}, "einem": {("dat", "sg")}, "keinem": {("dat", "sg")},
    "den": {("acc", "sg"), ("dat", "pl")}, "einen": {("acc", "sg")}, "keinen": {("acc", "sg"), ("dat", "pl")},
    "die": {("nom", "pl"), ("acc", "pl")}, "ein": {("nom", "sg")}, "kein": {("nom", "sg")},
}


class GluedCompounds(ParadigmLanguage):
    """A term written as the first part of a closed compound whose head names a
    part of a program (de Kundenzertifikat, kundenseitig; nl klantcertificaat;
    sv kundcertifikat) is an occurrence too, its span the term's part: that is
    how "client certificate" comes out as a person word here. Other compounds
    (Kundenkonto, Kundenservice, Kundenprogramm: a loyalty scheme) stay single
    words. The part is replaced by the bare word of the fix (Clientzertifikat,
    suggest.py), and the text-alone rules leave it alone: it modifies its head,
    it names nobody. (Where the source names the program and the target has
    no occurrence at all, checks/wrong_sense.py looks into any compound, by
    `compound_stems`.)"""

    def find(self, text, terms):
        hits = super().find(text, terms)
        if not self.glued_heads:
            return hits
        norm = Normalized(text)
        for term, pattern in self._glued(tuple(terms)):
            for m in pattern.finditer(norm.text):
                hits.append(Hit(norm.to_original(m.start()), norm.to_original(m.end()), term,
                                ("", (("compound",),), "")))
        return drop_overlaps(hits)

    def _glued(self, terms: tuple[Term, ...]) -> list[tuple[Term, regex.Pattern]]:
        """Each term's forms before a glued head, compiled once per term list (`find` runs per segment)."""
        cache = self.__dict__.setdefault("_glued_cache", {})
        if terms not in cache:
            heads = "|".join(regex.escape(h) for h in sorted(self.glued_heads, key=len, reverse=True))
            cache[terms] = []
            for term in terms:
                forms = sorted({w for ws in self.paradigm(term.text).values() for w in ws}, key=len, reverse=True)
                body = "|".join(regex.escape(f) for f in forms if " " not in f)
                cache[terms].append((term, regex.compile(rf"(?<!{WORD_CHAR})(?:{body})(?=(?:{heads}))", regex.IGNORECASE)))
        return cache[terms]


@register
class German(GluedCompounds):
    """Masculine nouns, weak (Kunde, Mandant) or in -er (Käufer), with their
    feminine in -in (Kundin, Mandantin, Käuferin). The article in front, when
    there is one, narrows the case (den Kunden / des Kunden)."""
    code, name = "de", "German"
    even_words = ('sogar', 'auch', 'insbesondere', 'besonders', 'einschließlich')
    both_words = ('sowohl', 'ob')
    both_links = ('als auch', 'als', 'oder')
    turn_words = ('machen', 'verwandeln', 'wandeln')
    turn_links = ('zu', 'in')
    word_for = ('wort für', 'begriff für', 'bezeichnung für', 'ausdruck für')
    never_words = ('nie', 'niemals')
    # a compound's head keeps the noun's endings: Verbindungstyp, Dateitypen
    head_endings = ("", "e", "en", "n", "s", "es", "er", "ern")
    glued_heads = ("zertifikat", "seitig", "seite", "software", "rechner", "bibliothek", "schlüssel")
    articles = ('der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'eines')
    contrast_weak = ('aber', 'doch', 'jedoch')
    modifiers = (
        'neu',
        'alt',
        'bestehend',
        'treu',
        'stamm',
        'potenziell',
        'potentiell',
        'geschäftlich',
        'privat',
        'gewerblich',
        'groß',
        'klein',
        'ehemalig',
        'künftig',
        'zukünftig',
        'ander',
        'wichtig',
        'zufrieden',
    )
    difference_words = (
        'unterschied',
        'unterscheid',
        'vergleich',
        'anders',
        'dasselbe',
        'gleich',
        'synonym',
        'verwechsel',
        'austauschbar',
    )
    with_words = ('mit', 'von', 'vom')
    contrast_after = ('hingegen', 'dagegen', 'jedoch', 'andererseits', 'wiederum')
    base_slot = ("m", "nom", "sg")
    and_words = ("und", "sowie")
    or_words = ('oder', 'bzw', 'bzw.', 'beziehungsweise')
    versus_words = (
        'vs', 'vs.', 'v.', 'versus', 'gegenüber', 'im vergleich zu', 'im vergleich zum', 'verglichen mit',
    )
    between_words = ("zwischen",)
    not_words = ("nicht", "und nicht", "aber nicht", "statt", "anstatt")
    contrast_words = (
        'während', 'wohingegen', 'im gegensatz zu', 'im gegensatz zum', 'anders als', 'hingegen', 'dagegen',
    )
    determiners = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines",
                   "ihr", "ihre", "ihren", "sein", "seine", "seinen", "unser", "unsere", "unseren")
    definition_marks = (":", " -", " –", " —", " ist ")

    # a verb's root inside a compound's noun: schreiben in Geräteschreibvorgänge,
    # begrenzen in Bandbreitenbegrenzung (the plural Grenzen: grenz-)
    def derived_roots(self, word):
        low = word.casefold()
        return (low[:-2],) if low.endswith("en") and len(low) >= 7 else ()

    def forms(self, lemma):
        if lemma == "Client":
            return _de_loan_s(lemma)
        if lemma.endswith("er"):
            out = _de_er(lemma)
        elif lemma.endswith(("e", "ant", "ent", "ist")):
            out = _de_weak(lemma)
        else:
            return None
        fem = (lemma[:-1] if lemma.endswith("e") else lemma) + "in"
        out[("f", "sg")], out[("f", "pl")] = [fem], [fem + "nen"]
        return out

    def compound_stems(self, lemma):
        if lemma.endswith("e"):                            # Kunde: Kunden|name, Kund|schaft is another word
            return (lemma + "n",)
        if lemma.endswith(("ant", "ent")) and lemma != "Client":
            return (lemma + "en",)                         # Mandant: Mandanten|akte
        return (lemma,) if lemma.endswith("er") else ()    # Käufer|schutz

    def refine(self, text, start, end, slots, term):
        # the article agrees with a hyphenated compound's last part: "des API-Kunden"
        prev = regex.search(r"(\p{L}+)\s+(?:[\p{L}\p{N}]+[-‐])*$", text[max(0, start - 40):start])
        allowed = _DE_DETS.get(prev.group(1).casefold()) if prev else None
        if allowed:
            narrowed = frozenset(s for s in slots if s[0] == "m" and s[1:] in allowed)
            if narrowed:
                return start, narrowed, ()
        return start, slots, ()


@register
class Dutch(GluedCompounds):
    code, name = "nl", "Dutch"
    even_words = ('zelfs', 'vooral', 'ook', 'inclusief')
    both_words = ('zowel',)
    both_links = ('als', 'als ook')
    turn_words = ('maken', 'veranderen', 'omzetten', 'transformeren')
    turn_links = ('in', 'tot')
    word_for = ('woord voor', 'term voor', 'benaming voor')
    never_words = ('nooit',)
    head_endings = ("", "en", "s", "e")               # bestandstype, bestandstypen
    glued_heads = ("certificaat", "certificaten", "software", "zijde")
    articles = ('de', 'het', 'een')
    contrast_weak = ('maar',)
    modifiers = (
        'nieuw',
        'oud',
        'bestaand',
        'trouw',
        'vast',
        'potentië',
        'zakelijk',
        'particulier',
        'groot',
        'grote',
        'klein',
        'toekomstig',
        'huidig',
        'ander',
        'tevreden',
    )
    difference_words = (
        'verschil',
        'onderscheid',
        'vergelijk',
        'anders',
        'hetzelfde',
        'zelfde',
        'synoniem',
        'verwar',
        'door elkaar',
    )
    with_words = ('met',)
    contrast_after = ('daarentegen', 'echter', 'juist', 'op zijn beurt')
    and_words = ("en",)
    or_words = ("of",)
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'tegenover', 'vergeleken met', 'in vergelijking met')
    between_words = ("tussen",)
    not_words = ("niet", "en niet", "maar niet", "in plaats van")
    contrast_words = ('terwijl', 'in tegenstelling tot', 'daarentegen', 'waar')
    determiners = ("de", "het", "een", "hun", "zijn", "haar", "onze", "uw")
    definition_marks = (":", " -", " –", " —", " is ")

    def forms(self, lemma):
        if lemma.endswith(("er", "el", "em", "en", "aar", "ier")) or lemma == "client":
            plural = lemma + "s"                           # koper -> kopers; client (the program) -> clients
        elif lemma.endswith("nt"):
            plural = lemma + "en"                          # klant -> klanten, cliënt -> cliënten
        else:
            return None     # -s or -en, and doubling (man -> mannen), are not decidable by rule
        out = {("sg",): [lemma], ("pl",): [plural], ("gen", "sg"): [lemma + "s"]}
        if "ë" in lemma:                                   # cliënt also written client
            for k in out:
                out[k].append(out[k][0].replace("ë", "e"))
        return out

    def compound_stems(self, lemma):
        return (lemma + "en", lemma) if lemma.endswith("nt") else (lemma,)   # klanten|venster, klant|nummer


@register
class Swedish(GluedCompounds):
    """Definiteness is an ending (kund, kunden, kunder, kunderna), and so is
    the genitive -s."""
    code, name = "sv", "Swedish"
    even_words = ('även', 'till och med', 'särskilt', 'också')
    both_words = ('både',)
    both_links = ('och',)
    turn_words = ('göra', 'förvandla', 'omvandla')
    turn_links = ('till',)
    word_for = ('ord för', 'term för', 'benämning på')
    never_words = ('aldrig',)
    glued_heads = ("certifikat", "mjukvara", "programvara")
    articles = ('en', 'ett', 'den', 'det', 'de')
    contrast_weak = ('men',)
    modifiers = (
        'ny',
        'gaml',
        'befintlig',
        'trogn',
        'lojal',
        'fast',
        'potentiell',
        'företag',
        'privat',
        'stor',
        'små',
        'liten',
        'framtid',
        'nuvarande',
        'andr',
        'nöjd',
    )
    difference_words = ('skillnad', 'skilja', 'jämför', 'olika', 'samma', 'synonym', 'förväxl', 'blanda ihop')
    with_words = ('med', 'från')
    contrast_after = ('däremot', 'å andra sidan', 'i sin tur')
    base_slot = ("sg", "indef", "")
    and_words = ("och", "samt")
    or_words = ("eller",)
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'mot', 'jämfört med', 'gentemot')
    between_words = ("mellan",)
    not_words = ("inte", "och inte", "men inte", "i stället för")
    contrast_words = ('medan', 'medan däremot', 'till skillnad från', 'däremot')
    determiners = ("en", "ett", "den", "det", "de", "sin", "sina", "våra", "vår", "deras", "hans", "hennes")
    definition_marks = (":", " -", " –", " —", " är ")

    def term_cores(self, term):
        # "gör indrag" (make an indent) is there where the noun is
        words = term.split()
        if len(words) >= 2 and words[0].casefold() in ("gör", "göra") and len(words[1]) >= 4:
            return (" ".join(words[1:]),)
        return ()

    # a noun that drops its unstressed e before an ending (fönster: fönstret,
    # huvudfönstrets; regel: regler)
    def derived_roots(self, word):
        low = word.casefold()
        return (low[:-2] + low[-1],) if regex.fullmatch(r"\w{3,}[^aeiouyåäö]e[rln]", low) else ()

    def forms(self, lemma):
        if lemma.endswith("are"):                          # köpare: plural equals singular
            base = {("sg", "indef"): lemma, ("sg", "def"): lemma + "n",
                    ("pl", "indef"): lemma, ("pl", "def"): lemma[:-1] + "na"}
        elif lemma == "kund" or lemma.endswith(("ent", "ant")):
            base = {("sg", "indef"): lemma, ("sg", "def"): lemma + "en",     # kund, klient
                    ("pl", "indef"): lemma + "er", ("pl", "def"): lemma + "erna"}
        else:
            return None
        return with_genitive(base)

    def compound_stems(self, lemma):
        return (lemma[:-1],) if lemma.endswith("are") else (lemma,)         # köpar|skydd, kund|namn

    # a compound's head keeps the noun's endings: torrentfil|en, torrentfil|er
    head_endings = ("", "en", "er", "erna", "et", "ets", "ens", "ar", "arna", "or", "orna", "n", "na", "s")
    # particles a verb is written apart from, and joined to in its participle
    # and noun: ta bort / borttagen, borttagning; lägg till / tillägg
    _PARTICLES = ("bort", "till", "upp", "ut", "in", "av", "på", "om", "fram", "ner", "ned", "över", "undan",
                  "tillbaka", "ihop", "med", "förbi")

    def particle_joins(self, words):
        if len(words) != 2 or words[1] not in self._PARTICLES or len(words[0]) < 2:
            return ()
        joined = words[1] + words[0]
        # three equal consonants are written two (till + lägg = tillägg)
        joined = regex.sub(r"(\w)\1\1", r"\1\1", joined)
        # a verb's v is f in its noun (skriv ut / utskrift, driv / drift)
        return (joined, joined[:-1] + "f") if joined.endswith("v") else (joined,)

    # a particle joined to a verb or its noun, and how it is written apart:
    # mottaga / ta emot, åtkomst / komma åt, avbrott / bryta av
    _APART = {"emot": "emot", "mot": "emot", "åt": "åt", **{p: p for p in _PARTICLES}}
    # endings that make the joined word's verb or noun: taga (ta), komst (komma), tagning (ta)
    _JOINED_ENDINGS = ("ning", "else", "ande", "st", "ga", "a")

    def particle_splits(self, words):
        word = words[0] if len(words) == 1 else ""
        particle = next((p for p in sorted(self._APART, key=len, reverse=True)
                         if word.startswith(p) and len(word) - len(p) >= 3), None)
        if particle is None:
            return ()
        rest = word[len(particle):]
        end = next((e for e in self._JOINED_ENDINGS if rest.endswith(e) and len(rest) - len(e) >= 2), "")
        return ((rest[:len(rest) - len(end)], self._APART[particle]),)


def with_genitive(base: dict) -> dict:
    """Each (number, definiteness) form, bare and with the genitive -s."""
    out = {}
    for slot, form in base.items():
        out[(*slot, "")] = [form]
        out[(*slot, "gen")] = [form if form.endswith(("s", "x", "z")) else form + "s"]
    return out


def _scandinavian(lemma: str, definite_plural: str) -> dict | None:
    """Danish and Norwegian Bokmål: definiteness is an ending (kunde, kunden,
    kunder, kunderne / kundene), and so is the genitive -s. `definite_plural`
    is the language's ending of the definite plural (-ne, -ene)."""
    if lemma.endswith("e"):                            # kunde: kunden, kunder
        base = {("sg", "indef"): lemma, ("sg", "def"): lemma + "n",
                ("pl", "indef"): lemma + "r", ("pl", "def"): lemma + ("rne" if definite_plural == "ne" else "ne")}
    elif lemma.endswith("er"):                         # køber, kjøper, opdragsgiver: købere, køberne
        base = {("sg", "indef"): lemma, ("sg", "def"): lemma + "en",
                ("pl", "indef"): lemma + "e", ("pl", "def"): lemma + "ne"}
    elif lemma.endswith(("ent", "ant")):               # klient: klienten, klienter, klienterne / klientene
        base = {("sg", "indef"): lemma, ("sg", "def"): lemma + "en",
                ("pl", "indef"): lemma + "er",
                ("pl", "def"): lemma + ("erne" if definite_plural == "ne" else "ene")}
    else:
        return None
    return with_genitive(base)


class Scandinavian(GluedCompounds):
    """What Danish and Norwegian Bokmål share beside their word lists."""
    base_slot = ("sg", "indef", "")
    definite_plural = "ne"
    and_words = ("og",)
    or_words = ("eller",)
    both_words = ("både",)
    both_links = ("og",)
    turn_links = ("til",)
    contrast_weak = ("men",)
    definition_marks = (":", " -", " –", " —", " er ")
    with_words = ("med", "fra")
    head_endings = ("", "en", "et", "er", "erne", "ene", "e", "ne", "s")   # torrentfil|en, torrentfil|er

    def forms(self, lemma):
        return _scandinavian(lemma, self.definite_plural)

    def compound_stems(self, lemma):
        return (lemma,)                                # kunde|nummer, klient|certifikat, køber|beskyttelse


@register
class Danish(Scandinavian):
    code, name = "da", "Danish"
    definite_plural = "ne"                             # kunderne, klienterne, køberne
    glued_heads = ("certifikat", "software")
    even_words = ("selv", "også", "især", "særligt")
    turn_words = ("gøre", "forvandle", "omdanne")
    word_for = ("ord for", "betegnelse for")
    never_words = ("aldrig",)
    articles = ("en", "et", "den", "det", "de")
    modifiers = ("ny", "gaml", "eksisterende", "trofast", "loyal", "fast", "potentiel", "erhverv", "privat",
                 "stor", "små", "lille", "fremtid", "nuværende", "andr", "tilfreds")
    difference_words = ("forskel", "skelne", "sammenlign", "forskellig", "samme", "synonym", "forveksl",
                        "blande sammen")
    contrast_after = ("derimod", "til gengæld", "på den anden side")
    versus_words = ("vs", "vs.", "v.", "versus", "mod", "sammenlignet med", "over for")
    between_words = ("mellem",)
    not_words = ("ikke", "og ikke", "men ikke", "i stedet for")
    contrast_words = ("mens", "hvorimod", "i modsætning til", "derimod")
    determiners = ("en", "et", "den", "det", "de", "sin", "sine", "vores", "deres", "hans", "hendes", "jeres",
                   "din", "dine", "alle", "hver")


@register
class NorwegianBokmal(Scandinavian):
    """Norwegian Bokmål; files named "no" (no.po, no_NO) are read as it
    (languages/__init__.py: ALIASES)."""
    code, name = "nb", "Norwegian Bokmål"
    definite_plural = "ene"                            # kundene, klientene; kjøperne
    glued_heads = ("sertifikat", "programvare")
    even_words = ("selv", "også", "særlig", "spesielt")
    turn_words = ("gjøre", "forvandle", "omgjøre")
    word_for = ("ord for", "betegnelse på")
    never_words = ("aldri",)
    articles = ("en", "ei", "et", "den", "det", "de")
    modifiers = ("ny", "gaml", "eksisterende", "trofast", "lojal", "fast", "potensiell", "bedrift", "privat",
                 "stor", "små", "liten", "framtid", "fremtid", "nåværende", "andr", "fornøyd")
    difference_words = ("forskjell", "skille", "sammenlign", "ulik", "forskjellig", "samme", "synonym",
                        "forveksl", "blande sammen")
    contrast_after = ("derimot", "på den andre siden", "til gjengjeld")
    versus_words = ("vs", "vs.", "v.", "versus", "mot", "sammenlignet med", "overfor")
    between_words = ("mellom",)
    not_words = ("ikke", "og ikke", "men ikke", "i stedet for")
    contrast_words = ("mens", "mens derimot", "i motsetning til", "derimot")
    determiners = ("en", "ei", "et", "den", "det", "de", "sin", "sine", "vår", "våre", "deres", "hans", "hennes",
                   "din", "dine", "alle", "hver")
