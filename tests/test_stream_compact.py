"""Big bilingual files in compact form: the sentences and aligned groups of a
translation memory are int arrays, its reader keeps no object per unit once
the versions are built, and every result is what the object lists gave."""
from __future__ import annotations

import gc
import pickle
from pathlib import Path

import pytest

from audit.terms import domain
from audit.run import pipeline
from audit.text.compact import RangeGroups, Sentences
from audit.model import Sentence
from audit.files.readers import read_file
from audit.files.readers.bilingual import Unit
from audit.text.segment import split_version
from conftest import scale_corpus



@pytest.fixture(scope="module")
def memory(tmp_path_factory) -> Path:
    sc = scale_corpus()
    root = tmp_path_factory.mktemp("tm")
    rows = sc.units(3000)
    rows[10] = ("u10", "First sentence. Second one! A third?", "Первое. Второе! Третье?")   # several per unit
    rows[11] = ("u11", "One sentence only.", "Раз. Два.")                                # unequal runs
    sc.write_tmx(root / "memory.tmx", rows)
    return root


def _snapshot(result) -> list:
    return [({k: [(g.a, g.b, g.score) for g in v] for k, v in sorted(result.alignments.items())},
             [(vr.version.label, list(vr.sentences), vr.occurrences,
               [(c, [e.to_dict() for e in ev]) for c, ev in vr.inferred],
               [f.to_dict() for f in vr.findings], [o.to_dict() for o in vr.observations])
              for vr in result.versions], result.domain, result.domain_reason)]


def test_compact_sentences_are_the_list(memory):
    for v in read_file(memory / "memory.tmx", None, None):
        listed, compact = split_version(v), split_version(v, compact=True)
        assert isinstance(compact, Sentences)
        assert len(compact) == len(listed) > 3000
        assert compact == listed and list(compact) == listed
        assert [compact[i] for i in (0, 10, 11, 12, -1)] == [listed[i] for i in (0, 10, 11, 12, -1)]
        assert compact[5:9] == listed[5:9]
        assert list(compact.texts()) == [s.text for s in listed]
        assert pickle.loads(pickle.dumps(compact)) == listed
        with pytest.raises(IndexError):
            compact[len(listed)]


def test_compact_audit_is_the_listed_audit(memory, termbase, monkeypatch):
    versions = pipeline.load_versions([pipeline.FileSpec(memory / "memory.tmx", None)])
    compact = pipeline.audit_versions("tm", versions, termbase)
    assert isinstance(compact.versions[0].sentences, Sentences)
    assert all(isinstance(g, RangeGroups) for g in compact.alignments.values())
    assert len(compact.findings) > 50 and compact.observations
    real_split = pipeline.split_version
    monkeypatch.setattr(pipeline, "split_version", lambda v, compact=False: real_split(v))
    listed = pipeline.audit_versions("tm", versions, termbase)
    assert isinstance(listed.versions[0].sentences, list)
    assert _snapshot(compact) == _snapshot(listed)


def test_cue_counts_by_chunk_are_the_whole_join(monkeypatch):
    texts = ["The court heard the lawyer.", "Адвокат клиента", "", "lawyers, lawyers\nand court fees",
             "Cafe\u0301 menu: order, checkout, shipping"] * 7
    whole = domain.cue_counts(texts)
    monkeypatch.setattr(domain, "CUE_CHUNK", 3)
    assert domain.cue_counts(texts) == whole
    assert any(whole.values())


def test_reading_keeps_nothing_per_unit(memory):
    """With the cyclic collector off (as during a run), reading a TMX leaves
    no Unit alive, and compact sentences hold no Sentence objects."""
    def count() -> int:       # other tests' results may hold some: only new ones count
        return sum(1 for o in gc.get_objects() if isinstance(o, (Unit, Sentence)))

    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        before = count()
        versions = read_file(memory / "memory.tmx", None, None)
        sentences = [split_version(v, compact=True) for v in versions]
        after = count()
    finally:
        if was:
            gc.enable()
    assert sum(len(s) for s in sentences) > 6000
    assert after == before
