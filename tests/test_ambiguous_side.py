"""An ambiguous word (tr müşteri, it cliente, de Kunde) against a source that
contrasts client and customer: flagged where it collapses the two, once per
collapse, on the side a fix exists for; never where the translation keeps
them apart with a word of its own."""
import audit


def target_findings(tmp_path, termbase, lang, source, target):
    src, tgt = tmp_path / "en.txt", tmp_path / f"{lang}.txt"
    src.write_text(source + "\n", encoding="utf-8")
    tgt.write_text(target + "\n", encoding="utf-8")
    result = audit.check_files(tgt, with_=[src], source=src, termbase=termbase)
    return [f for v in result.versions if v.version.path == tgt for f in v.findings]


def test_a_word_of_its_own_for_the_other_concept_keeps_them_apart(tmp_path, termbase):
    found = target_findings(tmp_path, termbase, "tr", "The lawyer protects the client, the store serves the customer.",
                            "Avukat müvekkilini korur, mağaza müşteriye hizmet eder.")
    assert found == []


def test_a_collapse_is_flagged_once_on_the_side_with_a_fix(tmp_path, termbase):
    found = target_findings(tmp_path, termbase, "it", "The psychologist calls her patients clients, not customers.",
                            "La psicologa chiama i suoi pazienti clienti, non clienti.")
    assert [(f.term, f.concept, f.replacement) for f in found] == [("clienti", "client", "assistiti")]


def test_a_turkish_title_collapse_gets_one_finding_with_its_fix(tmp_path, termbase):
    found = target_findings(tmp_path, termbase, "tr", "The Difference Between a Client and a Customer in Therapy",
                            "Terapide Müşteri ve Müşteri Arasındaki Fark")
    assert len(found) == 1 and found[0].replacement and found[0].kind == "ambiguous-term"
