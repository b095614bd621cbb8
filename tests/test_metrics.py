"""MT quality against post-edited references (audit.report.metrics), the reference as
evidence (checks/reference.py), and what `audit apply` reports about it.

tests/data/references/article/ is one short article machine-translated into
Vietnamese and Georgian (both collapse client/customer) with a post-edit of
each (`*.ref.txt`), and an Indonesian version that keeps the distinction but
is deliberately wrong in its last two paragraphs: it says pelanggan
(customer) where the post-edits say client, and klien where they say customer.
"""
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.files.corpus import discover
from audit.report.metrics import align_to_reference, compare_files, corpus_scores
from audit.run.api import audit_corpus
from audit.text.segment import split_version
from audit.model import Version
from audit.files.readers import read_file
from audit.files.readers.text import paragraphs
from conftest import version

DATA = Path(__file__).resolve().parent / "data" / "references"
ARTICLE = DATA / "article"
SACREBLEU = Path(sys.executable).parent / "sacrebleu"


@pytest.fixture(scope="module")
def refset(termbase):
    (result,) = [r for r in audit_corpus(DATA, termbase) if r.name == "article"]
    return result


def quality(result, label):
    return next(q for q in result.quality if q.label == label)


def para(v, text_start: str):
    """Findings of version `v` in the paragraph starting with `text_start`."""
    return [f for f in v.findings if f.sentence.startswith(text_start)]


# --- discovery -------------------------------------------------------------

def test_ref_files_are_references_of_their_language():
    (aset,) = [s for s in discover(DATA) if s.name == "article"]
    specs = {s.path.name: (s.lang, s.is_reference) for s in aset.files}
    assert specs["vi.ref.txt"] == ("vi", True) and specs["ka.ref.txt"] == ("ka", True)
    assert specs["vi.txt"] == ("vi", False) and specs["id.txt"] == ("id", False)


def test_manifest_names_a_reference(tmp_path):
    folder = tmp_path / "c" / "set"
    folder.mkdir(parents=True)
    shutil.copy(ARTICLE / "vi.txt", folder / "vi.txt")
    shutil.copy(ARTICLE / "id.txt", folder / "id.txt")
    shutil.copy(ARTICLE / "vi.ref.txt", folder / "postedit.txt")
    (folder / "set.toml").write_text('[references]\nvi = "postedit.txt"\n', encoding="utf-8")
    (aset,) = discover(tmp_path / "c")
    assert {s.path.name: (s.lang, s.is_reference) for s in aset.files}["postedit.txt"] == ("vi", True)
    (folder / "set.toml").write_text('[references]\nvi = "missing.txt"\n', encoding="utf-8")
    with pytest.raises(Exception, match="missing.txt"):
        discover(tmp_path / "c")


# --- alignment and metrics -------------------------------------------------

def test_lexical_alignment_pairs_a_split_sentence():
    (hyp,), (ref,) = read_file(ARTICLE / "vi.txt", "vi"), read_file(ARTICLE / "vi.ref.txt", "vi")
    hs, rs = split_version(hyp), split_version(ref)
    groups = align_to_reference(hs, rs)
    # the post-editor split the third paragraph in two sentences: a 1-2 group
    assert [(g.a, g.b) for g in groups] == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)),
                                            ((3,), (4,)), ((4,), (5,)), ((5,), (6,))]
    # a reference missing a paragraph leaves its MT sentence unaligned
    text = (ARTICLE / "vi.ref.txt").read_text(encoding="utf-8").replace("Khách hàng đến rồi đi, nhưng thân chủ ở lại.", "")
    shorter = split_version(Version(ARTICLE / "vi.ref.txt", "vi", paragraphs(text)))
    groups = align_to_reference(hs, shorter)
    assert [(g.a, g.b) for g in groups] == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((4,), (4,)), ((5,), (5,))]


