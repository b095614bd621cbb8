from . import register
from .id import Indonesian


@register
class Malay(Indonesian):
    """Like Indonesian: enclitics -nya, -ku, -mu, -lah, -kah and reduplication."""
    code, name = "ms", "Malay"
    even_words = ('bahkan', 'termasuk', 'terutamanya', 'juga')
    both_words = ('baik',)
    both_links = ('mahupun', 'dan')
    turn_words = ('menukar', 'tukar', 'menjadikan')
    turn_links = ('menjadi', 'kepada')
    word_for = ('istilah untuk', 'perkataan untuk', 'nama lain untuk')
    never_words = ('tidak pernah',)
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
