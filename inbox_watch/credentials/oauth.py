"""OAuth2 for IMAP (Gmail, Microsoft): sign-in flows, token refresh, tokens in the keyring.

Adapter over requests-oauthlib. Must not log, print or raise with a token in it; the
decisions (when to refresh, what an error means) are in ``core/tokens.py``.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from oauthlib.oauth2 import DeviceClient, OAuth2Error
from requests_oauthlib import OAuth2Session

from inbox_watch.core.tokens import (
    OAuthToken,
    needs_refresh,
    next_poll_interval,
    oauth_error_advice,
    token_from_record,
    token_from_response,
    token_to_record,
)
from inbox_watch.credentials import keychain
from inbox_watch.errors import (
    AuthenticationError,
    ConfigError,
    ConnectionFailedError,
    UserError,
)
from inbox_watch.settings import AccountSettings, OAuth2Settings

# requests-oauthlib logs request bodies (refresh tokens, codes) at debug level, and
# `--debug` turns the root logger to DEBUG: keep these two quiet whatever the level.
for _name in ("requests_oauthlib", "oauthlib"):
    logging.getLogger(_name).setLevel(logging.WARNING)

log = logging.getLogger(__name__)

Clock = Callable[[], float]
"""Seconds since the epoch (``time.time``); injected where a token's age matters."""

# Access tokens live for the process (a daemon's reconnects reuse them until expiry);
# the keyring holds the refresh token across runs.
_tokens: dict[str, OAuthToken] = {}
_tokens_lock = threading.Lock()


def _settings(account: AccountSettings) -> OAuth2Settings:
    if account.oauth2 is None:
        raise ConfigError(f'account "{account.name}": no [accounts.oauth2] table.')
    return account.oauth2


def _host(url: str | None) -> str:
    return urlsplit(url or "").hostname or "?"


def _secret(settings: OAuth2Settings) -> str | None:
    return settings.client_secret.get_secret_value() if settings.client_secret else None


# -- the token store -------------------------------------------------------------------------


def load_token(account: AccountSettings) -> OAuthToken | None:
    """The account's token: this process's copy, else the keyring's."""
    with _tokens_lock:
        cached = _tokens.get(account.name)
    if cached is not None:
        return cached
    text = keychain.get_secret(keychain.token_key(account.name))
    if not text:
        return None
    try:
        record = json.loads(text)
    except ValueError:
        return None
    return token_from_record(record) if isinstance(record, dict) else None


def save_token(account: AccountSettings, token: OAuthToken) -> None:
    keychain.set_secret(keychain.token_key(account.name), json.dumps(token_to_record(token)))
    with _tokens_lock:
        _tokens[account.name] = token


def forget_token(account: AccountSettings) -> bool:
    """Sign out locally: drop the cached and stored tokens (the grant stays with the
    provider until revoked there)."""
    with _tokens_lock:
        _tokens.pop(account.name, None)
    return keychain.delete_secret(keychain.token_key(account.name))


# -- access tokens ---------------------------------------------------------------------------


def access_token(account: AccountSettings, clock: Clock = time.time) -> str:
    """A valid access token for IMAP: the stored one, refreshed first when it is expired
    or about to be. Called on every (re)connect, so a long daemon run keeps working."""
    token = load_token(account)
    if token is None:
        raise AuthenticationError(
            f'account "{account.name}": not signed in with OAuth2 yet.',
            f"Run: inbox-watch auth login {account.name}",
        )
    if needs_refresh(token, clock()):
        token = refresh(account, token, clock)
    return token.access_token


def renew_access_token(account: AccountSettings) -> str:
    """A new access token even though the old one looked valid: the server refused it."""
    token = load_token(account)
    if token is None:
        return access_token(account)
    return refresh(account, token).access_token


def refresh(account: AccountSettings, token: OAuthToken, clock: Clock = time.time) -> OAuthToken:
    """Trade the refresh token for a new access token and store the result."""
    settings = _settings(account)
    if token.refresh_token is None:
        raise AuthenticationError(
            f'account "{account.name}": the OAuth2 access token expired and there is no '
            "refresh token to renew it.",
            f"Run: inbox-watch auth login {account.name}",
        )
    log.info('account "%s": refreshing the OAuth2 access token', account.name)
    # No scope on refresh: the grant's scopes apply, and oauthlib would otherwise refuse
    # an answer whose scope list differs from the request (Microsoft drops offline_access).
    session = OAuth2Session(client_id=settings.client_id)
    now = clock()
    response = _token_call(
        account,
        settings,
        lambda: session.refresh_token(
            settings.token_url,
            refresh_token=token.refresh_token,
            client_id=settings.client_id,
            client_secret=_secret(settings),
            timeout=account.timeout,
        ),
    )
    renewed = token_from_response(response, now, token.refresh_token)
    if renewed is None:
        raise AuthenticationError(
            f'account "{account.name}": the token endpoint {_host(settings.token_url)} '
            "answered without an access token.",
            f"Run: inbox-watch auth login {account.name}",
        )
    save_token(account, renewed)
    return renewed


