"""Hostile and broken mail delivered to a real Dovecot and scanned: no crash, bounded
memory, every message processed or recorded as skipped with a reason. Also TLS downgrade."""

from __future__ import annotations

import base64
import json
import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox_watch.cli import main
from inbox_watch.errors import ExitCode
from inbox_watch.mail.parse import ParseFailure, parse_headers
from tests.corpus.test_corpus import corpus_messages
from tests.integration.conftest import Workspace
from tests.integration.faultproxy import FaultProxy

SENDER = "From: Acme Support <support@acme.zendesk.com>\r\nTo: me@example.test\r\n"


def hostile_messages() -> Iterator[tuple[str, bytes]]:
    head = SENDER + "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\n"
    yield (
        "10 MB attachment",
        (
            head
            + "Subject: [Request #61001] logs attached\r\nMessage-ID: <h1@acme.zendesk.com>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            "--b\r\nContent-Type: text/plain\r\n\r\nSee the attachment.\r\n--b\r\n"
            "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        ).encode()
        + base64.encodebytes(os.urandom(10 * 1024 * 1024 * 3 // 4)).replace(b"\n", b"\r\n")
        + b"--b--\r\n",
    )
    parts = "".join(f"--p\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n" for i in range(5000))
    yield (
        "5,000 MIME parts",
        (
            head + "Subject: [Request #61002] parts\r\nMessage-ID: <h2@acme.zendesk.com>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=p\r\n\r\n"
            + parts
            + "--p--\r\n"
        ).encode(),
    )
    yield (
        "1 MB header line",
        (
            head + "Subject: [Request #61003] " + "x" * (1024 * 1024) + "\r\n"
            "Message-ID: <h3@acme.zendesk.com>\r\n\r\nBody.\r\n"
        ).encode(),
    )
    yield (
        "invalid charset",
        (
            head + "Subject: =?x-no-such-charset?B?SGVsbG8=?= [Request #61004]\r\n"
            "Message-ID: <h4@acme.zendesk.com>\r\n"
            "Content-Type: text/plain; charset=no-such-charset\r\n\r\n\xff\xfe broken \x80\r\n"
        ).encode("latin-1"),
    )
    yield (
        "NUL bytes",
        (
            head + "Subject: [Request #61005] nul\r\nMessage-ID: <h5@acme.zendesk.com>\r\n\r\n"
        ).encode()
        + b"before\x00after\x00\r\n",
    )
    nested = b"Deepest text.\r\n"
    for level in range(300):
        nested = f"Content-Type: message/rfc822\r\n\r\nSubject: level {level}\r\n".encode() + nested
    yield (
        "deep message/rfc822 nesting",
        (
            head + "Subject: [Request #61006] nested\r\nMessage-ID: <h6@acme.zendesk.com>\r\n"
            "MIME-Version: 1.0\r\n"
        ).encode()
        + nested,
    )
    yield (
        "HTML only with scripts",
        (
            head + "Subject: [Request #61007] html\r\nMessage-ID: <h7@acme.zendesk.com>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            "<html><script>alert('x')</script><style>p{}</style><body><p>Could you please "
            "send us the logs?</p><script>document.write('<p>injected</p>')</script></body></html>"
            "\r\n"
        ).encode(),
    )


def scan_in_subprocess(workspace: Workspace, *args: str) -> tuple[int, str, str, int]:
    """Run `inbox-watch scan` in a child process; returns its code, output and peak RSS (KB)."""
    env = {**os.environ, workspace.password_env: workspace.mailbox.password}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = subprocess.run(
        [sys.executable, "-m", "inbox_watch", "--config", str(workspace.config), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return result.returncode, result.stdout, result.stderr, max(peak, before)


def test_hostile_mail_is_processed_or_skipped_with_a_reason(workspace: Workspace) -> None:
    delivered = []
    for name, raw in hostile_messages():
        try:
            workspace.mailbox.append("INBOX", raw)
            delivered.append(name)
        except Exception as exc:  # the server may refuse some; that is its right
            print(f"server refused {name}: {exc}")
    code, _out, err, peak_kb = scan_in_subprocess(workspace, "scan", "--json")
    assert code == 0, err
    with_status = subprocess.run(
        [
            sys.executable,
            "-m",
            "inbox_watch",
            "--config",
            str(workspace.config),
            "status",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    status = json.loads(with_status.stdout)
    replies = [r for r in status["unmatched"]] + [
        r for request in status["requests"] for r in request["replies"]
    ]
    skipped = status["skipped"]
    print(
        f"\nhostile messages delivered: {len(delivered)} ({', '.join(delivered)}); "
        f"recorded as replies: {len(replies)}, skipped with a reason: {len(skipped)}; "
        f"scan peak RSS {peak_kb // 1024} MB"
    )
    assert len(replies) + len(skipped) == len(delivered)
    assert all(item["reason"] for item in skipped)
    assert peak_kb < 400 * 1024  # bounded: only body_bytes of each message is fetched
    html = [r for r in replies if r["subject"].endswith("html")]
    assert html and html[0]["kind"] == "needs_info"


@pytest.mark.slow
def test_the_whole_corpus_through_dovecot_and_the_scanner(workspace: Workspace) -> None:
    domains: set[str] = set()
    refused = 0
    delivered = 0
    for item in corpus_messages():
        try:
            workspace.mailbox.append("INBOX", item.raw)
            delivered += 1
        except Exception:
            refused += 1
            continue
        parsed = parse_headers(item.raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0] + b"\n\n")
        if not isinstance(parsed, ParseFailure) and "." in parsed.sender_domain:
            domains.add(parsed.sender_domain)
    # Every sender of the corpus becomes a vendor domain, so the scanner reads them all.
    vendor_domains = sorted(d for d in domains if d.isascii())[:150]
    workspace.config.write_text(
        workspace.config.read_text()
        + '\n[[vendors]]\nname = "Corpus"\nhelpdesk = "generic"\ndomains = '
        + json.dumps(vendor_domains)
        + "\n"
    )
    code, out, err, peak_kb = scan_in_subprocess(
        workspace, "scan", "--json", "--since", "1990-01-01"
    )
    assert code == 0, err
    report = json.loads(out)
    inbox = report["folders"][0]
    print(
        f"\ncorpus: {delivered} delivered ({refused} refused by the server), "
        f"{inbox['candidates']} candidates, {inbox['messages_fetched']} downloaded, "
        f"{inbox['new_replies']} replies, {inbox['suspicious']} suspicious, "
        f"{inbox['skipped']} skipped; peak RSS {peak_kb // 1024} MB"
    )
    assert inbox["candidates"] > 100
    assert peak_kb < 400 * 1024


def test_stripped_starttls_is_an_error_not_a_downgrade(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    server = workspace.mailbox.server
    with FaultProxy(server.starttls_port, rewrite={b" STARTTLS": b""}) as proxy:
        workspace.write(security="starttls", port=proxy.port)
        code = main(["--config", str(workspace.config), "scan"])
    err = capsys.readouterr().err
    assert code == ExitCode.NETWORK
    assert "does not offer STARTTLS" in err


def test_password_is_not_in_the_scanners_argv(workspace: Workspace) -> None:
    env = {**os.environ, workspace.password_env: workspace.mailbox.password}
    process = subprocess.Popen(
        [sys.executable, "-m", "inbox_watch", "--config", str(workspace.config), "scan"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        cmdline = Path(f"/proc/{process.pid}/cmdline").read_bytes()
    finally:
        assert process.wait(timeout=60) == 0
    assert workspace.mailbox.password.encode() not in cmdline
