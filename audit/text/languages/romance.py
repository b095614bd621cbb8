"""Spanish, Catalan, Portuguese, French, Italian, Romanian.

Nouns inflect for number and, for agent nouns, gender (comprador/compradora,
acheteur/acheteuse). An epicene noun (es/it/pt "cliente") shows its gender
only on the determiner, so the determiner in front decides which gender the
replacement takes; with none, the generic masculine is used, which is what a
translation of an English noun of unknown gender uses.

French and Italian articles change with the noun that follows (le client ->
l'acheteur, il cliente -> l'assistito, i clienti -> gli acquirenti), so a
definite, contracted or demonstrative article in front is made part of the
match and regenerated with the replacement.
"""
from __future__ import annotations

import regex

from . import register
from .base import match_case
from .paradigm import ParadigmLanguage

_PREV_WORDS = regex.compile(r"(?:(?<![\p{L}'’])(\p{L}+)\s+)?(?<![\p{L}'’])(\p{L}+(?:['’]|\s+))$")


def _gendered(m_sg: str, m_pl: str, f_sg: str | None, f_pl: str | None) -> dict:
    out = {("m", "sg"): [m_sg], ("m", "pl"): [m_pl]}
    if f_sg:
        out[("f", "sg")], out[("f", "pl")] = [f_sg], [f_pl]
    return out


class Romance(ParadigmLanguage):
    base_slot = ("m", "sg")
    masc_dets: frozenset[str] = frozenset()
    fem_dets: frozenset[str] = frozenset()
    # verbs whose past participle (and the noun or adjective made of it) has
    # another stem: pt abrir / aberto ("arquivos abertos" are opened files),
    # escrever / escrita; a prefixed verb follows its base (descobrir / descoberto)
    irregular_participles: dict[str, str] = {}
    # a preposition joined to the article after it in the text (pt "Nome do
    # arquivo" for the glossary's "Nome de arquivo")
    contractions: dict[str, tuple[str, ...]] = {}

    def spelling_variants(self, word):
        return self.contractions.get(word, ())

    def derived_roots(self, word):
        low = word.casefold()
        return tuple(low[:-len(verb)] + stem for verb, stem in self.irregular_participles.items()
                     if low.endswith(verb) and len(low[:-len(verb)] + stem) >= 4)

    def refine(self, text, start, end, slots, term):
        prev = regex.search(r"(\p{L}+)\s+$", text[max(0, start - 30):start])
        word = prev.group(1).casefold() if prev else ""
        gender = "f" if word in self.fem_dets else "m" if word in self.masc_dets else None
        return start, self.by_gender(slots, gender), ()

    @staticmethod
    def by_gender(slots, gender):
        """Keep the slots of `gender`; with none known and both possible, the generic masculine."""
        if gender and any(s[0] == gender for s in slots):
            return frozenset(s for s in slots if s[0] == gender)
        if {s[0] for s in slots} >= {"m", "f"}:
            return frozenset(s for s in slots if s[0] == "m")
        return slots


def _ibero_forms(lemma: str) -> dict | None:
    if lemma.endswith("or"):                              # comprador, consumidor
        return _gendered(lemma, lemma + "es", lemma + "a", lemma + "as")
    if lemma.endswith(("e", "ista")):                     # cliente: epicene
        return _gendered(lemma, lemma + "s", lemma, lemma + "s")
    if lemma.endswith("o"):
        return _gendered(lemma, lemma + "s", lemma[:-1] + "a", lemma[:-1] + "as")
    return None


