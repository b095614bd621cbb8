"""MT quality against references, as the reports show it: the Summary's
quality block (per language and per file: chrF++, BLEU, TER, aligned pairs,
and what the suggested fixes would change if all were accepted), its chart of
chrF++ against findings per 1,000 words, the sentence-level chrF++ column of
the Alignment sheet, and the records findings.json carries."""
from __future__ import annotations

from typing import Callable, Iterable

from .metrics import Quality, Scores, pooled
from ..model import SetResult

LANGUAGE_HEADERS = ["Language", "Files", "chrF++", "BLEU", "TER", "Aligned pairs",
                    "Findings / 1,000 words", "chrF++ if all accepted", "TER if all accepted"]
FILE_HEADERS = ["Set", "File", "Reference", "Language", "chrF++", "BLEU", "TER", "Aligned pairs",
                "Findings / 1,000 words", "chrF++ if all accepted", "TER if all accepted",
                "Unaligned (MT / reference)", "Reference collapses"]
ALIGNMENT_HEADER = "chrF++ vs reference"


def findings_per_1000(sr: SetResult, q: Quality) -> float | None:
    vr = sr.versions[q.version]
    return len(vr.findings) * 1000 / vr.words if vr.words else None


def quality_records(results: Iterable[SetResult]) -> list[dict]:
    """One dict per MT file with a reference (for findings.json)."""
    out = []
    for sr in results:
        for q in sr.quality:
            d = {"set": sr.name, **q.to_dict()}
            d["findings_per_1000_words"] = _round(findings_per_1000(sr, q))
            out.append(d)
    return out


def _round(v, n: int = 2):
    return None if v is None else round(v, n)


def _scores(ws, st, r: int, c: int, s: Scores | None) -> None:
    if s is not None:
        for k, v in enumerate((s.chrf, s.bleu, s.ter)):
            ws.write_number(r, c + k, round(v, 2), st.dec2)
        ws.write_number(r, c + 3, s.pairs)


def write_quality_block(wb, st, ws, results: list[SetResult], r: int, sheet: str = "Summary",
                        chart_at: tuple[int, int] | None = None) -> int:
    """Write the block from row `r + 2` of the Summary sheet `ws`; return its last row.
    Nothing when no set has a reference."""
    from .cells import put_header, put_text, put_wide
    items = [(sr, q) for sr in results for q in sr.quality]
    if not items:
        return r
    r += 2
    ws.write_string(r, 0, "Quality against references (sacrebleu, corpus level on aligned pairs)", st.bold)
    r += 1
    ws.write_string(r, 0, "Higher chrF++/BLEU is better, lower TER (edits per reference word) is better. "
                          "\"If all accepted\": every suggested replacement applied.")
    r += 1
    for c, h in enumerate(LANGUAGE_HEADERS):
        put_header(ws, st, r, c, h)
    by_lang: dict[str, list[tuple[SetResult, Quality]]] = {}
    for sr, q in items:
        by_lang.setdefault(q.lang, []).append((sr, q))
    for lang in sorted(by_lang):
        group = by_lang[lang]
        qs = [q for _, q in group]
        r += 1
        put_text(ws, st, r, 0, lang)
        ws.write_number(r, 1, len(group))
        _scores(ws, st, r, 2, pooled(qs))
        words = sum(sr.versions[q.version].words for sr, q in group)
        found = sum(len(sr.versions[q.version].findings) for sr, q in group)
        if words:
            ws.write_number(r, 6, round(found * 1000 / words, 2), st.dec2)
        fixed = pooled(qs, fixed=True)
        if fixed is not None:
            ws.write_number(r, 7, round(fixed.chrf, 2), st.dec2)
            ws.write_number(r, 8, round(fixed.ter, 2), st.dec2)
    r += 2
    for c, h in enumerate(FILE_HEADERS):
        put_header(ws, st, r, c, h)
    top = r
    for sr, q in items:
        r += 1
        for c, v in enumerate((sr.name, q.label, q.reference_label, q.lang)):
            put_text(ws, st, r, c, v)
        _scores(ws, st, r, 4, q.scores)
        per = findings_per_1000(sr, q)
        if per is not None:
            ws.write_number(r, 8, round(per, 2), st.dec2)
        if q.fixed is not None:
            ws.write_number(r, 9, round(q.fixed.chrf, 2), st.dec2)
            ws.write_number(r, 10, round(q.fixed.ter, 2), st.dec2)
        ws.write_string(r, 11, f"{q.unaligned_hyp} / {q.unaligned_ref}")
        ws.write_number(r, 12, len(q.reference_collapses))
    bottom = r
    signatures = dict.fromkeys(f"{m}: {sig}" for _, q in items if q.scores for m, sig in q.scores.signatures.items())
    r += 1
    ws.write_string(r, 0, "sacrebleu signatures", st.bold)
    for sig in signatures:
        r += 1
        put_wide(ws, st, r, 1, 6, sig)

    if len(items) < 3:        # fewer points than make a comparison: the table says it
        return r
    chart = wb.add_chart({"type": "scatter"})
    chart.add_series({
        "name": "MT files",
        "categories": [sheet, top + 1, 8, bottom, 8],
        "values": [sheet, top + 1, 4, bottom, 4],
        "marker": {"type": "circle", "size": 8},
    })
    chart.set_title({"name": "chrF++ against findings per 1,000 words"})
    chart.set_x_axis({"name": "Findings per 1,000 words", "min": 0})
    chart.set_y_axis({"name": "chrF++", "min": 0, "max": 100})
    chart.set_legend({"none": True})
    # below the findings-per-language chart (row 3, column 12, about 18 rows high)
    ws.insert_chart(*(chart_at or (max(top, 23), 12)), chart, {"x_scale": 1.2, "y_scale": 1.2})
    return r


