"""Typed reads of fields in a parsed TOML table, for the shipped data files
(providers.toml, vendors.toml) and the user's copies of them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def problem_reason(exc: BaseException) -> str:
    """A parse error as the short reason a problem line shows."""
    if isinstance(exc, KeyError):
        return f"missing {exc.args[0]!r}"
    return str(exc)


def string_list(value: Any, field: str) -> tuple[str, ...]:
    """``value`` as a tuple of strings, or a TypeError naming ``field``.

    >>> string_list(["a", "b"], "domains")
    ('a', 'b')
    """
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise TypeError(f"{field} must be a list of strings")
    if not all(isinstance(item, str) for item in value):
        raise TypeError(f"{field} must be a list of strings")
    return tuple(value)


def optional_string(entry: Mapping[str, Any], field: str) -> str | None:
    """``entry[field]`` when it is a string, None when it is absent."""
    value = entry.get(field)
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{field} must be a string")
    return value
