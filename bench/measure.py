"""Benchmark layer: wall time, CPU time and peak RSS of a child process, and the bytes
Dovecot sent to clients (from its own logout accounting).

Measures; decides nothing about what the figures mean.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Measured:
    """One child process: ``cpu`` is user + system seconds, ``rss_mb`` its peak RSS."""

    wall: float
    cpu: float
    rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False


def run_measured(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
    cwd: Path | None = None,
) -> Measured:
    """Run ``argv`` to completion (SIGKILL after ``timeout``) and measure it alone.

    ``os.wait4`` gives the child's own rusage, not the sum over every child so far.
    """
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
    ):
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=dict(env) if env is not None else None,
            cwd=cwd,
        )
        timed_out = False
        deadline = None if timeout is None else start + timeout
        peak_kb = 0
        while True:
            peak_kb = max(peak_kb, _vm_hwm_kb(proc.pid))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid != 0:
                break
            if deadline is not None and time.perf_counter() > deadline:
                proc.kill()
                timed_out = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(
            wall=wall,
            cpu=usage.ru_utime + usage.ru_stime,
            rss_mb=(peak_kb or usage.ru_maxrss) / 1024,
            returncode=proc.returncode,
            stdout=out.read().decode(errors="replace"),
            stderr=err.read().decode(errors="replace"),
            timed_out=timed_out,
        )


def _vm_hwm_kb(pid: int) -> int:
    """The peak RSS of ``pid``'s current program, in kB (0 once it has exited).

    ``ru_maxrss`` from wait4 is no good for a child of a big process: Linux carries the
    high-water mark of the memory it had before ``execve`` (the parent's, after a fork or
    vfork) into the child's figure. VmHWM belongs to the program the child runs now.
    """
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


_LOGIN = re.compile(r"imap-login: Info: Login: user=<([^>]+)>")
_LOGOUT = re.compile(
    r"imap\(([^)]+)\).*?: Info: (?:Disconnected|Connection closed).*?\bin=(\d+) out=(\d+)"
)


class ServerBytes:
    """Counts what Dovecot's imap processes sent (``out=``) and received since ``mark``.

    Dovecot logs ``in=``/``out=`` (bytes of IMAP protocol, before TLS) when a session
    ends, so every session started after the mark must have ended before ``read``.
    """

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.offset = 0

    def mark(self) -> None:
        self.offset = self.log_path.stat().st_size if self.log_path.exists() else 0

    def read(self, wait: float = 5.0) -> tuple[int, int, int]:
        """(bytes sent by the server, bytes received, sessions) since the mark."""
        deadline = time.monotonic() + wait
        while True:
            with open(self.log_path, "rb") as handle:
                handle.seek(self.offset)
                text = handle.read().decode(errors="replace")
            logins = len(_LOGIN.findall(text))
            ends = _LOGOUT.findall(text)
            if len(ends) >= logins or time.monotonic() > deadline:
                sent = sum(int(out) for _, _, out in ends)
                received = sum(int(inp) for _, inp, _ in ends)
                return sent, received, len(ends)
            time.sleep(0.05)


def python_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for child processes: ours, plus ``extra``, never a user config."""
    env = dict(os.environ)
    env.pop("INBOX_WATCH_CONFIG", None)
    # Start-up as installed: with bytecode caching (pip install compiles it too).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if extra:
        env.update(extra)
    return env
