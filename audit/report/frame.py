"""Findings as a pandas DataFrame, from a run or from its reports.

    frame = audit.findings_frame(results)
    frame = audit.read_findings("reports/findings.json")   # or audit.xlsx, findings.jsonl

One row per finding, with the columns of findings.json plus the reviewer's
decision, and these dtypes (`FRAME_DTYPES`):

| column | dtype | |
|---|---|---|
| id, set, file, path, sha256, term, sentence, note | string | note is "" when there is none |
| replacement, suggestion, unit | string | <NA> where the finding has none |
| lang, distinction, concept, domain | category | categories: the values present, sorted (domain: as assumed for the replacement) |
| kind | category | wrong-term, ambiguous-term, self-collapse, mistranslation, term-compliance, suspected-collapse, term-missing, term-forbidden, then pofilter's (qa-...) (plus any other value present) |
| severity | ordered category | minor < major < critical |
| start, end, sentence_start, line | Int64 | line <NA> for units without one |
| confidence | float64 | rounded to 3 places, as in the reports |
| evidence | object | list of dicts (rule, version, text, score, term), as in findings.json |
| decision | category | accept, reject, edit; <NA> where undecided (always in JSON) |
| edited_text, comment | string | "" where the reviewer wrote nothing |

A frame read from the workbook equals the one read from findings.json of the
same run, except for what reviewers filled in. The workbook keeps each
finding's full record in the very hidden `_findings` sheet (the visible
columns are for people and lose detail); its rows come in the order of the
Findings sheet(s), so a row a reviewer deleted is gone from the frame too.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from ..errors import InputError
from ..model import SetResult

KINDS = ["wrong-term", "ambiguous-term", "self-collapse", "mistranslation", "term-compliance", "suspected-collapse",
         "term-missing", "term-forbidden"]
SEVERITY_ORDER = ["minor", "major", "critical"]
DECISIONS = ["accept", "reject", "edit"]
STRING_COLUMNS = ["id", "set", "file", "path", "sha256", "term", "sentence", "note",
                  "replacement", "suggestion", "unit", "edited_text", "comment"]
INT_COLUMNS = ["start", "end", "sentence_start", "line"]
COLUMNS = ["id", "set", "file", "path", "sha256", "lang", "distinction", "unit", "line",
           "start", "end", "sentence_start", "sentence", "term", "concept", "replacement",
           "suggestion", "kind", "severity", "confidence", "domain", "note", "evidence",
           "decision", "edited_text", "comment"]
FRAME_DTYPES = {**{c: "string" for c in STRING_COLUMNS}, **{c: "Int64" for c in INT_COLUMNS},
                "lang": "category", "distinction": "category", "concept": "category", "domain": "category",
                "kind": "category", "severity": "category", "decision": "category",
                "confidence": "float64", "evidence": "object"}
RECORDS_SHEET = "_findings"       # the workbook's full records, one finding per row
CHUNK = 5_000                     # escaped (at most 6x) it stays below 32,767 characters a cell


def finding_record(row) -> dict:
    """The finding as findings.json holds it (report.common.FindingRow in)."""
    d = row.finding.to_dict()
    d.update(id=row.id, set=row.set_name, path=str(row.path), sha256=row.sha256)
    return d


def findings_frame(results: Iterable[SetResult]):
    """The findings of a run as a DataFrame (see the module doc for its columns)."""
    from .common import finding_rows
    return _frame([finding_record(r) for r in finding_rows(results)])


def _frame(records: list[dict]):
    import pandas as pd
    df = pd.DataFrame.from_records(records, columns=COLUMNS)
    for c in ("note", "edited_text", "comment"):
        df[c] = df[c].where(df[c].notna(), "")
    for c in STRING_COLUMNS:
        df[c] = df[c].astype("string")
    for c in INT_COLUMNS:
        df[c] = pd.array([None if v is None or v != v else int(v) for v in df[c]], dtype="Int64")
    df["confidence"] = df["confidence"].astype("float64")
    df["evidence"] = pd.Series([list(e) if isinstance(e, list) else [] for e in df["evidence"]],
                               index=df.index, dtype=object)
    for c in ("lang", "distinction", "concept", "domain"):
        df[c] = pd.Categorical(df[c], categories=sorted(set(df[c].dropna())))
    df["kind"] = pd.Categorical(df["kind"], categories=KINDS + sorted(set(df["kind"].dropna()) - set(KINDS)))
    df["severity"] = pd.Categorical(df["severity"], categories=SEVERITY_ORDER, ordered=True)
    df["decision"] = pd.Categorical(df["decision"].where(df["decision"].isin(DECISIONS)), categories=DECISIONS)
    return df


def read_findings(path: Path | str):
    """findings.json, findings.jsonl or the review workbook back into the frame."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such findings file")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _frame(_workbook_records(path))
    try:
        text = path.read_text(encoding="utf-8")
        if suffix == ".jsonl":
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            data = json.loads(text)
            records = data["findings"] if isinstance(data, dict) else data
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as e:
        raise InputError(path, f"not a findings file ({type(e).__name__}: {e})") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError(path, "not a findings file (expected a list of findings)")
    return _frame(records)