@pytest.mark.skipif(not SACREBLEU.exists(), reason="sacrebleu CLI not beside the interpreter")
@pytest.mark.parametrize("label", ["vi.txt", "ka.txt"])
def test_scores_equal_sacrebleu_cli_on_the_same_pairs(refset, label, tmp_path):
    q = quality(refset, label)
    assert q.scores.pairs == len(q.pairs) == 6
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text("".join(p.hyp_text + "\n" for p in q.pairs), encoding="utf-8")
    ref.write_text("".join(p.ref_text + "\n" for p in q.pairs), encoding="utf-8")
    out = subprocess.run([str(SACREBLEU), str(ref), "-i", str(hyp), "-m", "chrf", "bleu", "ter",
                          "--chrf-word-order", "2", "-w", "6", "-f", "json"],
                         capture_output=True, text=True, check=True).stdout
    cli = {d["name"]: d for d in json.loads(out)}
    assert q.scores.chrf == pytest.approx(cli["chrF2++"]["score"], abs=1e-5)
    assert q.scores.bleu == pytest.approx(cli["BLEU"]["score"], abs=1e-5)
    assert q.scores.ter == pytest.approx(cli["TER"]["score"], abs=1e-5)
    assert q.scores.signatures == {"chrf": cli["chrF2++"]["signature"], "bleu": cli["BLEU"]["signature"],
                                   "ter": cli["TER"]["signature"]}
    assert 0 < q.scores.chrf < 100 and q.scores.ter > 0


def test_sentence_chrf_is_low_where_the_mt_differs_most(refset):
    q = quality(refset, "vi.txt")
    worst = min(q.pairs, key=lambda p: p.chrf)
    assert worst.hyp_text.startswith("Khách hàng hay khách hàng")
    assert all(0 <= p.chrf <= 100 for p in q.pairs)


def test_scores_if_all_fixes_were_accepted(refset):
    for label in ("vi.txt", "ka.txt"):
        q = quality(refset, label)
        assert q.fixed.chrf > q.scores.chrf and q.fixed.ter < q.scores.ter
    # the Vietnamese post-edit also changed "trả tiền": the fixes cannot reach 100
    assert quality(refset, "vi.txt").fixed.chrf < 100


def test_language_specific_tokenizer_for_unspaced_scripts():
    s = corpus_scores(["客户和客户"], ["委托人和客户"], "zh")
    assert "tok:zh" in s.signatures["bleu"] and "asian:yes" in s.signatures["ter"]
    assert corpus_scores([], [], "vi") is None


# --- the reference as evidence --------------------------------------------

def test_reference_decides_the_concept(refset):
    vi = version({"article": refset}, "article", "vi.txt")
    title = para(vi, "Khách hàng hay")
    assert [(f.start, f.concept, f.replacement) for f in title] == [(0, "client", "Thân chủ")]
    ev = title[0].evidence[0]
    assert (ev.rule, ev.version, ev.term) == ("reference", "vi.ref.txt", "Thân chủ")
    assert title[0].confidence > 0.85          # above any pivot
    ka = version({"article": refset}, "article", "ka.txt")
    assert {f.concept for f in ka.findings} == {"customer"}
    assert all(f.evidence[0].rule == "reference" for f in vi.findings + ka.findings)


def test_reference_overrides_a_pivot_where_they_disagree(refset, termbase, tmp_path):
    # without the reference the Indonesian pivot decides, wrongly, in the last two paragraphs
    folder = tmp_path / "c" / "set"
    folder.mkdir(parents=True)
    for name in ("vi.txt", "id.txt"):
        shutil.copy(ARTICLE / name, folder / name)
    (plain,) = audit_corpus(tmp_path / "c", termbase)
    vi_plain = version({"set": plain}, "set", "vi.txt")
    assert [(f.concept, f.evidence[0].rule) for f in para(vi_plain, "Một khách hàng trả")] == [("client", "pivot")]
    assert para(vi_plain, "Hãy đối xử") == []
    # with it, the reference wins both ways: a finding the pivot missed, none where it was wrong
    vi = version({"article": refset}, "article", "vi.txt")
    assert [(f.concept, f.evidence[0].rule) for f in para(vi, "Hãy đối xử")] == [("client", "reference")]
    assert para(vi, "Một khách hàng trả") == []
    assert refset.versions[[v.version.label for v in refset.versions].index("vi.ref.txt")].version.is_reference


