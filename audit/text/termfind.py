"""Finding any term of a glossary in text, in any inflected form.

The distinction checks match a handful of nouns through each language
module's paradigms (matching.py). A glossary holds hundreds of terms of every
part of speech, so here a word is compared by its lemma: pymorphy3 for
Russian and Ukrainian, simplemma (54 languages, dictionaries shipped in the
package) elsewhere. Two modes:

* strict (a source term, a forbidden term): the word, its lemma or the
  term's word joined without spaces or hyphens ("e-mail" = "email");
* lenient (is the approved term there at all?): also a form that starts with
  the term word's stem and carries at most a language's usual ending
  (pl "plikami" for "plik", fi "tiedostoja"), or, in languages that write
  compounds as one word, a compound that contains it (fi "tiedostonimi",
  de "Dateiname"). Lenient errs towards "present": a term-missing finding
  must never be an unrecognised inflection.

Languages written without spaces (zh, ja, th) are matched as substrings.
What a language module knows about related forms is asked of it in lenient
mode: `derived_roots` (tr süzgeç "filter" / süz- "to filter"), `lenient_stem`
(ja 閉じる: 閉じたら), `term_variants`
(zh 管理 for 管理器, 重新启动 for 重启动; ja コマンドラインのオプション) and
`lenient_ignored` (ja ユーザー名 = ユーザ名). A spaceless script gets no
looser rule than that: one character more or less anywhere would take 文件
"file" for 文件夹 "folder" and URK for URL.
Offsets are into the text as given (NFC matching, mapped back).
"""
from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .languages import base_code, get_language
from .languages.east_asian import U_ROW
from .normalize import Normalized

