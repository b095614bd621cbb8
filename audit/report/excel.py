"""The review workbook (audit.xlsx): Summary, Findings, Alignment, Concordance,
Termbase, and a very hidden `_audit` sheet that marks the workbook as ours
for `audit apply`.

Written with xlsxwriter in constant_memory mode: each row goes to disk as soon
as the next one starts, so 100,000 findings stream in bounded memory. Every
text cell is written with write_string / write_rich_string, never as a
formula, and text starting with = + - @ tab or CR also gets Excel's quote
prefix, so re-editing the cell in Excel does not turn it into a formula.
"""
from __future__ import annotations

import bisect
from array import array
from pathlib import Path
from typing import Callable, Iterator

import xlsxwriter
import xlsxwriter.exceptions

from ..model import Locator, SetResult, VersionResult, is_sorted
from .cells import (COL, DECISIONS, FINDINGS_COLUMNS, FROZEN_COLUMNS, MARKER, MARKER_SHEET, MAX_CELL, MAX_ROWS,
                    REVIEW_COLUMNS, SCHEMA, SEVERITY_FILLS, SIGNED_COLUMNS, Column, Styles, machine_text, put_header,
                    put_number, put_rich, put_text, put_wide, relative_path, travelling_path)
from .common import (SEVERITIES, FindingRow, atomic_path, finding_id, finding_rows, flagged_word, mqm_category,
                     report_params, summary_rows)
from .frame import write_records
from .highlight import Pieces, mark_spans, mark_word, suggestion_pieces, target_pieces
from .layout import A3, A4, fit_rows, page_setup, set_width


EDIT_HELP = ("Decision = edit: the text here replaces the whole flagged sentence "
             "(start from the suggested sentence). Decision = accept applies the "
             "suggested word; reject or blank leaves the text alone.")


class SplitSheet:
    """A sheet that continues in "Name (2)", "Name (3)"... before Excel's row
    limit. `setup` writes the header of each part; `finish` runs on each part
    with its last row (autofilter, validation)."""

    def __init__(self, wb, name: str, max_rows: int, setup: Callable, finish: Callable | None = None):
        self.wb, self.name, self.max_rows = wb, name, max_rows
        self.setup, self.finish = setup, finish
        self.parts: list[str] = []
        self.ws = None
        self.row = 0

    def next_row(self):
        """(worksheet, row) for the next data row, opening a new part when full."""
        if self.ws is None or self.row >= self.max_rows:
            self.close()
            name = self.name if not self.parts else f"{self.name} ({len(self.parts) + 1})"
            self.ws = self.wb.add_worksheet(name)
            self.parts.append(name)
            self.row = self.setup(self.ws)
        r = self.row
        self.row += 1
        return self.ws, r

    def open(self) -> None:
        """Open the first part, so the sheet exists even with no rows."""
        if self.ws is None and not self.parts:
            self.next_row()
            self.row -= 1

    def close(self) -> None:
        if self.ws is not None and self.finish:
            self.finish(self.ws, self.row - 1)
        self.ws = None


def _header(ws, st: Styles, columns: list[Column], paper: int = A4) -> int:
    """A data sheet's header row, its column widths, fitted rows and page setup."""
    fit_rows(ws, {})
    for c, col in enumerate(columns):
        set_width(ws, c, c, col.width, {"hidden": True} if col.hidden else {})
        put_header(ws, st, 0, c, col.header)
    ws.freeze_panes(1, 0)
    page_setup(ws, st.report_name, header_rows=1, paper=paper)
    return 1


# --- Summary -------------------------------------------------------------

SUMMARY_HEADERS = ["Set", "File", "Language", "Words", "Term occurrences", "Critical",
                   "Major", "Minor", "Findings", "Collapse rate", "Penalty / 1,000 words"]


