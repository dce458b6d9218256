"""The SQLite store: tracked requests, replies, folder cursors; one transaction per batch.

Adapter: persists core values; makes no decisions about mail. Never writes to a file that
is not an inbox-watch store.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path

from inbox_watch.core.events import EventKind, Notification, PendingNotification
from inbox_watch.core.health import DaemonRecord, FolderHealth
from inbox_watch.core.models import (
    FolderCursor,
    Reply,
    ReplyKind,
    RequestId,
    SentMail,
    SentRole,
    SkippedMessage,
    SuspiciousMail,
    TrackedRequest,
)
from inbox_watch.core.sync_plan import SearchScope
from inbox_watch.errors import StoreError
from inbox_watch.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

_SQLITE_MAGIC = b"SQLite format 3\x00"

# Stores open in this process, by file. Closing any descriptor of a database file drops
# every POSIX lock the process holds on it, SQLite's included (sqlite.org/howtocorrupt.html
# 2.2): the header check below must not run while this process has the file open, or a
# second Store (the daemon's threads) lets another process delete the live WAL.
_open_paths: dict[Path, int] = {}
_open_paths_lock = threading.Lock()


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """An open state database. Reads are plain methods; writes go through ``transaction()``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._key = path.absolute()
        with _open_paths_lock:
            self._connection = _open(path, check_header=self._key not in _open_paths)
            _open_paths[self._key] = _open_paths.get(self._key, 0) + 1
        try:
            self._migrate()
        except BaseException:
            self.close()
            raise
        self._identity = _identity(path)

    def is_gone(self) -> bool:
        """The file this store opened is no longer at its path (deleted or replaced):
        whatever is written now would vanish with the last connection."""
        return _identity(self.path) != self._identity

    def close(self) -> None:
        self._connection.close()
        with _open_paths_lock:
            remaining = _open_paths.pop(self._key, 1) - 1
            if remaining > 0:
                _open_paths[self._key] = remaining

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------

    def _migrate(self) -> None:
        connection = self._connection
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {version}, newer than this "
                f"inbox-watch knows ({SCHEMA_VERSION}).",
                "Upgrade inbox-watch.",
            )
        for number in range(version, SCHEMA_VERSION):
            # The schema change and the record of it share one transaction
            # (sqlite-utils' migrations do the same).
            connection.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        connection.execute(statement)
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version = {number + 1}")
                connection.execute("COMMIT")
            except sqlite3.Error as exc:
                connection.execute("ROLLBACK")
                raise StoreError(
                    f"store {self.path}: migration to version {number + 1} failed: {exc}."
                ) from exc

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One atomic unit: everything written inside commits together or not at all."""
        try:
            self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"store {self.path} is busy or unwritable: {exc}.") from exc
        try:
            yield Transaction(self._connection)
            self._connection.execute("COMMIT")
        except sqlite3.Error as exc:
            self._roll_back()
            if not _is_storage_fault(exc):
                raise
            # A full disk reads "database or disk is full" or, when the file may not
            # grow, "disk I/O error": either way nothing of this batch was kept.
            raise StoreError(
                f"store {self.path}: could not write ({exc}); the disk may be full or "
                "the file read-only.",
                "Nothing was lost: free some space and run again; the scan resumes "
                "where it stopped.",
            ) from exc
        except BaseException:
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        if self._connection.in_transaction:
            with suppress(sqlite3.Error):
                self._connection.execute("ROLLBACK")

    # -- reads --------------------------------------------------------------------------

    def requests(self) -> list[TrackedRequest]:
        rows = self._connection.execute("SELECT * FROM requests ORDER BY id").fetchall()
        return [_request(row) for row in rows]

    def request(self, request_id: RequestId) -> TrackedRequest | None:
        row = self._connection.execute(
            "SELECT * FROM requests WHERE id = ?", (request_id,)
        ).fetchone()
        return _request(row) if row else None

    def replies(self, since: datetime | None = None) -> list[Reply]:
        """Every recorded reply (matched or not), newest first; ``since`` filters by date."""
        if since is None:
            rows = self._connection.execute(
                "SELECT * FROM replies_seen ORDER BY date DESC, message_id"
            ).fetchall()
        else:
            rows = self._connection.execute(
                "SELECT * FROM replies_seen WHERE date >= ? ORDER BY date DESC, message_id",
                (_iso(since),),
            ).fetchall()
        return [_reply(row) for row in rows]

    def unmatched_replies(self) -> list[Reply]:
        rows = self._connection.execute(
            "SELECT * FROM replies_seen WHERE request_id IS NULL ORDER BY date, message_id"
        ).fetchall()
        return [_reply(row) for row in rows]

    def known_reply_ids(self) -> set[str]:
        """Message-IDs already recorded as replies. Suspicious mail is not among them:
        a Message-ID an untrusted sender used first must not hide the trusted reply."""
        rows = self._connection.execute("SELECT message_id FROM replies").fetchall()
        return {row[0] for row in rows}

    def thread_index(self) -> dict[str, RequestId]:
        """Message-ID -> request, for requests' own mail and their matched replies."""
        index: dict[str, RequestId] = {}
        for message_id, request_id in self._connection.execute(
            "SELECT message_id, id FROM requests WHERE message_id IS NOT NULL"
        ):
            index[message_id] = RequestId(request_id)
        for message_id, request_id in self._connection.execute(
            "SELECT message_id, request_id FROM replies_seen WHERE request_id IS NOT NULL"
            " UNION ALL SELECT message_id, request_id FROM sent WHERE request_id IS NOT NULL"
        ):
            index[message_id] = RequestId(request_id)
        return index

    def reply(self, message_id: str) -> Reply | None:
        row = self._connection.execute(
            "SELECT * FROM replies_seen WHERE message_id = ?", (message_id,)
        ).fetchone()
        return _reply(row) if row else None

    # -- the user's side (migration 3) --------------------------------------------------

    def sent_mail(self, request_id: RequestId | None = None) -> list[SentMail]:
        """The user's mail to vendors, oldest first (of one request, or all)."""
        if request_id is None:
            rows = self._connection.execute("SELECT * FROM sent ORDER BY date, id").fetchall()
        else:
            rows = self._connection.execute(
                "SELECT * FROM sent WHERE request_id = ? ORDER BY date, id", (request_id,)
            ).fetchall()
        return [_sent(row) for row in rows]

    def sent(self, sent_id: int) -> SentMail | None:
        row = self._connection.execute("SELECT * FROM sent WHERE id = ?", (sent_id,)).fetchone()
        return _sent(row) if row else None

    def known_sent_ids(self) -> set[str]:
        return {row[0] for row in self._connection.execute("SELECT message_id FROM sent")}

    def cursor(self, account: str, folder: str) -> tuple[FolderCursor, SearchScope | None] | None:
        row = self._connection.execute(
            "SELECT * FROM cursors WHERE account = ? AND folder = ?", (account, folder)
        ).fetchone()
        if row is None:
            return None
        cursor = FolderCursor(row["uidvalidity"], row["last_uid"], row["highest_modseq"])
        scope = row["search_key"]
        return cursor, SearchScope.decode(scope) if scope is not None else None

    def suspicious(self) -> list[SuspiciousMail]:
        rows = self._connection.execute(
            "SELECT * FROM suspicious ORDER BY date DESC, message_id"
        ).fetchall()
        return [
            SuspiciousMail(
                message_id=row["message_id"],
                account=row["account"],
                folder=row["folder"],
                vendor=row["vendor"],
                sender=row["sender"],
                subject=row["subject"],
                date=_from_iso(row["date"]),
                reason=row["reason"],
            )
            for row in rows
        ]

    def skipped(self) -> list[SkippedMessage]:
        rows = self._connection.execute(
            "SELECT * FROM skipped ORDER BY account, folder, uid"
        ).fetchall()
        return [
            SkippedMessage(
                row["account"], row["folder"], row["uidvalidity"], row["uid"], row["reason"]
            )
            for row in rows
        ]

    # -- daemon: notifications, health (migration 2) ------------------------------------

    def replies_recorded_since(self, moment: datetime) -> list[Reply]:
        """Replies this store recorded at or after ``moment``, oldest first."""
        rows = self._connection.execute(
            "SELECT * FROM replies_seen WHERE recorded_at >= ? ORDER BY recorded_at, message_id",
            (_iso(moment),),
        ).fetchall()
        return [_reply(row) for row in rows]

    def notification_keys(self) -> set[str]:
        """Every event ever queued, sent or not: such an event is never queued again."""
        return {row[0] for row in self._connection.execute("SELECT key FROM notifications")}

    def pending_notifications(self, now: datetime) -> list[PendingNotification]:
        """Notifications not delivered everywhere yet whose next attempt is due."""
        rows = self._connection.execute(
            "SELECT * FROM notifications WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL"
            " AND next_attempt_at <= ? ORDER BY created_at, key",
            (_iso(now),),
        ).fetchall()
        return [
            PendingNotification(
                Notification(row["key"], EventKind(row["kind"]), row["title"], row["body"]),
                attempts=row["attempts"],
                channels_done=frozenset(row["channels_done"].split()),
            )
            for row in rows
        ]

    def next_notification_attempt(self) -> datetime | None:
        row = self._connection.execute(
            "SELECT min(next_attempt_at) FROM notifications WHERE sent_at IS NULL"
        ).fetchone()
        return _from_iso(row[0])

    def notification_counts(self) -> tuple[int, int]:
        """(waiting to be sent or retried, given up after the last attempt)."""
        row = self._connection.execute(
            "SELECT count(*) FILTER (WHERE next_attempt_at IS NOT NULL),"
            " count(*) FILTER (WHERE next_attempt_at IS NULL)"
            " FROM notifications WHERE sent_at IS NULL"
        ).fetchone()
        return int(row[0]), int(row[1])

    def daemon_record(self) -> DaemonRecord | None:
        row = self._connection.execute("SELECT * FROM daemon WHERE id = 1").fetchone()
        if row is None:
            return None
        started = _from_iso(row["started_at"])
        heartbeat = _from_iso(row["heartbeat_at"])
        assert started is not None and heartbeat is not None
        return DaemonRecord(
            pid=row["pid"],
            host=row["host"],
            started_at=started,
            heartbeat_at=heartbeat,
            heartbeat_interval=row["heartbeat_interval"],
            stopped_at=_from_iso(row["stopped_at"]),
        )

    def notify_since(self) -> datetime | None:
        """When the daemon first ran on this store: older replies are never notified."""
        row = self._connection.execute("SELECT notify_since FROM daemon WHERE id = 1").fetchone()
        return _from_iso(row[0]) if row else None

    def folder_health(self) -> list[FolderHealth]:
        rows = self._connection.execute(
            "SELECT * FROM account_health ORDER BY account, folder"
        ).fetchall()
        return [
            FolderHealth(
                account=row["account"],
                folder=row["folder"],
                mode=row["mode"],
                last_success=_from_iso(row["last_success"]),
                last_error=row["last_error"],
                last_error_at=_from_iso(row["last_error_at"]),
            )
            for row in rows
        ]