def _token_call(
    account: AccountSettings, settings: OAuth2Settings, call: Callable[[], Mapping[str, Any]]
) -> Mapping[str, Any]:
    """Run one token-endpoint request; its failures become one-line errors."""
    try:
        return call()
    except (OAuth2Error, requests.RequestException, ValueError) as exc:
        raise _failure(account, settings, exc) from None


def _failure(account: AccountSettings, settings: OAuth2Settings, exc: BaseException) -> UserError:
    """The one-line error for a failed call to the provider (never quoting a token)."""
    where = f'account "{account.name}"'
    host = _host(settings.token_url)
    if isinstance(exc, OAuth2Error):
        reason, hint = oauth_error_advice(exc.error, account.name)
        return AuthenticationError(f"{where}: {reason} ({host} said {exc.error}).", hint)
    if isinstance(exc, requests.exceptions.SSLError):
        return ConnectionFailedError(f"{where}: TLS to the token endpoint {host} failed.")
    if isinstance(exc, requests.RequestException):
        return ConnectionFailedError(
            f"{where}: the token endpoint {host} could not be reached ({type(exc).__name__})."
        )
    return AuthenticationError(
        f"{where}: the token endpoint {host} did not answer with a token.",
        "Check token_url under [accounts.oauth2].",
    )


# -- device flow (RFC 8628) ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DevicePrompt:
    """What the user must do on another device."""

    verification_uri: str
    user_code: str
    expires_in: float
    message: str | None = None


def login_device(
    account: AccountSettings,
    show: Callable[[DevicePrompt], None],
    sleep: Callable[[float], None] = time.sleep,
    clock: Clock = time.time,
) -> OAuthToken:
    """Sign in with a code typed in at the provider's page; stores and returns the token."""
    settings = _settings(account)
    if not settings.device_authorization_url:
        raise ConfigError(
            f'account "{account.name}": the device flow needs device_authorization_url.',
            'Set it under [accounts.oauth2], or use flow = "loopback".',
        )
    session = OAuth2Session(client=DeviceClient(settings.client_id))
    data = {"client_id": settings.client_id, "scope": " ".join(settings.scopes)}
    if settings.client_secret is not None:
        data["client_secret"] = settings.client_secret.get_secret_value()
    payload = _token_call(
        account,
        settings,
        lambda: _device_authorization(
            session, settings.device_authorization_url or "", data, account.timeout
        ),
    )
    device_code = payload.get("device_code")
    user_code = payload.get("user_code")
    # Google says verification_url, RFC 8628 verification_uri.
    uri = payload.get("verification_uri") or payload.get("verification_url")
    if not (isinstance(device_code, str) and isinstance(user_code, str) and isinstance(uri, str)):
        raise AuthenticationError(
            f'account "{account.name}": {_host(settings.device_authorization_url)} did not '
            "answer with a device code.",
            "Check device_authorization_url and client_id under [accounts.oauth2].",
        )
    expires_in = float(payload.get("expires_in") or 900)
    interval = float(payload.get("interval") or 5)
    message = payload.get("message")
    show(DevicePrompt(uri, user_code, expires_in, message if isinstance(message, str) else None))
    token = _poll_for_token(
        account, session, device_code, interval, clock() + expires_in, sleep, clock
    )
    save_token(account, token)
    return token


