"""A follow-up draft as a message (RFC 5322, UTF-8): the one mail inbox-watch writes.

Adapter: stdlib email only; the text comes from ``core.followup``.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from inbox_watch.core.followup import FollowUpDraft


def compose_draft(draft: FollowUpDraft, from_address: str | None, now: datetime) -> bytes:
    """The draft as bytes for IMAP APPEND (CRLF line ends, MIME-encoded headers)."""
    message = EmailMessage(policy=SMTP)
    if from_address:
        message["From"] = from_address
    if draft.to:
        message["To"] = draft.to
    message["Subject"] = draft.subject
    message["Date"] = format_datetime(now.replace(microsecond=0))
    domain = from_address.rpartition("@")[2] if from_address and "@" in from_address else None
    message["Message-ID"] = make_msgid("inbox-watch", domain=domain or "localhost")
    if draft.in_reply_to:
        message["In-Reply-To"] = draft.in_reply_to
    if draft.references:
        message["References"] = " ".join(draft.references)
    message.set_content(draft.body, charset="utf-8")
    return message.as_bytes()