@register
class Spanish(Romance):
    code, name = "es", "Spanish"
    irregular_participles = {"abrir": "abiert", "escribir": "escrit", "imprimir": "impres", "poner": "puest",
                             "volver": "vuelt", "romper": "rot", "cubrir": "cubiert", "resolver": "resuelt",
                             "morir": "muert"}
    contractions = {"de": ("del",), "a": ("al",)}
    even_words = ('incluso', 'hasta', 'sobre todo', 'especialmente', 'también')
    both_words = ('tanto',)
    both_links = ('como', 'como a', 'y')
    turn_words = ('convertir', 'convierta', 'convierte', 'transformar', 'transforme')
    turn_links = ('en',)
    word_for = ('palabra para', 'término para', 'forma de decir', 'sinónimo de')
    never_words = ('nunca', 'jamás')
    articles = ('el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas')
    contrast_weak = ('pero', 'sin embargo')
    modifiers = (
        'nuev',
        'antigu',
        'fiel',
        'habitual',
        'regular',
        'potencial',
        'empresarial',
        'particular',
        'grande',
        'pequeñ',
        'futur',
        'actual',
        'otro',
        'otra',
        'frecuente',
        'satisfech',
        'existente',
    )
    difference_words = (
        'diferencia',
        'diferente',
        'distinción',
        'distinguir',
        'compar',
        'mismo',
        'misma',
        'igual',
        'sinónimo',
        'confund',
        'intercambiable',
    )
    with_words = ('con',)
    contrast_after = ('en cambio', 'por su parte', 'por el contrario', 'por otro lado')
    and_words = ("y", "e")
    or_words = ("o", "u")
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'frente a', 'comparado con', 'en comparación con', 'contra')
    between_words = ("entre",)
    not_words = ("no", "y no", "pero no")
    contrast_words = (
        'mientras que', 'en cambio', 'a diferencia de', 'a diferencia del', 'por el contrario', 'mientras', 'por otro lado',
    )
    determiners = ("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras")
    definition_marks = (":", " -", " –", " —", " es ")
    masc_dets = frozenset("el los un unos del al este estos ese esos aquel aquellos nuestro nuestros vuestro vuestros "
                          "otro otros todo todos algún alguno algunos ningún ninguno mucho muchos dicho dichos".split())
    fem_dets = frozenset("la las una unas esta estas esa esas aquella aquellas nuestra nuestras vuestra vuestras "
                         "otra otras toda todas alguna algunas ninguna mucha muchas dicha dichas".split())

    def forms(self, lemma):
        return _ibero_forms(lemma)


@register
class Catalan(Romance):
    """Catalan: client is epicene in use (el client, la clienta in careful
    writing), comprador/compradora. Articles elide before a vowel (l'advocat),
    never before these terms, which begin with a consonant, so the article in
    front stays as it is."""
    code, name = "ca", "Catalan"
    even_words = ("fins i tot", "sobretot", "especialment", "també")
    both_words = ("tant",)
    both_links = ("com", "com a", "i")
    turn_words = ("convertir", "converteix", "transformar", "transforma")
    turn_links = ("en",)
    word_for = ("paraula per", "terme per", "manera de dir", "sinònim de")
    never_words = ("mai",)
    articles = ("el", "la", "els", "les", "un", "una", "uns", "unes", "l'", "l’")
    contrast_weak = ("però", "tanmateix")
    modifiers = ("nou", "nov", "antic", "fidel", "habitual", "regular", "potencial", "empresarial", "particular",
                 "gran", "petit", "futur", "actual", "altre", "altra", "freqüent", "satisfet", "existent")
    difference_words = ("diferènci", "diferent", "distinci", "distingir", "compar", "mateix", "mateixa", "igual",
                        "sinònim", "confon", "intercanviable")
    with_words = ("amb",)
    contrast_after = ("en canvi", "per la seva banda", "per contra")
    and_words = ("i",)
    or_words = ("o",)
    versus_words = ("vs", "vs.", "v.", "versus", "enfront de", "comparat amb", "en comparació amb", "contra")
    between_words = ("entre",)
    not_words = ("no", "i no", "però no")
    contrast_words = ("mentre que", "en canvi", "a diferència de", "a diferència del", "per contra", "mentre")
    determiners = ("el", "la", "els", "les", "un", "una", "uns", "unes", "seu", "seva", "seus", "seves", "nostre",
                   "nostra", "nostres", "cada")
    definition_marks = (":", " -", " –", " —", " és ")
    masc_dets = frozenset("el els un uns del dels al als pel pels aquest aquests aquell aquells nostre vostre "
                          "altre tot tots algun alguns cap molt molts".split())
    fem_dets = frozenset("la les una unes aquesta aquestes aquella aquelles nostra vostra altra tota "
                         "totes alguna algunes moltes".split())

    def forms(self, lemma):
        if lemma.endswith("or"):                          # comprador, consumidor
            return _gendered(lemma, lemma + "s", lemma + "a", lemma + "es")
        if lemma.endswith("nt"):                          # client, clienta
            return _gendered(lemma, lemma + "s", lemma + "a", lemma + "es")
        return None


