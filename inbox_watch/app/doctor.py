"""Use case behind ``inbox-watch doctor``: check config, network, TLS, login, capabilities,
folders, state database and daemon lock, one result per check.

Service layer: returns values, prints nothing; a secret is used to log in and never
appears in a result.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from imapclient import IMAPClient

from inbox_watch.credentials.sources import password_source, resolve_password
from inbox_watch.errors import ExitCode, UserError
from inbox_watch.imap.connection import connect, logout, map_imap_errors, tls_context
from inbox_watch.imap.folders import list_folders, resolve_folders
from inbox_watch.settings import AccountSettings, Settings, load_settings, resolve_config_path
from inbox_watch.store.lock import lock_holder, lock_path
from inbox_watch.store.migrations import SCHEMA_VERSION

WANTED_CAPABILITIES = {
    "IDLE": "replies are noticed by polling instead of push",
    "CONDSTORE": "each check re-reads folder state instead of asking what changed",
    "SPECIAL-USE": "the spam folder is found by its name only",
}


class CheckStatus(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report: what was checked, how it went, and what to do."""

    name: str
    status: CheckStatus
    detail: str
    hint: str | None = None
    account: str | None = None
    exit_code: int = int(ExitCode.OK)


def _ok(name: str, detail: str, account: str | None = None) -> Check:
    return Check(name, CheckStatus.OK, detail, account=account)


def _fail(name: str, error: UserError | str, account: str | None = None) -> Check:
    if isinstance(error, UserError):
        return Check(
            name, CheckStatus.FAIL, error.message, error.hint, account, int(error.exit_code)
        )
    return Check(name, CheckStatus.FAIL, error, None, account, int(ExitCode.ERROR))


def run_checks(
    config: Path | None,
    account_name: str | None = None,
    password_source: Callable[[AccountSettings], str] = resolve_password,
    advice: Callable[[AccountSettings], str | None] = lambda account: None,
) -> Iterator[Check]:
    """Every check, in order; a failed step skips the steps that depend on it."""
    try:
        settings = load_settings(config)
    except UserError as exc:
        yield _fail("config", exc)
        return
    path, _named = resolve_config_path(config, os.environ)
    try:
        accounts = settings.require_accounts(account_name)
    except UserError as exc:
        # One line per check: a config without the account is a failed config.
        yield _fail("config", exc)
        accounts = ()
    else:
        yield _ok(
            "config",
            f"{path}: {len(settings.accounts)} account(s), {len(settings.vendors)} vendor(s)",
        )
    for account in accounts:
        yield from check_account(account, password_source, advice)
    yield check_store(settings)
    yield check_daemon_lock(settings)


def check_account(
    account: AccountSettings,
    password_source: Callable[[AccountSettings], str],
    advice: Callable[[AccountSettings], str | None],
) -> Iterator[Check]:
    name = account.name
    where = f"{account.host}:{account.resolved_port}"
    try:
        secret = password_source(account)
    except UserError as exc:
        yield _fail("secret", exc, name)
        secret = None
    else:
        yield _ok("secret", _describe_source(account), name)
    try:
        with map_imap_errors(account):
            addresses = socket.getaddrinfo(
                account.host, account.resolved_port, type=socket.SOCK_STREAM
            )
    except UserError as exc:
        yield _fail("dns", exc, name)
        return
    shown = sorted({str(info[4][0]) for info in addresses})
    yield _ok("dns", f"{account.host} is {', '.join(shown[:3])}", name)
    try:
        with (
            map_imap_errors(account),
            socket.create_connection(
                (account.host, account.resolved_port), timeout=account.timeout
            ),
        ):
            pass
    except UserError as exc:
        yield _fail("tcp", exc, name)
        return
    yield _ok("tcp", f"{where} accepts connections", name)
    tls = check_tls(account)
    yield tls
    if tls.status is CheckStatus.FAIL or secret is None:
        return
    try:
        client = connect(account, secret)
    except UserError as exc:
        hint = advice(account)
        yield Check(
            "login", CheckStatus.FAIL, exc.message, hint or exc.hint, name, int(exc.exit_code)
        )
        return
    try:
        yield _ok("login", f"signed in as {account.username} ({account.auth})", name)
        yield check_capabilities(client, name)
        yield from check_folders(client, account)
        yield check_sender_checks(client, account)
    finally:
        logout(client)


