"""Credentials: the system keyring and OAuth2 tokens, behind one call.

Adapter: keyring and requests-oauthlib stay in this package; secrets never leave it
except as the return value of :func:`account_secret`, and never in a message.
"""

from __future__ import annotations

from inbox_watch.credentials import keychain
from inbox_watch.errors import ConfigError
from inbox_watch.settings import AccountSettings


def account_secret(account: AccountSettings) -> str:
    """The account's keyring password, or for ``auth = "oauth2"`` a fresh access token."""
    if account.auth == "oauth2":
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