@register
class Portuguese(Romance):
    code, name = "pt", "Portuguese"
    irregular_participles = {"abrir": "abert", "escrever": "escrit", "imprimir": "impress", "pôr": "post",
                             "cobrir": "cobert", "suspender": "suspens", "prender": "pres", "romper": "rot",
                             "eleger": "eleit", "extinguir": "extint"}
    contractions = {"de": ("do", "da", "dos", "das"), "em": ("no", "na", "nos", "nas"), "a": ("ao", "à", "aos", "às"),
                    "por": ("pelo", "pela", "pelos", "pelas")}
    even_words = ('mesmo', 'até', 'inclusive', 'sobretudo', 'especialmente', 'também')
    both_words = ('tanto',)
    both_links = ('como', 'quanto', 'e')
    turn_words = ('transformar', 'transforme', 'converter', 'converta', 'tornar')
    turn_links = ('em',)
    word_for = ('palavra para', 'termo para', 'forma de dizer', 'sinônimo de', 'sinónimo de')
    never_words = ('nunca', 'jamais')
    articles = ('o', 'a', 'os', 'as', 'um', 'uma')
    contrast_weak = ('mas', 'porém', 'contudo')
    modifiers = (
        'nov',
        'antig',
        'fiel',
        'fiéis',
        'habitual',
        'habituais',
        'regular',
        'potencia',
        'empresaria',
        'particular',
        'grande',
        'pequen',
        'futur',
        'atua',
        'outr',
        'frequente',
        'satisfeit',
        'existente',
    )
    difference_words = (
        'diferença',
        'diferente',
        'distinção',
        'distinguir',
        'compar',
        'mesmo',
        'mesma',
        'igual',
        'sinônimo',
        'sinónimo',
        'confund',
        'intercambiáve',
    )
    with_words = ('com',)
    contrast_after = ('por sua vez', 'por outro lado', 'ao contrário')
    and_words = ("e",)
    or_words = ("ou",)
    versus_words = (
        'vs', 'vs.', 'v.', 'versus', 'contra', 'x', 'comparado com', 'comparado ao', 'em comparação com', 'frente a',
    )
    between_words = ("entre",)
    not_words = ('não', 'e não', 'mas não', 'nem')
    contrast_words = (
        'enquanto', 'ao passo que', 'diferentemente de', 'diferentemente do', 'ao contrário de', 'ao contrário do', 'por outro lado', 'já',
    )
    determiners = ("o", "a", "os", "as", "um", "uma", "seu", "sua", "seus", "suas", "nosso", "nossa", "nossos", "nossas")
    definition_marks = (":", " -", " –", " —", " é ")
    masc_dets = frozenset("o os um uns do dos no nos ao aos pelo pelos este estes esse esses aquele aqueles nosso nossos "
                          "seu seus meu meus outro outros todo todos deste desse neste nesse dum num".split())
    fem_dets = frozenset("a as uma umas da das na nas à às pela pelas esta estas essa essas aquela aquelas nossa nossas "
                         "sua suas minha minhas outra outras toda todas desta dessa nesta nessa duma numa".split())

    def forms(self, lemma):
        return _ibero_forms(lemma)


# ---- French -------------------------------------------------------------------
_VOWELS = "aeiouyéèêëàâäîïôöûùüœæ"

