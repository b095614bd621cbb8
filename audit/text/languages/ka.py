"""Georgian nouns: stem + [plural ებ] + case + [fused postposition] + [emphatic ა].
Stems ending in a vowel + ლ/რ/ნ (მომხმარებელ-) lose that vowel before an
ending that starts with a vowel, except the nominative -ი and vocative -ო:
მომხმარებელ-ი, მომხმარებელ-ს, but მომხმარებლ-ის, მომხმარებლ-ები."""
from __future__ import annotations

import regex

from . import register
from .base import Language

_CASES = ("ი", "ს", "ის", "ით", "ად", "ო", "მა", "მ", "თა", "")
_POSTPOSITIONS = ("ში", "ზე", "თან", "თვის", "გან", "ვით", "კენ", "ებრ", "ამდე", "ურთ", "")
_SYNCOPE = regex.compile(r"([აეიოუ])([ლრნ])$")


def _endings() -> list[str]:
    forms = set()
    for plural in ("", "ებ"):
        for case in _CASES:
            for post in _POSTPOSITIONS:
                # dative -ს and genitive/instrumental finals fuse with postpositions
                base = plural + case
                if post and case == "ს":
                    base = plural
                for emph in ("", "ა"):
                    forms.add(base + post + emph)
    forms.discard("")
    return sorted(forms, key=len, reverse=True)


def syncopated(stem: str) -> str:
    return _SYNCOPE.sub(r"\2", stem)


def needs_syncope(ending: str) -> bool:
    return bool(ending) and ending[0] in "აეიოუ" and ending not in ("ი", "ო", "ია", "ოა")


@register
class Georgian(Language):
    code, name = "ka", "Georgian"
    even_words = ('კი', 'განსაკუთრებით', 'ასევე')
    both_words = ('როგორც', 'ორივე')
    both_links = ('ისე', 'ასევე', 'და')
    turn_words = ('გადააქციოთ', 'აქციოთ', 'გადაქცევა')
    word_for = ('სიტყვა', 'ტერმინი')
    never_words = ('არასოდეს',)
    contrast_weak = ('მაგრამ',)
    modifiers = ('ახალ', 'ძველ', 'ერთგულ', 'მუდმივ', 'პოტენციურ', 'კორპორატიულ', 'კერძო', 'დიდ', 'მცირე', 'სხვა')
    difference_words = ('განსხვავ', 'სხვაობ', 'შედარ', 'სინონიმ', 'ერევათ', 'აღრევ')
    contrast_after = ('კი', 'კი,')
    suffixes = tuple(_endings())
    and_words = ("და",)
    or_words = ("ან", "თუ")
    versus_words = ("vs", "vs.", "წინააღმდეგ")
    between_after = ("შორის",)
    versus_after = ("წინააღმდეგ",)
    not_words = ("არა", "და არა")
    contrast_words = ('ხოლო', 'მაშინ როცა', 'მაშინ, როცა', 'განსხვავებით', 'კი')

    @staticmethod
    def stem(term_text: str) -> str:
        return term_text[:-1] if term_text.endswith("ი") else term_text

    def stems(self, term):
        stem = self.stem(term.text)
        variants = {stem, syncopated(stem)}
        return [regex.escape(v) for v in sorted(variants, key=len, reverse=True)]

    def inflect(self, surface, features, term, target):
        pre, ending = features
        stem = self.stem(target.text)
        return pre + (syncopated(stem) if needs_syncope(ending) else stem) + ending
