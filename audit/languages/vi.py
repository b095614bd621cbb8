from . import register
from .base import Language


@register
class Vietnamese(Language):
    """Isolating: terms never inflect; most are two syllables ("khách hàng")."""
    code, name = "vi", "Vietnamese"
    and_words = ("và", "với", "cùng")
    or_words = ("hoặc", "hay", "hay là")
    between_words = ("giữa",)
    not_words = ("không phải", "chứ không phải", "không phải là")
    contrast_words = ("trong khi", "còn")
    determiners = ("các", "những", "một", "mọi")
    definition_marks = (":", " -", " –", " là ")
