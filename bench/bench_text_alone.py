#!/usr/bin/env python3
"""Text-alone checks scale linearly: time them on a text of N repeated
paragraphs and on the same text run together as one endless paragraph, for
N and 4N, and print the ratios (about 4 when linear, 16 when quadratic).

    python bench/bench_text_alone.py [N]
"""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.model import Version  # noqa: E402
from audit.run.pipeline import audit_versions  # noqa: E402
from audit.files.readers.text import paragraphs  # noqa: E402
from audit.terms.termbase import load_termbase  # noqa: E402

PARA = ("Khách hàng mua hàng hoá một lần, còn khách hàng khác quay lại cửa hàng và khách hàng mới "
        "đến từ quảng cáo trên mạng")


def timed(text, termbase):
    start = time.perf_counter()
    audit_versions("bench", [Version(Path("vi.txt"), "vi", paragraphs(text))], termbase)
    return time.perf_counter() - start


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    termbase = load_termbase()
    timed(PARA, termbase)                      # warm up (model load)
    for name, sep in (("paragraphs", ".\n"), ("one paragraph", ", ")):
        small = timed(sep.join([PARA] * n), termbase)
        large = timed(sep.join([PARA] * 4 * n), termbase)
        print(f"{name:<14} N={n}: {small:6.2f} s   4N: {large:6.2f} s   ratio {large / small:5.1f} (linear ~4)")


if __name__ == "__main__":
    main()
