"""Rendering: report objects -> rich tables for people, or -> JSON values for scripts.

Presentation only: reads reports, never the store or the network. One JSON schema,
documented in the README ("status --json").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from inbox_watch.app.reports import (
    DigestReport,
    Explanation,
    FolderScan,
    RequestStatus,
    ScanReport,
    StatusReport,
)
from inbox_watch.core.followup import FollowUpDraft
from inbox_watch.core.health import DaemonHealth
from inbox_watch.core.inert import inert
from inbox_watch.core.models import (
    Reply,
    ReplyKind,
    RequestState,
    SentMail,
    TrackedRequest,
    message_ref,
)
from inbox_watch.core.vendors import VendorProfile

JSON = dict[str, Any]

_STATE_STYLE = {
    RequestState.WAITING: "yellow",
    RequestState.ACKNOWLEDGED: "cyan",
    RequestState.NEEDS_INFO: "bold red",
    RequestState.ANSWERED: "green",
    RequestState.RESOLVED: "dim green",
    RequestState.CLOSED: "dim",
}


def _date_text(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


# -- JSON -----------------------------------------------------------------------------


def reply_json(reply: Reply) -> JSON:
    return {
        "ref": message_ref(reply.message_id),
        "message_id": reply.message_id,
        "account": reply.account,
        "folder": reply.folder,
        "in_spam": reply.in_spam,
        "from": reply.sender,
        "subject": reply.subject,
        "date": _date_text(reply.date),
        "ticket": reply.ticket,
        "kind": reply.kind.value,
        "corrected": list(reply.corrected),
        "sender_verified": reply.verified,
    }


def sent_json(mail: SentMail) -> JSON:
    return {
        "id": mail.id,
        "message_id": mail.message_id,
        "account": mail.account,
        "folder": mail.folder,
        "vendor": mail.vendor,
        "to": mail.recipient,
        "subject": mail.subject,
        "date": _date_text(mail.date),
        "role": mail.role.value,
        "request_id": mail.request_id,
    }


def _request_fields(request: TrackedRequest) -> JSON:
    return {
        "id": request.id,
        "vendor": request.vendor,
        "ticket": request.ticket,
        "subject": request.subject,
        "submitted": request.submitted.isoformat(),
    }


def request_json(request: TrackedRequest) -> JSON:
    return {
        **_request_fields(request),
        "message_id": request.message_id,
        "closed": request.closed,
        "auto_registered": request.auto_registered,
        "corrected": list(request.corrected),
    }


def request_status_json(status: RequestStatus) -> JSON:
    next_step = status.next
    return {
        **_request_fields(status.request),
        "state": status.state.value,
        "overdue": status.overdue,
        "next_action": next_step.action if next_step is not None else None,
        "act_by": next_step.act_by.isoformat() if next_step and next_step.act_by else None,
        "business_days_waiting": status.business_days_waiting,
        "corrected": list(status.request.corrected),
        "replies": [reply_json(reply) for reply in status.replies],
        "sent": [sent_json(mail) for mail in status.sent],
    }


# The version of the documented `status --json` contract; fields are only added
# within a version.
STATUS_JSON_VERSION = 1


def status_json(report: StatusReport) -> JSON:
    accounts = report.daemon.accounts if report.daemon is not None else ()
    synced = [a.last_success for a in accounts if a.last_success is not None]
    # Everything is checked at least as of then: the oldest account's last sync (None
    # while any account never synced).
    last_checked = min(synced) if synced and len(synced) == len(accounts) else None
    return {
        "version": STATUS_JSON_VERSION,
        "last_checked": _date_text(last_checked),
        "requests": [request_status_json(status) for status in report.requests],
        "unmatched": [
            {**reply_json(reply), "reason": reply.reason or ""} for reply in report.unmatched
        ],
        "suspicious": [
            {
                "message_id": mail.message_id,
                "account": mail.account,
                "folder": mail.folder,
                "vendor": mail.vendor,
                "from": mail.sender,
                "subject": mail.subject,
                "date": _date_text(mail.date),
                "reason": mail.reason,
            }
            for mail in report.suspicious
        ],
        "skipped": [
            {
                "account": item.account,
                "folder": item.folder,
                "uidvalidity": item.uidvalidity,
                "uid": item.uid,
                "reason": item.reason,
            }
            for item in report.skipped
        ],
        "daemon": daemon_json(report.daemon) if report.daemon is not None else None,
        "proposals": [sent_json(mail) for mail in report.proposals],
    }


def digest_json(report: DigestReport) -> JSON:
    return {
        "since": _date_text(report.since),
        "groups": [
            {
                "request": None
                if group.request is None
                else {
                    "id": group.request.id,
                    "vendor": group.request.vendor,
                    "ticket": group.request.ticket,
                    "subject": group.request.subject,
                },
                "replies": [
                    {
                        **reply_json(reply),
                        "snippet": reply.snippet,
                        "needs_answer": reply.kind is ReplyKind.NEEDS_INFO,
                    }
                    for reply in group.replies
                ],
            }
            for group in report.groups
        ],
    }


def scan_json(report: ScanReport) -> JSON:
    return {
        "folders": [
            {
                "account": f.account,
                "folder": f.folder,
                "in_spam": f.in_spam,
                "sent": f.sent,
                "plan": f.plan,
                "unchanged": f.unchanged,
                "candidates": f.candidates,
                "headers_fetched": f.headers_fetched,
                "messages_fetched": f.messages_fetched,
                "new_replies": f.new_replies,
                "not_support": f.not_support,
                "already_recorded": f.already_recorded,
                "not_vendor_mail": f.not_vendor_mail,
                "new_requests": f.new_requests,
                "merged_requests": f.merged_requests,
                "suspicious": f.suspicious,
                "skipped": f.skipped,
                "user_mail": f.user_mail,
                "proposed": f.proposed,
            }
            for f in report.folders
        ],
        "problems": report.problems,
        "errors": [str(error) for error in report.errors],
        "rematched": report.rematched,
    }


def follow_up_json(draft: FollowUpDraft, mailto: str, saved_to: str | None) -> JSON:
    return {
        "to": draft.to,
        "subject": draft.subject,
        "body": draft.body,
        "in_reply_to": draft.in_reply_to,
        "references": list(draft.references),
        "language": draft.language,
        "mailto": mailto,
        "draft_saved_to": saved_to,
    }


def render_follow_up(draft: FollowUpDraft, console: Console) -> None:
    """The draft as a mail header block and body, ready to copy."""
    console.print(Text(f"To: {inert(draft.to or '(the address you wrote to)')}"))
    console.print(Text(f"Subject: {inert(draft.subject)}"))
    if draft.in_reply_to:
        console.print(Text(f"In-Reply-To: {inert(draft.in_reply_to)}", style="dim"))
    console.print()
    for line in draft.body.splitlines():
        console.print(Text(inert(line, 2000)))


def explanation_json(found: Explanation) -> JSON:
    return {
        "ref": found.ref,
        "message_id": found.message_id,
        "what": found.what,
        "subject": found.subject,
        "reasons": [{"topic": r.topic, "text": r.text} for r in found.reasons],
    }


def render_explanation(found: Explanation, console: Console) -> None:
    console.print(Text(f"{found.ref}  {found.what}: {inert(found.subject)}", style="bold"))
    for reason in found.reasons:
        line = Text(f"  {reason.topic:<9} ", style="dim")
        line.append(inert(reason.text, 600))
        console.print(line)


def vendors_json(vendors: Sequence[VendorProfile]) -> JSON:
    return {
        "vendors": [
            {
                "name": vendor.name,
                "slug": vendor.slug,
                "domains": list(vendor.domains),
                "helpdesk": vendor.helpdesk.key,
                "response_days": vendor.response_days,
                "builtin": vendor.builtin,
                "always_watched": vendor.always_watched,
                "sources": list(vendor.sources),
                "unverified": list(vendor.unverified),
            }
            for vendor in vendors
        ]
    }


# -- rich -----------------------------------------------------------------------------


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    """``moment`` in the user's time zone (the ``timezone`` setting, else the system's)."""
    return moment.astimezone(zone)


def _clock(moment: datetime | None, zone: tzinfo | None) -> str:
    """A time the user reads, in their zone and labelled: "2026-12-03 15:20 KST"."""
    if moment is None:
        return "never"
    local = _local(moment, zone)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or local.strftime('%z')}"


def _day(moment: datetime | None, zone: tzinfo | None = None) -> str:
    return _local(moment, zone).strftime("%Y-%m-%d") if moment is not None else "????-??-??"


def _action(status: RequestStatus) -> Text:
    parts: list[Text] = []
    if status.state is RequestState.NEEDS_INFO:
        parts.append(Text("answer support", style="bold red"))
    if any(reply.in_spam for reply in status.replies):
        parts.append(Text("a reply is in spam", style="magenta"))
    step = status.next
    due = f"{step.act_by:%a %Y-%m-%d}" if step is not None and step.act_by else None
    if status.follow_up is not None:
        days = status.follow_up.business_days
        if status.follow_up.overdue:
            since = f" since {due}" if due else ""
            todo = "follow up"
            if step is not None and step.action == "escalate":
                todo = "your follow-ups went unanswered: escalate"
            parts.append(
                Text(f"overdue{since} ({days} business days): {todo}", style="bold yellow")
            )
        else:
            parts.append(Text(f"no answer for {days} business days", style="yellow"))
    if step is not None and step.action == "wait" and due:
        parts.append(Text(f"follow up on {due} if still silent", style="dim"))
    elif step is not None and step.action == "close_or_reopen":
        parts.append(Text("close it, or reply to reopen", style="dim"))
    return Text(", ").join(parts)


def _last_reply(replies: Sequence[Reply], zone: tzinfo | None) -> Text:
    if not replies:
        return Text("-", style="dim")
    latest = max(replies, key=lambda r: r.date.timestamp() if r.date else 0.0)
    when = _clock(latest.date, zone) if latest.date else "?"
    text = Text(f"{when} {latest.kind.value}")
    if latest.in_spam:
        text.append(" [spam]", style="magenta")
    if latest.verified is False:
        text.append(" [unverified]", style="yellow")
    text.append(f" ({message_ref(latest.message_id)})", style="dim")
    return text


def _your_last_mail(sent: Sequence[SentMail], zone: tzinfo | None) -> Text | None:
    replies = [mail for mail in sent if mail.is_user_reply and mail.date is not None]
    if not replies:
        return None
    latest = max(replies, key=lambda m: m.date.timestamp() if m.date else 0.0)
    return Text(f"   you wrote last on {_clock(latest.date, zone)}", style="dim")


def _urgency(status: RequestStatus) -> tuple[int, str]:
    """Most urgent first: the user's turn, overdue, nearly overdue, waiting, answered,
    resolved, closed; then oldest first."""
    follow = status.follow_up
    rank = {
        RequestState.NEEDS_INFO: 0,
        RequestState.WAITING: 3,
        RequestState.ACKNOWLEDGED: 3,
        RequestState.ANSWERED: 4,
        RequestState.RESOLVED: 5,
        RequestState.CLOSED: 6,
    }[status.state]
    if rank == 3 and follow is not None:
        rank = 1 if follow.overdue else 2
    return rank, status.request.submitted.isoformat()


def status_summary(statuses: Sequence[RequestStatus]) -> str:
    """The one line that says what to do now: "2 need your answer (1 in spam), 1 overdue,
    3 waiting"."""
    open_ = [s for s in statuses if s.state is not RequestState.CLOSED]
    needs = [s for s in open_ if s.state is RequestState.NEEDS_INFO]
    in_spam = sum(any(r.in_spam for r in s.replies) for s in needs)
    overdue = sum(1 for s in open_ if _urgency(s)[0] == 1)
    waiting = sum(1 for s in open_ if _urgency(s)[0] in (2, 3))
    answered = sum(1 for s in open_ if s.state is RequestState.ANSWERED)
    resolved = sum(1 for s in open_ if s.state is RequestState.RESOLVED)
    parts = []
    if needs:
        verb = "needs" if len(needs) == 1 else "need"
        parts.append(
            f"{len(needs)} {verb} your answer" + (f" ({in_spam} in spam)" if in_spam else "")
        )
    for count, label in (
        (overdue, "overdue"),
        (waiting, "waiting"),
        (answered, "answered"),
        (resolved, "resolved"),
    ):
        if count:
            parts.append(f"{count} {label}")
    return ", ".join(parts) if parts else "nothing open"


