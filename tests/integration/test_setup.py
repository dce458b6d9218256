"""Set-up on a real Dovecot: spam folders without SPECIAL-USE, `init`, `doctor`, the keyring,
and OAuth2 (XOAUTH2 checked by Dovecot's oauth2 passdb against a local token server)."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from io import StringIO
from pathlib import Path

import imapclient
import keyring
import pytest
import requests
from keyrings.alt.file import PlaintextKeyring

from inbox_watch.app.scan import scan
from inbox_watch.app.status import build_status
from inbox_watch.cli import main
from inbox_watch.credentials import keychain, oauth
from inbox_watch.errors import AuthenticationError, ExitCode
from inbox_watch.settings import load_settings
from inbox_watch.store.sqlite import Store
from sandbox.dovecot import PrivateDovecot, SandboxUser
from sandbox.samples import sample_mailbox
from tests.integration.conftest import Workspace, require_dovecot, sandbox_root
from tests.integration.test_scan import track_samples
from tests.integration.tokenserver import TokenServer, running_token_server

TODAY = date.today()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlaintextKeyring]:
    """A keyring in a file under the test's temp dir: no desktop session needed."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    oauth._tokens.clear()
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        oauth._tokens.clear()


@pytest.fixture(scope="module")
def plain_dovecot() -> Iterator[PrivateDovecot]:
    """A Dovecot that flags no folder \\Junk: spam folders are found by name only."""
    require_dovecot()
    root = sandbox_root("inbox-watch-dovecot-plain-")
    try:
        with PrivateDovecot(root, special_use=False) as server:
            yield server
    finally:
        shutil.rmtree(root, ignore_errors=True)


_plain_users = iter(range(1, 10_000))


@pytest.fixture
def plain_mailbox(plain_dovecot: PrivateDovecot) -> SandboxUser:
    return plain_dovecot.add_user(f"plain{next(_plain_users):04d}")


# -- spam folder discovery without SPECIAL-USE ---------------------------------------------


@pytest.mark.parametrize(
    ("folder", "wire"),
    [
        ("[Gmail]/Spam", b"[Gmail]/Spam"),
        ("Junk Email", b"Junk Email"),
        ("스팸편지함", b"&wqTTONO4ycDVaA-"),
    ],
)
def test_unflagged_spam_folder_is_found_by_name_and_scanned(
    plain_mailbox: SandboxUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    folder: str,
    wire: bytes,
) -> None:
    with plain_mailbox.client() as client:
        client.create_folder(folder)
        client.folder_encode = False
        listed = {
            bytes(name) if isinstance(name, bytes) else name.encode()
            for flags, _d, name in client.list_folders()
            if b"\\Junk" not in flags
        }
    assert wire in listed  # modified UTF-7 on the wire (RFC 3501 5.1.3)
    for mail in sample_mailbox(TODAY, plain_mailbox.address):
        plain_mailbox.append(folder if mail.folder == "Junk" else mail.folder, mail.raw)
    workspace = Workspace(tmp_path, plain_mailbox, monkeypatch)
    with Store(workspace.store_path) as store:
        track_samples(store, workspace)
        report = scan(workspace.settings(), store, datetime.now(UTC))
        status = build_status(store, workspace.settings(), TODAY)
    assert not report.errors and not report.problems
    assert [(f.folder, f.in_spam) for f in report.folders] == [
        ("INBOX", False),
        (folder, True),
        ("Sent", False),
    ]
    spam_replies = [r for s in status.requests for r in s.replies if r.in_spam]
    assert [r.folder for r in spam_replies] == [folder]


# -- init ------------------------------------------------------------------------------------


def sandbox_presets(server: PrivateDovecot, spam_folder: str = "Junk") -> None:
    """A user preset for the sandbox, in the user's providers.toml (XDG_CONFIG_HOME)."""
    directory = Path(os.environ["XDG_CONFIG_HOME"]) / "inbox-watch"
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "providers.toml").write_text(
        f"""
[sandbox]
name = "Sandbox"
domains = ["example.test"]
host = "127.0.0.1"
port = {server.imaps_port}
auth = ["password"]
spam_folder = "{spam_folder}"
app_password_url = "https://example.test/app-passwords"
"""
    )


