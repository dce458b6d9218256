"""The daemon (`inbox-watch run`) as a subprocess on a real Dovecot: push latency, spam
polling, a server restart, signals, the lock, and notifications sent once."""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from email.utils import format_datetime
from pathlib import Path
from typing import Any, TypeVar

import imapclient.exceptions
import pytest

from inbox_watch.errors import ExitCode
from inbox_watch.store.sqlite import Store
from sandbox.dovecot import PrivateDovecot
from tests.integration.conftest import Workspace

T = TypeVar("T")

DAEMON_CONFIG = """\
[daemon]
poll_interval = 1.0
reconnect_min = 0.2
reconnect_max = 1.0
auth_retry_min = 0.5
auth_retry_max = 2.0
heartbeat = 1.0

[notify]
urls = ["json://127.0.0.1:{port}/hook"]
max_age_days = 30
retry_min = 0.2
retry_max = 1.0
"""


class Sink:
    """A webhook on 127.0.0.1 that keeps what apprise's json:// posts, with arrival times."""

    def __init__(self) -> None:
        self.received: list[tuple[float, dict[str, Any]]] = []
        sink = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                payload = json.loads(self.rfile.read(length))
                sink.received.append((time.monotonic(), payload))
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def titles(self) -> list[str]:
        return [payload["title"] for _, payload in self.received]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def sink() -> Iterator[Sink]:
    server = Sink()
    yield server
    server.close()


def wait_for(what: str, check: Callable[[], T | None], timeout: float = 8.0) -> T:
    """Poll ``check`` until it returns something truthy; fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.02)


class Daemon:
    """`python -m inbox_watch run` with its stderr in a file."""

    def __init__(self, workspace: Workspace, log: Path, *args: str) -> None:
        self.log = log
        self.workspace = workspace
        with log.open("ab") as stderr:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "inbox_watch",
                    "--config",
                    str(workspace.config),
                    "run",
                    "--log-level",
                    "debug",
                    *args,
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env=os.environ.copy(),
            )

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_ready(self, folders: int = 2, timeout: float = 8.0) -> None:
        """Until every folder has synced since this process started (the catch-up)."""
        started = time.time() - 1  # health times have one-second resolution

        def synced() -> bool:
            if self.proc.poll() is not None:
                raise AssertionError(f"daemon exited early:\n{self.log_text()}")
            with Store(self.workspace.store_path) as store:
                health = store.folder_health()
            fresh = [h for h in health if h.last_success and h.last_success.timestamp() >= started]
            return len(fresh) >= folders

        wait_for("the daemon's catch-up", synced, timeout)

    def terminate(self, signum: int = signal.SIGTERM, timeout: float = 10.0) -> tuple[int, float]:
        started = time.monotonic()
        self.proc.send_signal(signum)
        code = self.proc.wait(timeout)
        return code, time.monotonic() - started

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def daemons(tmp_path: Path) -> Iterator[Callable[..., Daemon]]:
    started: list[Daemon] = []

    def start(workspace: Workspace, *args: str) -> Daemon:
        daemon = Daemon(workspace, tmp_path / f"daemon{len(started)}.log", *args)
        started.append(daemon)
        return daemon

    yield start
    for daemon in started:
        daemon.kill()


def status_json(workspace: Workspace) -> Any:
    """`inbox-watch status --json` in a process of its own, as a script would run it."""
    command = [sys.executable, "-m", "inbox_watch", "--config", str(workspace.config)]
    result = subprocess.run(
        [*command, "status", "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def configure(workspace: Workspace, sink: Sink) -> None:
    workspace.write(extra=DAEMON_CONFIG.format(port=sink.port))
    Store(workspace.store_path).close()  # create and migrate before anyone races for it


def daemon_on_private_dovecot(
    server: PrivateDovecot,
    user: str,
    root: Path,
    monkeypatch: pytest.MonkeyPatch,
    sink: Sink,
    daemons: Callable[..., Daemon],
) -> tuple[Workspace, Daemon]:
    """A running daemon, caught up, on a Dovecot of the test's own (one it may stop)."""
    server.start()
    workspace = Workspace(root, server.add_user(user), monkeypatch)
    configure(workspace, sink)
    daemon = daemons(workspace)
    daemon.wait_ready()
    return workspace, daemon