def render_status(
    report: StatusReport,
    console: Console,
    zone: tzinfo | None = None,
    *,
    show_closed: bool = False,
) -> None:
    """Most urgent first, after a summary line; times in ``zone`` (None: the system's),
    each labelled; closed requests only with ``show_closed``."""
    checked = report.daemon is None or any(a.last_success for a in report.daemon.accounts)
    shown = [s for s in report.requests if show_closed or s.state is not RequestState.CLOSED]
    hidden = len(report.requests) - len(shown)
    proposed = len(report.proposals)
    new_requests = f"{proposed} new request{'s' if proposed != 1 else ''} to accept"
    if not report.requests:
        console.print("No tracked requests. Add one with `inbox-watch track add VENDOR`.")
        if proposed:
            console.print(Text(new_requests, style="bold"))
    else:
        summary = status_summary(report.requests)
        if proposed:
            summary = new_requests if summary == "nothing open" else f"{summary}, {new_requests}"
        console.print(Text(summary, style="bold"))
        console.print(Text("Tracked requests", style="bold"))
    for status in sorted(shown, key=_urgency):
        console.print(Group(*_request_lines(status, zone, checked)))
    if hidden:
        console.print(Text(f"{hidden} closed request(s) not shown (`status --all`)", "dim"))
    if any(r.verified is False for status in shown for r in status.replies):
        console.print(
            Text(
                "[unverified]: your mail server did not vouch for the sender (no DMARC or "
                "DKIM pass seen), so only its domain was checked; `inbox-watch doctor` "
                "explains authserv_id.",
                style="dim",
            )
        )
    _render_proposals(report.proposals, console, zone)
    _render_problems(report, console, zone)
    if report.daemon is not None:
        render_daemon(report.daemon, console, zone)


