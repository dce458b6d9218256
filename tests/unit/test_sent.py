"""The user's own mail: what each sent message is to the register, and follow-up drafts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from inbox_watch.core.followup import draft_follow_up, mailto_url, request_language
from inbox_watch.core.models import (
    AutoTrack,
    MailMessage,
    Reply,
    ReplyKind,
    RequestId,
    SentMail,
    SentRole,
    TrackedRequest,
)
from inbox_watch.core.sent import SentDecision, answered_by_index, settle_sent, triage_sent
from inbox_watch.core.vendors import make_vendor

ACME = make_vendor(
    "Acme", ("acme.example",), "zendesk", not_support_senders=("billing.acme.example",)
)
VENDORS = (ACME,)
SENT_AT = datetime(2026, 11, 20, 9, tzinfo=UTC)


def sent(
    subject: str,
    *,
    to: tuple[str, ...] = ("support@acme.example",),
    in_reply_to: tuple[str, ...] = (),
    references: tuple[str, ...] = (),
    message_id: str = "<mine.1@me.example>",
) -> MailMessage:
    return MailMessage(
        message_id=message_id,
        subject=subject,
        sender="me@me.example",
        date=SENT_AT,
        recipients=to,
        in_reply_to=in_reply_to,
        references=references,
    )


def request(
    request_id: int, subject: str | None, ticket: str | None = None, message_id: str | None = None
) -> TrackedRequest:
    return TrackedRequest(
        RequestId(request_id), "acme", ticket, subject, date(2026, 11, 19), message_id
    )


def decide(
    message: MailMessage,
    requests: Sequence[TrackedRequest] = (),
    thread_index: Mapping[str, RequestId] | None = None,
    answered_by: Mapping[str, int] | None = None,
    auto: Mapping[str, AutoTrack] | None = None,
) -> SentDecision | None:
    answered = {k: RequestId(v) for k, v in (answered_by or {}).items()}
    return triage_sent(message, VENDORS, requests, thread_index or {}, answered, auto or {})


def test_mail_to_nobody_we_know_is_not_support() -> None:
    assert decide(sent("Dinner?", to=("sam@friends.example",))) is None
    # The vendor's no-reply domains are not a support address either.
    assert decide(sent("Invoice", to=("invoices@billing.acme.example",))) is None


def test_a_new_mail_proposes_a_request_by_default() -> None:
    decision = decide(sent("Volume will not attach", to=("x@y.example", "help@acme.example")))
    assert decision is not None
    assert (decision.role, decision.recipient, decision.track) == (
        SentRole.PROPOSED,
        "help@acme.example",
        False,
    )


def test_auto_track_true_tracks_at_once() -> None:
    decision = decide(sent("Volume will not attach"), auto={"acme": True})
    assert decision is not None and (decision.role, decision.track) == (SentRole.ORIGIN, True)


def test_auto_track_false_ignores_new_mail_but_not_replies() -> None:
    mine = request(1, "Volume will not attach", message_id="<root@me.example>")
    assert decide(sent("Something new"), auto={"acme": False}) is None
    reply = sent("Re: Volume will not attach", in_reply_to=("<root@me.example>",))
    decision = decide(reply, [mine], {"<root@me.example>": mine.id}, auto={"acme": False})
    assert decision is not None and (decision.role, decision.request_id) == (
        SentRole.REPLY,
        mine.id,
    )


def test_a_reply_to_vendor_mail_is_the_users_turn() -> None:
    mine = request(1, "Volume will not attach", "4095")
    by_thread = sent("Re: whatever", in_reply_to=("<q@acme.example>",))
    decision = decide(by_thread, [mine], {"<q@acme.example>": mine.id})
    assert decision is not None and (decision.role, decision.request_id) == (SentRole.REPLY, 1)
    # A new mail naming the ticket in its subject is a follow-up too.
    by_ticket = sent("Still broken [Request #4095]")
    decision = decide(by_ticket, [mine])
    assert decision is not None and (decision.role, decision.request_id) == (SentRole.REPLY, 1)


def test_a_new_mail_a_tracked_request_stands_for_is_its_origin() -> None:
    typed = request(1, "Volume will not attach")  # tracked by hand, no Message-ID
    decision = decide(sent("Volume will not attach"), [typed])
    assert decision is not None
    assert (decision.role, decision.request_id, decision.adopt) == (SentRole.ORIGIN, 1, True)
    # A confirmation matched to request 2 answers this very mail.
    registered = request(2, "[Acme] Ticket received", "4095")
    decision = decide(sent("Other words"), [registered], answered_by={"<mine.1@me.example>": 2})
    assert decision is not None and (decision.role, decision.request_id) == (SentRole.ORIGIN, 2)


def test_a_reply_to_untracked_vendor_mail_waits_unmatched() -> None:
    decision = decide(sent("Re: Your ticket", in_reply_to=("<unknown@acme.example>",)))
    assert decision is not None and decision.role is SentRole.UNMATCHED
    assert decision.reason


def sent_record(role: SentRole, thread_ids: tuple[str, ...] = ()) -> SentMail:
    return SentMail(
        "<mine.1@me.example>", "me", "Sent", "acme", "support@acme.example", "x", SENT_AT,
        role, None, thread_ids, id=7,
    )  # fmt: skip


def test_settling_gives_waiting_sent_mail_its_request() -> None:
    mine = request(3, "Volume will not attach")
    proposal = sent_record(SentRole.PROPOSED)
    unmatched = sent_record(SentRole.UNMATCHED, ("<q@acme.example>",))
    settled = settle_sent(
        [proposal, unmatched],
        [mine],
        {"<q@acme.example>": mine.id},
        {"<mine.1@me.example>": mine.id},
    )
    assert [(role, rid) for _m, role, rid in settled] == [
        (SentRole.ORIGIN, 3),
        (SentRole.REPLY, 3),
    ]
    assert settle_sent([proposal], [request(3, "Something else")], {}, {}) == []
    # Tracked by hand under its subject instead of accepted: the same request.
    typed = request(4, "x y z: the export is empty")
    titled = replace(proposal, subject="The export is empty")
    assert settle_sent([titled], [request(4, "The export is empty")], {}, {}) == [
        (titled, SentRole.ORIGIN, 4)
    ]
    assert settle_sent([titled], [typed], {}, {}) == []
    # Tracked with its Message-ID.
    assert settle_sent([proposal], [mine], {"<mine.1@me.example>": mine.id}, {}) == [
        (proposal, SentRole.ORIGIN, 3)
    ]


def vendor_reply(kind: ReplyKind, sender: str = "agent@acme.example") -> Reply:
    return Reply(
        "<q@acme.example>", "me", "INBOX", False, "acme", sender,
        "Re: [Request #4095] Volume will not attach", datetime(2026, 11, 21, tzinfo=UTC), "4095",
        kind, "Could you send the logs?", RequestId(1),
    )  # fmt: skip


def test_answered_by_index_follows_matched_replies_only() -> None:
    matched = replace(vendor_reply(ReplyKind.ACKNOWLEDGEMENT), thread_ids=("<root@me>",))
    unmatched = replace(matched, message_id="<u@acme.example>", request_id=None)
    assert answered_by_index([unmatched, matched]) == {"<root@me>": 1}


def test_follow_up_threads_to_the_newest_message_and_uses_the_vendors_subject() -> None:
    mine = request(1, "Volume will not attach", "4095", "<root@me.example>")
    draft = draft_follow_up(mine, [vendor_reply(ReplyKind.ACKNOWLEDGEMENT)], [], 6)
    assert draft.to == "agent@acme.example"
    assert draft.subject == "Re: [Request #4095] Volume will not attach"
    assert (draft.in_reply_to, draft.references) == (
        "<q@acme.example>",
        ("<root@me.example>", "<q@acme.example>"),
    )
    assert "6 business days" in draft.body and "Thu 2026-11-19" in draft.body
    url = mailto_url(draft)
    assert url.startswith("mailto:agent@acme.example?subject=Re%3A%20%5BRequest%20%234095%5D")
    assert "In-Reply-To=%3Cq%40acme.example%3E" in url


def test_follow_up_does_not_answer_a_no_reply_address() -> None:
    mine = request(1, "Volume will not attach")
    noreply = vendor_reply(ReplyKind.ACKNOWLEDGEMENT, "no-reply@acme.example")
    origin = SentMail(
        "<root@me>", "me", "Sent", "acme", "help@acme.example", "x", SENT_AT, SentRole.ORIGIN,
        RequestId(1),
    )  # fmt: skip
    assert draft_follow_up(mine, [noreply], [origin], 5).to == "help@acme.example"


def test_korean_requests_get_a_korean_follow_up() -> None:
    mine = request(1, "대화 내보내기 파일이 비어 있습니다", "4095")
    assert request_language(mine, []) == "ko"
    draft = draft_follow_up(mine, [], [], 5)
    assert draft.language == "ko"
    assert "2026년 11월 19일(목)" in draft.body and "영업일 기준 5일" in draft.body
    assert draft.subject == "Re: 대화 내보내기 파일이 비어 있습니다 (티켓 4095)"
    assert draft_follow_up(mine, [], [], 5, "en").body.startswith("Hello")
    with pytest.raises(ValueError, match="no follow-up text"):
        draft_follow_up(mine, [], [], 5, "xx")
