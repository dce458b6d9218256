"""Matching a reply to its tracked request: by ticket, thread, then cautious subject."""

from __future__ import annotations

from datetime import date

import pytest

from inbox_watch.core.matching import (
    Matched,
    ReplyFacts,
    Unmatched,
    attach_conversations,
    duplicate_of_tracked,
    match_reply,
    normalise_subject,
)
from inbox_watch.core.models import MailMessage, RequestId, TrackedRequest
from inbox_watch.core.triage import VendorReply, triage_message
from inbox_watch.core.vendors import make_vendor


def request(
    id: int,
    vendor: str = "acme",
    ticket: str | None = None,
    subject: str | None = None,
    submitted: date = date(2026, 11, 2),
    message_id: str | None = None,
    closed: bool = False,
) -> TrackedRequest:
    return TrackedRequest(RequestId(id), vendor, ticket, subject, submitted, message_id, closed)


def facts(
    ticket: str | None = None,
    thread: tuple[str, ...] = (),
    subject: str = "",
    vendor: str = "acme",
    received: date | None = date(2026, 11, 10),
) -> ReplyFacts:
    return ReplyFacts(vendor, ticket, thread, subject, received)


def test_ticket_match_beats_everything() -> None:
    requests = [request(1, ticket="111"), request(2, ticket="222")]
    assert match_reply(facts("222"), requests, {}) == Matched(RequestId(2), "ticket")


def test_ticket_of_another_vendor_does_not_match() -> None:
    requests = [request(1, vendor="other", ticket="222")]
    outcome = match_reply(facts("222"), requests, {})
    assert outcome == Unmatched("ticket 222 is not tracked")


def test_thread_matches_reply_without_ticket() -> None:
    requests = [request(1, message_id="<mine@example.test>")]
    index = {"<mine@example.test>": RequestId(1)}
    outcome = match_reply(facts(thread=("<mine@example.test>",)), requests, index)
    assert outcome == Matched(RequestId(1), "thread")


def test_thread_to_earlier_reply_matches() -> None:
    requests = [request(3, ticket="9")]
    index = {"<earlier-reply@acme.example>": RequestId(3)}
    outcome = match_reply(facts(thread=("<earlier-reply@acme.example>",)), requests, index)
    assert outcome == Matched(RequestId(3), "thread")


def test_ticket_and_thread_disagreeing_is_left_unmatched() -> None:
    requests = [request(1, ticket="111"), request(2, ticket="222", message_id="<two@x>")]
    index = {"<two@x>": RequestId(2)}
    outcome = match_reply(facts("111", thread=("<two@x>",)), requests, index)
    assert isinstance(outcome, Unmatched)
    assert "thread belongs to request 2" in outcome.reason


def test_thread_reply_naming_a_different_ticket_is_left_unmatched() -> None:
    requests = [request(1, ticket="111", message_id="<one@x>")]
    outcome = match_reply(facts("999", thread=("<one@x>",)), requests, {"<one@x>": RequestId(1)})
    assert isinstance(outcome, Unmatched)
    assert "names ticket 999" in outcome.reason


def test_thread_reply_fills_a_request_without_ticket() -> None:
    requests = [request(1, message_id="<one@x>")]
    outcome = match_reply(facts("555", thread=("<one@x>",)), requests, {"<one@x>": RequestId(1)})
    assert outcome == Matched(RequestId(1), "thread")


def test_ticket_tracked_twice_is_ambiguous() -> None:
    requests = [request(1, ticket="7"), request(2, ticket="7")]
    outcome = match_reply(facts("7"), requests, {})
    assert outcome == Unmatched("ticket 7 is tracked twice (requests 1, 2)")


def test_subject_match_needs_exactly_one_open_request_without_ticket() -> None:
    requests = [request(1, subject="Billing question about invoice")]
    outcome = match_reply(facts(subject="Re: Billing question about invoice"), requests, {})
    assert outcome == Matched(RequestId(1), "subject")
    two = [*requests, request(2, subject="Billing question about invoice")]
    outcome = match_reply(facts(subject="Re: Billing question about invoice"), two, {})
    assert outcome == Unmatched("subject fits several requests (1, 2)", ambiguous=True)