def test_init_non_interactive_writes_a_working_config(
    mailbox: SandboxUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sandbox_presets(mailbox.server)
    monkeypatch.setenv("SANDBOX_PASSWORD", mailbox.password)
    config = tmp_path / "conf" / "config.toml"
    args = [
        "--config",
        str(config),
        "init",
        "--non-interactive",
        "--provider",
        "sandbox",
        "--username",
        mailbox.user,
        "--password-env",
        "SANDBOX_PASSWORD",
        "--ca-file",
        str(mailbox.server.ca_file),
        "--store",
        str(tmp_path / "s.sqlite3"),
        "--track",
        "openai",
        "--subject",
        "API billing question",
    ]
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert mailbox.password not in config.read_text() + out + err
    assert "watching INBOX and spam folder Junk" in out
    assert "tracking request 1 to openai" in out
    account = load_settings(config).accounts[0]
    assert (account.host, account.port, account.provider) == (
        "127.0.0.1",
        mailbox.server.imaps_port,
        "sandbox",
    )
    assert account.folders == ("INBOX", "\\Junk")
    code, out, err = run(capsys, "--config", str(config), "scan", "--json")
    assert code == 0, err
    code, out, err = run(capsys, "--config", str(config), "status", "--json")
    assert code == 0 and json.loads(out)["requests"][0]["vendor"] == "openai"
    before = config.read_bytes()
    code, out, err = run(capsys, *args)
    assert code == ExitCode.USAGE and "exists already" in err and "--force" in err
    assert config.read_bytes() == before
    code, out, err = run(capsys, *args[:-4], "--force", "--json")
    assert code == 0, err
    assert json.loads(out)["folders"] == ["INBOX", "\\Junk"]


@pytest.mark.parametrize("provider", [[], ["--provider", "generic"]])
def test_init_takes_a_login_that_is_no_address_with_a_host(
    mailbox: SandboxUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    provider: list[str],
) -> None:
    monkeypatch.setenv("SANDBOX_PASSWORD", mailbox.password)
    config = tmp_path / "config.toml"
    assert "@" not in mailbox.user
    code, out, err = run(
        capsys,
        "--config",
        str(config),
        "init",
        "--non-interactive",
        *provider,
        "--username",
        mailbox.user,
        "--host",
        "127.0.0.1",
        "--port",
        str(mailbox.server.imaps_port),
        "--password-env",
        "SANDBOX_PASSWORD",
        "--ca-file",
        str(mailbox.server.ca_file),
        "--store",
        str(tmp_path / "s.sqlite3"),
        "--track",
        "openai",
        "--subject",
        "API billing question",
        "--submitted",
        "2d",
    )
    assert code == 0, err
    account = load_settings(config).accounts[0]
    assert (account.name, account.host, account.provider) == ("personal", "127.0.0.1", "generic")
    assert account.folders == ("INBOX", "\\Junk")
    code, out, err = run(capsys, "--config", str(config), "track", "list", "--json")
    (request,) = json.loads(out)["requests"]
    assert request["submitted"] == (date.today() - timedelta(days=2)).isoformat()


def test_init_generic_without_host_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys,
        "--config",
        str(tmp_path / "config.toml"),
        "init",
        "--non-interactive",
        "--provider",
        "generic",
        "--username",
        "alice",
    )
    assert code == ExitCode.USAGE and "--provider generic needs --host" in err


def test_init_stores_the_password_in_the_keyring(
    mailbox: SandboxUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    file_keyring: PlaintextKeyring,
) -> None:
    sandbox_presets(mailbox.server)
    config = tmp_path / "config.toml"
    monkeypatch.setattr(sys, "stdin", StringIO(mailbox.password + "\n"))
    code, out, err = run(
        capsys,
        "--config",
        str(config),
        "init",
        "--non-interactive",
        "--provider",
        "sandbox",
        "--username",
        mailbox.user,
        "--keyring",
        "--password-stdin",
        "--ca-file",
        str(mailbox.server.ca_file),
        "--store",
        str(tmp_path / "s.sqlite3"),
    )
    assert code == 0, err
    assert "password_keyring = true" in config.read_text()
    assert mailbox.password not in config.read_text() + out + err
    assert keychain.get_secret(keychain.password_key("sandbox")) == mailbox.password
    assert Path(file_keyring.file_path).is_relative_to(tmp_path)
    code, out, err = run(capsys, "--config", str(config), "doctor")
    assert code == 0, out + err
    assert "password from the system keyring" in out


