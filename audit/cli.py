"""The `audit` command. Each sub-command lives in its own module under
`audit/commands/`; importing the module registers it on `app`."""
from __future__ import annotations

import typer

app = typer.Typer(
    help="Find where a translation collapsed distinct terms (client/customer) into one word.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


from .plugins import import_submodules  # noqa: E402  (commands register on `app`)

import_submodules("audit.commands")
