"""Language identification on the letters of running prose, and a language
given by --lang or the file name that the text contradicts: exit 2 with one
line (or --force), never a silent "no findings"."""
import shutil

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.text.langdetect import detect_language, prose
from conftest import CORPUS

runner = CliRunner()
SET = CORPUS / "client-vs-customer"

# A Chinese page about client vs customer with code and API names: it has
# more Latin letters than Han (286 to 43), and was detected as English.
ZH_PAGE = """客户和客户的区别
在 REST API 中，我们用 customer_id 和 client_id 区分两类用户。
```python
def get_customer(customer_id: int) -> Customer:
    return session.query(Customer).filter(Customer.id == customer_id).first()
```
调用 getCustomerById() 或 ClientService.fetchAll() 返回 JSON 数据，参见 https://api.example.com/v2/customers?include=orders。
客户购买商品，客户接受专业服务。
HttpClient, OAuthClient, CustomerRepository, ClientCredentialsGrant, CustomerPortalSession.
"""


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_chinese_page_with_code_is_chinese(tmp_path):
    import regex
    assert len(regex.findall(r"\p{Latin}", ZH_PAGE)) > 5 * len(regex.findall(r"\p{Han}", ZH_PAGE))
    assert detect_language(ZH_PAGE) == "zh"
    page = tmp_path / "page.txt"
    page.write_text(ZH_PAGE, encoding="utf-8")
    res = invoke("check", page, "--format", "json")
    assert res.exit_code in (0, 1) and "cannot tell" not in res.output
    from audit.run.api import check_files
    assert check_files(page).versions[0].version.lang == "zh"


def test_prose_drops_code_urls_and_identifiers():
    kept = prose("Use client_id, getCustomer(), HttpClient and a.b.c at https://x.org/y or me@x.org.\n"
                 "```\nclient = Client()\n```\nплатит клиент")
    assert "client_id" not in kept and "getCustomer" not in kept and "HttpClient" not in kept
    assert "https" not in kept and "Client()" not in kept and "me@x" not in kept
    assert "Use" in kept and "платит клиент" in kept


@pytest.mark.parametrize("args, says", [
    # --lang ru on the Georgian seed: was exit 0 "no findings"
    (["--lang", "ru", SET / "ka.txt"], "text is in Georgian script, but its language is given as 'ru'"),
    (["--lang", "ka", CORPUS / "ru-client-or-customer.txt"], "text is in Cyrillic script, but its language is given as 'ka'"),
])
def test_script_contradicting_lang_is_exit_2(args, says):
    res = invoke("check", *args[2:], *args[:2])
    assert res.exit_code == 2, res.output
    assert res.output.count("\n") == 1 and says in res.output and "--force" in res.output


def test_vietnamese_in_ru_txt_is_exit_2(tmp_path):
    ru = tmp_path / "ru.txt"
    shutil.copy(SET / "vi.txt", ru)
    res = invoke("check", ru)
    assert res.exit_code == 2
    assert res.output.strip() == (f"audit: error: {ru}: text is in Latin script, but its language is given as 'ru' "
                                  "(Cyrillic script); fix --lang or the file name, or give --force")


def test_force_goes_on(tmp_path):
    ru = tmp_path / "ru.txt"
    shutil.copy(SET / "vi.txt", ru)
    res = invoke("check", ru, "--force")
    assert res.exit_code in (0, 1) and "error" not in res.output


def test_same_script_other_language_is_exit_2(tmp_path):
    """Vietnamese text named id.txt: both Latin, lingua decides clearly."""
    wrong = tmp_path / "id.txt"
    shutil.copy(SET / "vi.txt", wrong)
    res = invoke("check", wrong)
    assert res.exit_code == 2 and "text reads as 'vi', but its language is given as 'id'" in res.output


def test_run_refuses_a_mislabelled_file_before_writing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SET / "ka.txt", corpus / "ru.txt")
    res = invoke("run", corpus, "--out", tmp_path / "out", "--quiet")
    assert res.exit_code == 2 and "Georgian script" in res.output and not (tmp_path / "out").exists()
    res = invoke("run", corpus, "--out", tmp_path / "out", "--quiet", "--force")
    assert res.exit_code == 0


def test_seeds_pass_the_check():
    for p in CORPUS.rglob("*.txt"):
        res = invoke("check", p, "--format", "json")
        assert res.exit_code in (0, 1), (p, res.output)


def test_a_partly_translated_localisation_file_keeps_its_header_language():
    """Real Tryton zh_CN.po: its first units are Latin (names, untranslated
    strings), but its header says zh and Han letters are there: no refusal."""
    from pathlib import Path
    from audit.run.api import check_files
    path = Path(__file__).parent / "data/realworld/tryton-sale-opportunity/zh_CN.po"
    result = check_files(path)
    assert [v.version.lang for v in result.versions] == ["en", "zh"]