def _render_proposals(proposals: Sequence[SentMail], console: Console, zone: tzinfo | None) -> None:
    """Mail the user sent to a vendor that no tracked request stands for."""
    if not proposals:
        return
    console.print()
    console.print(Text("New requests? (mail you sent to support, not tracked)", style="bold"))
    for mail in proposals[:LIST_CAP]:
        console.print(
            Text(
                f"  {mail.id}  {_day(mail.date, zone)}  {mail.vendor}  to {inert(mail.recipient)}"
                f"  {inert(mail.subject or '(no subject)')}"
            )
        )
        console.print(
            Text(
                f"     inbox-watch track accept {mail.id}   (or: track reject {mail.id})",
                style="dim",
            )
        )
    _more(proposals, console)


def _request_lines(status: RequestStatus, zone: tzinfo | None, checked: bool) -> list[Text]:
    request = status.request
    heading = Text(f"#{request.id} ", style="bold")
    heading.append(request.vendor, style="bold")
    if request.ticket:
        heading.append(f"  ticket {inert(request.ticket, 80)}")
    heading.append(f"  submitted {request.submitted.isoformat()}  ")
    heading.append(status.state.value.upper(), style=_STATE_STYLE[status.state])
    if request.auto_registered:
        heading.append("  (auto-registered)", style="dim")
    lines = [heading]
    if request.subject:
        lines.append(Text(f"   {inert(request.subject)}"))
    summary = Text("   ")
    if status.replies:
        count = len(status.replies)
        summary.append(f"{count} repl{'y' if count == 1 else 'ies'}, last ")
        summary.append_text(_last_reply(status.replies, zone))
    elif checked:
        summary.append("no reply yet", style="dim")
    else:
        summary.append("mail not checked yet", style="dim")
    action = _action(status)
    if action.plain:
        summary.append("  -> ")
        summary.append_text(action)
    lines.append(summary)
    mine = _your_last_mail(status.sent, zone)
    if mine is not None:
        lines.append(mine)
    if status.follow_up is not None and status.follow_up.overdue:
        lines.append(Text(f"   Suggested follow-up: {status.follow_up.message}", style="dim"))
    return lines


