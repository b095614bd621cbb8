"""A person word at the head of a closed compound where the source names the
program (German, Dutch and Swedish write compounds as one word)."""
import pytest

import audit

SOURCE = "Validation runs client-side.\n\nThe customer portal lists your orders.\n"
TARGETS = {
    "de": ("Die Validierung erfolgt kundenseitig.\n\nDas Kundenportal zeigt Ihre Bestellungen.\n",
           "kunden", "Die Validierung erfolgt clientseitig."),
    "nl": ("Validatie gebeurt aan de klantenzijde.\n\nHet klantenportaal toont uw bestellingen.\n",
           "klanten", "Validatie gebeurt aan de clientzijde."),
    "sv": ("Valideringen körs på kundsidan.\n\nKundportalen visar dina beställningar.\n",
           "kund", "Valideringen körs på klientsidan."),
}


@pytest.mark.parametrize("lang", sorted(TARGETS))
def test_the_compounds_person_word_is_the_program_and_the_rest_stays(tmp_path, termbase, lang):
    text, word, fixed = TARGETS[lang]
    src, tgt = tmp_path / "en.txt", tmp_path / f"{lang}.txt"
    src.write_text(SOURCE, encoding="utf-8")
    tgt.write_text(text, encoding="utf-8")
    result = audit.check_files(tgt, with_=[src], source=src, termbase=termbase)
    found = [f for v in result.versions if v.version.path == tgt for f in v.findings]
    # the customer portal is the customer's: only the client-side compound is flagged
    assert [(f.term, f.concept, f.suggestion) for f in found] == [(word, "software-client", fixed)]
    assert text[found[0].start:found[0].end] == word


def test_the_technical_word_beside_it_says_which_occurrence_is_the_program(tmp_path, termbase):
    # source order (client, customer) and target order (müşteri portalı, OAuth müşteri) disagree
    src, tgt = tmp_path / "en.txt", tmp_path / "tr.txt"
    src.write_text("Create an OAuth client ID for the customer portal.\n", encoding="utf-8")
    text = "Müşteri portalı için bir OAuth müşteri kimliği oluşturun.\n"
    tgt.write_text(text, encoding="utf-8")
    result = audit.check_files(tgt, with_=[src], source=src, termbase=termbase)
    found = [f for v in result.versions if v.version.path == tgt for f in v.findings]
    assert [(text[f.start:f.end], f.start, f.concept) for f in found] == [("müşteri", 31, "software-client")]
