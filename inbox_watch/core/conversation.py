"""The conversation with a support desk as one state machine: whose turn it is, and since when.

Pure: events come in as plain values (the vendor's replies, the user's own sent mail,
the user's close and reopen); the table below is the whole rule set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from inbox_watch.core.models import Reply, ReplyKind, RequestState, SentMail, TrackedRequest


class Event(StrEnum):
    """Something that happens in a conversation."""

    VENDOR_ACK = "vendor_ack"
    VENDOR_ANSWER = "vendor_answer"
    VENDOR_NEEDS_INFO = "vendor_needs_info"
    VENDOR_RESOLVED = "vendor_resolved"
    VENDOR_SURVEY = "vendor_survey"
    USER_REPLY = "user_reply"
    USER_CLOSE = "user_close"
    USER_REOPEN = "user_reopen"


S = RequestState
E = Event

# (state, event) -> next state; a pair not listed leaves the state as it is.
# A vendor's human reply always sets the state; an automatic one (acknowledgement,
# survey) only acknowledges a request nobody has answered yet; the user's reply hands
# the turn to the vendor (WAITING: "waiting on the vendor"), from any open state.
TRANSITIONS: Mapping[tuple[RequestState, Event], RequestState] = {
    **{(state, E.VENDOR_ANSWER): S.ANSWERED for state in S if state is not S.CLOSED},
    **{(state, E.VENDOR_NEEDS_INFO): S.NEEDS_INFO for state in S if state is not S.CLOSED},
    **{(state, E.VENDOR_RESOLVED): S.RESOLVED for state in S if state is not S.CLOSED},
    **{(state, E.USER_REPLY): S.WAITING for state in S if state is not S.CLOSED},
    **{(state, E.USER_CLOSE): S.CLOSED for state in S},
    (S.WAITING, E.VENDOR_ACK): S.ACKNOWLEDGED,
    (S.CLOSED, E.USER_REOPEN): S.WAITING,
}

# Whose move it is in each state: the vendor's (the follow-up clock runs), the user's
# (answer, read, close or reopen), or nobody's.
VENDORS_TURN = frozenset({S.WAITING, S.ACKNOWLEDGED})
USERS_TURN = frozenset({S.NEEDS_INFO, S.ANSWERED, S.RESOLVED})

_EVENT_OF_KIND = {
    ReplyKind.ACKNOWLEDGEMENT: E.VENDOR_ACK,
    ReplyKind.ANSWER: E.VENDOR_ANSWER,
    ReplyKind.NEEDS_INFO: E.VENDOR_NEEDS_INFO,
    ReplyKind.RESOLVED: E.VENDOR_RESOLVED,
    ReplyKind.SURVEY: E.VENDOR_SURVEY,
}


def step(state: RequestState, event: Event) -> RequestState:
    """One transition of the table.

    >>> step(RequestState.NEEDS_INFO, Event.USER_REPLY)
    <RequestState.WAITING: 'waiting'>
    >>> step(RequestState.ANSWERED, Event.VENDOR_ACK)
    <RequestState.ANSWERED: 'answered'>
    """
    return TRANSITIONS.get((state, event), state)


@dataclass(frozen=True, slots=True)
class Conversation:
    """Where a conversation stands after its events.

    ``turn_since`` is the day the current turn began: the follow-up clock of a
    vendor's turn counts from it (the submission, or the user's latest message).
    ``follow_ups`` counts the user's messages since the vendor last answered by hand
    (a follow-up that was not answered); ``asked_on`` is the day of the question that
    is still open.
    """

    state: RequestState
    turn_since: date
    follow_ups: int = 0
    asked_on: date | None = None
    last_user_message: date | None = None


@dataclass(frozen=True, slots=True, order=True)
class TimedEvent:
    at: datetime
    order: int  # breaks ties: the vendor's mail before the user's of the same second
    event: Event


def events_of(replies: Iterable[Reply], sent: Iterable[SentMail]) -> list[TimedEvent]:
    """The conversation's events in time order. An undated message counts as the
    oldest (the store dates every reply, so this is only for hand-made values)."""
    events = [
        TimedEvent(reply.date or datetime.min, 0, _EVENT_OF_KIND[reply.kind])
        for reply in replies
        if reply.kind in _EVENT_OF_KIND
    ]
    events += [
        TimedEvent(mail.date or datetime.min, 1, E.USER_REPLY)
        for mail in sent
        if mail.is_user_reply
    ]
    return sorted(events, key=lambda e: (_stamp(e.at), e.order, e.event.value))


def _stamp(moment: datetime) -> float:
    if moment == datetime.min:
        return float("-inf")
    return moment.timestamp()


def replay(
    request: TrackedRequest,
    replies: Sequence[Reply] = (),
    sent: Sequence[SentMail] = (),
) -> Conversation:
    """Run the request's events through the table.

    >>> r = TrackedRequest(1, "acme", None, None, date(2026, 11, 20))
    >>> replay(r).state, replay(r).turn_since
    (<RequestState.WAITING: 'waiting'>, datetime.date(2026, 11, 20))
    """
    state = S.WAITING
    turn_since = request.submitted
    follow_ups = 0
    asked_on: date | None = None
    last_user: date | None = None
    for timed in events_of(replies, sent):
        day = timed.at.date() if timed.at != datetime.min else request.submitted
        before = state
        state = step(state, timed.event)
        if timed.event is E.USER_REPLY:
            last_user = max(last_user, day) if last_user else day
            if before in VENDORS_TURN:
                follow_ups += 1
            turn_since = max(turn_since, day)
            asked_on = None
        elif timed.event in (E.VENDOR_ANSWER, E.VENDOR_NEEDS_INFO, E.VENDOR_RESOLVED):
            follow_ups = 0
            turn_since = max(turn_since, day)
            asked_on = day if state is S.NEEDS_INFO else None
    if request.closed:
        state = step(state, E.USER_CLOSE)
    return Conversation(state, turn_since, follow_ups, asked_on, last_user)