# article -> (kind, gender, number); kinds that must agree with the noun's first
# sound or gender are taken into the match and regenerated.
_FR_ARTICLES = {
    "le": ("def", "m", "sg"), "la": ("def", "f", "sg"), "l'": ("def", None, "sg"),
    "du": ("de", "m", "sg"), "de la": ("de", "f", "sg"), "de l'": ("de", None, "sg"),
    "au": ("a", "m", "sg"), "à la": ("a", "f", "sg"), "à l'": ("a", None, "sg"),
    "ce": ("dem", "m", "sg"), "cet": ("dem", "m", "sg"), "cette": ("dem", "f", "sg"),
    "un": (None, "m", "sg"), "une": (None, "f", "sg"),
    "les": (None, None, "pl"), "des": (None, None, "pl"), "aux": (None, None, "pl"), "ces": (None, None, "pl"),
}


def _fr_article(kind: str, gender: str, word: str, apostrophe: str) -> str | None:
    first = word[:1].lower()
    if first == "h":
        return None          # h muet or h aspiré: not decidable by rule
    vowel = first in _VOWELS
    el = "l" + apostrophe
    if kind == "def":
        return el if vowel else ("le " if gender == "m" else "la ")
    if kind == "de":
        return "de " + el if vowel else ("du " if gender == "m" else "de la ")
    if kind == "a":
        return "à " + el if vowel else ("au " if gender == "m" else "à la ")
    if kind == "dem":
        return "cette " if gender == "f" else ("cet " if vowel else "ce ")
    return None


class ArticleLanguage(Romance):
    """French and Italian: articles that agree in sound are part of the match."""
    articles: dict[str, tuple] = {}

    def refine(self, text, start, end, slots, term):
        m = _PREV_WORDS.search(text[max(0, start - 40):start])
        art, art_len = None, 0
        if m:
            one = m.group(2)
            cands = []
            if m.group(1):
                cands.append((m.group(1) + " " + one.strip(), len(m.group(0))))
            cands.append((one.strip(), len(one)))
            for cand, length in cands:
                key = cand.casefold().replace("’", "'")
                if key in self.articles:
                    art, art_len = key, length
                    break
        if art is None:
            return start, self.by_gender(slots, None), ("", None)
        kind, gender, number = self.articles[art]
        slots = frozenset(s for s in slots if s[1] == number) or slots
        slots = self.by_gender(slots, gender)
        if kind is None:
            return start, slots, ("", None)
        return start - art_len, slots, (text[start - art_len:start], kind)

    def article(self, kind, gender, number, word, apostrophe) -> str | None:
        raise NotImplementedError

    def inflect(self, surface, features, term, target):
        pre, slots, suf, art, kind = features
        form = self.target_form(target.text, slots)
        if form is None:
            return None
        noun = match_case(surface[len(art):], form)
        if not kind:
            return noun
        gender, number = next(iter(slots))
        apostrophe = "’" if "’" in surface else "'"
        new_art = self.article(kind, gender, number, form, apostrophe)
        return None if new_art is None else match_case(art, new_art) + noun


def _fr_forms(lemma: str) -> dict | None:
    def plural(w):
        return w if w.endswith(("s", "x", "z")) else w + "x" if w.endswith("eau") else w + "s"
    if lemma.endswith("ateur"):
        fem = lemma[:-4] + "trice"                         # consommateur -> consommatrice
    elif lemma.endswith("eur"):
        fem = lemma[:-3] + "euse"                          # acheteur -> acheteuse
    elif lemma.endswith("e"):
        fem = lemma
    elif lemma.endswith(("nt", "d", "t")):
        fem = lemma + "e"                                  # client -> cliente
    else:
        return None
    return _gendered(lemma, plural(lemma), fem, plural(fem))