def write_summary(wb, st: Styles, results: list[SetResult], params: dict, root: Path | None = None) -> None:
    ws = wb.add_worksheet("Summary")
    fit_rows(ws, {})
    set_width(ws, 0, 0, 28)
    set_width(ws, 1, 1, 30)
    set_width(ws, 2, 12, 13)
    page_setup(ws, st.report_name, header_rows=0)
    ws.write_string(0, 0, "Term collapse audit", st.title)
    ws.write_string(1, 0, "Collapse rate = findings / term occurrences. Penalty: MQM-style points "
                          "(minor 1, major 5, critical 25) per 1,000 words.")
    r = 3
    for c, h in enumerate(SUMMARY_HEADERS):
        put_header(ws, st, r, c, h)
    by_lang: dict[str, dict[str, int]] = {}
    for row in summary_rows(results):
        r += 1
        put_text(ws, st, r, 0, row.set_name)
        put_text(ws, st, r, 1, row.file)
        put_text(ws, st, r, 2, row.lang)
        put_number(ws, st, r, 3, row.words)
        put_number(ws, st, r, 4, row.occurrences)
        for i, sev in enumerate(SEVERITIES):
            put_number(ws, st, r, 5 + i, row.by_severity.get(sev, 0))
        put_number(ws, st, r, 8, row.findings)
        put_number(ws, st, r, 9, row.collapse_rate, st.pct)
        put_number(ws, st, r, 10, row.penalty_per_1000, st.dec2)
        counts = by_lang.setdefault(row.lang, {s: 0 for s in SEVERITIES})
        for sev in SEVERITIES:
            counts[sev] += row.by_severity.get(sev, 0)
        # per-language totals: a project has one row per file and language
        for key, n in (("_files", 1), ("_words", row.words), ("_occurrences", row.occurrences)):
            counts[key] = counts.get(key, 0) + n

    # Findings per language: a small table and a native stacked bar chart of it.
    r += 2
    ws.write_string(r, 0, "Findings per language", st.bold)
    r += 1
    top = r
    for c, h in enumerate(["Language", "Critical", "Major", "Minor", "Files", "Words", "Term occurrences"]):
        put_header(ws, st, r, c, h)
    for lang in sorted(by_lang):
        r += 1
        put_text(ws, st, r, 0, lang)
        for i, sev in enumerate(SEVERITIES):
            put_number(ws, st, r, 1 + i, by_lang[lang][sev])
        for i, key in enumerate(("_files", "_words", "_occurrences")):
            put_number(ws, st, r, 4 + i, by_lang[lang][key])
    if len(by_lang) >= 2:        # one bar compares nothing: the table says it
        chart = wb.add_chart({"type": "bar", "subtype": "stacked"})
        colors = {"critical": "#7F0000", "major": "#E06666", "minor": "#F6B26B"}
        for i, sev in enumerate(SEVERITIES):
            chart.add_series({
                "name": ["Summary", top, 1 + i],
                "categories": ["Summary", top + 1, 0, r, 0],
                "values": ["Summary", top + 1, 1 + i, r, 1 + i],
                "fill": {"color": colors[sev]},
            })
        chart.set_title({"name": "Findings per language"})
        chart.set_x_axis({"name": "Findings"})
        chart.set_legend({"position": "bottom"})
        ws.insert_chart(3, 12, chart, {"x_scale": 1.2, "y_scale": 1.2})

    r = _references_table(ws, st, results, r)
    r = _quality_block(wb, st, ws, results, r)

    # The run's parameters, so the workbook says how it was made.
    r += 2
    ws.write_string(r, 0, "Parameters", st.bold)
    for key in ("tool", "version", "termbase"):
        r += 1
        ws.write_string(r, 0, key)
        put_text(ws, st, r, 1, params.get(key))
    for key, value in params.get("options", {}).items():
        r += 1
        ws.write_string(r, 0, f"option: {key}")
        put_text(ws, st, r, 1, value if isinstance(value, str) else repr(value))
    r += 2
    put_header(ws, st, r, 0, "Input file")
    ws.merge_range(r, 1, r, 3, "sha256", st.header)
    for path, digest in params.get("inputs", {}).items():
        r += 1
        put_text(ws, st, r, 0, path)
        put_wide(ws, st, r, 1, 3, digest)
    write_scope_notes(ws, st, results, r + 2, root)


