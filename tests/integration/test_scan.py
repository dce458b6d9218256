"""Scanning a real Dovecot: INBOX and Junk, server-side narrowing, incremental reads,
UIDVALIDITY changes, and a mailbox left exactly as it was."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from inbox_watch.app.scan import scan
from inbox_watch.app.status import build_status
from inbox_watch.app.track import track_add
from inbox_watch.core.models import ReplyKind, RequestState
from inbox_watch.store.sqlite import Store
from sandbox.dovecot import SandboxUser
from sandbox.samples import (
    ACME_TICKET,
    sample_mailbox,
    sample_requests,
    unrelated_mail,
)
from tests.integration.conftest import Workspace

TODAY = date.today()
NOW = datetime.now(UTC)


def seed_samples(mailbox: SandboxUser) -> None:
    for mail in sample_mailbox(TODAY, mailbox.address):
        mailbox.append(mail.folder, mail.raw)


def track_samples(store: Store, workspace: Workspace) -> None:
    vendors = workspace.settings().vendor_profiles()
    for request in sample_requests(TODAY):
        track_add(
            store,
            vendors,
            request.vendor,
            TODAY,
            ticket=request.ticket,
            subject=request.subject,
            submitted=request.submitted,
            message_id=request.message_id,
        )


def server_snapshot(mailbox: SandboxUser) -> dict[str, tuple[object, ...]]:
    """Every folder's UIDVALIDITY, UIDs and flags, as the server reports them."""
    snapshot: dict[str, tuple[object, ...]] = {}
    with mailbox.client() as client:
        for _flags, _delimiter, name in client.list_folders():
            info = client.select_folder(name, readonly=True)
            flags = client.get_flags(client.search("ALL"))
            snapshot[name] = (
                info[b"UIDVALIDITY"],
                info[b"EXISTS"],
                tuple(sorted((uid, tuple(sorted(f))) for uid, f in flags.items())),
            )
    return snapshot


def test_scan_finds_replies_in_inbox_and_spam(workspace: Workspace) -> None:
    seed_samples(workspace.mailbox)
    with Store(workspace.store_path) as store:
        track_samples(store, workspace)
        report = scan(workspace.settings(), store, NOW)
        status = build_status(store, workspace.settings(), TODAY)
    assert not report.errors and not report.problems
    assert [(f.folder, f.in_spam, f.sent) for f in report.folders] == [
        ("INBOX", False, False),
        ("Junk", True, False),
        ("Sent", False, True),
    ]
    openai, acme, overdue = status.requests
    assert openai.state is RequestState.NEEDS_INFO
    spam_replies = [r for r in openai.replies if r.in_spam]
    assert [r.kind for r in spam_replies] == [ReplyKind.NEEDS_INFO]
    assert spam_replies[0].folder == "Junk"
    assert acme.state is RequestState.ANSWERED and acme.request.ticket == ACME_TICKET
    assert overdue.state is RequestState.WAITING and overdue.overdue
    assert [m.sender for m in status.suspicious] == ["support@openai-support.com"]
    assert status.unmatched == ()


def test_scan_downloads_only_vendor_mail_among_thousands(workspace: Workspace) -> None:
    mailbox = workspace.mailbox
    assert mailbox.append_many("INBOX", unrelated_mail(3000, TODAY, seed=7)) == 3000
    seed_samples(mailbox)
    with Store(workspace.store_path) as store:
        report = scan(workspace.settings(), store, NOW)
    inbox = report.folders[0]
    print(
        f"INBOX: {inbox.candidates} candidates of ~3008 messages, "
        f"{inbox.headers_fetched} headers, {inbox.messages_fetched} bodies downloaded"
    )
    # Candidates are the vendors' mail plus the lookalike (FROM is a substring search);
    # bodies only for the trusted vendors' support mail (not the receipt or the lookalike).
    assert inbox.candidates == inbox.headers_fetched == 5
    assert inbox.messages_fetched == 3