# How many of INBOX's newest messages doctor reads (headers only) for the user's
# server's Authentication-Results.
SENDER_CHECK_SAMPLE = 20


def check_sender_checks(client: IMAPClient, account: AccountSettings) -> Check:
    """Whether the sender checks can rely on the user's server (authserv_id, and its
    Authentication-Results on recent mail) or fall back to the From domain alone."""
    from inbox_watch.core.trust import parse_authentication_results
    from inbox_watch.mail.parse import ParseFailure, parse_headers

    name = account.name
    hint = (
        "Set authserv_id to the name your server writes first in Authentication-Results "
        "(open a received message's headers): a spoofed From then fails DMARC. See the "
        "README's sender checks."
    )
    if account.authserv_id is None:
        return Check(
            "sender checks", CheckStatus.WARN, "by the From domain only (no authserv_id)",
            hint, name,
        )  # fmt: skip
    wanted = account.authserv_id.strip().lower()
    with map_imap_errors(account):
        client.select_folder("INBOX", readonly=True)
        newest = sorted(client.search("ALL"))[-SENDER_CHECK_SAMPLE:]
        if not newest:
            return _ok("sender checks", f"authserv_id {account.authserv_id} (INBOX empty)", name)
        fetched = client.fetch(newest, ["BODY.PEEK[HEADER.FIELDS (AUTHENTICATION-RESULTS)]"])
    seen = 0
    for data in fetched.values():
        raw = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"")
        parsed = parse_headers(raw)  # unfolds continuation lines, decodes as a scan does
        if isinstance(parsed, ParseFailure):
            continue
        if any(
            name.lower() == "authentication-results"
            and parse_authentication_results(value)[0] == wanted
            for name, value in parsed.headers
        ):
            seen += 1
    if seen:
        return _ok(
            "sender checks",
            f"{account.authserv_id} vouches for {seen} of the last {len(fetched)} INBOX messages",
            name,
        )
    return Check(
        "sender checks",
        CheckStatus.WARN,
        f"none of the last {len(fetched)} INBOX messages has Authentication-Results from "
        f"{account.authserv_id}: senders are checked by domain only",
        hint,
        name,
    )


_SOURCE_WORDS = {
    "oauth2": "OAuth2 access token from the keyring (refreshed when needed)",
    "keyring": "password from the system keyring",
    "config": "password from the config file (keep it private)",
    "command": "password from password_command",
}


def _describe_source(account: AccountSettings) -> str:
    source = password_source(account)
    if source == "env":
        return f"password from ${account.password_env}"
    return _SOURCE_WORDS.get(source or "config", _SOURCE_WORDS["config"])


def check_tls(account: AccountSettings) -> Check:
    """The TLS version and certificate, checked like the real connection checks them."""
    name = account.name
    if account.security == "none":
        return Check("tls", CheckStatus.WARN, "no TLS (allowed for loopback only)", None, name)
    try:
        with map_imap_errors(account):
            if account.security == "tls":
                raw = socket.create_connection(
                    (account.host, account.resolved_port), timeout=account.timeout
                )
                with tls_context(account).wrap_socket(raw, server_hostname=account.host) as sock:
                    version, cert = sock.version(), sock.getpeercert()
            else:
                client = IMAPClient(
                    account.host, port=account.resolved_port, ssl=False, timeout=account.timeout
                )
                try:
                    if not client.has_capability("STARTTLS"):
                        return _fail(
                            "tls",
                            UserError(
                                f"{account.host}:{account.resolved_port} does not offer STARTTLS.",
                                'Use security = "tls" on port 993.',
                            ),
                            name,
                        )
                    client.starttls(tls_context(account))
                    sock = client.socket()
                    assert isinstance(sock, ssl.SSLSocket)
                    version, cert = sock.version(), sock.getpeercert()
                finally:
                    logout(client)
    except UserError as exc:
        return _fail("tls", exc, name)
    expires = _not_after(cert)
    detail = f"{version}, certificate verified"
    if expires is not None:
        detail += f", valid until {expires:%Y-%m-%d}"
    if version in ("TLSv1", "TLSv1.1", "SSLv3"):
        return Check(
            "tls", CheckStatus.WARN, detail, "The server offers only an old TLS version.", name
        )
    return _ok("tls", detail, name)


