"""One exception type for bad input: the CLI prints it as one line and exits 2."""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Input the tool cannot use. The message names the file and the problem."""

    def __init__(self, path: Path | str | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)
