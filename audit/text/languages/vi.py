import regex

from . import register
from .base import Language

# a syllable ending in i or y after its onset, which Vietnamese writes either
# way (tỷ lệ / tỉ lệ, kỹ thuật / kĩ thuật, lý do / lí do)
_I_OR_Y = regex.compile(r"^(b|ch|c|d|đ|gh|g|h|kh|k|l|m|ngh|ng|nh|n|ph|p|qu|r|s|th|tr|t|v|x)([yýỳỷỹỵiíìỉĩị])$")
_SWAP_I_Y = str.maketrans("yýỳỷỹỵiíìỉĩị", "iíìỉĩịyýỳỷỹỵ")


@register
class Vietnamese(Language):
    """Isolating: terms never inflect; most are two syllables ("khách hàng")."""
    code, name = "vi", "Vietnamese"
    even_words = ('thậm chí', 'kể cả', 'đặc biệt', 'cả')
    both_words = ('cả',)
    both_links = ('lẫn', 'và', 'cũng như')
    turn_words = ('biến', 'chuyển đổi', 'chuyển')
    turn_links = ('thành',)
    word_for = ('từ để chỉ', 'cách gọi', 'từ chỉ', 'tên gọi')
    never_words = ('không bao giờ', 'chưa bao giờ')
    articles = ('các', 'những', 'một')
    contrast_weak = ('nhưng', 'tuy nhiên')
    modifiers = (
        'mới',
        'cũ',
        'tiềm năng',
        'trung thành',
        'thân thiết',
        'doanh nghiệp',
        'cá nhân',
        'quen',
        'lâu năm',
        'lớn',
        'nhỏ',
        'nội bộ',
        'bên ngoài',
        'trực tuyến',
        'khác',
        'hiện tại',
        'tương lai',
    )
    difference_words = (
        'khác biệt',
        'khác nhau',
        'phân biệt',
        'so sánh',
        'giống nhau',
        'sự khác',
        'giống',
        'đồng nghĩa',
        'nhầm lẫn',
        'lẫn lộn',
    )
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'so với', 'đối với')
    contrast_after = ('thì ngược lại', 'lại', 'thì khác')
    and_words = ("và", "với", "cùng")
    or_words = ("hoặc", "hay", "hay là")
    between_words = ("giữa",)
    not_words = ("không phải", "chứ không phải", "không phải là")
    contrast_words = ('trong khi', 'còn', 'ngược lại', 'trái lại', 'khác với', 'trong khi đó')
    determiners = ("các", "những", "một", "mọi")
    definition_marks = (":", " -", " –", " là ")

    def spelling_variants(self, word):
        m = _I_OR_Y.match(word)
        return (m.group(1) + m.group(2).translate(_SWAP_I_Y),) if m else ()

    # words that make a noun of the verb after them: "sự X", "việc X" (the
    # doing of X), "bản X" (a written X: bản ghi, a record; bản in, a print)
    _NOMINALISERS = ("sự", "việc", "cuộc", "bản")

    def term_cores(self, term):
        words = term.split()
        if len(words) >= 2 and words[0].casefold() in self._NOMINALISERS:
            return (" ".join(words[1:]),)
        return ()