def test_the_scan_counts_add_up_to_the_candidates(workspace: Workspace) -> None:
    seed_samples(workspace.mailbox)
    mailbox = workspace.mailbox
    with Store(workspace.store_path) as store:
        track_samples(store, workspace)
        first = scan(workspace.settings(), store, NOW)
        # The same mail again, in INBOX: now already recorded.
        with mailbox.client() as client:
            client.select_folder("Junk", readonly=True)
            copied = client.fetch(client.search("ALL"), ["BODY.PEEK[]"])
        for data in copied.values():
            mailbox.append("INBOX", data[b"BODY[]"])
        again = scan(workspace.settings(), store, NOW, since=TODAY - timedelta(days=60))
    for folder in (*first.folders, *again.folders):
        parts = (
            folder.new_replies,
            folder.not_support,
            folder.suspicious,
            folder.skipped,
            folder.already_recorded,
            folder.not_vendor_mail,
            folder.user_mail,  # the Sent folder's: to tracked conversations
            folder.proposed,  # and new requests waiting for `track accept`
        )
        assert sum(parts) == folder.candidates, folder
    inbox = again.folders[0]
    assert inbox.new_replies == 0 and inbox.already_recorded == inbox.candidates


def test_second_scan_with_nothing_new_fetches_nothing(workspace: Workspace) -> None:
    seed_samples(workspace.mailbox)
    with Store(workspace.store_path) as store:
        scan(workspace.settings(), store, NOW)
        before = store.replies()
        again = scan(workspace.settings(), store, NOW)
        assert store.replies() == before
    assert all(f.unchanged for f in again.folders)
    assert sum(f.headers_fetched + f.messages_fetched for f in again.folders) == 0


def test_new_mail_is_read_incrementally(workspace: Workspace) -> None:
    mails = sample_mailbox(TODAY, workspace.mailbox.address)
    first, rest = mails[:3], mails[3:]
    for mail in first:
        workspace.mailbox.append(mail.folder, mail.raw)
    with Store(workspace.store_path) as store:
        scan(workspace.settings(), store, NOW)
        count = len(store.replies()) + len(store.suspicious()) + len(store.sent_mail())
        for mail in rest:
            workspace.mailbox.append(mail.folder, mail.raw)
        report = scan(workspace.settings(), store, NOW)
        total = len(store.replies()) + len(store.suspicious()) + len(store.sent_mail())
    assert all(f.plan in ("incremental", "unchanged") for f in report.folders)
    assert sum(f.headers_fetched for f in report.folders) == total - count


def test_scan_leaves_flags_uids_and_counts_unchanged(workspace: Workspace) -> None:
    mailbox = workspace.mailbox
    seed_samples(mailbox)
    mailbox.append_many("INBOX", unrelated_mail(50, TODAY))
    with mailbox.client() as client:  # some mail read and flagged by the user, some not
        client.select_folder("INBOX")
        client.add_flags([1, 2], [b"\\Seen", b"\\Flagged"])
    before = server_snapshot(mailbox)
    with Store(workspace.store_path) as store:
        scan(workspace.settings(), store, NOW)
        scan(workspace.settings(), store, NOW, since=TODAY.replace(year=TODAY.year - 1))
    assert server_snapshot(mailbox) == before


def test_uidvalidity_change_rescans_without_duplicates(workspace: Workspace) -> None:
    mailbox = workspace.mailbox
    seed_samples(mailbox)
    with Store(workspace.store_path) as store:
        scan(workspace.settings(), store, NOW)
        replies_before = store.replies()
        cursor_before = store.cursor("test", "Junk")
        # The spam folder is deleted and recreated with the same mail.
        junk = [m.raw for m in sample_mailbox(TODAY, mailbox.address) if m.folder == "Junk"]
        with mailbox.client() as client:
            client.delete_folder("Junk")
            client.create_folder("Junk")
        for raw in junk:
            mailbox.append("Junk", raw)
        report = scan(workspace.settings(), store, NOW)
        replies_after = store.replies()
        cursor_after = store.cursor("test", "Junk")
    junk_scan = next(f for f in report.folders if f.folder == "Junk")
    assert junk_scan.plan.startswith("UIDVALIDITY changed")
    assert cursor_before is not None and cursor_after is not None
    assert cursor_after[0].uidvalidity != cursor_before[0].uidvalidity
    assert replies_after == replies_before
    assert junk_scan.new_replies == 0


