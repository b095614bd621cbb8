"""Thai, Chinese, Japanese: written without spaces between words, so terms
are matched anywhere in the text, and they do not inflect: the replacement is
the target term itself. Korean separates words but joins particles to the
noun; a particle's shape depends on whether the noun ends in a consonant
(고객이, 고객을) or a vowel (구매자가, 구매자를)."""
from __future__ import annotations

import regex

from . import register
from .base import Language
from .paradigm import ParadigmLanguage


@register
class Thai(Language):
    code, name = "th", "Thai"
    both_words = ('ทั้ง',)
    both_links = ('และ', 'และก็')
    both_after = ('ทั้งสอง', 'ทั้งคู่')
    turn_words = ('เปลี่ยน', 'ทำให้')
    turn_links = ('ให้เป็น', 'เป็น', 'ให้กลายเป็น', 'กลายเป็น')
    word_for = ('คำเรียก',)
    never_words = ('ไม่เคย', 'ไม่มีวัน')
    contrast_weak = ('แต่',)
    modifiers = (
        'ใหม่',
        'เก่า',
        'ประจำ',
        'ขาประจำ',
        'ภักดี',
        'ที่มีศักยภาพ',
        'องค์กร',
        'รายย่อย',
        'ทั่วไป',
        'รายใหญ่',
        'อื่น',
    )
    difference_words = ('ความแตกต่าง', 'แตกต่าง', 'ต่างกัน', 'เปรียบเทียบ', 'ความต่าง', 'คำพ้อง', 'สับสน')
    contrast_after = ('นั้น', 'กลับ')
    spaced = False
    and_words = ("และ", "กับ")
    or_words = ("หรือ",)
    versus_words = ('vs', 'vs.', 'v.', 'versus', 'เทียบกับ', 'เมื่อเทียบกับ')
    between_words = ("ระหว่าง",)
    not_words = ('ไม่ใช่', 'ไม่ใช่ว่า', 'ไม่')
    contrast_words = ('ในขณะที่', 'ขณะที่', 'ส่วน', 'ต่างจาก', 'แต่', 'ตรงกันข้าม')
    determiners = ("ของ",)
    definition_marks = (":", " -", " –", " —", " คือ ")


# Characters written one way in simplified and another in traditional Chinese:
# those of the default termbase's Chinese terms, then some common in software
# text (页/頁 "page", 这/這 "this", 设置/設置 "settings")
_SIMPLIFIED_CHARS = "户顾托当请购买费" "这们个为说时会发对开关页选择设网络连错误显数据库线击输码载"
_TRADITIONAL_CHARS = "戶顧託當請購買費" "這們個為說時會發對開關頁選擇設網絡連錯誤顯數據庫線擊輸碼載"
_TRADITIONAL = str.maketrans(_SIMPLIFIED_CHARS, _TRADITIONAL_CHARS)


def chinese_script(texts) -> str:
    """zh-Hant or zh-Hans: the script most of these texts' telling characters are written in."""
    simplified = traditional = 0
    for text in texts:
        simplified += sum(c in _SIMPLIFIED_CHARS for c in text)
        traditional += sum(c in _TRADITIONAL_CHARS for c in text)
    return "zh-Hant" if traditional > simplified else "zh-Hans"
# 客户端 is client software, 当事人 also covers parties to a case; only the
# former is certainly not a person.
_NOT_FOLLOWED_BY = {"客户": "端", "客戶": "端"}