# Longer lists are cut to this many items in the terminal ("... and 1990 more");
# `status --json` has them all.
LIST_CAP = 10


def _more(items: Sequence[object], console: Console) -> None:
    if len(items) > LIST_CAP:
        console.print(
            Text(f"  ... and {len(items) - LIST_CAP} more (`status --json` lists all)", "dim")
        )


def _render_problems(report: StatusReport, console: Console, zone: tzinfo | None) -> None:
    """Unmatched support mail, suspicious senders, unreadable messages."""
    if report.unmatched:
        console.print()
        console.print(Text("Support mail matching no tracked request", style="bold yellow"))
        for reply in report.unmatched[:LIST_CAP]:
            line = Text(
                f"  {message_ref(reply.message_id)}  {_day(reply.date, zone)}  {reply.vendor}  "
                f"{inert(reply.sender)}  {inert(reply.subject)}"
            )
            if reply.in_spam:
                line.append("  [spam]", style="magenta")
            console.print(line)
            reason = inert(reply.reason or "")
            console.print(Text(f"     {reply.kind.value}: {reason}", style="dim"))
        _more(report.unmatched, console)
    if report.suspicious:
        console.print()
        console.print(
            Text(
                "Suspicious: claims to be a vendor, not trusted (never counted as a reply)",
                style="bold red",
            )
        )
        for mail in report.suspicious[:LIST_CAP]:
            sender, subject = inert(mail.sender), inert(mail.subject)
            console.print(Text(f"  {_day(mail.date, zone)}  {sender}  {subject}"))
            console.print(Text(f"     {inert(mail.reason)}", style="dim"))
        _more(report.suspicious, console)
    if report.skipped:
        console.print(
            f"[yellow]{len(report.skipped)} message(s) could not be read and were skipped;"
            " `status --json` lists them with the reason.[/yellow]"
        )


