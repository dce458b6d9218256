"""IMAP connection: TLS, STARTTLS, login, and the translation of errors at this seam.

Adapter: opens and authenticates a session; never sends a secret anywhere but LOGIN.
"""

from __future__ import annotations

import imaplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from inbox_watch.errors import (
    AuthenticationError,
    CertificateError,
    ConfigError,
    ConnectionFailedError,
)
from inbox_watch.settings import AccountSettings


def tls_context(account: AccountSettings) -> ssl.SSLContext:
    """The system's trust store, plus the account's ``ca_file``; hostnames are checked."""
    context = ssl.create_default_context()
    if account.ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(account.ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(
                f'account "{account.name}": ca_file {account.ca_file} is not a PEM '
                f"certificate file ({type(exc).__name__})."
            ) from None
    return context


@contextmanager
def map_imap_errors(account: AccountSettings) -> Iterator[None]:
    """Turn socket, TLS and IMAP failures into inbox-watch errors naming the account.

    The cause stays chained for ``--debug`` tracebacks (which pass the secret filter);
    the message shown to the user is ours alone."""
    where = f'account "{account.name}" ({account.host}:{account.resolved_port})'
    try:
        yield
    except LoginError as exc:
        if _lost_during_login(exc):
            raise ConnectionFailedError(
                f"{where}: connection lost during login ({_server_text(exc)})."
            ) from exc
        raise AuthenticationError(
            f"{where}: login as {account.username} was refused: {_server_text(exc)}.",
            f"Sign in again: inbox-watch auth login {account.name}"
            if account.auth == "oauth2"
            else "Check the username and password source.",
        ) from exc
    except ssl.SSLCertVerificationError as exc:
        raise CertificateError(
            f"{where}: the server certificate did not verify ({exc.verify_message}).",
            "Set ca_file for a private CA, or fix the server certificate.",
        ) from exc
    except ssl.SSLError as exc:
        raise ConnectionFailedError(
            f"{where}: TLS failed ({exc.reason or exc}).",
            'Check port and security ("tls" is usually port 993, "starttls" 143).',
        ) from exc
    except socket.gaierror as exc:
        raise ConnectionFailedError(f"{where}: host name not found.") from exc
    except ConnectionRefusedError as exc:
        raise ConnectionFailedError(f"{where}: connection refused.") from exc
    except TimeoutError as exc:
        raise ConnectionFailedError(f"{where}: timed out.") from exc
    except (IMAPClientAbortError, imaplib.IMAP4.abort) as exc:
        raise ConnectionFailedError(f"{where}: connection lost ({_server_text(exc)}).") from exc
    except OSError as exc:
        raise ConnectionFailedError(f"{where}: {exc.strerror or type(exc).__name__}.") from exc
    except (IMAPClientError, imaplib.IMAP4.error) as exc:
        raise ConnectionFailedError(f"{where}: server error: {_server_text(exc)}.") from exc


def _lost_during_login(exc: LoginError) -> bool:
    """imapclient turns every failure of LOGIN into LoginError, a dropped connection
    too; only a refusal by the server is an authentication failure (retried slowly)."""
    cause = exc.__context__
    if isinstance(cause, IMAPClientAbortError | imaplib.IMAP4.abort | OSError):
        return True
    return "socket error" in str(exc)


def _server_text(exc: BaseException) -> str:
    """The server's words from an imaplib/imapclient error, bounded and on one line."""
    text = str(exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    # Callers end the sentence themselves: drop the server's own final period.
    return " ".join(text.split())[:200].rstrip(".") or type(exc).__name__


def connect(account: AccountSettings, password: str) -> IMAPClient:
    """A logged-in session. Refuses plaintext unless the host is loopback and
    refuses a STARTTLS server that does not offer STARTTLS (no silent downgrade)."""
    with map_imap_errors(account):
        if account.security == "tls":
            client = IMAPClient(
                account.host,
                port=account.resolved_port,
                ssl=True,
                ssl_context=tls_context(account),
                timeout=account.timeout,
            )
        else:
            if account.security == "none" and not account.host_is_loopback:
                raise ConfigError(
                    f'account "{account.name}": security = "none" is only allowed for a '
                    "loopback host."
                )
            client = IMAPClient(
                account.host, port=account.resolved_port, ssl=False, timeout=account.timeout
            )
            if account.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    client.shutdown()
                    raise ConnectionFailedError(
                        f'account "{account.name}" ({account.host}:{account.resolved_port}): '
                        "the server does not offer STARTTLS; refusing to log in without TLS.",
                        'Use security = "tls" on port 993, or check for an interfering proxy.',
                    )
                client.starttls(tls_context(account))
        try:
            _authenticate(client, account, password)
        except BaseException:
            close_quietly(client)
            raise
        return client


def _authenticate(client: IMAPClient, account: AccountSettings, secret: str) -> None:
    """LOGIN with a password, or SASL XOAUTH2 / OAUTHBEARER with an access token."""
    if account.auth != "oauth2":
        client.login(account.username, secret)
        return
    try:
        _oauth2_login(client, account, secret)
    except LoginError:
        # The server may expire or revoke a token before the expiry it was issued with:
        # renew it once and try again on the same connection (RFC 3501 6.2.2 allows it).
        from inbox_watch.credentials.oauth import renew_access_token

        _oauth2_login(client, account, renew_access_token(account))


def _oauth2_login(client: IMAPClient, account: AccountSettings, token: str) -> None:
    mechanism = account.oauth2.mechanism if account.oauth2 is not None else "xoauth2"
    if mechanism == "oauthbearer":
        client.oauthbearer_login(account.username, token)
    else:
        client.oauth2_login(account.username, token)


def logout(client: IMAPClient) -> None:
    """Log out politely; a connection that is already gone is not an error here."""
    try:
        client.logout()
    except (IMAPClientError, imaplib.IMAP4.error, OSError):
        close_quietly(client)


def close_quietly(client: IMAPClient) -> None:
    # The socket may already be closed: then there is nothing left to release.
    with suppress(OSError, IMAPClientError, imaplib.IMAP4.error):
        client.shutdown()
