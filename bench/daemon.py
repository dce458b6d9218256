"""Benchmark scenarios 4 and 5: `inbox-watch run` in the background; push latency from an
APPEND's OK to the store and to the notification, then the cost of doing nothing.

Starts and stops its own daemon process; notifications go to a local json:// sink.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

from bench.generate import support_reply_for
from bench.scenarios import Result

if TYPE_CHECKING:
    import argparse

    from bench.scenarios import Cli
    from sandbox.dovecot import PrivateDovecot

_TICKS = os.sysconf("SC_CLK_TCK")


class NotificationSink:
    """An HTTP server on loopback that records when each POST (apprise json://) arrives."""

    def __init__(self) -> None:
        self.received: list[tuple[float, str]] = []
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode(errors="replace")
                sink.received.append((time.perf_counter(), body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> NotificationSink:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def arrival(self, needle: str, after: float) -> float | None:
        for moment, body in list(self.received):
            if moment >= after and needle in body:
                return moment
        return None


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


def _memory_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) in MB."""
    rss = peak = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
        elif line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    return rss, peak


def _imap_processes(pgid: int) -> list[int]:
    """Dovecot's imap processes (one per session) in the sandbox's process group."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        comm = text[text.index("(") + 1 : text.rindex(")")]
        fields = text.rpartition(")")[2].split()
        if comm == "imap" and int(fields[2]) == pgid:
            pids.append(int(stat.parent.name))
    return pids


@contextlib.contextmanager
def running_daemon(cli: Cli, config: Path, log_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "inbox_watch", "--config", str(config), "run",
             "--log-level", "info"],
            env=cli.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )  # fmt: skip
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_until_watching(store: Path, proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Until the daemon recorded a sync of INBOX in IDLE mode (then it is about to IDLE)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the daemon exited with {proc.returncode} while starting")
        with contextlib.suppress(sqlite3.Error):
            connection = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1)
            try:
                rows = connection.execute(
                    "SELECT mode FROM account_health WHERE folder = 'INBOX'"
                ).fetchall()
            finally:
                connection.close()
            if any(row[0] == "idle" for row in rows):
                time.sleep(1.0)
                return
        time.sleep(0.05)
    raise RuntimeError("the daemon did not start watching INBOX in time")


def push_and_idle(
    args: argparse.Namespace, cli: Cli, server: PrivateDovecot, store: Path, root: Path
) -> tuple[Result, Result]:
    """Scenario 4 (``push_trials`` APPENDs) and 5 (``idle_seconds`` of nothing) on one
    daemon process."""
    push = Result("4. push latency")
    idle = Result("5. daemon idle")
    with NotificationSink() as sink:
        config = root / "config-daemon.toml"
        config.write_text(
            cli.config.read_text()
            + f'\n[notify]\nurls = ["json://127.0.0.1:{sink.port}/"]\n'
            + "max_age_days = 3\n"
        )
        daemon_log = root / "daemon.log"
        with running_daemon(cli, config, daemon_log) as proc:
            try:
                _wait_until_watching(store, proc, 120)
            except RuntimeError as error:
                tail = daemon_log.read_text(errors="replace")[-600:]
                push.error = idle.error = f"{error}: {tail}"
                return push, idle
            _push_trials(args, server, store, sink, push)
            _idle(args, server, proc, idle)
    return push, idle


def _push_trials(
    args: argparse.Namespace,
    server: PrivateDovecot,
    store: Path,
    sink: NotificationSink,
    result: Result,
) -> None:
    to_store: list[float] = []
    to_notify: list[float] = []
    missed = 0
    client = server.client()
    connection = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)
    try:
        for trial in range(args.push_trials):
            item = support_reply_for(trial, args.seed + 1000 + trial, datetime.now(UTC),
                                     args.messages + 100 + trial)  # fmt: skip
            client.append("INBOX", item.raw)
            ok = time.perf_counter()
            stored = notified = None
            deadline = ok + 15
            while time.perf_counter() < deadline and (stored is None or notified is None):
                if stored is None:
                    with contextlib.suppress(sqlite3.OperationalError):
                        row = connection.execute(
                            "SELECT 1 FROM replies WHERE message_id = ?",
                            (item.truth.message_id,),
                        ).fetchone()
                        if row is not None:
                            stored = time.perf_counter()
                if notified is None and item.truth.ticket:
                    notified = sink.arrival(item.truth.ticket, ok)
                time.sleep(0.005)
            if stored is None:
                missed += 1
            else:
                to_store.append(stored - ok)
            if notified is not None:
                to_notify.append(notified - ok)
            time.sleep(1.0)
    finally:
        connection.close()
        client.logout()

    def stats(values: list[float]) -> dict[str, float | None]:
        if not values:
            return {"median_s": None, "p90_s": None, "max_s": None}
        ordered = sorted(values)
        p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
        return {
            "median_s": round(statistics.median(ordered), 3),
            "p90_s": round(p90, 3),
            "max_s": round(ordered[-1], 3),
        }

    store_stats, notify_stats = stats(to_store), stats(to_notify)
    result.extra.update(store_stats)
    result.extra["notification"] = notify_stats
    result.extra["trials"] = args.push_trials
    result.extra["missed"] = missed
    result.extra["notified"] = len(to_notify)
    result.wall = store_stats["median_s"]
    result.extra["summary"] = (
        f"APPEND OK -> store: median {store_stats['median_s']} s, p90 {store_stats['p90_s']} s, "
        f"max {store_stats['max_s']} s; -> notification: median {notify_stats['median_s']} s, "
        f"p90 {notify_stats['p90_s']} s ({len(to_notify)}/{args.push_trials} notified, "
        f"{missed} missed; Dovecot's own delay is 0.5 s)"
    )


def _idle(
    args: argparse.Namespace, server: PrivateDovecot, proc: subprocess.Popen[bytes], result: Result
) -> None:
    time.sleep(5)  # let the last trial's notification and scan settle
    pgid = server.master_pid or 0
    imap_before = {pid: _cpu_seconds(pid) for pid in _imap_processes(pgid)}
    cpu_before = _cpu_seconds(proc.pid)
    start = time.perf_counter()
    time.sleep(args.idle_seconds)
    elapsed = time.perf_counter() - start
    cpu = _cpu_seconds(proc.pid) - cpu_before
    rss, peak = _memory_mb(proc.pid)
    imap_cpu = sum(
        _cpu_seconds(pid) - imap_before.get(pid, 0.0)
        for pid in _imap_processes(pgid)
        if Path(f"/proc/{pid}").exists()
    )
    per_5_min = cpu * 300 / elapsed if elapsed else 0.0
    result.cpu = round(cpu, 3)
    result.rss_mb = round(rss, 1)
    result.wall = round(elapsed, 1)
    result.extra.update(
        {
            "cpu_per_5_min": round(per_5_min, 3),
            "peak_rss_mb": round(peak, 1),
            "server_imap_cpu_s": round(imap_cpu, 3),
            "summary": f"{cpu:.2f} CPU-s in {elapsed:.0f} s, RSS {rss:.0f} MB (peak {peak:.0f})",
        }
    )