class Transaction:
    """Writes inside one ``Store.transaction()``."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def add_request(
        self,
        vendor: str,
        ticket: str | None,
        subject: str | None,
        submitted: date,
        message_id: str | None = None,
        auto_registered: bool = False,
    ) -> TrackedRequest:
        cursor = self._connection.execute(
            "INSERT INTO requests (vendor, ticket, subject, submitted, message_id,"
            " auto_registered, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                vendor,
                ticket,
                subject,
                submitted.isoformat(),
                message_id,
                int(auto_registered),
                _now(),
            ),
        )
        request_id = RequestId(int(cursor.lastrowid or 0))
        return TrackedRequest(
            request_id, vendor, ticket, subject, submitted, message_id, False, auto_registered
        )

    def adopt_request(
        self,
        request_id: RequestId,
        subject: str | None,
        submitted: date,
        message_id: str | None,
    ) -> None:
        """The user tracks a request that a confirmation had auto-registered: keep its
        replies, take the user's details where they add something."""
        self._connection.execute(
            "UPDATE requests SET subject = coalesce(?, subject),"
            " submitted = min(submitted, ?), message_id = coalesce(message_id, ?),"
            " auto_registered = 0 WHERE id = ?",
            (subject, submitted.isoformat(), message_id, request_id),
        )

    def adopt_origin(self, request_id: RequestId, message_id: str, sent_on: date) -> None:
        """The user's own first mail of a request was found in Sent: the request takes
        its Message-ID (thread root) and its real date, unless the user set one."""
        self._connection.execute(
            "UPDATE requests SET message_id = coalesce(message_id, ?),"
            " submitted = CASE WHEN instr(' ' || corrected || ' ', ' submitted ') > 0"
            " THEN submitted ELSE min(submitted, ?) END WHERE id = ?",
            (message_id, sent_on.isoformat(), request_id),
        )

    def merge_request(self, duplicate: RequestId, into: RequestId) -> None:
        """One conversation tracked twice: move the duplicate's replies to ``into``,
        give ``into`` its ticket when it has none, and delete the duplicate."""
        self._connection.execute(
            "UPDATE requests SET ticket = coalesce(ticket,"
            " (SELECT ticket FROM requests WHERE id = ?)) WHERE id = ?",
            (duplicate, into),
        )
        for table in ("replies", "sent", "corrections"):
            self._connection.execute(
                f"UPDATE {table} SET request_id = ? WHERE request_id = ?",  # noqa: S608
                (into, duplicate),
            )
        self._connection.execute("DELETE FROM requests WHERE id = ?", (duplicate,))

    def set_ticket(self, request_id: RequestId, ticket: str) -> None:
        self._connection.execute(
            "UPDATE requests SET ticket = ? WHERE id = ? AND ticket IS NULL",
            (ticket, request_id),
        )

    def close_request(self, request_id: RequestId) -> bool:
        cursor = self._connection.execute(
            "UPDATE requests SET closed = 1 WHERE id = ?", (request_id,)
        )
        return cursor.rowcount == 1

    def reopen_request(self, request_id: RequestId) -> bool:
        cursor = self._connection.execute(
            "UPDATE requests SET closed = 0 WHERE id = ?", (request_id,)
        )
        return cursor.rowcount == 1

    def edit_request(self, request_id: RequestId, **fields: str | None) -> None:
        """The user's correction of a request (``vendor``, ``ticket``, ``subject``,
        ``submitted``): written, and remembered as the user's, so no rule changes it."""
        allowed = {"vendor", "ticket", "subject", "submitted"}
        row = self._connection.execute(
            "SELECT corrected FROM requests WHERE id = ?", (request_id,)
        ).fetchone()
        corrected = set(row[0].split()) if row else set()
        for name, value in fields.items():
            if name not in allowed:
                raise ValueError(f"not a request field: {name}")
            self._connection.execute(
                f"UPDATE requests SET {name} = ?, auto_registered = 0 WHERE id = ?",  # noqa: S608
                (value, request_id),
            )
            corrected.add(name)
        self._connection.execute(
            "UPDATE requests SET corrected = ? WHERE id = ?",
            (" ".join(sorted(corrected)), request_id),
        )

    def correct_reply(
        self,
        message_id: str,
        *,
        request_id: RequestId | None = None,
        unlinked: bool | None = None,
        kind: ReplyKind | None = None,
    ) -> None:
        """The user's decision about one reply: its request (or none), its kind."""
        self._connection.execute(
            "INSERT INTO corrections (message_id, corrected_at) VALUES (?, ?)"
            " ON CONFLICT (message_id) DO NOTHING",
            (message_id, _now()),
        )
        if request_id is not None or unlinked is not None:
            self._connection.execute(
                "UPDATE corrections SET request_id = ?, unlinked = ?, corrected_at = ?"
                " WHERE message_id = ?",
                (request_id, int(bool(unlinked)), _now(), message_id),
            )
        if kind is not None:
            self._connection.execute(
                "UPDATE corrections SET kind = ?, corrected_at = ? WHERE message_id = ?",
                (kind.value, _now(), message_id),
            )

    def add_sent(self, mail: SentMail) -> bool:
        """Record the user's mail once (by Message-ID); returns whether it was new."""
        cursor = self._connection.execute(
            "INSERT OR IGNORE INTO sent (message_id, account, folder, vendor, recipient,"
            " subject, date, role, request_id, thread_ids, reason, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                mail.message_id,
                mail.account,
                mail.folder,
                mail.vendor,
                mail.recipient,
                mail.subject,
                _iso(mail.date),
                mail.role.value,
                mail.request_id,
                " ".join(mail.thread_ids),
                mail.reason,
                _now(),
            ),
        )
        return cursor.rowcount == 1

    def set_sent_role(
        self, sent_id: int, role: SentRole, request_id: RequestId | None, reason: str | None = None
    ) -> None:
        self._connection.execute(
            "UPDATE sent SET role = ?, request_id = ?, reason = ? WHERE id = ?",
            (role.value, request_id, reason, sent_id),
        )

    def add_reply(self, reply: Reply) -> bool:
        """Record a reply once: a Message-ID already recorded is ignored (rescans,
        the same mail in two folders). Returns whether it was new."""
        cursor = self._connection.execute(
            "INSERT OR IGNORE INTO replies (message_id, request_id, account, folder, in_spam,"
            " vendor, sender, subject, date, ticket, kind, snippet, reason, thread_ids,"
            " recorded_at, verified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                reply.message_id,
                reply.request_id,
                reply.account,
                reply.folder,
                int(reply.in_spam),
                reply.vendor,
                reply.sender,
                reply.subject,
                _iso(reply.date),
                reply.ticket,
                reply.kind.value,
                reply.snippet,
                reply.reason,
                " ".join(reply.thread_ids),
                _now(),
                None if reply.verified is None else int(reply.verified),
            ),
        )
        return cursor.rowcount == 1

    def attach_reply(self, message_id: str, request_id: RequestId) -> None:
        self._connection.execute(
            "UPDATE replies SET request_id = ?, reason = NULL WHERE message_id = ?",
            (request_id, message_id),
        )

    def add_suspicious(self, mail: SuspiciousMail) -> bool:
        cursor = self._connection.execute(
            "INSERT OR IGNORE INTO suspicious (message_id, account, folder, vendor, sender,"
            " subject, date, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                mail.message_id,
                mail.account,
                mail.folder,
                mail.vendor,
                mail.sender,
                mail.subject,
                _iso(mail.date),
                mail.reason,
                _now(),
            ),
        )
        return cursor.rowcount == 1

    def add_skipped(self, skipped: SkippedMessage) -> None:
        self._connection.execute(
            "INSERT OR REPLACE INTO skipped (account, folder, uidvalidity, uid, reason,"
            " recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                skipped.account,
                skipped.folder,
                skipped.uidvalidity,
                skipped.uid,
                skipped.reason,
                _now(),
            ),
        )

    def set_cursor(
        self, account: str, folder: str, cursor: FolderCursor, scope: SearchScope
    ) -> None:
        self._connection.execute(
            "INSERT INTO cursors (account, folder, uidvalidity, last_uid, highest_modseq,"
            " search_key, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (account, folder) DO UPDATE SET uidvalidity = excluded.uidvalidity,"
            " last_uid = excluded.last_uid, highest_modseq = excluded.highest_modseq,"
            " search_key = excluded.search_key, synced_at = excluded.synced_at",
            (
                account,
                folder,
                cursor.uidvalidity,
                cursor.last_uid,
                cursor.highest_modseq,
                scope.encode(),
                _now(),
            ),
        )

    # -- daemon: notifications, health (migration 2) ------------------------------------

    def add_notification(self, notification: Notification, now: datetime) -> bool:
        """Queue an event once; a key seen before (sent, pending or given up) is ignored."""
        cursor = self._connection.execute(
            "INSERT OR IGNORE INTO notifications (key, kind, title, body, created_at,"
            " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                notification.key,
                notification.kind.value,
                notification.title,
                notification.body,
                _iso(now),
                _iso(now),
            ),
        )
        return cursor.rowcount == 1

    def notification_delivered(
        self, key: str, channel: str, now: datetime, *, complete: bool
    ) -> None:
        """One channel took the notification; ``complete`` when every channel has."""
        self._connection.execute(
            "UPDATE notifications SET channels_done = trim(channels_done || ' ' || ?),"
            " sent_at = CASE WHEN ? THEN ? ELSE sent_at END WHERE key = ?",
            (channel, int(complete), _iso(now), key),
        )

    def notification_failed(
        self, key: str, error: str, attempts: int, next_attempt_at: datetime | None
    ) -> None:
        """Record a failed attempt; ``next_attempt_at`` None means: given up."""
        self._connection.execute(
            "UPDATE notifications SET attempts = ?, last_error = ?, next_attempt_at = ?"
            " WHERE key = ?",
            (attempts, error[:500], _iso(next_attempt_at), key),
        )

    def daemon_started(
        self, pid: int, host: str, now: datetime, heartbeat_interval: float
    ) -> datetime:
        """Record the daemon's start; returns the notification baseline (first start)."""
        self._connection.execute(
            "INSERT INTO daemon (id, pid, host, started_at, heartbeat_at, heartbeat_interval,"
            " stopped_at, notify_since) VALUES (1, ?, ?, ?, ?, ?, NULL, ?)"
            " ON CONFLICT (id) DO UPDATE SET pid = excluded.pid, host = excluded.host,"
            " started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at,"
            " heartbeat_interval = excluded.heartbeat_interval, stopped_at = NULL",
            (pid, host, _iso(now), _iso(now), heartbeat_interval, _iso(now)),
        )
        row = self._connection.execute("SELECT notify_since FROM daemon WHERE id = 1").fetchone()
        since = _from_iso(row[0])
        assert since is not None
        return since

    def daemon_heartbeat(self, pid: int, now: datetime) -> None:
        self._connection.execute(
            "UPDATE daemon SET heartbeat_at = ? WHERE id = 1 AND pid = ?", (_iso(now), pid)
        )

    def daemon_stopped(self, pid: int, now: datetime) -> None:
        self._connection.execute(
            "UPDATE daemon SET stopped_at = ?, heartbeat_at = ? WHERE id = 1 AND pid = ?",
            (_iso(now), _iso(now), pid),
        )

    def record_sync(self, account: str, folder: str, mode: str, now: datetime) -> None:
        self._connection.execute(
            "INSERT INTO account_health (account, folder, mode, last_success)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (account, folder) DO UPDATE SET"
            " mode = excluded.mode, last_success = excluded.last_success",
            (account, folder, mode, _iso(now)),
        )

    def record_account_error(self, account: str, error: str, now: datetime) -> None:
        """An error that stopped a whole account (login, connection): on each of its
        folders, or on its INBOX when none was ever synced."""
        updated = self._connection.execute(
            "UPDATE account_health SET last_error = ?, last_error_at = ? WHERE account = ?",
            (error[:500], _iso(now), account),
        ).rowcount
        if not updated:
            self.record_error(account, "INBOX", "scan", error, now)

    def record_error(self, account: str, folder: str, mode: str, error: str, now: datetime) -> None:
        self._connection.execute(
            "INSERT INTO account_health (account, folder, mode, last_error, last_error_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder) DO UPDATE SET"
            " last_error = excluded.last_error, last_error_at = excluded.last_error_at",
            (account, folder, mode, error[:500], _iso(now)),
        )


