"""Daemon health as `status` shows it: the daemon's record, its process, folder health.

Adapter: reads the store and checks a pid; the rules are in core/health.py.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime

from inbox_watch.core.health import (
    DaemonHealth,
    DaemonRecord,
    account_health,
    daemon_running,
)
from inbox_watch.store.sqlite import Store


def process_alive(record: DaemonRecord) -> bool | None:
    """Whether the recorded pid is alive; None when it ran on another host."""
    if record.host != socket.gethostname():
        return None
    try:
        os.kill(record.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


def read_daemon_health(store: Store, now: datetime) -> DaemonHealth:
    record = store.daemon_record()
    alive = process_alive(record) if record is not None else None
    pending, failed = store.notification_counts()
    return DaemonHealth(
        running=daemon_running(record, now, alive),
        record=record,
        accounts=account_health(store.folder_health()),
        pending_notifications=pending,
        failed_notifications=failed,
    )
