"""Where a distinction is live (issue 8): a finding only where the unit
contrasts the concepts, where the document is about the difference, or where
the user's termbase enforces its terms; elsewhere one file-level observation."""
import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.model import Version
from audit.run.pipeline import audit_versions
from audit.run.api import check_files
from audit.files.readers.text import paragraphs
from audit.terms.termbase import load_termbase

REAL = Path(__file__).parent / "data" / "realworld"
runner = CliRunner()


def po(path: Path, lang: str, pairs) -> Path:
    body = "".join(f'msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs)
    path.write_text(f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    + body, encoding="utf-8")
    return path


UI = [("Client name", "Tên khách hàng"), ("Customer name", "Tên khách hàng"),
      ("Add a customer", "Thêm khách hàng"), ("Edit client", "Sửa khách hàng")]
CONTRAST = ("Is this a client or a customer?", "Đây là khách hàng hay khách hàng?")


def test_one_word_for_both_in_a_ui_is_no_finding_but_one_observation(tmp_path):
    result = check_files(po(tmp_path / "vi.po", "vi", UI))
    assert result.findings == []
    [obs] = result.observations
    assert (obs.term, obs.units, obs.lang) == ("khách hàng", {"client": 2, "customer": 2}, "vi")
    assert obs.message == "client (2 units) and customer (2 units) are both rendered 'khách hàng'"
    assert obs.examples == {"client": "Client name", "customer": "Customer name"}


def test_a_unit_that_contrasts_the_concepts_is_flagged(tmp_path):
    result = check_files(po(tmp_path / "vi.po", "vi", UI + [CONTRAST]))
    [f] = result.findings
    assert (f.unit, f.term, f.start, f.kind, f.severity) == (CONTRAST[0], "khách hàng", 7, "wrong-term", "major")
    assert result.observations and result.observations[0].units == {"client": 3, "customer": 3}


def test_usage_elsewhere_in_the_file_changes_nothing(tmp_path):
    """The same unit gets the same verdict whether the file says "client"
    once or a hundred times (no file-wide usage threshold)."""
    few = check_files(po(tmp_path / "vi.po", "vi", UI + [CONTRAST]))
    many_pairs = UI + [(f"Client {i} was billed", f"Khách hàng {i} đã được lập hoá đơn") for i in range(40)] + [CONTRAST]
    (tmp_path / "b").mkdir()
    many = check_files(po(tmp_path / "b" / "vi.po", "vi", many_pairs))
    assert [(f.unit, f.start) for f in few.findings] == [(f.unit, f.start) for f in many.findings] == [(CONTRAST[0], 7)]


def test_check_json_and_text_carry_the_observation(tmp_path):
    path = po(tmp_path / "vi.po", "vi", UI)
    r = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["findings"] == []
    assert [o["message"] for o in data["observations"]] == [
        "client (2 units) and customer (2 units) are both rendered 'khách hàng'"]
    r = runner.invoke(app, ["check", str(path)])
    assert r.exit_code == 0
    assert "observation: client (2 units) and customer (2 units) are both rendered 'khách hàng'" in r.stderr


def test_run_reports_carry_the_observation(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    po(corpus / "vi.po", "vi", UI)
    out = tmp_path / "out"
    r = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    assert "observation: client (2 units) and customer (2 units) are both rendered 'khách hàng'" in r.output
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert data["findings"] == [] and data["observations"][0]["units"] == {"client": 2, "customer": 2}
    ws = openpyxl.load_workbook(out / "audit.xlsx", read_only=True)["Summary"]
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "Observations (file level, not findings)" in cells
    assert "client (2 units) and customer (2 units) are both rendered 'khách hàng'" in cells


def version(lang, text, name=None):
    return Version(Path(name or f"{lang}.txt"), lang, paragraphs(text))


def test_a_document_about_the_difference_counts_every_collapse(termbase):
    # the pivot's title names both concepts: every collapsed occurrence is a finding
    idn = version("id", "Klien dan Pelanggan\nSeorang pelanggan membeli sepatu.\nSeorang klien meminta nasihat.")
    vi = version("vi", "Khách hàng và Khách hàng\nMột khách hàng mua giày.\nMột khách hàng xin lời khuyên.")
    result = audit_versions("s", [idn, vi], termbase)
    got = [(f.start, f.severity, [e.rule for e in f.evidence]) for f in result.versions[1].findings]
    third = vi.segments[2].offset + 4
    assert got == [(0, "major", ["pivot"]), (third, "minor", ["pivot", "about the difference"])]
    assert "its title names both" in result.versions[1].findings[1].evidence[1].text


def test_a_document_that_does_not_draw_the_distinction_is_only_observed(termbase):
    idn = version("id", "Toko kami\nSeorang pelanggan membeli sepatu.\nSeorang klien meminta nasihat.")
    vi = version("vi", "Cửa hàng của chúng tôi\nMột khách hàng mua giày.\nMột khách hàng xin lời khuyên.")
    result = audit_versions("s", [idn, vi], termbase)
    assert result.findings == []
    [obs] = result.observations
    assert obs.units == {"client": 1, "customer": 1} and obs.file == "vi.txt"


def test_a_user_termbase_that_enforces_its_terms_reports_term_compliance(tmp_path):
    tb = tmp_path / "tb.toml"
    tb.write_text('[[distinction]]\nid = "client-customer"\nconcepts = ["client", "customer"]\nenforce = true\n'
                  '[distinction.terms.en]\nclient = ["client"]\ncustomer = ["customer"]\n'
                  '[distinction.terms.vi]\nclient = ["client"]\ncustomer = ["khách hàng"]\n', encoding="utf-8")
    result = check_files(po(tmp_path / "vi.po", "vi", UI), termbase=load_termbase(tb))
    got = [(f.unit, f.kind, f.severity, f.replacement) for f in result.findings]
    assert got == [("Client name", "term-compliance", "minor", "client"), ("Edit client", "term-compliance", "minor", "client")]


def test_enforce_must_be_a_boolean(tmp_path):
    from audit.errors import InputError
    tb = tmp_path / "tb.toml"
    tb.write_text('[[distinction]]\nid = "d"\nconcepts = ["a", "b"]\nenforce = "yes"\n'
                  '[distinction.terms.en]\na = ["x"]\nb = ["y"]\n', encoding="utf-8")
    with pytest.raises(InputError, match="enforce must be true or false"):
        load_termbase(tb)


# ---- real strings that must stay quiet ---------------------------------------

QUIET = [
    ("frappe-helpdesk/vi.po", "vi"), ("frappe-helpdesk/ru.po", "ru"), ("tryton-sale/ru.po", "ru"),
    ("kimai/vi.xlf", "vi"), ("kimai/de.xlf", "de"), ("kimai/tr.xlf", "tr"), ("otobo/ru.po", "ru"),
]


@pytest.mark.parametrize("rel,lang", QUIET, ids=[q[0] for q in QUIET])
def test_real_business_files_raise_no_client_customer_finding(rel, lang):
    path = REAL / rel
    if not path.exists():
        pytest.skip(f"{rel}: real8's data is not on this branch")
    result = check_files(path)
    target = next(v for v in result.versions if not v.version.is_source)
    assert target.occurrences, "the file's customer strings are read and matched"
    assert [f for f in result.findings if f.kind in ("wrong-term", "ambiguous-term")] == []


def test_one_word_for_both_is_fixed_only_where_the_language_has_a_word(tmp_path, termbase):
    """Spanish cliente covers both concepts and only the customer has a word of
    its own (comprador): the contrast is restored there, and the client side,
    for which nothing could be offered, is not flagged."""
    from audit.run.api import check_files
    (tmp_path / "en.txt").write_text("The client pays for advice, the customer pays for goods.", encoding="utf-8")
    es = tmp_path / "es.txt"
    es.write_text("El cliente paga por el asesoramiento, el cliente paga por los productos.", encoding="utf-8")
    result = check_files(es, with_=[tmp_path / "en.txt"], source=tmp_path / "en.txt", termbase=termbase)
    found = [(f.start, f.concept, f.replacement) for f in result.findings]
    assert found == [(41, "customer", "comprador")]


def test_a_source_decides_text_alone_rules_stay_out(termbase):
    """Real OTOBO strings: the English source repeats "customer" ("Sends
    customer notifications just to the mapped customer.") and a Russian target
    says клиента … клиентов where the source names neither concept. With a
    source the cross-version check decides; the text-alone rules judge
    neither the source's wording nor such a target."""
    from audit.run.api import check_files
    path = REAL / "otobo/ru.po"
    if not path.exists():
        pytest.skip("real OTOBO data not present")
    result = check_files(path, termbase=termbase)
    assert not [f for f in result.findings if f.kind == "self-collapse"]
