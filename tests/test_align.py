from pathlib import Path

import pytest

from audit.align import Embedder, align_pair
from audit.files.readers import read_file
from audit.text.segment import split_version

SET = Path(__file__).resolve().parent.parent / "corpora" / "client-vs-customer"


@pytest.fixture(scope="module")
def sentences():
    return {lang: split_version(read_file(SET / f"{lang}.txt", lang)[0]) for lang in ("id", "vi", "ka")}


@pytest.fixture(scope="module")
def embedder():
    return Embedder()


def pairs(groups):
    return {(g.a, g.b) for g in groups}


def test_id_vi_monotone_pairs_and_reordered_bullet(sentences, embedder):
    groups = align_pair(sentences["id"], sentences["vi"], embedder)
    got = pairs(groups)
    # title, a body sentence, the question heading
    assert {((0,), (0,)), ((1,), (1,)), ((14,), (14,)), ((25,), (25,))} <= got
    # the Vietnamese moved the first closing bullet into the next paragraph
    assert ((26,), (27,)) in got
    # every Indonesian sentence is aligned at most once
    a_ids = [i for g in groups for i in g.a]
    assert len(a_ids) == len(set(a_ids))


def test_id_ka_skips_web_junk(sentences, embedder):
    ka = sentences["ka"]
    groups = align_pair(sentences["id"], ka, embedder)
    aligned_ka = {j for g in groups for j in g.b}
    junk = [s.index for s in ka if s.text.startswith("ვიდეო:")]
    assert junk and not aligned_ka & set(junk)
    title = next(g for g in groups if g.a == (0,))
    assert ka[title.b[0]].text == "სხვაობა კლიენტსა და მომხმარებელს შორის"
    # pairs the structure decided carry no similarity; the model's pairs a high one
    assert all(g.score is None or 0.8 < g.score <= 1.0 for g in groups)


def test_embedder_embeds_each_text_once(embedder):
    e = Embedder()
    e.vectors(["a b", "c d", "a b"])
    e.vectors(["a b"])
    assert e.embedded == 2


def test_model_threads_are_the_free_cores_unless_the_user_set_them():
    import os
    import subprocess
    import sys
    code = ("import os; from audit.align.embed import _load_model, free_cores; "
            "n = free_cores(); _load_model(); print(n, os.environ['OMP_NUM_THREADS'])")
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    free, threads = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                   check=True).stdout.split()
    assert 1 <= int(free) <= (os.cpu_count() or 1) and abs(int(threads) - int(free)) <= 1   # the load may move
    out = subprocess.run([sys.executable, "-c", code], env={**env, "OMP_NUM_THREADS": "1"}, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out[1] == "1"


def test_threads_once_set_cost_nothing_per_batch(monkeypatch):
    # the free-core sampling sleeps; it must run once, not for every batch the aligner embeds
    from audit.align import embed
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    monkeypatch.setattr(embed, "free_cores", lambda: (_ for _ in ()).throw(AssertionError("sampled again")))
    e = Embedder()
    e.vectors(["one batch"])
    e.vectors(["another batch"])
    assert e.embedded == 2
