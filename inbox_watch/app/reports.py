"""What the use cases return: plain report dataclasses, for the renderers and --json.

No I/O here, so rendering a report imports neither IMAP nor the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from inbox_watch.core.health import DaemonHealth
from inbox_watch.core.lifecycle import FollowUp, NextAction
from inbox_watch.core.models import (
    Reply,
    RequestState,
    SentMail,
    SkippedMessage,
    SuspiciousMail,
    TrackedRequest,
)
from inbox_watch.errors import UserError


@dataclass
class FolderScan:
    account: str
    folder: str
    in_spam: bool
    sent: bool = False  # the Sent folder: the user's own mail
    plan: str = ""
    unchanged: bool = False
    candidates: int = 0
    headers_fetched: int = 0
    messages_fetched: int = 0
    # Every candidate ends in exactly one of these (or was expunged before FETCH):
    new_replies: int = 0  # support mail recorded
    not_support: int = 0  # the vendor's codes, receipts, newsletters (recorded as such)
    suspicious: int = 0
    skipped: int = 0  # unreadable
    already_recorded: int = 0  # a rescan, or the same mail in another folder
    not_vendor_mail: int = 0  # the search matched, the sender checks did not
    new_requests: int = 0
    merged_requests: int = 0  # auto-registered requests found to be the user's own
    # The Sent folder's candidates end in skipped, already_recorded, not_vendor_mail
    # (not to a vendor's support) or one of these:
    user_mail: int = 0  # the user's replies and first mails of tracked requests
    proposed: int = 0  # new requests waiting for `track accept`


@dataclass
class ScanReport:
    folders: list[FolderScan] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    errors: list[UserError] = field(default_factory=list)
    rematched: int = 0


@dataclass(frozen=True)
class RequestStatus:
    request: TrackedRequest
    state: RequestState
    replies: tuple[Reply, ...]
    follow_up: FollowUp | None = None
    next: NextAction | None = None
    business_days_waiting: int = 0  # since it was submitted
    sent: tuple[SentMail, ...] = ()  # the user's own mail in the conversation

    @property
    def overdue(self) -> bool:
        return self.follow_up is not None and self.follow_up.overdue


@dataclass(frozen=True)
class StatusReport:
    requests: tuple[RequestStatus, ...]
    unmatched: tuple[Reply, ...]
    suspicious: tuple[SuspiciousMail, ...]
    skipped: tuple[SkippedMessage, ...]
    daemon: DaemonHealth | None = None
    """The daemon's health, when the caller asked for it (``now`` given)."""
    proposals: tuple[SentMail, ...] = ()
    """New mail the user sent to a vendor, waiting for `track accept` or `track reject`."""


@dataclass(frozen=True)
class DigestGroup:
    request: TrackedRequest | None
    replies: tuple[Reply, ...]


@dataclass(frozen=True)
class DigestReport:
    since: datetime
    groups: tuple[DigestGroup, ...]


@dataclass(frozen=True)
class Reason:
    topic: str  # recorded, sender, ticket, kind, request, thread, re-read
    text: str


@dataclass(frozen=True)
class Explanation:
    ref: str
    message_id: str
    what: str  # "reply", "suspicious mail", "your sent mail"
    subject: str
    reasons: tuple[Reason, ...]
