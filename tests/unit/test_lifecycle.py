"""Request states and overdue, from replies, with a fixed today and holiday calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from inbox_watch.core.lifecycle import (
    NextAction,
    business_days_between,
    derive_state,
    is_overdue,
    next_action,
    overdue_from,
)
from inbox_watch.core.models import Reply, ReplyKind, RequestId, RequestState, TrackedRequest

REQUEST = TrackedRequest(RequestId(1), "acme", "42", "Help", date(2026, 11, 2))


def reply(kind: ReplyKind, day: int, message_id: str | None = None) -> Reply:
    return Reply(
        message_id=message_id or f"<{kind}-{day}@acme.example>",
        account="personal",
        folder="INBOX",
        in_spam=False,
        vendor="acme",
        sender="support@acme.example",
        subject="Re: Help",
        date=datetime(2026, 11, day, 12, tzinfo=UTC),
        ticket="42",
        kind=kind,
        snippet="",
        request_id=RequestId(1),
    )


@pytest.mark.parametrize(
    ("kinds", "state"),
    [
        ([], RequestState.WAITING),
        ([ReplyKind.ACKNOWLEDGEMENT], RequestState.ACKNOWLEDGED),
        ([ReplyKind.ACKNOWLEDGEMENT, ReplyKind.NEEDS_INFO], RequestState.NEEDS_INFO),
        ([ReplyKind.NEEDS_INFO, ReplyKind.ANSWER], RequestState.ANSWERED),
        ([ReplyKind.ANSWER, ReplyKind.RESOLVED], RequestState.RESOLVED),
        ([ReplyKind.ANSWER, ReplyKind.ACKNOWLEDGEMENT], RequestState.ANSWERED),
        ([ReplyKind.RESOLVED, ReplyKind.SURVEY], RequestState.RESOLVED),
    ],
)
def test_state_follows_latest_human_reply(kinds: list[ReplyKind], state: RequestState) -> None:
    replies = [reply(kind, 3 + i) for i, kind in enumerate(kinds)]
    assert derive_state(REQUEST, replies) is state
    # The order replies are given in does not matter: dates decide.
    assert derive_state(REQUEST, list(reversed(replies))) is state


def test_closed_request_is_closed_whatever_the_replies() -> None:
    closed = TrackedRequest(RequestId(1), "acme", "42", "Help", date(2026, 11, 2), closed=True)
    assert derive_state(closed, [reply(ReplyKind.NEEDS_INFO, 3)]) is RequestState.CLOSED


def test_business_days_skip_weekends_and_holidays() -> None:
    # Fri 2026-11-20 -> Fri 2026-11-27: Mon..Fri = 5; Thanksgiving (26th) as holiday -> 4.
    assert business_days_between(date(2026, 11, 20), date(2026, 11, 27), set()) == 5
    assert business_days_between(date(2026, 11, 20), date(2026, 11, 27), {date(2026, 11, 26)}) == 4
    assert business_days_between(date(2026, 11, 27), date(2026, 11, 20), set()) == 0


def test_overdue_after_five_business_days_without_human_reply() -> None:
    # Submitted Mon 2026-11-02; five business days end Mon 2026-11-09.
    assert not is_overdue(REQUEST, [], date(2026, 11, 9), set(), 5)
    assert is_overdue(REQUEST, [], date(2026, 11, 10), set(), 5)
    assert is_overdue(REQUEST, [reply(ReplyKind.ACKNOWLEDGEMENT, 2)], date(2026, 11, 10), set(), 5)
    assert not is_overdue(REQUEST, [reply(ReplyKind.ANSWER, 4)], date(2026, 11, 10), set(), 5)


def test_a_holiday_postpones_overdue() -> None:
    assert not is_overdue(REQUEST, [], date(2026, 11, 10), {date(2026, 11, 4)}, 5)


def test_waiting_on_the_user_is_never_overdue() -> None:
    assert not is_overdue(REQUEST, [reply(ReplyKind.NEEDS_INFO, 3)], date(2026, 12, 20), set(), 5)


def test_follow_up_warns_from_three_business_days_and_turns_overdue() -> None:
    from inbox_watch.core.lifecycle import follow_up

    # Submitted Mon 2026-11-02.
    assert follow_up(REQUEST, [], date(2026, 11, 4), set(), 5) is None  # 2 business days
    warning = follow_up(REQUEST, [], date(2026, 11, 5), set(), 5)
    assert warning is not None and not warning.overdue and warning.business_days == 3
    overdue = follow_up(REQUEST, [], date(2026, 11, 10), set(), 5)
    assert overdue is not None and overdue.overdue
    assert "ticket 42" in overdue.message and "2026-11-02" in overdue.message
    assert follow_up(REQUEST, [reply(ReplyKind.ANSWER, 4)], date(2026, 11, 10), set(), 5) is None


def test_follow_up_respects_a_short_vendor_window() -> None:
    from inbox_watch.core.lifecycle import follow_up

    # A 2-day window: warn and overdue come earlier than the default 3-day warning.
    early = follow_up(REQUEST, [], date(2026, 11, 4), set(), 2)
    assert early is not None and not early.overdue
    assert follow_up(REQUEST, [], date(2026, 11, 5), set(), 2) is not None


@pytest.mark.parametrize("response_days", [1, 3, 5, 7])
def test_the_follow_up_day_is_the_first_overdue_day(response_days: int) -> None:
    holidays = {date(2026, 12, 25)}
    for offset in range(21):
        submitted = date(2026, 12, 1) + timedelta(days=offset)
        request = TrackedRequest(RequestId(1), "acme", None, None, submitted)
        due = overdue_from(submitted, response_days, holidays)
        assert is_overdue(request, [], due, holidays, response_days)
        assert not is_overdue(request, [], due - timedelta(days=1), holidays, response_days)
        assert next_action(request, [], due, holidays, response_days) == NextAction(
            "follow_up", due
        )
        before = next_action(request, [], due - timedelta(days=1), holidays, response_days)
        assert before == NextAction("wait", due)