def _poll_for_token(
    account: AccountSettings,
    session: OAuth2Session,
    device_code: str,
    interval: float,
    deadline: float,
    sleep: Callable[[float], None],
    clock: Clock,
) -> OAuthToken:
    """RFC 8628 3.4-3.5: ask the token endpoint until the user has typed the code."""
    settings = _settings(account)
    while True:
        sleep(interval)
        now = clock()
        try:
            response = session.fetch_token(
                settings.token_url,
                device_code=device_code,
                include_client_id=True,
                client_secret=_secret(settings),
                timeout=account.timeout,
            )
        except OAuth2Error as exc:
            wait = next_poll_interval(interval, exc.error)
            if wait is None:
                raise _failure(account, settings, exc) from None
            if clock() > deadline:
                raise _failure(account, settings, _custom_error("expired_token")) from None
            interval = wait
            continue
        except (requests.RequestException, ValueError) as exc:
            raise _failure(account, settings, exc) from None
        token = token_from_response(response, now)
        if token is None:
            raise AuthenticationError(
                f'account "{account.name}": the token endpoint answered without a token.'
            )
        return token


def _device_authorization(
    session: OAuth2Session, url: str, data: dict[str, str], timeout: float
) -> Mapping[str, Any]:
    response = session.post(url, data=data, timeout=timeout, headers={"Accept": "application/json"})
    payload = response.json()
    if not isinstance(payload, dict):
        raise ValueError("not a JSON object")
    if "error" in payload:
        raise _custom_error(str(payload["error"]))
    return payload


def _custom_error(error: str) -> OAuth2Error:
    exc = OAuth2Error()
    exc.error = error
    return exc


# -- loopback redirect flow (RFC 8252 7.3, with PKCE) ---------------------------------------


def login_loopback(
    account: AccountSettings,
    open_browser: Callable[[str], object],
    timeout: float = 300.0,
    clock: Clock = time.time,
) -> OAuthToken:
    """Sign in in a browser that comes back to http://127.0.0.1:<port>/; stores the token."""
    settings = _settings(account)
    if not settings.authorization_url:
        raise ConfigError(
            f'account "{account.name}": the loopback flow needs authorization_url.',
            "Set it under [accounts.oauth2].",
        )
    receiver = _RedirectReceiver(settings.redirect_port)
    try:
        session = OAuth2Session(
            settings.client_id,
            scope=list(settings.scopes),
            redirect_uri=receiver.redirect_uri,
            pkce="S256",
        )
        # access_type/prompt: Google returns a refresh token only when asked this way.
        url, state = session.authorization_url(
            settings.authorization_url, access_type="offline", prompt="consent"
        )
        receiver.start()
        open_browser(url)
        query = receiver.wait(timeout)
    finally:
        receiver.close()
    code = _code_from_answer(account, query, state, timeout)
    # The answer's scope list is not checked: Google adds scopes it grants anyway.
    session.scope = None
    now = clock()
    response = _token_call(
        account,
        settings,
        lambda: session.fetch_token(
            settings.token_url,
            code=code,
            include_client_id=True,
            client_secret=_secret(settings),
            timeout=account.timeout,
        ),
    )
    token = token_from_response(response, now)
    if token is None:
        raise AuthenticationError(
            f'account "{account.name}": the token endpoint answered without a token.'
        )
    save_token(account, token)
    return token


def _code_from_answer(
    account: AccountSettings, query: Mapping[str, str] | None, state: str, timeout: float
) -> str:
    """The authorization code the browser brought back, once its answer is checked."""
    if query is None:
        raise AuthenticationError(
            f'account "{account.name}": no answer from the browser within {timeout:g} s.',
            f"Run inbox-watch auth login {account.name} again and finish the sign-in.",
        )
    if "error" in query:
        reason, hint = oauth_error_advice(query["error"], account.name)
        raise AuthenticationError(f'account "{account.name}": {reason}.', hint)
    if not secrets.compare_digest(query.get("state", ""), state):
        raise AuthenticationError(
            f'account "{account.name}": the browser came back with a wrong state; '
            "refusing the code.",
            f"Run inbox-watch auth login {account.name} again.",
        )
    return query.get("code", "")


class _RedirectReceiver:
    """A one-shot HTTP server on 127.0.0.1 that records the query of the redirect."""

    def __init__(self, port: int) -> None:
        receiver = self
        self.query: dict[str, str] | None = None
        self._done = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parsed = parse_qs(urlsplit(self.path).query)
                query = {key: values[0] for key, values in parsed.items()}
                if "code" not in query and "error" not in query:
                    self.send_error(404)
                    return
                receiver.query = query
                body = b"inbox-watch: sign-in received. You can close this window.\n"
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                receiver._done.set()

            def log_message(self, format: str, *args: Any) -> None:
                # The request line holds the authorization code: never log it.
                return

        self._server = HTTPServer(("127.0.0.1", port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float) -> dict[str, str] | None:
        self._done.wait(timeout)
        return self.query

    def close(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()
