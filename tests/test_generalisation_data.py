"""The held-out generalisation case files are well formed: offsets name whole
term words, pattern and domain names are known, and the counts the issue asks
for are met (tests/data/generalisation/validate.py does the checking)."""
import importlib.util
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "generalisation"
spec = importlib.util.spec_from_file_location("generalisation_validate", DATA / "validate.py")
validate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(validate)


@pytest.mark.parametrize("name", ["cases.jsonl", "parallel.jsonl"])
def test_case_file_validates(name):
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{name} not written yet")
    assert validate.validate(path, grammar=False) == []


def test_validator_rejects_a_shifted_offset(tmp_path):
    row = next(json.loads(l) for l in (DATA / "cases.jsonl").read_text(encoding="utf-8").splitlines()
               if json.loads(l)["wrong"])
    row["wrong"][0]["start"] += 1
    bad = tmp_path / "cases.jsonl"
    bad.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    problems = validate.validate(bad, grammar=False)
    assert any("inside a word" in p for p in problems)
