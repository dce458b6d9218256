"""The user's own mail to a vendor (read from the Sent folder): what it is to the register.

Pure: one decision per message, from its recipients, thread links, ticket and subject.

- A reply to mail of a tracked conversation is the user's turn: the conversation moves.
- A new message (it answers nothing) that a tracked request already stands for (its
  subject, or a vendor reply threads to it) is that request's origin: the request takes
  its Message-ID and, unless the user set one, its real date.
- Any other new message proposes a request (``auto_track``: ``"ask"``, True, False).
- A reply to vendor mail nobody tracks is kept as unmatched, to be attached later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from inbox_watch.core.classify import is_not_support_sender
from inbox_watch.core.matching import Matched, ReplyFacts, match_reply, repeats_subject
from inbox_watch.core.models import (
    AutoTrack,
    MailMessage,
    Reply,
    RequestId,
    SentMail,
    SentRole,
    TrackedRequest,
)
from inbox_watch.core.subjects import has_reply_prefix
from inbox_watch.core.tickets import extract_ticket
from inbox_watch.core.triage import thread_ids_of
from inbox_watch.core.vendors import VendorProfile, domain_matches


@dataclass(frozen=True, slots=True)
class SentDecision:
    """``adopt``: the mail opened ``request_id``; ``track``: register a new request for it
    now (``auto_track = true``)."""

    vendor: VendorProfile
    recipient: str
    role: SentRole
    request_id: RequestId | None = None
    reason: str | None = None
    adopt: bool = False
    track: bool = False


def vendor_recipient(
    message: MailMessage, vendors: Sequence[VendorProfile]
) -> tuple[VendorProfile, str] | None:
    """The first recipient at a vendor's support domain (not its no-reply senders)."""
    for address in message.recipients:
        domain = address.rpartition("@")[2]
        for vendor in vendors:
            if domain_matches(domain, vendor.domains) and not is_not_support_sender(
                address, vendor
            ):
                return vendor, address
    return None


def triage_sent(
    message: MailMessage,
    vendors: Sequence[VendorProfile],
    requests: Sequence[TrackedRequest],
    thread_index: Mapping[str, RequestId],
    answered_by: Mapping[str, RequestId],
    auto_track: Mapping[str, AutoTrack],
) -> SentDecision | None:
    """What one sent message is; None when it is not addressed to a vendor's support.

    ``thread_index`` maps Message-IDs of requests and their replies to the request;
    ``answered_by`` maps a Message-ID to the request of a vendor reply that threads to
    it (a confirmation answering the user's first mail); ``auto_track`` is the user's
    choice per vendor slug (missing: ``"ask"``).
    """
    found = vendor_recipient(message, vendors)
    if found is None:
        return None
    vendor, recipient = found
    origin = answered_by.get(message.message_id)
    if origin is not None:  # a vendor reply answers this very mail
        return SentDecision(vendor, recipient, SentRole.ORIGIN, origin, adopt=True)
    thread_ids = thread_ids_of(message)
    facts = ReplyFacts(
        vendor.slug,
        extract_ticket(message, vendor),
        thread_ids,
        message.subject,
        message.date.date() if message.date is not None else None,
    )
    answers_something = bool(thread_ids) or has_reply_prefix(message.subject)
    outcome = match_reply(facts, requests, thread_index)
    if isinstance(outcome, Matched):
        request = next(r for r in requests if r.id == outcome.request_id)
        if answers_something or outcome.via == "ticket" or request.message_id is not None:
            # a reply, or a new mail about a request that already has its first mail
            return SentDecision(vendor, recipient, SentRole.REPLY, request.id)
        return SentDecision(vendor, recipient, SentRole.ORIGIN, request.id, adopt=True)
    if answers_something:
        return SentDecision(vendor, recipient, SentRole.UNMATCHED, reason=outcome.reason)
    choice = auto_track.get(vendor.slug, "ask")
    if choice is True:
        return SentDecision(vendor, recipient, SentRole.ORIGIN, track=True)
    if choice is False:
        return None
    return SentDecision(vendor, recipient, SentRole.PROPOSED)


def answered_by_index(replies: Iterable[Reply]) -> dict[str, RequestId]:
    """Message-ID -> the request of a matched vendor reply that threads to it."""
    index: dict[str, RequestId] = {}
    for reply in replies:
        if reply.request_id is not None:
            for message_id in reply.thread_ids:
                index.setdefault(message_id, reply.request_id)
    return index


def settle_sent(
    pending: Sequence[SentMail],
    requests: Sequence[TrackedRequest],
    thread_index: Mapping[str, RequestId],
    answered_by: Mapping[str, RequestId],
) -> list[tuple[SentMail, SentRole, RequestId]]:
    """Proposed and unmatched mail that now belongs to a request (a confirmation that
    answers it was matched, a request was tracked, a correction attached its thread):
    the mail, its new role and its request."""
    known = {request.id for request in requests}
    settled: list[tuple[SentMail, SentRole, RequestId]] = []
    for mail in pending:
        if mail.role is SentRole.PROPOSED:
            origin = _origin_of(mail, requests, thread_index, answered_by)
            if origin is not None and origin in known:
                settled.append((mail, SentRole.ORIGIN, origin))
        elif mail.role is SentRole.UNMATCHED:
            owners = {thread_index[i] for i in mail.thread_ids if i in thread_index}
            if len(owners) == 1 and owners <= known:
                settled.append((mail, SentRole.REPLY, owners.pop()))
    return settled


def _origin_of(
    mail: SentMail,
    requests: Sequence[TrackedRequest],
    thread_index: Mapping[str, RequestId],
    answered_by: Mapping[str, RequestId],
) -> RequestId | None:
    """The request a proposed mail turned out to open: tracked with its Message-ID, a
    matched reply answers it, or exactly one open request without a first mail was
    tracked under its subject (`track add` typed instead of `track accept`)."""
    if mail.message_id in thread_index:
        return thread_index[mail.message_id]
    if mail.message_id in answered_by:
        return answered_by[mail.message_id]
    typed = [
        r
        for r in requests
        if r.vendor == mail.vendor
        and not r.closed
        and r.message_id is None
        and repeats_subject(mail.subject, r.subject)
    ]
    return typed[0].id if len(typed) == 1 else None
