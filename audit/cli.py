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


def _register_commands() -> None:
    import importlib
    import pkgutil

    from . import commands
    for mod in pkgutil.iter_modules(commands.__path__):
        importlib.import_module(f"{commands.__name__}.{mod.name}")


_register_commands()