def test_a_confirmation_whose_subject_fits_two_tracked_requests_registers_none() -> None:
    acme = make_vendor("Acme", ["acme.example"], "zendesk")
    confirmation = MailMessage(
        message_id="<ack@acme.example>",
        subject="Re: Export fails every night",
        sender="support@acme.example",
        headers=(("Authentication-Results", "mx.example; dmarc=pass header.from=acme.example"),),
        body_text="We have received your request 4553.",
        new_text="We have received your request 4553.",
    )
    one = [request(1, subject="Export fails every night")]
    two = [*one, request(2, subject="Export fails every night")]
    alone = triage_message(confirmation, [acme], one, {}, authserv_id="mx.example")
    assert isinstance(alone, VendorReply) and alone.outcome == Matched(RequestId(1), "subject")
    both = triage_message(confirmation, [acme], two, {}, authserv_id="mx.example")
    assert isinstance(both, VendorReply) and both.register is False
    assert isinstance(both.outcome, Unmatched) and both.outcome.ambiguous
    # With neither tracked, the same confirmation registers its ticket.
    none = triage_message(confirmation, [acme], [], {}, authserv_id="mx.example")
    assert isinstance(none, VendorReply) and none.register is True


@pytest.mark.parametrize(
    ("candidate", "why"),
    [
        (request(1, subject="Billing question", closed=True), "closed"),
        (request(1, subject="Billing question", submitted=date(2026, 12, 1)), "submitted later"),
        (request(1, subject="Help"), "subject too short"),
    ],
)
def test_subject_match_is_cautious(candidate: TrackedRequest, why: str) -> None:
    outcome = match_reply(facts(subject="Re: Billing question"), [candidate], {})
    assert isinstance(outcome, Unmatched), why


def test_a_ticketed_request_is_matched_by_subject_only_by_a_reply_naming_no_ticket() -> None:
    # OpenAI (Intercom) replies carry no number: a request tracked with its ticket must
    # still get them; a reply naming another ticket must not.
    ticketed = [request(1, subject="Billing question", ticket="5")]
    assert match_reply(facts(subject="Re: Billing question"), ticketed, {}) == Matched(
        RequestId(1), "subject"
    )
    other = match_reply(facts("9", subject="Re: Billing question"), ticketed, {})
    assert isinstance(other, Unmatched)


def test_no_ticket_no_thread_gives_a_reason() -> None:
    outcome = match_reply(facts(subject="Hello"), [request(1)], {})
    assert outcome == Unmatched("no ticket number and no thread reference to a tracked request")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: [Request #123] Billing  question", "billing question"),
        ("AW: WG: Rechnung (4567)", "rechnung"),
        ("RE:Fwd: Login problem", "login problem"),
    ],
)
def test_normalise_subject(subject: str, expected: str) -> None:
    assert normalise_subject(subject) == expected


@pytest.mark.parametrize(
    "token", ["thread::Kq8ZlJ2nXb4YvT0wAcD1eF::", "ref:_00D5e1a2bC._5004x3c4d5E:ref"]
)
def test_salesforce_thread_token_in_the_thread_of_a_case_number_matches(token: str) -> None:
    # The thread id and "Case #01234567" name the same case; they never disagree.
    requests = [request(7, ticket="1234567")]
    index = {"<case-mail@example.test>": RequestId(7)}
    outcome = match_reply(facts(token, thread=("<case-mail@example.test>",)), requests, index)
    assert outcome == Matched(RequestId(7), "thread")


def test_two_case_numbers_in_one_thread_still_disagree() -> None:
    requests = [request(7, ticket="1234567")]
    index = {"<case-mail@example.test>": RequestId(7)}
    outcome = match_reply(facts("7654321", thread=("<case-mail@example.test>",)), requests, index)
    assert isinstance(outcome, Unmatched)


# A conversation whose confirmation was not understood: the user's mail <u1>, the
# vendor's confirmation <c1> (its ticket missed), then replies threaded to both.
CONFIRMATION = facts(thread=("<u1@me>",), subject="We received your request")
FIRST_ANSWER = facts(thread=("<u1@me>", "<c1@acme>"), subject="Re: something else")
SECOND_ANSWER = facts(thread=("<u1@me>", "<c1@acme>", "<a1@acme>"), subject="Re: x")


def test_a_ticket_filled_in_later_attaches_the_whole_conversation_in_one_pass() -> None:
    later = facts("4711", thread=("<c1@acme>", "<a1@acme>", "<a2@acme>"), subject="Re: y")
    waiting = {
        "<a2@acme>": SECOND_ANSWER,
        "<c1@acme>": CONFIRMATION,
        "<a1@acme>": FIRST_ANSWER,
        "<a3@acme>": later,
    }
    found = attach_conversations(waiting, [request(1, ticket="4711")], {})
    assert found == dict.fromkeys(waiting, RequestId(1))


def test_a_conversation_member_already_attached_pulls_in_its_parents() -> None:
    waiting = {"<c1@acme>": CONFIRMATION, "<a1@acme>": FIRST_ANSWER}
    found = attach_conversations(
        waiting,
        [request(1, ticket="4711")],
        {"<a9@acme>": RequestId(1)},
        {"<a9@acme>": ("<u1@me>", "<c1@acme>")},
    )
    assert found == {"<c1@acme>": RequestId(1), "<a1@acme>": RequestId(1)}


