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


# ---- bench/evaluate.py's judgement of an article's findings ---------------------------------

def _evaluate():
    import sys
    bench = str(Path(__file__).parents[1] / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    import evaluate
    return evaluate


def _finding(case, start, end, replacement, concept="customer"):
    from audit.model import Evidence, Finding
    text = case["text"]
    return Finding(file=case["id"], lang=case["lang"], start=start, end=end, term=text[start:end], concept=concept,
                   replacement=replacement, suggestion=None, kind="self-collapse", severity="major",
                   confidence=0.9, evidence=[Evidence("test")], sentence=text)


def _case(case_id):
    return next(r for r in _rows() if r["id"] == case_id)


def test_a_fix_is_acceptable_only_with_an_accepted_word_on_a_fixable_occurrence():
    ev, case = _evaluate(), _case("pt-a01")     # "Cliente vs cliente-Qual é a diferença?" + two definitions
    title = case["collapses"][0]["occurrences"]
    client_def, customer_def = case["collapses"][1]["occurrences"]
    findings = [_finding(case, title[1]["start"], title[1]["end"], "comprador"),
                _finding(case, customer_def["start"], customer_def["end"], None),
                _finding(case, client_def["start"], client_def["end"], "Comprador", "client")]
    verdicts = ev.judge_article(case, findings)["verdicts"]
    assert [v["ok"] for v in verdicts] == [True, False, False]
    assert verdicts[1]["why"].startswith("no replacement")
    assert verdicts[2]["why"] == "on the occurrence that cannot carry the fix"


def test_a_finding_may_cover_more_than_the_word_and_match_without_case():
    ev, case = _evaluate(), _case("es-a03")     # "El cliente paga una vez ..., mientras que el cliente recibe ..."
    occ = case["collapses"][0]["occurrences"][0]
    f = _finding(case, occ["start"] - 3, occ["end"], "EL COMPRADOR")
    assert ev.judge_article(case, [f])["verdicts"][0]["ok"]


def test_two_fixes_that_give_a_symmetric_pair_one_concept_count_once():
    ev, case = _evaluate(), _case("pt-a01")
    first, second = case["collapses"][0]["occurrences"]
    findings = [_finding(case, first["start"], first["end"], "Comprador"),
                _finding(case, second["start"], second["end"], "comprador")]
    assert [v["ok"] for v in ev.judge_article(case, findings)["verdicts"]] == [True, False]


def test_both_readings_count_in_a_symmetric_collapse_only():
    ev = _evaluate()
    sym, asym = _case("fr-a01"), _case("fr-a03")  # "Client ou client ?" ; "Transformer vos clients en clients"
    results = []
    for case in (sym, asym):
        a, b = case["collapses"][0]["occurrences"][:2]
        f = _finding(case, a["start"], b["end"], None)
        f.readings = [(a["start"], a["end"], "Acheteur" if case is sym else "acheteurs"), (b["start"], b["end"], None)]
        results.append(ev.judge_article(case, [f])["verdicts"][0]["ok"])
    assert results == [True, False]


def test_a_finding_on_a_true_negative_is_a_false_alarm():
    ev, case = _evaluate(), _case("de-a05")
    at = case["text"].index("Neukunden")
    judged = ev.judge_article(case, [_finding(case, at, at + len("Neukunden"), "Käufer")])
    assert judged["verdicts"][0]["collapse"] is None and judged["verdicts"][0]["why"] == "on a true negative"
