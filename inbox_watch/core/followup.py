"""Follow-up drafts: a ready mail to send when support has been silent too long.

Pure: the request's conversation comes in as values; the draft goes out as a value, a
``mailto:`` URL (RFC 6068), or, in the mail layer, a message for the Drafts folder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from inbox_watch.core.models import Reply, ReplyKind, SentMail, TrackedRequest
from inbox_watch.core.subjects import strip_prefixes

LANGUAGES = ("en", "ko")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_NO_REPLY = re.compile(r"^(no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon)\b")
_MAX_REFERENCES = 10


@dataclass(frozen=True, slots=True)
class FollowUpDraft:
    """A follow-up mail: who to, what about, and which message it answers."""

    to: str | None
    subject: str
    body: str
    in_reply_to: str | None
    references: tuple[str, ...]
    language: str


def request_language(request: TrackedRequest, replies: Sequence[Reply]) -> str:
    """Korean when the request or the vendor's mail is written in Hangul, else English."""
    texts = [request.subject or "", *(r.subject for r in replies), *(r.snippet for r in replies)]
    return "ko" if any(_HANGUL.search(text) for text in texts) else "en"


def draft_follow_up(
    request: TrackedRequest,
    replies: Sequence[Reply],
    sent: Sequence[SentMail],
    business_days: int,
    language: str | None = None,
) -> FollowUpDraft:
    """The follow-up for ``request``, in its language (or ``language``), answering the
    newest message of the conversation so that the helpdesk threads it.

    >>> r = TrackedRequest(1, "acme", "4095", "Charged twice", date(2026, 11, 20))
    >>> d = draft_follow_up(r, [], [], 6)
    >>> d.subject, d.language
    ('Re: Charged twice (ticket 4095)', 'en')
    """
    language = language or request_language(request, replies)
    if language not in LANGUAGES:
        raise ValueError(f"no follow-up text in {language!r} (known: {', '.join(LANGUAGES)})")
    dated = sorted(
        [(r.date, r.message_id) for r in replies if r.kind is not ReplyKind.NOT_SUPPORT]
        + [(m.date, m.message_id) for m in sent if m.request_id == request.id],
        key=lambda pair: pair[0].timestamp() if pair[0] is not None else float("-inf"),
    )
    thread = [mid for _when, mid in dated]
    if request.message_id:
        thread.insert(0, request.message_id)
    thread = list(dict.fromkeys(thread))
    return FollowUpDraft(
        to=_recipient(request, replies, sent),
        subject=_subject(request, replies, language),
        body=_body(request, sent, business_days, language),
        in_reply_to=thread[-1] if thread else None,
        references=tuple(thread[:1] + thread[1:][-(_MAX_REFERENCES - 1) :]),
        language=language,
    )


def _recipient(
    request: TrackedRequest, replies: Sequence[Reply], sent: Sequence[SentMail]
) -> str | None:
    """The support address the conversation uses: the vendor's latest sender that takes
    replies, else where the user wrote."""
    for reply in sorted(replies, key=_when, reverse=True):
        if reply.kind is not ReplyKind.NOT_SUPPORT and not _NO_REPLY.match(reply.sender):
            return reply.sender
    mine = [m for m in sent if m.request_id == request.id]
    return mine[-1].recipient if mine else None


def _when(reply: Reply) -> float:
    return reply.date.timestamp() if reply.date is not None else float("-inf")


def _subject(request: TrackedRequest, replies: Sequence[Reply], language: str) -> str:
    # The vendor's own subject carries the helpdesk's tag ("[#4095]"), which threads it.
    human = [r for r in replies if r.kind is not ReplyKind.NOT_SUPPORT and r.subject]
    base = strip_prefixes(max(human, key=_when).subject) if human else (request.subject or "")
    base = base.strip() or ("문의" if language == "ko" else "My support request")
    if request.ticket and request.ticket not in base:
        base += f" (티켓 {request.ticket})" if language == "ko" else f" (ticket {request.ticket})"
    return f"Re: {base}"


def _body(
    request: TrackedRequest, sent: Sequence[SentMail], business_days: int, language: str
) -> str:
    wrote = request.submitted
    mine = [m.date.date() for m in sent if m.is_user_reply and m.date is not None]
    last = max(mine) if mine else None
    if language == "ko":
        return _korean(request, wrote, last, business_days)
    about = f'my request "{request.subject}"' if request.subject else "my request"
    if request.ticket:
        about += f" (ticket {request.ticket})"
    also = f", and last on {_english_day(last)}," if last else ""
    return (
        f"Hello,\n\nI wrote on {_english_day(wrote)}{also} about {about}, and I have not "
        f"had an answer after {business_days} business days. Could you tell me where it "
        "stands?\n\nThank you."
    )


def _korean(request: TrackedRequest, wrote: date, last: date | None, days: int) -> str:
    about = f"「{request.subject}」 건" if request.subject else "문의 건"
    if request.ticket:
        about += f"(티켓 {request.ticket})"
    also = f" {_korean_day(last)}에 다시 연락드렸으나" if last else ""
    return (
        f"안녕하세요.\n\n{_korean_day(wrote)}에 {about}으로 문의드렸고{also}, "
        f"영업일 기준 {days}일이 지나도록 답변을 받지 못했습니다. "
        "현재 진행 상황을 알려주실 수 있을까요?\n\n감사합니다."
    )


def _english_day(day: date) -> str:
    return f"{day:%a} {day.isoformat()}"


def _korean_day(day: date) -> str:
    weekday = "월화수목금토일"[day.weekday()]
    return f"{day.year}년 {day.month}월 {day.day}일({weekday})"


def mailto_url(draft: FollowUpDraft) -> str:
    """A ``mailto:`` URL (RFC 6068) that opens the draft in the user's own mail client,
    with In-Reply-To and References so that it threads (clients that honour them).

    >>> d = FollowUpDraft("help@acme.example", "Re: x", "Hi", "<a@b>", ("<a@b>",), "en")
    >>> mailto_url(d)
    'mailto:help@acme.example?subject=Re%3A%20x&body=Hi&In-Reply-To=%3Ca%40b%3E&References=%3Ca%40b%3E'
    """
    fields = [("subject", draft.subject), ("body", draft.body.replace("\n", "\r\n"))]
    if draft.in_reply_to:
        fields.append(("In-Reply-To", draft.in_reply_to))
    if draft.references:
        fields.append(("References", " ".join(draft.references)))
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields)
    return f"mailto:{quote(draft.to or '', safe='@')}?{query}"
