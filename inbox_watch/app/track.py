"""Use cases of the register: track, close, reopen and correct requests, accept proposals."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from datetime import date

from inbox_watch.app.rematch import rematch_unmatched
from inbox_watch.core.matching import repeats_subject
from inbox_watch.core.models import (
    Reply,
    ReplyKind,
    RequestId,
    SentMail,
    SentRole,
    TrackedRequest,
    message_ref,
)
from inbox_watch.core.tickets import clean_typed_ticket, normalise_ticket
from inbox_watch.core.vendors import VendorProfile, find_vendor, slugify
from inbox_watch.errors import UsageError
from inbox_watch.store.sqlite import Store


def track_add(
    store: Store,
    vendors: Sequence[VendorProfile],
    vendor_name: str,
    today: date,
    *,
    ticket: str | None = None,
    subject: str | None = None,
    submitted: date | None = None,
    message_id: str | None = None,
) -> TrackedRequest:
    vendor = require_vendor(vendors, vendor_name)
    normalised = None
    if ticket is not None:
        try:
            normalised = normalise_ticket(clean_typed_ticket(ticket), vendor.helpdesk)
        except ValueError as exc:
            raise UsageError(f"bad ticket {ticket!r}: {exc}.") from None
    if subject is not None:
        subject = " ".join(subject.split()) or None
    if message_id is not None:
        message_id = message_id.strip()
        if not message_id.startswith("<"):
            message_id = f"<{message_id}>"
    if submitted is not None and submitted > today:
        raise UsageError(f"submission date {submitted} is in the future.")
    with store.transaction() as tx:
        # Looked up inside the write transaction: a scan that registers the same
        # request from its confirmation meanwhile is then adopted, not doubled.
        existing = _already_tracked(store, vendor.slug, normalised, subject, message_id)
        if existing is not None and not existing.auto_registered:
            raise UsageError(
                f"that request is already tracked as #{existing.id}.", "See `track list`."
            )
        if existing is not None:
            tx.adopt_request(existing.id, subject, submitted or existing.submitted, message_id)
            request_id = existing.id
        else:
            request_id = tx.add_request(
                vendor.slug, normalised, subject, submitted or today, message_id
            ).id
    rematch_unmatched(store)
    request = store.request(request_id)
    assert request is not None
    return request


def _nothing_to_match_on(request: TrackedRequest) -> bool:
    return request.ticket is None and request.subject is None and request.message_id is None


def _already_tracked(
    store: Store, vendor: str, ticket: str | None, subject: str | None, message_id: str | None
) -> TrackedRequest | None:
    """An open request of ``vendor`` with this ticket or Message-ID, or an auto-registered
    one whose replies thread to this Message-ID (a confirmation came before `track add`)."""
    open_requests = [r for r in store.requests() if r.vendor == vendor and not r.closed]
    if ticket is None and subject is None and message_id is None:
        # Nothing to tell two such requests apart: a second one is the first again.
        return next((r for r in open_requests if _nothing_to_match_on(r)), None)
    for request in open_requests:
        if ticket is not None and request.ticket == ticket:
            return request
        if message_id is not None and request.message_id == message_id:
            return request
    if subject is not None:
        # A confirmation registered the request before the user tracked it: its
        # subject repeats the user's ("Re: <subject>", "[#4095] <subject>").
        repeated = [
            r
            for r in open_requests
            if r.auto_registered and r.subject and repeats_subject(r.subject, subject)
        ]
        if len(repeated) == 1:
            return repeated[0]
    if message_id is None:
        return None
    threaded = {
        reply.request_id
        for reply in store.replies()
        if reply.request_id is not None and message_id in reply.thread_ids
    }
    return next((r for r in open_requests if r.id in threaded and r.auto_registered), None)


def track_close(store: Store, request_id: int) -> TrackedRequest:
    with store.transaction() as tx:
        if not tx.close_request(RequestId(request_id)):
            raise UsageError(f"no tracked request with id {request_id}.", "See `track list`.")
    closed = store.request(RequestId(request_id))
    assert closed is not None
    return closed


def require_vendor(vendors: Sequence[VendorProfile], name: str) -> VendorProfile:
    vendor = find_vendor(vendors, name)
    if vendor is None:
        known = ", ".join(v.slug for v in vendors)
        close = difflib.get_close_matches(slugify(name), [v.slug for v in vendors], n=1)
        guess = f'did you mean "{close[0]}"? ' if close else ""
        raise UsageError(
            f'unknown vendor "{name}" ({guess}known: {known}).',
            "Add it under [[vendors]] in the config.",
        )
    return vendor


# -- corrections: the user's facts, kept across scans and rescans


def _require_request(store: Store, request_id: int) -> TrackedRequest:
    request = store.request(RequestId(request_id))
    if request is None:
        raise UsageError(f"no tracked request with id {request_id}.", "See `track list`.")
    return request


def track_reopen(store: Store, request_id: int) -> TrackedRequest:
    _require_request(store, request_id)
    with store.transaction() as tx:
        tx.reopen_request(RequestId(request_id))
    return _require_request(store, request_id)


def track_edit(
    store: Store,
    vendors: Sequence[VendorProfile],
    request_id: int,
    today: date,
    *,
    vendor_name: str | None = None,
    ticket: str | None = None,
    subject: str | None = None,
    submitted: date | None = None,
) -> TrackedRequest:
    """Correct a request; what the user sets here no later scan changes."""
    request = _require_request(store, request_id)
    vendor = require_vendor(vendors, vendor_name or request.vendor)
    fields: dict[str, str | None] = {}
    if vendor_name is not None:
        fields["vendor"] = vendor.slug
    if ticket is not None:
        try:
            fields["ticket"] = normalise_ticket(clean_typed_ticket(ticket), vendor.helpdesk)
        except ValueError as exc:
            raise UsageError(f"bad ticket {ticket!r}: {exc}.") from None
    if subject is not None:
        fields["subject"] = " ".join(subject.split()) or None
    if submitted is not None:
        if submitted > today:
            raise UsageError(f"submission date {submitted} is in the future.")
        fields["submitted"] = submitted.isoformat()
    if not fields:
        raise UsageError("nothing to change.", "Give --submitted, --ticket, --subject or --vendor.")
    with store.transaction() as tx:
        tx.edit_request(request.id, **fields)
    rematch_unmatched(store)
    return _require_request(store, request_id)


def track_merge(store: Store, keep_id: int, other_id: int) -> TrackedRequest:
    """One conversation tracked twice: ``other``'s replies and mail move to ``keep``."""
    if keep_id == other_id:
        raise UsageError("a request cannot be merged into itself.")
    keep = _require_request(store, keep_id)
    other = _require_request(store, other_id)
    if keep.vendor != other.vendor:
        raise UsageError(
            f"request {keep_id} is with {keep.vendor}, request {other_id} with {other.vendor}.",
            "Only requests to the same vendor can be merged; fix one with `track edit --vendor`.",
        )
    with store.transaction() as tx:
        tx.merge_request(other.id, keep.id)
        if keep.message_id is None and other.message_id is not None:
            tx.adopt_origin(keep.id, other.message_id, other.submitted)
    return _require_request(store, keep_id)


