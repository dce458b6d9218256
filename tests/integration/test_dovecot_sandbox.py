"""Integration tier: the private Dovecot behaves as the other integration tests assume.

Must not depend on the system's Dovecot configuration or on another test's mail.
"""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import imapclient
import pytest
from imapclient.exceptions import LoginError
from imapclient.imapclient import JUNK

from sandbox.dovecot import PrivateDovecot, SandboxUser
from sandbox.samples import sample_mailbox, sample_requests, unrelated_mail

pytestmark = pytest.mark.integration

RAW = (
    b"From: Sam Rivera <sam.rivera@friends.example>\r\n"
    b"To: user@example.test\r\n"
    b"Subject: round trip\r\n"
    b"Message-ID: <round-trip.1@friends.example>\r\n"
    b"Date: Mon, 02 Jun 2025 10:00:00 +0000\r\n"
    b"\r\n"
    b"Hello,\r\nthis must come back byte for byte.\r\n"
)


def live_processes(pgid: int, instance_name: str) -> list[str]:
    """Non-zombie processes in the instance's process group or carrying its name."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            stat = (proc / "stat").read_text().rpartition(")")[2].split()
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if stat[0] != "Z" and (int(stat[2]) == pgid or instance_name in cmdline):
            found.append(f"{proc.name}: {cmdline}")
    return found


def test_implicit_tls_login_verified_with_the_private_ca(mailbox: SandboxUser) -> None:
    server = mailbox.server
    for host in ("127.0.0.1", "localhost"):
        context = ssl.create_default_context(cafile=str(server.ca_file))
        with imapclient.IMAPClient(host, port=server.imaps_port, ssl_context=context) as client:
            assert client.login(mailbox.user, mailbox.password)


def test_the_system_trust_store_rejects_the_sandbox_certificate(mailbox: SandboxUser) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        imapclient.IMAPClient(
            mailbox.server.host,
            port=mailbox.server.imaps_port,
            ssl_context=ssl.create_default_context(),
        )


def test_starttls_login(mailbox: SandboxUser) -> None:
    server = mailbox.server
    client = imapclient.IMAPClient(server.host, port=server.starttls_port, ssl=False)
    try:
        assert b"STARTTLS" in client.capabilities()
        client.starttls(server.ssl_context())
        client.login(mailbox.user, mailbox.password)
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
    finally:
        client.logout()


def test_plaintext_login_is_accepted_on_loopback(mailbox: SandboxUser) -> None:
    # Tests of security="none" rely on this; refusing it is the client's job.
    server = mailbox.server
    client = imapclient.IMAPClient(server.host, port=server.starttls_port, ssl=False)
    try:
        assert b"LOGINDISABLED" not in client.capabilities()
        client.login(mailbox.user, mailbox.password)
    finally:
        client.logout()


def test_wrong_password_fails_fast_and_leaves_no_penalty(mailbox: SandboxUser) -> None:
    server = mailbox.server
    started = time.monotonic()
    for _ in range(2):
        client = imapclient.IMAPClient(server.host, port=server.starttls_port, ssl=False)
        with pytest.raises(LoginError):
            client.login(mailbox.user, "wrong")
        client.shutdown()
    with mailbox.client():
        pass
    # Dovecot flushes failures every 0.5 s; anvil's 2-15 s penalty must be off.
    assert time.monotonic() - started < 3


def test_list_shows_junk_with_special_use(mailbox: SandboxUser) -> None:
    with mailbox.client() as client:
        folders = {name: flags for flags, _sep, name in client.list_folders()}
        assert b"\\Junk" in folders["Junk"]
        assert {"INBOX", "Junk", "Sent", "Trash", "Archive"} <= set(folders)
        assert client.find_special_folder(JUNK) == "Junk"
        assert b"SPECIAL-USE" in client.capabilities()


def test_append_then_fetch_round_trip(mailbox: SandboxUser) -> None:
    arrived = datetime(2025, 6, 2, 10, 0, 5, tzinfo=UTC)
    mailbox.append("Junk", RAW, flags=[b"\\Seen"], msg_time=arrived)
    with mailbox.client() as client:
        assert client.select_folder("Junk", readonly=True)[b"EXISTS"] == 1
        ((uid, data),) = client.fetch([1], ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"]).items()
        assert data[b"BODY[]"] == RAW
        assert b"\\Seen" in data[b"FLAGS"]
        assert data[b"INTERNALDATE"].astimezone(UTC) == arrived
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
    assert uid == 1


def test_each_test_user_starts_empty_and_alone(
    dovecot: PrivateDovecot, mailbox: SandboxUser
) -> None:
    other = dovecot.add_user(mailbox.user + "-other")
    other.append("INBOX", RAW)
    with mailbox.client() as client:
        for folder in ("INBOX", "Junk", "Sent", "Trash", "Archive"):
            assert client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"] == 0
    assert mailbox.address == f"{mailbox.user}@example.test"


def test_sample_mailbox_loads(mailbox: SandboxUser) -> None:
    today = date(2025, 6, 10)
    mails = sample_mailbox(today, mailbox.address)
    for mail in mails:
        mailbox.append(mail.folder, mail.raw)
    assert mailbox.append_many("INBOX", unrelated_mail(1200, today)) == 1200
    with mailbox.client() as client:
        junk = client.folder_status("Junk", [b"MESSAGES"])[b"MESSAGES"]
        inbox = client.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"]
        client.select_folder("Junk", readonly=True)
        refs = client.search(["HEADER", "In-Reply-To", sample_requests(today)[0].message_id])
    assert junk == sum(m.folder == "Junk" for m in mails)
    assert inbox == sum(m.folder == "INBOX" for m in mails) + 1200
    assert len(refs) == 1
    for mail in mails:
        parsed = email.message_from_bytes(mail.raw, policy=email.policy.default)
        assert not parsed.defects


def test_restart_keeps_mail_and_ports(private_dovecot: PrivateDovecot) -> None:
    private_dovecot.start()
    ports = (private_dovecot.imaps_port, private_dovecot.starttls_port)
    old_pid = private_dovecot.master_pid
    private_dovecot.append("Junk", RAW)
    private_dovecot.restart()
    assert (private_dovecot.imaps_port, private_dovecot.starttls_port) == ports
    assert private_dovecot.master_pid != old_pid
    with private_dovecot.client() as client:
        client.select_folder("Junk", readonly=True)
        assert client.fetch("1", ["BODY.PEEK[]"])[1][b"BODY[]"] == RAW


def test_stop_leaves_no_process_even_with_a_client_idling(private_dovecot: PrivateDovecot) -> None:
    private_dovecot.start()
    pgid = private_dovecot.master_pid
    assert pgid is not None
    client = private_dovecot.client()
    client.select_folder("INBOX")
    client.idle()  # an imap process outlives a master-only SIGTERM by ~10 s
    assert len(live_processes(pgid, private_dovecot.instance_name)) >= 5
    started = time.monotonic()
    private_dovecot.stop()
    assert time.monotonic() - started < 5
    assert live_processes(pgid, private_dovecot.instance_name) == []
    private_dovecot.stop()  # idempotent
    client.shutdown()
    with pytest.raises(OSError):
        socket.create_connection(
            (private_dovecot.host, private_dovecot.imaps_port), timeout=1
        ).close()


def test_failed_start_reports_the_log_and_leaves_no_process(
    private_dovecot: PrivateDovecot,
) -> None:
    with socket.socket() as squatter, socket.socket() as spare:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        spare.bind(("127.0.0.1", 0))
        # Fixed ports, as on a restart: no retry with other ports.
        private_dovecot.imaps_port = squatter.getsockname()[1]
        private_dovecot.starttls_port = spare.getsockname()[1]
        spare.close()
        with pytest.raises(RuntimeError, match="Address already in use"):
            private_dovecot.start(timeout=5)
    assert not private_dovecot.running
    assert live_processes(-1, private_dovecot.instance_name) == []


def test_openssl_fallback_without_trustme(
    private_dovecot: PrivateDovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trustme", None)  # `import trustme` now fails
    private_dovecot.start()
    with private_dovecot.client() as client:
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