@register
class Chinese(Language):
    code, name = "zh", "Chinese"
    both_words = ('既', '不仅')
    both_links = ('又', '也', '还有', '和', '与')
    both_after = ('两者', '双方')
    turn_words = ('把', '将')
    turn_links = ('变成', '转化为', '转变为', '变为', '轉化為', '變成')
    word_for = ('的说法', '的叫法', '的同义词', '的別稱', '的别称')
    never_words = ('从不', '从来不', '絕不', '绝不')
    contrast_weak = ('但', '但是', '可是')
    modifiers = ('新', '老', '潜在', '潛在', '企业', '企業', '个人', '個人', '大', '小', '忠实', '忠實', '其他', '现有', '現有', '回头', '回頭')
    difference_words = (
        '相比',
        '比较',
        '区别',
        '區別',
        '差异',
        '差異',
        '不同',
        '对比',
        '對比',
        '比较',
        '比較',
        '区分',
        '區分',
        '差别',
        '差別',
        '一样',
        '相同',
        '同义',
        '同義',
        '混淆',
        '混为一谈',
        '混為一談',
    )
    with_words = ('同',)
    contrast_after = ('则', '則', '却', '卻', '而言', '则是', '則是')
    spaced = False
    and_words = ("和", "与", "與", "及", "以及", "跟")
    or_words = ("或", "或者", "还是", "還是")
    versus_words = ('vs', 'vs.', 'v.', 'versus', '对', '對', '对比', '對比', '相比', '相較')
    between_words = ("在",)
    between_after = ("之间", "之間", "间", "間")
    not_words = ('不是', '而不是', '而非', '并非', '並非', '并不', '並不')
    contrast_words = ('而', '然而', '相反', '不同于', '不同於', '与此相反', '則', '则', '却', '卻')
    determiners = ("的", "该", "該", "这位", "這位", "各位")
    definition_marks = ("：", ":", " -", "是")

    # one-character suffixes that make a noun of an agent, a device, a field or a
    # value (管理器 "manager" = 管理 "manage" + 器; 统计学 "statistics" = 统计 + 学):
    # the text may use the word without them, or inside a longer word (统计信息)
    _SUFFIXES = ("器", "者", "员", "員", "学", "學", "值", "性", "化")
    # bound prefixes and the free words they stand for (重启动 = 重新启动, "restart")
    _LONG_PREFIXES = (("重", "重新"),)
    # characters written either way in software text (帐号/账号 "account",
    # 紀錄/記錄 "record"): the other writing is the same term, not a deviation
    _VARIANT_CHARACTERS = str.maketrans("帐账纪记紀記", "账帐记纪記紀")
    # a term the text writes as a verb: the noun 错误 (error) as 出错 (an error occurs)
    _OTHER_WRITINGS = {"错误": ("出错",), "錯誤": ("出錯",)}

    def lenient_stem(self, term):
        # 的 only marks a glossary term an adjective (活动的 "active"): the text says 活动
        return term[:-1] if term.endswith("的") and len(term) > 2 else term

    def term_variants(self, term):
        out = []
        if len(term) >= 3 and term[-1] in self._SUFFIXES:
            out.append(term[:-1])
        if len(term) == 2 and all(_han(c) for c in term):
            # a two-character verb shortened to its first before a direction
            # or after 所/已/全 (移动: 移至; 選擇: 所選, 已選; 选择: 全选 "select all")
            out += [term[0] + c for c in "至到往入"] + [c + term[0] for c in "所已全"]
        for short, long in self._LONG_PREFIXES:
            if len(term) >= 3 and term.startswith(short) and not term.startswith(long):
                out.append(long + term[len(short):])
        other = term.translate(self._VARIANT_CHARACTERS)
        if other != term:
            out.append(other)
        return tuple(out) + self._OTHER_WRITINGS.get(term, ())

    def stems(self, term):
        word = regex.escape(term.text)
        after = _NOT_FOLLOWED_BY.get(term.text)
        return [word + (f"(?!{regex.escape(after)})" if after else "")]

    def inflect(self, surface, features, term, target):
        # Answer in the script of the text: traditional if the term found is written so.
        if surface.translate(_TRADITIONAL) == surface and any(ch in surface for ch in _TRADITIONAL_CHARS):
            return target.text.translate(_TRADITIONAL)
        return target.text


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


U_ROW = "うくぐすずつぶむぬる"      # the endings of a Japanese verb's dictionary form
_STEM_ENDINGS = "いきぎしじちにびみりえけげせぜてでねべめれ"   # the endings of its stem (連用形)


def _hiragana(text: str) -> bool:
    return bool(text) and all("\u3041" <= c <= "\u309f" for c in text)


# hiragana ぁ..ゖ and katakana ァ..ヶ are the same syllables 0x60 apart
_TO_KATAKANA = {c: c + 0x60 for c in range(0x3041, 0x3097)}
_TO_HIRAGANA = {c + 0x60: c for c in range(0x3041, 0x3097)}


