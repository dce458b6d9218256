"""Matching: which tracked request a vendor's reply belongs to.

Pure: decides on plain values; a doubtful reply is left unmatched with a reason, never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from inbox_watch.core.models import RequestId, TrackedRequest
from inbox_watch.core.subjects import normalise_subject

__all__ = ["Matched", "ReplyFacts", "Unmatched", "match_reply", "normalise_subject"]


@dataclass(frozen=True, slots=True)
class Matched:
    request_id: RequestId
    via: str  # "ticket", "thread" or "subject"


@dataclass(frozen=True, slots=True)
class Unmatched:
    reason: str


@dataclass(frozen=True, slots=True)
class ReplyFacts:
    """What matching looks at: the reply's ticket, thread references, subject and date."""

    vendor: str
    ticket: str | None
    thread_ids: tuple[str, ...]
    subject: str
    received: date | None


def match_reply(
    facts: ReplyFacts,
    requests: Sequence[TrackedRequest],
    thread_index: Mapping[str, RequestId],
) -> Matched | Unmatched:
    """Attach a reply to a request: by ticket, then by Message-ID threading, then by subject.

    ``thread_index`` maps the Message-IDs of requests' original mails and of
    earlier replies to their request. A reply whose ticket and thread point to
    different requests is left unmatched: a wrong match is worse than none.

    >>> request = TrackedRequest(RequestId(1), "acme", "42", None, date(2026, 1, 5))
    >>> match_reply(ReplyFacts("acme", "42", (), "", None), [request], {})
    Matched(request_id=1, via='ticket')
    """
    own = [request for request in requests if request.vendor == facts.vendor]
    by_thread = {thread_index[i] for i in facts.thread_ids if i in thread_index}
    by_thread &= {request.id for request in own}
    if facts.ticket is not None:
        by_ticket = [request for request in own if request.ticket == facts.ticket]
        if len(by_ticket) > 1:
            ids = ", ".join(str(request.id) for request in by_ticket)
            return Unmatched(f"ticket {facts.ticket} is tracked twice (requests {ids})")
        if by_ticket:
            request = by_ticket[0]
            if by_thread and by_thread != {request.id}:
                return Unmatched(
                    f"ticket {facts.ticket} names request {request.id} but the thread "
                    f"belongs to request {_ids(by_thread)}"
                )
            return Matched(request.id, "ticket")
    if len(by_thread) == 1:
        (request_id,) = by_thread
        request = next(r for r in own if r.id == request_id)
        if (
            facts.ticket is not None
            and request.ticket not in (None, facts.ticket)
            and not _names_differently(facts.ticket, request.ticket)
        ):
            return Unmatched(
                f"reply in the thread of request {request.id} names ticket {facts.ticket}, "
                f"not {request.ticket}"
            )
        return Matched(request_id, "thread")
    if len(by_thread) > 1:
        return Unmatched(f"thread references several requests ({_ids(by_thread)})")
    by_subject = _match_by_subject(facts, own)
    if by_subject is not None:
        return by_subject
    if facts.ticket is not None:
        return Unmatched(f"ticket {facts.ticket} is not tracked")
    return Unmatched("no ticket number and no thread reference to a tracked request")


def _match_by_subject(facts: ReplyFacts, own: Sequence[TrackedRequest]) -> Matched | None:
    """The cautious last resort: exactly one open request without a ticket whose
    subject the reply's subject repeats, submitted no later than the reply."""
    subject = normalise_subject(facts.subject)
    if len(subject) < 8:
        return None
    candidates = [
        request
        for request in own
        if request.ticket is None
        and not request.closed
        and request.subject
        and len(normalise_subject(request.subject)) >= 8
        and normalise_subject(request.subject) in subject
        and (facts.received is None or request.submitted <= facts.received)
    ]
    if len(candidates) == 1:
        return Matched(candidates[0].id, "subject")
    return None


def _names_differently(ticket: str, other: str | None) -> bool:
    """True when one of two tickets is a thread token and the other is not.

    Salesforce's thread ids (``ref:_00D..._500...:ref``, ``thread::...::``) and
    its case number ("Case #01234567") name the same case and never compare
    equal, so they cannot disagree either.

    >>> _names_differently("thread::Kq8ZlJ2nXb4Y::", "1234567")
    True
    """
    return other is not None and _is_thread_token(ticket) != _is_thread_token(other)


def _is_thread_token(ticket: str) -> bool:
    return ticket.startswith(("ref:", "thread::"))


def _ids(ids: set[RequestId]) -> str:
    return ", ".join(str(i) for i in sorted(ids))
