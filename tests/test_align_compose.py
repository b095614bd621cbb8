"""A reference is aligned to other languages through its own MT."""
from pathlib import Path

from audit.align import Embedder
from audit.align.compose import through
from audit.files.corpus import discover
from audit.model import AlignedGroup
from audit.run.pipeline import audit_versions, load_versions
from audit.terms.termbase import load_termbase

ROOT = Path(__file__).resolve().parent.parent


def test_groups_follow_the_hub_and_join_where_they_meet():
    # versions: 0 = reference, 1 = its MT (the hub), 2 = another language
    alignments = {
        (0, 1): [AlignedGroup((0,), (0,), 0.9), AlignedGroup((1,), (1, 2), 0.8), AlignedGroup((2,), (3,), 0.7)],
        (1, 2): [AlignedGroup((0,), (0,), None), AlignedGroup((1,), (1,), 0.95), AlignedGroup((2, 3), (2,), 0.91)],
    }
    got = through(alignments, 0, 2, hub=1)
    # reference 1 went with MT 1-2, which went with 1 and 2 of the other
    # language; MT 3 joins reference 2 to the same sentence 2
    assert [(g.a, g.b) for g in got] == [((0,), (0,)), ((1, 2), (1, 2))]
    assert got[0].score is None              # the structure decided: nothing measured
    assert got[1].score == 0.91              # the lowest measured score of what was joined


def test_a_sentence_the_hub_left_out_stays_out():
    alignments = {(0, 1): [AlignedGroup((0,), (0,), 0.9), AlignedGroup((1,), (1,), 0.9)],
                  (1, 2): [AlignedGroup((0,), (0,), 0.9)]}
    assert [(g.a, g.b) for g in through(alignments, 0, 2, hub=1)] == [((0,), (0,))]


def test_seed_reference_is_never_embedded():
    aset = next(a for a in discover(ROOT / "corpora") if a.name == "client-vs-customer")
    versions = load_versions(aset.files)
    ref = next(i for i, v in enumerate(versions) if v.is_reference)
    emb = Embedder()
    result = audit_versions(aset.name, versions, load_termbase(), emb)
    ref_texts = {s.text for s in result.versions[ref].sentences}
    mt_texts = {s.text for r in result.versions if not r.version.is_reference for s in r.sentences}
    assert not (set(emb._cache) & (ref_texts - mt_texts))
    other = next(i for i, v in enumerate(versions) if v.lang == "id")
    key = (min(ref, other), max(ref, other))
    assert len(result.alignments[key]) >= 0.9 * len(result.versions[ref].sentences)
