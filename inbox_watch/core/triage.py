"""Triage: what one parsed message means for the register (sender trust, ticket, kind, match).

Pure: combines the core's rules into one decision; the service carries it out.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from inbox_watch.core.classify import classify_reply, is_confirmation
from inbox_watch.core.matching import (
    Matched,
    ReplyFacts,
    Unmatched,
    duplicate_of_tracked,
    match_reply,
)
from inbox_watch.core.models import MailMessage, ReplyKind, RequestId, TrackedRequest
from inbox_watch.core.tickets import extract_ticket
from inbox_watch.core.trust import assess_sender
from inbox_watch.core.vendors import VendorProfile

NOT_SUPPORT_REASON = "not a support reply (newsletter, receipt or account notice)"


@dataclass(frozen=True, slots=True)
class NotVendorMail:
    reason: str


@dataclass(frozen=True, slots=True)
class SuspiciousSender:
    vendor: VendorProfile
    reason: str


@dataclass(frozen=True, slots=True)
class VendorReply:
    """A trusted vendor's mail. ``register`` asks for a new tracked request (a confirmation
    for a ticket nobody tracks); ``fill_ticket`` names a matched request whose ticket
    number was unknown until this reply; ``merge_into`` names the request the user
    tracked that the matched, auto-registered one duplicates (``duplicate_of_tracked``)."""

    vendor: VendorProfile
    ticket: str | None
    kind: ReplyKind
    outcome: Matched | Unmatched
    register: bool = False
    fill_ticket: RequestId | None = None
    merge_into: RequestId | None = None


Triage = NotVendorMail | SuspiciousSender | VendorReply


def screen_sender(
    message: MailMessage,
    vendors: Sequence[VendorProfile],
    *,
    own_addresses: Collection[str] = (),
    authserv_id: str | None = None,
) -> NotVendorMail | SuspiciousSender | VendorProfile:
    """The header-only first pass: is this a trusted vendor's mail worth downloading?"""
    verdict = assess_sender(message, vendors, own_addresses=own_addresses, authserv_id=authserv_id)
    if verdict.vendor is None:
        return NotVendorMail(verdict.reason or "not from a known vendor")
    if not verdict.trusted:
        return SuspiciousSender(verdict.vendor, verdict.reason or "sender not trusted")
    return verdict.vendor


def triage_message(
    message: MailMessage,
    vendors: Sequence[VendorProfile],
    requests: Sequence[TrackedRequest],
    thread_index: Mapping[str, RequestId],
    *,
    own_addresses: Collection[str] = (),
    authserv_id: str | None = None,
) -> Triage:
    """Decide what a message is: not vendor mail, a suspicious sender, or a vendor reply
    matched to a request (or left unmatched with a reason)."""
    screened = screen_sender(message, vendors, own_addresses=own_addresses, authserv_id=authserv_id)
    if not isinstance(screened, VendorProfile):
        return screened
    vendor = screened
    ticket = extract_ticket(message, vendor)
    kind = classify_reply(message, vendor)
    if kind is ReplyKind.NOT_SUPPORT:
        return VendorReply(vendor, ticket, kind, Unmatched(NOT_SUPPORT_REASON))
    facts = facts_of(message, vendor.slug, ticket)
    outcome = match_reply(facts, requests, thread_index)
    if isinstance(outcome, Unmatched):
        register = (
            ticket is not None
            and not outcome.ambiguous
            and not any(r.vendor == vendor.slug and r.ticket == ticket for r in requests)
            and is_confirmation(message, vendor)
        )
        return VendorReply(vendor, ticket, kind, outcome, register=register)
    matched = next(r for r in requests if r.id == outcome.request_id)
    fill = matched.id if ticket is not None and matched.ticket is None else None
    merge = duplicate_of_tracked(facts, requests, matched.id)
    return VendorReply(vendor, ticket, kind, outcome, fill_ticket=fill, merge_into=merge)


def facts_of(message: MailMessage, vendor_slug: str, ticket: str | None) -> ReplyFacts:
    return ReplyFacts(
        vendor=vendor_slug,
        ticket=ticket,
        thread_ids=thread_ids_of(message),
        subject=message.subject,
        received=message.date.date() if message.date is not None else None,
    )


def thread_ids_of(message: MailMessage) -> tuple[str, ...]:
    """In-Reply-To first, then References newest first (RFC 5322 3.6.4)."""
    ordered = [*message.in_reply_to, *reversed(message.references)]
    return tuple(dict.fromkeys(ordered))