@register
class French(ArticleLanguage):
    code, name = "fr", "French"
    irregular_participles = {"ouvrir": "ouvert", "écrire": "écrit", "mettre": "mis", "prendre": "pris",
                             "inclure": "inclus", "couvrir": "couvert", "offrir": "offert", "éteindre": "éteint",
                             "joindre": "joint", "recevoir": "reçu", "produire": "produit", "construire": "construit",
                             "détruire": "détruit", "traduire": "traduit", "lire": "lu"}
    contractions = {"de": ("du", "des", "d"), "à": ("au", "aux")}
    even_words = ('même', 'y compris', 'surtout', 'notamment', 'aussi')
    both_words = ('à la fois', 'tant', 'aussi bien', 'autant')
    both_links = ('et', 'que')
    turn_words = ('transformer', 'transformez', 'convertir', 'convertissez', 'changer')
    turn_links = ('en',)
    word_for = ('mot pour', 'terme pour', 'façon de dire', 'synonyme de')
    never_words = ('jamais',)
    articles = ('le', 'la', "l'", 'les', 'un', 'une', 'des')
    contrast_weak = ('mais', 'cependant')
    modifiers = (
        'nouve',
        'nouvel',
        'ancien',
        'fidèle',
        'régulier',
        'régulièr',
        'potentiel',
        'professionnel',
        'particulier',
        'particulièr',
        'grand',
        'petit',
        'gros',
        'futur',
        'actuel',
        'autre',
        'habituel',
        'satisfait',
        'existant',
    )
    difference_words = (
        'différence',
        'différent',
        'distinction',
        'distinguer',
        'compar',
        'même',
        'synonyme',
        'confond',
        'confus',
        'interchangeable',
    )
    with_words = ('avec',)
    contrast_after = (
        'en revanche', 'quant à lui', 'quant à elle', 'par contre', 'de son côté', 'lui', 'au contraire',
    )
    and_words = ("et",)
    or_words = ("ou",)
    versus_words = (
        'vs', 'vs.', 'v.', 'versus', 'contre', 'par rapport à', 'par rapport au', 'comparé à', 'comparé au', 'face à', 'face au',
    )
    between_words = ("entre",)
    not_words = ("pas", "et non", "non", "et pas", "mais pas")
    contrast_words = (
        'tandis que', 'alors que', 'contrairement à', 'contrairement au', 'contrairement aux', 'en revanche', 'par contre', "tandis qu'", "alors qu'",
    )
    determiners = ("le", "la", "l'", "les", "un", "une", "des", "leur", "leurs", "son", "sa", "ses", "notre", "nos", "votre", "vos")
    definition_marks = (" :", ":", " -", " –", " —", " est ")
    articles = _FR_ARTICLES

    def forms(self, lemma):
        return _fr_forms(lemma)

    def article(self, kind, gender, number, word, apostrophe):
        return _fr_article(kind, gender, word, apostrophe)


# ---- Italian ------------------------------------------------------------------
# Article shapes by the sound the noun starts with: C consonant, S s+consonant,
# z, gn, ps, x, y, V vowel. Articulated prepositions are preposition + article.
_IT_PREPS = ("", "de", "a", "da", "ne", "su", "que")
_IT_CORE = {"il": ("m", "sg"), "lo": ("m", "sg"), "l'": (None, "sg"), "la": ("f", "sg"),
            "i": ("m", "pl"), "gli": ("m", "pl"), "le": ("f", "pl")}
_IT_JOINED = {"il": "l", "lo": "llo", "l'": "ll'", "la": "lla", "i": "i", "gli": "gli", "le": "lle"}


def _it_articles() -> dict:
    table = {}
    for prep in _IT_PREPS:
        for core, (g, n) in _IT_CORE.items():
            table[prep + _IT_JOINED[core] if prep else core] = ((prep, "def"), g, n)
    table.update({"un": (("", "ind"), "m", "sg"), "uno": (("", "ind"), "m", "sg"),
                  "una": (("", "ind"), "f", "sg"), "un'": (("", "ind"), "f", "sg")})
    return table


def _it_sound(word: str) -> str:
    w = word.lower()
    if w[:1] in _VOWELS:
        return "V"
    if w[:1] in "zxy" or w.startswith(("gn", "ps", "pn")) or (w[:1] == "s" and w[1:2] and w[1:2] not in _VOWELS):
        return "S"
    return "C"


