from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"


@pytest.fixture(scope="session")
def termbase():
    from audit.termbase import load_termbase
    return load_termbase()


@pytest.fixture(scope="session")
def corpus_results(termbase):
    from audit.pipeline import audit_corpus
    return {r.name: r for r in audit_corpus(CORPUS, termbase)}


def version(results, set_name, label):
    return next(v for v in results[set_name].versions if v.version.label == label)
