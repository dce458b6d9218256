"""The terminal views, rendered on an injected console (no terminal, fixed width)."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from io import StringIO
from zoneinfo import ZoneInfo

from rich.console import Console

from inbox_watch.app.reports import DigestGroup, DigestReport, RequestStatus, StatusReport
from inbox_watch.cli import render
from inbox_watch.core.health import AccountHealth, DaemonHealth
from inbox_watch.core.lifecycle import FollowUp, NextAction
from inbox_watch.core.models import (
    Reply,
    ReplyKind,
    RequestId,
    RequestState,
    SentMail,
    SentRole,
    SuspiciousMail,
    TrackedRequest,
)

REQUEST = TrackedRequest(RequestId(3), "openai", "1234567", "Billing question", date(2026, 11, 20))
WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def reply(
    kind: ReplyKind, *, in_spam: bool = False, request: RequestId | None = REQUEST.id
) -> Reply:
    return Reply(
        "<r1@openai.com>",
        "personal",
        "Junk" if in_spam else "INBOX",
        in_spam,
        "openai",
        "support@openai.com",
        "Re: Billing question",
        WHEN,
        "1234567",
        kind,
        "Could you send",
        request_id=request,
        reason=None if request else "no tracked request has ticket 99",
    )


def rendered(draw: object, report: object, zone: tzinfo = UTC) -> list[str]:
    console = Console(file=StringIO(), width=120, color_system=None)
    draw(report, console, zone)  # type: ignore[operator]
    output = console.file.getvalue()  # type: ignore[attr-defined]
    return [line.rstrip() for line in output.splitlines()]


def test_status_shows_the_request_its_state_and_what_to_do() -> None:
    status = RequestStatus(
        REQUEST, RequestState.NEEDS_INFO, (reply(ReplyKind.NEEDS_INFO, in_spam=True),)
    )
    lines = rendered(render.render_status, StatusReport((status,), (), (), ()))
    assert lines[0] == "1 needs your answer (1 in spam)"
    assert lines[1] == "Tracked requests"
    assert lines[2] == "#3 openai  ticket 1234567  submitted 2026-11-20  NEEDS_INFO"
    assert lines[3] == "   Billing question"
    assert lines[4] == (
        "   1 reply, last 2026-11-24 09:30 UTC needs_info [spam] (90769c3)  -> answer support, "
        "a reply is in spam"
    )


def test_status_lists_unmatched_and_suspicious_mail_apart() -> None:
    suspicious = SuspiciousMail(
        "<x@evil.example>",
        "personal",
        "INBOX",
        "openai",
        "support@openai-help.example",
        "Your account",
        WHEN,
        "lookalike of openai.com",
    )
    report = StatusReport((), (reply(ReplyKind.ANSWER, request=None),), (suspicious,), ())
    text = "\n".join(rendered(render.render_status, report))
    assert text.startswith("No tracked requests.")
    assert "Support mail matching no tracked request" in text
    assert "answer: no tracked request has ticket 99" in text
    assert "support@openai-help.example  Your account" in text
    assert "lookalike of openai.com" in text


def test_digest_groups_replies_under_their_request() -> None:
    report = DigestReport(WHEN, (DigestGroup(REQUEST, (reply(ReplyKind.ANSWER),)),))
    text = "\n".join(rendered(render.render_digest, report))
    assert "Support replies since 2026-11-24 09:30 UTC" in text
    assert "#3 openai ticket 1234567: Billing question" in text
    assert "2026-11-24 09:30 UTC  answer          support@openai.com" in text
    assert "    Could you send" in text


def test_an_empty_digest_says_so() -> None:
    assert rendered(render.render_digest, DigestReport(WHEN, ())) == [
        "No support replies since 2026-11-24 09:30 UTC."
    ]


def test_times_are_shown_in_the_users_zone_and_labelled() -> None:
    # A reply at 09:30 UTC is 18:30 in Seoul: the reader sees their own clock.
    seoul = ZoneInfo("Asia/Seoul")
    report = DigestReport(WHEN, (DigestGroup(REQUEST, (reply(ReplyKind.ANSWER),)),))
    text = "\n".join(rendered(render.render_digest, report, seoul))
    assert "Support replies since 2026-11-24 18:30 KST" in text
    assert "2026-11-24 18:30 KST  answer" in text
    status = RequestStatus(REQUEST, RequestState.ANSWERED, (reply(ReplyKind.ANSWER),))
    lines = rendered(render.render_status, StatusReport((status,), (), (), ()), seoul)
    assert "last 2026-11-24 18:30 KST answer" in lines[4]


def test_status_says_when_mail_was_last_checked_or_that_it_never_was() -> None:
    waiting = RequestStatus(REQUEST, RequestState.WAITING, ())
    never = DaemonHealth(running=False, record=None, accounts=())
    lines = rendered(render.render_status, StatusReport((waiting,), (), (), (), never))
    assert lines[4] == "   mail not checked yet"
    assert "Mail not checked yet: run `inbox-watch scan`, or start the daemon." in lines
    failed = AccountHealth("work", WHEN, "login refused", WHEN, healthy=False, folders=())
    checked = DaemonHealth(running=False, record=None, accounts=(failed,))
    lines = rendered(render.render_status, StatusReport((waiting,), (), (), (), checked))
    assert lines[4] == "   no reply yet"
    assert (
        "work: mail last checked 2026-11-24 09:30 UTC; last error 2026-11-24 09:30 UTC: "
        "login refused"
    ) in lines
    assert not [line for line in lines if line.startswith("Daemon:")]  # it never ran


def test_long_lists_are_capped_with_how_many_more() -> None:
    unmatched = tuple(reply(ReplyKind.ANSWER, request=None) for _ in range(2000))
    lines = rendered(render.render_status, StatusReport((), unmatched, (), ()))
    assert len(lines) < 30
    assert lines[-1] == "  ... and 1990 more (`status --json` lists all)"
    assert sum("support@openai.com" in line for line in lines) == render.LIST_CAP


def test_status_starts_with_what_to_do_and_puts_the_most_urgent_first() -> None:
    def request(number: int, submitted: date) -> TrackedRequest:
        return TrackedRequest(RequestId(number), "acme", str(number), None, submitted)

    overdue = FollowUp(overdue=True, business_days=6, message="Any news?")
    statuses = (
        RequestStatus(request(1, date(2026, 11, 1)), RequestState.ANSWERED, ()),
        RequestStatus(request(2, date(2026, 11, 2)), RequestState.WAITING, ()),
        RequestStatus(request(3, date(2026, 11, 3)), RequestState.WAITING, (), overdue),
        RequestStatus(request(4, date(2026, 11, 4)), RequestState.CLOSED, ()),
        RequestStatus(
            request(5, date(2026, 11, 5)),
            RequestState.NEEDS_INFO,
            (reply(ReplyKind.NEEDS_INFO, in_spam=True),),
        ),
    )
    lines = rendered(render.render_status, StatusReport(statuses, (), (), ()))
    assert lines[0] == "1 needs your answer (1 in spam), 1 overdue, 1 waiting, 1 answered"
    order = [line.split()[0] for line in lines if line.startswith("#")]
    assert order == ["#5", "#3", "#2", "#1"]  # the closed one is not shown
    assert lines[-1] == "1 closed request(s) not shown (`status --all`)"
    console = Console(file=StringIO(), width=120, color_system=None)
    render.render_status(StatusReport(statuses, (), (), ()), console, UTC, show_closed=True)
    assert "#4 acme" in console.file.getvalue()  # type: ignore[attr-defined]


def test_status_shows_your_side_proposals_and_escalation() -> None:
    mine = SentMail(
        "<me.2@example.test>", "personal", "Sent", "openai", "support@openai.com",
        "Re: Billing question", datetime(2026, 11, 25, 8, 0, tzinfo=UTC), SentRole.REPLY,
        REQUEST.id, id=4,
    )  # fmt: skip
    proposal = SentMail(
        "<me.3@example.test>", "personal", "Sent", "openai", "support@openai.com",
        "구독료가 두 번 결제되었습니다", datetime(2026, 11, 26, 8, 0, tzinfo=UTC),
        SentRole.PROPOSED, id=5,
    )  # fmt: skip
    overdue = FollowUp(overdue=True, business_days=7, message="Any news?")
    status = RequestStatus(
        REQUEST,
        RequestState.WAITING,
        (),
        overdue,
        NextAction("escalate", date(2026, 12, 3)),
        sent=(mine,),
    )
    lines = rendered(
        render.render_status, StatusReport((status,), (), (), (), proposals=(proposal,))
    )
    assert lines[0] == "1 overdue, 1 new request to accept"
    assert (
        "overdue since Thu 2026-12-03 (7 business days): your follow-ups went unanswered: escalate"
        in "\n".join(lines)
    )
    assert "   you wrote last on 2026-11-25 08:00 UTC" in lines
    at = lines.index("New requests? (mail you sent to support, not tracked)")
    assert lines[at + 1].startswith("  5  2026-11-26  openai  to support@openai.com  구독료가")
    assert lines[at + 2].strip() == "inbox-watch track accept 5   (or: track reject 5)"
