"""Core: OAuth2 token records and the decisions about them (refresh when, advise what).

Pure: no HTTP, no keyring, no clock (``now`` is seconds since the epoch, an argument).
Token strings never appear in a repr or a message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_REFRESH_MARGIN = 60.0
"""Refresh this many seconds before expiry at most (a login must not race the clock)."""


@dataclass(frozen=True, slots=True)
class OAuthToken:
    """An access token, the refresh token that renews it, and when it expires."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False, default=None)
    expires_at: float | None = None
    obtained_at: float = 0.0


def token_from_response(
    response: Mapping[str, Any], now: float, previous_refresh_token: str | None = None
) -> OAuthToken | None:
    """A token from a token endpoint's JSON answer; None if it holds no access token.

    A refresh answer often omits the refresh token (RFC 6749 6): the old one stays valid.
    ``token_from_response({"access_token": "a", "expires_in": 3600}, 100.0).expires_at == 3700.0``
    """
    access = response.get("access_token")
    if not isinstance(access, str) or not access:
        return None
    refresh = response.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        refresh = previous_refresh_token
    expires_in = response.get("expires_in")
    expires_at: float | None = None
    # Some endpoints send expires_in as a string ("3599").
    if isinstance(expires_in, str) and expires_in.isdigit():
        expires_in = int(expires_in)
    if isinstance(expires_in, int | float) and not isinstance(expires_in, bool):
        expires_at = now + float(expires_in)
    return OAuthToken(access, refresh, expires_at, now)


def refresh_margin(token: OAuthToken) -> float:
    """How long before expiry to refresh: a minute, or a quarter of a short lifetime."""
    if token.expires_at is None:
        return 0.0
    lifetime = max(0.0, token.expires_at - token.obtained_at)
    return min(MAX_REFRESH_MARGIN, lifetime / 4)


def needs_refresh(token: OAuthToken, now: float) -> bool:
    """True when the access token is expired or about to be.

    A token without ``expires_in`` is used until the server refuses it.
    ``needs_refresh(OAuthToken("a", "r", expires_at=1000.0, obtained_at=0.0), 950.0) is True``
    """
    if token.expires_at is None:
        return False
    return now >= token.expires_at - refresh_margin(token)


def token_to_record(token: OAuthToken) -> dict[str, Any]:
    """The JSON-able form kept in the keyring."""
    return {
        "access_token": token.access_token,
        "refresh_token": token.refresh_token,
        "expires_at": token.expires_at,
        "obtained_at": token.obtained_at,
    }


def token_from_record(record: Mapping[str, Any]) -> OAuthToken | None:
    """The inverse of :func:`token_to_record`; None for anything malformed."""
    access = record.get("access_token")
    refresh = record.get("refresh_token")
    expires_at = record.get("expires_at")
    obtained_at = record.get("obtained_at", 0.0)
    if not isinstance(access, str) or not (refresh is None or isinstance(refresh, str)):
        return None
    if not (expires_at is None or isinstance(expires_at, int | float)):
        return None
    if not isinstance(obtained_at, int | float):
        return None
    return OAuthToken(
        access, refresh, None if expires_at is None else float(expires_at), float(obtained_at)
    )


# RFC 6749 5.2 and RFC 8628 3.5 error codes, in words a user can act on.
_ADVICE: Mapping[str, tuple[str, str]] = {
    "invalid_grant": (
        "the OAuth2 grant was revoked or has expired",
        "Sign in again: inbox-watch auth login {account}",
    ),
    "invalid_client": (
        "the OAuth2 client id (or secret) was refused",
        "Check client_id / client_secret under [accounts.oauth2] against your app registration.",
    ),
    "unauthorized_client": (
        "the app registration may not use this grant type",
        "Allow public client flows (device code) or the redirect URI in your app registration.",
    ),
    "invalid_scope": (
        "the requested OAuth2 scope was refused",
        "Check scopes under [accounts.oauth2] and the API permissions of your app.",
    ),
    "access_denied": (
        "the sign-in was declined",
        "Run inbox-watch auth login {account} again and approve the access.",
    ),
    "expired_token": (
        "the device code expired before the sign-in was finished",
        "Run inbox-watch auth login {account} again and finish within the time shown.",
    ),
}


def oauth_error_advice(error: str, account: str) -> tuple[str, str]:
    """(what failed, what to do) for an OAuth2 error code from the provider.

    ``oauth_error_advice("invalid_grant", "w")[1] == "Sign in again: inbox-watch auth login w"``
    """
    reason, hint = _ADVICE.get(
        error,
        (f"the token endpoint answered {error!r}", "Run inbox-watch auth login {account}."),
    )
    return reason, hint.format(account=account)


def next_poll_interval(interval: float, error: str) -> float | None:
    """Device flow (RFC 8628 3.5): the next wait while polling, or None to stop polling.

    ``authorization_pending`` keeps the interval, ``slow_down`` adds five seconds.
    """
    if error == "authorization_pending":
        return interval
    if error == "slow_down":
        return interval + 5.0
    return None
