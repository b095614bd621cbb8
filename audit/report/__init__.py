"""Reports of a run and what comes back from them: the review workbook, JSON,
CSV and pandas findings, the quality metrics against references, carrying
decisions over, and applying accepted fixes (apply)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..plugins import lazy_exports

__all__ = ["write_reports", "check_outputs", "FORMATS", "DEFAULT_NAMES"]

# loaded on first use: the pipeline imports report.metrics, which must not
# cost a check the writers' imports
__getattr__ = lazy_exports(__name__, {name: "outputs" for name in __all__})

if TYPE_CHECKING:
    from .outputs import DEFAULT_NAMES, FORMATS, check_outputs, write_reports
