"""Language registry. A language is one module in this package whose class is
decorated with `@register`; modules are imported on first use."""
from __future__ import annotations

from functools import lru_cache

from ...plugins import import_submodules
from .base import Hit, Language, match_case

_REGISTRY: dict[str, type[Language]] = {}
# Other codes files are named by for a registered language: Norwegian "no"
# (no.po, no_NO) is written in Bokmål, registered as "nb".
ALIASES = {"no": "nb"}


def register(cls: type[Language]) -> type[Language]:
    _REGISTRY[cls.code] = cls
    return cls


def _load_all() -> None:
    import_submodules(__name__, skip=("base",))


def known_languages() -> dict[str, type[Language]]:
    _load_all()
    return {**_REGISTRY, **{a: _REGISTRY[c] for a, c in ALIASES.items() if c in _REGISTRY}}


def base_code(code: str) -> str:
    """'pt-BR' -> 'pt', 'vi-2' -> 'vi', 'zh_Hans' -> 'zh', 'no_NO' -> 'nb'."""
    code = code.replace("_", "-").split("-")[0].lower()
    return ALIASES.get(code, code)


@lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    """The registered language, or the generic one (exact word matching)."""
    _load_all()
    cls = _REGISTRY.get(base_code(code))
    if cls is None:
        lang = Language()
        lang.code = base_code(code)
        return lang
    return cls()


__all__ = ["Hit", "Language", "get_language", "known_languages", "match_case", "register", "base_code"]
