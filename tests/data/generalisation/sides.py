"""Which occurrences of a collapsed case may carry the fix.

Where the termbase lists the collapsing word as `ambiguous` and gives each
concept a word of its own (de Kunde: Mandant / Käufer; ja 顧客: 依頼人 /
購入者), a fix on either occurrence restores the distinction: "Der Kunde kauft
…, während der Kunde beraten wird" is mended by Käufer on the first or by
Mandant on the second. So, once the writer has marked the occurrence(s) of one
side, every other occurrence of the ambiguous word is listed too, with the
other concept. Where one concept has no word of its own (es, pt, fr, pl, ro:
no general word for a professional's client), or where the word belongs to one
concept (ru клиент, vi khách hàng), only the marked side is wrong.
"""
from __future__ import annotations

from functools import lru_cache

import tomllib
import regex

from validate import TERMBASE, UNSPACED, WORD

OTHER = {"client": "customer", "customer": "client"}


@lru_cache(maxsize=1)
def _terms() -> dict[str, dict]:
    data = tomllib.loads(TERMBASE.read_text(encoding="utf-8"))
    return {lang: t for d in data["distinction"] for lang, t in d["terms"].items()}


def both_sides(lang: str) -> bool:
    t = _terms().get(lang, {})
    return bool(t.get("ambiguous")) and bool(t.get("client")) and bool(t.get("customer"))


def ambiguous_occurrences(lang: str, text: str) -> list[tuple[int, int]]:
    """Spans of the ambiguous word as written (whole words; exact forms in zh/ja/th)."""
    forms = _terms()[lang]["ambiguous"]
    if lang in UNSPACED:
        pat = regex.compile("|".join(map(regex.escape, sorted(forms, key=len, reverse=True))))
        return [(m.start(), m.end()) for m in pat.finditer(text)
                if not (lang == "zh" and text[m.end():m.end() + 1] == "端")]  # 客户端 is client software
    keys = [f.casefold() for f in forms]
    if lang == "hu":
        keys.append("ügyfel")  # ügyfelek, ügyfeleink
    if lang == "ar":
        keys += ["عملاء", "عملائ"]
    return [(m.start(), m.end()) for m in WORD.finditer(text) if any(k in m.group().casefold() for k in keys)]


def add_counterparts(lang: str, text: str, wrong: list[dict]) -> list[dict]:
    """`wrong` plus the other side's occurrences, in text order."""
    if not wrong or not both_sides(lang) or any(w["concept"] not in OTHER for w in wrong):
        return wrong
    concepts = {w["concept"] for w in wrong}
    if len(concepts) != 1:
        return wrong
    other = OTHER[concepts.pop()]
    taken = [(w["start"], w["end"]) for w in wrong]
    extra = [{"start": s, "end": e, "concept": other} for s, e in ambiguous_occurrences(lang, text)
             if not any(s < te and ts < e for ts, te in taken)]
    return sorted(wrong + extra, key=lambda w: w["start"])