def test_a_parent_naming_another_ticket_or_vendor_is_left_alone() -> None:
    waiting = {
        "<c1@acme>": facts("999", thread=("<u1@me>",)),
        "<c2@other>": facts(vendor="other"),
    }
    found = attach_conversations(
        waiting,
        [request(1, ticket="4711")],
        {"<a9@acme>": RequestId(1)},
        {"<a9@acme>": ("<c1@acme>", "<c2@other>")},
    )
    assert found == {}


def test_nothing_waiting_attaches_nothing() -> None:
    assert attach_conversations({}, [request(1, ticket="1")], {}) == {}


def test_openai_fin_reply_without_ticket_is_matched_by_its_thread() -> None:
    from inbox_watch.core.models import MailMessage
    from inbox_watch.core.triage import VendorReply, triage_message
    from inbox_watch.core.vendors import OPENAI

    original = request(
        1, vendor="openai", subject="API quota", message_id="<req-1@mailbox.example>"
    )
    fin = MailMessage(
        message_id="<reply-1@intercom-mail.openai.com>",
        subject="Re: API quota",
        sender="support@openai.com",
        sender_name="Fin from OpenAI",
        in_reply_to=("<req-1@mailbox.example>",),
        references=("<req-1@mailbox.example>",),
        headers=(("Auto-Submitted", "auto-generated"),),
        body_text="Your quota was raised to 500 RPM.",
        new_text="Your quota was raised to 500 RPM.",
    )
    verdict = triage_message(fin, [OPENAI], [original], {"<req-1@mailbox.example>": RequestId(1)})
    assert isinstance(verdict, VendorReply)
    assert verdict.ticket is None
    assert verdict.kind.value == "answer"
    assert verdict.outcome == Matched(RequestId(1), "thread")
    operator = MailMessage(
        message_id="<reply-2@intercom-mail.openai.com>",
        subject="Re: API quota",
        sender="operator@openai.intercom-mail.com",
        sender_name="Sam from OpenAI",
        references=("<req-1@mailbox.example>",),
        new_text="Could you send us the request id from the error?",
    )
    verdict = triage_message(
        operator, [OPENAI], [original], {"<req-1@mailbox.example>": RequestId(1)}
    )
    assert isinstance(verdict, VendorReply)
    assert verdict.kind.value == "needs_info"
    assert verdict.outcome == Matched(RequestId(1), "thread")


def auto(id: int, ticket: str, subject: str = "Support Ticket Opened") -> TrackedRequest:
    return TrackedRequest(
        RequestId(id), "acme", ticket, subject, date(2026, 11, 3), auto_registered=True
    )


def test_a_registered_request_that_repeats_a_tracked_subject_is_a_duplicate() -> None:
    mine = request(1, subject="Charged twice this month")
    reply = facts("4095", subject="Re: Charged twice this month [#4095]")
    assert duplicate_of_tracked(reply, [mine, auto(2, "4095")], RequestId(2)) == 1


@pytest.mark.parametrize(
    "others",
    [
        # The user's request has a ticket of its own: a different conversation.
        [request(1, ticket="17", subject="Charged twice this month")],
        # Two of the user's requests fit: nobody can tell which.
        [request(1, subject="Charged twice this month"), request(3, subject="Charged twice")],
        # Another vendor's request.
        [request(1, vendor="other", subject="Charged twice this month")],
        # Nothing tracked by subject.
        [request(1)],
    ],
)
def test_no_duplicate_unless_exactly_one_ticketless_request_fits(
    others: list[TrackedRequest],
) -> None:
    reply = facts("4095", subject="Re: Charged twice this month [#4095]")
    assert duplicate_of_tracked(reply, [*others, auto(2, "4095")], RequestId(2)) is None


def test_a_request_the_user_tracked_is_never_merged_away() -> None:
    mine = request(1, subject="Charged twice this month")
    theirs = request(2, ticket="4095", subject="Charged twice this month")  # tracked too
    reply = facts("4095", subject="Re: Charged twice this month")
    assert duplicate_of_tracked(reply, [mine, theirs], RequestId(2)) is None


@pytest.mark.parametrize(
    ("subject", "matches"),
    [
        ("내보내기 오류", True),  # two Korean words, seven characters
        ("ログイン不可", True),
        ("Help me", False),  # seven Latin characters still say too little
    ],
)
def test_wide_characters_weigh_more_in_subject_matching(subject: str, matches: bool) -> None:
    outcome = match_reply(facts(subject=f"Re: {subject}"), [request(1, subject=subject)], {})
    assert isinstance(outcome, Matched) is matches
