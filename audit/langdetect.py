"""Language identification for files whose name does not say the language.
Restricted to the languages the tool can audit, which keeps lingua fast,
small in memory, and accurate."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import InputError


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    from .languages import known_languages
    codes = []
    for code in known_languages():
        try:
            codes.append(IsoCode639_1.from_str(code))
        except ValueError:
            pass
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


def detect_language(text: str, path: Path | None = None) -> str:
    sample = text[:4000]
    lang = _detector().detect_language_of(sample)
    if lang is None:
        raise InputError(path, "cannot tell the language; name the file by language code (vi.txt) or pass --lang")
    return lang.iso_code_639_1.name.lower()
