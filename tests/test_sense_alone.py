"""The program named with its own word and with a person word, next to the
same technical word, in one text with no source (checks/sense_alone.py)."""
from pathlib import Path

from audit.model import Version
from audit.run.pipeline import audit_versions
from audit.files.readers.text import paragraphs

CLIENT = "Ein E-Mail-Client wie Thunderbird ruft die Nachrichten vom Server ab."


def findings(termbase, lang, text):
    result = audit_versions("snippet", [Version(Path(f"{lang}.txt"), lang, paragraphs(text))], termbase)
    return result.versions[0].findings


def test_the_person_word_beside_the_same_mark_is_the_program(termbase):
    text = CLIENT + "\n\nDer Server beantwortet die Anfragen der E-Mail-Kunden sofort.\n"
    found = findings(termbase, "de", text)
    assert [(f.term, f.concept, f.kind) for f in found] == [("Kunden", "software-client", "mistranslation")]
    assert text[found[0].start:found[0].end] == "Kunden" and "E-Mail-Client" in found[0].evidence[0].text


def test_the_replacement_is_the_languages_word_for_the_program(termbase):
    text = ("Klien email seperti Thunderbird mengambil pesan dari server.\n\n"
            "Server menjawab permintaan dari pelanggan email dengan cepat.\n")
    found = findings(termbase, "id", text)
    assert [(f.term, f.replacement) for f in found] == [("pelanggan", "klien")]


def test_without_the_program_named_so_the_person_word_stands(termbase):
    # an email provider's customers are customers
    assert findings(termbase, "de", "Der Anbieter informiert seine E-Mail-Kunden über Wartungsarbeiten.\n") == []


def test_a_word_that_describes_customers_too_is_no_mark(termbase):
    # a client ID and a customer ID are two things in one API document
    text = "Tragen Sie die Client-ID der Anwendung ein.\n\nDie Kunden-ID steht auf der Rechnung.\n"
    assert findings(termbase, "de", text) == []


def test_with_a_source_the_source_decides(termbase, tmp_path):
    import audit
    en, de = tmp_path / "en.txt", tmp_path / "de.txt"
    en.write_text("An email client such as Thunderbird fetches messages.\n\n"
                  "The provider informs its email customers about maintenance.\n", encoding="utf-8")
    de.write_text("Ein E-Mail-Client wie Thunderbird ruft Nachrichten ab.\n\n"
                  "Der Anbieter informiert seine E-Mail-Kunden über Wartungsarbeiten.\n", encoding="utf-8")
    result = audit.check_files(de, with_=[en], source=en, termbase=termbase)
    assert [f for v in result.versions for f in v.findings] == []
