"""The user's side on a real Dovecot: the Sent folder proposes requests, the user's replies
move the conversation, and corrections survive scans and a full rescan."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from inbox_watch.app.explain import explain
from inbox_watch.app.scan import scan
from inbox_watch.app.status import build_status
from inbox_watch.app.track import (
    track_accept,
    track_add,
    track_edit,
    track_kind,
    track_link,
    track_merge,
    track_reject,
    track_unlink,
)
from inbox_watch.cli import main
from inbox_watch.cli.render import status_json
from inbox_watch.core.lifecycle import overdue_from
from inbox_watch.core.models import ReplyKind, RequestState, SentRole, message_ref
from inbox_watch.errors import ExitCode
from inbox_watch.store.sqlite import Store
from tests.integration.conftest import Workspace
from tests.integration.test_scan import server_snapshot

NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = NOW.date()
SUBJECT = "Exported conversations arrive as an empty ZIP file"


def mail(
    sender: str,
    to: str,
    subject: str,
    message_id: str,
    sent: datetime,
    body: str,
    *,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = " ".join(references)
    message.set_content(body)
    return message.as_bytes()


def users_first_mail(workspace: Workspace, sent: datetime) -> bytes:
    return mail(
        f"Alice <{workspace.mailbox.address}>",
        "OpenAI Support <support@openai.com>",
        SUBJECT,
        "<first.7c1@example.test>",
        sent,
        "Hello, every export I request arrives as an empty ZIP file. Alice",
    )


def vendor_question(sent: datetime) -> bytes:
    return mail(
        "Mara from OpenAI <support@openai.com>",
        "alice@example.test",
        f"Re: {SUBJECT}",
        "<q.1@intercom-mail.example>",
        sent,
        "Hi Alice,\n\nthanks for reaching out. Could you tell us which browser you used to "
        "request the export, and the approximate time of the request?\n\nMara\nOpenAI Support",
        in_reply_to="<first.7c1@example.test>",
        references=("<first.7c1@example.test>",),
    )


def users_answer(workspace: Workspace, sent: datetime) -> bytes:
    return mail(
        f"Alice <{workspace.mailbox.address}>",
        "OpenAI Support <support@openai.com>",
        f"Re: {SUBJECT}",
        "<answer.9d2@example.test>",
        sent,
        "Firefox 133, on Monday around 10:00 UTC.",
        in_reply_to="<q.1@intercom-mail.example>",
        references=("<first.7c1@example.test>", "<q.1@intercom-mail.example>"),
    )


def test_sent_mail_proposes_a_request_and_the_users_reply_moves_the_turn(
    workspace: Workspace,
) -> None:
    first_sent = NOW - timedelta(days=6)
    workspace.mailbox.append("Sent", users_first_mail(workspace, first_sent))
    settings = workspace.settings()
    with Store(workspace.store_path) as store:
        report = scan(settings, store, NOW)
        assert not report.errors and not report.problems
        sent_folder = next(f for f in report.folders if f.sent)
        assert (sent_folder.folder, sent_folder.proposed) == ("Sent", 1)
        status = build_status(store, settings, TODAY)
        assert status.requests == ()
        (proposal,) = status.proposals
        assert (proposal.vendor, proposal.subject) == ("openai", SUBJECT)
        assert proposal.date == first_sent

        request = track_accept(store, proposal.id, TODAY)
        assert (request.submitted, request.message_id) == (
            first_sent.date(),
            "<first.7c1@example.test>",
        )

        asked_at = NOW - timedelta(days=4)
        workspace.mailbox.append("INBOX", vendor_question(asked_at))
        scan(settings, store, NOW)
        (asked,) = build_status(store, settings, TODAY).requests
        assert asked.state is RequestState.NEEDS_INFO
        assert [r.message_id for r in asked.replies] == ["<q.1@intercom-mail.example>"]
        assert asked.next is not None and asked.next.action == "answer_support"

        explained = explain(store, settings, message_ref("<q.1@intercom-mail.example>"))
        reasons = [(r.topic, r.text) for r in explained.reasons]
        assert ("thread", f"it answers the first mail of request {request.id}") in reasons
        assert any(t == "request" and "In-Reply-To/References" in x for t, x in reasons)
        assert any(
            t == "sender" and x.startswith("trusted: openai.com is OpenAI") for t, x in reasons
        )
        assert ("kind", "the rules say needs_info: row 4: the text asks you for something") in (
            reasons
        )

        answered_at = NOW - timedelta(days=1)
        workspace.mailbox.append("Sent", users_answer(workspace, answered_at))
        scan(settings, store, NOW)
        (waiting,) = build_status(store, settings, TODAY).requests
    assert waiting.state is RequestState.WAITING
    assert [(m.role, m.request_id) for m in waiting.sent] == [
        (SentRole.ORIGIN, request.id),
        (SentRole.REPLY, request.id),
    ]
    assert waiting.next is not None and waiting.next.action == "wait"
    # The follow-up date moved: it counts from the user's answer, not the submission.
    assert waiting.next.act_by == overdue_from(answered_at.date(), 5, set())
    assert waiting.next.act_by > overdue_from(first_sent.date(), 5, set())


def test_a_request_tracked_late_is_one_request(workspace: Workspace) -> None:
    """The confirmation registered the request before the user typed `track add` a day
    late; then the Sent folder gives it its real date: one request, not two."""
    first_sent = NOW - timedelta(days=3)
    confirmation = mail(
        "Acme Support <support@acme.example>",
        "alice@example.test",
        f"[Acme] Re: {SUBJECT}",
        "<confirm.1@acme.example>",
        first_sent + timedelta(minutes=2),
        "Your request (48813) has been received and is being reviewed by our support staff.",
        in_reply_to="<first.7c1@example.test>",
    )
    question = mail(
        "Acme Support <support@acme.example>",
        "alice@example.test",
        f"[Acme] Re: {SUBJECT}",
        "<q.2@acme.example>",
        first_sent + timedelta(days=1),
        "##- Please type your reply above this line -##\n\nCould you send us the export's "
        "request ID from your account page?\n\nRequest #48813",
        in_reply_to="<confirm.1@acme.example>",
    )
    workspace.mailbox.append("INBOX", confirmation)
    workspace.mailbox.append("INBOX", question)
    settings = workspace.settings()
    with Store(workspace.store_path) as store:
        scan(settings, store, NOW)
        (auto,) = store.requests()
        assert auto.auto_registered and auto.ticket == "48813"
        late = track_add(
            store, settings.vendor_profiles(), "Acme Cloud", TODAY, subject=SUBJECT,
            submitted=TODAY - timedelta(days=2),
        )  # fmt: skip
        assert late.id == auto.id and not late.auto_registered
        first = users_first_mail(workspace, first_sent).replace(
            b"support@openai.com", b"support@acme.example"
        )
        workspace.mailbox.append("Sent", first)
        scan(settings, store, NOW)
        (request,) = build_status(store, settings, TODAY).requests
    assert request.request.id == auto.id
    assert request.request.submitted == first_sent.date()
    assert request.request.message_id == "<first.7c1@example.test>"
    assert request.state is RequestState.NEEDS_INFO


def test_corrections_survive_a_scan_and_a_full_rescan(workspace: Workspace) -> None:
    first_sent = NOW - timedelta(days=6)
    workspace.write(extra='folders = ["Support", "\\\\Sent"]')
    with workspace.mailbox.client() as client:
        client.create_folder("Support")
    question = vendor_question(NOW - timedelta(days=4))
    other = mail(
        "OpenAI Support <support@openai.com>",
        "alice@example.test",
        "Re: Invoice for November",
        "<inv.3@intercom-mail.example>",
        NOW - timedelta(days=2),
        "We have resent the invoice to your billing address.",
    )
    for raw in (question, other):
        workspace.mailbox.append("Support", raw)
    not_a_request = mail(
        f"Alice <{workspace.mailbox.address}>",
        "support@openai.com",
        "Thanks for the webinar yesterday",
        "<thanks.5@example.test>",
        NOW - timedelta(days=1),
        "It was very useful.",
    )
    workspace.mailbox.append("Sent", not_a_request)
    settings = workspace.settings()
    vendors = settings.vendor_profiles()
    with Store(workspace.store_path) as store:
        request = track_add(
            store, vendors, "openai", TODAY, subject=SUBJECT, submitted=first_sent.date(),
            message_id="<first.7c1@example.test>",
        )  # fmt: skip
        billing = track_add(store, vendors, "openai", TODAY, subject="Billing address")
        twice = track_add(store, vendors, "openai", TODAY, subject="Billing address change")
        scan(settings, store, NOW)
        (proposal,) = build_status(store, settings, TODAY).proposals
        track_reject(store, proposal.id)
        track_merge(store, billing.id, twice.id)
        track_kind(store, message_ref("<q.1@intercom-mail.example>"), "answer")
        track_unlink(store, "<q.1@intercom-mail.example>")
        track_link(store, message_ref("<inv.3@intercom-mail.example>"), billing.id)
        track_edit(store, vendors, request.id, TODAY, ticket="88231", submitted=date(2026, 1, 5))
        before = status_json(build_status(store, settings, TODAY))
        scan(settings, store, NOW)
        # A full rescan: the folder is deleted and recreated with the same mail.
        with workspace.mailbox.client() as client:
            client.delete_folder("Support")
            client.create_folder("Support")
        for raw in (question, other):
            workspace.mailbox.append("Support", raw)
        rescan = scan(settings, store, NOW)
        (support,) = [f for f in rescan.folders if f.folder == "Support"]
        assert support.plan.startswith("UIDVALIDITY changed")
        assert support.already_recorded == 2
        after = status_json(build_status(store, settings, TODAY))
    assert after["requests"] == before["requests"]
    assert after["unmatched"] == before["unmatched"]
    assert after["proposals"] == before["proposals"] == []
    assert sorted(r["id"] for r in after["requests"]) == [request.id, billing.id]
    by_id = {r["id"]: r for r in after["requests"]}
    assert by_id[request.id]["corrected"] == ["submitted", "ticket"]
    assert by_id[request.id]["ticket"] == "88231" and by_id[request.id]["replies"] == []
    assert [(r["ref"], r["corrected"]) for r in by_id[billing.id]["replies"]] == [
        (message_ref("<inv.3@intercom-mail.example>"), ["request"])
    ]
    (unlinked,) = after["unmatched"]
    assert unlinked["kind"] == ReplyKind.ANSWER.value
    assert unlinked["corrected"] == ["request", "kind"]
    assert unlinked["reason"].startswith("unlinked by you")


def test_the_sent_folder_is_read_without_changing_anything(workspace: Workspace) -> None:
    workspace.mailbox.append("Sent", users_first_mail(workspace, NOW - timedelta(days=2)))
    # Broken mail the user's client once saved: no Message-ID, junk bytes in To and Cc.
    broken = (
        b"From: me\r\nTo: =?x-unknown?b?////?= <support@openai.com>\r\n"
        b"Cc: \xff\xfe\x00 support@openai.com>>, \r\nSubject: \xc3\r\n"
        b"Date: yesterday\r\n\r\nbody\r\n"
    )
    workspace.mailbox.append("Sent", broken)
    before = server_snapshot(workspace.mailbox)
    with Store(workspace.store_path) as store:
        first = scan(workspace.settings(), store, NOW)
        again = scan(workspace.settings(), store, NOW)
        proposals = build_status(store, workspace.settings(), TODAY).proposals
    assert not first.errors
    (sent_scan,) = [f for f in first.folders if f.sent]
    assert sent_scan.candidates == 2
    assert sent_scan.proposed + sent_scan.skipped + sent_scan.not_vendor_mail == 2
    assert SUBJECT in [p.subject for p in proposals]
    assert server_snapshot(workspace.mailbox) == before
    (sent_folder,) = [f for f in again.folders if f.sent]
    assert sent_folder.unchanged  # a second scan costs one STATUS


def test_followup_draft_is_opt_in_and_touches_nothing_else(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.mailbox.append("Sent", users_first_mail(workspace, NOW - timedelta(days=9)))
    workspace.mailbox.append("INBOX", vendor_question(NOW - timedelta(days=8)))
    base = ["--config", str(workspace.config)]
    with Store(workspace.store_path) as store:
        scan(workspace.settings(), store, NOW)
        (proposal,) = build_status(store, workspace.settings(), TODAY).proposals
        request = track_accept(store, proposal.id, TODAY)
    request_id = str(request.id)

    assert main([*base, "followup", request_id]) == 0
    printed = capsys.readouterr().out
    assert "To: support@openai.com" in printed and f"Subject: Re: {SUBJECT}" in printed
    assert main([*base, "followup", request_id, "--mailto"]) == 0
    url = capsys.readouterr().out.strip()
    assert url.startswith("mailto:support@openai.com?subject=Re%3A%20Exported")
    assert "In-Reply-To=%3Cq.1%40intercom-mail.example%3E" in url

    before = server_snapshot(workspace.mailbox)
    assert main([*base, "followup", request_id, "--draft"]) == ExitCode.CONFIG
    err = capsys.readouterr().err
    assert 'drafts are off for account "test"' in err and len(err.strip().splitlines()) <= 2
    assert server_snapshot(workspace.mailbox) == before

    workspace.write(extra="allow_drafts = true")
    assert main([*base, "followup", request_id, "--draft"]) == 0
    assert "added to test/Drafts as a draft" in capsys.readouterr().out
    after = server_snapshot(workspace.mailbox)
    assert {name: state for name, state in after.items() if name != "Drafts"} == {
        name: state for name, state in before.items() if name != "Drafts"
    }
    assert before["Drafts"][1] == 0 and after["Drafts"][1] == 1
    with workspace.mailbox.client() as client:
        client.select_folder("Drafts", readonly=True)
        ((_uid, data),) = client.fetch(client.search("ALL"), ["FLAGS", "BODY.PEEK[]"]).items()
    assert b"\\Draft" in data[b"FLAGS"]
    raw = data[b"BODY[]"]
    assert b"In-Reply-To: <q.1@intercom-mail.example>" in raw
    assert f"From: {workspace.mailbox.address}".encode() in raw


def test_the_conversation_commands_on_the_command_line(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.mailbox.append("Sent", users_first_mail(workspace, NOW - timedelta(days=3)))
    workspace.mailbox.append("INBOX", vendor_question(NOW - timedelta(days=2)))
    base = ["--config", str(workspace.config)]

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*base, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert run("scan")[0] == 0
    code, out, _ = run("status")
    assert code == 0 and "New requests? (mail you sent to support, not tracked)" in out
    (proposal,) = json.loads(run("status", "--json")[1])["proposals"]
    accepted = json.loads(run("track", "accept", str(proposal["id"]), "--json")[1])
    assert accepted["submitted"] == (NOW - timedelta(days=3)).date().isoformat()
    request_id = str(accepted["id"])

    (tracked,) = json.loads(run("status", "--json")[1])["requests"]
    (question,) = tracked["replies"]
    assert tracked["state"] == "needs_info" and question["ref"] == message_ref(
        "<q.1@intercom-mail.example>"
    )
    edited = json.loads(run("track", "edit", request_id, "--submitted", "5d", "--json")[1])
    assert edited["corrected"] == ["submitted"]
    assert run("track", "kind", question["ref"], "answer")[0] == 0
    code, _, err = run("track", "kind", question["ref"], "bogus")
    assert code == ExitCode.USAGE and "bogus" in err
    code, _, err = run("track", "link", "zz", request_id)
    assert code == ExitCode.USAGE and '"zz" is not a message reference' in err
    explained = json.loads(run("explain", question["ref"], "--offline", "--json")[1])
    assert explained["what"] == "reply"
    assert {"topic": "kind", "text": "answer (set by you: `track kind`)"} in explained["reasons"]
    assert run("track", "close", request_id)[0] == 0
    assert json.loads(run("track", "reopen", request_id, "--json")[1])["closed"] is False
    code, _, err = run("track", "reopen", "99")
    assert code == ExitCode.USAGE and "no tracked request with id 99" in err
