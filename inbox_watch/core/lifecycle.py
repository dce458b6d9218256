"""Request lifecycle: a request's state and whether it is overdue, from its replies.

Pure: today's date and the holiday calendar come in as arguments.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from datetime import date, timedelta

from inbox_watch.core.models import Reply, ReplyKind, RequestState, TrackedRequest

HUMAN_KINDS = frozenset({ReplyKind.ANSWER, ReplyKind.NEEDS_INFO, ReplyKind.RESOLVED})
_STATE_OF_KIND = {
    ReplyKind.ANSWER: RequestState.ANSWERED,
    ReplyKind.NEEDS_INFO: RequestState.NEEDS_INFO,
    ReplyKind.RESOLVED: RequestState.RESOLVED,
}


def derive_state(request: TrackedRequest, replies: Sequence[Reply]) -> RequestState:
    """The state follows the latest human reply; automatic ones only acknowledge.

    waiting -> acknowledged -> needs_info / answered -> resolved; closed by the user.

    >>> derive_state(TrackedRequest(1, "acme", None, None, date(2026, 1, 5)), [])
    <RequestState.WAITING: 'waiting'>
    """
    if request.closed:
        return RequestState.CLOSED
    human = [reply for reply in replies if reply.kind in HUMAN_KINDS]
    if human:
        latest = max(human, key=_sort_key)
        return _STATE_OF_KIND[latest.kind]
    if any(reply.kind is ReplyKind.ACKNOWLEDGEMENT for reply in replies):
        return RequestState.ACKNOWLEDGED
    return RequestState.WAITING


def _sort_key(reply: Reply) -> tuple[float, str]:
    stamp = reply.date.timestamp() if reply.date is not None else float("-inf")
    return (stamp, reply.message_id)


def business_days_between(start: date, end: date, holidays: Container[date]) -> int:
    """Business days after ``start`` up to and including ``end``: no weekends, no holidays.

    >>> business_days_between(date(2026, 11, 20), date(2026, 11, 27), set())
    5
    """
    days = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            days += 1
    return days


def is_overdue(
    request: TrackedRequest,
    replies: Sequence[Reply],
    today: date,
    holidays: Container[date],
    response_days: int,
) -> bool:
    """Overdue: open, no human reply yet, and more than ``response_days`` business days
    since submission. A request waiting on the user (needs_info) is never overdue.

    >>> r = TrackedRequest(1, "acme", None, None, date(2026, 11, 2))
    >>> is_overdue(r, [], date(2026, 11, 10), set(), 5)
    True
    """
    state = derive_state(request, replies)
    if state not in (RequestState.WAITING, RequestState.ACKNOWLEDGED):
        return False
    return business_days_between(request.submitted, today, holidays) > response_days
