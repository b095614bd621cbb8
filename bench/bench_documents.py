"""Reading cost of the document formats (HTML, Markdown, Word, OpenDocument):
time and segments per file, the article extractor's share on a saved page,
a large page, and what a zip bomb costs before it is refused; then, on the
real saved pages that carry the seed articles (tests/data/documents/pages),
how much of their chrome (menus, sidebars, comments, footers) reaches the
audited text with and without --whole-page, and the findings each way.

    python bench/bench_documents.py            # everything
    python bench/bench_documents.py pages      # the real pages only
    python bench/bench_documents.py readability PATH/readability/test/test-pages [NAME ...]

The last form measures the article reader on mozilla/readability's saved
pages against readability's own article (`expected.html`, read as a
fragment): the characters of the page's text outside that article which
reach the audited text, and the article's characters that do not.
"""
from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audit.errors import InputError  # noqa: E402
from audit.files.readers import read_file  # noqa: E402
from audit.files.readers import webpage  # noqa: E402

DOCS = ROOT / "tests/data/documents"


def timed(fn, repeat=3):
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best or 1e9, time.perf_counter() - t)
    return best, out


def main() -> None:
    read_file(DOCS / "seeds/vi.page.html")          # imports (trafilatura, markdown-it) out of the figures
    read_file(DOCS / "seeds/vi.md")
    print(f"{'file':44} {'KiB':>6} {'segments':>8} {'ms':>8}")
    files = sorted((DOCS / "seeds").glob("vi.*")) + sorted((DOCS / "real").glob("*.*"))
    for f in files:
        if f.suffix == ".md" and f.name == "SOURCES.md":
            continue
        secs, vs = timed(lambda: read_file(f, lang="vi" if f.name.startswith("vi") else "en"))
        print(f"{str(f.relative_to(DOCS)):44} {f.stat().st_size / 1024:6.1f} {len(vs[0].segments):8} {secs * 1000:8.1f}")
    page = DOCS / "seeds/vi.page.html"
    with webpage.whole_page():
        whole, _ = timed(lambda: read_file(page))
    article, _ = timed(lambda: read_file(page))
    print(f"\nsaved page: article {article * 1000:.1f} ms, --whole-page {whole * 1000:.1f} ms "
          f"(the extractor's share: {(article - whole) * 1000:.1f} ms)")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.html"
        body = page.read_text(encoding="utf-8")
        inner = body[body.index("<article>"):body.index("</article>") + 10]
        big.write_text(body.replace(inner, inner * 400), encoding="utf-8")
        secs, vs = timed(lambda: read_file(big, lang="vi"), repeat=1)
        tracemalloc.start()             # a second pass for memory: tracing slows Python several times
        read_file(big, lang="vi")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"large page: {big.stat().st_size / 2**20:.1f} MiB, {len(vs[0].segments)} segments, "
              f"{secs:.2f} s, peak {peak / 2**20:.0f} MiB traced")
        bomb = Path(tmp) / "bomb.docx"
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", b"<w:document>" + b" " * (200 * 2**20))
        tracemalloc.start()
        t = time.perf_counter()
        try:
            read_file(bomb, lang="vi")
            msg = "read (!)"
        except InputError as e:
            msg = e.problem
        secs = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"zip bomb: {bomb.stat().st_size / 1024:.0f} KiB inflating to 200 MiB: {msg!r} "
              f"after {secs:.2f} s, peak {peak / 2**20:.0f} MiB traced")


SEEDS = {"vi": "corpora/client-vs-customer/vi.txt", "id": "corpora/client-vs-customer/id.txt",
         "ka": "corpora/client-vs-customer/ka.txt", "ru": "corpora/ru-client-or-customer.txt",
         "vi-native": "corpora/vi-native-client-customer.txt"}


def real_pages() -> None:
    """Chrome that reaches the text: every segment that is not a line of the
    seed the page carries (a bullet is a list item's marker, not text)."""
    from audit import check_files
    print(f"\n{'real saved page':32} {'KiB':>6} {'chrome chars':>12} {'in the text':>11} "
          f"{'findings':>8} {'with --whole-page':>17}")
    tot = [0, 0, 0]
    for page in sorted((DOCS / "pages").glob("*.html")):
        seed = page.name.split(".")[0]
        lines = {" ".join(l.split()).lstrip("•·- ").strip()
                 for l in (ROOT / SEEDS[seed]).read_text(encoding="utf-8").splitlines() if l.strip()}
        chrome = lambda vs: sum(len(s.text) for s in vs[0].segments if s.text not in lines)   # noqa: E731
        article = chrome(read_file(page))
        with webpage.whole_page():
            whole = chrome(read_file(page))
            found_whole = len(check_files(page, align="structure").findings)
        found = len(check_files(page, align="structure").findings)
        tot = [tot[0] + article, tot[1] + whole, tot[2] + 1]
        print(f"{page.name:32} {page.stat().st_size / 1024:6.1f} {whole:12} {article:11} "
              f"{found:8} {found_whole:17}")
    print(f"{tot[2]} pages: {tot[0]} of {tot[1]} chrome characters reached the audited text "
          f"({100 * tot[0] / max(tot[1], 1):.1f}%); --whole-page keeps them all")


def against_readability(root: Path, names: list[str]) -> None:
    norm = lambda s: " ".join(s.casefold().split())          # noqa: E731
    kept = chrome = lost = article = n = 0
    for d in sorted(p for p in root.iterdir() if (p / "expected.html").exists() and (not names or p.name in names)):
        try:
            ours = [norm(s.text) for s in read_file(d / "source.html", lang="en")[0].segments]
            with webpage.whole_page():
                whole = [norm(s.text) for s in read_file(d / "source.html", lang="en")[0].segments]
            truth = [norm(s.text) for s in read_file(d / "expected.html", lang="en")[0].segments]
        except InputError as e:
            print(f"{d.name:32} {e.problem}")
            continue
        t, o = " ".join(truth), " ".join(ours)
        k, c = sum(len(s) for s in ours if s not in t), sum(len(s) for s in whole if s not in t)
        lo, a = sum(len(s) for s in truth if s not in o), sum(map(len, truth))
        kept, chrome, lost, article, n = kept + k, chrome + c, lost + lo, article + a, n + 1
        print(f"{d.name:32} outside the article: {k:6} of {c:6} chars kept; article: {lo:6} of {a:6} chars lost")
    print(f"{n} pages: {kept} of {chrome} characters outside readability's article reached the text "
          f"({100 * kept / max(chrome, 1):.1f}%); {lost} of {article} article characters did not "
          f"({100 * lost / max(article, 1):.1f}%)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["readability"]:
        against_readability(Path(sys.argv[2]), sys.argv[3:])
        sys.exit()
    if sys.argv[1:] != ["pages"]:
        main()
    real_pages()
