"""The review workbook as LibreOffice prints it: audit the default corpus,
convert the workbook to PDF with LibreOffice headless, print the page count
per sheet (read from each page's footer, which names the sheet), and turn
the first page of each sheet into a PNG to look at.

    python bench/render_workbook.py [--corpus corpora] [--out /tmp/render]

Needs Debian's libreoffice-calc(-nogui) and poppler-utils (pdftotext, pdftoppm).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*cmd, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True, **kw)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    ap.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="render-")))
    a = ap.parse_args()
    for tool in ("soffice", "pdftotext", "pdftoppm"):
        if shutil.which(tool) is None:
            sys.exit(f"render_workbook: {tool} not found (apt-get install libreoffice-calc-nogui poppler-utils)")
    a.out.mkdir(parents=True, exist_ok=True)
    reports = a.out / "reports"
    run(sys.executable, "-m", "audit", "run", a.corpus, "--out", reports, "--quiet", cwd=ROOT)
    xlsx = reports / "audit.xlsx"
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", a.out, xlsx,
        env={"HOME": str(a.out), "PATH": "/usr/bin:/bin"})
    pdf = a.out / "audit.pdf"
    text = run("pdftotext", "-layout", pdf, "-").stdout
    pages = text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
    per_sheet: Counter[str] = Counter()
    first_page: dict[str, int] = {}
    for n, page in enumerate(pages, start=1):
        m = re.search(r"audit\.xlsx - (.+?)\s+Page \d+ of \d+", page)
        sheet = m.group(1).strip() if m else "(no footer)"
        per_sheet[sheet] += 1
        first_page.setdefault(sheet, n)
    print(f"{pdf}: {len(pages)} pages")
    for sheet, count in per_sheet.items():
        png = a.out / f"{re.sub(r'[^A-Za-z0-9]+', '-', sheet).strip('-').lower()}"
        run("pdftoppm", "-png", "-r", "60", "-f", first_page[sheet], "-l", first_page[sheet], "-singlefile", pdf, png)
        print(f"  {sheet:<14} {count:>3} page(s)   first page: {png}.png")


if __name__ == "__main__":
    main()
