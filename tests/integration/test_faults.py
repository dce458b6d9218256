"""Faults and crashes: a seeded proxy breaks connections mid-protocol, the scanner is
killed with SIGKILL mid-scan; in the end every reply on the server is recorded once."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from inbox_watch.app.scan import scan
from inbox_watch.store.sqlite import Store
from sandbox.samples import sample_mailbox, sample_requests, unrelated_mail
from tests.integration.conftest import Workspace
from tests.integration.faultproxy import Fault, FaultProxy

TODAY = date.today()


def vendor_reply(number: int, folder_hint: str = "") -> bytes:
    """A Zendesk-style reply from the configured vendor "Acme Cloud", unique per number."""
    ticket = 50000 + number % 40
    sent = datetime.now(UTC) - timedelta(minutes=number)
    return (
        f"From: Acme Support <support@acme.zendesk.com>\r\n"
        f"To: someone@example.test\r\n"
        f"Subject: [Request #{ticket}] Your question {folder_hint}\r\n"
        f"Date: {format_datetime(sent)}\r\n"
        f"Message-ID: <reply-{number}@acme.zendesk.com>\r\n"
        f"X-Zendesk-From-Account-Id: 4711\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"\r\n"
        f"##- Please type your reply above this line -##\r\n\r\n"
        f"Hello, thanks for waiting. Here is the answer number {number}.\r\n"
    ).encode()


def recorded_once(workspace: Workspace) -> tuple[set[str], int]:
    with sqlite3.connect(workspace.store_path) as connection:
        ids = [row[0] for row in connection.execute("SELECT message_id FROM replies")]
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return set(ids), len(ids)


@pytest.mark.slow
def test_seeded_faults_lose_and_duplicate_nothing(workspace: Workspace) -> None:
    rng = random.Random(20261125)
    server = workspace.mailbox.server
    expected: set[str] = set()
    counter = 0
    with FaultProxy(server.starttls_port) as proxy:
        workspace.write(security="none", port=proxy.port, extra="timeout = 0.5")
        settings = workspace.settings()
        with Store(workspace.store_path) as store:
            faults_wanted = 120
            attempts = 0
            while len(proxy.log.injected) < faults_wanted and attempts < 400:
                attempts += 1
                for _ in range(rng.randint(0, 3)):
                    counter += 1
                    folder = rng.choice(["INBOX", "INBOX", "Junk"])
                    workspace.mailbox.append(folder, vendor_reply(counter, folder))
                    expected.add(f"<reply-{counter}@acme.zendesk.com>")
                if rng.random() < 0.3:
                    workspace.mailbox.append_many("INBOX", unrelated_mail(20, TODAY, counter))
                fault = Fault.random(rng)
                proxy.arm(Fault(fault.phase, fault.kind, fault.offset, stall_seconds=0.8))
                report = scan(settings, store, datetime.now(UTC))  # must not raise
                # A fault is a network error (exit 5), never a refused login (exit 4).
                assert all(error.exit_code == 5 for error in report.errors), report.errors
            proxy.arm(None)
            final = scan(settings, store, datetime.now(UTC))
            assert not final.errors
    recorded, rows = recorded_once(workspace)
    lost = expected - recorded
    duplicated = rows - len(recorded)
    kinds: dict[str, int] = {}
    for fault in proxy.log.injected:
        key = f"{fault.phase}/{fault.kind}"
        kinds[key] = kinds.get(key, 0) + 1
    print(
        f"\nfaults injected: {len(proxy.log.injected)} in {attempts} scans "
        f"({dict(sorted(kinds.items()))}); replies on server: {len(expected)}; "
        f"lost: {len(lost)}, duplicated: {duplicated}"
    )
    assert len(proxy.log.injected) >= 100
    assert (len(lost), duplicated) == (0, 0)
    assert recorded == expected


@pytest.mark.slow
def test_scanner_killed_mid_scan_loses_and_duplicates_nothing(workspace: Workspace) -> None:
    rng = random.Random(7)
    total = 1500
    workspace.mailbox.append_many("INBOX", [vendor_reply(n, "INBOX") for n in range(total)])
    workspace.mailbox.append_many("INBOX", unrelated_mail(1500, TODAY, seed=3))
    env = {**os.environ, workspace.password_env: workspace.mailbox.password}
    command = [sys.executable, "-m", "inbox_watch", "--config", str(workspace.config), "scan"]
    kills = 0
    progress: list[int] = []
    for _ in range(12):
        # New work each round, so that every kill can land in the middle of a scan.
        batch = [vendor_reply(n, "Junk") for n in range(total, total + 100)]
        workspace.mailbox.append_many("Junk", batch)
        total += len(batch)
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.2, 1.5))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=10)
        recorded, rows = recorded_once(workspace) if workspace.store_path.exists() else (set(), 0)
        assert rows == len(recorded)  # never a duplicate, even mid-way
        progress.append(rows)
    finished = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert finished.returncode == 0, finished.stderr
    recorded, rows = recorded_once(workspace)
    expected = {f"<reply-{n}@acme.zendesk.com>" for n in range(total)}
    print(
        f"\nkills: {kills} (SIGKILL at random points); replies recorded after each kill: "
        f"{progress}; final {rows} of {total}, lost {len(expected - recorded)}, "
        f"duplicated {rows - len(recorded)}"
    )
    assert kills >= 5
    assert recorded == expected and rows == total


DAEMON_FAULT_CONFIG = """\
timeout = 1.0