def test_reply_seen_before_tracking_is_matched_when_tracked(workspace: Workspace) -> None:
    # Only the human answer, no confirmation: nothing can register the request.
    (answer,) = [
        m
        for m in sample_mailbox(TODAY, workspace.mailbox.address)
        if b"Priya" in m.raw and b"48213" in m.raw
    ]
    workspace.mailbox.append(answer.folder, answer.raw)
    vendors = workspace.settings().vendor_profiles()
    with Store(workspace.store_path) as store:
        scan(workspace.settings(), store, NOW)
        (unmatched,) = build_status(store, workspace.settings(), TODAY).unmatched
        assert unmatched.reason == f"ticket {ACME_TICKET} is not tracked"
        request = track_add(store, vendors, "acme-cloud", TODAY, ticket=ACME_TICKET)
        status = build_status(store, workspace.settings(), TODAY)
    (mine,) = status.requests
    assert mine.request.id == request.id and mine.state is RequestState.ANSWERED
    assert status.unmatched == ()


def test_tracking_an_auto_registered_request_adopts_it(workspace: Workspace) -> None:
    seed_samples(workspace.mailbox)
    vendors = workspace.settings().vendor_profiles()
    openai_request = sample_requests(TODAY)[0]
    with Store(workspace.store_path) as store:
        scan(workspace.settings(), store, NOW)
        (auto,) = [r for r in store.requests() if r.vendor == "openai"]
        assert auto.auto_registered
        request = track_add(
            store,
            vendors,
            "openai",
            TODAY,
            subject=openai_request.subject,
            message_id=openai_request.message_id,
            submitted=openai_request.submitted,
        )
        status = build_status(store, workspace.settings(), TODAY)
    (mine,) = [s for s in status.requests if s.request.vendor == "openai"]
    assert mine.request.id == auto.id == request.id
    assert not mine.request.auto_registered
    assert mine.request.message_id == openai_request.message_id
    assert mine.state is RequestState.NEEDS_INFO


def test_confirmation_for_untracked_ticket_registers_a_request(workspace: Workspace) -> None:
    seed_samples(workspace.mailbox)
    with Store(workspace.store_path) as store:
        scan(workspace.settings(), store, NOW)
        requests = store.requests()
    acme = [r for r in requests if r.vendor == "acme-cloud"]
    assert [(r.ticket, r.auto_registered) for r in acme] == [(ACME_TICKET, True)]


@pytest.mark.parametrize("security", ["starttls", "none"])
def test_starttls_and_loopback_plaintext_accounts_scan(workspace: Workspace, security: str) -> None:
    seed_samples(workspace.mailbox)
    workspace.write(security=security)
    with Store(workspace.store_path) as store:
        report = scan(workspace.settings(), store, NOW)
        assert not report.errors
        assert len(store.replies()) >= 5


def test_missing_folder_is_reported_and_the_rest_scanned(workspace: Workspace) -> None:
    seed_samples(workspace.mailbox)
    workspace.write(extra='folders = ["INBOX", "\\\\Junk", "Support"]')
    with Store(workspace.store_path) as store:
        report = scan(workspace.settings(), store, NOW)
    assert [f.folder for f in report.folders] == ["INBOX", "Junk"]
    assert report.problems == ['account "test": folder "Support" does not exist']


def test_store_file_is_private(workspace: Workspace, tmp_path: Path) -> None:
    with Store(workspace.store_path):
        pass
    assert workspace.store_path.stat().st_mode & 0o077 == 0


