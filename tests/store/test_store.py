"""The SQLite store on real files: schema, permissions, atomic batches, refusal of foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from inbox_watch.core.models import FolderCursor, Reply, ReplyKind, RequestId
from inbox_watch.core.sync_plan import SearchScope
from inbox_watch.errors import StoreError
from inbox_watch.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from inbox_watch.store.sqlite import Store


def a_reply(message_id: str = "<r1@acme.example>", request_id: int | None = None) -> Reply:
    return Reply(
        message_id=message_id,
        account="personal",
        folder="Junk",
        in_spam=True,
        vendor="acme",
        sender="support@acme.example",
        subject="Re: [Request #42] Help",
        date=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        ticket="42",
        kind=ReplyKind.NEEDS_INFO,
        snippet="Could you send the logs?",
        request_id=RequestId(request_id) if request_id else None,
        reason=None if request_id else "ticket 42 is not tracked",
        thread_ids=("<mine@example.test>",),
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "state" / "inbox-watch.sqlite3")


def test_new_store_is_private_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "state" / "inbox-watch.sqlite3"
    Store(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with Store(path) as store, store.transaction() as tx:
        tx.add_request("acme", "42", "Help", date(2026, 11, 2), "<mine@example.test>")
    with Store(path) as store:
        (request,) = store.requests()
    assert (request.vendor, request.ticket, request.message_id) == (
        "acme",
        "42",
        "<mine@example.test>",
    )


def test_reply_is_recorded_once(store: Store) -> None:
    with store.transaction() as tx:
        assert tx.add_reply(a_reply())
        assert not tx.add_reply(a_reply())
    (stored,) = store.replies()
    assert stored == a_reply()


def test_failed_batch_leaves_no_trace(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.add_reply(a_reply())
        tx.set_cursor("personal", "Junk", FolderCursor(7, 99), SearchScope("k"))
        raise RuntimeError("killed mid-batch")
    assert store.replies() == []
    assert store.cursor("personal", "Junk") is None


def test_cursor_round_trip(store: Store) -> None:
    with store.transaction() as tx:
        tx.set_cursor("personal", "INBOX", FolderCursor(7, 99), SearchScope("k1"))
    scope = SearchScope("k2", date(2026, 8, 1))
    with store.transaction() as tx:
        tx.set_cursor("personal", "INBOX", FolderCursor(7, 120), scope)
    assert store.cursor("personal", "INBOX") == (FolderCursor(7, 120), scope)


def test_thread_index_maps_request_and_reply_ids(store: Store) -> None:
    with store.transaction() as tx:
        request = tx.add_request("acme", None, "Help", date(2026, 11, 2), "<mine@example.test>")
        tx.add_reply(a_reply(request_id=request.id))
    assert store.thread_index() == {
        "<mine@example.test>": request.id,
        "<r1@acme.example>": request.id,
    }


def test_attach_reply_clears_the_reason(store: Store) -> None:
    with store.transaction() as tx:
        tx.add_reply(a_reply())
        request = tx.add_request("acme", "42", None, date(2026, 11, 2))
        tx.attach_reply("<r1@acme.example>", request.id)
    (stored,) = store.replies()
    assert (stored.request_id, stored.reason) == (request.id, None)
    assert store.unmatched_replies() == []


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(StoreError, match="another program"):
        Store(path)
    assert digest(path) == before


def test_corrupt_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database\x00" * 100)
    before = digest(path)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)
    assert digest(path) == before


def test_truncated_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    Store(path).close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 400)
    with pytest.raises(StoreError):
        Store(path).requests()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    Store(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="newer than this"):
        Store(path)


def test_old_schema_is_migrated_keeping_its_data(tmp_path: Path) -> None:
    from inbox_watch.store.migrations import MIGRATIONS

    assert SCHEMA_VERSION >= 2, "this test needs a migration to run"
    path = tmp_path / "v1.sqlite3"
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0])
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 1")
    connection.execute(
        "INSERT INTO requests (vendor, ticket, subject, submitted, created_at)"
        " VALUES ('acme', '42', 'Help', '2026-11-02', '2026-11-02T10:00:00+00:00')"
    )
    connection.commit()
    connection.close()
    with Store(path) as store, store.transaction() as tx:
        (request,) = store.requests()
        tx.add_reply(a_reply(request_id=request.id))
    with Store(path) as store:
        assert [(r.vendor, r.ticket) for r in store.requests()] == [("acme", "42")]
        assert len(store.replies()) == 1
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_merging_moves_replies_and_the_ticket_and_removes_the_duplicate(store: Store) -> None:
    with store.transaction() as tx:
        mine = tx.add_request("acme", None, "Help", date(2026, 11, 2), None)
        duplicate = tx.add_request("acme", "42", "Ticket opened", date(2026, 11, 2), None,
                                   auto_registered=True)  # fmt: skip
        tx.add_reply(a_reply(request_id=duplicate.id))
    with store.transaction() as tx:
        tx.merge_request(duplicate.id, mine.id)
    (request,) = store.requests()
    assert (request.id, request.ticket, request.subject) == (mine.id, "42", "Help")
    assert [reply.request_id for reply in store.replies()] == [mine.id]


def test_a_store_knows_when_its_file_is_deleted_or_replaced(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    with Store(path) as store:
        assert not store.is_gone()
        path.rename(tmp_path / "moved.sqlite3")
        assert store.is_gone()
        Store(path).close()  # another store now stands at the path
        assert store.is_gone()


def test_a_full_store_is_a_store_error_and_keeps_nothing(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    with Store(path) as store:
        pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
        store._connection.execute(f"PRAGMA max_page_count = {pages + 2}")  # a full disk
        full = pytest.raises(StoreError, match="could not write")
        with full as caught, store.transaction() as tx:
            for number in range(200):
                tx.add_request("acme", f"{48000 + number}", "x" * 2000, date(2026, 11, 2))
        assert caught.value.hint is not None and "Nothing was lost" in caught.value.hint
        assert store.requests() == []
        store._connection.execute(f"PRAGMA max_page_count = {pages + 1000}")
        with store.transaction() as tx:  # the connection is usable again
            tx.add_request("acme", "48213", "Refund", date(2026, 11, 2))
        assert len(store.requests()) == 1


def test_a_programming_fault_in_a_transaction_is_not_called_a_full_disk(
    tmp_path: Path,
) -> None:
    fault = pytest.raises(sqlite3.OperationalError, match="no such table")
    with Store(tmp_path / "state.sqlite3") as store, fault, store.transaction() as tx:
        tx._connection.execute("INSERT INTO no_such_table VALUES (1)")


def test_a_store_of_version_3_keeps_its_replies_unknown_as_to_the_sender_check(
    tmp_path: Path,
) -> None:
    from inbox_watch.store.migrations import MIGRATIONS

    path = tmp_path / "v3.sqlite3"
    connection = sqlite3.connect(path)
    for migration in MIGRATIONS[:3]:
        connection.executescript(migration)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 3")
    connection.execute(
        "INSERT INTO replies (message_id, account, folder, in_spam, vendor, sender, subject,"
        " kind, snippet, recorded_at) VALUES ('<old@acme.example>', 'a', 'INBOX', 0, 'acme',"
        " 's@acme.example', 'Re', 'answer', '', '2026-11-02T10:00:00+00:00')"
    )
    connection.commit()
    connection.close()
    with Store(path) as store:
        with store.transaction() as tx:
            tx.add_reply(replace(a_reply(), message_id="<new@acme.example>", verified=False))
        verified = {reply.message_id: reply.verified for reply in store.replies()}
    assert verified == {"<old@acme.example>": None, "<new@acme.example>": False}


def test_track_add_during_a_scans_write_adopts_what_the_scan_registered(tmp_path: Path) -> None:
    # A scan registers a request from its confirmation while `track add` of the same
    # request waits for the write lock: one request remains (it was two when the look-up
    # ran before the lock). Two connections, as two processes would have.
    import threading
    import time

    from inbox_watch.app.track import track_add
    from inbox_watch.core.vendors import make_vendor

    path = tmp_path / "state.sqlite3"
    vendors = [make_vendor("Acme", ["acme.example"], "generic")]
    added: list[int] = []
    errors: list[BaseException] = []

    def add() -> None:
        try:
            with Store(path) as user:
                request = track_add(
                    user, vendors, "acme", date(2026, 11, 3), subject="Cannot attach volume"
                )
            added.append(request.id)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    with Store(path) as scanner:
        with scanner.transaction() as tx:
            tx.add_request(
                "acme", "48213", "Re: Cannot attach volume", date(2026, 11, 2),
                auto_registered=True,
            )  # fmt: skip
            waiting = threading.Thread(target=add)
            waiting.start()
            time.sleep(0.3)  # `track add` is now waiting for the scan's transaction
        waiting.join(15)
        requests = scanner.requests()
    assert errors == []
    (request,) = requests
    assert added == [request.id]
    assert request.auto_registered is False and request.ticket == "48213"
