"""One exception type for bad input: the CLI prints it as one line and exits 2."""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Input the tool cannot use. The message names the file and the problem."""

    def __init__(self, path: Path | str | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)


class Unsupported(InputError):
    """A file the tool cannot audit, though nothing is wrong with it: a format
    it does not read, or a language it has no terms for. `audit check` stops
    on it (exit 2); `audit run` warns and goes on without the file."""
