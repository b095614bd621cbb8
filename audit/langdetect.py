"""Language identification for files whose name does not say the language.

The script decides first (Georgian, Armenian, Greek, Hebrew, Thai, Korean...
each belong to one language here); lingua then chooses only among the known
languages written in that script, which keeps it fast and small in memory
(preloading all 33 models costs ~800 MB)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import regex

from .errors import InputError

_SCRIPTS = {
    "Latin": r"\p{Latin}", "Cyrillic": r"\p{Cyrillic}", "Georgian": r"\p{Georgian}",
    "Armenian": r"\p{Armenian}", "Greek": r"\p{Greek}", "Hebrew": r"\p{Hebrew}",
    "Arabic": r"\p{Arabic}", "Devanagari": r"\p{Devanagari}", "Bengali": r"\p{Bengali}",
    "Thai": r"\p{Thai}", "Hangul": r"\p{Hangul}", "Kana": r"[\p{Hiragana}\p{Katakana}]", "Han": r"\p{Han}",
}
_SCRIPT_OF = {name: regex.compile(p) for name, p in _SCRIPTS.items()}
# languages written in a script other than Latin
_NON_LATIN = {
    "Cyrillic": {"ru", "uk", "bg", "sr"}, "Georgian": {"ka"}, "Armenian": {"hy"}, "Greek": {"el"},
    "Hebrew": {"he"}, "Arabic": {"ar", "fa"}, "Devanagari": {"hi"}, "Bengali": {"bn"},
    "Thai": {"th"}, "Hangul": {"ko"}, "Kana": {"ja"}, "Han": {"zh"},
}


def dominant_script(text: str) -> str | None:
    counts = Counter()
    for ch in text:
        if ch.isalpha():
            for name, pattern in _SCRIPT_OF.items():
                if pattern.match(ch):
                    counts[name] += 1
                    break
    if not counts:
        return None
    # Japanese mixes kana with Han: any real amount of kana means Japanese
    if counts["Kana"] > 0.1 * counts["Han"] and counts["Kana"]:
        return "Kana"
    return counts.most_common(1)[0][0]


def candidates(script: str) -> set[str]:
    from .languages import known_languages
    known = set(known_languages())
    if script == "Latin":
        return known - set().union(*_NON_LATIN.values())
    return known & _NON_LATIN.get(script, set())


@lru_cache(maxsize=None)
def _detector(codes: frozenset[str]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    isos = []
    for code in sorted(codes):
        try:
            isos.append(IsoCode639_1.from_str(code))
        except ValueError:
            pass
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build() if len(isos) >= 2 else None


def detect_language(text: str, path: Path | None = None) -> str:
    sample = text[:4000]
    script = dominant_script(sample)
    langs = candidates(script) if script else set()
    if len(langs) == 1:
        return next(iter(langs))
    detector = _detector(frozenset(langs)) if langs else None
    lang = detector.detect_language_of(sample) if detector else None
    if lang is None:
        raise InputError(path, "cannot tell the language; name the file by language code (vi.txt) or pass --lang")
    return lang.iso_code_639_1.name.lower()
