"""Sub-commands of `audit`; see audit/cli.py. Shared helpers for commands live here."""
from __future__ import annotations

import sys
from contextlib import contextmanager, nullcontext

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


def use_colour(stream=None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    import os
    return is_terminal(stream) and not os.environ.get("NO_COLOR")


def console(stderr: bool = True):
    """A rich console that honours NO_COLOR and, when not a terminal, never
    wraps lines (a piped summary line stays one line)."""
    import os
    from rich.console import Console
    stream = sys.stderr if stderr else sys.stdout
    tty = is_terminal(stream)
    return Console(stderr=stderr, no_color=bool(os.environ.get("NO_COLOR")), soft_wrap=not tty,
                   highlight=False, width=None if tty else 100_000)


def project_setup(near, termbase, checks: str, domain: str | None):
    """(profile, termbase, domain) for a command: the project profile found
    from `near` (None without one), the termbase with the profile's glossary
    and the --checks added, and the domain: --domain, else the profile's
    (checked here, before any work; the report says where it came from)."""
    from ..files.profile import find_profile, load_profile
    from ..run.api import given_domain, prepared_termbase
    found = find_profile(near)
    profile = load_profile(found) if found else None
    tb = prepared_termbase(termbase, profile, checks.split(","))
    if domain:
        return profile, tb, given_domain(domain)
    if profile and profile.domain:
        try:
            return profile, tb, given_domain(profile.domain, f"set in {profile.path.name}")
        except InputError as e:
            raise InputError(profile.path, f"domain: {e.problem}") from None
    return profile, tb, None


def page_scope(whole_page: bool):
    """--whole-page: the web page reader keeps everything on the page (it
    loads only where the option is given)."""
    if not whole_page:
        return nullcontext()
    from ..files.readers.webpage import whole_page as whole
    return whole()
