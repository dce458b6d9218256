"""Notification events: which replies and overdue requests to tell the user about, once.

Pure: replies, requests, what was already notified and the time come in as arguments.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from inbox_watch.core.inert import inert
from inbox_watch.core.lifecycle import FollowUp
from inbox_watch.core.models import Reply, ReplyKind, RequestId, TrackedRequest


class EventKind(StrEnum):
    """What happened; the values are the config's ``[notify] events`` names."""

    REPLY = "reply"
    SPAM = "spam"
    NEEDS_ANSWER = "needs_answer"
    OVERDUE = "overdue"


ALL_EVENTS: tuple[EventKind, ...] = tuple(EventKind)

# Surveys and receipts are not worth interrupting anyone for.
NOTIFIED_REPLY_KINDS = frozenset(
    {ReplyKind.ACKNOWLEDGEMENT, ReplyKind.NEEDS_INFO, ReplyKind.ANSWER, ReplyKind.RESOLVED}
)


@dataclass(frozen=True, slots=True)
class Notification:
    """One message to the user. ``key`` identifies the event: the same event always has
    the same key, which is how it is sent once, across restarts."""

    key: str
    kind: EventKind
    title: str
    body: str


def reply_key(reply: Reply) -> str:
    return f"reply:{reply.message_id}"


def overdue_key(request: TrackedRequest) -> str:
    return f"overdue:{request.id}"


def reply_event_kind(reply: Reply, enabled: Container[EventKind]) -> EventKind | None:
    """The most specific enabled kind for a reply: needs_answer, then spam, then reply.

    >>> from inbox_watch.core.models import Reply
    >>> r = Reply("<m>", "a", "Junk", True, "acme", "s@acme.com", "Re", None, None,
    ...           ReplyKind.NEEDS_INFO, "")
    >>> reply_event_kind(r, {EventKind.SPAM, EventKind.REPLY})
    <EventKind.SPAM: 'spam'>
    """
    if reply.kind not in NOTIFIED_REPLY_KINDS:
        return None
    candidates = []
    if reply.kind is ReplyKind.NEEDS_INFO:
        candidates.append(EventKind.NEEDS_ANSWER)
    if reply.in_spam:
        candidates.append(EventKind.SPAM)
    candidates.append(EventKind.REPLY)
    return next((kind for kind in candidates if kind in enabled), None)


def reply_notification(
    reply: Reply, kind: EventKind, request: TrackedRequest | None, vendor_name: str
) -> Notification:
    """Title says who and what; the body gives the subject, sender, place and snippet."""
    ticket = reply.ticket or (request.ticket if request else None)
    about = f" (ticket {inert(ticket, 80)})" if ticket else ""
    if kind is EventKind.NEEDS_ANSWER:
        title = f"{vendor_name} needs your answer{about}"
    elif kind is EventKind.SPAM:
        title = f"Reply from {vendor_name} found in spam{about}"
    else:
        title = f"{vendor_name} replied{about}"
    lines = [f"Subject: {inert(reply.subject)}", f"From: {inert(reply.sender)}"]
    if reply.date is not None:
        lines.append(f"Date: {reply.date.isoformat(timespec='minutes')}")
    place = f"{reply.account}/{reply.folder}"
    if reply.in_spam:
        place += " (spam folder: move it to your inbox and mark it as not spam)"
    lines.append(f"Folder: {place}")
    if request is not None:
        lines.append(f"Request: #{request.id} {inert(request.subject or '')}".rstrip())
    else:
        lines.append(f"Not matched to a tracked request: {inert(reply.reason or 'unknown')}")
    if reply.snippet:
        lines += ["", inert(reply.snippet)]
    return Notification(reply_key(reply), kind, title, "\n".join(lines))


def overdue_notification(request: TrackedRequest, due: FollowUp, vendor_name: str) -> Notification:
    about = f" (ticket {request.ticket})" if request.ticket else ""
    title = f"No answer from {vendor_name} for {due.business_days} business days{about}"
    lines = [
        f"Request #{request.id}: {inert(request.subject or '(no subject)')}",
        f"Submitted: {request.submitted.isoformat()}",
        "",
        "Suggested follow-up:",
        inert(due.message, 1000),
    ]
    return Notification(overdue_key(request), EventKind.OVERDUE, title, "\n".join(lines))


def due_notifications(
    replies: Sequence[Reply],
    overdue: Sequence[tuple[TrackedRequest, FollowUp]],
    requests: Mapping[RequestId, TrackedRequest],
    already: Container[str],
    *,
    now: datetime,
    max_age: timedelta,
    enabled: Container[EventKind],
    vendor_names: Mapping[str, str],
) -> list[Notification]:
    """The events not notified yet, oldest reply first, then overdue requests.

    ``replies`` are those recorded since notifications began (the caller's baseline);
    a reply dated more than ``max_age`` before ``now`` is history, not news (a first
    scan finds months of it), and is left out. A request is notified overdue once.

    >>> due_notifications([], [], {}, set(), now=datetime(2026, 1, 1),
    ...                   max_age=timedelta(days=3), enabled=ALL_EVENTS, vendor_names={})
    []
    """
    found: list[Notification] = []
    seen: set[str] = set()
    for reply in sorted(replies, key=lambda r: (r.date is None, r.date or now, r.message_id)):
        key = reply_key(reply)
        if key in already or key in seen:
            continue
        if reply.date is not None and now - reply.date > max_age:
            continue
        kind = reply_event_kind(reply, enabled)
        if kind is None:
            continue
        request = requests.get(reply.request_id) if reply.request_id is not None else None
        name = vendor_names.get(reply.vendor, reply.vendor)
        found.append(reply_notification(reply, kind, request, name))
        seen.add(key)
    if EventKind.OVERDUE in enabled:
        for request, due in overdue:
            if not due.overdue or request.closed or overdue_key(request) in already:
                continue
            name = vendor_names.get(request.vendor, request.vendor)
            found.append(overdue_notification(request, due, name))
    return found


@dataclass(frozen=True, slots=True)
class PendingNotification:
    """A queued notification not yet delivered to every channel."""

    notification: Notification
    attempts: int
    channels_done: frozenset[str]
