"""Use cases behind ``inbox-watch init``: an account from a preset, its connection test,
the folders to watch, and the config file written with mode 0600.

Service layer: no prompts and no printing (``setup_cli.py`` asks and shows); never
writes a secret into the config unless the user chose ``password`` in the file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inbox_watch.core.providers import Provider, choose_watch_folders
from inbox_watch.errors import UsageError
from inbox_watch.imap.connection import connect, logout, map_imap_errors
from inbox_watch.imap.folders import find_spam_folder, flagged_spam_folder, list_folders
from inbox_watch.settings import AccountSettings, OAuth2Settings


@dataclass(frozen=True, slots=True)
class FolderDiscovery:
    """What ``init`` found on the server: the folders to write, and the spam folder."""

    folders: tuple[str, ...]
    spam_folder: str | None
    all_folders: tuple[str, ...]


def oauth2_settings_for(
    provider: Provider, client_id: str, client_secret: str | None
) -> OAuth2Settings:
    """The ``[accounts.oauth2]`` table from a preset's endpoints and the user's client."""
    preset = provider.oauth2
    if preset is None:
        raise UsageError(f"no OAuth2 endpoints are known for {provider.name}.")
    return OAuth2Settings.model_validate(
        {
            "client_id": client_id,
            "client_secret": client_secret,
            "flow": preset.flow.value,
            "token_url": preset.token_url,
            "authorization_url": preset.authorization_url,
            "device_authorization_url": preset.device_authorization_url,
            "scopes": preset.scopes,
            "mechanism": preset.mechanism,
        }
    )


def discover_folders(account: AccountSettings, secret: str, provider: Provider) -> FolderDiscovery:
    """Log in, LIST, and choose the folders to watch (INBOX and the spam folder)."""
    client = connect(account, secret)
    try:
        with map_imap_errors(account):
            listing = list_folders(client)
    finally:
        logout(client)
    flagged = flagged_spam_folder(listing)
    by_name = None if flagged is not None else find_spam_folder(listing)
    names = tuple(name for _flags, name in listing.folders)
    folders, spam = choose_watch_folders(flagged, by_name, provider.spam_folder, names)
    return FolderDiscovery(folders, spam, names)


# -- the config file ---------------------------------------------------------------------------


def _toml_value(value: Any) -> str:
    """A TOML literal for the plain values a config holds."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str | Path):
        # A JSON string is a valid TOML basic string (same escapes, \\uXXXX included).
        return json.dumps(str(value), ensure_ascii=False)
    if isinstance(value, Sequence):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def _table(values: Mapping[str, Any]) -> list[str]:
    return [f"{key} = {_toml_value(value)}" for key, value in values.items() if value is not None]


def render_config(
    account: Mapping[str, Any],
    oauth2: Mapping[str, Any] | None = None,
    store_path: Path | None = None,
    provider: Provider | None = None,
) -> str:
    """The text of a new config file with one account (values already validated)."""
    lines = [
        "# Written by `inbox-watch init`. Every option: config/inbox-watch.example.toml.",
        "# Check it with `inbox-watch doctor`.",
        "",
    ]
    if store_path is not None:
        lines += ["[store]", *_table({"path": store_path}), ""]
    lines.append("[[accounts]]")
    if provider is not None and provider.app_password_url and account.get("auth") != "oauth2":
        lines.append(f"# App password / IMAP access: {provider.app_password_url}")
    lines += _table(account)
    if oauth2 is not None:
        lines += ["", "[accounts.oauth2]", *_table(oauth2)]
    lines += [
        "",
        "# Vendors besides the built-in ones (`inbox-watch vendors`):",
        "# [[vendors]]",
        '# name = "Acme Cloud"',
        '# domains = ["acme.com", "acme.zendesk.com"]',
        '# helpdesk = "zendesk"',
        "",
    ]
    return "\n".join(lines)


def account_table(account: AccountSettings) -> dict[str, Any]:
    """The ``[[accounts]]`` keys worth writing: those that differ from the defaults."""
    values = account.model_dump(mode="json", exclude_defaults=True, exclude={"oauth2", "password"})
    ordered: dict[str, Any] = {
        "name": account.name,
        "host": account.host,
        "username": account.username,
    }
    ordered |= {key: value for key, value in values.items() if key not in ordered}
    if "port" not in ordered and account.port is not None:
        ordered["port"] = account.port
    return ordered


def oauth2_table(settings: OAuth2Settings) -> dict[str, Any]:
    values = settings.model_dump(mode="json", exclude_defaults=False, exclude={"client_secret"})
    if settings.client_secret is not None:
        values["client_secret"] = settings.client_secret.get_secret_value()
    return {key: value for key, value in values.items() if value not in (None, [], ())}


def write_config_file(path: Path, text: str, *, force: bool) -> None:
    """Write ``path`` with mode 0600 (atomically); refuse to replace it without ``force``."""
    if path.exists() and not force:
        raise UsageError(
            f"config file {path} exists already; not overwriting it.",
            "Use --force to replace it, or --config to write another file.",
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".toml")
    try:
        # mkstemp creates 0600 files: the mode is right before a byte is written.
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