def _references_table(ws, st: Styles, results: list[SetResult], r: int) -> int:
    """References are measured against, not audited: listed on their own."""
    refs = [(sr, vr) for sr in results for vr in sr.versions if vr.version.is_reference]
    if not refs:
        return r
    r += 2
    ws.write_string(r, 0, "References (not audited; see Quality below)", st.bold)
    r += 1
    for c, h in enumerate(["Set", "Reference", "Language", "Words"]):
        put_header(ws, st, r, c, h)
    for sr, vr in refs:
        r += 1
        put_text(ws, st, r, 0, sr.name)
        put_text(ws, st, r, 1, vr.version.label)
        put_text(ws, st, r, 2, vr.version.lang)
        put_number(ws, st, r, 3, vr.words)
    return r


def write_scope_notes(ws, st: Styles, results: list[SetResult], r: int, root: Path | None = None) -> int:
    """The domain each version with findings was read in, with that version's
    own reasons, and the file-level observations: one word for both concepts
    where the distinction is not live (issue 8)."""
    ws.write_string(r, 0, "Domain assumed", st.bold)
    r += 1
    for c, h in enumerate(["Set", "File", "Language", "Domain"]):
        put_header(ws, st, r, c, h)
    ws.merge_range(r, 4, r, 10, "Why", st.header)
    for sr in results:
        if not sr.domain:
            continue
        for vr in sr.versions:
            if vr.findings:
                r += 1
                put_text(ws, st, r, 0, sr.name)
                put_text(ws, st, r, 1, vr.version.label)
                put_text(ws, st, r, 2, vr.version.lang)
                put_text(ws, st, r, 3, sr.domain)
                put_wide(ws, st, r, 4, 10, vr.domain_reason or sr.domain_reason)
    r += 2
    ws.write_string(r, 0, "Observations (file level, not findings)", st.bold)
    r += 1
    for c, h in enumerate(["File", "Language", "Word"]):
        put_header(ws, st, r, c, h)
    ws.merge_range(r, 3, r, 10, "Observation", st.header)
    for sr in results:
        for o in sr.observations:
            r += 1
            put_text(ws, st, r, 0, travelling_path(o.file, root) if o.file else o.file)
            put_text(ws, st, r, 1, o.lang)
            put_text(ws, st, r, 2, o.term)
            put_wide(ws, st, r, 3, 10, o.message)
    return r


def _quality_block(wb, st: Styles, ws, results: list[SetResult], r: int) -> int:
    """MT quality against references (report/quality.py), where a set has one."""
    from .quality import write_quality_block
    return write_quality_block(wb, st, ws, results, r)


def _references_sheet(wb, results: list[SetResult], root: Path, signer) -> str:
    """Which files have references, for `audit apply` (report/quality.py);
    returns the signature of its rows, for the marker."""
    from .quality import write_references
    return write_references(wb, results, root, signer)


# --- Findings ------------------------------------------------------------

def _evidence_cells(f) -> tuple[Pieces, str]:
    """The best evidence sentence with its term marked, and a short list of
    all the evidence (rule, version, score)."""
    best = next((e for e in f.evidence if e.text), None)
    pieces = mark_word(best.text, best.term) if best else []
    labels = []
    for e in f.evidence:
        label = f"{e.rule}: {e.version}" if e.version else e.rule
        if e.score is not None:
            label += f" ({e.score:.2f})"
        labels.append(label)
    return pieces, "; ".join(labels)


