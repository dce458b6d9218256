"""The conversation state machine: the table, and properties over event sequences."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from inbox_watch.core.conversation import (
    TRANSITIONS,
    USERS_TURN,
    VENDORS_TURN,
    Event,
    replay,
    step,
)
from inbox_watch.core.lifecycle import next_action, overdue_from
from inbox_watch.core.models import (
    Reply,
    ReplyKind,
    RequestId,
    RequestState,
    SentMail,
    SentRole,
    TrackedRequest,
)

SUBMITTED = date(2026, 11, 2)
REQUEST = TrackedRequest(RequestId(1), "acme", "42", "Help", SUBMITTED)
START = datetime(2026, 11, 2, 9, tzinfo=UTC)
VENDOR_KINDS = [k for k in ReplyKind if k is not ReplyKind.NOT_SUPPORT]


def vendor_mail(kind: ReplyKind, at: datetime, n: int) -> Reply:
    return Reply(
        message_id=f"<v{n}@acme.example>",
        account="me",
        folder="INBOX",
        in_spam=False,
        vendor="acme",
        sender="support@acme.example",
        subject="Re: Help",
        date=at,
        ticket="42",
        kind=kind,
        snippet="",
        request_id=RequestId(1),
    )


def user_mail(at: datetime, n: int) -> SentMail:
    return SentMail(
        message_id=f"<u{n}@me.example>",
        account="me",
        folder="Sent",
        vendor="acme",
        recipient="support@acme.example",
        subject="Re: Help",
        date=at,
        role=SentRole.REPLY,
        request_id=RequestId(1),
    )


def test_every_state_has_a_way_out() -> None:
    """No dead end: from every state some event leads to another state, and the user's
    reply leaves every open state on the vendor's turn."""
    for state in RequestState:
        assert any(step(state, event) is not state for event in Event), state
        if state is not RequestState.CLOSED:
            assert step(state, Event.USER_REPLY) in VENDORS_TURN
    assert step(RequestState.CLOSED, Event.USER_REOPEN) is RequestState.WAITING


def test_every_state_is_reachable_from_a_new_request() -> None:
    reached = {RequestState.WAITING}
    frontier = [RequestState.WAITING]
    while frontier:
        state = frontier.pop()
        for event in Event:
            nxt = step(state, event)
            if nxt not in reached:
                reached.add(nxt)
                frontier.append(nxt)
    assert reached == set(RequestState)


def test_automatic_mail_does_not_overrule_a_human_reply() -> None:
    for state in (RequestState.NEEDS_INFO, RequestState.ANSWERED, RequestState.RESOLVED):
        assert step(state, Event.VENDOR_ACK) is state
        assert step(state, Event.VENDOR_SURVEY) is state
    assert (RequestState.CLOSED, Event.VENDOR_ANSWER) not in TRANSITIONS


def test_user_reply_to_a_question_restarts_the_follow_up_clock() -> None:
    asked = vendor_mail(ReplyKind.NEEDS_INFO, datetime(2026, 11, 4, 10, tzinfo=UTC), 1)
    answered = user_mail(datetime(2026, 11, 9, 8, tzinfo=UTC), 1)
    before = replay(REQUEST, [asked])
    assert (before.state, before.asked_on) == (RequestState.NEEDS_INFO, date(2026, 11, 4))
    after = replay(REQUEST, [asked], [answered])
    assert after.state is RequestState.WAITING
    assert after.turn_since == date(2026, 11, 9)
    assert after.asked_on is None
    # Overdue counts from the user's answer, not from the submission.
    action = next_action(REQUEST, [asked], date(2026, 11, 12), set(), 5, sent=[answered])
    assert action.action == "wait"
    assert action.act_by == overdue_from(date(2026, 11, 9), 5, set()) == date(2026, 11, 17)


def test_unanswered_follow_ups_escalate() -> None:
    ack = vendor_mail(ReplyKind.ACKNOWLEDGEMENT, datetime(2026, 11, 2, 10, tzinfo=UTC), 1)
    first = user_mail(datetime(2026, 11, 10, 9, tzinfo=UTC), 1)
    second = user_mail(datetime(2026, 11, 18, 9, tzinfo=UTC), 2)
    late = date(2026, 12, 1)
    assert next_action(REQUEST, [ack], late, set(), 5, sent=[first]).action == "follow_up"
    escalated = next_action(REQUEST, [ack], late, set(), 5, sent=[first, second])
    assert escalated == next_action(REQUEST, [ack], late, set(), 5, [first, second], 2)
    assert escalated.action == "escalate"
    assert escalated.act_by == overdue_from(date(2026, 11, 18), 5, set())
    # A human answer after the follow-ups resets the count.
    answer = vendor_mail(ReplyKind.ANSWER, datetime(2026, 11, 20, 9, tzinfo=UTC), 2)
    assert replay(REQUEST, [ack, answer], [first, second]).follow_ups == 0


