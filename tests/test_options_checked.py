"""Options are checked before any work (issue 19): a confidence outside 0..1
is an error, not a silent "no findings"; domain names are case-insensitive."""
import shutil

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.errors import InputError
from audit.run.api import check_files
from conftest import CORPUS

runner = CliRunner()


@pytest.mark.parametrize("value", ["2", "-0.1", "1.5", "nan"])
@pytest.mark.parametrize("command", ["run", "check"])
def test_min_confidence_outside_0_1_is_refused(tmp_path, value, command):
    target = CORPUS / "ru-client-or-customer.txt" if command == "check" else CORPUS
    args = [command, str(target), "--min-confidence", value]
    if command == "run":
        args += ["--out", str(tmp_path / "rep")]
    res = runner.invoke(app, args)
    assert res.exit_code == 2, res.output
    assert res.output.count("\n") == 1 and "--min-confidence must be between 0 and 1" in res.output
    assert not (tmp_path / "rep").exists()


def test_min_confidence_bounds_in_the_library():
    with pytest.raises(InputError, match="between 0 and 1"):
        check_files(CORPUS / "ru-client-or-customer.txt", min_confidence=2)


@pytest.mark.parametrize("name", ["Legal", "LEGAL", " legal "])
def test_domain_names_ignore_case(tmp_path, name):
    c = tmp_path / "c"
    c.mkdir()
    shutil.copy(CORPUS / "ru-client-or-customer.txt", c)
    res = runner.invoke(app, ["run", str(c), "--out", str(tmp_path / "rep"), "--domain", name, "--quiet",
                              "--align", "structure", "--formats", "json"])
    assert res.exit_code == 0, res.output
    assert '"domain": "legal"' in (tmp_path / "rep" / "findings.json").read_text(encoding="utf-8")
    res = runner.invoke(app, ["check", str(c / "ru-client-or-customer.txt"), "--domain", name, "--align", "structure"])
    assert res.exit_code in (0, 1), res.output


def test_unknown_domain_still_refused(tmp_path):
    res = runner.invoke(app, ["check", str(CORPUS / "ru-client-or-customer.txt"), "--domain", "Legall"])
    assert res.exit_code == 2 and "unknown domain 'Legall'" in res.output