def _finding_cells(ws, st: Styles, r: int, row: FindingRow, root: Path, review=None, signer=None) -> None:
    """One Findings row. `review` is the carried-over (decision, edited, comment)
    of this finding from the previous report, None when the finding is new
    since it, or () when there was no previous report. `signer` signs the
    cells apply acts on (SIGNED_COLUMNS) into _sig."""
    f = row.finding
    word = flagged_word(f)
    evidence_pieces, evidence_list = _evidence_cells(f)
    put_text(ws, st, r, COL["ID"], row.id)
    put_text(ws, st, r, COL["Set"], row.set_name)
    put_text(ws, st, r, COL["File"], row.label)
    put_text(ws, st, r, COL["Unit"], row.segment_id)
    put_number(ws, st, r, COL["Line"], f.line)
    put_number(ws, st, r, COL["Sentence"], row.sentence_no)
    put_number(ws, st, r, COL["Start"], f.start)
    put_number(ws, st, r, COL["End"], f.end)
    put_rich(ws, st, r, COL["Target sentence"], target_pieces(f), "red")
    put_rich(ws, st, r, COL["Source / pivot sentence"], evidence_pieces, "bold")
    put_text(ws, st, r, COL["Evidence"], evidence_list)
    put_text(ws, st, r, COL["Word"], word)
    put_text(ws, st, r, COL["Concept"], f.concept)
    if f.readings:             # both readings, numbered: the reviewer picks one (Decision: edit)
        put_text(ws, st, r, COL["Suggested sentence"],
                 "\n".join(f"{n}) {x['suggestion']}" for n, x in enumerate(f.readings, 1)))
    else:
        put_rich(ws, st, r, COL["Suggested sentence"], suggestion_pieces(f), "green")
    put_text(ws, st, r, COL["Severity"], f.severity)
    put_text(ws, st, r, COL["MQM category"], mqm_category(f))
    put_text(ws, st, r, COL["Kind"], f.kind)
    put_number(ws, st, r, COL["Confidence"], round(f.confidence, 3), st.dec3)
    put_text(ws, st, r, COL["Note"], f.note)
    _review_cells(ws, st, r, review)
    rel = relative_path(row.path, root)
    hidden = [rel, row.sha256, row.fmt, row.fix_unit or "",
              f.start, f.end, word, f.replacement, f.sentence_start,
              f.sentence if len(f.sentence) <= MAX_CELL else "", getattr(row, "encoding", "") or ""]
    cells = {"ID": row.id, "File": (row.label or "")[:MAX_CELL]}
    for c, v in enumerate(hidden, start=COL["_relpath"]):
        if isinstance(v, int):
            ws.write_number(r, c, v)
            cells[FINDINGS_COLUMNS[c].header] = v
        elif v:
            cells[FINDINGS_COLUMNS[c].header] = machine_text(str(v))
            ws.write_string(r, c, cells[FINDINGS_COLUMNS[c].header])
    if signer is not None:
        ws.write_string(r, COL["_sig"], signer([cells.get(h) for h in SIGNED_COLUMNS]))


def _review_cells(ws, st: Styles, r: int, review) -> None:
    """Decision, Edited text and Comment carried over from the previous report;
    "new" where the finding was not in it."""
    if review is None:
        ws.write_string(r, COL["New"], "new", st.bold)
        return
    for header, value in zip(REVIEW_COLUMNS, review):
        put_text(ws, st, r, COL[header], value)


def write_findings(wb, st: Styles, results: list[SetResult], root: Path, max_rows: int,
                   previous=None, signer=None) -> list[str]:
    """The Findings sheet(s). `previous` (a carryover.Previous) brings back the
    decisions of the last report and marks what is new since it."""
    decision_col = COL["Decision"]
    last_col = len(FINDINGS_COLUMNS) - 1

    def setup(ws) -> int:
        r = _header(ws, st, FINDINGS_COLUMNS, paper=A3)
        ws.freeze_panes(1, FROZEN_COLUMNS)
        ws.write_comment(0, decision_col, EDIT_HELP, {"x_scale": 2, "y_scale": 1.5})
        return r

    def finish(ws, last: int) -> None:
        ws.autofilter(0, 0, max(last, 1), last_col)
        if last >= 1:
            ws.data_validation(1, decision_col, last, decision_col, {
                "validate": "list", "source": DECISIONS,
                "input_title": "Decision", "input_message": "accept, reject or edit",
            })
            _severity_colours(wb, ws, last)

    sheet = SplitSheet(wb, "Findings", max_rows, setup, finish)
    for row in finding_rows(results):
        ws, r = sheet.next_row()
        review = () if previous is None else previous.review_of(row.id)
        _finding_cells(ws, st, r, row, root, review, signer)
    sheet.open()        # an empty Findings sheet still has its header
    sheet.close()
    return sheet.parts