def test_a_collapsing_reference_is_reported_and_left_to_the_pivot(termbase, tmp_path):
    folder = tmp_path / "c" / "set"
    folder.mkdir(parents=True)
    for name in ("vi.txt", "id.txt"):
        shutil.copy(ARTICLE / name, folder / name)
    ref = (ARTICLE / "vi.ref.txt").read_text(encoding="utf-8")
    # the post-editor missed the collapse in the fourth paragraph
    ref = ref.replace("nhưng thân chủ ở lại", "nhưng khách hàng ở lại")
    (folder / "vi.ref.txt").write_text(ref, encoding="utf-8")
    (result,) = audit_corpus(tmp_path / "c", termbase)
    q = result.quality[0]
    vi = version({"set": result}, "set", "vi.txt")
    fourth = next(s.index for s in vi.sentences if s.text.startswith("Khách hàng đến"))
    assert q.reference_collapses == [fourth]
    got = para(vi, "Khách hàng đến")
    assert [(f.term, f.concept, f.evidence[0].rule) for f in got] == [("khách hàng", "client", "pivot")]
    assert got[0].note.endswith("the reference vi.ref.txt collapses this distinction here too")
    assert all("reference" not in f.note for f in vi.findings if f not in got)


def test_reference_is_not_a_pivot_for_other_languages(termbase, tmp_path):
    def georgian(names):
        folder = tmp_path / "-".join(names) / "set"
        folder.mkdir(parents=True)
        for name in names:
            shutil.copy(ARTICLE / name, folder / name)
        (result,) = audit_corpus(folder.parent, termbase)
        ka = version({"set": result}, "set", "ka.txt")
        return [(f.start, f.concept, [(e.rule, e.version) for e in f.evidence]) for f in ka.findings]
    without = georgian(["ka.txt", "id.txt", "vi.txt"])
    assert without and georgian(["ka.txt", "id.txt", "vi.txt", "vi.ref.txt"]) == without


# --- bilingual: a post-edited copy of a PO file -----------------------------

PO = '''msgid ""
msgstr ""
"Language: vi\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Client or customer?"
msgstr "{0} hay khách hàng?"

msgid "Every client gets a lawyer, every customer a receipt."
msgstr "Mỗi {1} có một luật sư, mỗi khách hàng có một biên lai."
'''


def test_post_edited_po_copy_is_paired_by_unit(termbase, tmp_path):
    folder = tmp_path / "c" / "app"
    folder.mkdir(parents=True)
    (folder / "vi.po").write_text(PO.format("Khách hàng", "khách hàng"), encoding="utf-8")
    (folder / "vi.ref.po").write_text(PO.format("Thân chủ", "thân chủ"), encoding="utf-8")
    (result,) = audit_corpus(tmp_path / "c", termbase)
    labels = [v.version.label for v in result.versions]
    assert labels == ["vi.po (source)", "vi.po (target)", "vi.ref.po (target)"]
    (q,) = result.quality
    assert q.label == "vi.po (target)" and len(q.pairs) == 2 and q.fixed.chrf == 100.0
    target = version({"app": result}, "app", "vi.po (target)")
    assert [(f.replacement, f.evidence[0].rule) for f in target.findings] == [("Thân chủ", "reference"),
                                                                             ("thân chủ", "reference")]
    s = compare_files(folder / "vi.po", folder / "vi.ref.po")
    assert s.pairs == 2 and s.chrf == pytest.approx(q.scores.chrf)


# --- reports -----------------------------------------------------------------

