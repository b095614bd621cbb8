from . import register
from .id import Indonesian


@register
class Malay(Indonesian):
    """Like Indonesian: enclitics -nya, -ku, -mu, -lah, -kah and reduplication."""
    code, name = "ms", "Malay"
    and_words = ("dan", "serta")
    or_words = ("atau",)
    between_words = ("antara",)
    not_words = ("bukan", "dan bukan")
    contrast_words = ("manakala", "sedangkan", "sementara")
    determiners = ("para", "sang", "seorang", "kaum")