def _severity_colours(wb, ws, last: int) -> None:
    """Severity cells filled by severity (conditional formats: cheap in streaming mode)."""
    c = COL["Severity"]
    for severity, colour in SEVERITY_FILLS.items():
        ws.conditional_format(1, c, last, c, {
            "type": "cell", "criteria": "==", "value": f'"{severity}"',
            "format": wb.add_format({"bg_color": colour, "bold": severity != "minor"})})


def write_gone(wb, st: Styles, previous) -> None:
    """Decisions of the previous report whose finding this run no longer raises
    (the text was fixed, or changed around it): kept so no review is lost."""
    gone = previous.gone() if previous is not None else []
    if not gone:
        return
    columns = [Column("ID", 12), Column("Decision", 10), Column("Edited text", 40), Column("Comment", 24),
               Column("File", 16), Column("Word", 14), Column("Target sentence", 60)]
    ws = wb.add_worksheet("Gone")
    _header(ws, st, columns)
    for r, g in enumerate(gone, start=1):
        for c, v in enumerate((g.id, g.decision, g.edited, g.comment, g.file, g.word, g.sentence)):
            put_text(ws, st, r, c, v)


# --- Alignment -----------------------------------------------------------

def alignment_rows(sr: SetResult) -> Iterator[tuple[tuple[int, ...], ...]]:
    """Rows of sentence indices, one tuple per version, pivoting on version 0:
    pivot sentences grouped as any alignment groups them, the other versions'
    aligned sentences beside them, and their unaligned sentences on rows of
    their own after the row holding their nearest aligned predecessor.
    Bookkeeping lives in int arrays (a few bytes per sentence) and rows are
    yielded one by one, so long articles cost little memory."""
    n = len(sr.versions)
    if n == 0:
        return
    pivots = len(sr.versions[0].sentences)
    groups = {j: sr.alignments.get((0, j), []) for j in range(1, n)}
    # union-find over pivot sentences grouped together; the root is the smallest member
    parent = array("l", range(pivots))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for gs in groups.values():
        for g in gs:
            a = [i for i in g.a if 0 <= i < pivots]
            for i in a[1:]:
                ra, rb = find(a[0]), find(i)
                parent[max(ra, rb)] = min(ra, rb)
    row_of = array("l", bytes(8 * pivots)) if pivots else array("l")
    rows = 0
    for i in range(pivots):
        r = find(i)
        row_of[i] = rows if r == i else row_of[r]
        rows += r == i
    # each other version: its sentences' rows (-1: unaligned)
    row_of_j: dict[int, array] = {}
    for j, gs in groups.items():
        rj = array("l", [-1]) * len(sr.versions[j].sentences)
        for g in gs:
            a = [i for i in g.a if 0 <= i < pivots]
            for b in g.b if a else ():
                if 0 <= b < len(rj):
                    rj[b] = row_of[a[0]]
        row_of_j[j] = rj
    # sentences of every version in row order, walked with one cursor each
    order = {0: sorted(range(pivots), key=row_of.__getitem__)}
    lists = {0: row_of}
    extras: dict[int, list[tuple[int, int]]] = {}     # after row k -> (version, sentence)
    for j, rj in row_of_j.items():
        order[j] = sorted((s for s in range(len(rj)) if rj[s] >= 0), key=rj.__getitem__)
        lists[j] = rj
        last = -1
        for s in range(len(rj)):
            if rj[s] >= 0:
                last = rj[s]
            else:
                extras.setdefault(last, []).append((j, s))
    cursor = dict.fromkeys(order, 0)

    def extra_rows(k: int):
        for j, s in extras.get(k, ()):
            yield tuple((s,) if v == j else () for v in range(n))

    yield from extra_rows(-1)
    for k in range(rows):
        row = []
        for v in range(n):
            members, c = [], cursor.get(v, 0)
            seq, of = order.get(v, []), lists.get(v)
            while c < len(seq) and of[seq[c]] == k:
                members.append(seq[c])
                c += 1
            cursor[v] = c
            row.append(tuple(sorted(members)))
        yield tuple(row)
        yield from extra_rows(k)


