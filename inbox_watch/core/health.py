"""Daemon health: is the daemon alive, and how each account's folders are syncing.

Pure: the records come from the store and the time as an argument; no process checks here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

# A daemon is taken for dead after missing this many heartbeats.
MISSED_HEARTBEATS = 3


@dataclass(frozen=True, slots=True)
class DaemonRecord:
    """What the daemon last wrote about itself."""

    pid: int
    host: str
    started_at: datetime
    heartbeat_at: datetime
    heartbeat_interval: float
    stopped_at: datetime | None


@dataclass(frozen=True, slots=True)
class FolderHealth:
    """One watched folder: how it is watched, its last good sync and its last error."""

    account: str
    folder: str
    mode: str
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None

    @property
    def healthy(self) -> bool:
        """Synced since its last error (or never failed)."""
        if self.last_error_at is None:
            return self.last_success is not None
        return self.last_success is not None and self.last_success >= self.last_error_at


@dataclass(frozen=True, slots=True)
class AccountHealth:
    """Per account: the oldest last sync of its folders (everything is synced at least
    as of then) and its most recent error."""

    account: str
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    healthy: bool
    folders: tuple[FolderHealth, ...]


@dataclass(frozen=True, slots=True)
class DaemonHealth:
    running: bool
    record: DaemonRecord | None
    accounts: tuple[AccountHealth, ...]
    pending_notifications: int = 0
    failed_notifications: int = 0


def daemon_running(record: DaemonRecord | None, now: datetime, pid_alive: bool | None) -> bool:
    """Running: not recorded as stopped, heartbeat fresh, and (when the caller could
    check, i.e. on the same host) its process alive. A killed daemon cannot record its
    stop: the stale heartbeat or the dead pid tells.

    >>> from datetime import UTC
    >>> t = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    >>> daemon_running(DaemonRecord(9, "h", t, t, 30.0, None), t + timedelta(seconds=60), True)
    True
    >>> daemon_running(DaemonRecord(9, "h", t, t, 30.0, None), t + timedelta(seconds=60), False)
    False
    """
    if record is None or record.stopped_at is not None or pid_alive is False:
        return False
    # One extra interval of grace: the heartbeat is written at the end of a loop turn.
    allowed = timedelta(seconds=record.heartbeat_interval * (MISSED_HEARTBEATS + 1))
    return now - record.heartbeat_at <= allowed


def account_health(folders: Sequence[FolderHealth]) -> tuple[AccountHealth, ...]:
    """Group folder health by account, in first-seen order.

    >>> from datetime import UTC
    >>> t = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    >>> inbox = FolderHealth("me", "INBOX", "idle", t, None, None)
    >>> junk = FolderHealth("me", "Junk", "poll", None, "timed out", t)
    >>> (me,) = account_health([inbox, junk])
    >>> me.healthy, me.last_error
    (False, 'Junk: timed out')
    """
    by_account: dict[str, list[FolderHealth]] = {}
    for folder in folders:
        by_account.setdefault(folder.account, []).append(folder)
    result = []
    for account, own in by_account.items():
        successes = [f.last_success for f in own]
        errors = [f for f in own if f.last_error_at is not None]
        latest_error = (
            max(errors, key=lambda f: f.last_error_at or datetime.min) if errors else None
        )
        result.append(
            AccountHealth(
                account=account,
                last_success=None if None in successes else min(s for s in successes if s),
                last_error=(
                    f"{latest_error.folder}: {latest_error.last_error}" if latest_error else None
                ),
                last_error_at=latest_error.last_error_at if latest_error else None,
                healthy=all(f.healthy for f in own),
                folders=tuple(own),
            )
        )
    return tuple(result)
