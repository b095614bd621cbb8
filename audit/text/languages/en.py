from . import register
from .base import Language


@register
class English(Language):
    code, name = "en", "English"
    even_words = ('even', 'including', 'especially', 'particularly', 'also')
    both_words = ('both', 'either')
    both_links = ('and', 'or')
    turn_words = ('turn', 'turning', 'convert', 'converting', 'transform', 'transforming', 'make')
    turn_links = ('into',)
    word_for = ('word for', 'term for', 'name for', 'synonym for', 'way of saying')
    never_words = ('never',)
    articles = ('the', 'a', 'an')
    weak_definition_marks = (" is ", " are ", " refers to ", " means ")
    contrast_weak = ('but', 'yet', 'however')
    modifiers = (
        'new',
        'old',
        'existing',
        'returning',
        'loyal',
        'regular',
        'potential',
        'prospective',
        'business',
        'corporate',
        'private',
        'individual',
        'online',
        'retail',
        'wholesale',
        'first-time',
        'repeat',
        'key',
        'small',
        'large',
        'big',
        'major',
        'internal',
        'external',
        'foreign',
        'domestic',
        'local',
        'former',
        'current',
        'future',
        'happy',
        'satisfied',
        'unhappy',
        'premium',
        'vip',
        'b2b',
        'b2c',
        'difficult',
        'other',
    )
    difference_words = (
        'differ',
        'distinction',
        'distinguish',
        'compar',
        'same thing',
        'same',
        'synonym',
        'confus',
        'mix up',
        'mixed up',
        'interchangeab',
    )
    versus_words = (
        'vs', 'vs.', 'v.', 'v/s', 'versus', 'compared to', 'compared with', 'as opposed to', 'in comparison to', 'in comparison with',
    )
    with_words = ('with', 'from')
    contrast_after = ('on the other hand', 'however', 'by contrast', 'in contrast', 'instead')
    compound_heads = (
        'service',
        'services',
        'support',
        'experience',
        'experiences',
        'satisfaction',
        'base',
        'loyalty',
        'care',
        'journey',
        'data',
        'account',
        'accounts',
        'success',
        'relationship',
        'relationships',
        'relations',
        'retention',
        'feedback',
        'segment',
        'segments',
        'group',
        'groups',
        'list',
        'lists',
        'portal',
        'side',
        'facing',
        'centric',
        'focus',
        'needs',
        'profile',
        'profiles',
        'acquisition',
        'value',
        'lifetime',
        'churn',
        'engagement',
        'onboarding',
        'management',
        'manager',
        'managers',
        'number',
        'id',
        'file',
        'files',
        'agreement',
        'contract',
        'meeting',
        'meetings',
        'work',
        'project',
        'projects',
        'review',
        'reviews',
        'survey',
        'surveys',
        'personas',
        'persona',
        'insights',
        'demand',
        'behaviour',
        'behavior',
        'complaints',
        'complaint',
        'inquiries',
        'orders',
        'order',
        'card',
        'cards',
    )
    suffixes = ("s'", "'s", "s", "es", "s’", "’s")
    and_words = ("and", "&")
    or_words = ("or",)
    between_words = ("between",)
    not_words = ("not", "rather than", "instead of")
    contrast_words = (
        'while',
        'whereas',
        'unlike',
        'on the other hand',
        'in contrast',
        'by contrast',
        'whilst',
        'compared with',
        'compared to',
    )
    determiners = ("the", "a", "an", "their", "his", "her", "its", "our", "your", "my")

    def add_suffix(self, word, suffix, original_base):
        if suffix in ("'s", "’s"):
            return word + suffix
        plural = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else (
            word + "es" if word.endswith(("s", "x", "ch", "sh")) else word + "s")
        if suffix in ("s", "es"):
            return plural
        return plural + suffix[-1]          # plural possessive: customers'
