import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"


@pytest.fixture(scope="session", autouse=True)
def signing_home(tmp_path_factory):
    """The report signing key and corpus records (report/signing.py) live in a
    folder of the test session, never in the user's ~/.config; set in the
    environment so the CLI's subprocesses use it too."""
    import os
    from audit.report.signing import HOME_ENV
    old = os.environ.get(HOME_ENV)
    os.environ[HOME_ENV] = str(tmp_path_factory.mktemp("signing-home"))
    yield Path(os.environ[HOME_ENV])
    if old is None:
        os.environ.pop(HOME_ENV, None)
    else:
        os.environ[HOME_ENV] = old


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


def resign(report):
    """Sign a hand-edited workbook again with this session's key, as if whoever
    edited it held the key: for tests of the checks that stand behind the
    signature (paths, input list, sha256), which must hold on their own."""
    import openpyxl
    from audit.report.cells import MARKER_SHEET, SIGNED_COLUMNS
    from audit.report.signing import key, sign
    k = key()
    wb = openpyxl.load_workbook(report)
    marker = wb[MARKER_SHEET]
    info = {r[0].value: r for r in marker.iter_rows()}
    report_id = info["report id"][1].value or ""
    for name in (info["findings sheets"][1].value or "").split("\n"):
        ws = wb[name]
        header = [c.value for c in ws[1]]
        for row in ws.iter_rows(min_row=2):
            values = [row[header.index(h)].value for h in SIGNED_COLUMNS]
            row[header.index("_sig")].value = sign(k, [report_id, *values])
    if "_references" in wb.sheetnames:
        cells = [c for r in wb["_references"].iter_rows(values_only=True) for c in r[:3]]
        info["references"][1].value = sign(k, [report_id, "references", *cells]) if cells else None
    signed = []
    for r in marker.iter_rows(values_only=True):
        if r and r[0] != "signature":
            signed += list((tuple(r) + (None, None, None))[:3])
    info["signature"][1].value = sign(k, signed)
    wb.save(report)
