"""Load time of the review page (review.html) with N findings in headless Chromium.

    python bench/bench_review_page.py [--findings 10000] [--runs 3]

The page is written from the synthetic results bench_report.py uses (one
article pair, N flagged sentences) and opened from file:// with the network
off, in Debian's chromium driven by Selenium (apt-get install chromium
chromium-driver). Printed per run, in ms after navigation start: the
script's data parsed and the first rows drawn ("ready"), and the first frame
painted after that ("painted"), which is the load time (target: under 2 s for
10,000 findings). Then the page is scrolled from top to bottom in 40 steps
and moved through 200 findings by key, and the longest main-thread task
seen meanwhile is printed (a stall is a task over 100 ms), with how many
rows the document holds at most (only those near the screen are drawn).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900"):
        options.add_argument(arg)
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--findings", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from bench_report import synthetic_results
    from audit.report.review_page import write_review_page

    out = Path(tempfile.mkdtemp(prefix="bench-review-")) / "review.html"
    t = time.perf_counter()
    write_review_page(synthetic_results(args.findings), out, {})
    print(f"{args.findings:,} findings: page written in {time.perf_counter() - t:.2f} s, "
          f"{out.stat().st_size / 2**20:.1f} MB")

    driver = browser()
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        painted = []
        for run in range(1, args.runs + 1):
            driver.get("about:blank")
            t = time.perf_counter()
            driver.get(out.as_uri())
            while driver.execute_script("return window.reviewPage && window.reviewPage.painted") is None:
                time.sleep(0.01)
            wall = time.perf_counter() - t
            ready, paint = driver.execute_script("return [window.reviewPage.ready, window.reviewPage.painted]")
            painted.append(paint)
            print(f"run {run}: ready {ready:.0f} ms, painted {paint:.0f} ms after navigation start "
                  f"(Selenium's wall clock {wall * 1000:.0f} ms)")
        print(f"load time (painted), median of {args.runs}: {statistics.median(painted):.0f} ms "
              f"({'under' if statistics.median(painted) < 2000 else 'OVER'} the 2 s target)")

        driver.execute_script("""
            window.longest = 0; window.maxRows = 0;
            new PerformanceObserver(l => l.getEntries().forEach(e => { window.longest = Math.max(window.longest, e.duration); }))
              .observe({type: 'longtask', buffered: false});""")
        doc_height = driver.execute_script("return document.getElementById('doc').scrollHeight")
        for k in range(41):
            driver.execute_script("var d = document.getElementById('doc'); d.scrollTop = arguments[0];"
                                  "window.maxRows = Math.max(window.maxRows, document.querySelectorAll('.row').length);",
                                  doc_height * k // 40)
            time.sleep(0.05)
        from selenium.webdriver.common.by import By
        driver.execute_script("document.getElementById('doc').scrollTop = 0")
        body = driver.find_element(By.TAG_NAME, "body")
        for _ in range(200):
            body.send_keys("j")
        time.sleep(0.2)
        longest, rows = driver.execute_script("return [window.longest, window.maxRows]")
        print(f"scrolling top to bottom (40 steps) and 200 x j: longest main-thread task {longest:.0f} ms "
              f"({'no stall' if longest < 100 else 'a stall'}); at most {rows} rows drawn of {args.findings:,}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
