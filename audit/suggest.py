"""Turning a flagged occurrence into a replacement word and a corrected sentence."""
from __future__ import annotations

from .languages import base_code, get_language
from .model import Occurrence, Sentence, Version
from .termbase import Distinction


def suggest(version: Version, sentence: Sentence, occ: Occurrence, concept: str,
            distinction: Distinction) -> tuple[str | None, str | None, str]:
    """(replacement, suggested sentence, note). The replacement is None, with a
    note saying why, where no correct form can be generated."""
    lang = base_code(version.lang)
    target = distinction.preferred(lang, concept)
    if target is None:
        return None, None, f"the termbase has no {lang} term for '{concept}'"
    if target.text.casefold() == occ.term.text.casefold():
        return None, None, f"'{occ.surface}' is already the preferred {lang} term for '{concept}'"
    form = get_language(lang).inflect(occ.surface, occ.features, occ.term, target)
    if form is None:
        return None, None, (f"use '{target.text}' in the form that fits here; "
                            f"the {lang} form matching '{occ.surface}' cannot be generated reliably")
    rel_start, rel_end = occ.start - sentence.start, occ.end - sentence.start
    fixed = sentence.text[:rel_start] + form + sentence.text[rel_end:]
    return form, fixed, ""