# a word; "_" and "&" inside one are menu accelerators (P_lik, Fi&le), not breaks
TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[_&][\p{L}\p{M}\p{N}]+)*")
# the same where an apostrophe between letters belongs to the word (uk з'єднання)
TOKEN_APOSTROPHE = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[_&'’ʼ][\p{L}\p{M}\p{N}]+)*")
# between the words of a term: spaces or hyphens, and a menu accelerator
# before the next word ("Wyrażenie _regularne")
JOINERS = regex.compile(r"[\s\-‐‑]*[_&]?")
_KATAKANA = regex.compile(r"[\p{Katakana}ー]+")
# languages that write compounds as one word: a term may be part of a longer word
COMPOUNDING = {"de", "nl", "sv", "da", "nb", "nn", "no", "fi", "et", "hu", "is", "af"}
# the longest ending a stem may carry in lenient matching
LONG_ENDINGS = {"fi": 9, "et": 8, "hu": 9, "tr": 9, "ko": 6, "ka": 8, "ru": 5, "uk": 5, "pl": 5, "cs": 5,
                "sk": 5, "sl": 5, "hr": 5, "sr": 5, "bs": 5, "bg": 5, "lt": 5, "lv": 5, "el": 5, "ar": 4}
SHORT_ENDING = 3
# languages that build words by suffixes on a root
AGGLUTINATIVE = {"fi", "et", "hu", "tr", "ko", "ka", "az", "kk", "uz"}
_SIMPLEMMA = {"lt", "en", "sl", "fi", "ga", "hu", "pt", "uk", "lv", "sw", "et", "is", "ro", "hi", "cy", "de", "fr",
              "da", "it", "cs", "la", "pl", "fa", "ml", "es", "nl", "el", "he", "gl", "ka", "bg", "mk", "id", "nn",
              "nb", "ar", "sq", "sv", "tr", "ca", "hy", "ru", "lb", "sk", "ms"}


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    index: int           # which of the phrases given


_UK_YE_AFTER_VOWEL = regex.compile(r"(?<=[аеиіоуяюєї])є")


def _key(word: str) -> str:
    # Turkish İ casefolds to i + combining dot: the dot goes, so İndirme = indirme;
    # the typographic apostrophes are the typewriter one (uk з’єднання = з'єднання);
    # Ukrainian ґ in loanwords is written г by many (конфіґурація, конфігурація)
    key = word.casefold().replace("\u0307", "").replace("ё", "е").replace("_", "").replace("&", "") \
        .replace("’", "'").replace("ʼ", "'").replace("ґ", "г")
    # Ukrainian's 2019 spelling writes є after a vowel in loanwords (проєкт, older проект)
    return _UK_YE_AFTER_VOWEL.sub("е", key) if "є" in key else key


def token_pattern(lang: str):
    """The word pattern of a language: TOKEN, or TOKEN_APOSTROPHE where an
    apostrophe between letters is part of a word."""
    return TOKEN_APOSTROPHE if get_language(base_code(lang)).apostrophe_in_words else TOKEN


# the citation form's ending a glossary gives verbs in, which running text
# rarely has (tr indirmek -> indir-, hu letölteni -> letölt-)
CITATION_ENDINGS = {"tr": ("mak", "mek"), "hu": ("ni",), "pl": ("ć",), "cs": ("t",), "sk": ("ť",)}


def citation_verb(term: str, lang: str) -> bool | None:
    """Whether a glossary's term is a verb's citation form: German in lower
    case (öffnen), an infinitive's ending (tr açmak, pl otworzyć, uk
    відкрити, hu megnyitni), a Japanese u-row kana (開く); None where the
    words do not show it (vi chấp nhận, zh 接受, ja 許可 serve as verb and
    noun alike)."""
    lang = base_code(lang)
    word = term.split()[-1] if term.split() else ""
    if lang == "de":
        return word[:1].islower()
    if lang == "ja":
        # a verb's dictionary form ends in a u-row kana (開く, 起動する); a
        # kanji or katakana word may be a verbal noun (許可 "allow", 許可する)
        return True if word[-1:] and word[-1] in U_ROW else None
    endings = CITATION_ENDINGS.get(lang, ()) + _INFINITIVES.get(lang, ())
    return word.casefold().endswith(endings) if endings and word else None


# infinitive endings beyond those of CITATION_ENDINGS (which lenient matching cuts off)
_INFINITIVES = {"uk": ("ти", "тися", "ть", "тись"), "ru": ("ть", "ться", "ти"), "fi": ("da", "dä", "ta", "tä"),
                "cs": ("ti",), "pt": ("ar", "er", "ir")}


class Lemmas:
    """Each word's possible lemmas in one language, memoised."""

    def __init__(self, lang: str):
        self.lang = lang
        self._cache: dict[str, frozenset[str]] = {}
        self._morph = None
        if lang in ("ru", "uk"):
            self._morph = getattr(get_language(lang), "morph", None)

    def __call__(self, key: str) -> frozenset[str]:
        found = self._cache.get(key)
        if found is None:
            out = {key}
            if self._morph is not None:
                out.update(_key(p.normal_form) for p in self._morph.parse(key))
            elif key and self.lang in _SIMPLEMMA:      # a term without letters ("©") has no lemma
                import simplemma
                out.add(_key(simplemma.lemmatize(key, lang=self.lang)))
            found = self._cache[key] = frozenset(out)
            if len(self._cache) > 200_000:
                self._cache.clear()
        return found


@lru_cache(maxsize=64)
def lemmas(lang: str) -> Lemmas:
    return Lemmas(lang)


def spaceless(lang: str) -> bool:
    return not get_language(lang).spaced


_VOWELS = "aeiouyäöüåæøıəаеёиоуыэюяіїєaeiouáéíóúàèìòùâêîôûãõ"


def _stem(key: str) -> str:
    """The part of a word its inflections keep: final vowels dropped, at least four letters."""
    stem = key
    while len(stem) > 4 and stem[-1] in _VOWELS:
        stem = stem[:-1]
    return stem


class Phrase:
    """A term prepared for matching in one language."""

    def __init__(self, text: str, lang: str):
        text = _nfc(text)
        self.text = text
        self.words = [_key(w) for w in token_pattern(lang).findall(text)]
        self.joined = "".join(self.words)
        lem = lemmas(lang)
        language = get_language(lang)
        # a word's lemmas and its other accepted spellings (vi tỷ / tỉ): both count in lenient matching
        self.word_lemmas = [lem(w) | frozenset(language.spelling_variants(w)) for w in self.words]
        # roots shared with derivatives (tr süzgeç / süz); two letters only inside a longer term
        shortest = 3 if len(self.words) == 1 else 2
        self.roots = [tuple(r for r in language.derived_roots(w) if len(r) >= shortest) for w in self.words]
        self.joined_lemmas = lem(self.joined)
        # an acronym or operator (AND, OR, GPL) is a term only as written: "and" is not AND
        self.exact_case = len(text) >= 2 and text.isupper()
        cut = next((e for e in CITATION_ENDINGS.get(lang, ()) if self.words and self.words[-1].endswith(e)
                    and len(self.words[-1]) - len(e) >= 3), "")
        self.bare = self.words[-1][:len(self.words[-1]) - len(cut)] if cut else ""
        self.particle_joins = language.particle_joins(self.words)
        self.particle_splits = language.particle_splits(self.words)


def find(text: str, phrases: list[str], lang: str, lenient: bool = False) -> list[Match]:
    """Every occurrence of any of `phrases` in `text`, longest first where they
    overlap; `lenient`: in related forms too, and in the other ways a
    glossary writes a term (see `alternatives`)."""
    lang = base_code(lang)
    if not lenient:
        return _find(text, phrases, lang, False)
    extra = [(k, alt) for k, p in enumerate(phrases) for alt in alternatives(p, lang)]
    hits = _find(text, list(phrases) + [alt for _, alt in extra], lang, True)
    owner = list(range(len(phrases))) + [k for k, _ in extra]
    return _longest([Match(h.start, h.end, owner[h.index]) for h in hits])


@lru_cache(maxsize=4096)
def alternatives(term: str, lang: str) -> tuple[str, ...]:
    """The other ways a glossary's term stands for itself: alternatives after
    a slash ("Phóng to/nhỏ": "Phóng to", "Phóng nhỏ"; "Vergrößern/Verkleinern"),
    and the core the language writes alone (tr "eşzamanlı yapmak": eşzamanlı)."""
    out = []
    parts = [p.strip() for p in term.split("/")]
    # not an acronym's own slash (TCP/IP) nor "and/or"
    if len(parts) > 1 and all(len(p) >= 2 and not p.isupper() for p in parts) and "and/or" not in term.casefold():
        head = parts[0].split()
        if len(head) > 1 and all(" " not in p for p in parts[1:]):
            out += [parts[0]] + [" ".join(head[:-1] + [p]) for p in parts[1:]]     # "Phóng to/nhỏ"
        else:
            out += parts
    for t in out or [term]:
        out += get_language(lang).term_cores(t)
    return tuple(dict.fromkeys(t for t in out if t != term))


def _find(text: str, phrases: list[str], lang: str, lenient: bool) -> list[Match]:
    norm = Normalized(text)
    hits: list[Match] = []
    if spaceless(lang):
        # spaces are not word breaks here: "IP 地址" = "IP地址"
        # a lenient match also ignores marks the language writes or leaves out freely (ja ー)
        ignored = get_language(lang).lenient_ignored if lenient else ""
        kept = [k for k, c in enumerate(norm.text) if not c.isspace() and c not in ignored]
        low = "".join(norm.text[k] for k in kept).casefold()
        for i, p in enumerate(phrases):
            needle = "".join(c for c in _nfc(p).casefold() if not c.isspace() and c not in ignored)
            if lenient:
                # the part a related form keeps (ja 閉じる: 閉じたら; zh 活动的: 活动)
                needle = get_language(lang).lenient_stem(needle)
            if not needle:
                continue
            at = low.find(needle)
            exact = at >= 0
            while at >= 0:
                hits.append(Match(norm.to_original(kept[at]), norm.to_original(kept[at + len(needle) - 1] + 1), i))
                at = low.find(needle, at + 1)
            if lenient and not exact and len(needle) >= 4 and _KATAKANA.fullmatch(needle):
                # another katakana spelling of a loanword (プロキシ, プロクシ)
                for run in _KATAKANA.finditer(low):
                    for w in range(len(needle) - 1, len(needle) + 2):
                        for a in range(run.start(), run.end() - w + 1):
                            if _one_edit(low[a:a + w], needle):
                                hits.append(Match(norm.to_original(kept[a]), norm.to_original(kept[a + w - 1] + 1), i))
            if lenient:
                # the language's other spellings of the term (zh 管理 for 管理器)
                for variant in get_language(lang).term_variants(needle):
                    at = low.find(variant)
                    while at >= 0:
                        end = norm.to_original(kept[at + len(variant) - 1] + 1)
                        hits.append(Match(norm.to_original(kept[at]), end, i))
                        at = low.find(variant, at + 1)
        return _longest(hits)
    tokens = [(m.start(), m.end(), _key(m.group())) for m in token_pattern(lang).finditer(norm.text)]
    if not tokens:
        return []
    prepared = [_phrase(p, lang) for p in phrases]
    lem = lemmas(lang)
    ending = LONG_ENDINGS.get(lang, SHORT_ENDING)
    compounds = lang in COMPOUNDING
    language = get_language(lang)

    def same(tok: str, word: str, word_lemmas: frozenset[str], last: bool, bare: str = "",
             loose: bool = True, roots: tuple[str, ...] = ()) -> bool:
        if tok == word or word in lem(tok):
            return True
        if not lenient:
            return False
        if lem(tok) & word_lemmas:
            return True
        if len(tok) <= 5 and set(tok) <= _LOOKALIKE_LETTERS and tok.translate(_LOOKALIKE) == word:
            return True
        if not loose:           # words run together: the word itself and its endings, not its relatives
            return len(word) >= 5 and tok.startswith(word) and len(tok) - len(word) <= min(ending, 2)
        if bare and tok.startswith(bare) and len(tok) - len(bare) <= ending:
            return True
        if any(tok.startswith(r) and len(tok) - len(r) <= ending for r in roots):
            return True
        # a root inside a compound (de Geräteschreibvorgänge: schreib-; sv huvudfönstrets: fönstr-)
        if last and compounds and any(len(r) >= 5 and r in tok[1:] for r in roots):
            return True
        stem = _stem(word)
        if len(stem) >= 3 and tok.startswith(stem) and len(tok) - len(stem) <= ending + (len(word) - len(stem)):
            return True
        # a derivative or another inflection class of the same root (pl pobierz ->
        # pobieranie, zamknij -> zamknięciu): all but the word's last three letters shared
        for a in lem(tok) | {tok}:
            for b in word_lemmas | {word}:
                shared = len(os.path.commonprefix([a, b]))
                if shared >= 5 and shared >= min(len(a), len(b)) - 3:
                    return True
                # a prefixed aspect or derivative (pl zaimportuj / importuj,
                # skopiuj / kopię, hu küldés / küldök): a long common core
                if _common_core(a, b) >= max(4, 0.55 * max(len(a), len(b))):
                    return True
        # a derivative that starts with most of the word's letters, prefix and
        # all (pl usuń -> usuwać, uk пошук -> шукати): at least three letters
        # and three fifths of the word, all but two of its stem; not where
        # words are built by suffixes on a shared root (tr dizi "array",
        # dizge "string"), which the stem rules above cover
        if lang not in AGGLUTINATIVE:
            core = _leading_core(tok, word)
            if core >= 3 and core >= 0.6 * len(word) and core >= len(stem) - 2:
                return True
        # a three-letter word as a compound's head, with the language's endings (sv torrentfilen)
        if last and len(word) == 3 and any(tok.endswith(word + e) and len(tok) - len(word) - len(e) >= 4
                                           for e in language.head_endings):
            return True
        # a compound (fi tiedostonimi, de Dateiname) or a prefixed derivative (ru подпапка)
        if last and len(stem) >= 4 and (stem in tok if not compounds else word in tok or stem in tok):
            return True
        # a four-letter verb's root inside a compound's derived noun (sv dela: fildelning)
        return last and compounds and len(word) == 4 and word[-1] in _VOWELS and word[:3] in tok[1:]

    # many phrases (a whole glossary): only those whose first letters a token
    # shares are compared with it (a lemma keeps its word's first two letters
    # in all but a few suppletive forms)
    index = _first_letters(tuple(phrases), lang) if not lenient and len(phrases) > 16 else None
    for i, (start, _, tok) in enumerate(tokens):
        candidates = index.get(tok[:2], ()) if index is not None else range(len(prepared))
        for k in candidates:
            p = prepared[k]
            if not p.words:
                continue
            n = len(p.words)
            if p.exact_case and norm.text[start:tokens[min(i + n, len(tokens)) - 1][1]].replace("-", " ") \
                    .split() != p.text.replace("-", " ").split() and not lenient:
                continue
            # word by word: "hard disk" in "hard disks", "жёсткого диска"; not "Open"
            # in "Half-Open", which is part of another word; but in a language that
            # compounds, a hyphen only joins words that stay themselves (de
            # "Schließen-Button" is a Button, "Icon-Datei" an icon's file)
            if (lenient or n > 1 or compounds or not _in_hyphenated(norm.text, tokens, i)) and i + n <= len(tokens) and _adjacent(norm.text, tokens, i, n) and all(
                    same(tokens[i + j][2], p.words[j], p.word_lemmas[j], j == n - 1,
                         p.bare if j == n - 1 else "", roots=p.roots[j]) for j in range(n)):
                hits.append(Match(norm.to_original(start), norm.to_original(tokens[i + n - 1][1]), k))
                continue
            # the words of a longer term with a word or two between them: a
            # particle verb split by an adverb (sv "Lägg automatiskt till"), a
            # name with a determiner inside (pl "nazwę tego użytkownika")
            if lenient and n >= 2:
                end = _spread(tokens, i, p, same)
                if end is not None:
                    hits.append(Match(norm.to_original(start), norm.to_original(tokens[end][1]), k))
                    continue
            # a particle verb joined in a derivative (sv "ta bort": borttagen)
            if lenient and n == 2 and any(tok.startswith(j) and len(tok) - len(j) <= 6 for j in p.particle_joins):
                hits.append(Match(norm.to_original(start), norm.to_original(tokens[i][1]), k))
                continue
            # a joined particle verb or its noun written apart (sv mottaga: "ta emot")
            if lenient and n == 1 and any(tok.startswith(root) and len(tok) - len(root) <= 3
                                          and particle in (t[2] for t in tokens[i + 1:i + 4])
                                          for root, particle in p.particle_splits):
                hits.append(Match(norm.to_original(start), norm.to_original(tokens[i][1]), k))
                continue
            # joined: "e-mail" for "email", "login" for "log in", "E-Mail" for "e-mail";
            # not from a contraction's tail ("You're trying" holds no "retrying")
            joined = ""
            for m in range(0 if norm.text[start - 1:start] in ("'", "’") else 4):
                if i + m >= len(tokens) or (m and not _adjacent(norm.text, tokens, i + m - 1, 2)):
                    break
                joined += tokens[i + m][2]
                if m + 1 != n and same(joined, p.joined, p.joined_lemmas, False, loose=False):
                    hits.append(Match(norm.to_original(start), norm.to_original(tokens[i + m][1]), k))
                    break
                if len(joined) >= len(p.joined) + ending:
                    break
    return _longest(hits)


@lru_cache(maxsize=16)
def _first_letters(phrases: tuple[str, ...], lang: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for k, text in enumerate(phrases):
        p = _phrase(text, lang)
        for key in {p.joined[:2]} | {w[:2] for w in p.word_lemmas[0]} if p.words else ():
            index.setdefault(key, []).append(k)
    return index


def _nfc(term: str) -> str:
    """A term composed (NFC), as Normalized composes the text: a termbase may
    store its terms decomposed, as macOS writes them."""
    return unicodedata.normalize("NFC", term)


@lru_cache(maxsize=20_000)
def _phrase(text: str, lang: str) -> Phrase:
    return Phrase(text, lang)


# how many words may stand between the words of a term in lenient matching
SPREAD_GAP = 2


def _spread(tokens, i: int, p: Phrase, same) -> int | None:
    """The last token of phrase `p` matched word by word from token i, in
    order (a two-word term in either order), with at most SPREAD_GAP other
    words between them all; None if not."""
    if len(p.words) == 2:
        # two words either way round (pl "ponownie uruchomić" for "Uruchom ponownie")
        for first, second in ((0, 1), (1, 0)):
            if same(tokens[i][2], p.words[first], p.word_lemmas[first], second == 0, roots=p.roots[first]):
                for step in range(1, SPREAD_GAP + 2):
                    if i + step < len(tokens) and same(tokens[i + step][2], p.words[second], p.word_lemmas[second],
                                                       second == 1, p.bare if second == 1 else "",
                                                       roots=p.roots[second]):
                        return i + step
        return None
    at, gap = i, 0
    if not same(tokens[i][2], p.words[0], p.word_lemmas[0], False, roots=p.roots[0]):
        return None
    for j in range(1, len(p.words)):
        last = j == len(p.words) - 1
        for step in range(1, SPREAD_GAP - gap + 2):
            if at + step < len(tokens) and same(tokens[at + step][2], p.words[j], p.word_lemmas[j], last,
                                                 p.bare if last else "", roots=p.roots[j]):
                gap += step - 1
                at += step
                break
        else:
            return None
    return at


def _leading_core(tok: str, word: str) -> int:
    """How many of `tok`'s first letters stand together somewhere in `word`,
    accents aside (pt saída, sair)."""
    tok, word = _plain(tok), _plain(word)
    k = 0
    while k < len(tok) and tok[:k + 1] in word:
        k += 1
    return k


@lru_cache(maxsize=50_000)
def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one letter added, left out or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


# Cyrillic and Greek capitals that look like Latin ones: an acronym typed in
# the wrong layout (uk "ІР адреса" for "IP-адреса") is the same acronym
_LOOKALIKE = str.maketrans("АВЕКМНОРСТХІЈЅАΒΕΖΗΙΚΜΝΟΡΤΥΧ".casefold(), "ABEKMHOPCTXIJSABEZHIKMNOPTYX".casefold())
_LOOKALIKE_LETTERS = set("АВЕКМНОРСТХІЈЅАΒΕΖΗΙΚΜΝΟΡΤΥΧ".casefold())


def _common_core(a: str, b: str) -> int:
    """The length of the longest substring `a` and `b` share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


_NAME_WORD = regex.compile(r"[\p{L}\p{N}_&'-]+")


# a name written surname-first, as lists of countries do: "Micronesia,
# Federated States of", "Korea, Republic of", "Virgin Islands, U.S."
_INVERTED_NAME = regex.compile(r"\s*\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*, "
                               r"(?:\p{Lu}[\p{L}.'-]*|of|the|and)(?: (?:\p{Lu}[\p{L}.'-]*|of|the|and))*\s*")


def in_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a run of three or more capitalised
    words ("Universal Plug and Play", "United States Minor Outlying Islands")
    or in a text that is one name written surname-first ("Micronesia,
    Federated States of"): a name or a title, where a word is not the
    glossary's term."""
    if _INVERTED_NAME.fullmatch(text):
        return True
    words = list(_NAME_WORD.finditer(text))
    k = next((n for n, w in enumerate(words) if w.start() <= start < w.end()), None)
    if k is None:
        return False
    small = {"and", "of", "the", "de", "for", "to"}

    def capital(w) -> bool:
        return w.group().lstrip("_&")[:1].isupper()
    lo = hi = k
    while lo > 0 and (capital(words[lo - 1]) or words[lo - 1].group() in small) and \
            text[words[lo - 1].end():words[lo].start()] == " ":
        lo -= 1
    while hi + 1 < len(words) and (capital(words[hi + 1]) or words[hi + 1].group() in small) and \
            text[words[hi].end():words[hi + 1].start()] == " ":
        hi += 1
    run = [w for w in words[lo:hi + 1] if capital(w)]
    return capital(words[k]) and len(run) >= 3


def _in_hyphenated(text: str, tokens, i: int) -> bool:
    s, e = tokens[i][0], tokens[i][1]
    return (s > 0 and text[s - 1] in "-‐‑" and s > 1 and text[s - 2].isalnum()) or \
        (e < len(text) - 1 and text[e] in "-‐‑" and text[e + 1].isalnum())


def _adjacent(text: str, tokens, i: int, n: int) -> bool:
    """Tokens i..i+n-1 stand next to each other, with only spaces or hyphens between."""
    return all(JOINERS.fullmatch(text[tokens[j][1]:tokens[j + 1][0]]) for j in range(i, i + n - 1))


def _longest(hits: list[Match]) -> list[Match]:
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Match] = []
    for h in hits:
        if not kept or h.start >= kept[-1].end:
            kept.append(h)
    return kept
