"""Senses and domains in user termbases of every format (CSV/TSV, TBX, TOML)."""

import pytest

from audit.errors import InputError
from audit.run.api import check_files
from audit.terms.termbase import load_termbase

CSV = """distinction,concept,lang,term,status,domains,sense_of,cues
client-customer,client,de,Mandant,preferred,legal,,
client-customer,client,de,Auftraggeber,admitted,business,,
client-customer,customer,de,Käufer,preferred,retail/general,,
client-customer,client,en,client,preferred,,,
client-customer,customer,en,customer,preferred,,,
client-customer,software-client,de,Client,preferred,software,client,
client-customer,software-client,en,client,preferred,,client,API|OAuth *; * ID|side
"""


def test_csv_termbase_with_domains_and_a_sense(tmp_path):
    path = tmp_path / "tb.csv"
    path.write_text(CSV, encoding="utf-8")
    d = load_termbase(path).distinctions[0]
    assert d.concepts == ["client", "customer"]
    assert {t.text: sorted(t.domains) for t in d.terms["de"]} == {
        "Mandant": ["legal"], "Auftraggeber": ["business"], "Käufer": ["general", "retail"]}
    [sense] = d.senses
    assert (sense.id, sense.of, sense.cues, sorted(sense.domains)) == (
        "software-client", "client", {"en": ["API|OAuth *", "* ID|side"]}, ["software"])
    assert d.preferred("de", "client", ["business"]).text == "Auftraggeber"
    assert d.preferred("de", "software-client").text == "Client"


def test_csv_sense_finds_the_mistranslation(tmp_path):
    tb = tmp_path / "tb.csv"
    tb.write_text(CSV, encoding="utf-8")
    po = tmp_path / "de.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "OAuth client"\nmsgstr "OAuth-Mandant"\n', encoding="utf-8")
    [f] = check_files(po, termbase=load_termbase(tb)).findings
    assert (f.term, f.concept, f.replacement, f.kind) == ("Mandant", "software-client", "Client", "mistranslation")


def test_csv_sense_that_changes_its_concept_is_refused(tmp_path):
    path = tmp_path / "tb.csv"
    path.write_text(CSV + "client-customer,software-client,fr,client,preferred,,customer,\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 9: sense 'software-client' is a sense of 'client'"):
        load_termbase(path)


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body>
<conceptEntry id="client">
  <descrip type="distinction">client-customer</descrip>
  <langSec xml:lang="en"><termSec><term>client</term></termSec></langSec>
  <langSec xml:lang="tr">
    <termSec><term>müvekkil</term><descrip type="subjectField">legal</descrip></termSec>
    <termSec><term>danışan</term><descrip type="subjectField">healthcare</descrip></termSec>
  </langSec>
</conceptEntry>
<conceptEntry id="customer">
  <descrip type="distinction">client-customer</descrip>
  <descrip type="subjectField">retail</descrip>
  <langSec xml:lang="en"><termSec><term>customer</term></termSec></langSec>
  <langSec xml:lang="tr"><termSec><term>alıcı</term></termSec></langSec>
</conceptEntry>
</body></text></tbx>
"""


def test_tbx_subject_field_gives_the_domains(tmp_path):
    path = tmp_path / "tb.tbx"
    path.write_text(TBX, encoding="utf-8")
    d = load_termbase(path).distinctions[0]
    assert {t.text: sorted(t.domains) for t in d.terms["tr"]} == {
        "müvekkil": ["legal"], "danışan": ["healthcare"], "alıcı": ["retail"]}
    assert d.preferred("tr", "client", ["business"]) is None
    assert d.preferred("tr", "client", ["healthcare"]).text == "danışan"


def test_toml_domains_for_an_unlisted_term_are_refused(tmp_path):
    path = tmp_path / "tb.toml"
    path.write_text('[[distinction]]\nid = "d"\nconcepts = ["client", "customer"]\n'
                    '[distinction.terms.de]\nclient = ["Mandant"]\ncustomer = ["Käufer"]\n'
                    'domains = { "Anwalt" = ["legal"] }\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"domains given for unlisted term\(s\) \['Anwalt'\]"):
        load_termbase(path)