class VersionIndex:
    """Lookups made once per version: occurrences by sentence, and the finding
    id of each flagged word by (segment index, start inside the segment)."""

    def __init__(self, vr: VersionResult):
        self.vr = vr
        occs = vr.occurrences
        # occurrences come sorted by sentence: bisect them; else index them
        self._occ_sorted = is_sorted(occs, lambda o: o.sentence)
        if not self._occ_sorted:
            self._by_sentence: dict[int, list] = {}
            for occ in occs:
                self._by_sentence.setdefault(occ.sentence, []).append(occ)
        loc = Locator(vr)
        self.flagged: dict[int, str] = {}      # key(segment, start) -> finding id
        for f in vr.findings:
            i, base = loc.segment(f)
            if i is not None:
                self.flagged[self.key(i, f.start - base)] = finding_id(f)

    @staticmethod
    def key(segment: int, start: int) -> int:
        """One int instead of a tuple: a third of the memory per flagged word."""
        return segment << 32 | start

    def occurrences(self, sentence: int) -> list:
        if not self._occ_sorted:
            return self._by_sentence.get(sentence, [])
        occs = self.vr.occurrences
        a = bisect.bisect_left(occs, sentence, key=lambda o: o.sentence)
        b = bisect.bisect_right(occs, sentence, lo=a, key=lambda o: o.sentence)
        return occs[a:b]

    def pieces(self, indices) -> tuple[Pieces, bool]:
        """Sentences joined by a space with their term occurrences marked;
        whether any of those occurrences is flagged."""
        pieces: Pieces = []
        any_flagged = False
        for i in indices:
            if not 0 <= i < len(self.vr.sentences):
                continue
            s = self.vr.sentences[i]
            occs = self.occurrences(i)
            any_flagged |= any(self.key(s.segment, o.start) in self.flagged for o in occs)
            if pieces:
                pieces.append((" ", False))
            pieces.extend(mark_spans(s.text, [(o.start - s.start, o.end - s.start) for o in occs]))
        return pieces, any_flagged


def write_alignment(wb, st: Styles, results: list[SetResult], max_rows: int) -> None:
    width = max((len(sr.versions) for sr in results), default=1)
    columns = [Column("Set", 14), Column("Group", 7)] + [Column(f"Version {k + 1}", 55) for k in range(width)]
    from .quality import ALIGNMENT_HEADER, alignment_chrf
    with_chrf = max((len(sr.quality) for sr in results), default=0)    # one column per MT file with a reference
    columns += [Column(ALIGNMENT_HEADER, 14)] * with_chrf
    sheet = SplitSheet(wb, "Alignment", max_rows, lambda ws: _header(ws, st, columns, paper=A3))
    sheet.open()
    for sr in results:
        ws, r = sheet.next_row()
        put_text(ws, st, r, 0, sr.name)
        ws.write_string(r, 1, "versions", st.bold)
        for k, vr in enumerate(sr.versions):
            put_header(ws, st, r, 2 + k, f"{vr.version.lang}: {vr.version.label}")
        for k, q in enumerate(sr.quality):
            put_header(ws, st, r, 2 + width + k, f"{q.label} vs {q.reference_label}")
        index = [VersionIndex(vr) for vr in sr.versions]
        chrf = alignment_chrf(sr)
        for g, row in enumerate(alignment_rows(sr), start=1):
            ws, r = sheet.next_row()
            put_text(ws, st, r, 0, sr.name)
            ws.write_number(r, 1, g)
            for k, indices in enumerate(row):
                pieces, is_flagged = index[k].pieces(indices)
                put_rich(ws, st, r, 2 + k, pieces, "red" if is_flagged else "bold")
            for k, value in enumerate(chrf(row)):
                put_number(ws, st, r, 2 + width + k, value, st.dec2)
    sheet.close()