def test_set_password_says_when_the_keyring_is_a_file_or_not_read(
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    file_keyring: PlaintextKeyring,
) -> None:
    # The workspace's account reads password_env: the keyring entry would sit unused.
    monkeypatch.setattr(sys, "stdin", StringIO("s3cret-pw\n"))
    code, out, err = run(
        capsys,
        "--config",
        str(workspace.config),
        "auth",
        "set-password",
        "test",
        "--password-stdin",
    )
    assert code == 0, err
    assert 'password stored in the keyring for account "test"' in out
    assert f"plaintext file ({file_keyring.file_path})" in err
    assert f"reads its password from password_env {workspace.password_env}" in err
    assert "password_keyring = true" in err
    assert "s3cret-pw" not in out + err


def test_init_finds_an_unflagged_spam_folder_by_the_preset_name(
    plain_mailbox: SandboxUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Not in the built-in fallback list: only the (user's) preset knows this name.
    with plain_mailbox.client() as client:
        client.create_folder("Unerwünscht")
    sandbox_presets(plain_mailbox.server, spam_folder="unerwünscht")
    monkeypatch.setenv("SANDBOX_PASSWORD", plain_mailbox.password)
    config = tmp_path / "config.toml"
    code, out, err = run(
        capsys,
        "--config",
        str(config),
        "init",
        "--non-interactive",
        "--provider",
        "sandbox",
        "--username",
        plain_mailbox.user,
        "--password-env",
        "SANDBOX_PASSWORD",
        "--ca-file",
        str(plain_mailbox.server.ca_file),
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["spam_folder"] == "Unerwünscht"
    assert load_settings(config).accounts[0].folders == ("INBOX", "Unerwünscht")


def test_init_refuses_a_password_for_outlook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys,
        "--config",
        str(tmp_path / "c.toml"),
        "init",
        "--non-interactive",
        "--username",
        "me@outlook.com",
        "--auth",
        "password",
        "--password-env",
        "X",
    )
    assert code == ExitCode.USAGE
    assert "does not accept password sign-in over IMAP; use oauth2" in err
    assert not (tmp_path / "c.toml").exists()


# -- doctor ----------------------------------------------------------------------------------


def doctor_lines(capsys: pytest.CaptureFixture[str], config: Path) -> tuple[int, list[str]]:
    code, out, err = run(capsys, "--config", str(config), "doctor")
    assert (code == 0) == (err == "")
    assert err.count("\n") <= 1 and (not err or "checks failed" in err)
    return code, out.splitlines()


def test_doctor_passes_on_a_good_config(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = doctor_lines(capsys, workspace.config)
    assert code == 0, lines
    names = [line.split(":")[0][2:] for line in lines]
    assert names == [
        "config",
        "secret",
        "dns",
        "tcp",
        "tls",
        "login",
        "capabilities",
        "folders",
        "sender checks",
        "store",
        "daemon",
    ]
    # Without authserv_id the sender checks read the From domain only: a warning.
    assert all(line.startswith("✓") for line in lines if "sender checks" not in line)
    (sender_checks,) = [line for line in lines if "sender checks" in line]
    assert sender_checks.startswith("! sender checks: by the From domain only")
    assert any("TLSv1." in line and "certificate verified" in line for line in lines)
    assert "✓ folders: watching INBOX, Junk (spam), Sent (sent)" in lines


def test_doctor_says_whether_the_users_server_vouches_for_senders(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.write(extra='authserv_id = "mx.example.test"')
    workspace.mailbox.append("INBOX", b"From: a@example.org\r\nSubject: x\r\n\r\nx\r\n")
    code, lines = doctor_lines(capsys, workspace.config)
    assert code == 0, lines
    assert any(
        line.startswith("! sender checks: none of the last 1 INBOX messages has "
                        "Authentication-Results from mx.example.test")
        for line in lines
    ), lines  # fmt: skip
    signed = (
        "Authentication-Results: mx.example.test;\r\n"
        " dmarc=pass header.from=acme.example\r\n"  # folded, as servers write it
        "From: support@acme.example\r\nSubject: y\r\n\r\ny\r\n"
    )
    workspace.mailbox.append("INBOX", signed.encode())
    code, lines = doctor_lines(capsys, workspace.config)
    assert "✓ sender checks: mx.example.test vouches for 1 of the last 2 INBOX messages" in lines


def test_doctor_reports_a_bad_password_in_one_line(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(workspace.password_env, "wrong-password")
    code, lines = doctor_lines(capsys, workspace.config)
    assert code == ExitCode.AUTH
    failed = [line for line in lines if line.startswith("✗")]
    assert len(failed) == 1 and failed[0].startswith("✗ login: ")
    assert "refused" in failed[0] and "wrong-password" not in "".join(lines)


def test_doctor_reports_an_untrusted_certificate_in_one_line(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.write(extra='ca_file = "/etc/ssl/certs/ca-certificates.crt"\n')
    code, lines = doctor_lines(capsys, workspace.config)
    assert code == ExitCode.NETWORK
    failed = [line for line in lines if line.startswith("✗")]
    assert len(failed) == 1 and failed[0].startswith("✗ tls: ")
    assert "did not verify" in failed[0] and "ca_file" in failed[0]


def test_doctor_reports_a_missing_spam_folder_in_one_line(
    plain_mailbox: SandboxUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workspace = Workspace(tmp_path, plain_mailbox, monkeypatch)
    code, lines = doctor_lines(capsys, workspace.config)
    assert code == ExitCode.CONFIG
    failed = [line for line in lines if line.startswith("✗")]
    assert len(failed) == 1 and failed[0].startswith("✗ folders: ")
    assert "no spam folder found" in failed[0] and 'folders = ["INBOX"' in failed[0]


# -- OAuth2 ------------------------------------------------------------------------------------


@pytest.fixture
def token_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TokenServer]:
    with running_token_server(tmp_path) as server:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_file))
        yield server


@pytest.fixture
def oauth_dovecot(token_server: TokenServer) -> Iterator[PrivateDovecot]:
    require_dovecot()
    root = sandbox_root("inbox-watch-dovecot-oauth-")
    try:
        with PrivateDovecot(root, oauth2_introspection_url=token_server.introspection_url) as dc:
            yield dc
    finally:
        shutil.rmtree(root, ignore_errors=True)


def oauth_config(
    tmp_path: Path, server: PrivateDovecot, tokens: TokenServer, flow: str = "device"
) -> Path:
    config = tmp_path / "oauth.toml"
    config.write_text(
        f"""
[store]
path = "{tmp_path / "state.sqlite3"}"

[[accounts]]
name = "work"
host = "127.0.0.1"
port = {server.imaps_port}
username = "alice"
auth = "oauth2"
ca_file = "{server.ca_file}"

[accounts.oauth2]
client_id = "test-client"
flow = "{flow}"
token_url = "{tokens.base_url}/token"
device_authorization_url = "{tokens.base_url}/device"
authorization_url = "{tokens.base_url}/authorize"
scopes = ["mail"]
"""
    )
    return config


def test_xoauth2_device_login_scan_refresh_and_revocation(
    oauth_dovecot: PrivateDovecot,
    token_server: TokenServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = oauth_config(tmp_path, oauth_dovecot, token_server)
    code, _out, err = run(capsys, "--config", str(config), "scan")
    assert code == ExitCode.AUTH and "not signed in" in err and "auth login work" in err

    code, out, err = run(capsys, "--config", str(config), "auth", "login", "work")
    assert code == 0, err
    assert "ABCD-EFGH" in out and "/activate" in out
    assert token_server.grant_types() == ["urn:ietf:params:oauth:grant-type:device_code"] * 2
    stored = keychain.get_secret(keychain.token_key("work"))
    assert stored is not None and json.loads(stored)["refresh_token"]
    assert "refresh_token" not in out + err

    code, out, err = run(capsys, "--config", str(config), "scan", "--json")
    assert code == 0, err
    assert token_server.introspections == 1

    # An hour later: Dovecot's introspection says the token expired, and so does the
    # stored token's own expiry, so the next connection refreshes first.
    for access in token_server.tokens.values():
        access.expires_at = 0
    account = load_settings(config).account("work")
    held = oauth.load_token(account)
    assert held is not None and held.expires_at is not None
    oauth.save_token(account, dataclasses.replace(held, expires_at=held.obtained_at))
    code, out, err = run(capsys, "--config", str(config), "scan", "--json")
    assert code == 0, err
    assert token_server.grant_types()[-1] == "refresh_token"

    # The server refuses a token inbox-watch still thinks valid: renewed once, no error.
    token_server.revoke_access_tokens()
    code, out, err = run(capsys, "--config", str(config), "scan", "--json")
    assert code == 0, err
    assert token_server.grant_types().count("refresh_token") == 2

    # The user revoked the app: one clear line saying what to do.
    token_server.revoke_grants()
    code, out, err = run(capsys, "--config", str(config), "scan")
    assert code == ExitCode.AUTH
    assert err.count("\n") == 1
    assert "grant was revoked or has expired" in err and "inbox-watch auth login work" in err
    code, out, _err = run(capsys, "--config", str(config), "doctor")
    assert code == ExitCode.AUTH
    failed = [line for line in out.splitlines() if line.startswith("✗")]
    assert len(failed) == 1 and "grant was revoked" in failed[0]
    assert "auth login work" in failed[0]


def test_xoauth2_loopback_login_in_a_browser(
    oauth_dovecot: PrivateDovecot, token_server: TokenServer, tmp_path: Path
) -> None:
    config = oauth_config(tmp_path, oauth_dovecot, token_server, flow="loopback")
    account = load_settings(config).accounts[0]
    visited: list[str] = []

    def browser(url: str) -> None:
        visited.append(url)
        # The "user" approves: the authorization endpoint redirects to our loopback port.
        answer = requests.get(url, timeout=10)
        assert answer.status_code == 200

    token = oauth.login_loopback(account, browser, timeout=10)
    assert "code_challenge=" in visited[0] and "redirect_uri=http%3A%2F%2F127.0.0.1" in visited[0]
    assert token.refresh_token and "authorization_code" in token_server.grant_types()
    with Store(tmp_path / "state.sqlite3") as store:
        report = scan(load_settings(config), store, datetime.now(UTC))
    assert not report.errors
    assert "access_token" not in repr(token)


def test_a_revoked_grant_is_one_authentication_error(
    oauth_dovecot: PrivateDovecot, token_server: TokenServer, tmp_path: Path
) -> None:
    account = load_settings(oauth_config(tmp_path, oauth_dovecot, token_server)).accounts[0]
    issued = token_server.issue("alice")
    oauth.save_token(
        account,
        oauth.OAuthToken(
            issued["access_token"], issued["refresh_token"], expires_at=1.0, obtained_at=0.0
        ),
    )
    token_server.revoke_grants()
    with pytest.raises(AuthenticationError) as caught:
        oauth.access_token(account)
    assert str(caught.value) == (
        'account "work": the OAuth2 grant was revoked or has expired (127.0.0.1 said '
        "invalid_grant). Sign in again: inbox-watch auth login work"
    )
    assert issued["refresh_token"] not in str(caught.value)


def test_plain_login_still_works_beside_the_oauth2_passdb(oauth_dovecot: PrivateDovecot) -> None:
    with oauth_dovecot.client() as client:
        assert client.list_folders()
    with pytest.raises(imapclient.exceptions.LoginError):
        fresh = imapclient.IMAPClient(
            "127.0.0.1", port=oauth_dovecot.imaps_port, ssl_context=oauth_dovecot.ssl_context()
        )
        try:
            fresh.oauth2_login("alice", "not-a-token")
        finally:
            fresh.shutdown()
