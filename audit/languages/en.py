from . import register
from .base import Language


@register
class English(Language):
    code, name = "en", "English"
    suffixes = ("s'", "'s", "s", "es", "s’", "’s")
    and_words = ("and", "&")
    or_words = ("or",)
    between_words = ("between",)
    not_words = ("not", "rather than", "instead of")
    contrast_words = ("while", "whereas")
    determiners = ("the", "a", "an", "their", "his", "her", "its", "our", "your", "my")

    def add_suffix(self, word, suffix, original_base):
        if suffix in ("'s", "’s"):
            return word + suffix
        plural = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else (
            word + "es" if word.endswith(("s", "x", "ch", "sh")) else word + "s")
        if suffix in ("s", "es"):
            return plural
        return plural + suffix[-1]          # plural possessive: customers'