def test_tracking_an_old_request_widens_the_searched_window(workspace: Workspace) -> None:
    old = datetime.now(UTC) - timedelta(days=200)
    reply = (
        "From: Acme Support <support@acme.zendesk.com>\r\nTo: me@example.test\r\n"
        "Subject: [Request #7001] Old question\r\n"
        f"Date: {format_datetime(old)}\r\nMessage-ID: <old-7001@acme.zendesk.com>\r\n\r\n"
        "##- Please type your reply above this line -##\r\n\r\nHere is your answer.\r\n"
    ).encode()
    workspace.mailbox.append("INBOX", reply, msg_time=old)
    vendors = workspace.settings().vendor_profiles()
    with Store(workspace.store_path) as store:
        first = scan(workspace.settings(), store, NOW)
        assert first.folders[0].candidates == 0  # older than the default 90-day window
        track_add(store, vendors, "acme-cloud", TODAY, ticket="7001", submitted=old.date())
        second = scan(workspace.settings(), store, NOW)
        third = scan(workspace.settings(), store, NOW)
        status = build_status(store, workspace.settings(), TODAY)
    assert "predates the window" in second.folders[0].plan
    assert third.folders[0].unchanged
    (request,) = status.requests
    assert request.state is RequestState.ANSWERED


def test_a_confirmation_that_neither_threads_nor_repeats_the_subject_is_merged_later(
    workspace: Workspace,
) -> None:
    day = NOW - timedelta(days=3)

    def mail(number: int, subject: str, body: str) -> bytes:
        return (
            "From: Acme Support <support@acme.zendesk.com>\r\nTo: me@example.test\r\n"
            f"Subject: {subject}\r\nDate: {format_datetime(day + timedelta(hours=number))}\r\n"
            f"Message-ID: <merge-{number}@acme.zendesk.com>\r\n\r\n{body}\r\n"
        ).encode()

    workspace.mailbox.append(
        "INBOX", mail(1, "Support Ticket Opened [#8801]", "A ticket has been created: #8801.")
    )
    workspace.mailbox.append(
        "INBOX", mail(2, "Re: Charged twice this month [#8801]", "The refund was issued.")
    )
    vendors = workspace.settings().vendor_profiles()
    with Store(workspace.store_path) as store:
        mine = track_add(store, vendors, "acme-cloud", TODAY, subject="Charged twice this month",
                         submitted=day.date())  # fmt: skip
        report = scan(workspace.settings(), store, NOW)
        requests = store.requests()
        replies = store.replies()
    assert report.folders[0].merged_requests == 1
    assert [(r.id, r.ticket) for r in requests] == [(mine.id, "8801")]
    assert {r.request_id for r in replies} == {mine.id}


def test_a_spoof_that_takes_a_genuine_message_id_first_does_not_hide_the_reply(
    workspace: Workspace,
) -> None:
    samples = sample_mailbox(TODAY, workspace.mailbox.address)
    spoof = next(m for m in samples if b"openai-support.com>" in m.raw.split(b"\r\n\r\n")[0])
    genuine = next(m for m in samples if m.folder == "Junk" and b"@openai.com" in m.raw)
    genuine_id = re.search(rb"Message-ID: (<[^>]+>)", genuine.raw)
    assert genuine_id is not None
    forged = re.sub(rb"Message-ID: <[^>]+>", b"Message-ID: " + genuine_id.group(1), spoof.raw)
    workspace.mailbox.append("INBOX", forged)  # arrives (and is scanned) first
    with Store(workspace.store_path) as store:
        track_samples(store, workspace)
        first = scan(workspace.settings(), store, NOW)
        for mail in samples:
            if mail is not spoof:
                workspace.mailbox.append(mail.folder, mail.raw)
        scan(workspace.settings(), store, NOW)
        scan(workspace.settings(), store, NOW, since=TODAY - timedelta(days=60))
        replies = {r.message_id: r for r in store.replies()}
        suspicious = store.suspicious()
    assert first.folders[0].suspicious == 1
    message_id = genuine_id.group(1).decode()
    assert replies[message_id].sender.endswith("@openai.com")  # the genuine one, recorded
    assert replies[message_id].request_id is not None
    assert [m.message_id for m in suspicious] == [message_id]  # the spoof, once
