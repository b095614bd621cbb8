"""tests/data/realworld/judged.tsv is a reviewer's verdict on real units: the
acceptance data of issue 8. These tests keep it true to the files it judges
(the unit ids, sources and targets are exactly what the readers give), so a
test built on it checks the tool, not a stale copy."""
import csv
from collections import Counter
from pathlib import Path

import pytest

from audit.files.sets import language_from_name
from audit.files.readers import read_file

REAL = Path(__file__).parent / "data" / "realworld"
COLUMNS = ["file", "unit", "source", "target", "expected", "concept", "reason"]


def judged_rows() -> list[dict]:
    with (REAL / "judged.tsv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        assert reader.fieldnames == COLUMNS
        return list(reader)


ROWS = judged_rows()


@pytest.mark.parametrize("name", sorted({r["file"] for r in ROWS}))
def test_every_judged_unit_is_in_its_file_as_stored(name):
    path = REAL / name
    versions = read_file(path, language_from_name(path))
    source = {s.id: s.text for s in versions[0].segments}
    target = {s.id: s.text for v in versions[1:] for s in v.segments}
    for row in (r for r in ROWS if r["file"] == name):
        assert source.get(row["unit"]) == row["source"], row["unit"]
        assert target.get(row["unit"]) == row["target"], row["unit"]


def test_judgements_are_complete_and_cover_several_languages():
    assert {r["expected"] for r in ROWS} == {"flag", "quiet"}
    assert all(r["reason"].strip() and r["concept"].strip() for r in ROWS)
    assert len({(r["file"], r["unit"]) for r in ROWS}) == len(ROWS)       # one verdict per unit
    flags = [r for r in ROWS if r["expected"] == "flag"]
    langs = Counter(language_from_name(REAL / r["file"]) for r in flags)
    assert len(flags) >= 20 and len(langs) >= 3
    assert sum(r["expected"] == "quiet" for r in ROWS) >= 30
    # every flagged unit is the software sense of "client"
    assert all("client" in r["source"].lower() and r["concept"] == "client (software)" for r in flags)