[daemon]
poll_interval = 1.0
idle_reissue = 5.0
reconnect_min = 0.2
reconnect_max = 1.0
heartbeat = 1.0
"""


@pytest.mark.slow
def test_daemon_through_faults_in_idle_and_fetch_loses_nothing_and_changes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    from tests.integration.test_daemon import Daemon
    from tests.integration.test_scan import server_snapshot

    rng = random.Random(5)
    server = workspace.mailbox.server
    expected: set[str] = set()
    with FaultProxy(server.starttls_port) as proxy:
        workspace.write(security="none", port=proxy.port, extra=DAEMON_FAULT_CONFIG)
        Store(workspace.store_path).close()
        daemon = Daemon(workspace, tmp_path / "daemon.log")
        try:
            daemon.wait_ready(folders=2, timeout=15)
            phases = ("idle", "idle", "idle", "fetch", "search", "select", "login")
            for number in range(30):
                fault = Fault.random(rng, phases)
                proxy.arm(Fault(fault.phase, fault.kind, fault.offset, stall_seconds=0.8))
                folder = rng.choice(["INBOX", "INBOX", "Junk"])
                workspace.mailbox.append(folder, vendor_reply(10_000 + number, folder))
                expected.add(f"<reply-{10_000 + number}@acme.zendesk.com>")
                deadline = time.monotonic() + 4
                while proxy.armed is not None and time.monotonic() < deadline:
                    time.sleep(0.05)
            proxy.arm(None)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not expected <= recorded_once(workspace)[0]:
                time.sleep(0.2)
            before = server_snapshot(workspace.mailbox)
            code, took = daemon.terminate()
        finally:
            daemon.kill()
        log = daemon.log_text()
    recorded, rows = recorded_once(workspace)
    after = server_snapshot(workspace.mailbox)
    injected = proxy.log.injected
    print(
        f"\ndaemon: faults injected {len(injected)} "
        f"({sum(f.phase == 'idle' for f in injected)} during IDLE), "
        f"connections {proxy.log.connections}; replies {len(expected)}, "
        f"lost {len(expected - recorded)}, duplicated {rows - len(recorded)}; "
        f"SIGTERM exit {code} after {took:.2f} s"
    )
    assert code == 0
    assert len(injected) >= 20 and any(f.phase == "idle" for f in injected)
    assert recorded == expected and rows == len(expected)
    assert after == before  # the daemon changed no flag, UID or count
    assert all(b"\\Seen" not in flags for folder in after.values() for _uid, flags in folder[2])  # type: ignore[union-attr]
    assert workspace.mailbox.password not in log


def test_two_scans_and_a_track_add_at_once_lose_and_double_nothing(workspace: Workspace) -> None:
    """Three writers on one store (two `scan`s, one `track add`), as real processes:
    every reply once, every request once, no "database is locked" reaching the user."""
    today = date.today()
    mailbox = workspace.mailbox
    mailbox.append_many("INBOX", unrelated_mail(2000, today, seed=3))
    samples = sample_mailbox(today, mailbox.address)
    for mail in samples:
        mailbox.append(mail.folder, mail.raw)
    base = [sys.executable, "-m", "inbox_watch", "--config", str(workspace.config)]
    requests = sample_requests(today)
    for request in requests[1:]:
        subprocess.run([*base, *request.track_args()], check=True, capture_output=True)
    writers = [
        subprocess.Popen([*base, "scan"], stdout=subprocess.PIPE, stderr=subprocess.PIPE),
        subprocess.Popen([*base, "scan"], stdout=subprocess.PIPE, stderr=subprocess.PIPE),
        subprocess.Popen(
            [*base, *requests[0].track_args()], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ),
    ]
    results = [(proc.wait(120), *proc.communicate()) for proc in writers]
    for code, _out, err in results:
        assert code == 0, err
        assert b"locked" not in err
    with Store(workspace.store_path) as store:
        before = {reply.message_id: reply.request_id for reply in store.replies()}
        tracked = store.requests()
    assert len(tracked) == len(requests)  # the request added during the scans, once
    assert before  # the scans recorded the samples' replies
    # Nothing lost: a full rescan afterwards finds nothing the concurrent scans missed.
    since = (today - timedelta(days=90)).isoformat()
    rescan = subprocess.run(
        [*base, "scan", "--json", "--since", since], check=True, capture_output=True
    )
    folders = json.loads(rescan.stdout)["folders"]
    assert sum(f["new_replies"] + f["not_support"] for f in folders) == 0, folders
    with Store(workspace.store_path) as store:
        after = {reply.message_id: reply.request_id for reply in store.replies()}
    assert after.keys() == before.keys()


def _limited_file_size(limit: int) -> None:
    # The scanner's files may not grow past `limit` bytes: a full disk, as the store
    # sees it (EFBIG, which SQLite reports as SQLITE_FULL; Python ignores SIGXFSZ).
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_stops_the_scan_with_one_error_and_loses_nothing(
    workspace: Workspace,
) -> None:
    total = 1200
    workspace.mailbox.append_many("INBOX", [vendor_reply(n, "INBOX") for n in range(total)])
    env = {**os.environ, workspace.password_env: workspace.mailbox.password}
    command = [sys.executable, "-m", "inbox_watch", "--config", str(workspace.config), "scan"]
    Store(workspace.store_path).close()
    limit = workspace.store_path.stat().st_size + 96 * 1024
    full = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False,
        preexec_fn=lambda: _limited_file_size(limit),
    )  # fmt: skip
    recorded, rows = recorded_once(workspace)
    print(
        f"\nfull disk at {limit} bytes: exit {full.returncode}, {rows} of {total} recorded; "
        f"stderr: {full.stderr.strip()!r}"
    )
    assert full.returncode == 6, full.stderr
    assert "Traceback" not in full.stderr
    assert len(full.stderr.strip().splitlines()) == 1
    assert "disk" in full.stderr and "full" in full.stderr
    assert rows == len(recorded) and rows < total
    again = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert again.returncode == 0, again.stderr
    recorded, rows = recorded_once(workspace)
    assert recorded == {f"<reply-{n}@acme.zendesk.com>" for n in range(total)}
    assert rows == total
