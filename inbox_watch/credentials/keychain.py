"""The system keyring (``keyring``): passwords and OAuth2 tokens under one service name.

Adapter: never logs or returns a secret in a message; keyring failures become ConfigError.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from inbox_watch.errors import ConfigError
from inbox_watch.settings import APP_NAME

SERVICE = APP_NAME  # the keyring service name


def password_key(account_name: str) -> str:
    return f"password:{account_name}"


def token_key(account_name: str) -> str:
    return f"oauth2:{account_name}"


def backend_name() -> str:
    """The keyring backend in use, e.g. ``SecretService Keyring`` (for doctor)."""
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def plaintext_file() -> str | None:
    """The file a plaintext keyring backend (``keyrings.alt``) keeps secrets in, or None
    for a real keyring: such a file is readable by whoever can read your home."""
    backend = keyring.get_keyring()
    if "plaintext" not in type(backend).__name__.lower():
        return None
    return str(getattr(backend, "file_path", "a file"))


def _unavailable(exc: BaseException) -> ConfigError:
    return ConfigError(
        f"the system keyring is not available ({type(exc).__name__}).",
        "Install and unlock a keyring (GNOME Keyring, KWallet, macOS Keychain), or use "
        "password_env / password_command instead.",
    )


def get_secret(key: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, key)
    except KeyringError as exc:
        raise _unavailable(exc) from None


def set_secret(key: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, key, value)
    except KeyringError as exc:
        raise _unavailable(exc) from None


def delete_secret(key: str) -> bool:
    """Remove an entry; False when there was none."""
    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise _unavailable(exc) from None
    return True
