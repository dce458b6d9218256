"""Request lifecycle: a request's state and whether it is overdue, from its replies.

Pure: today's date and the holiday calendar come in as arguments.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
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
    due = follow_up(request, replies, today, holidays, response_days)
    return due is not None and due.overdue


DEFAULT_WARN_DAYS = 3


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A request that has waited long enough for the user to act.

    ``overdue`` is False for the early warning (``warn_days`` reached) and True once the
    response window has passed; ``message`` is a follow-up the user can send as is.
    """

    overdue: bool
    business_days: int
    message: str


def follow_up(
    request: TrackedRequest,
    replies: Sequence[Reply],
    today: date,
    holidays: Container[date],
    response_days: int,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> FollowUp | None:
    """Whether to follow up on a request that has no human reply yet, and how.

    >>> r = TrackedRequest(1, "acme", "42", "Login fails", date(2026, 11, 2))
    >>> follow_up(r, [], date(2026, 11, 5), set(), 5).overdue
    False
    >>> follow_up(r, [], date(2026, 11, 3), set(), 5) is None
    True
    """
    if derive_state(request, replies) not in (RequestState.WAITING, RequestState.ACKNOWLEDGED):
        return None
    waited = business_days_between(request.submitted, today, holidays)
    if waited < min(warn_days, response_days):
        return None
    return FollowUp(
        overdue=waited > response_days,
        business_days=waited,
        message=follow_up_message(request, waited),
    )


def follow_up_message(request: TrackedRequest, business_days: int) -> str:
    """A short, polite follow-up naming the ticket and the date of the request."""
    about = f'my request "{request.subject}"' if request.subject else "my request"
    if request.ticket:
        about += f" (ticket {request.ticket})"
    return (
        f"Hello, I wrote on {request.submitted.isoformat()} about {about} and have not "
        f"had an answer after {business_days} business days. Could you tell me where it "
        "stands? Thank you."
    )


def overdue_from(submitted: date, response_days: int, holidays: Container[date]) -> date:
    """The first day a request still without a human reply counts as overdue: the
    business day after its ``response_days`` window.

    >>> overdue_from(date(2026, 11, 20), 5, set())  # a Friday: the window ends Fri 27th
    datetime.date(2026, 11, 30)
    """
    day = submitted
    counted = 0
    while counted <= response_days:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            counted += 1
    return day


@dataclass(frozen=True, slots=True)
class NextAction:
    """What the user should do about a request, and by when.

    ``action`` is a stable word for scripts (``answer_support``, ``wait``,
    ``follow_up``, ``read_answer``, ``close_or_reopen``, ``none``); ``act_by`` is the
    day it is due (for ``wait``: the day to follow up if still silent).
    """

    action: str
    act_by: date | None


def next_action(
    request: TrackedRequest,
    replies: Sequence[Reply],
    today: date,
    holidays: Container[date],
    response_days: int,
) -> NextAction:
    """The next step of the conversation, from its state.

    >>> r = TrackedRequest(1, "acme", None, None, date(2026, 11, 20))
    >>> next_action(r, [], date(2026, 11, 24), set(), 5)
    NextAction(action='wait', act_by=datetime.date(2026, 11, 30))
    >>> next_action(r, [], date(2026, 11, 30), set(), 5).action
    'follow_up'
    """
    state = derive_state(request, replies)
    if state is RequestState.NEEDS_INFO:
        asked = [r for r in replies if r.kind is ReplyKind.NEEDS_INFO and r.date is not None]
        latest = max(asked, key=_sort_key).date if asked else None
        return NextAction("answer_support", latest.date() if latest is not None else today)
    if state in (RequestState.WAITING, RequestState.ACKNOWLEDGED):
        due = overdue_from(request.submitted, response_days, holidays)
        return NextAction("follow_up" if today >= due else "wait", due)
    if state is RequestState.ANSWERED:
        return NextAction("read_answer", None)
    if state is RequestState.RESOLVED:
        return NextAction("close_or_reopen", None)
    return NextAction("none", None)