def _not_after(cert: object) -> datetime | None:
    if not isinstance(cert, dict) or not isinstance(cert.get("notAfter"), str):
        return None
    return datetime.fromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]), UTC)


def check_capabilities(client: IMAPClient, account: str) -> Check:
    have = {c.decode() if isinstance(c, bytes) else str(c) for c in client.capabilities()}
    missing = [cap for cap in WANTED_CAPABILITIES if cap not in have]
    present = [cap for cap in WANTED_CAPABILITIES if cap in have]
    if not missing:
        return _ok("capabilities", ", ".join(present), account)
    consequences = "; ".join(f"no {cap}: {WANTED_CAPABILITIES[cap]}" for cap in missing)
    return Check("capabilities", CheckStatus.WARN, consequences, None, account)


def check_folders(client: IMAPClient, account: AccountSettings) -> Iterator[Check]:
    with map_imap_errors(account):
        listing = list_folders(client)
    watched, problems = resolve_folders(listing, account.folders)
    if watched:
        shown = ", ".join(
            f"{f.name} (spam)" if f.in_spam else f"{f.name} (sent)" if f.sent else f.name
            for f in watched
        )
        yield _ok("folders", f"watching {shown}", account.name)
    names = [name for _flags, name in listing.folders]
    for problem in problems:
        yield Check(
            "folders",
            CheckStatus.FAIL,
            f'account "{account.name}": {problem}; the server has {", ".join(names[:12])}',
            f'Name it in folders, e.g. folders = ["INBOX", "{_spam_guess(names)}"].',
            account.name,
            int(ExitCode.CONFIG),
        )


def _spam_guess(names: list[str]) -> str:
    for name in names:
        if any(word in name.lower() for word in ("spam", "junk", "bulk", "스팸")):
            return name
    return "Spam"


def check_store(settings: Settings) -> Check:
    path = settings.store.path
    if not path.exists():
        parent = next((p for p in path.parents if p.exists()), Path("/"))
        if os.access(parent, os.W_OK):
            return _ok("store", f"{path} will be created on first use")
        return _fail("store", f"{path} cannot be created: {parent} is not writable.")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return Check(
            "store",
            CheckStatus.FAIL,
            f"{path} cannot be read: {exc}.",
            "Move it aside; inbox-watch starts a new one.",
            None,
            int(ExitCode.STORE),
        )
    if verdict != "ok":
        return Check(
            "store",
            CheckStatus.FAIL,
            f"{path} is damaged: {verdict}.",
            "Move it aside; inbox-watch starts a new one.",
            None,
            int(ExitCode.STORE),
        )
    if version > SCHEMA_VERSION:
        return Check(
            "store",
            CheckStatus.FAIL,
            f"{path} has schema {version}, newer than this inbox-watch ({SCHEMA_VERSION}).",
            "Upgrade inbox-watch.",
            None,
            int(ExitCode.STORE),
        )
    return _ok("store", f"{path} (schema {version}, integrity ok)")


def check_daemon_lock(settings: Settings) -> Check:
    path = lock_path(settings.store.path)
    try:
        holder = lock_holder(settings.store.path)
    except OSError as exc:
        return _fail("daemon", f"lock file {path} cannot be read: {exc.strerror}.")
    if holder is None:
        return _ok("daemon", "not running")
    return _ok("daemon", f"running (pid {holder}, lock {path})")
