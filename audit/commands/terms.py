"""`audit terms`: show or validate a termbase."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from ..cli import app
from ..errors import InputError
from . import input_errors

if TYPE_CHECKING:
    from ..terms.termbase import Distinction

EXPLANATION = """\
What the tool treats as a finding, per distinction:
  wrong-term      a version uses the term of one concept where its source or the
                  other versions express the other concept.
  ambiguous-term  a version uses an ambiguous term (marked ~) where the article
                  contrasts both concepts, so the reader cannot tell them apart.
  self-collapse   the version alone shows the collapse: "X and X", "between X and
                  X", "X, not X", two definitions of one term.
  mistranslation  a sense of its own (software-client: "API client", "client
                  certificate") rendered with a person or customer word.
  term-compliance a user's termbase with `enforce = true`: any other word.
  term-missing    a glossary entry's source term is in the source, none of its
                  approved terms (any inflected form) in the translation.
  term-forbidden  a glossary entry's forbidden or deprecated term is used.
                  Glossary entries: (dnt) do not translate, [enforce] major.
Only where the distinction is live (the unit contrasts the concepts, or the
document is about the difference); elsewhere one word for both is reported
once per file as an observation. Replacements come from the text's domain
(inferred, or --domain); `domains` lists which terms belong to which.
The suggested replacement is the preferred term (marked *) of the concept, in
the same grammatical form where the language module can generate it."""


def _language_line(lang: str) -> str:
    from ..text.languages import known_languages
    cls = known_languages().get(lang)
    return cls.name if cls else "no language module: exact words only"


def _show(d: Distinction, langs: list[str]) -> list[str]:
    out = [f"{d.id}: {' | '.join(d.concepts)}"]
    for c in d.concepts:
        if c in d.definitions:
            out.append(f"  {c}: {d.definitions[c]}")
    for lang in langs:
        terms = d.terms.get(lang)
        if not terms:
            continue
        parts = []
        for c in d.concepts:
            own = [t.text + ("*" if t.preferred else "") for t in terms if t.concepts == {c}]
            parts.append(f"{c}: {', '.join(own) if own else '(none)'}")
        ambiguous = [t.text for t in terms if t.ambiguous]
        if ambiguous:
            parts.append("ambiguous: " + ", ".join("~" + a for a in ambiguous))
        out.append(f"  {lang:<3} " + "; ".join(parts) + f"  [{_language_line(lang)}]")
        if lang in d.notes:
            out.append(f"      note: {d.notes[lang]}")
        tagged = [f"{t.text} ({', '.join(sorted(t.domains))})" for t in terms if t.domains]
        if tagged:
            out.append(f"      domains: {'; '.join(tagged)}")
        for concept, phrases in d.alternatives.get(lang, {}).items():
            out.append(f"      where no word fits ({concept}): {'; '.join(phrases)}")
    for sense in d.senses:
        out.append(f"  sense {sense.id} of {sense.of}: {sense.definition}".rstrip(": "))
        for cl, cues in sense.cues.items():
            out.append(f"    cues {cl}: {' ; '.join(cues)}")
        if sense.marks:
            out.append(f"    marks (any language): {', '.join(sorted(sense.marks))}")
        for lang in langs:
            words = sense.terms.get(lang)
            if words:
                out.append(f"    {lang:<3} " + ", ".join(t.text + ("*" if t.preferred else "") for t in words))
                if lang in sense.notes:
                    out.append(f"        note: {sense.notes[lang]}")
    return out


def _show_entry(e, langs: list[str]) -> list[str]:
    flags = " ".join(f for f, on in (("(dnt)", e.dnt), ("[enforce]", e.enforce),
                                     ("(forbidden terms only)", e.forbidden_only)) if on)
    out = [f"entry {e.id}" + (f" {flags}" if flags else "") + (f": {e.definition}" if e.definition else "")]
    for loc in e.locales():
        if langs and loc.split("-")[0] not in langs:
            continue
        here = [t for t in e.terms if t.locale == loc]
        parts = [t.text + ("*" if t.status == "preferred" else "") for t in here if t.approved]
        parts += [f"!{t.text} ({t.status})" for t in here if not t.approved]
        out.append(f"  {loc:<7} " + ", ".join(parts))
    return out


@app.command()
def terms(
    termbase: Optional[Path] = typer.Argument(None, help="Termbase file: .toml, .tbx, .csv, .tsv (default: the built-in one)."),
    lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Show only this language."),
    validate: bool = typer.Option(False, "--validate", help="Only check the termbase; print a one-line summary."),
) -> None:
    """List the distinctions, their concepts and the terms per language
    (* preferred, ~ ambiguous), and the glossary entries (! forbidden or
    deprecated). Exit 2 on an invalid termbase."""
    from ..text.languages import base_code
    from ..terms.termbase import load_termbase
    with input_errors():
        tb = load_termbase(termbase)
        langs = sorted(tb.languages() | {t.locale.split("-")[0] for e in tb.glossary for t in e.terms})
        if lang:
            code = base_code(lang)
            if code not in langs:
                raise InputError(termbase or "default termbase", f"no terms for language {lang!r} (has: {', '.join(langs)})")
            langs = [code]
    n_terms = sum(len(ts) for d in tb.distinctions for ts in d.terms.values())
    summary = (f"{tb.source}: {len(tb.distinctions)} distinction(s), "
               f"{len(tb.languages())} language(s), {n_terms} term(s)")
    if tb.glossary:
        locales = {t.locale for e in tb.glossary for t in e.terms}
        forbidden = sum(1 for e in tb.glossary for t in e.terms if not t.approved)
        enforced = sum(1 for e in tb.glossary if e.enforce)
        summary += (f"; glossary: {len(tb.glossary)} entr{'y' if len(tb.glossary) == 1 else 'ies'}, "
                    f"{len(locales)} locale(s), {forbidden} forbidden term(s), {enforced} enforced, "
                    f"{sum(1 for e in tb.glossary if e.dnt)} do-not-translate")
    enforced_d = [d.id for d in tb.distinctions if d.enforce]
    if enforced_d:
        summary += f"; enforced distinction(s): {', '.join(enforced_d)}"
    if validate:
        typer.echo(f"ok: {summary}")
        return
    lines = [summary, ""]
    for d in tb.distinctions:
        lines += _show(d, langs) + (["  enforce: every other word is a term-compliance finding"] if d.enforce else []) + [""]
    for e in tb.glossary:
        lines += _show_entry(e, langs if lang else []) + [""]
    typer.echo("\n".join(lines) + EXPLANATION)