def render_digest(report: DigestReport, console: Console, zone: tzinfo | None = None) -> None:
    since = _clock(report.since, zone)
    if not report.groups:
        console.print(f"No support replies since {since}.")
        return
    console.print(Text(f"Support replies since {since}", style="bold"))
    for group in report.groups:
        if group.request is None:
            heading = Text("Not matched to a tracked request", style="bold yellow")
        else:
            request = group.request
            label = f"#{request.id} {request.vendor}"
            if request.ticket:
                label += f" ticket {inert(request.ticket, 80)}"
            if request.subject:
                label += f": {inert(request.subject)}"
            heading = Text(label, style="bold")
        lines: list[Text] = [heading]
        for reply in group.replies:
            when = _clock(reply.date, zone) if reply.date else "?"
            line = Text(
                f"  {message_ref(reply.message_id)}  {when}  {reply.kind.value:<15} "
                f"{inert(reply.sender)}"
            )
            if reply.in_spam:
                line.append("  FOUND IN SPAM", style="bold magenta")
            if reply.verified is False:
                line.append("  sender unverified", style="yellow")
            if reply.kind is ReplyKind.NEEDS_INFO:
                line.append("  NEEDS YOUR ANSWER", style="bold red")
            lines.append(line)
            if reply.snippet:
                lines.append(Text(f"    {inert(reply.snippet)}", style="dim"))
        console.print(Group(*lines))
        console.print()


def render_requests(requests: Sequence[TrackedRequest], console: Console) -> None:
    if not requests:
        console.print("No tracked requests.")
        return
    table = Table(title="Tracked requests", title_justify="left")
    for column in ("ID", "Vendor", "Ticket", "Subject", "Submitted", "Message-ID", "Open"):
        table.add_column(column, overflow="fold")
    for request in requests:
        table.add_row(
            str(request.id),
            request.vendor,
            inert(request.ticket or "-", 80),
            inert(request.subject or "-"),
            request.submitted.isoformat(),
            request.message_id or "-",
            "closed" if request.closed else ("auto" if request.auto_registered else "yes"),
        )
    console.print(table)


def render_scan(report: ScanReport, console: Console) -> None:
    for folder in report.folders:
        role = " (spam)" if folder.in_spam else " (your sent mail)" if folder.sent else ""
        where = f"{folder.account}/{folder.folder}{role}"
        if folder.unchanged:
            console.print(f"{where}: nothing new")
            continue
        console.print(f"{where}: {folder.plan}; {_scan_counts(folder)}")
    if report.rematched:
        console.print(f"{report.rematched} earlier repl(ies) matched to requests")
    for problem in report.problems:
        console.print(f"[yellow]warning:[/yellow] {problem}")