def run_cli(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("refcorpus")
    shutil.copytree(ARTICLE, corpus / "article")
    res = run_cli("run", corpus, "--out", corpus / "rep", "--quiet")
    assert res.exit_code == 0, res.output
    return corpus, res


def test_run_prints_quality_per_file(reports):
    _, res = reports
    assert "article/vi.txt vs vi.ref.txt: chrF++" in res.stdout.replace("\n", " ")
    assert "if all fixes accepted" in res.stdout


def test_summary_quality_block_and_chart(reports, refset):
    corpus, _ = reports
    path = corpus / "rep" / "audit.xlsx"
    rows = list(openpyxl.load_workbook(path, read_only=True)["Summary"].iter_rows(values_only=True))
    top = next(i for i, r in enumerate(rows) if r[0] and str(r[0]).startswith("Quality against references"))
    lang_header = rows[top + 2]
    assert list(lang_header[:6]) == ["Language", "Files", "chrF++", "BLEU", "TER", "Aligned pairs"]
    by_lang = {r[0]: r for r in rows[top + 3:top + 5]}
    q = quality(refset, "vi.txt")
    assert by_lang["vi"][2:6] == (round(q.scores.chrf, 2), round(q.scores.bleu, 2), round(q.scores.ter, 2), 6)
    assert by_lang["vi"][7] == round(q.fixed.chrf, 2)
    file_row = next(r for r in rows[top:] if r[1] == "vi.txt" and r[2] == "vi.ref.txt")
    vi = version({"article": refset}, "article", "vi.txt")
    assert file_row[8] == round(len(vi.findings) * 1000 / vi.words, 2)
    assert any(r[1] and "nw:2" in str(r[1]) for r in rows[top:])          # chrF++ signature
    with zipfile.ZipFile(path) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    # one MT file with a reference is one point: no scatter chart, the table says it
    assert not any("<c:scatterChart>" in c for c in charts)


def test_alignment_sheet_has_sentence_chrf(reports, refset):
    corpus, _ = reports
    ws = openpyxl.load_workbook(corpus / "rep" / "audit.xlsx", read_only=True)["Alignment"]
    rows = list(ws.iter_rows(values_only=True))
    cols = [i for i, h in enumerate(rows[0]) if h == "chrF++ vs reference"]
    assert len(cols) == 2                        # one per MT file with a reference
    names = next(r for r in rows if r[1] == "versions")
    for c in cols:
        mt = names[c].split(" vs ")[0]
        values = sorted(r[c] for r in rows[1:] if isinstance(r[c], (int, float)))
        assert values == sorted(round(p.chrf, 2) for p in quality(refset, mt).pairs)
    assert {names[c] for c in cols} == {"vi.txt vs vi.ref.txt", "ka.txt vs ka.ref.txt"}


def test_json_carries_quality(reports, refset):
    corpus, _ = reports
    data = json.loads((corpus / "rep" / "findings.json").read_text(encoding="utf-8"))
    got = {d["file"]: d for d in data["quality"]}
    assert got["vi.txt"]["scores"]["chrf"] == round(quality(refset, "vi.txt").scores.chrf, 2)
    assert got["ka.txt"]["reference"] == "ka.ref.txt" and got["ka.txt"]["scores"]["pairs"] == 6


def test_apply_reports_chrf_and_ter_before_and_after(reports):
    corpus, _ = reports
    report = corpus / "rep" / "audit.xlsx"
    wb = openpyxl.load_workbook(report)
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, header.index("File") + 1).value == "vi.txt":
            ws.cell(r, header.index("Decision") + 1).value = "accept"
    reviewed = corpus / "rep" / "reviewed.xlsx"
    wb.save(reviewed)
    res = run_cli("apply", reviewed, "--out", corpus / "fixed")
    assert res.exit_code == 0, res.output
    before = compare_files(corpus / "article" / "vi.txt", corpus / "article" / "vi.ref.txt", "vi")
    after = compare_files(corpus / "fixed" / "article" / "vi.txt", corpus / "article" / "vi.ref.txt", "vi")
    line = next(l for l in res.output.splitlines() if l.startswith("quality  vi.txt"))
    assert f"chrF++ {before.chrf:.1f} -> {after.chrf:.1f}" in line
    assert f"TER {before.ter:.1f} -> {after.ter:.1f}" in line
    assert after.chrf > before.chrf and after.ter < before.ter
    assert "ka.txt" not in res.output          # no fix accepted there: nothing to report


