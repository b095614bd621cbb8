"""The third held-out set is well formed: the shared per-case checks of
tests/data/generalisation/validate.py pass and every one of the 20 languages has
collapsed and legitimate cases (tests/data/heldout3/validate.py)."""
import importlib.util
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "heldout3"
spec = importlib.util.spec_from_file_location("heldout3_validate", DATA / "validate.py")
heldout = importlib.util.module_from_spec(spec)
spec.loader.exec_module(heldout)


def _validate(path):
    return heldout.validate(path, grammar=False)


@pytest.mark.parametrize("name", ["cases.jsonl", "parallel.jsonl"])
def test_heldout3_file_validates(name):
    assert _validate(DATA / name) == []


def test_a_language_without_legitimate_cases_is_rejected(tmp_path):
    rows = [json.loads(l) for l in (DATA / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    kept = [r for r in rows if not (r["lang"] == "th" and not r["collapsed"])]
    bad = tmp_path / "cases.jsonl"
    bad.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
    assert any(p.startswith("cases.jsonl: th needs") for p in _validate(bad))
