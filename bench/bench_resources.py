"""Reading speed of the offset-keeping resource tokenizers against the
standard parsers of the same files (which give no offsets), measured in the
same run.

    python bench/bench_resources.py [--keys 100000]

Synthetic files of N keys in the same shape as the real excerpts in
tests/data/resources: flat JSON (baseline: json.loads), Java .properties
with \\uXXXX escapes (baseline: translate-toolkit's propfile), Android
strings.xml (baseline: xml.etree). Prints seconds per reader, keys per
second, and the ratio to the baseline; ours also unescapes every value and
records its offset map, which the baselines do not.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=100000)
    n = ap.parse_args().keys
    from audit.files.readers import read_file
    tmp = Path(tempfile.mkdtemp())
    files = {
        "json": (tmp / "ru.json", "{\n" + ",\n".join(f'  "k{i}": "Клиент \\"{i}\\" и {{{{name}}}}"' for i in range(n)) + "\n}\n"),
        "properties": (tmp / "m_ru.properties",
                       "".join(f"k{i}=\\u041a\\u043b\\u0438\\u0435\\u043d\\u0442 {i} \\\n    {{0}}\n" for i in range(n))),
        "android": (tmp / "values-ru" / "strings.xml",
                    '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n'
                    + "".join(f'    <string name="k{i}">Клиент {i} &amp; <b>%1$s</b> \\\'</string>\n' for i in range(n))
                    + "</resources>\n"),
    }

    def baseline(fmt: str, path: Path):
        if fmt == "json":
            return lambda: json.loads(path.read_text(encoding="utf-8"))
        if fmt == "properties":
            from translate.storage.properties import propfile
            return lambda: propfile(path.open("rb"))
        import xml.etree.ElementTree as ET
        return lambda: ET.parse(path)

    print(f"{'format':<12}{'keys':>9}{'ours s':>9}{'keys/s':>11}{'baseline s':>12}{'ratio':>8}")
    for fmt, (path, text) in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        ours = timed(lambda: read_file(path, "ru"))
        base = timed(baseline(fmt, path))
        print(f"{fmt:<12}{n:>9}{ours:>9.2f}{n / ours:>11,.0f}{base:>12.2f}{ours / base:>8.1f}")


if __name__ == "__main__":
    main()
