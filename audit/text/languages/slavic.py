"""Russian and Ukrainian: every form is recognised and generated through the
pymorphy3 dictionaries (lemma in, case and number out)."""
from __future__ import annotations

from functools import cached_property

import regex

from . import register
from .base import Hit, Language, match_case

_WORD = regex.compile(r"\p{L}+")


def _plain(grammeme) -> str | None:
    return None if grammeme is None else str(grammeme)


class PymorphyLanguage(Language):
    pymorphy_lang = "ru"

    @cached_property
    def morph(self):
        import importlib

        import pymorphy3
        # the dictionary's path given directly: found by language, pymorphy3
        # scans every installed package's entry points (60 ms a file)
        try:
            path = importlib.import_module(f"pymorphy3_dicts_{self.pymorphy_lang}").get_path()
        except (ImportError, AttributeError):
            path = None
        return pymorphy3.MorphAnalyzer(path=path, lang=self.pymorphy_lang)

    def _noun_parses(self, word: str):
        # Keep animate parses where there are any: the dictionary also knows an
        # inanimate "клиент" whose accusative equals the nominative.
        # Memoised per word: a translation memory repeats its words endlessly.
        cache = self.__dict__.setdefault("_parse_cache", {})
        found = cache.get(word)
        if found is None:
            parses = [p for p in self.morph.parse(word) if "NOUN" in p.tag]
            animate = [p for p in parses if "anim" in p.tag]
            found = cache[word] = animate or parses
            if len(cache) > 200_000:      # bounded memory on endless vocabularies
                cache.clear()
        return found

    def find(self, text, terms):
        by_lemma = {t.text.casefold(): t for t in terms}
        prefixes = tuple({lemma[:3] for lemma in by_lemma})
        hits = []
        for m in _WORD.finditer(text):
            word = m.group().casefold()
            if not word.startswith(prefixes):
                continue
            for p in self._noun_parses(word):
                term = by_lemma.get(p.normal_form.replace("ё", "е"))
                if term is not None:
                    # plain str: pymorphy's grammeme type cannot be pickled to a worker process
                    hits.append(Hit(m.start(), m.end(), term, (_plain(p.tag.case), _plain(p.tag.number))))
                    break
        return hits

    def inflect(self, surface, features, term, target):
        case, number = features
        for p in self._noun_parses(target.text.casefold()):
            if p.normal_form != target.text.casefold():
                continue
            form = p.inflect({g for g in (case, number) if g})
            if form is not None:
                return match_case(surface, form.word)
        return None


@register
class Russian(PymorphyLanguage):
    code, name, pymorphy_lang = "ru", "Russian", "ru"
    even_words = ('даже', 'особенно', 'в том числе', 'также')
    both_words = ('как', 'и')
    both_links = ('так и', 'и')
    turn_words = ('превратить', 'превращать', 'превратите', 'сделать', 'превращаем')
    turn_links = ('в',)
    word_for = ('слово для', 'название для', 'обозначение для', 'синоним')
    never_words = ('никогда',)
    contrast_weak = ('но', 'однако')
    modifiers = (
        'нов',
        'стар',
        'постоянн',
        'лояльн',
        'потенциальн',
        'корпоративн',
        'частн',
        'крупн',
        'мелк',
        'бывш',
        'будущ',
        'текущ',
        'друг',
        'ключев',
        'оптов',
        'розничн',
        'иностранн',
        'довольн',
    )
    difference_words = (
        'разниц',
        'различ',
        'отлич',
        'сравн',
        'одно и то же',
        'то же самое',
        'одинаков',
        'синоним',
        'путают',
        'путать',
        'перепут',
        'взаимозамен',
    )
    with_words = ('с', 'со', 'от')
    contrast_after = ('же', 'напротив', 'наоборот', 'однако', 'зато')
    and_words = ("и", "а также")
    or_words = ("или", "либо")
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'против', 'по сравнению с', 'в сравнении с')
    between_words = ("между",)
    not_words = ("не", "а не")
    contrast_words = ('тогда как', 'в то время как', 'а', 'в отличие от', 'напротив', 'зато')
    definition_marks = (":", " -", " –", " —", " это ")


@register
class Ukrainian(PymorphyLanguage):
    apostrophe_in_words = True      # з'єднання, пам'ять: one word (the apostrophe marks a hard sound)
    code, name, pymorphy_lang = "uk", "Ukrainian", "uk"
    even_words = ('навіть', 'особливо', 'зокрема', 'також')
    both_words = ('як', 'і', 'й')
    both_links = ('так і', 'і', 'й')
    turn_words = ('перетворити', 'перетворювати', 'перетворіть', 'зробити')
    turn_links = ('на', 'в', 'у')
    word_for = ('слово для', 'назва для', 'синонім')
    never_words = ('ніколи',)
    contrast_weak = ('але', 'однак')
    modifiers = (
        'нов',
        'стар',
        'постійн',
        'лояльн',
        'потенційн',
        'корпоративн',
        'приватн',
        'велик',
        'дрібн',
        'колишн',
        'майбутн',
        'інш',
        'ключов',
        'оптов',
    )
    difference_words = (
        'різниц',
        'відмін',
        'відрізн',
        'порівн',
        'те саме',
        'однаков',
        'синонім',
        'плутають',
        'плутати',
        'сплута',
    )
    with_words = ('з', 'із', 'зі', 'від')
    contrast_words = ('тоді як', 'у той час як', 'в той час як', 'а', 'на відміну від', 'натомість')
    contrast_after = ('ж', 'же', 'натомість', 'навпаки')
    and_words = ("і", "й", "та")
    or_words = ("або", "чи")
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'проти', 'порівняно з', 'у порівнянні з')
    between_words = ("між",)
    not_words = ("не", "а не")

    # prefixes that make a verb perfective (надрукувати, the perfective of друкувати)
    _PERFECTIVE = ("пере", "роз", "від", "над", "під", "при", "про", "без", "на", "по", "за", "ви", "з", "с", "у", "о")

    def derived_roots(self, word):
        # зберегти's imperfective is зберігати (е -> і in the root)
        if word.endswith("ерегти") and len(word) >= 8:
            return (word[:-6] + "еріг",)
        # a borrowed verb is its noun plus -увати (тестувати "to test": тест),
        # with or without the prefix of its perfective (надрукувати: друк)
        if not word.endswith(("увати", "ювати")) or len(word) < 9:
            return ()
        root = word[:-5]
        prefix = next((p for p in self._PERFECTIVE if root.startswith(p) and len(root) - len(p) >= 4), "")
        return (root, root[len(prefix):]) if prefix else (root,)