def vendor_reply(ticket: str, *, needs_info: bool = False) -> tuple[str, bytes]:
    """A human reply from Acme's Zendesk, with a Message-ID of its own."""
    message_id = f"<{uuid.uuid4().hex}@acme.zendesk.com>"
    text = (
        "could you send us the output of `acme volume describe vol-0c7d`? We need it to continue."
        if needs_info
        else "we released the lock on the volume; it attaches normally now."
    )
    raw = (
        'From: "Priya Raman (Acme Cloud Support)" <support@acme.example>\r\n'
        "To: someone@example.test\r\n"
        f"Subject: [Request #{ticket}] Cannot attach volume vol-0c7d\r\n"
        f"Date: {format_datetime(time_now())}\r\n"
        f"Message-ID: {message_id}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "##- Please type your reply above this line -##\r\n\r\n"
        f"Hi,\r\n\r\n{text}\r\n\r\nBest regards,\r\nPriya\r\n"
    )
    return message_id, raw.encode()


def time_now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def recorded(workspace: Workspace, message_id: str) -> bool:
    with Store(workspace.store_path) as store:
        return any(reply.message_id == message_id for reply in store.replies())


def test_replies_are_recorded_and_notified_within_seconds(
    workspace: Workspace, sink: Sink, daemons: Callable[..., Daemon]
) -> None:
    configure(workspace, sink)
    daemon = daemons(workspace)
    daemon.wait_ready()

    message_id, raw = vendor_reply("48213")
    appended = time.monotonic()
    workspace.mailbox.append("INBOX", raw)
    wait_for("the INBOX reply in the store", lambda: recorded(workspace, message_id))
    stored = time.monotonic() - appended
    arrival, payload = wait_for("the notification", lambda: sink.received[:1])[0]
    notified = arrival - appended
    assert payload["title"] == "Acme Cloud replied (ticket 48213)"
    assert "Cannot attach volume" in payload["message"]

    spam_id, spam_raw = vendor_reply("48214", needs_info=True)
    spam_appended = time.monotonic()
    workspace.mailbox.append("Junk", spam_raw)
    wait_for("the spam reply in the store", lambda: recorded(workspace, spam_id))
    spam_stored = time.monotonic() - spam_appended
    wait_for("the spam notification", lambda: len(sink.received) == 2)
    spam_title = sink.titles[1]
    assert spam_title == "Acme Cloud needs your answer (ticket 48214)"
    assert "spam folder" in sink.received[1][1]["message"]

    code, took = daemon.terminate()
    print(
        f"\nINBOX (IDLE): store {stored:.2f} s, notification {notified:.2f} s after APPEND; "
        f"Junk (poll 1 s): store {spam_stored:.2f} s; SIGTERM exit {took:.2f} s"
    )
    assert stored < 3.0 and notified < 4.0
    assert spam_stored < 4.0
    assert code == 0 and took < 5.0
    log = daemon.log_text()
    assert workspace.mailbox.password not in log
    assert str(sink.port) not in log  # the notification URL is never logged
    assert len(sink.received) == 2


