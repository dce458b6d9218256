"""Matching: which tracked request a vendor's reply belongs to.

Pure: decides on plain values; a doubtful reply is left unmatched with a reason, never guessed.
"""

from __future__ import annotations

import unicodedata
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
    # Several tracked requests fit: the reply belongs to one of them, so it must not
    # register a request of its own.
    ambiguous: bool = False


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
    by_subject = _subject_candidates(facts, own)
    if len(by_subject) == 1:
        return Matched(by_subject[0].id, "subject")
    if len(by_subject) > 1:
        # The reply is one of these conversations, not a new one: it waits unmatched
        # (and registers nothing) until a ticket or thread tells them apart.
        return Unmatched(
            f"subject fits several requests ({_ids({r.id for r in by_subject})})",
            ambiguous=True,
        )
    if facts.ticket is not None:
        return Unmatched(f"ticket {facts.ticket} is not tracked")
    return Unmatched("no ticket number and no thread reference to a tracked request")


def duplicate_of_tracked(
    facts: ReplyFacts, requests: Sequence[TrackedRequest], matched: RequestId
) -> RequestId | None:
    """The request the user tracked that an auto-registered ``matched`` duplicates.

    A confirmation that neither threads nor repeats the subject ("Support Ticket
    Opened [#4095]") registers a request of its own; when a later reply, matched to
    it by ticket, repeats the subject of exactly one open, ticketless request the
    user tracked with that vendor, both are one conversation and the user's one is
    kept.

    >>> mine = TrackedRequest(RequestId(1), "acme", None, "Charged twice", date(2026, 1, 5))
    >>> auto = TrackedRequest(RequestId(2), "acme", "4095", "Ticket Opened [#4095]",
    ...                       date(2026, 1, 5), auto_registered=True)
    >>> reply = ReplyFacts("acme", "4095", (), "Re: Charged twice [#4095]", None)
    >>> duplicate_of_tracked(reply, [mine, auto], RequestId(2))
    1
    """
    auto = next((r for r in requests if r.id == matched), None)
    if auto is None or not auto.auto_registered or facts.ticket is None:
        return None
    tracked = [
        r
        for r in requests
        if r.vendor == facts.vendor and not r.auto_registered and r.ticket is None
    ]
    found = _match_by_subject(ReplyFacts(facts.vendor, None, (), facts.subject, None), tracked)
    return found.request_id if found is not None else None


# A subject shorter than this says too little to match on ("Help", "Question").
_MIN_SUBJECT_WEIGHT = 8


def _weight(subject: str) -> int:
    """A subject's length with wide (Hangul, kana, CJK) characters counted twice: one
    of them carries about a Latin word's worth ("내보내기 오류" is two words, 7 chars).

    >>> _weight("Help me"), _weight("내보내기 오류")
    (7, 13)
    """
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in subject)


def repeats_subject(subject: str, of: str | None) -> bool:
    """True when ``subject`` repeats the request subject ``of`` (prefixes, tags and case
    aside), and ``of`` says enough to match on.

    >>> repeats_subject("Re: [#4095] Charged twice for Plus", "Charged twice for plus")
    True
    """
    if not of:
        return False
    wanted = normalise_subject(of)
    return _weight(wanted) >= _MIN_SUBJECT_WEIGHT and wanted in normalise_subject(subject)


def _match_by_subject(facts: ReplyFacts, own: Sequence[TrackedRequest]) -> Matched | None:
    """The cautious last resort: exactly one open request whose subject the reply's
    subject repeats, submitted no later than the reply, and whose ticket the reply
    does not contradict (it names none, or the request has none)."""
    candidates = _subject_candidates(facts, own)
    return Matched(candidates[0].id, "subject") if len(candidates) == 1 else None


def _subject_candidates(facts: ReplyFacts, own: Sequence[TrackedRequest]) -> list[TrackedRequest]:
    subject = normalise_subject(facts.subject)
    if _weight(subject) < _MIN_SUBJECT_WEIGHT:
        return []
    return [
        request
        for request in own
        # A request with a ticket is matched by subject only by a reply naming none
        # (OpenAI/Intercom replies carry no number; a missed one must not cascade).
        if (request.ticket is None or facts.ticket is None)
        and not request.closed
        and repeats_subject(subject, request.subject)
        and (facts.received is None or request.submitted <= facts.received)
    ]


def attach_conversations(
    waiting: Mapping[str, ReplyFacts],
    requests: Sequence[TrackedRequest],
    thread_index: Mapping[str, RequestId],
    attached_links: Mapping[str, tuple[str, ...]] = {},
) -> dict[str, RequestId]:
    """Which waiting (unmatched) messages now belong to a request, following the thread
    both ways until nothing changes: a reply to an attached message is attached, and so
    is a message an attached reply answers (a confirmation whose ticket was missed).

    ``waiting`` maps Message-IDs to their facts; ``attached_links`` gives the thread ids
    of replies already attached (their Message-IDs are in ``thread_index``). One pass
    over the store, no mail fetched again.

    >>> request = TrackedRequest(RequestId(1), "acme", "42", "Login fails", date(2026, 1, 5))
    >>> confirmation = ReplyFacts("acme", None, ("<user@x>",), "Your request", None)
    >>> answer = ReplyFacts("acme", "42", ("<user@x>", "<ack@acme>"), "Re: Login", None)
    >>> attach_conversations({"<ack@acme>": confirmation, "<ans@acme>": answer}, [request], {})
    {'<ans@acme>': 1, '<ack@acme>': 1}
    """
    index = dict(thread_index)
    by_id = {request.id: request for request in requests}
    links = dict(attached_links)
    found: dict[str, RequestId] = {}

    def attach(message_id: str, request_id: RequestId) -> None:
        found[message_id] = index[message_id] = request_id
        links[message_id] = waiting[message_id].thread_ids

    changed = True
    while changed:
        changed = False
        for message_id, facts in waiting.items():
            if message_id in found:
                continue
            outcome = match_reply(facts, requests, index)
            if isinstance(outcome, Matched):
                attach(message_id, outcome.request_id)
                changed = True
        for message_id, parents in list(links.items()):
            request = by_id.get(index.get(message_id, RequestId(-1)))
            if request is None:
                continue
            for parent in parents:
                facts_of_parent = waiting.get(parent)
                if facts_of_parent is None or parent in found:
                    continue
                if facts_of_parent.vendor == request.vendor and _ticket_fits(
                    facts_of_parent.ticket, request.ticket
                ):
                    attach(parent, request.id)
                    changed = True
    return found


def _ticket_fits(ticket: str | None, request_ticket: str | None) -> bool:
    return (
        ticket is None
        or request_ticket in (None, ticket)
        or _names_differently(ticket, request_ticket)
    )


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