def alignment_chrf(sr: SetResult) -> Callable[[tuple], list[float | None]]:
    """For a row of the Alignment sheet (sentence indices per version), the
    sentence-level chrF++ of each MT file's pair that starts in the row
    (None where none does), in the order of `sr.quality`."""
    firsts = [(q.version, {p.hyp[0]: p.chrf for p in q.pairs if p.hyp}) for q in sr.quality]

    def values(row: tuple) -> list[float | None]:
        out = []
        for v, first in firsts:
            mine = row[v] if v < len(row) else ()
            out.append(next((round(first[i], 2) for i in mine if i in first), None))
        return out
    return values


# --- references for `audit apply` ----------------------------------------

REFERENCES_SHEET = "_references"


def write_references(wb, results: list[SetResult], root, signer=None) -> str:
    """A very hidden sheet naming each MT file with a reference, by its path
    inside the corpus root, so `audit apply` can measure the effect of the
    accepted fixes. Returns the signature of its rows ("" when none), which
    the marker carries."""
    from .cells import machine_text, relative_path
    items = [(sr.versions[q.version].version, sr.versions[q.reference].version)
             for sr in results for q in sr.quality]
    if not items:
        return ""
    ws = wb.add_worksheet(REFERENCES_SHEET)
    signed = []
    for r, (mt, ref, lang) in enumerate(dict.fromkeys((m.path, x.path, m.lang) for m, x in items)):
        cells = [machine_text(v) for v in (relative_path(mt, root), relative_path(ref, root), lang)]
        for c, v in enumerate(cells):
            ws.write_string(r, c, v)
        signed += cells
    ws.very_hidden()
    return signer(["references", *signed]) if signer is not None else ""


def read_references(report, root, check=None) -> dict:
    """MT file (resolved Path) -> (reference Path, language), from the sheet
    `write_references` wrote, resolved inside the corpus `root`; empty for a
    workbook without references. `check(cells)` verifies the rows' signature
    (raising InputError when they were changed)."""
    from pathlib import Path, PurePosixPath

    from .untrusted import open_workbook, reading
    from .cells import from_machine_text
    report, root = Path(report), Path(root)
    wb = open_workbook(report)
    try:
        with reading(report):
            if REFERENCES_SHEET not in wb.sheetnames:
                if check is not None:
                    check([])
                return {}
            rows = [tuple(row[:3]) for row in wb[REFERENCES_SHEET].iter_rows(values_only=True) if row]
        if check is not None:
            check([v for row in rows for v in row])
        out = {}
        for row in rows:
            vals = [from_machine_text(v) or "" for v in row]
            if len(vals) < 3 or not vals[0] or not vals[1]:
                continue

            def inside(rel: str) -> Path | None:
                pure = PurePosixPath(rel)
                if pure.is_absolute() or ".." in pure.parts:
                    return None
                p = root.joinpath(*pure.parts).resolve()
                return p if p == root or root in p.parents else None
            mt, ref = inside(vals[0]), inside(vals[1])
            if mt is not None and ref is not None and ref.is_file():   # a reference moved away: nothing to measure
                out[mt] = (ref, vals[2])
        return out
    finally:
        with reading(report):
            wb.close()


def scores_or_none(path, ref, lang) -> Scores | None:
    """compare_files, or None where a file cannot be read: a broken reference
    must not stop the fixes from being applied."""
    from ..errors import InputError
    from .metrics import compare_files
    try:
        return compare_files(path, ref, lang)
    except InputError:
        return None


def quality_changes(references: dict, before: dict, written: dict) -> list[tuple]:
    """(MT file, reference, scores before, scores after) for every file with
    a reference that the accepted fixes changed."""
    out = []
    for path, target in written.items():
        if path in references:
            ref, lang = references[path]
            out.append((path, ref, before.get(path), scores_or_none(target, ref, lang)))
    return out


def format_quality_changes(changes: list[tuple]) -> list[str]:
    lines = []
    for path, ref, b, a in changes:
        if b is None or a is None:
            lines.append(f"quality  {path.name} vs {ref.name}: not measured (no aligned pairs, or a file unreadable)")
            continue
        lines.append(f"quality  {path.name} vs {ref.name}: chrF++ {b.chrf:.1f} -> {a.chrf:.1f} "
                     f"({a.chrf - b.chrf:+.1f}), TER {b.ter:.1f} -> {a.ter:.1f} ({a.ter - b.ter:+.1f}), "
                     f"{a.pairs} aligned pairs")
    return lines
