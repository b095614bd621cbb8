"""findings.json (one document: findings and the run's parameters) and
findings.jsonl (one finding per line, for streaming into other tools)."""
from __future__ import annotations

import json
from pathlib import Path

from ..model import SetResult
from .common import atomic_path, finding_rows
from .quality import quality_records


def _finding_dict(row) -> dict:
    d = row.finding.to_dict()
    d["id"] = row.id
    d["set"] = row.set_name
    d["path"] = str(row.path)
    d["sha256"] = row.sha256
    return d


def write_json(results: list[SetResult], path: Path, params: dict, protected=()) -> Path:
    # Written piece by piece so 100,000 findings never sit in one big string.
    with atomic_path(path, protected) as tmp, open(tmp, "w", encoding="utf-8") as out:
        out.write('{"findings": [')
        for i, row in enumerate(finding_rows(results)):
            out.write(",\n  " if i else "\n  ")
            out.write(json.dumps(_finding_dict(row), ensure_ascii=False))
        out.write('\n],\n"observations": ')
        out.write(json.dumps([o.to_dict() for r in results for o in r.observations], ensure_ascii=False, indent=1))
        out.write(',\n"domains": ')
        out.write(json.dumps({r.name: {"domain": r.domain, "reason": r.domain_reason} for r in results if r.domain},
                             ensure_ascii=False, indent=1))
        out.write(',\n"params": ')
        out.write(json.dumps(params, ensure_ascii=False, indent=1))
        quality = quality_records(results)     # MT against references, where a set has one
        if quality:
            out.write(',\n"quality": ' + json.dumps(quality, ensure_ascii=False, indent=1))
        out.write("}\n")
    return path


def write_jsonl(results: list[SetResult], path: Path, params: dict, protected=()) -> Path:
    with atomic_path(path, protected) as tmp, open(tmp, "w", encoding="utf-8") as out:
        for row in finding_rows(results):
            out.write(json.dumps(_finding_dict(row), ensure_ascii=False) + "\n")
    return path