@register
class Italian(ArticleLanguage):
    code, name = "it", "Italian"
    irregular_participles = {"aprire": "apert", "scrivere": "scritt", "chiudere": "chius", "leggere": "lett",
                             "prendere": "pres", "mettere": "mess", "rompere": "rott", "scegliere": "scelt",
                             "spegnere": "spent", "accendere": "aces", "dividere": "divis", "decidere": "decis",
                             "cludere": "clus", "muovere": "moss", "perdere": "pers", "durre": "dott",
                             "sospendere": "sospes", "trarre": "tratt", "risolvere": "risolt", "connettere": "conness",
                             "primere": "press", "rispondere": "rispost"}
    contractions = {p: tuple(stem + e for e in ("l", "lla", "i", "gli", "lle", "llo", "ll"))
                    for p, stem in (("di", "de"), ("da", "da"), ("su", "su"), ("a", "a"), ("in", "ne"))}
    even_words = ('anche', 'perfino', 'persino', 'soprattutto', 'compresi')
    both_words = ('sia', 'tanto')
    both_links = ('sia', 'che', 'quanto', 'e')
    turn_words = ('trasformare', 'trasforma', 'trasformate', 'convertire', 'rendere')
    turn_links = ('in',)
    word_for = ('parola per', 'termine per', 'modo di dire', 'sinonimo di')
    never_words = ('mai',)
    articles = ('il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'un', 'uno', 'una')
    contrast_weak = ('ma', 'però', 'tuttavia')
    modifiers = (
        'nuov',
        'vecchi',
        'fedel',
        'abitual',
        'regolar',
        'potenzial',
        'aziendal',
        'privat',
        'grand',
        'piccol',
        'futur',
        'attual',
        'altr',
        'esistent',
        'soddisfatt',
    )
    difference_words = (
        'differenz',
        'diverso',
        'diversi',
        'distinzione',
        'distinguere',
        'confront',
        'stesso',
        'stessa',
        'uguale',
        'sinonim',
        'confond',
        'intercambiabil',
    )
    with_words = ('con', 'col', 'da', 'dal')
    contrast_after = ('invece', 'al contrario', "d'altra parte", 'd’altra parte')
    and_words = ("e", "ed")
    or_words = ("o", "oppure")
    versus_words = (
        'vs', 'vs.', 'v.', 'versus', 'contro', 'rispetto a', 'rispetto al', 'rispetto allo', 'confrontato con',
    )
    between_words = ("tra", "fra")
    not_words = ("non", "e non", "ma non")
    contrast_words = (
        'mentre', 'invece', 'a differenza di', 'a differenza del', 'a differenza dello', 'al contrario', 'laddove',
    )
    determiners = ("il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "suo", "sua", "suoi", "sue", "nostro", "nostra", "nostri", "nostre")
    definition_marks = (":", " -", " –", " —", " è ")
    articles = _it_articles()

    def forms(self, lemma):
        if lemma.endswith("tore"):                          # consumatore -> consumatrice
            return _gendered(lemma, lemma[:-1] + "i", lemma[:-4] + "trice", lemma[:-4] + "trici")
        if lemma.endswith(("ente", "ante")):                # cliente, acquirente: epicene
            return _gendered(lemma, lemma[:-1] + "i", lemma, lemma[:-1] + "i")
        if lemma.endswith("ista"):
            return _gendered(lemma, lemma[:-1] + "i", lemma, lemma[:-1] + "e")
        if lemma.endswith("o"):                             # assistito
            return _gendered(lemma, lemma[:-1] + "i", lemma[:-1] + "a", lemma[:-1] + "e")
        return None

    def article(self, kind, gender, number, word, apostrophe):
        prep, what = kind
        sound = _it_sound(word)
        if what == "ind":
            if gender == "m":
                return "uno " if sound == "S" else "un "
            return "un" + apostrophe if sound == "V" else "una "
        if number == "sg":
            core = ("l'" if sound == "V" else "lo" if sound == "S" else "il") if gender == "m" else (
                "l'" if sound == "V" else "la")
        else:
            core = ("i" if sound == "C" else "gli") if gender == "m" else "le"
        written = (prep + _IT_JOINED[core]) if prep else core
        return written.replace("'", apostrophe) if written.endswith("'") else written + " "


# ---- Romanian -----------------------------------------------------------------
_RO_PALATAL = (("st", "ști"), ("t", "ți"), ("d", "zi"), ("s", "și"))


@register
class Romanian(ParadigmLanguage):
    """Definite article and genitive-dative are endings: client, clientul,
    clientului, clienții, clienților; feminine clientă, clienta, clientei."""
    code, name = "ro", "Romanian"
    even_words = ('chiar', 'inclusiv', 'mai ales', 'și')
    both_words = ('atât', 'și')
    both_links = ('cât și', 'și')
    turn_words = ('transforma', 'transformați', 'transformă', 'converti')
    turn_links = ('în',)
    word_for = ('cuvânt pentru', 'termen pentru', 'sinonim pentru')
    never_words = ('niciodată',)
    contrast_weak = ('dar', 'însă')
    modifiers = (
        'no',
        'vech',
        'fidel',
        'loial',
        'potențial',
        'corporativ',
        'persoane',
        'mari',
        'mic',
        'viitor',
        'actual',
        'alț',
        'alt',
        'mulțumi',
        'existen',
    )
    difference_words = ('diferen', 'deosebi', 'distinc', 'compar', 'același', 'aceeași', 'sinonim', 'confund')
    with_words = ('cu',)
    contrast_after = ('în schimb', 'însă')
    base_slot = ("m", "sg", "indef", "na")
    # Texts still use the cedilla letters of old keyboards.
    fold_table = str.maketrans("şţŞŢ", "șțȘȚ")
    and_words = ("și", "şi")
    or_words = ("sau", "ori")
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'contra', 'față de', 'faţă de', 'comparativ cu', 'în comparație cu')
    between_words = ("între", "dintre")
    not_words = ("nu", "și nu", "iar nu")
    contrast_words = ('în timp ce', 'pe când', 'iar', 'spre deosebire de', 'în schimb')
    definition_marks = (":", " -", " –", " —", " este ")

    def forms(self, lemma):
        if not lemma or lemma[-1] in "aeiouăâî":
            return None
        plural = next((lemma[:-len(a)] + b for a, b in _RO_PALATAL if lemma.endswith(a)), lemma + "i")
        out = {("m", "sg", "indef", "na"): [lemma], ("m", "sg", "indef", "gd"): [lemma],
               ("m", "sg", "def", "na"): [lemma + "ul"], ("m", "sg", "def", "gd"): [lemma + "ului"],
               ("m", "sg", "voc"): [lemma + "ule"],
               ("m", "pl", "indef", "na"): [plural], ("m", "pl", "indef", "gd"): [plural],
               ("m", "pl", "def", "na"): [plural + "i"], ("m", "pl", "def", "gd"): [plural + "lor"]}
        if lemma.endswith("or"):                            # cumpărător -> cumpărătoare
            f = lemma[:-2] + "oare"
            fem = {("sg", "indef", "na"): f, ("sg", "indef", "gd"): f, ("sg", "def", "na"): f + "a",
                   ("sg", "def", "gd"): f + "i", ("pl", "indef", "na"): f, ("pl", "indef", "gd"): f,
                   ("pl", "def", "na"): f[:-1] + "ele", ("pl", "def", "gd"): f[:-1] + "elor"}
        elif lemma.endswith("nt"):                          # client -> clientă
            fem = {("sg", "indef", "na"): lemma + "ă", ("sg", "indef", "gd"): lemma + "e",
                   ("sg", "def", "na"): lemma + "a", ("sg", "def", "gd"): lemma + "ei",
                   ("pl", "indef", "na"): lemma + "e", ("pl", "indef", "gd"): lemma + "e",
                   ("pl", "def", "na"): lemma + "ele", ("pl", "def", "gd"): lemma + "elor"}
        else:
            fem = {}
        out.update({("f", *k): [v] for k, v in fem.items()})
        return out

    def inflect(self, surface, features, term, target):
        out = super().inflect(surface, features, term, target)
        if out and any(c in surface for c in "şţŞŢ"):
            out = out.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
        return out
