"""Core domain models: plain frozen values shared by every layer.

Pure: no I/O, no clock, no third-party imports.

Vocabulary:

- A *tracked request* is what the user asked a vendor's support desk.
- A *ticket* is the helpdesk's number for it (``"12345"``, ``"ABC-123"``).
- A *message* is one parsed mail, as the mail layer hands it to the core.
- A *reply* is a vendor's support mail, matched to a request or left unmatched
  with a reason the user can read.
- A *sent mail* is the user's own message to a vendor, read from the Sent folder.
- A *cursor* is ``(uidvalidity, last_uid, highest_modseq)`` for one IMAP folder.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal, NewType

RequestId = NewType("RequestId", int)

# What a new mail the user sends to a vendor does: proposed, tracked at once, or ignored.
AutoTrack = bool | Literal["ask"]


class ReplyKind(StrEnum):
    """What a reply asks of the user; the values are the JSON values."""

    ACKNOWLEDGEMENT = "acknowledgement"
    NEEDS_INFO = "needs_info"
    ANSWER = "answer"
    RESOLVED = "resolved"
    SURVEY = "survey"
    NOT_SUPPORT = "not_support"


class RequestState(StrEnum):
    """Where a tracked request stands, derived from its replies."""

    WAITING = "waiting"
    ACKNOWLEDGED = "acknowledged"
    NEEDS_INFO = "needs_info"
    ANSWERED = "answered"
    RESOLVED = "resolved"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class MailMessage:
    """One parsed mail, reduced to what the core needs.

    ``new_text`` is the body's own new text, with quoted history, forwarded
    parts and signatures removed; ``body_text`` is the whole plain-text body.
    Addresses are lowercase; Message-IDs keep their angle brackets.
    """

    message_id: str
    subject: str
    sender: str
    sender_name: str = ""
    date: datetime | None = None
    reply_to: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()  # To, then Cc
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    body_text: str = ""
    new_text: str = ""
    defects: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None

    @property
    def sender_domain(self) -> str:
        return self.sender.rpartition("@")[2]


@dataclass(frozen=True, slots=True)
class TrackedRequest:
    """A support request the user is waiting on."""

    id: RequestId
    vendor: str
    ticket: str | None
    subject: str | None
    submitted: date
    message_id: str | None = None
    closed: bool = False
    auto_registered: bool = False
    corrected: tuple[str, ...] = ()  # the fields the user set by hand (`track edit`)


@dataclass(frozen=True, slots=True)
class Reply:
    """A vendor's support mail as the store keeps it.

    ``request_id`` is None when the reply belongs to no tracked request; then
    ``reason`` says why, in words the user can read.
    """

    message_id: str
    account: str
    folder: str
    in_spam: bool
    vendor: str
    sender: str
    subject: str
    date: datetime | None
    ticket: str | None
    kind: ReplyKind
    snippet: str
    request_id: RequestId | None = None
    reason: str | None = None
    thread_ids: tuple[str, ...] = ()
    corrected: tuple[str, ...] = ()  # what the user decided by hand: "request", "kind"
    # The user's own server vouched for the sender (DMARC or DKIM pass); False: the
    # domain alone decided; None: recorded before inbox-watch kept this.
    verified: bool | None = None


class SentRole(StrEnum):
    """What a message the user sent to a vendor is to the register."""

    ORIGIN = "origin"  # the mail that opened a tracked request
    REPLY = "reply"  # the user's turn in a tracked conversation
    PROPOSED = "proposed"  # a new request, waiting for `track accept` or `track reject`
    REJECTED = "rejected"  # the user said it is not a request to track
    UNMATCHED = "unmatched"  # answers vendor mail that belongs to no tracked request


@dataclass(frozen=True, slots=True)
class SentMail:
    """The user's own mail to a vendor's support address.

    ``id`` is the store's short number for it (what `track accept N` takes); 0 for a
    value not stored yet.
    """

    message_id: str
    account: str
    folder: str
    vendor: str
    recipient: str
    subject: str
    date: datetime | None
    role: SentRole
    request_id: RequestId | None = None
    thread_ids: tuple[str, ...] = ()
    reason: str | None = None
    id: int = 0

    @property
    def is_user_reply(self) -> bool:
        return self.role is SentRole.REPLY and self.request_id is not None


@dataclass(frozen=True, slots=True)
class FolderCursor:
    """How far one folder has been read: RFC 3501 UIDVALIDITY and UIDs."""

    uidvalidity: int
    last_uid: int
    highest_modseq: int | None = None


@dataclass(frozen=True, slots=True)
class SuspiciousMail:
    """Mail that claims to be a vendor's but failed the sender checks; never a reply."""

    message_id: str
    account: str
    folder: str
    vendor: str
    sender: str
    subject: str
    date: datetime | None
    reason: str


@dataclass(frozen=True, slots=True)
class SkippedMessage:
    """A message the scan could not read, kept so that the user can see why."""

    account: str
    folder: str
    uidvalidity: int
    uid: int
    reason: str


def message_ref(message_id: str) -> str:
    """The short, stable reference `status` and `digest` print for a message (what
    `track link`, `track kind` and `explain` take): 7 hex digits of its Message-ID's
    SHA-1, like a short git hash.

    >>> message_ref("<abc@example.test>")
    '0bd2ebb'
    """
    digest = hashlib.sha1(message_id.encode("utf-8", "replace"), usedforsecurity=False)
    return digest.hexdigest()[:7]