def test_daemon_reconnects_after_a_server_restart_without_duplicates(
    private_dovecot: PrivateDovecot,
    sink: Sink,
    daemons: Callable[..., Daemon],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace, daemon = daemon_on_private_dovecot(
        private_dovecot, "restart", tmp_path, monkeypatch, sink, daemons
    )
    before_id, before_raw = vendor_reply("50001")
    workspace.mailbox.append("INBOX", before_raw)
    wait_for("the first reply", lambda: recorded(workspace, before_id))

    private_dovecot.stop()
    private_dovecot.start()
    restarted = time.monotonic()
    inbox_id, inbox_raw = vendor_reply("50002")
    junk_id, junk_raw = vendor_reply("50003")
    workspace.mailbox.append("INBOX", inbox_raw)
    workspace.mailbox.append("Junk", junk_raw)
    wait_for("the replies after the restart", lambda: recorded(workspace, inbox_id))
    wait_for("the spam reply after the restart", lambda: recorded(workspace, junk_id))
    recovered = time.monotonic() - restarted
    wait_for("three notifications", lambda: len(sink.received) >= 3)
    # A new reply after recovery arrives by IDLE again.
    late_id, late_raw = vendor_reply("50004")
    workspace.mailbox.append("INBOX", late_raw)
    wait_for("a reply after recovery", lambda: recorded(workspace, late_id), timeout=4.0)
    wait_for("four notifications", lambda: len(sink.received) >= 4)

    code, _ = daemon.terminate()
    print(f"\nrestart: both replies recorded {recovered:.2f} s after Dovecot was back")
    assert code == 0
    with Store(workspace.store_path) as store:
        ids = [reply.message_id for reply in store.replies()]
        health = {h.folder: h for h in store.folder_health()}
    assert sorted(ids) == sorted([before_id, inbox_id, junk_id, late_id])
    assert len(sink.received) == 4
    assert len(set(sink.titles)) == 4
    assert health["INBOX"].last_error is not None  # the drop was recorded
    assert "retrying in" in daemon.log_text()


def test_sigterm_is_prompt_and_a_second_daemon_is_refused(
    workspace: Workspace, sink: Sink, daemons: Callable[..., Daemon]
) -> None:
    configure(workspace, sink)
    first = daemons(workspace)
    first.wait_ready()

    second = daemons(workspace)
    assert second.proc.wait(10) == ExitCode.ALREADY_RUNNING
    refusal = second.log_text()
    assert "already running" in refusal and f"pid {first.proc.pid}" in refusal

    health = status_json(workspace)["daemon"]
    assert health["running"] is True and health["pid"] == first.proc.pid
    (account,) = health["accounts"]
    assert account["account"] == "test" and account["healthy"] is True
    assert {f["folder"]: f["mode"] for f in account["folders"]} == {
        "INBOX": "idle",
        "Junk": "poll",
        "Sent": "poll",
    }

    code, took = first.terminate()
    print(f"\nSIGTERM to exit: {took:.2f} s")
    assert code == 0 and took < 5.0
    assert status_json(workspace)["daemon"]["running"] is False


def test_a_notification_is_not_sent_twice_after_a_restart(
    workspace: Workspace, sink: Sink, daemons: Callable[..., Daemon]
) -> None:
    configure(workspace, sink)
    first = daemons(workspace)
    first.wait_ready()
    _, raw = vendor_reply("60001")
    workspace.mailbox.append("INBOX", raw)
    wait_for("the first notification", lambda: sink.received)
    assert first.terminate(signal.SIGINT)[0] == 0

    second = daemons(workspace)
    second.wait_ready()
    _, raw = vendor_reply("60002")
    workspace.mailbox.append("INBOX", raw)
    wait_for("the second notification", lambda: len(sink.received) >= 2)
    assert second.terminate()[0] == 0
    assert sink.titles == [
        "Acme Cloud replied (ticket 60001)",
        "Acme Cloud replied (ticket 60002)",
    ]


def test_a_refused_login_is_reported_retried_slowly_and_never_logged(
    workspace: Workspace,
    sink: Sink,
    daemons: Callable[..., Daemon],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configure(workspace, sink)
    monkeypatch.setenv(workspace.password_env, "wrong-password-x7q")
    daemon = daemons(workspace)

    def failed() -> bool:
        with Store(workspace.store_path) as store:
            return any(h.last_error for h in store.folder_health())

    wait_for("the login error in the health record", failed)
    assert daemon.proc.poll() is None  # still running, retrying slowly
    code, _ = daemon.terminate()
    assert code == 0
    log = daemon.log_text()
    assert "was refused" in log and "retrying in" in log
    assert "wrong-password-x7q" not in log


def test_a_password_env_the_daemon_lacks_stops_it_with_exit_status_3(
    workspace: Workspace,
    sink: Sink,
    daemons: Callable[..., Daemon],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # systemd's RestartPreventExitStatus=3: a daemon that cannot read a password must
    # say so and stop, not stay "active" retrying every few minutes.
    configure(workspace, sink)
    monkeypatch.delenv(workspace.password_env)
    daemon = daemons(workspace)
    code = daemon.proc.wait(timeout=10)
    assert code == ExitCode.CONFIG
    log = daemon.log_text()
    assert f"environment variable {workspace.password_env} is not set" in log
    assert "EnvironmentFile" in log
    assert "retrying" not in log


def test_a_password_command_that_hangs_stalls_only_its_own_account(
    workspace: Workspace,
    sink: Sink,
    daemons: Callable[..., Daemon],
    tmp_path: Path,
) -> None:
    # A second account whose password_command never returns (a pinentry nobody can
    # answer): bounded by its timeout, reported, retried slowly; the first account's
    # mail goes on being read, SIGTERM stays prompt, and no child is left behind.
    pids = tmp_path / "pids"
    server = workspace.mailbox.server
    # "stuck" times out after 1 s, again and again; "hung" is still waiting (60 s)
    # when SIGTERM comes.
    stuck = "".join(
        "\n[[accounts]]\n"
        f'name = "{name}"\nhost = "127.0.0.1"\n'
        f'port = {server.imaps_port}\nusername = "{workspace.mailbox.user}"\n'
        f'ca_file = "{server.ca_file}"\ntimeout = {timeout}\nfolders = ["INBOX"]\n'
        f'password_command = "sleep 300 & echo $! >> {pids}; wait"\n'
        for name, timeout in (("stuck", 1.0), ("hung", 60.0))
    )
    own_ca = f'ca_file = "{server.ca_file}"\n'  # write() adds it only when extra has none
    workspace.write(extra=own_ca + DAEMON_CONFIG.format(port=sink.port) + stuck)
    Store(workspace.store_path).close()
    daemon = daemons(workspace)
    daemon.wait_ready()

    message_id, raw = vendor_reply("48213")
    appended = time.monotonic()
    workspace.mailbox.append("INBOX", raw)
    wait_for("the reply of the working account", lambda: recorded(workspace, message_id))
    stored = time.monotonic() - appended
    wait_for(
        "a stopped password_command", lambda: pids.exists() and len(pids.read_text().split()) >= 3
    )

    code, took = daemon.terminate()
    log = daemon.log_text()
    failures = log.count("password_command printed nothing within 1 s and was stopped")
    print(
        f"\nworking account stored in {stored:.2f} s; {failures} bounded failures; "
        f"SIGTERM {took:.2f} s"
    )
    assert stored < 3.0
    assert failures >= 1
    assert code == 0 and took < 5.0
    time.sleep(0.2)
    left = [pid for pid in map(int, pids.read_text().split()) if running(pid)]
    assert left == []


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_a_store_deleted_under_the_daemon_stops_it_with_exit_status_6(
    workspace: Workspace, sink: Sink, daemons: Callable[..., Daemon]
) -> None:
    # Writing on into an unlinked file would lose every reply from then on.
    configure(workspace, sink)
    daemon = daemons(workspace)
    daemon.wait_ready()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{workspace.store_path}{suffix}").unlink(missing_ok=True)
    deleted = time.monotonic()
    code = daemon.proc.wait(timeout=10)
    took = time.monotonic() - deleted
    log = daemon.log_text()
    print(f"\nstore deleted: the daemon stopped after {took:.2f} s with exit {code}")
    assert code == ExitCode.STORE
    assert log.count("inbox-watch: error: the store") == 1
    assert "was deleted or replaced while the daemon ran" in log
    assert took < 5.0


def test_server_changes_under_the_daemon_end_in_a_correct_store(
    private_dovecot: PrivateDovecot,
    sink: Sink,
    daemons: Callable[..., Daemon],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The spam folder deleted and recreated (a new UIDVALIDITY), mail expunged, the
    # password changed and the server restarted: every reply ends in the store once,
    # the refused logins are reported (never a silent stop), and the daemon resumes.
    workspace, daemon = daemon_on_private_dovecot(
        private_dovecot, "changes", tmp_path, monkeypatch, sink, daemons
    )
    mailbox = workspace.mailbox
    first_id, first_raw = vendor_reply("51001")
    mailbox.append("Junk", first_raw)
    wait_for("the first spam reply", lambda: recorded(workspace, first_id))

    with mailbox.client() as client:
        client.delete_folder("Junk")
        client.create_folder("Junk")
    second_id, second_raw = vendor_reply("51002")
    mailbox.append("Junk", first_raw)  # the same reply again, in the new folder
    mailbox.append("Junk", second_raw)
    wait_for("the reply in the recreated Junk", lambda: recorded(workspace, second_id))

    third_id, third_raw = vendor_reply("51003")
    mailbox.append("INBOX", third_raw)
    wait_for("the INBOX reply", lambda: recorded(workspace, third_id))
    with mailbox.client() as client:
        client.select_folder("INBOX")
        client.delete_messages(client.search("ALL"))
        client.expunge()
    fourth_id, fourth_raw = vendor_reply("51004")
    mailbox.append("INBOX", fourth_raw)
    wait_for("a reply after the expunge", lambda: recorded(workspace, fourth_id))

    private_dovecot.set_password(mailbox.user, "changed-elsewhere-9x")
    private_dovecot.stop()
    private_dovecot.start()

    def refused() -> bool:
        with Store(workspace.store_path) as store:
            return any("refused" in (h.last_error or "") for h in store.folder_health())

    wait_for("the refused login in the health record", refused, timeout=15.0)
    assert daemon.proc.poll() is None
    private_dovecot.set_password(mailbox.user, mailbox.password)  # the user fixes it
    fixed = time.monotonic()
    fifth_id, fifth_raw = vendor_reply("51005")

    def appended() -> bool:
        # Dovecot reads a changed passwd file at most once a second.
        try:
            mailbox.append("INBOX", fifth_raw)
        except imapclient.exceptions.LoginError:
            return False
        return True

    wait_for("a login with the fixed password", appended)
    wait_for("a reply once the password works", lambda: recorded(workspace, fifth_id), 15.0)
    resumed = time.monotonic() - fixed

    code, _ = daemon.terminate()
    log = daemon.log_text()
    with Store(workspace.store_path) as store:
        ids = [reply.message_id for reply in store.replies()]
    refusals = log.count("was refused")
    print(f"\nserver changes: {len(ids)} replies, {refusals} refused-login lines, "
          f"resumed {resumed:.2f} s after the password was fixed")  # fmt: skip
    assert code == 0
    assert sorted(ids) == sorted([first_id, second_id, third_id, fourth_id, fifth_id])
    assert refusals >= 1
    assert "changed-elsewhere-9x" not in log and mailbox.password not in log
