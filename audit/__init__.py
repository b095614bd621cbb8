"""Find where a translation collapsed distinct terms into one word.

    from audit import audit_corpus, check_files, load_termbase
    results = audit_corpus(Path("corpora"))     # list[SetResult]
    result = check_files(Path("vi.txt"), with_=[Path("id.txt")])
    for finding in result.findings: ...
    frame = findings_frame(results)             # pandas DataFrame (audit.report.frame)
    frame = read_findings("reports/findings.json")   # or the audit.xlsx a run wrote
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .plugins import lazy_exports

# Each name loads its module on first use (PEP 562), so that `audit --help`
# and `import audit.cli` do not pay for the pipeline they may never run.
_HOMES = {
    "InputError": "errors",
    "FRAME_DTYPES": "report.frame", "findings_frame": "report.frame", "read_findings": "report.frame",
    "Finding": "model", "SetResult": "model",
    "audit_corpus": "run.api", "audit_versions": "run.pipeline", "check_files": "run.api",
    "Termbase": "terms.termbase", "load_termbase": "terms.termbase",
}

__all__ = ["audit_corpus", "audit_versions", "check_files", "load_termbase",
           "Termbase", "Finding", "SetResult", "InputError",
           "findings_frame", "read_findings", "FRAME_DTYPES"]


__getattr__ = lazy_exports(__name__, _HOMES)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
    from .errors import InputError
    from .report.frame import FRAME_DTYPES, findings_frame, read_findings
    from .model import Finding, SetResult
    from .run.api import audit_corpus, check_files
    from .run.pipeline import audit_versions
    from .terms.termbase import Termbase, load_termbase
