import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"


@pytest.fixture(scope="session")
def termbase():
    from audit.terms.termbase import load_termbase
    return load_termbase()


@pytest.fixture(scope="session")
def corpus_results(termbase):
    from audit.run.api import audit_corpus
    return {r.name: r for r in audit_corpus(CORPUS, termbase)}


def version(results, set_name, label):
    return next(v for v in results[set_name].versions if v.version.label == label)


def scale_corpus():
    """bench/scale_corpus.py (real Russian software strings, made unique): the
    translation memories the scale benchmark and its tests use."""
    spec = importlib.util.spec_from_file_location("scale_corpus", ROOT / "bench" / "scale_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def po(tmp_path, lang, pairs):
    """A minimal PO file of (msgid, msgstr) pairs in `lang`, written under tmp_path."""
    body = "".join(f'msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs)
    path = tmp_path / f"{lang}.po"
    path.write_text(f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    + body, encoding="utf-8")
    return path
