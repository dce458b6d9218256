"""Request lifecycle: a request's state and whether it is overdue, from its replies.

Pure: today's date and the holiday calendar come in as arguments.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from inbox_watch.core.conversation import VENDORS_TURN, Conversation, replay
from inbox_watch.core.models import Reply, ReplyKind, RequestState, SentMail, TrackedRequest

HUMAN_KINDS = frozenset({ReplyKind.ANSWER, ReplyKind.NEEDS_INFO, ReplyKind.RESOLVED})


def derive_state(
    request: TrackedRequest, replies: Sequence[Reply], sent: Sequence[SentMail] = ()
) -> RequestState:
    """The state after the conversation's events (``core.conversation``): the vendor's
    latest human reply sets it, automatic mail only acknowledges, the user's own reply
    hands the turn back to the vendor.

    waiting -> acknowledged -> needs_info / answered -> resolved; closed by the user.

    >>> derive_state(TrackedRequest(1, "acme", None, None, date(2026, 1, 5)), [])
    <RequestState.WAITING: 'waiting'>
    """
    return replay(request, replies, sent).state


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
    sent: Sequence[SentMail] = (),
) -> bool:
    """Overdue: the vendor's turn, and more than ``response_days`` business days since
    it began (the submission, or the user's latest message). A request waiting on the
    user (needs_info) is never overdue.

    >>> r = TrackedRequest(1, "acme", None, None, date(2026, 11, 2))
    >>> is_overdue(r, [], date(2026, 11, 10), set(), 5)
    True
    """
    due = follow_up(request, replies, today, holidays, response_days, sent=sent)
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
    sent: Sequence[SentMail] = (),
) -> FollowUp | None:
    """Whether to follow up on a request whose turn is the vendor's, and how: the
    business days count from the start of that turn.

    >>> r = TrackedRequest(1, "acme", "42", "Login fails", date(2026, 11, 2))
    >>> follow_up(r, [], date(2026, 11, 5), set(), 5).overdue
    False
    >>> follow_up(r, [], date(2026, 11, 3), set(), 5) is None
    True
    """
    conversation = replay(request, replies, sent)
    return follow_up_of(request, conversation, today, holidays, response_days, warn_days)


def follow_up_of(
    request: TrackedRequest,
    conversation: Conversation,
    today: date,
    holidays: Container[date],
    response_days: int,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> FollowUp | None:
    """``follow_up`` for a conversation already replayed."""
    if conversation.state not in VENDORS_TURN:
        return None
    waited = business_days_between(conversation.turn_since, today, holidays)
    if waited < min(warn_days, response_days):
        return None
    return FollowUp(
        overdue=waited > response_days,
        business_days=waited,
        message=follow_up_message(request, waited, conversation),
    )


def follow_up_message(
    request: TrackedRequest, business_days: int, conversation: Conversation | None = None
) -> str:
    """A short, polite follow-up naming the ticket and the date of the request."""
    about = f'my request "{request.subject}"' if request.subject else "my request"
    if request.ticket:
        about += f" (ticket {request.ticket})"
    wrote = request.submitted.isoformat()
    if conversation is not None and conversation.last_user_message is not None:
        wrote = f"{wrote} (and last on {conversation.last_user_message.isoformat()})"
    return (
        f"Hello, I wrote on {wrote} about {about} and have not "
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
    ``follow_up``, ``escalate``, ``read_answer``, ``close_or_reopen``, ``none``);
    ``act_by`` is the day it is due (for ``wait``: the day to follow up if still
    silent; for ``follow_up`` and ``escalate``: the day it became overdue).
    """

    action: str
    act_by: date | None


DEFAULT_ESCALATE_AFTER = 2


def next_action(
    request: TrackedRequest,
    replies: Sequence[Reply],
    today: date,
    holidays: Container[date],
    response_days: int,
    sent: Sequence[SentMail] = (),
    escalate_after: int = DEFAULT_ESCALATE_AFTER,
) -> NextAction:
    """The next step of the conversation, from its state; after ``escalate_after``
    follow-ups the vendor left unanswered, an overdue request is escalated.

    >>> r = TrackedRequest(1, "acme", None, None, date(2026, 11, 20))
    >>> next_action(r, [], date(2026, 11, 24), set(), 5)
    NextAction(action='wait', act_by=datetime.date(2026, 11, 30))
    >>> next_action(r, [], date(2026, 11, 30), set(), 5).action
    'follow_up'
    """
    conversation = replay(request, replies, sent)
    return next_action_of(conversation, today, holidays, response_days, escalate_after)


def next_action_of(
    conversation: Conversation,
    today: date,
    holidays: Container[date],
    response_days: int,
    escalate_after: int = DEFAULT_ESCALATE_AFTER,
) -> NextAction:
    """``next_action`` for a conversation already replayed."""
    state = conversation.state
    if state is RequestState.NEEDS_INFO:
        return NextAction("answer_support", conversation.asked_on or today)
    if state in VENDORS_TURN:
        due = overdue_from(conversation.turn_since, response_days, holidays)
        if today < due:
            return NextAction("wait", due)
        escalate = conversation.follow_ups >= escalate_after
        return NextAction("escalate" if escalate else "follow_up", due)
    if state is RequestState.ANSWERED:
        return NextAction("read_answer", None)
    if state is RequestState.RESOLVED:
        return NextAction("close_or_reopen", None)
    return NextAction("none", None)
