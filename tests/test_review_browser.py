"""review.html in a real browser: Debian's headless Chromium driven by
Selenium, the page opened from file:// with the network switched off. A
reviewer moves through the findings by keyboard, accepts, rejects, edits,
comments and undoes, exports the decisions; `audit apply` writes them and
`audit run --decisions` carries every one into the next reports.

Skipped where chromium and chromium-driver are not installed; .ci/run
installs them (apt-get install chromium chromium-driver)."""
import importlib.util
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.report import write_reports
from conftest import CORPUS, ROOT

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the test extra)")
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
runner = CliRunner()


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    yield driver
    driver.quit()


def open_page(driver, page: Path, downloads: Path | None = None):
    """The page from file://, with the network off (and downloads going to `downloads`)."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
    if downloads is not None:
        downloads.mkdir(parents=True, exist_ok=True)
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.get(page.resolve().as_uri())
    driver.get_log("browser")            # the log from here on is this page's
    wait(driver, lambda d: d.find_element(By.ID, "counts").text)


def wait(driver, condition, timeout=10):
    return WebDriverWait(driver, timeout).until(condition)


def keys(driver, *sequence):
    for k in sequence:
        driver.switch_to.active_element.send_keys(k)


def current(driver) -> str | None:
    return driver.execute_script("return window.reviewPage.current()")


def counts(driver) -> dict:
    return {k: int(driver.find_element(By.ID, f"c-{k}").text) for k in ("shown", "open", "accept", "reject", "edit")}


def errors(driver) -> list:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "corpora"
    shutil.copytree(CORPUS, c, ignore=shutil.ignore_patterns("README.md"))
    return c


def audit_run(corpus: Path, out: Path, *extra):
    res = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet", "--align", "structure", *extra])
    assert res.exit_code == 0, res.output
    return res


def test_the_page_opens_offline_and_shows_every_finding(browser, corpus_results, tmp_path, termbase):
    results = list(corpus_results.values())
    write_reports(results, tmp_path, ["html", "json"], {"corpus": str(CORPUS)}, termbase)
    ids = [f["id"] for f in json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))["findings"]]
    open_page(browser, tmp_path / "review.html")
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0   # nothing fetched
    assert counts(browser) == {"shown": len(ids), "open": len(ids), "accept": 0, "reject": 0, "edit": 0}
    heads = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#colheads .colhead")]
    assert heads and all(" · " in h for h in heads)          # language and file on every column
    seen = []
    for _ in ids:                        # j through every finding: each is drawn, highlighted and shown
        keys(browser, "j")
        fid = current(browser)
        span = browser.find_element(By.CSS_SELECTOR, ".f.cur")
        assert span.is_displayed() and span.text and span.text in browser.find_element(By.ID, "panel").text
        seen.append(fid)
    assert sorted(seen) == sorted(ids) and len(set(seen)) == len(ids)
    keys(browser, "k", Keys.ARROW_UP, Keys.ARROW_DOWN)
    assert current(browser) == seen[-2]
    # the Georgian and Vietnamese versions beside the Indonesian pivot, language names on the columns
    # (the heads above the rows follow the set on screen)
    labels = browser.execute_script(
        "return Array.from(document.querySelectorAll('#colheads .colhead')).map(e => e.textContent)")
    assert any(t.startswith("Indonesian · id.txt · pivot") for t in labels)
    assert any(t.startswith("Georgian · ka.txt") for t in labels) and any(t.startswith("Vietnamese · vi.txt") for t in labels)
    keys(browser, "?")
    assert browser.find_element(By.ID, "help").is_displayed()
    keys(browser, Keys.ESCAPE)
    assert not browser.find_element(By.ID, "help").is_displayed()
    # evidence one click away: a click on a highlighted word shows its rule and version
    other = browser.find_element(By.CSS_SELECTOR, ".f:not(.cur)")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", other)
    other.click()
    assert current(browser) != seen[-2]
    panel = browser.find_element(By.ID, "panel").text
    assert "EVIDENCE" in panel.upper() and "confidence" in panel
    assert errors(browser) == []


def test_filters_and_counts(browser, corpus_results, tmp_path, termbase):
    results = list(corpus_results.values())
    write_reports(results, tmp_path, ["html", "json"], {"corpus": str(CORPUS)}, termbase)
    findings = json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))["findings"]
    minor = {f["id"] for f in findings if f["severity"] == "minor"}
    open_page(browser, tmp_path / "review.html")
    Select(browser.find_element(By.ID, "f-severity")).select_by_value("minor")
    assert counts(browser)["shown"] == len(minor)
    got = {current(browser)}                  # a filter moves to the first finding it shows
    for _ in range(len(minor) - 1):
        keys(browser, "j")
        got.add(current(browser))
    assert got == minor
    keys(browser, "j")                        # no more: it stays
    assert current(browser) in minor
    Select(browser.find_element(By.ID, "f-lang")).select_by_value("ka")
    assert counts(browser)["shown"] == sum(f["severity"] == "minor" and f["lang"] == "ka" for f in findings)
    browser.find_element(By.ID, "f-rows").click()           # only the rows holding such findings
    rows = browser.find_elements(By.CSS_SELECTOR, ".row")
    assert 0 < len(rows) <= counts(browser)["shown"]
    assert errors(browser) == []


def test_review_export_apply_and_rerun_keep_every_decision(browser, corpus, tmp_path):
    out = tmp_path / "reports"
    audit_run(corpus, out)
    downloads = tmp_path / "downloads"
    open_page(browser, out / "review.html", downloads)
    total = counts(browser)["shown"]
    keys(browser, "j")
    first = current(browser)
    keys(browser, "a")                                   # accept; the page moves on
    second = current(browser)
    assert second != first
    keys(browser, "r")
    third = current(browser)
    keys(browser, "e")                                   # edit: the whole sentence, from the suggestion
    box = browser.switch_to.active_element
    assert box.tag_name == "textarea" and box.get_attribute("value")
    suggested = box.get_attribute("value")
    edited = suggested + " (checked)"
    box.send_keys(Keys.END, " (checked)", Keys.ENTER)
    keys(browser, "c")
    browser.switch_to.active_element.send_keys("asked the author", Keys.ENTER)
    keys(browser, "j")
    fourth = current(browser)
    keys(browser, "r", "u")                              # undo takes the rejection back
    assert current(browser) == fourth
    keys(browser, "k", "k", "k")
    assert current(browser) == first
    assert counts(browser) == {"shown": total, "open": total - 3, "accept": 1, "reject": 1, "edit": 1}
    # kept in the browser: a reload shows the same decisions
    browser.refresh()
    wait(browser, lambda d: d.find_element(By.ID, "counts").text)
    assert counts(browser) == {"shown": total, "open": total - 3, "accept": 1, "reject": 1, "edit": 1}

    keys(browser, "x")
    target = downloads / "decisions.json"
    wait(browser, lambda d: target.is_file() and target.stat().st_size > 0)
    decisions = json.loads(target.read_text(encoding="utf-8"))
    got = {fid: (d["decision"], d["edited"], d["comment"]) for fid, d in decisions["decisions"].items()}
    assert got == {first: ("accept", "", ""), second: ("reject", "", ""), third: ("edit", edited, "asked the author")}
    assert errors(browser) == []

    # apply: the accepted word and the edited sentence land in the files; the rejected one does not
    before = {p: p.read_bytes() for p in corpus.rglob("*.txt")}
    res = runner.invoke(app, ["apply", str(out / "audit.xlsx"), "--decisions", str(target), "--in-place"])
    assert res.exit_code == 0, res.output
    assert "2 applied, 0 skipped, 0 already applied, 1 rejected" in res.output
    found = json.loads((out / "findings.json").read_text(encoding="utf-8"))["findings"]
    by_id = {f["id"]: f for f in found}
    for fid, expect in ((first, None), (third, edited)):
        f = by_id[fid]
        path = Path(f["path"])
        text = path.read_text(encoding="utf-8")
        old = before[path].decode("utf-8")
        if expect is None:
            assert text == old[:f["start"]] + f["replacement"] + old[f["end"]:]
        else:
            assert expect in text and f["sentence"] not in text
    changed = {p for p in before if p.read_bytes() != before[p]}
    assert changed == {Path(by_id[first]["path"]), Path(by_id[third]["path"])}

    # the next run keeps every decision: on its finding where it is still raised, on Gone where it was fixed
    audit_run(corpus, out, "--decisions", str(target))
    wb = openpyxl.load_workbook(out / "audit.xlsx", read_only=True)
    kept = {}
    for sheet in ("Findings", "Gone"):
        if sheet in wb.sheetnames:
            it = wb[sheet].iter_rows(values_only=True)
            hdr = next(it)
            for r in it:
                row = dict(zip(hdr, r))
                if row["Decision"] or row["Comment"]:
                    kept[row["ID"]] = (row["Decision"], row["Edited text"] or "", row["Comment"] or "", sheet)
    wb.close()
    assert {k: v[:3] for k, v in kept.items()} == got
    assert kept[second][3] == "Findings" and kept[first][3] == "Gone"
    # and the page written again shows the decisions still on a finding
    open_page(browser, out / "review.html")
    assert counts(browser)["reject"] == 1


def test_corpus_text_stays_text(browser, tmp_path, termbase):
    from audit.report.synthetic import build_set
    hostile = ['Khách hàng</script><script>window.pwned=1</script> và khách hàng <img src=x onerror="window.pwned=2">'
               ' \u202eabc\u202c 😀 khách hàng']
    sr = build_set(tmp_path / "in", ["Client and customer and client."], hostile, termbase=termbase)
    write_reports([sr], tmp_path, ["html"], {}, termbase)
    open_page(browser, tmp_path / "review.html")
    assert browser.execute_script("return window.pwned") is None
    assert browser.execute_script("return document.querySelectorAll('#chunks img, #chunks script').length") == 0
    cell = browser.find_elements(By.CSS_SELECTOR, ".row .cell")[1]
    assert "</script><script>window.pwned=1</script>" in cell.text and "<img src=x" in cell.text
    assert cell.find_element(By.CSS_SELECTOR, ".ctl").text == "RLO"        # shown, not obeyed
    keys(browser, "j", "j", "j")
    assert browser.find_element(By.CSS_SELECTOR, ".f.cur").text == "khách hàng"   # offsets right past the emoji
    assert errors(browser) == []


def test_a_large_page_draws_only_what_is_on_screen(browser, tmp_path, termbase):
    spec = importlib.util.spec_from_file_location("bench_report", ROOT / "bench" / "bench_report.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    write_reports(bench.synthetic_results(3000), tmp_path, ["html"], {}, termbase)
    open_page(browser, tmp_path / "review.html")
    assert counts(browser)["shown"] == 3000
    assert len(browser.find_elements(By.CSS_SELECTOR, ".row")) < 400
    browser.execute_script("var d = document.getElementById('doc'); d.scrollTop = d.scrollHeight;")
    try:
        wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, '.row[data-r="2999"]'), timeout=5)
    except TimeoutException:
        pytest.fail("the last rows were not drawn after scrolling to the end")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".row")) < 400
    keys(browser, "k")                                       # from nothing, k goes to the last finding
    assert current(browser) == "F00002999"
    assert browser.find_element(By.CSS_SELECTOR, ".f.cur").is_displayed()
    assert errors(browser) == []


def test_a_bilingual_file_is_a_unit_list(browser, tmp_path):
    from conftest import po
    path = po(tmp_path, "vi", [("Client and customer", "Khách hàng và khách hàng"), ("Save", "Lưu"),
                               ("Open file", "Mở tệp")])
    res = runner.invoke(app, ["check", str(path), "--format", "html"])
    assert res.exit_code == 1
    page = tmp_path / "review.html"
    page.write_text(res.stdout, encoding="utf-8")
    open_page(browser, page)
    keys(browser, "j")
    rows = browser.find_elements(By.CSS_SELECTOR, ".row")
    assert len(rows) == 1 and rows[0].find_element(By.CSS_SELECTOR, ".gut").text == "Client and customer"   # the unit id
    assert "2 other units not shown" in browser.find_element(By.CSS_SELECTOR, ".sethead").text
    heads = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#colheads .colhead")]
    assert heads[0].startswith("English · vi.po (source)") and heads[1].startswith("Vietnamese · vi.po (target)")
    assert "unit Client and customer" in browser.find_element(By.ID, "panel").text
    assert errors(browser) == []