def _workbook_records(path: Path) -> list[dict]:
    from .cells import read_marker, cell_text
    from .untrusted import open_workbook, sheet_rows
    from .cells import from_machine_text
    wb = open_workbook(path)
    try:
        info = read_marker(wb, path)
        if RECORDS_SHEET not in wb.sheetnames:
            raise InputError(path, f"no {RECORDS_SHEET!r} sheet: written by an older version; read its findings.json")
        full = {}
        for row in wb[RECORDS_SHEET].iter_rows(values_only=True):
            if not row or row[0] is None:
                continue
            raw = "".join(from_machine_text(c) or "" for c in row[1:] if c is not None)
            full[str(row[0])] = json.loads(raw)
        records = []
        for name in [s for s in info.get("findings sheets", "").split("\n") if s]:
            it = sheet_rows(wb[name])
            header = [cell_text(h).strip() for h in next(it, ())]
            col = {h: i for i, h in enumerate(header) if h}
            if "ID" not in col:
                raise InputError(path, f"sheet {name!r}: column 'ID' is missing or renamed")
            for values in it:
                get = lambda h: values[col[h]] if h in col and col[h] < len(values) else None  # noqa: E731
                fid = cell_text(get("ID"))
                if fid not in full:
                    continue          # a row a reviewer added: no finding behind it
                rec = dict(full[fid])
                decision = cell_text(get("Decision")).strip().lower()
                rec.update(decision=decision or None, edited_text=cell_text(get("Edited text")),
                           comment=cell_text(get("Comment")))
                records.append(rec)
        return records
    finally:
        wb.close()


def write_records(wb, results: Iterable[SetResult], root=None) -> None:
    """The very hidden sheet of full finding records `read_findings` reads
    back (xlsxwriter workbook in, any mode). With the corpus `root`, paths are
    relative to it: a workbook travels, the auditor's folders do not."""
    from .common import finding_rows
    from .cells import machine_text, travelling_path
    ws = wb.add_worksheet(RECORDS_SHEET)
    for r, row in enumerate(finding_rows(results)):
        ws.write_string(r, 0, row.id)
        record = finding_record(row)
        if root is not None:
            for k in ("path", "file"):
                if isinstance(record.get(k), str) and record[k]:
                    record[k] = travelling_path(record[k], root)
        text = json.dumps(record, ensure_ascii=False)
        for c, k in enumerate(range(0, len(text), CHUNK), start=1):
            # each chunk its own JSON string: machine_text keeps them safe from Excel
            ws.write_string(r, c, machine_text(text[k:k + CHUNK]))
    ws.very_hidden()
