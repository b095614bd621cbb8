"""False alarms on real software strings (tests/data/realworld: PO files from
open-source projects, which say "customer" throughout and render it with one
word): the tool must stay quiet, yet still read every unit."""
from pathlib import Path

import pytest

from audit.run.api import check_files

# The two projects that say "customer" in the business sense only; the others
# (tests/data/realworld/SOURCES.md) are judged unit by unit in judged.tsv.
REAL = sorted(p for name in ("frappe-helpdesk", "tryton-sale")
              for p in (Path(__file__).parent / "data" / "realworld" / name).glob("*.po"))


@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_false_alarms_on_real_po_files(path, termbase):
    result = check_files(path, termbase=termbase)
    assert len(result.versions) == 2 and result.versions[0].version.is_source
    assert result.findings == []


def test_real_po_files_do_contain_the_terms(termbase):
    counts = [len(v.occurrences) for p in REAL for v in check_files(p, termbase=termbase).versions]
    assert sum(counts) >= 100                   # "customer" strings were read and matched on both sides


def test_a_contrast_in_software_strings_is_still_caught(tmp_path, termbase):
    po = tmp_path / "ru.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "Client or customer?"\nmsgstr "Клиент или клиент?"\n', encoding="utf-8")
    found = check_files(po, termbase=termbase).findings
    assert [(f.unit is not None, f.term, f.replacement) for f in found] == [(True, "клиент", "покупатель")]
