"""Language identification for files whose name does not say the language,
and the check that a language given (by --lang, file name or manifest) fits
the text.

Only the letters of running prose count: URLs, e-mail addresses, code-like
tokens (snake_case, camelCase, dotted.names, calls()) and code lines are
dropped first, and text is put in NFC (decomposed Vietnamese is still
Vietnamese). A letter of a script written without spaces (Han, kana, Hangul,
Thai) weighs as much as a short Latin word, so English API names on a
Chinese page do not outvote it.

The script decides first (Georgian, Armenian, Greek, Hebrew, Thai, Korean...
each belong to one language here); lingua then chooses only among the known
languages written in that script, which keeps it fast and small in memory
(preloading all 33 models costs ~800 MB)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import unicodedata

import regex

from ..errors import InputError

SAMPLE = 4000                # characters of prose a decision looks at
# a letter of these scripts is about a word: weigh it like the letters of one
_DENSE = {"Han": 3, "Kana": 3, "Hangul": 2, "Thai": 1}
_CODE_LINE = regex.compile(r"^\s*(?:[{}()\[\];<>$#]|//|/\*|\*|(?:def|class|import|from|return|const|let|var|function|public|private)\b)|[;{}]\s*$")
_NOT_PROSE = regex.compile(
    r"(?:https?://|www\.)\S+"                      # URLs
    r"|\S+@\S+\.\S+"                               # e-mail
    r"|`[^`\n]*`"                                   # inline code
    r"|\b\p{Latin}[\p{Latin}\d]*(?:[_.:/\\]+[\p{Latin}\d]+)+(?:\(\))?"   # dotted.name, snake_case, a/b/c
    r"|\b\p{Ll}+\p{Lu}[\p{L}\d]*"                   # camelCase
    r"|\b\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*"              # PascalCase identifiers
    r"|\b\p{Lu}{2,}\p{Ll}+\p{Lu}[\p{L}\d]*"          # HTTPServer-like
    r"|\b[\p{Latin}\d_]+\(\)"                       # call()
    r"|\b\w*\d\w*\b"                               # anything with a digit
)


def prose(text: str, limit: int | None = None) -> str:
    """The running prose of `text`, in NFC: code lines and code-like tokens
    removed; with `limit`, its first `limit` characters, reading only as many
    lines as they need (no code-like token spans a line break)."""
    text = unicodedata.normalize("NFC", text)
    lines, fenced, size = [], False, 0
    for ln in text.splitlines():
        if ln.lstrip().startswith(("```", "~~~")):      # a fenced code block opens or closes
            fenced = not fenced
            continue
        if not fenced and not _CODE_LINE.search(ln):
            lines.append(_NOT_PROSE.sub(" ", ln))
            size += len(lines[-1]) + 1
            if limit is not None and size > limit:
                break
    return "\n".join(lines)[:limit]

_SCRIPTS = {
    "Latin": r"\p{Latin}", "Cyrillic": r"\p{Cyrillic}", "Georgian": r"\p{Georgian}",
    "Armenian": r"\p{Armenian}", "Greek": r"\p{Greek}", "Hebrew": r"\p{Hebrew}",
    "Arabic": r"\p{Arabic}", "Devanagari": r"\p{Devanagari}", "Bengali": r"\p{Bengali}",
    "Gujarati": r"\p{Gujarati}", "Gurmukhi": r"\p{Gurmukhi}", "Tamil": r"\p{Tamil}", "Telugu": r"\p{Telugu}",
    "Kannada": r"\p{Kannada}", "Malayalam": r"\p{Malayalam}",
    "Thai": r"\p{Thai}", "Hangul": r"\p{Hangul}", "Kana": r"[\p{Hiragana}\p{Katakana}]", "Han": r"\p{Han}",
}
_SCRIPT_OF = {name: regex.compile(p) for name, p in _SCRIPTS.items()}
# languages written in a script other than Latin
_NON_LATIN = {
    "Cyrillic": {"ru", "uk", "bg", "sr"}, "Georgian": {"ka"}, "Armenian": {"hy"}, "Greek": {"el"},
    "Hebrew": {"he"}, "Arabic": {"ar", "fa", "ur"}, "Devanagari": {"hi", "mr"}, "Bengali": {"bn"},
    "Gujarati": {"gu"}, "Gurmukhi": {"pa"}, "Tamil": {"ta"}, "Telugu": {"te"}, "Kannada": {"kn"}, "Malayalam": {"ml"},
    "Thai": {"th"}, "Hangul": {"ko"}, "Kana": {"ja"}, "Han": {"zh"},
}
# languages written in a second script as well: Serbian in Latin (GNOME's
# sr@latin, kimai's sr) is as much Serbian as in Cyrillic
_SECOND_SCRIPT = {"sr": "Latin"}


def script_counts(text: str) -> Counter:
    """Letters per script, dense scripts weighted (see the module note).
    Scripts are looked up once per distinct letter (thousands of letters, a
    few dozen distinct), in order of first appearance, so that ties in
    most_common() still go to the script met first."""
    counts = Counter()
    for ch, n in Counter(text).items():
        if ch.isalpha():
            name = next((name for name, pattern in _SCRIPT_OF.items() if pattern.match(ch)), None)
            if name is not None:
                counts[name] += n * _DENSE.get(name, 1)
    return counts


def dominant_script(text: str) -> str | None:
    counts = script_counts(text)
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


# Languages the tool does not know that read like one it knows: Afrikaans is
# not Dutch, Nynorsk not Bokmål. A text detected as the key is judged once more
# against these (a small detector each, so memory stays that of the known
# languages), and may come out as a language the tool reports as unsupported.
NEIGHBOURS = {
    "nl": {"af"}, "hr": {"bs", "sl"}, "sr": {"bs", "sl", "mk"},
    "sv": {"nn"}, "da": {"nn"}, "nb": {"nn"}, "tr": {"az"}, "ru": {"be", "kk"}, "uk": {"be"},
    "bg": {"mk"}, "hu": {"et"}, "fi": {"et"}, "id": {"tl"}, "ms": {"tl"}, "fa": {"ur"}, "ar": {"ur"}, "hi": {"mr"},
    "ro": {"sq"},
}


def detect_language(text: str, path: Path | None = None) -> str:
    """The language of `text`: one the tool knows, or, where the text reads as
    a close neighbour of it that the tool does not know, that neighbour's code."""
    sample = prose(text[:SAMPLE * 4], SAMPLE)
    script = dominant_script(sample)
    langs = candidates(script) if script else set()
    if len(langs) == 1:
        code = next(iter(langs))
    else:
        detector = _detector(frozenset(langs)) if langs else None
        lang = detector.detect_language_of(sample) if detector else None
        if lang is None:
            raise InputError(path, "cannot tell the language; name the file by language code (vi.txt) or pass --lang")
        code = lang.iso_code_639_1.name.lower()
    if NEIGHBOURS.get(code):
        code = _neighbour(code, sample)
    return code


