"""User termbases: TBX-Basic (2008), TBX v3, CSV; several distinctions at
once; every validation error names the file, the entry and the problem."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.errors import InputError
from audit.text.matching import find_occurrences
from audit.model import Segment, Version
from audit.text.segment import split_version
from audit.terms.termbase import LOADERS, load_termbase

DATA = Path(__file__).parent / "data" / "termbases"


def summary(tb):
    return {d.id: {lang: [(t.text, "+".join(sorted(t.concepts)), t.preferred) for t in terms]
                   for lang, terms in d.terms.items()} for d in tb.distinctions}


def test_loaders_are_registered_by_suffix():
    load_termbase(DATA / "basic.tbx")
    assert {".toml", ".tbx", ".csv", ".tsv"} <= set(LOADERS)


def test_tbx_basic_2008():
    tb = load_termbase(DATA / "basic.tbx")
    assert [(d.id, d.concepts) for d in tb.distinctions] == [("client-customer", ["client", "customer"])]
    d = tb.distinctions[0]
    assert summary(tb)["client-customer"] == {
        "en": [("client", "client", True), ("customer", "customer", True)],
        # preferredTerm first although listed second; Kunde under both concepts is
        # ambiguous; the deprecated Abnehmer is dropped; de-DE is de
        "de": [("Mandant", "client", True), ("Klient", "client", False), ("Kunde", "client+customer", False)],
    }
    assert d.definitions == {"client": "receives professional services or advice", "customer": "buys goods or services"}
    assert d.preferred("de", "client").text == "Mandant"
    assert d.preferred("de", "customer") is None
    assert "invoice" not in {c for dd in tb.distinctions for c in dd.concepts}


def test_tbx_v3_with_two_distinctions():
    tb = load_termbase(DATA / "v3.tbx")
    assert summary(tb) == {
        "user-customer": {
            "en": [("user", "user", True), ("customer", "customer", True)],
            "ka": [("კლიენტი", "customer", True), ("მომხმარებელი", "customer+user", False)],
        },
        "cost-price": {
            "en": [("cost", "cost", True), ("price", "price", True)],
            "es": [("coste", "cost", True), ("costo", "cost", False), ("precio", "price", True)],
        },
    }
    assert tb.distinction("user-customer").definitions == {"user": "a person who uses a product"}
    assert tb.distinction("cost-price").definitions == {"cost": "what something costs the business"}


def test_csv_with_two_distinctions():
    tb = load_termbase(DATA / "terms.csv")
    assert summary(tb) == {
        "client-customer": {
            "de": [("Mandant", "client", True), ("Klient", "client", False), ("Käufer", "customer", True),
                   ("Kunde", "client+customer", False)],
            "en": [("client", "client", True), ("customer", "customer", True)],
        },
        "cost-price": {
            "en": [("cost", "cost", True), ("price", "price", True)],
            "es": [("coste", "cost", True), ("precio", "price", True)],
        },
    }
    d = tb.distinction("client-customer")
    assert d.notes == {"de": "Kunde covers both"}
    assert d.definitions == {"client": "receives professional services", "customer": "buys goods or services"}


def test_tsv_and_semicolons(tmp_path):
    tsv = tmp_path / "t.tsv"
    tsv.write_text("distinction\tconcept\tlang\tterm\tstatus\nd\ta\ten\talpha\tpreferred\nd\tb\ten\tbeta\t\n", encoding="utf-8")
    semi = tmp_path / "t.CSV"
    semi.write_text("distinction;concept;lang;term;status\nd;a;en;alpha;preferred\nd;b;en;beta;admitted\n", encoding="utf-8")
    assert summary(load_termbase(tsv)) == summary(load_termbase(semi)) == {
        "d": {"en": [("alpha", "a", True), ("beta", "b", True)]}}


def test_user_termbase_drives_matching():
    tb = load_termbase(DATA / "terms.csv")
    v = Version(Path("de.txt"), "de", [Segment("p1", "Die Kunden des Mandanten zahlen den Preis.", 0, 1)])
    occ = find_occurrences(v, split_version(v), tb.terms_for("de"))
    assert [(o.surface, o.term.text, sorted(o.concepts)) for o in occ] == [
        ("Kunden", "Kunde", ["client", "customer"]), ("Mandanten", "Mandant", ["client"])]


def test_the_default_termbase_still_loads_from_toml():
    tb = load_termbase()
    assert tb.distinction("client-customer").preferred("ru", "customer").text == "покупатель"
    assert len(tb.languages()) >= 30


# ---- validation ------------------------------------------------------------------
TBX_HEAD = '<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic"><text><body>'
TBX_TAIL = "</body></text></tbx>"


def entry(cid, lang="en", term="x", extra="", dist="d", status=""):
    cid_attr = f' id="{cid}"' if cid else ""
    d = f'<descrip type="distinction">{dist}</descrip>' if dist else ""
    note = f'<termNote type="administrativeStatus">{status}</termNote>' if status else ""
    lang_attr = f' xml:lang="{lang}"' if lang else ""
    return (f"<conceptEntry{cid_attr}>{d}{extra}<langSec{lang_attr}><termSec><term>{term}</term>{note}</termSec>"
            f"</langSec></conceptEntry>")


TBX_ERRORS = {
    "malformed": (TBX_HEAD + "<conceptEntry id='a'>" + TBX_TAIL, "not well-formed XML"),
    "entities": ('<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                 '<tbx><text><body>&b;</body></text></tbx>', "refused: EntitiesForbidden"),
    "external": ('<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "http://example.com/x">]>'
                 "<tbx>&x;</tbx>", "refused"),
    "root": ('<?xml version="1.0"?><glossary/>', "not a TBX file: root element is <glossary>"),
    "no entries": (TBX_HEAD + TBX_TAIL, "no <conceptEntry> or <termEntry>"),
    "no id": (TBX_HEAD + entry(None) + entry("b") + TBX_TAIL, "entry #1: <conceptEntry> has no id"),
    "no lang": (TBX_HEAD + entry("a", lang=None) + entry("b") + TBX_TAIL, "entry 'a': a <langSec> has no xml:lang"),
    "empty term": (TBX_HEAD + entry("a", term="") + entry("b") + TBX_TAIL, "entry 'a', en: a <termSec> has no term"),
    "status": (TBX_HEAD + entry("a", status="bestTerm") + entry("b") + TBX_TAIL,
               "entry 'a', en: term 'x' has unknown administrativeStatus 'bestterm'"),
    "dangling ref": (TBX_HEAD + entry("a", dist="", extra='<ref type="crossReference" target="zz"/>') + TBX_TAIL,
                     "entry 'a': cross reference to unknown entry 'zz'"),
    "one concept": (TBX_HEAD + entry("a", dist="solo") + TBX_TAIL, "distinction 'solo': only one concept ('a')"),
    "only forbidden": (TBX_HEAD + entry("a", dist="", status="deprecatedTerm-admn-sts") + TBX_TAIL,
                       "entry 'a': only forbidden terms; give the approved one too"),
    "duplicate id": (TBX_HEAD + entry("a") + entry("a") + TBX_TAIL, "entry 'a': duplicate entry id"),
    "two distinctions": (TBX_HEAD + entry("a", dist="d1", extra='<ref type="crossReference" target="b"/>')
                         + entry("b", dist="d2") + TBX_TAIL, "entry 'b': linked to entries of distinction 'd1' but marked 'd2'"),
}


@pytest.mark.parametrize("name", list(TBX_ERRORS))
def test_tbx_validation_errors(tmp_path, name):
    text, problem = TBX_ERRORS[name]
    path = tmp_path / "bad.tbx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_termbase(path)
    assert e.value.path == str(path)
    assert problem in e.value.problem


CSV_HEAD = "distinction,concept,lang,term,status\n"
CSV_ERRORS = {
    "empty": ("", "empty file"),
    "columns": ("distinction,concept,lang,term\nd,a,en,x\n", "line 1: missing column(s) status"),
    "status": (CSV_HEAD + "d,a,en,x,prefered\nd,b,en,y,\n", "line 2: unknown status 'prefered'"),
    "ambiguous with concept": (CSV_HEAD + "d,a,en,x,ambiguous\n", "line 2: 'x' is ambiguous"),
    "no concept": (CSV_HEAD + "d,,en,x,preferred\n", "line 2: 'x' has no concept"),
    "empty term": (CSV_HEAD + "d,a,en,,preferred\n", "line 2: empty term"),
    "two preferred": (CSV_HEAD + "d,a,en,x,preferred\nd,a,en,y,preferred\n", "line 3: a second preferred en term for 'a' (line 2"),
    "one concept": (CSV_HEAD + "d,a,en,x,preferred\nd,,en,y,ambiguous\n", "distinction 'd': needs terms for at least two concepts"),
    "both": (CSV_HEAD + "d,a,en,x,preferred\nd,b,en,y,\nd,,en,x,ambiguous\n", "'x' is listed both under a concept and as ambiguous"),
    "extra cells": (CSV_HEAD + "d,a,en,x,preferred,oops\n", "line 2: more cells than columns"),
}


@pytest.mark.parametrize("name", list(CSV_ERRORS))
def test_csv_validation_errors(tmp_path, name):
    text, problem = CSV_ERRORS[name]
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_termbase(path)
    assert e.value.path == str(path)
    assert problem in e.value.problem


def test_unknown_suffix_and_missing_file(tmp_path):
    path = tmp_path / "terms.xlsx"
    path.write_text("x")
    with pytest.raises(InputError, match=r"unknown termbase format '\.xlsx' \(known: .*\.tbx"):
        load_termbase(path)
    with pytest.raises(InputError, match="no such termbase file"):
        load_termbase(tmp_path / "nope.tbx")


# ---- audit terms -----------------------------------------------------------------
runner = CliRunner()


def test_terms_lists_a_language():
    r = runner.invoke(app, ["terms", "--lang", "de"])
    assert r.exit_code == 0, r.output
    assert "client-customer: client | customer" in r.output
    assert "de  client: Mandant*, Klient, Auftraggeber; customer: Käufer*; ambiguous: ~Kunde  [German]" in r.output
    assert "note: Kunde is the customer" in r.output
    assert " ru " not in r.output
    assert "wrong-term" in r.output and "self-collapse" in r.output


def test_terms_of_a_user_termbase():
    r = runner.invoke(app, ["terms", str(DATA / "v3.tbx")])
    assert r.exit_code == 0, r.output
    assert "cost-price: cost | price" in r.output
    assert "es  cost: coste*, costo; price: precio*  [Spanish]" in r.output
    assert "ka  user: (none); customer: კლიენტი*; ambiguous: ~მომხმარებელი  [Georgian]" in r.output


def test_terms_validate():
    r = runner.invoke(app, ["terms", str(DATA / "terms.csv"), "--validate"])
    assert r.exit_code == 0
    assert r.output.strip() == "ok: terms.csv: 2 distinction(s), 3 language(s), 10 term(s)"


def test_terms_invalid_termbase_exits_2_with_one_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(CSV_HEAD + "d,a,en,x,prefered\n", encoding="utf-8")
    r = runner.invoke(app, ["terms", str(path), "--validate"])
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines() if hasattr(r, "stderr") else r.output.strip().splitlines()
    assert lines == [f"audit: error: {path}: line 2: unknown status 'prefered' (expected preferred, admitted, ambiguous, forbidden, deprecated, superseded, dnt)"]


def test_terms_unknown_language_exits_2():
    r = runner.invoke(app, ["terms", "--lang", "xx"])
    assert r.exit_code == 2
    assert "no terms for language 'xx'" in (r.stderr if hasattr(r, "stderr") else r.output)