def test_default_corpus_reference(corpus_results):
    (q,) = corpus_results["client-vs-customer"].quality
    assert (q.label, q.reference_label) == ("vi.txt", "vi.ref.txt")
    assert q.unaligned_hyp == q.unaligned_ref == 0
    # the reference differs from the MT only in the collapsed words, and the
    # suggestions fix exactly those
    assert q.scores.chrf < 95 and q.fixed.chrf == 100.0 and q.fixed.ter == 0.0
    ref = version(corpus_results, "client-vs-customer", "vi.ref.txt")
    assert ref.version.is_reference and ref.findings == []


def test_lexical_alignment_of_long_files_skips_what_the_post_editor_dropped():
    from audit.align.dp import align_sequences
    from audit.report.metrics import LexicalScorer, _profile
    hyp = [l for l in (ARTICLE / "vi.txt").read_text(encoding="utf-8").splitlines() if l.strip()] * 8
    ref = [l for l in (ARTICLE / "vi.ref.txt").read_text(encoding="utf-8").splitlines() if l.strip()] * 8
    del ref[20], ref[30]                      # the post-editor dropped two paragraphs
    pa, pb = [_profile(t) for t in hyp], [_profile(t) for t in ref]
    a, b = list(range(len(pa))), list(range(len(pb)))
    full = align_sequences(LexicalScorer(pa).against(pb), a, b)
    assert len(full) == len(ref) and all(len(g.a) == len(g.b) == 1 for g in full)


def test_manifest_reference_of_a_bilingual_file_joins_its_set(tmp_path):
    folder = tmp_path / "c" / "app"
    folder.mkdir(parents=True)
    (folder / "app.po").write_text(PO.format("Khách hàng", "khách hàng"), encoding="utf-8")
    (folder / "app-postedit.po").write_text(PO.format("Thân chủ", "thân chủ"), encoding="utf-8")
    (folder / "set.toml").write_text('[references]\n"app.po" = "app-postedit.po"\n', encoding="utf-8")
    (aset,) = discover(tmp_path / "c")
    assert [(s.path.name, s.is_reference) for s in aset.files] == [("app.po", False), ("app-postedit.po", True)]
    (folder / "set.toml").write_text('[references]\nxx = "app-postedit.po"\n', encoding="utf-8")
    with pytest.raises(Exception, match="unknown language 'xx'"):
        discover(tmp_path / "c")


def test_bilingual_reference_without_its_file_is_an_input_error(tmp_path):
    folder = tmp_path / "c" / "app"
    folder.mkdir(parents=True)
    (folder / "vi.ref.po").write_text(PO.format("Thân chủ", "thân chủ"), encoding="utf-8")
    res = run_cli("run", tmp_path / "c", "--out", tmp_path / "rep", "--quiet")
    assert res.exit_code == 2 and "vi.ref.po" in res.stderr and "'vi.po' is not a file" in res.stderr
    assert "Traceback" not in res.output and not (tmp_path / "rep").exists()


def test_pair_statistics_give_sacrebleus_own_scores():
    """Scores from kept per-pair statistics (a pair's chrF++, the corpus with
    some hypotheses changed) equal sacrebleu computing them afresh."""
    from sacrebleu.metrics import BLEU, CHRF, TER
    from audit.report.metrics import PairStatistics, corpus_scores
    hyps = ["Khách hàng mua hàng.", "Khách hàng cần được chăm sóc riêng.", "Dịch vụ khách hàng tốt."]
    refs = ["Người mua mua hàng.", "Thân chủ cần được chăm sóc riêng.", "Dịch vụ khách hàng tốt."]
    stats = PairStatistics(hyps, refs, "vi")
    assert stats.chrf(1) == CHRF(word_order=2).sentence_score(hyps[1], [refs[1]]).score
    changed = {1: "Thân chủ cần được chăm sóc riêng."}
    got = stats.scores(changed)
    fixed = [changed.get(i, h) for i, h in enumerate(hyps)]
    assert got.chrf == CHRF(word_order=2).corpus_score(fixed, [refs]).score
    assert got.bleu == BLEU().corpus_score(fixed, [refs]).score
    assert got.ter == TER().corpus_score(fixed, [refs]).score
    assert stats.scores().chrf == corpus_scores(hyps, refs, "vi").chrf < got.chrf