# --- Concordance ---------------------------------------------------------

CONCORDANCE_COLUMNS = [
    Column("Set", 14), Column("File", 16), Column("Language", 9), Column("Unit", 8),
    Column("Sentence", 8), Column("Word", 14), Column("Term", 14), Column("Term covers", 16),
    Column("Inferred concept", 14), Column("Flagged", 12), Column("Evidence", 24),
    Column("Evidence text", 50), Column("Context", 60),
]


def write_concordance(wb, st: Styles, results: list[SetResult], max_rows: int) -> None:
    sheet = SplitSheet(wb, "Concordance", max_rows, lambda ws: _header(ws, st, CONCORDANCE_COLUMNS, paper=A3),
                       lambda ws, last: ws.autofilter(0, 0, max(last, 1), len(CONCORDANCE_COLUMNS) - 1))
    sheet.open()
    for sr in results:
        for vr in sr.versions:
            segs = vr.version.segments
            index = VersionIndex(vr)
            for k, occ in enumerate(vr.occurrences):
                concept, evidence = vr.inferred[k] if k < len(vr.inferred) else (None, [])
                seg = segs[occ.segment] if 0 <= occ.segment < len(segs) else None
                sent = vr.sentences[occ.sentence] if 0 <= occ.sentence < len(vr.sentences) else None
                ws, r = sheet.next_row()
                put_text(ws, st, r, 0, sr.name)
                put_text(ws, st, r, 1, vr.version.label)
                put_text(ws, st, r, 2, vr.version.lang)
                put_text(ws, st, r, 3, seg.id if seg else "")
                put_number(ws, st, r, 4, occ.sentence + 1)
                put_text(ws, st, r, 5, occ.surface)
                put_text(ws, st, r, 6, occ.term.text)
                put_text(ws, st, r, 7, ", ".join(sorted(occ.term.concepts)))
                put_text(ws, st, r, 8, concept or "(unknown)")
                put_text(ws, st, r, 9, index.flagged.get(index.key(occ.segment, occ.start), ""))
                best = next((e for e in evidence if e.text), None)
                put_text(ws, st, r, 10, "; ".join(
                    f"{e.rule}: {e.version}" + (f" ({e.score:.2f})" if e.score is not None else "")
                    for e in evidence))
                put_text(ws, st, r, 11, best.text if best else "")   # plain: rich text costs 3x
                if sent is not None:
                    put_rich(ws, st, r, 12, mark_spans(sent.text, [(occ.start - sent.start, occ.end - sent.start)]), "red")
    sheet.close()


# --- Termbase ------------------------------------------------------------

TERMBASE_COLUMNS = [Column("Distinction", 16), Column("Language", 9), Column("Concept", 12),
                    Column("Term", 18), Column("Preferred", 9), Column("Covers", 18),
                    Column("Definition", 60)]


def write_termbase(wb, st: Styles, termbase, max_rows: int) -> None:
    sheet = SplitSheet(wb, "Termbase", max_rows, lambda ws: _header(ws, st, TERMBASE_COLUMNS))
    for d in getattr(termbase, "distinctions", []):
        for lang in sorted(d.terms):
            for t in d.terms[lang]:
                ws, r = sheet.next_row()
                concept = next(iter(t.concepts)) if len(t.concepts) == 1 else "(ambiguous)"
                for c, v in enumerate([d.id, lang, concept, t.text, "yes" if t.preferred else "",
                                       ", ".join(c for c in d.concepts if c in t.concepts),
                                       d.definitions.get(concept, "")]):
                    put_text(ws, st, r, c, v)
    sheet.open()
    sheet.close()


