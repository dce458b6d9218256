"""One daemon per store: an advisory lock file next to the state database."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from inbox_watch.errors import DaemonAlreadyRunningError


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


@contextlib.contextmanager
def daemon_lock(store_path: Path) -> Iterator[None]:
    """One daemon per store: an flock on ``<store>.lock`` holding the pid. The kernel
    releases it when the process dies, so a crash leaves no stale lock."""
    path = lock_path(store_path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise DaemonAlreadyRunningError(
                f"an inbox-watch daemon (pid {holder}) is already running on store {store_path}.",
                "Stop it first (kill -TERM that pid, or systemctl --user stop inbox-watch); "
                "scan, status and digest work while it runs.",
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def lock_holder(store_path: Path) -> str | None:
    """The pid of the daemon holding the lock, or ``None`` when no daemon runs.
    Raises OSError when the lock file exists but cannot be read."""
    path = lock_path(store_path)
    if not path.exists():
        return None
    with path.open("rb") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return handle.read(32).decode("ascii", "replace").strip() or "?"
        fcntl.flock(handle, fcntl.LOCK_UN)
    return None
