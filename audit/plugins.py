"""Registries fill themselves by importing every module of their package
(a language, a check, a format or a command is one module)."""
from __future__ import annotations

import importlib
import pkgutil
import sys
from functools import lru_cache


@lru_cache(maxsize=None)
def import_submodules(package: str, skip: tuple[str, ...] = ()) -> None:
    """Import each module of `package` once, whatever was imported before."""
    pkg = importlib.import_module(package)
    for mod in pkgutil.iter_modules(pkg.__path__):
        if mod.name not in skip:
            importlib.import_module(f"{package}.{mod.name}")


def lazy_exports(package: str, homes: dict[str, str]):
    """A package's `__getattr__` (PEP 562) that imports each exported name's
    module (`homes`: name -> submodule) on first use, so importing the
    package costs nothing its caller does not use."""
    def __getattr__(name: str):
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{home}", package), name)
        setattr(sys.modules[package], name, value)
        return value
    return __getattr__
