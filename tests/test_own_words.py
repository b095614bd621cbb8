"""The replacement is the text's own word for the concept where it has one."""
from pathlib import Path

from audit.model import Occurrence, Term, Version
from audit.run.pipeline import audit_versions
from audit.files.readers.text import paragraphs
from audit.terms.suggest import own_words

HEADINGS = ("Kunde\nEin Kunde lässt sich über Jahre von einem Anwalt oder Steuerberater beraten.\n\n"
            "Kunde\nEin Kunde kauft Waren in einem Laden und zahlt an der Kasse.\n")


def client_findings(termbase, text):
    result = audit_versions("snippet", [Version(Path("de.txt"), "de", paragraphs(text))], termbase)
    return [f for f in result.versions[0].findings if f.concept == "client"]


def test_a_collapse_is_fixed_with_the_word_the_text_itself_uses(termbase):
    flagged = client_findings(termbase, "Viele Firmen nennen ihre Kunden gern Klienten, doch ein Klient ist "
                              "etwas anderes.\n\n" + HEADINGS)
    assert flagged and {f.replacement for f in flagged} == {"Klient"}


def test_without_a_word_of_its_own_the_domain_decides(termbase):
    # twin headings make a text about the distinction: German has no general word for the client,
    # so the other heading, the customer's, takes the fix
    text = "Viele Firmen verwenden die beiden Wörter gern austauschbar.\n\n" + HEADINGS
    result = audit_versions("snippet", [Version(Path("de.txt"), "de", paragraphs(text))], termbase)
    found = result.versions[0].findings
    assert [(f.concept, f.replacement) for f in found] == [("customer", "Käufer")]
    assert found[0].start == text.rindex("Kunde\n")


def test_own_words_count_single_concept_terms_only():
    def occ(term, k):
        return Occurrence(k, 0, 0, 1, term.text, term)
    klient = Term("client-customer", "de", "Klient", frozenset({"client"}))
    mandant = Term("client-customer", "de", "Mandant", frozenset({"client"}))
    kunde = Term("client-customer", "de", "Kunde", frozenset({"client", "customer"}))
    own = own_words([occ(mandant, 0), occ(klient, 1), occ(klient, 2), occ(kunde, 3), occ(kunde, 4), occ(kunde, 5)])
    assert own == {("client-customer", "client"): klient}
