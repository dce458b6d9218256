"""Use cases of the register: track a request, close it."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from datetime import date

from inbox_watch.app.rematch import rematch_unmatched
from inbox_watch.core.models import RequestId, TrackedRequest
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
    existing = _already_tracked(store, vendor.slug, normalised, subject, message_id)
    if existing is not None and not existing.auto_registered:
        raise UsageError(f"that request is already tracked as #{existing.id}.", "See `track list`.")
    with store.transaction() as tx:
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
