"""The daemon's state in SQLite: notifications queued once, delivery per channel, health,
the daemon record, the lock file; and a second Store in one process keeps WAL working."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from inbox_watch.core.events import EventKind, Notification
from inbox_watch.errors import DaemonAlreadyRunningError
from inbox_watch.store.lock import daemon_lock
from inbox_watch.store.sqlite import Store

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
EVENT = Notification("reply:<1@acme.example>", EventKind.REPLY, "Acme replied", "body")


def test_a_notification_is_queued_once_and_sent_per_channel(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        with store.transaction() as tx:
            assert tx.add_notification(EVENT, NOW)
            assert not tx.add_notification(EVENT, NOW)
        (pending,) = store.pending_notifications(NOW)
        assert pending.notification == EVENT and pending.attempts == 0
        with store.transaction() as tx:
            tx.notification_delivered(EVENT.key, "chan-a", NOW, complete=False)
            tx.notification_failed(EVENT.key, "chan-b: refused", 1, NOW + timedelta(seconds=30))
        assert store.pending_notifications(NOW) == []
        (retry,) = store.pending_notifications(NOW + timedelta(seconds=30))
        assert retry.channels_done == frozenset({"chan-a"}) and retry.attempts == 1
        assert store.notification_counts() == (1, 0)
        with store.transaction() as tx:
            tx.notification_delivered(EVENT.key, "chan-b", NOW, complete=True)
        assert store.pending_notifications(NOW + timedelta(days=1)) == []
        assert store.notification_keys() == {EVENT.key}
        assert store.notification_counts() == (0, 0)


def test_a_notification_given_up_is_counted_as_failed(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        with store.transaction() as tx:
            tx.add_notification(EVENT, NOW)
            tx.notification_failed(EVENT.key, "gone", 10, None)
        assert store.notification_counts() == (0, 1)
        assert store.next_notification_attempt() is None


def test_daemon_record_keeps_the_first_baseline(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        with store.transaction() as tx:
            first = tx.daemon_started(10, "host", NOW, 30.0)
        with store.transaction() as tx:
            tx.daemon_stopped(10, NOW + timedelta(hours=1))
            again = tx.daemon_started(11, "host", NOW + timedelta(days=1), 30.0)
            tx.daemon_heartbeat(10, NOW + timedelta(days=2))  # a stale pid changes nothing
        record = store.daemon_record()
    assert first == again == NOW
    assert record is not None and record.pid == 11 and record.stopped_at is None
    assert record.heartbeat_at == NOW + timedelta(days=1)


def test_folder_health_keeps_last_success_and_last_error(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        with store.transaction() as tx:
            tx.record_sync("me", "INBOX", "idle", NOW)
            tx.record_error("me", "INBOX", "idle", "connection lost", NOW + timedelta(minutes=1))
            tx.record_error("me", "Junk", "poll", "timed out", NOW)
        inbox, junk = store.folder_health()
    assert (inbox.last_success, inbox.last_error) == (NOW, "connection lost")
    assert (junk.last_success, junk.last_error_at) == (None, NOW)


def test_a_second_store_in_one_process_keeps_the_wal_visible(tmp_path: Path) -> None:
    # Reading the header with open()/close() while the process had the database open
    # dropped SQLite's POSIX locks: another process then deleted the live WAL.
    path = tmp_path / "s.sqlite3"
    with Store(path) as first, Store(path) as second:
        with second.transaction() as tx:
            tx.record_sync("me", "INBOX", "idle", NOW)
        other = sqlite3.connect(path)
        other.execute("SELECT count(*) FROM account_health").fetchone()
        other.close()
        assert len(first.folder_health()) == 1
        assert (tmp_path / "s.sqlite3-wal").exists()


def test_one_daemon_per_store(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with (
        daemon_lock(path),
        pytest.raises(DaemonAlreadyRunningError, match=r"pid \d+\) is already running"),
        daemon_lock(path),
    ):
        pass
    with daemon_lock(path):  # released on exit
        pass