def find_reply(store: Store, reference: str) -> Reply:
    """A reply by the short reference `status` prints, or by its full Message-ID."""
    reply = store.reply(resolve_reference(store.known_reply_ids(), reference))
    assert reply is not None
    return reply


def resolve_reference(message_ids: Iterable[str], reference: str) -> str:
    """The Message-ID a short reference (or a full ``<Message-ID>``) names."""
    wanted = reference.strip()
    ids = set(message_ids)
    if wanted.startswith("<"):
        found = [wanted] if wanted in ids else []
    elif len(wanted) < 4 or not all(c in "0123456789abcdef" for c in wanted.lower()):
        raise UsageError(
            f'"{reference}" is not a message reference.',
            "Give the 7-character reference `status` or `digest` prints, or a <Message-ID>.",
        )
    else:
        found = [i for i in ids if message_ref(i).startswith(wanted.lower())]
    if not found:
        raise UsageError(f'no recorded message "{reference}".', "See `status` or `digest`.")
    if len(found) > 1:
        raise UsageError(f'"{reference}" names {len(found)} messages; give more characters.')
    return found[0]


def track_link(store: Store, reference: str, request_id: int) -> Reply:
    reply = find_reply(store, reference)
    request = _require_request(store, request_id)
    with store.transaction() as tx:
        tx.correct_reply(reply.message_id, request_id=request.id, unlinked=False)
    rematch_unmatched(store)
    return _reread(store, reply)


def track_unlink(store: Store, reference: str) -> Reply:
    reply = find_reply(store, reference)
    with store.transaction() as tx:
        tx.correct_reply(reply.message_id, unlinked=True)
    return _reread(store, reply)


def track_kind(store: Store, reference: str, kind_name: str) -> Reply:
    try:
        kind = ReplyKind(kind_name.strip().lower().replace("-", "_"))
    except ValueError:
        known = ", ".join(k.value for k in ReplyKind)
        raise UsageError(f'unknown kind "{kind_name}" (known: {known}).') from None
    reply = find_reply(store, reference)
    with store.transaction() as tx:
        tx.correct_reply(reply.message_id, kind=kind)
    return _reread(store, reply)


def _reread(store: Store, reply: Reply) -> Reply:
    again = store.reply(reply.message_id)
    assert again is not None
    return again


# -- proposals: new mail the user sent to a vendor


def _require_proposal(store: Store, number: int) -> SentMail:
    mail = store.sent(number)
    if mail is None or mail.role not in (SentRole.PROPOSED, SentRole.REJECTED):
        raise UsageError(f"no proposed request {number}.", '`status` lists them as "new request?".')
    return mail


def track_accept(store: Store, number: int, today: date) -> TrackedRequest:
    """Track the request a sent mail opened: its Message-ID is the thread root, its
    date the submission; replies already recorded in its thread attach at once."""
    mail = _require_proposal(store, number)
    day = mail.date.date() if mail.date is not None else today
    with store.transaction() as tx:
        request = tx.add_request(mail.vendor, None, mail.subject or None, day, mail.message_id)
        tx.set_sent_role(mail.id, SentRole.ORIGIN, request.id)
    rematch_unmatched(store)
    return _require_request(store, request.id)


def track_reject(store: Store, number: int) -> SentMail:
    mail = _require_proposal(store, number)
    with store.transaction() as tx:
        tx.set_sent_role(mail.id, SentRole.REJECTED, None, "not a request (rejected by you)")
    rejected = store.sent(number)
    assert rejected is not None
    return rejected