def _request(row: sqlite3.Row) -> TrackedRequest:
    return TrackedRequest(
        id=RequestId(row["id"]),
        vendor=row["vendor"],
        ticket=row["ticket"],
        subject=row["subject"],
        submitted=date.fromisoformat(row["submitted"]),
        message_id=row["message_id"],
        closed=bool(row["closed"]),
        auto_registered=bool(row["auto_registered"]),
        corrected=tuple(row["corrected"].split()),
    )


def _sent(row: sqlite3.Row) -> SentMail:
    return SentMail(
        message_id=row["message_id"],
        account=row["account"],
        folder=row["folder"],
        vendor=row["vendor"],
        recipient=row["recipient"],
        subject=row["subject"],
        date=_from_iso(row["date"]),
        role=SentRole(row["role"]),
        request_id=RequestId(row["request_id"]) if row["request_id"] is not None else None,
        thread_ids=tuple(row["thread_ids"].split()),
        reason=row["reason"],
        id=row["id"],
    )


def _reply(row: sqlite3.Row) -> Reply:
    return Reply(
        message_id=row["message_id"],
        account=row["account"],
        folder=row["folder"],
        in_spam=bool(row["in_spam"]),
        vendor=row["vendor"],
        sender=row["sender"],
        subject=row["subject"],
        date=_from_iso(row["date"]),
        ticket=row["ticket"],
        kind=ReplyKind(row["kind"]),
        snippet=row["snippet"],
        request_id=RequestId(row["request_id"]) if row["request_id"] is not None else None,
        reason=row["reason"],
        thread_ids=tuple(row["thread_ids"].split()),
        corrected=tuple(row["corrected"].split()),
        verified=None if row["verified"] is None else bool(row["verified"]),
    )


