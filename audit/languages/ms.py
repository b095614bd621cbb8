from . import register
from .id import Indonesian


@register
class Malay(Indonesian):
    """Like Indonesian: enclitics -nya, -ku, -mu, -lah, -kah and reduplication."""
    code, name = "ms", "Malay"
    articles = ('para', 'seorang')
    contrast_weak = ('tetapi', 'namun', 'tapi')
    modifiers = (
        'baru',
        'lama',
        'setia',
        'tetap',
        'berpotensi',
        'korporat',
        'perniagaan',
        'persendirian',
        'individu',
        'besar',
        'kecil',
        'lain',
        'berpuas',
    )
    difference_words = (
        'perbezaan',
        'beza',
        'membezakan',
        'perbandingan',
        'berbeza',
        'sama',
        'sinonim',
        'keliru',
        'tertukar',
    )
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'berbanding', 'berbanding dengan')
    with_words = ('dengan',)
    contrast_after = ('pula', 'sebaliknya')
    and_words = ("dan", "serta")
    or_words = ("atau",)
    between_words = ("antara",)
    not_words = ('bukan', 'dan bukan', 'tidak')
    contrast_words = (
        'manakala',
        'sedangkan',
        'sementara',
        'berbeza dengan',
        'tidak seperti',
        'sebaliknya',
        'berbanding dengan',
        'berbanding',
    )
    determiners = ("para", "sang", "seorang", "kaum")
