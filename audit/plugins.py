"""Registries fill themselves by importing every module of their package
(a language, a check, a format or a command is one module)."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache


@lru_cache(maxsize=None)
def import_submodules(package: str, skip: tuple[str, ...] = ()) -> None:
    """Import each module of `package` once, whatever was imported before."""
    pkg = importlib.import_module(package)
    for mod in pkgutil.iter_modules(pkg.__path__):
        if mod.name not in skip:
            importlib.import_module(f"{package}.{mod.name}")
