"""Sub-commands of `audit`; see audit/cli.py. Shared helpers for commands live here."""
from __future__ import annotations

import sys
from contextlib import contextmanager

import typer

from ..errors import InputError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@contextmanager
def input_errors():
    """Turn bad input into one line on stderr and exit code 2, never a traceback."""
    try:
        yield
    except InputError as e:
        typer.echo(f"audit: error: {e}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        typer.echo("audit: interrupted", err=True)
        raise typer.Exit(130) from None


def is_terminal(stream=None) -> bool:
    return (stream or sys.stdout).isatty()