def _scan_counts(folder: FolderScan) -> str:
    """What became of each candidate, in parts that add up to the candidates:
    "8 candidate(s): 6 new replies, 1 not support, 1 already recorded (7 downloaded)"."""
    if folder.sent:
        parts = _nonzero(
            (folder.user_mail, "to tracked conversations"),
            (folder.proposed, "proposed as new requests"),
            (folder.skipped, "unreadable, skipped"),
            (folder.already_recorded, "already recorded"),
            (folder.not_vendor_mail, "not to a vendor's support"),
        ) or ["nothing new"]
    else:
        replies = f"{folder.new_replies} new repl{'y' if folder.new_replies == 1 else 'ies'}"
        parts = [
            replies,
            *_nonzero(
                (folder.not_support, "not support"),
                (folder.suspicious, "suspicious"),
                (folder.skipped, "unreadable, skipped"),
                (folder.already_recorded, "already recorded"),
                (folder.not_vendor_mail, "not vendor mail"),
            ),
        ]
    text = f"{folder.candidates} candidate(s): {', '.join(parts)} "
    text += f"({folder.messages_fetched} downloaded)"
    if folder.new_requests:
        text += f"; {folder.new_requests} new request(s) registered"
    if folder.merged_requests:
        text += f"; {folder.merged_requests} registered request(s) merged into yours"
    return text


def _nonzero(*counts: tuple[int, str]) -> list[str]:
    return [f"{count} {label}" for count, label in counts if count]


def render_vendors(vendors: Sequence[VendorProfile], console: Console) -> None:
    table = Table(title="Known vendors", title_justify="left")
    for column in ("Name", "Slug", "Domains", "Helpdesk", "Response days", "Source"):
        table.add_column(column, overflow="fold")
    for vendor in vendors:
        table.add_row(
            vendor.name,
            vendor.slug,
            ", ".join(vendor.domains),
            vendor.helpdesk.key,
            str(vendor.response_days),
            _vendor_source(vendor),
        )
    console.print(table)
    if any(not vendor.always_watched for vendor in vendors):
        console.print(
            "Catalogue vendors are searched for once a request with them is tracked "
            "(`inbox-watch track add SLUG`); `vendors --json` lists each one's sources."
        )


def _vendor_source(vendor: VendorProfile) -> str:
    if not vendor.builtin:
        return "config"
    return "built-in" if vendor.always_watched else "catalogue"


# -- daemon health (`status`) ---------------------------------------------------------


def daemon_json(health: DaemonHealth) -> JSON:
    record = health.record
    return {
        "running": health.running,
        "pid": record.pid if record is not None else None,
        "started_at": _date_text(record.started_at) if record is not None else None,
        "heartbeat_at": _date_text(record.heartbeat_at) if record is not None else None,
        "stopped_at": _date_text(record.stopped_at) if record is not None else None,
        "notifications": {
            "pending": health.pending_notifications,
            "failed": health.failed_notifications,
        },
        "accounts": [
            {
                "account": account.account,
                "healthy": account.healthy,
                "last_success": _date_text(account.last_success),
                "last_error": account.last_error,
                "last_error_at": _date_text(account.last_error_at),
                "folders": [
                    {
                        "folder": folder.folder,
                        "mode": folder.mode,
                        "last_success": _date_text(folder.last_success),
                        "last_error": folder.last_error,
                        "last_error_at": _date_text(folder.last_error_at),
                    }
                    for folder in account.folders
                ],
            }
            for account in health.accounts
        ],
    }


def render_daemon(health: DaemonHealth, console: Console, zone: tzinfo | None = None) -> None:
    """When mail was last checked, per account (by `scan` or the daemon), its last error,
    and whether the daemon runs."""
    record = health.record
    console.print()
    if not health.accounts:
        console.print(
            Text("Mail not checked yet: run `inbox-watch scan`, or start the daemon.", "yellow")
        )
    for account in health.accounts:
        text = Text(f"{account.account}: mail last checked {_clock(account.last_success, zone)}")
        if account.last_error is not None:
            style = "dim" if account.healthy else "red"
            when = _clock(account.last_error_at, zone)
            text.append(f"; last error {when}: {inert(account.last_error)}", style=style)
        console.print(text)
    if record is not None:
        if health.running:
            line = Text("Daemon: running", style="bold green")
            line.append(f" (pid {record.pid}, since {_clock(record.started_at, zone)})", style="")
        else:
            line = Text("Daemon: not running", style="bold yellow")
            ended = record.stopped_at or record.heartbeat_at
            line.append(f" (last seen {_clock(ended, zone)})", style="")
        console.print(line)
    if health.failed_notifications:
        console.print(
            f"[red]{health.failed_notifications} notification(s) could not be sent;"
            " see the daemon's log.[/red]"
        )