def _open(path: Path, *, check_header: bool = True) -> sqlite3.Connection:
    """Open or create the database; refuse a file that is not an inbox-watch store."""
    if check_header:
        _check_existing_file(path)
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Created 0600 before SQLite touches it: the store names the user's mail.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
        except OSError as exc:
            raise StoreError(f"cannot create store {path}: {exc.strerror}.") from exc
    try:
        connection = sqlite3.connect(path, timeout=10.0, isolation_level=None)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA busy_timeout = 10000")
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"store {path} is not a readable SQLite database ({exc}).",
            "Move it aside or set [store] path to another file; it was left untouched.",
        ) from exc
    if application_id != APPLICATION_ID and (application_id != 0 or tables):
        connection.close()
        raise StoreError(
            f"{path} is a SQLite database of another program, not an inbox-watch store.",
            "Set [store] path to another file; this one was left untouched.",
        )
    # WAL lets status/digest read while a scan or the daemon writes.
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _is_storage_fault(exc: sqlite3.Error) -> bool:
    """The disk, not the code: full, an I/O error, read-only, cannot open."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN"))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_dev, status.st_ino


def _check_existing_file(path: Path) -> None:
    if not path.exists():
        return
    if not path.is_file():
        raise StoreError(f"store path {path} is not a file.")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"cannot read store {path}: {exc.strerror}.") from exc
    if head and head != _SQLITE_MAGIC:
        raise StoreError(
            f"{path} is not a SQLite database (corrupt or another kind of file).",
            "Move it aside or set [store] path to another file; it was left untouched.",
        )
