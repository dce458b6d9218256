"""The daemon's pure rules: backoff, IDLE timing, clock jumps, health, events to notify."""

from __future__ import annotations

from collections.abc import Container, Sequence
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inbox_watch.core.backoff import BackoffPolicy, backoff_delay
from inbox_watch.core.events import (
    ALL_EVENTS,
    EventKind,
    Notification,
    due_notifications,
    overdue_key,
    reply_event_kind,
    reply_key,
)
from inbox_watch.core.health import DaemonRecord, FolderHealth, account_health, daemon_running
from inbox_watch.core.lifecycle import FollowUp
from inbox_watch.core.models import Reply, ReplyKind, RequestId, TrackedRequest
from inbox_watch.core.watch import (
    ClockReading,
    clock_jump,
    idle_saw_new_mail,
    idle_server_closing,
    idle_wait,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
NETWORK = BackoffPolicy(1.0, 300.0)


@pytest.mark.parametrize(
    ("attempt", "draw", "expected"),
    [(0, 0.0, 1.0), (1, 0.0, 2.0), (4, 0.0, 16.0), (8, 0.0, 256.0), (9, 0.0, 300.0),
     (50, 0.0, 300.0), (3, 1.0, 4.0), (-1, 0.0, 1.0)],
)  # fmt: skip
def test_backoff_doubles_up_to_the_cap(attempt: int, draw: float, expected: float) -> None:
    assert backoff_delay(attempt, NETWORK, draw) == expected


@given(st.integers(0, 10_000), st.floats(0.0, 1.0))
def test_backoff_stays_between_half_the_step_and_the_cap(attempt: int, draw: float) -> None:
    delay = backoff_delay(attempt, NETWORK, draw)
    step = min(NETWORK.initial * 2 ** min(attempt, 64), NETWORK.maximum)
    assert step / 2 <= delay <= step <= NETWORK.maximum


def test_a_refused_login_backs_off_slower_than_a_dropped_connection() -> None:
    slow = BackoffPolicy(300.0, 3600.0)
    assert backoff_delay(0, slow, 0.0) == 300.0 > backoff_delay(5, NETWORK, 0.0)


@pytest.mark.parametrize(
    ("elapsed", "reissue", "expected"),
    [(0.0, 600.0, 0.5), (599.8, 600.0, pytest.approx(0.2)), (600.0, 600.0, 0.0),
     (1739.9, 5000.0, pytest.approx(0.1)), (1740.0, 5000.0, 0.0)],
)  # fmt: skip
def test_idle_is_reissued_before_the_limit(
    elapsed: float, reissue: float, expected: object
) -> None:
    assert idle_wait(1000.0, 1000.0 + elapsed, reissue, 0.5) == expected


def test_idle_answers() -> None:
    assert idle_saw_new_mail([(4, b"EXISTS"), (4, b"RECENT")])
    assert not idle_saw_new_mail([(b"OK", b"Still here"), (2, b"EXPUNGE")])
    assert not idle_saw_new_mail([(3, b"FETCH", (b"FLAGS", (b"\\Seen",)))])
    assert idle_server_closing([(b"BYE", b"Server shutting down.")])
    assert not idle_server_closing([(1, b"EXISTS")])


@pytest.mark.parametrize(
    ("wall", "monotonic", "expected"),
    [(1.0, 1.0, None), (5.0, 1.0, None), (3601.0, 1.0, 3600.0), (-119.0, 1.0, -120.0)],
)
def test_clock_jump_after_suspend_or_step(
    wall: float, monotonic: float, expected: float | None
) -> None:
    before = ClockReading(1_800_000_000.0, 100.0)
    after = ClockReading(before.wall + wall, before.monotonic + monotonic)
    assert clock_jump(before, after, 10.0) == expected


def record(heartbeat_ago: float, stopped: bool = False) -> DaemonRecord:
    beat = NOW - timedelta(seconds=heartbeat_ago)
    return DaemonRecord(42, "host", NOW - timedelta(hours=1), beat, 30.0, beat if stopped else None)


@pytest.mark.parametrize(
    ("daemon", "alive", "running"),
    [(None, None, False), (record(10), True, True), (record(10), None, True),
     (record(10), False, False), (record(10, stopped=True), True, False),
     (record(121), True, False), (record(119), True, True)],
)  # fmt: skip
def test_daemon_running(daemon: DaemonRecord | None, alive: bool | None, running: bool) -> None:
    assert daemon_running(daemon, NOW, alive) is running


def test_account_health_is_its_oldest_sync_and_latest_error() -> None:
    early, late = NOW - timedelta(minutes=5), NOW - timedelta(minutes=1)
    folders = [
        FolderHealth("me", "INBOX", "idle", late, "connection lost", early),
        FolderHealth("me", "Junk", "poll", early, None, None),
        FolderHealth("work", "INBOX", "poll", None, "login refused", late),
    ]
    me, work = account_health(folders)
    assert (me.last_success, me.last_error, me.healthy) == (early, "INBOX: connection lost", True)
    assert (work.last_success, work.last_error_at, work.healthy) == (None, late, False)


def reply(
    number: int,
    kind: ReplyKind = ReplyKind.ANSWER,
    *,
    in_spam: bool = False,
    age: timedelta = timedelta(hours=1),
    request: int | None = 1,
) -> Reply:
    return Reply(
        message_id=f"<{number}@acme.example>",
        account="me",
        folder="Junk" if in_spam else "INBOX",
        in_spam=in_spam,
        vendor="acme-cloud",
        sender="support@acme.example",
        subject="Re: volume",
        date=NOW - age,
        ticket="48213",
        kind=kind,
        snippet="We fixed it.",
        request_id=RequestId(request) if request is not None else None,
        reason=None if request is not None else "ticket 48213 is not tracked",
    )


REQUEST = TrackedRequest(RequestId(1), "acme-cloud", "48213", "Volume", date(2026, 11, 2))
NAMES = {"acme-cloud": "Acme Cloud"}


def due(
    replies: list[Reply],
    already: frozenset[str] = frozenset(),
    *,
    overdue: Sequence[tuple[TrackedRequest, FollowUp]] = (),
    enabled: Container[EventKind] = ALL_EVENTS,
) -> list[Notification]:
    return due_notifications(
        replies,
        overdue,
        {REQUEST.id: REQUEST},
        already,
        now=NOW,
        max_age=timedelta(days=3),
        enabled=enabled,
        vendor_names=NAMES,
    )


def test_each_reply_is_one_event_with_its_most_specific_kind() -> None:
    events = due(
        [
            reply(1),
            reply(2, in_spam=True),
            reply(3, ReplyKind.NEEDS_INFO, in_spam=True),
            reply(4, ReplyKind.SURVEY),
            reply(5, ReplyKind.NOT_SUPPORT),
        ]
    )
    assert [(e.key, e.kind, e.title) for e in events] == [
        ("reply:<1@acme.example>", EventKind.REPLY, "Acme Cloud replied (ticket 48213)"),
        (
            "reply:<2@acme.example>",
            EventKind.SPAM,
            "Reply from Acme Cloud found in spam (ticket 48213)",
        ),
        (
            "reply:<3@acme.example>",
            EventKind.NEEDS_ANSWER,
            "Acme Cloud needs your answer (ticket 48213)",
        ),
    ]


def test_an_event_already_notified_is_not_due_again() -> None:
    replies = [reply(1), reply(2)]
    assert [e.key for e in due(replies, frozenset({reply_key(replies[0])}))] == [
        "reply:<2@acme.example>"
    ]


def test_old_replies_are_history_not_news() -> None:
    assert due([reply(1, age=timedelta(days=4))]) == []


def test_disabled_kinds_fall_back_or_drop() -> None:
    spam_needs_info = reply(1, ReplyKind.NEEDS_INFO, in_spam=True)
    assert reply_event_kind(spam_needs_info, {EventKind.REPLY}) is EventKind.REPLY
    assert reply_event_kind(spam_needs_info, {EventKind.OVERDUE}) is None
    assert due([reply(2)], enabled={EventKind.NEEDS_ANSWER}) == []


def test_unmatched_reply_says_why() -> None:
    (event,) = due([reply(1, request=None)])
    assert "ticket 48213 is not tracked" in event.body


def test_an_overdue_request_is_notified_once() -> None:
    late = FollowUp(overdue=True, business_days=7, message="Hello, ...")
    (event,) = due([], overdue=[(REQUEST, late)])
    assert event.key == overdue_key(REQUEST) == "overdue:1"
    assert event.kind is EventKind.OVERDUE
    assert due([], frozenset({"overdue:1"}), overdue=[(REQUEST, late)]) == []
    early = FollowUp(overdue=False, business_days=3, message="")
    assert due([], overdue=[(REQUEST, early)]) == []
