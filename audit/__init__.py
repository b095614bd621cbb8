"""Find where a translation collapsed distinct terms into one word.

    from audit import audit_corpus, check_files, load_termbase
    results = audit_corpus(Path("corpora"))     # list[SetResult]
    result = check_files(Path("vi.txt"), with_=[Path("id.txt")])
    for finding in result.findings: ...
    frame = findings_frame(results)             # pandas DataFrame (audit.frame)
    frame = read_findings("reports/findings.json")   # or the audit.xlsx a run wrote
"""
from .errors import InputError
from .frame import FRAME_DTYPES, findings_frame, read_findings
from .model import Finding, SetResult
from .pipeline import audit_corpus, audit_versions, check_files
from .termbase import Termbase, load_termbase

__all__ = ["audit_corpus", "audit_versions", "check_files", "load_termbase",
           "Termbase", "Finding", "SetResult", "InputError",
           "findings_frame", "read_findings", "FRAME_DTYPES"]
