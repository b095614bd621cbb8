from . import register
from .id import Indonesian


@register
class Malay(Indonesian):
    """Like Indonesian: enclitics -nya, -ku, -mu, -lah, -kah and reduplication."""
    code, name = "ms", "Malay"
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
    contrast_after = ('pula', 'sebaliknya')
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