NEIGHBOUR_MARGIN = 0.6    # a neighbour wins only with this much more confidence than the known language


def _neighbour(code: str, sample: str) -> str:
    """`code`, or the unsupported neighbour the sample reads as, by a clear
    margin (Croatian and Bosnian are written alike: a near tie stays Croatian)."""
    judge = _detector(frozenset({code, *NEIGHBOURS[code]}))
    if judge is None:
        return code
    values = {c.language.iso_code_639_1.name.lower(): c.value
              for c in judge.compute_language_confidence_values(sample[:DETECT_SAMPLE])}
    best = max(values, key=values.get, default=code)
    return best if values.get(best, 0) - values.get(code, 0) >= NEIGHBOUR_MARGIN else code


def script_of(lang: str) -> str:
    """The script a known language is written in."""
    from .languages import base_code
    code = base_code(lang)
    return next((s for s, langs in _NON_LATIN.items() if code in langs), "Latin")


# below this many prose letters a text says too little to contradict its label
MIN_LETTERS = 40
MIN_LETTERS_DETECT = 300
DETECT_SAMPLE = 1500         # lingua's time grows with the sample; 1,500 characters decide clearly


def verify_language(version) -> None:
    """Refuse a version whose text contradicts its language: another script
    (Georgian text under --lang ru), or, in plain text, a clear win of another
    language of the same script (Vietnamese in id.txt). One line; --force
    skips it."""
    from .languages import base_code
    text = "\n".join(seg.text for seg in _first_segments(version.segments))[:SAMPLE * 4]
    sample = prose(text, SAMPLE)
    counts = script_counts(sample)
    if sum(counts.values()) < MIN_LETTERS:
        return
    expected = script_of(version.lang)
    script = dominant_script(sample)
    side = "" if version.label == version.path.name else f"{version.label}: "
    # a localisation file names its language in its header, and a partly
    # translated one holds much Latin (names, untranslated units): only a
    # target without a single letter of its script contradicts it
    partly = version.fmt != "text" and counts.get(expected, 0) > 0
    second = script == _SECOND_SCRIPT.get(base_code(version.lang))
    if script != expected and not partly and not second and not (expected == "Kana" and script == "Han"):   # Japanese with little kana
        raise InputError(version.path, f"{side}text is in {script} script, but its language is given as {version.lang!r} "
                         f"({expected} script); fix --lang or the file name, or give --force")
    if version.fmt != "text" or sum(counts.values()) < MIN_LETTERS_DETECT:
        return
    langs = candidates(script)
    code = base_code(version.lang)
    if code not in langs or len(langs) < 2:
        return
    detector = _detector(frozenset(langs))
    if detector is None:
        return
    values = {c.language.iso_code_639_1.name.lower(): c.value
              for c in detector.compute_language_confidence_values(sample[:DETECT_SAMPLE])}
    best = max(values, key=values.get) if values else code
    if best != code and values.get(best, 0) >= 0.9 and values.get(code, 0) < 0.02:
        raise InputError(version.path, f"{side}text reads as {best!r}, but its language is given as {version.lang!r}; "
                                       "fix --lang or the file name, or give --force")


def _first_segments(segments, limit: int = SAMPLE * 4):
    n = 0
    for seg in segments:
        yield seg
        n += len(seg.text)
        if n >= limit:
            return
