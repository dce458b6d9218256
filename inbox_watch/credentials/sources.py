"""Where an account's secret comes from: the config, an environment variable, a shell
command, the system keyring, or an OAuth2 token. Settings only say which; this runs it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Mapping
from typing import Literal

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


def resolve_password(
    account: AccountSettings,
    environ: Mapping[str, str] | None = None,
    stop: threading.Event | None = None,
) -> str:
    """The account's password from its configured source; never logged or echoed (it is
    registered with the log filter before it is returned). ``stop`` ends a running
    password_command early (the daemon is stopping)."""
    secret = _resolve(account, environ, stop)
    SECRETS.add(secret)
    return secret


PasswordSource = Literal["oauth2", "keyring", "config", "env", "command"]


def password_source(account: AccountSettings) -> PasswordSource | None:
    """Which source ``resolve_password`` reads for ``account``, in its own order."""
    if account.auth == "oauth2":
        return "oauth2"
    if account.password_keyring:
        return "keyring"
    if account.password is not None:
        return "config"
    if account.password_env is not None:
        return "env"
    if account.password_command is not None:
        return "command"
    return None


def _resolve(
    account: AccountSettings, environ: Mapping[str, str] | None, stop: threading.Event | None
) -> str:
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
        return _run_password_command(account, account.password_command, stop)
    raise ConfigError(
        f'account "{account.name}": no password configured.',
        "Set password_env, password_command, password_keyring or password.",
    )


def _run_password_command(
    account: AccountSettings, command: str, stop: threading.Event | None
) -> str:
    """The first line ``command`` prints, within the account's ``timeout``.

    Run through the shell, as mbsync's PassCmd is: users write pipes. It runs in a
    session of its own, so that on timeout or ``stop`` the whole group goes (a ``gpg``
    waiting for a pinentry under ``sh -c`` would outlive a killed shell). Its stderr is
    never shown: a secret store may echo what it holds."""
    try:
        child = subprocess.Popen(
            ["/bin/sh", "-c", command],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    except OSError as exc:
        raise ConfigError(
            f'account "{account.name}": password_command could not run: {type(exc).__name__}.'
        ) from None
    deadline = time.monotonic() + account.timeout
    while True:
        try:
            # Short waits, so that a stopping daemon need not wait for the timeout.
            wait = max(0.0, min(0.2, deadline - time.monotonic()))
            stdout, _ = child.communicate(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            stopping = stop is not None and stop.is_set()
            if not stopping and time.monotonic() < deadline:
                continue
            _kill_group(child)
            if stopping:
                raise ConfigError(
                    f'account "{account.name}": password_command stopped: shutting down.'
                ) from None
            raise ConfigError(
                f'account "{account.name}": password_command printed nothing within '
                f"{account.timeout:g} s and was stopped.",
                "Check that it runs without a terminal (a pinentry or a prompt cannot be "
                "answered by a service), or raise the account's timeout.",
            ) from None
    password = stdout.splitlines()[0] if stdout else ""
    if child.returncode != 0 or not password:
        raise ConfigError(
            f'account "{account.name}": password_command failed '
            f"(exit {child.returncode}, no password printed)."
        )
    return password


def _kill_group(child: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGKILL)
    try:
        child.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        # A grandchild that left the group still holds the pipes: stop reading them.
        for pipe in (child.stdout, child.stderr):
            if pipe is not None:
                pipe.close()
        child.wait()
