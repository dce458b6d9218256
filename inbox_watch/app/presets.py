"""Provider presets: the shipped providers.toml, merged with the user's own.

Adapter: reads two TOML files; the rules about presets are in ``core/providers.py``.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import platformdirs

from inbox_watch.core.providers import Provider, merge_providers, parse_providers
from inbox_watch.errors import ConfigError, UsageError
from inbox_watch.settings import APP_NAME

USER_FILE = "providers.toml"


def user_presets_path() -> Path:
    """``providers.toml`` in the user config dir, next to config.toml."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / USER_FILE


def load_presets(user_file: Path | None = None) -> dict[str, Provider]:
    """The shipped presets, with the user's file (when it exists) merged over them."""
    shipped_text = resources.files("inbox_watch").joinpath(USER_FILE).read_text("utf-8")
    shipped, problems = parse_providers(tomllib.loads(shipped_text))
    if problems:  # a packaging mistake, caught by the tests
        raise ConfigError(f"shipped providers.toml is broken: {'; '.join(problems)}.")
    path = user_presets_path() if user_file is None else user_file
    if not path.is_file():
        return shipped
    try:
        extra_table = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"provider presets {path} cannot be read: {exc}.") from None
    extra, problems = parse_providers(extra_table)
    if problems:
        raise ConfigError(f"provider presets {path} are not valid: {'; '.join(problems)}.")
    return merge_providers(shipped, extra)


def find_preset(presets: dict[str, Provider], key: str) -> Provider:
    """The preset named ``key`` (``gmail``), or a ConfigError listing the known ones."""
    provider = presets.get(key.lower())
    if provider is None:
        known = ", ".join(sorted(presets))
        raise UsageError(f'unknown provider "{key}".', f"Known providers: {known}.")
    return provider