def test_user_reply_in_the_same_second_comes_after_the_vendor_mail() -> None:
    moment = datetime(2026, 11, 5, 9, tzinfo=UTC)
    state = replay(REQUEST, [vendor_mail(ReplyKind.NEEDS_INFO, moment, 1)], [user_mail(moment, 1)])
    assert state.state is RequestState.WAITING


def test_sent_mail_that_is_not_a_reply_is_not_an_event() -> None:
    origin = SentMail(
        "<o@me>", "me", "Sent", "acme", "support@acme.example", "Help", START, SentRole.ORIGIN,
        RequestId(1),
    )  # fmt: skip
    asked = vendor_mail(ReplyKind.NEEDS_INFO, START + timedelta(days=1), 1)
    assert replay(REQUEST, [asked], [origin]).state is RequestState.NEEDS_INFO


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(VENDOR_KINDS), max_size=8))
def test_without_user_mail_the_latest_human_reply_decides(kinds: list[ReplyKind]) -> None:
    replies = [vendor_mail(k, START + timedelta(hours=i), i) for i, k in enumerate(kinds)]
    human = [k for k in kinds if k in (ReplyKind.ANSWER, ReplyKind.NEEDS_INFO, ReplyKind.RESOLVED)]
    expected = {
        ReplyKind.ANSWER: RequestState.ANSWERED,
        ReplyKind.NEEDS_INFO: RequestState.NEEDS_INFO,
        ReplyKind.RESOLVED: RequestState.RESOLVED,
    }
    if human:
        want = expected[human[-1]]
    elif ReplyKind.ACKNOWLEDGEMENT in kinds:
        want = RequestState.ACKNOWLEDGED
    else:
        want = RequestState.WAITING
    assert replay(REQUEST, replies).state is want
    assert replay(REQUEST, list(reversed(replies))).state is want  # dates decide


class ConversationMachine(RuleBasedStateMachine):
    """Random conversations, one event at a time: the replayed state always equals the
    table stepped event by event, the user's reply always moves the turn, and every
    open state has a next action with a date when one is due."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = START
        self.replies: list[Reply] = []
        self.sent: list[SentMail] = []
        self.state = RequestState.WAITING

    def _tick(self, hours: int) -> datetime:
        self.clock += timedelta(hours=hours)
        return self.clock

    @rule(kind=st.sampled_from(VENDOR_KINDS), hours=st.integers(1, 200))
    def vendor_writes(self, kind: ReplyKind, hours: int) -> None:
        n = len(self.replies)
        self.replies.append(vendor_mail(kind, self._tick(hours), n))
        event = {
            ReplyKind.ACKNOWLEDGEMENT: Event.VENDOR_ACK,
            ReplyKind.ANSWER: Event.VENDOR_ANSWER,
            ReplyKind.NEEDS_INFO: Event.VENDOR_NEEDS_INFO,
            ReplyKind.RESOLVED: Event.VENDOR_RESOLVED,
            ReplyKind.SURVEY: Event.VENDOR_SURVEY,
        }[kind]
        self.state = step(self.state, event)

    @rule(hours=st.integers(1, 200))
    def user_replies(self, hours: int) -> None:
        self.sent.append(user_mail(self._tick(hours), len(self.sent)))
        self.state = step(self.state, Event.USER_REPLY)
        conversation = replay(REQUEST, self.replies, self.sent)
        assert conversation.state in VENDORS_TURN
        assert conversation.turn_since == self.clock.date()

    @invariant()
    def replay_agrees_with_the_table(self) -> None:
        conversation = replay(REQUEST, self.replies, self.sent)
        assert conversation.state is self.state
        assert conversation.turn_since >= SUBMITTED
        assert (conversation.asked_on is not None) == (self.state is RequestState.NEEDS_INFO)

    @invariant()
    def every_open_state_says_what_to_do(self) -> None:
        today = self.clock.date() + timedelta(days=3)
        action = next_action(REQUEST, self.replies, today, set(), 5, sent=self.sent)
        if self.state in VENDORS_TURN:
            assert action.action in ("wait", "follow_up", "escalate")
            assert action.act_by is not None
        elif self.state is RequestState.NEEDS_INFO:
            assert action.action == "answer_support"
        else:
            assert self.state in USERS_TURN
            assert action.action in ("read_answer", "close_or_reopen")


ConversationMachine.TestCase.settings = settings(max_examples=100, deadline=None)
TestConversationMachine = ConversationMachine.TestCase
