"""The articles4 set is well formed (tests/data/articles4/validate.py): every
collapse's occurrences are whole term words, every fixable occurrence has
accepted replacements, and the set's counts hold."""
import importlib.util
import json
from pathlib import Path

DATA = Path(__file__).parent / "data" / "articles4"
spec = importlib.util.spec_from_file_location("articles4_validate", DATA / "validate.py")
articles4 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(articles4)


def _rows():
    return [json.loads(line) for line in (DATA / "cases.jsonl").read_text(encoding="utf-8").splitlines()]


def _write(tmp_path, rows):
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return articles4.validate(path)


def test_articles4_validates():
    assert articles4.validate(DATA / "cases.jsonl") == []


def test_a_shifted_offset_is_rejected(tmp_path):
    rows = _rows()
    case = next(r for r in rows if r["collapsed"])
    occ = case["collapses"][0]["occurrences"][0]
    occ["start"] += 1
    problems = _write(tmp_path, rows)
    assert any(case["id"] in p and ("inside a word" in p or "not exactly a term form" in p or "not an occurrence" in p)
               for p in problems), problems


def test_an_accepted_replacement_that_is_the_ambiguous_word_is_rejected(tmp_path):
    rows = _rows()
    case = next(r for r in rows if r["lang"] == "pt" and r["collapsed"])
    case["wrong"][0]["accept"] = ["clientes"]
    assert any(case["id"] in p and "ambiguous word" in p for p in _write(tmp_path, rows))


def test_a_symmetric_collapse_needs_every_occurrence_fixable(tmp_path):
    rows = _rows()
    case = next(r for r in rows if r["collapsed"] and r["collapses"][0]["context"] == "symmetric")
    case["wrong"] = [w for w in case["wrong"] if w["collapse"] != 0 or w is not case["wrong"][0]]
    assert any(case["id"] in p and "symmetric" in p for p in _write(tmp_path, rows))


def test_too_few_true_negatives_are_rejected(tmp_path):
    rows = [r for r in _rows() if r["collapsed"] or r["lang"] != "de"]
    assert any("de needs collapsed articles and true negatives both" in p for p in _write(tmp_path, rows))
