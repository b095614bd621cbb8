import regex

from . import register
from .base import Language, match_case


@register
class Indonesian(Language):
    """Terms take enclitics (-nya, -ku, -mu, -lah, -kah) and reduplicate for
    the plural (klien-klien)."""
    code, name = "id", "Indonesian"
    even_words = ('bahkan', 'termasuk', 'terutama', 'juga')
    both_words = ('baik',)
    both_links = ('maupun', 'dan')
    turn_words = ('mengubah', 'ubah', 'menjadikan')
    turn_links = ('menjadi',)
    word_for = ('istilah untuk', 'kata untuk', 'sebutan untuk', 'nama lain untuk')
    never_words = ('tidak pernah', 'tak pernah')
    articles = ('para', 'seorang')
    contrast_weak = ('tetapi', 'namun', 'tapi')
    modifiers = (
        'baru',
        'lama',
        'setia',
        'tetap',
        'potensial',
        'korporat',
        'bisnis',
        'pribadi',
        'individu',
        'besar',
        'kecil',
        'lain',
        'puas',
    )
    difference_words = (
        'perbedaan',
        'beda',
        'membedakan',
        'perbandingan',
        'berbeda',
        'sama',
        'sinonim',
        'tertukar',
        'bingung',
    )
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'dibandingkan dengan', 'dibandingkan')
    with_words = ('dengan',)
    contrast_after = ('sebaliknya', 'justru')
    suffixes = ("nya", "ku", "mu", "lah", "kah", "pun")
    and_words = ("dan", "serta")
    or_words = ("atau",)
    between_words = ("antara",)
    not_words = ('bukan', 'dan bukan', 'tidak')
    contrast_words = (
        'sedangkan',
        'sementara',
        'sementara itu',
        'berbeda dengan',
        'tidak seperti',
        'di sisi lain',
        'adapun',
        'dibandingkan dengan',
        'dibandingkan',
    )
    determiners = ("para", "sang", "seorang", "kaum")

    def stems(self, term):
        word = regex.escape(term.text)
        return [f"{word}(?:-{word})?"]

    def inflect(self, surface, features, term, target):
        pre, suf = features
        body = surface[len(pre):len(surface) - len(suf)] if suf else surface[len(pre):]
        redup = "-" in body
        word = match_case(body, target.text)
        if redup:
            word = f"{word}-{target.text}"
        return pre + word + suf
