"""Reading cost of the document formats (HTML, Markdown, Word, OpenDocument):
time and segments per file, the article extractor's share on a saved page,
a large page, and what a zip bomb costs before it is refused.

    python bench/bench_documents.py
"""
from __future__ import annotations

import io
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


if __name__ == "__main__":
    main()