# --- the workbook --------------------------------------------------------

def write_marker(wb, findings_sheets: list[str], inputs: dict | None = None, report_id: str = "",
                 key: bytes | None = None, references: str = "") -> None:
    """The sheet `audit apply` checks before trusting a workbook: the report's
    id (this machine's record of its corpus root is kept under it, never the
    root itself), each input file's path inside the root with its sha256, the
    signature of the references sheet, and the signature of all of it."""
    from .signing import key_id, sign
    ws = wb.add_worksheet(MARKER_SHEET)
    rows = [("marker", MARKER), ("schema", SCHEMA),
            ("findings sheets", "\n".join(findings_sheets)),
            ("columns", "\n".join(c.header for c in FINDINGS_COLUMNS)),
            ("report id", report_id), ("key id", key_id(key) if key else ""),
            ("references", references)]
    rows = [(k, v[:MAX_CELL], None) for k, v in rows]
    # one row per input file: ("input", path inside the root, sha256)
    rows += [("input", machine_text(rel), digest) for rel, digest in sorted((inputs or {}).items())]
    for r, cells in enumerate(rows):
        for c, v in enumerate(cells):
            if v:
                ws.write_string(r, c, v)
    if key:
        ws.write_string(len(rows), 0, "signature")
        ws.write_string(len(rows), 1, sign(key, [v for cells in rows for v in cells]))
    ws.very_hidden()
    wb.set_custom_property("term-collapse-audit schema", SCHEMA)


def write_excel(results: list[SetResult], path: Path, params: dict, termbase,
                protected=(), max_rows: int = MAX_ROWS, previous=None) -> Path:
    """Write the review workbook to `path` (atomically). `max_rows` is Excel's
    row limit; tests pass a small one to exercise splitting. `previous`
    (carryover.Previous) carries the last report's decisions over."""
    from .common import corpus_root, inputs_in_root
    from .signing import key, new_report_id, remember, sign
    path = Path(path)
    params = params if "inputs" in params else report_params(results, params, termbase)
    root = corpus_root(results, params)
    k, report_id = key(), new_report_id()
    signer = lambda values: sign(k, [report_id, *values])  # noqa: E731  a row is valid in its own report only
    with atomic_path(path, protected) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": True,
            "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
        })
        st = Styles(wb)
        st.report_name = path.name
        wb.set_properties({"title": "Term collapse audit", "comments": MARKER})
        write_summary(wb, st, results, _travelling_params(params, root), root)
        parts = write_findings(wb, st, results, root, max_rows, previous, signer)
        write_gone(wb, st, previous)
        write_alignment(wb, st, results, max_rows)
        write_concordance(wb, st, results, max_rows)
        write_termbase(wb, st, termbase, max_rows)
        write_records(wb, results, root)    # full records for audit.read_findings
        references = _references_sheet(wb, results, root, signer)
        write_marker(wb, parts, inputs_in_root(results, root), report_id, k, references)
        wb.worksheets()[1].activate()      # open on Findings
        try:
            wb.close()
        except xlsxwriter.exceptions.FileCreateError as e:
            # xlsxwriter wraps the OSError (a full disk): callers handle it as one
            cause = e.args[0] if e.args else None
            raise cause if isinstance(cause, OSError) else OSError(str(e)) from None
        remember(report_id, root)
    return path


def _travelling_params(params: dict, root: Path) -> dict:
    """The run's parameters with every path relative to the corpus root (or
    reduced to its name): the workbook travels, the auditor's folders do not."""
    options = dict(params.get("options", {}))
    for k in ("corpus", "termbase"):
        if isinstance(options.get(k), str) and options[k]:
            options[k] = travelling_path(options[k], root)
    termbase = params.get("termbase")
    return {**params, "options": options,
            "termbase": travelling_path(termbase, root) if isinstance(termbase, str) and termbase else termbase,
            "inputs": {travelling_path(p, root): h for p, h in params.get("inputs", {}).items()}}