@register
class Japanese(Language):
    code, name = "ja", "Japanese"
    both_after = ('の両方', '両方', 'のどちらも', 'どちらも')
    word_for = ('の言い換え', 'を指す言葉', 'の別名')
    never_words = ('決して',)
    contrast_weak = ('が、', 'しかし')
    modifiers = ('新規', '既存', '常連', '潜在', '法人', '個人', '大口', '小口', '他の', '優良', 'リピート')
    difference_words = ('違い', '相違', '異なる', '比較', '区別', '差', '同じ', '同義', '混同', '混乱')
    contrast_after = ('は一方',)
    spaced = False
    and_words = ("と", "および", "及び", "や")
    or_words = ("または", "又は", "か", "もしくは")
    versus_words = ('vs', 'vs.', 'v.', 'versus', '対', '対して', 'と比べて', 'に比べて', 'と比較して')
    between_after = ("の間", "との間")
    not_words = ('ではなく', 'でなく', 'ではない', 'わけではない', 'ではありません', 'わけではありません')
    contrast_words = ('一方', '一方で', 'に対し', 'に対して', 'のに対し', 'のに対して', 'とは異なり', 'と違って', 'が、')
    determiners = ("その", "この", "各")
    definition_marks = ("：", ":", "とは", "は")

    lenient_ignored = "ー"      # ユーザー名 and ユーザ名 are one word

    def lenient_stem(self, term):
        # a glossary gives verbs in the dictionary form, which running text
        # conjugates from the stem: 削除する (削除します), 閉じる (閉じたら),
        # 開く (開かない, 開いて), 新しい (新しく); the stem keeps a kanji or katakana
        if term.endswith("する") and len(term) > 3:
            return term[:-2]
        if len(term) >= 2 and not _hiragana(term[0]) and (
                term[-1] in U_ROW or (term[-1] == "い" and len(term) >= 3 and _hiragana(term[-2]))):
            return term[:-1]
        # a noun that is a verb's stem (書き込み, 書き込む: 書き込まれた) conjugates like the verb
        if len(term) >= 2 and term[-1] in _STEM_ENDINGS and not _hiragana(term[-2]):
            return term[:-1]
        return term

    def term_variants(self, term):
        out = []
        # the parts of a compound joined by の or ・ (コマンドラインのオプション)
        for k in range(2, len(term) - 1) if len(term) >= 4 else ():
            out += [term[:k] + "の" + term[k:], term[:k] + "・" + term[k:]]
        # a native word written in katakana or in hiragana (ごみ箱, ゴミ箱)
        if len(term) >= 3:
            out += [v for v in (term.translate(_TO_KATAKANA), term.translate(_TO_HIRAGANA)) if v != term]
        return tuple(out)


# ---- Korean -------------------------------------------------------------------
# particle -> (after a final consonant, after a vowel); with ㄹ the
# instrumental is 로 as after a vowel.
_KO_ALTERNATING = {"subj": ("이", "가"), "obj": ("을", "를"), "top": ("은", "는"), "with": ("과", "와"),
                   "instr": ("으로", "로"), "or": ("이나", "나"), "voc": ("아", "야"), "cop": ("이다", "다"),
                   "cop_and": ("이며", "며"), "cop_conn": ("이고", "고"), "and2": ("이랑", "랑")}
_KO_FIXED = ("의", "에", "에게", "에게서", "께", "께서", "도", "만", "까지", "부터", "보다", "처럼", "한테", "에서", "마다")
_KO_SECOND = ("은", "는", "도", "만")       # may follow a locative or similar particle


def _batchim(syllable: str) -> int | None:
    code = ord(syllable) - 0xAC00
    return code % 28 if 0 <= code < 11172 else None


def _realise(stem: str, particle: str) -> str:
    if particle in _KO_ALTERNATING:
        after_c, after_v = _KO_ALTERNATING[particle]
        final = _batchim(stem[-1])
        if particle == "instr" and final == 8:               # ㄹ
            return stem + after_v
        return stem + (after_c if final else after_v)
    return stem + particle


@register
class Korean(ParadigmLanguage):
    code, name = "ko", "Korean"
    both_after = ('모두', '둘 다')
    word_for = ('을 가리키는', '를 가리키는')
    never_words = ('결코', '절대')
    contrast_weak = ('하지만', '그러나')
    modifiers = ('신규', '기존', '단골', '충성', '잠재', '기업', '개인', '대형', '소형', '다른', '우수')
    difference_words = ('차이', '다른', '다르', '구별', '비교', '구분', '같은', '같다', '동의어', '혼동', '다를', '달라', '헷갈')
    contrast_after = ('은 반대로',)
    glued_links = ('과', '와', '하고', '이랑', '랑', '이나', '나')
    base_slot = ("", "", "")
    and_words = ("와", "과", "및", "그리고", "하고")
    or_words = ("또는", "혹은", "이나", "나")
    versus_words = ('vs', 'vs.', 'v.', 'versus', '대', '대비')
    between_after = ("사이", "사이의", "간의")
    not_words = ('아닌', '이 아닌', '가 아닌', '아니다', '아닙니다', '아니')
    contrast_words = ('반면', '반면에', '한편', '달리', '반대로')
    determiners = ("그", "이", "각", "모든")
    definition_marks = (":", " -", " –", " —", "란", "이란")

    def forms(self, lemma):
        if _batchim(lemma[-1]) is None:
            return None
        out = {}
        for plural in ("", "들"):
            for hon in ("", "님"):
                stem = lemma + hon + plural
                for p in ("", *_KO_ALTERNATING, *_KO_FIXED):
                    out[(plural, hon, p)] = [_realise(stem, p)]
                for p in ("에", "에게", "에서", "께", "까지", "부터", "보다", "instr", "with"):
                    for q in _KO_SECOND:
                        second = {"은": "top", "는": "top"}.get(q, q)
                        host = _realise(stem, p)
                        out[(plural, hon, p + "+" + second)] = [_realise(host, second)]
        return out
