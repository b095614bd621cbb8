"""Which of two occurrences of one collapsed term means which concept, read
from what the text says around each: the clause (or definition, or table
column) of each occurrence is compared with the concepts' definitions in the
termbase by the bundled sentence model, and with cue words ("buys", "shop"
against "advice", "lawyer") listed per language in the termbase under
`[distinction.cues.<lang>]`.

Only a clear margin decides; otherwise the caller falls back to order and
says so. Each text is embedded once per run (the embedder caches)."""
from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import regex

from ..text.languages import base_code, get_language
from ..terms.termbase import DEFAULT_DIR, Distinction

MIN_MARGIN = 0.03       # difference of fits below which meaning does not decide
CUE_WEIGHT = 0.05       # one cue word counts as this much similarity
MIN_LETTERS = 3         # a context with fewer letters says nothing

_embedder = None


def embedder():
    global _embedder
    if _embedder is None:
        from ..align import Embedder
        _embedder = Embedder()
    return _embedder


@dataclass(frozen=True)
class Choice:
    concepts: tuple[str, ...]    # the concept each context expresses
    margin: float                # how clearly (difference of fits)


@lru_cache(maxsize=None)
def _cue_table(path: str | None = None) -> dict[str, dict[str, dict[str, tuple[str, ...]]]]:
    """distinction id -> lang -> concept -> cue words, from the termbase TOML files."""
    files = [Path(path)] if path else sorted(DEFAULT_DIR.glob("*.toml"))
    out: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {}
    for f in files:
        try:
            data = tomllib.loads(f.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue
        entries = data.get("distinction", [])
        for entry in [entries] if isinstance(entries, dict) else entries:
            for lang, per_concept in entry.get("cues", {}).items():
                table = out.setdefault(entry.get("id", ""), {}).setdefault(lang, {})
                for concept, words in per_concept.items():
                    table[concept] = tuple(unicodedata.normalize("NFC", w).casefold() for w in words)
    return out


def cues(distinction: Distinction, lang: str) -> dict[str, tuple[str, ...]]:
    """Cue words per concept for `lang`, with the English ones (loanwords, code-switching)."""
    table = _cue_table().get(distinction.id, {})
    own, en = table.get(base_code(lang), {}), table.get("en", {})
    return {c: own.get(c, ()) + (en.get(c, ()) if base_code(lang) != "en" else ()) for c in distinction.concepts}


@lru_cache(maxsize=4096)
def _cue_pattern(words: tuple[str, ...], spaced: bool):
    if not words:
        return None
    alts = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alts})" if spaced else f"(?:{alts})")


def cue_count(text: str, words: tuple[str, ...], spaced: bool) -> int:
    pattern = _cue_pattern(words, spaced)
    return len(pattern.findall(unicodedata.normalize("NFC", text).casefold())) if pattern else 0


def fits(distinction: Distinction, lang: str, contexts: Sequence[str]) -> list[float]:
    """For each context, how much better it fits the first concept than the second
    (similarity to the definitions plus cue words); 0 for a context with no words."""
    first, second = distinction.concepts[:2]
    defs = [distinction.definitions.get(first), distinction.definitions.get(second)]
    language = get_language(lang)
    spaced = language.spaced and not language.prefixes     # Arabic/Hebrew glue prefixes on
    table = cues(distinction, lang)
    texts = [unicodedata.normalize("NFC", c).strip() for c in contexts]     # NFD text reads the same
    useful = [t for t in texts if sum(ch.isalpha() for ch in t) >= MIN_LETTERS]
    sims = {}
    if all(defs) and useful:
        vecs = embedder().vectors(list(dict.fromkeys(useful)) + defs)
        d1, d2 = vecs[-2], vecs[-1]
        for t, v in zip(dict.fromkeys(useful), vecs[:-2]):
            sims[t] = float(v @ d1 - v @ d2)
    out = []
    for t in texts:
        if t not in sims and t not in useful:
            out.append(0.0)
            continue
        cue = cue_count(t, table.get(first, ()), spaced) - cue_count(t, table.get(second, ()), spaced)
        out.append(sims.get(t, 0.0) + CUE_WEIGHT * cue)
    return out


def choose_by_meaning(distinction: Distinction, lang: str, contexts: Sequence[str],
                      min_margin: float = MIN_MARGIN) -> Choice | None:
    """The concept each of two contexts expresses (one each), or None where
    meaning gives no clear margin.

    cross_version can call it where a pivot's sentence contrasts the concepts
    and the target sentence holds several occurrences that agreement cannot
    tell apart: pass the target clause around each occurrence."""
    if len(contexts) != 2 or len(distinction.concepts) < 2:
        return None
    f1, f2 = fits(distinction, lang, contexts)
    first, second = distinction.concepts[:2]
    margin = abs(f1 - f2)
    if margin < min_margin:
        return None
    return Choice((first, second) if f1 > f2 else (second, first), margin)


def mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` without the given (start, end) spans: the term itself must not vote."""
    out, pos = [], 0
    for s, e in sorted(spans):
        if s >= pos:
            out.append(text[pos:s])
            pos = e
    out.append(text[pos:])
    return " ".join("".join(out).split())
