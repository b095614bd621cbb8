"""Time and peak memory to write the reports of N synthetic findings.

    python bench/bench_report.py [--findings 100000] [--writers xlsx,json,csv,pandas]

Each writer runs in a fresh process, so its peak RSS is its own. The figures
printed per writer: seconds to write, RSS once the results are built (the
input every writer gets), peak RSS while writing, and the difference: what
the writer itself holds. `pandas` is the baseline: DataFrame.to_excel
(openpyxl, in memory) of the same Findings columns, without rich text,
validation or the other sheets. A streaming writer's extra memory should stay
flat as N grows; compare runs with --findings 10000 and 100000.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ("chúng tôi luôn lắng nghe ý kiến của mọi người về sản phẩm dịch vụ mới trong năm nay "
         "với chất lượng tốt nhất và giá cả hợp lý cho tất cả").split()


def synthetic_results(n: int):
    """One article pair with n flagged sentences of ~20 words: an English
    source and a Vietnamese translation, every sentence aligned."""
    from audit.model import (AlignedGroup, Evidence, Finding, Occurrence, Segment, Sentence, SetResult, Term,
                             Version, VersionResult)
    client = Term("client-customer", "vi", "khách hàng", frozenset(["customer"]))
    en_term = Term("client-customer", "en", "client", frozenset(["client"]))
    src_segs, tgt_segs, src_sents, tgt_sents, src_occ, tgt_occ, findings = [], [], [], [], [], [], []
    src_off = tgt_off = 0
    for i in range(n):
        words = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(18)]
        pre = " ".join(words[:6]).capitalize() + " "
        tgt = pre + "khách hàng " + " ".join(words[6:]) + f" số {i}."
        src = f"Sentence {i}: our client values the service we have given for many years now."
        tgt_segs.append(Segment(f"p{i + 1}", tgt, offset=tgt_off, line=i + 1))
        src_segs.append(Segment(f"p{i + 1}", src, offset=src_off, line=i + 1))
        tgt_sents.append(Sentence(i, i, 0, len(tgt), tgt))
        src_sents.append(Sentence(i, i, 0, len(src), src))
        a = len(pre)
        tgt_occ.append(Occurrence(i, i, a, a + 10, "khách hàng", client))
        b = src.index("client")
        src_occ.append(Occurrence(i, i, b, b + 6, "client", en_term))
        ev = [Evidence("source", "en.txt", src, 0.87, "client")]
        sugg = pre + "thân chủ " + " ".join(words[6:]) + f" số {i}."
        findings.append(Finding(
            file="/bench/vi.txt", lang="vi", start=tgt_off + a, end=tgt_off + a + 10, term="khách hàng",
            concept="client", replacement="thân chủ", suggestion=sugg, kind="wrong-term",
            severity=("major", "minor", "critical")[i % 3], confidence=0.8, evidence=ev, sentence=tgt,
            unit=None, line=i + 1, sentence_start=tgt_off, distinction="client-customer", id=f"F{i:08d}"))
        tgt_off += len(tgt) + 1
        src_off += len(src) + 1
    src_v = VersionResult(Version(Path("/bench/en.txt"), "en", src_segs, True, sha256="0" * 64), src_sents, src_occ,
                          [("client", [])] * n)
    tgt_v = VersionResult(Version(Path("/bench/vi.txt"), "vi", tgt_segs, sha256="1" * 64), tgt_sents, tgt_occ,
                          [("client", ev)] * n, findings)
    groups = [AlignedGroup((i,), (i,), 0.87) for i in range(n)]
    return [SetResult("bench", [src_v, tgt_v], {(0, 1): groups})]


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024     # KiB on Linux


def child(writer: str, n: int) -> None:
    from audit.terms.termbase import DEFAULT_DIR, load_toml
    tb = load_toml(DEFAULT_DIR / "client_customer.toml")   # the built-in termbase, read directly
    results = synthetic_results(n)
    base = maxrss_mb()
    out = Path(tempfile.mkdtemp(prefix="bench-report-"))
    t = time.perf_counter()
    if writer == "plain":
        # the floor the workbook is measured against: xlsxwriter writing the
        # same cells (every sheet) as plain strings, without rich text runs or
        # cell formats. The report's own code still builds the cell values.
        import xlsxwriter.worksheet as xw
        plain_string = xw.Worksheet._write_string

        def as_plain(self, row, col, *args):
            text = "".join(a for a in args if isinstance(a, str))
            return plain_string(self, row, col, text)

        xw.Worksheet._write_rich_string = as_plain
        xw.Worksheet._write_string = lambda self, row, col, string, cell_format=None: plain_string(self, row, col, string)
        from audit.report import write_reports
        [path] = write_reports(results, out, ["xlsx"], {"bench": True}, tb)
    elif writer == "pandas":
        import pandas as pd
        from audit.report.common import finding_rows, mqm_category
        rows = [{"ID": r.id, "File": r.label, "Line": r.finding.line, "Start": r.finding.start,
                 "End": r.finding.end, "Target sentence": r.finding.sentence,
                 "Source": r.finding.evidence[0].text, "Concept": r.finding.concept,
                 "Suggested sentence": r.finding.suggestion, "Severity": r.finding.severity,
                 "MQM": mqm_category(r.finding), "Confidence": r.finding.confidence}
                for r in finding_rows(results)]
        path = out / "pandas.xlsx"
        pd.DataFrame(rows).to_excel(path, index=False)
    else:
        from audit.report import write_reports
        [path] = write_reports(results, out, [writer], {"bench": True}, tb)
    secs = time.perf_counter() - t
    size = path.stat().st_size
    print(json.dumps({"writer": writer, "n": n, "seconds": round(secs, 2), "base_mb": round(base, 1),
                      "peak_mb": round(maxrss_mb(), 1), "size_mb": round(size / 2**20, 1)}))
    path.unlink()
    out.rmdir()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--findings", type=int, default=100_000)
    ap.add_argument("--writers", default="json,csv,xlsx,plain,pandas")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.findings)
    results = {}
    print(f"{'writer':8} {'findings':>9} {'seconds':>8} {'base MB':>8} {'peak MB':>8} {'extra MB':>9} {'file MB':>8}")
    for w in args.writers.split(","):
        proc = subprocess.run([sys.executable, __file__, "--child", w, "--findings", str(args.findings)],
                              capture_output=True, text=True)
        if proc.returncode:
            print(f"{w}: failed\n{proc.stderr[-2000:]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        results[w] = r
        print(f"{w:8} {r['n']:>9} {r['seconds']:>8} {r['base_mb']:>8} {r['peak_mb']:>8} "
              f"{r['peak_mb'] - r['base_mb']:>9.1f} {r['size_mb']:>8}")
    if "plain" in results and "xlsx" in results:
        print(f"workbook against xlsxwriter writing the same cells as plain strings: "
              f"{results['xlsx']['seconds'] / (results['plain']['seconds'] or 1e-9):.2f}x")
    if "json" in results:
        base = results["json"]["seconds"] or 1e-9
        print("time relative to the JSON writer: " + ", ".join(
            f"{w} {r['seconds'] / base:.1f}x" for w, r in results.items()))


if __name__ == "__main__":
    main()
