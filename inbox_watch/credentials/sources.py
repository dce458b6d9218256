"""Where an account's secret comes from: the config, an environment variable, a shell
command, the system keyring, or an OAuth2 token. Settings only say which; this runs it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping

from inbox_watch.credentials import keychain
from inbox_watch.errors import ConfigError
from inbox_watch.logs import SECRETS
from inbox_watch.settings import AccountSettings


def account_secret(account: AccountSettings) -> str:
    """The account's keyring password, or for ``auth = "oauth2"`` a fresh access token."""
    if account.auth == "oauth2":
        # Imported here: requests and oauthlib load only for OAuth2 accounts.
        from inbox_watch.credentials.oauth import access_token

        return access_token(account)
    password = keychain.get_secret(keychain.password_key(account.name))
    if not password:
        raise ConfigError(
            f'account "{account.name}": no password in the system keyring '
            f"(service {keychain.SERVICE}, entry {keychain.password_key(account.name)}).",
            f"Store it with: inbox-watch auth set-password {account.name}",
        )
    return password


def resolve_password(account: AccountSettings, environ: Mapping[str, str] | None = None) -> str:
    """The account's password from its configured source; never logged or echoed (it is
    registered with the log filter before it is returned)."""
    secret = _resolve(account, environ)
    SECRETS.add(secret)
    return secret


def _resolve(account: AccountSettings, environ: Mapping[str, str] | None) -> str:
    environ = os.environ if environ is None else environ
    if account.auth == "oauth2" or account.password_keyring:
        # For oauth2 the "password" is a fresh access token.
        return account_secret(account)
    if account.password is not None:
        return account.password.get_secret_value()
    if account.password_env is not None:
        value = environ.get(account.password_env)
        if not value:
            raise ConfigError(
                f'account "{account.name}": environment variable {account.password_env} '
                "is not set.",
                "Export it (a service reads it from the unit's EnvironmentFile, "
                "~/.config/inbox-watch/env: see `inbox-watch service install`), "
                "or use password_command or the keyring.",
            )
        return value
    if account.password_command is not None:
        try:
            # Run through the shell, as mbsync's PassCmd does: users write pipes.
            result = subprocess.run(
                ["/bin/sh", "-c", account.password_command],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(
                f'account "{account.name}": password_command could not run: {type(exc).__name__}.'
            ) from None
        password = result.stdout.splitlines()[0] if result.stdout else ""
        if result.returncode != 0 or not password:
            # stderr may echo the secret store's content: name only the exit status.
            raise ConfigError(
                f'account "{account.name}": password_command failed '
                f"(exit {result.returncode}, no password printed)."
            )
        return password
    raise ConfigError(
        f'account "{account.name}": no password configured.',
        "Set password_env, password_command, password_keyring or password.",
    )
