"""Sandbox layer: realistic sample mail (raw RFC 5322, CRLF) for ``make demo`` and the tests.

Pure data built from a ``today`` argument: no clock, no I/O, no real people's addresses.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

# Mail from the vendors is sent in UTC; the user and friends write from UTC+1.
_UTC = UTC
_LOCAL = timezone(timedelta(hours=1))

OPENAI_SUBJECT = "API requests fail with 429 although our quota is not used up"
OPENAI_CONVERSATION = "215468743212345"
ACME_TICKET = "48213"
ACME_SUBJECT = "Cannot attach volume vol-0c7d to instance in eu-west-2"
ACME_OVERDUE_SUBJECT = "Invoice INV-2291 charges the backup add-on twice"
# Only in the Sent folder: a request the user wrote but did not track (a proposal).
SENT_ONLY_SUBJECT = "ChatGPT Plus 구독료가 두 번 결제되었습니다"


@dataclass(frozen=True)
class SampleMail:
    """One message and the folder it is delivered to ("INBOX", "Junk" or "Sent")."""

    folder: str
    raw: bytes


@dataclass(frozen=True)
class SampleRequest:
    """A support request the demo tracks; ``message_id`` is the user's original mail."""

    vendor: str
    ticket: str | None
    subject: str
    submitted: date
    message_id: str | None

    def track_args(self) -> list[str]:
        """The `inbox-watch track add ...` arguments that register this request."""
        args = [
            "track",
            "add",
            self.vendor,
            "--subject",
            self.subject,
            "--submitted",
            self.submitted.isoformat(),
        ]
        if self.ticket:
            args += ["--ticket", self.ticket]
        if self.message_id:
            args += ["--message-id", self.message_id]
        return args


def _at(day: date, hour: int, minute: int, tz: timezone = _UTC) -> datetime:
    return datetime.combine(day, time(hour, minute), tz)


def _openai_request_id(today: date) -> str:
    sent = today - timedelta(days=3)
    return f"<{sent:%Y%m%d}.091412.7f3a9c@mail.example.test>"


def _acme_request_id(today: date) -> str:
    sent = today - timedelta(days=4)
    return f"<{sent:%Y%m%d}.101843.e21b07@mail.example.test>"


def sample_requests(today: date) -> list[SampleRequest]:
    """The requests the demo tracks: each vendor replied except to the last, now overdue."""
    return [
        SampleRequest(
            vendor="openai",
            ticket=None,
            subject=OPENAI_SUBJECT,
            submitted=today - timedelta(days=3),
            message_id=_openai_request_id(today),
        ),
        SampleRequest(
            vendor="Acme Cloud",
            ticket=ACME_TICKET,
            subject=ACME_SUBJECT,
            submitted=today - timedelta(days=4),
            message_id=_acme_request_id(today),
        ),
        # Sent through Acme's web form: no Message-ID of ours, and no reply yet.
        SampleRequest(
            vendor="Acme Cloud",
            ticket=None,
            subject=ACME_OVERDUE_SUBJECT,
            submitted=today - timedelta(days=8),
            message_id=None,
        ),
    ]


def _message(
    headers: list[tuple[str, str]],
    body: str,
    *,
    html: str | None = None,
    boundary: str = "",
) -> bytes:
    """Raw bytes with CRLF line ends; ``html`` makes it multipart/alternative."""
    lines = [f"{name}: {value}" for name, value in headers]
    lines.append("MIME-Version: 1.0")
    text_part = body.replace("\r\n", "\n").replace("\n", "\r\n")
    if html is None:
        lines += [
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: 8bit",
            "",
            text_part,
        ]
    else:
        boundary = boundary or "=_sample_boundary_0"
        lines += [
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
            "",
            f"--{boundary}",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: 8bit",
            "",
            text_part,
            f"--{boundary}",
            'Content-Type: text/html; charset="utf-8"',
            "Content-Transfer-Encoding: 8bit",
            "",
            html.replace("\r\n", "\n").replace("\n", "\r\n"),
            f"--{boundary}--",
        ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _subject(text: str) -> str:
    """An RFC 2047 encoded-word when ``text`` is not ASCII."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _date(moment: datetime) -> str:
    return format_datetime(moment)


def _long(day: date) -> str:
    # "Tue, 3 Jun 2025": what mail clients put in their "On ... wrote:" line.
    return f"{day:%a}, {day.day} {day:%b %Y}"


def sample_mailbox(today: date, user_address: str = "alice@example.test") -> list[SampleMail]:
    """The demo mailbox: vendor replies (one in Junk), lookalikes, everyday mail, and the
    user's own mail to support in Sent."""
    openai_sent = today - timedelta(days=3)
    acme_sent = today - timedelta(days=4)
    openai_request_id = _openai_request_id(today)
    acme_request_id = _acme_request_id(today)
    to = f"Alice Example <{user_address}>"
    openai_ack_id = f"<conversation-{OPENAI_CONVERSATION}-part-1@intercom-mail.example>"
    openai_request_text = (
        "Hello,\n\n"
        "since Monday every call to /v1/chat/completions from our organisation fails with\n"
        'HTTP 429 "You exceeded your current quota", although the usage page shows less\n'
        "than 10% of our monthly limit used.\n\n"
        "This looks like the problem in my earlier request #31877, which was closed.\n\n"
        "Thanks,\nAlice"
    )
    acme_request_text = (
        "Hi,\n\n"
        'attaching vol-0c7d to instance i-4412 in eu-west-2 hangs in "attaching" for an\n'
        "hour, then fails. Your status page is green. Ticket 47102 had the same symptom\n"
        "last year.\n\n"
        "Alice"
    )
    mails: list[SampleMail] = []

    # -- everyday mail ---------------------------------------------------------------------
    mails.append(
        SampleMail(
            "INBOX",
            _message(
                [
                    ("From", "Sam Rivera <sam.rivera@friends.example>"),
                    ("To", to),
                    ("Subject", "Dinner on Friday?"),
                    ("Date", _date(_at(today - timedelta(days=5), 19, 2, _LOCAL))),
                    ("Message-ID", f"<{today - timedelta(days=5):%Y%m%d}.sam.1@friends.example>"),
                ],
                "Hi Alice,\n\nare you free on Friday? The new Lebanese place opened at last.\n\n"
                "Sam",
            ),
        )
    )
    mails.append(
        SampleMail(
            "INBOX",
            _message(
                [
                    ("From", "Jonas Weber <jonas@weber-family.example>"),
                    ("To", to),
                    ("Subject", _subject("Fotos vom Wochenende 🌲")),
                    ("Date", _date(_at(today - timedelta(days=4), 21, 40, _LOCAL))),
                    ("Message-ID", f"<{today - timedelta(days=4):%Y%m%d}.jw@weber-family.example>"),
                ],
                "Hallo Alice,\n\nhier die Fotos von der Wanderung: https://photos.example/a/8k2\n\n"
                "Liebe Grüße\nJonas",
            ),
        )
    )
    mails.append(
        SampleMail(
            "INBOX",
            _message(
                [
                    ("From", "The Weekly Loaf <newsletter@breadclub.example>"),
                    ("To", user_address),
                    ("Subject", "Five starters to try this autumn"),
                    ("Date", _date(_at(today - timedelta(days=2), 6, 0))),
                    ("Message-ID", f"<nl-{today - timedelta(days=2):%Y%m%d}@breadclub.example>"),
                    ("List-Unsubscribe", "<https://breadclub.example/unsubscribe?u=4471>"),
                    ("Precedence", "bulk"),
                ],
                "This week: five sourdough starters, ranked.\n\n"
                "Unsubscribe: https://breadclub.example/unsubscribe?u=4471",
                html="<html><body><h1>Five starters to try this autumn</h1>"
                "<p>This week: five sourdough starters, ranked.</p></body></html>",
                boundary="=_breadclub_7731",
            ),
        )
    )
    mails.append(
        SampleMail(
            "INBOX",
            _message(
                [
                    ("From", "Mina Park <mina.park@studio.example>"),
                    ("To", to),
                    ("Subject", "Re: slides for Thursday"),
                    ("Date", _date(_at(today - timedelta(days=1), 11, 25, _LOCAL))),
                    ("Message-ID", f"<{today - timedelta(days=1):%Y%m%d}.mp@studio.example>"),
                    ("In-Reply-To", "<slides.alice.1@mail.example.test>"),
                ],
                "Looks good! I moved the support-costs chart to slide 4.\n\n"
                f"On {_long(today - timedelta(days=2))}, Alice Example <{user_address}> wrote:\n"
                + _quote("Here are the slides, can you check slide 3?"),
            ),
        )
    )

    # -- Acme Cloud (Zendesk): confirmation, then a human answer ---------------------------
    acme_headers = [
        ("X-Mailer", "Zendesk Mailer"),
        ("X-Zendesk-From-Account-Id", "8f3c2a1"),
        ("Reply-To", f"Acme Cloud Support <support+id{ACME_TICKET}@acme.zendesk.com>"),
    ]
    mails.append(
        SampleMail(
            "INBOX",
            _message(
                [
                    ("From", "Acme Cloud Support <support@acme.zendesk.com>"),
                    ("To", to),
                    ("Subject", f"[Request #{ACME_TICKET}] {ACME_SUBJECT}"),
                    ("Date", _date(_at(acme_sent, 9, 19))),
                    ("Message-ID", "<8KQ2ZR7W1X_66f1b2c3d4e5_2a91@acme.zendesk.com>"),
                    ("In-Reply-To", acme_request_id),
                    ("References", acme_request_id),
                    ("Auto-Submitted", "auto-replied"),
                    *acme_headers,
                ],
                "##- Please type your reply above this line -##\n\n"
                f"We received your request ({ACME_TICKET}).\n\n"
                f"Your request ({ACME_TICKET}) has been received and is being reviewed by our\n"
                "support staff. To add additional comments, reply to this email.\n\n"
                "Acme Cloud Support\n\n"
                "[Y3KZ9R-8QW2]",
            ),
        )
    )
    mails.append(
        SampleMail(
            "INBOX",
            _message(
                [
                    ("From", '"Priya Raman (Acme Cloud Support)" <support@acme.example>'),
                    ("To", to),
                    ("Subject", f"[Request #{ACME_TICKET}] {ACME_SUBJECT}"),
                    ("Date", _date(_at(today - timedelta(days=2), 14, 37))),
                    ("Message-ID", "<8KQ2ZR7W1X_66f4e8a1b2c3_4c17@acme.zendesk.com>"),
                    ("In-Reply-To", acme_request_id),
                    ("References", acme_request_id),
                    *acme_headers,
                ],
                "##- Please type your reply above this line -##\n\n"
                "Priya Raman (Acme Cloud Support)\n\n"
                "Hi Alice,\n\n"
                "thanks for the details. The attach hung because the volume was still locked by\n"
                "a snapshot that had stalled on our side. We released the lock; vol-0c7d now\n"
                "attaches normally. We also added a check so a stalled snapshot times out after\n"
                "15 minutes.\n\n"
                "If it happens again, reply to this email and we will reopen the request.\n\n"
                "Best regards,\nPriya\n\n"
                f"On {_long(acme_sent)}, Alice Example <{user_address}> wrote:\n"
                + _quote(acme_request_text)
                + "\n\n[Y3KZ9R-8QW2]",
                html=(
                    '<html><body><div style="color:#b5b5b5">'
                    "##- Please type your reply above this line -##</div>"
                    "<p><b>Priya Raman</b> (Acme Cloud Support)</p>"
                    "<p>Hi Alice,</p><p>thanks for the details. The attach hung because the "
                    "volume was still locked by a snapshot that had stalled on our side. We "
                    "released the lock; vol-0c7d now attaches normally.</p>"
                    "<p>Best regards,<br>Priya</p>"
                    f"<blockquote>{acme_request_text}</blockquote></body></html>"
                ),
                boundary="--==_mimepart_66f4e8a1",
            ),
        )
    )

    # -- OpenAI (Intercom): acknowledgement in INBOX, the human answer in Junk -----------
    mails.append(
        SampleMail(
            "INBOX",
            _message(
                [
                    ("From", "OpenAI Support <support@openai.com>"),
                    ("To", to),
                    ("Subject", f"Re: {OPENAI_SUBJECT}"),
                    ("Date", _date(_at(openai_sent, 8, 15))),
                    ("Message-ID", openai_ack_id),
                    ("In-Reply-To", openai_request_id),
                    ("References", openai_request_id),
                    ("Auto-Submitted", "auto-replied"),
                ],
                "Hi there,\n\n"
                "Thanks for reaching out to OpenAI support. We've received your message and a\n"
                "member of our team will get back to you as soon as possible.\n\n"
                "You can follow this conversation at\n"
                f"https://help.openai.com/en/messenger/conversation/{OPENAI_CONVERSATION}\n\n"
                "The OpenAI team",
            ),
        )
    )
    mails.append(
        SampleMail(
            "Junk",
            _message(
                [
                    ("From", "Mara from OpenAI <support@openai.com>"),
                    ("To", to),
                    ("Subject", f"Re: {OPENAI_SUBJECT}"),
                    ("Date", _date(_at(today - timedelta(days=1), 16, 5))),
                    (
                        "Message-ID",
                        f"<conversation-{OPENAI_CONVERSATION}-part-4@intercom-mail.example>",
                    ),
                    ("In-Reply-To", openai_request_id),
                    ("References", f"{openai_request_id} {openai_ack_id}"),
                ],
                "Hi Alice,\n\n"
                "Thanks for your patience, and sorry for the trouble. To look into the 429 errors\n"
                "we need a little more from you. Could you please send us the x-request-id of one\n"
                "failing call and your organization ID (org-...)? You can find both in the\n"
                "response headers and on the settings page.\n\n"
                "Best,\nMara\nOpenAI Support\n\n"
                f"On {_long(openai_sent)}, Alice Example <{user_address}> wrote:\n"
                + _quote(openai_request_text),
            ),
        )
    )

    # -- same domain, not support; and a lookalike -----------------------------------------
    mails.append(
        SampleMail(
            "INBOX",
            _message(
                [
                    ("From", "OpenAI <noreply@tm.openai.com>"),
                    ("To", user_address),
                    ("Subject", "Your receipt from OpenAI #2817-4410"),
                    ("Date", _date(_at(today - timedelta(days=2), 3, 12))),
                    (
                        "Message-ID",
                        f"<receipt-{today - timedelta(days=2):%Y%m%d}-2817@tm.openai.com>",
                    ),
                    ("Auto-Submitted", "auto-generated"),
                ],
                "Receipt #2817-4410\n\nChatGPT Plus subscription    USD 20.00\n\n"
                "Questions? Visit our help center.",
            ),
        )
    )
    mails.append(
        SampleMail(
            "INBOX",
            _message(
                [
                    ("From", "OpenAI Support <support@openai-support.com>"),
                    ("Reply-To", "OpenAI Support <support@openai.com>"),
                    ("To", user_address),
                    ("Subject", f"Re: {OPENAI_SUBJECT} - action required"),
                    ("Date", _date(_at(today - timedelta(days=1), 2, 48))),
                    ("Message-ID", "<a81f3e.0@openai-support.com>"),
                ],
                "Dear customer,\n\n"
                "your API access will be suspended within 24 hours. Verify your billing details\n"
                "now: http://openai-support.com/verify?id=31877\n\nOpenAI Support Team",
            ),
        )
    )
    mails.append(
        SampleMail(
            "Junk",
            _message(
                [
                    ("From", "Prize Desk <winner@lucky-draw.example>"),
                    ("To", user_address),
                    ("Subject", "You have (1) unclaimed reward"),
                    ("Date", _date(_at(today - timedelta(days=3), 4, 30))),
                    ("Message-ID", "<77f0c2@lucky-draw.example>"),
                ],
                "Claim your reward today: https://lucky-draw.example/claim",
            ),
        )
    )

    # -- the user's own mail (Sent): the two requests' first mails, and a new one ------
    me = f"Alice Example <{user_address}>"
    for recipient, subject, message_id, sent_at, text in (
        (
            "OpenAI Support <support@openai.com>",
            OPENAI_SUBJECT,
            openai_request_id,
            _at(openai_sent, 10, 14, _LOCAL),
            openai_request_text,
        ),
        (
            "Acme Cloud Support <support@acme.example>",
            ACME_SUBJECT,
            acme_request_id,
            _at(acme_sent, 11, 18, _LOCAL),
            acme_request_text,
        ),
        (
            "OpenAI Support <support@openai.com>",
            SENT_ONLY_SUBJECT,
            f"<{today - timedelta(days=1):%Y%m%d}.203011.c0ffee@mail.example.test>",
            _at(today - timedelta(days=1), 21, 30, _LOCAL),
            "안녕하세요,\n\n이번 달 ChatGPT Plus 구독료가 같은 날 두 번 결제되었습니다. "
            "한 건을 환불해 주실 수 있을까요?\n\nAlice",
        ),
    ):
        headers = [
            ("From", me),
            ("To", recipient),
            ("Subject", _subject(subject)),
            ("Date", _date(sent_at)),
            ("Message-ID", message_id),
        ]
        mails.append(SampleMail("Sent", _message(headers, text)))
    return mails


# -- bulk unrelated mail -------------------------------------------------------------------

_FIRST = (
    "Ana", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Greta", "Hiro", "Inès", "Jae-won",
    "Kofi", "Lena", "Mateo", "Nour", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tomás",
)  # fmt: skip
_LAST = (
    "Adler", "Brown", "Costa", "Dubois", "Eze", "Fischer", "García", "Hansen", "Ito", "Kim",
    "Lopez", "Moreau", "Novak", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka", "Vega",
)  # fmt: skip
_WORDS = (
    "alpine", "birch", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo",
    "juniper", "kestrel", "lumen", "maple", "nimbus", "orchid", "pebble", "quartz", "raven",
    "saffron", "tundra", "umber", "violet", "willow", "yarrow", "zephyr",
)  # fmt: skip
_TLDS = ("example", "test", "example.test")
_PERSONAL_SUBJECTS = (
    "Lunch next week?",
    "Re: holiday photos",
    "Quick question about the flat",
    "Happy birthday!",
    "Re: Re: book club – next title",
    "Carpool on Monday",
    "Grüße aus Berlin",
    "Recette du gâteau",
    "주말 잘 보내세요",
)
_BULK_SUBJECTS = (
    "Your weekly digest",
    "New arrivals you might like",
    "Last chance: 20% off ends tonight",
    "Your order has shipped",
    "Security notice for your account",
    "Community update – March edition",
    "Your statement is ready",
    "Webinar invitation: scaling small teams",
)
_PERSONAL_BODIES = (
    "Just checking in - let me know what you think.\n\nCheers",
    "Thanks again for yesterday, it was great to catch up!",
    "Reminder: the meeting moved to 3 pm. Room 2.14.",
    "Can you send me the address again? I lost the message.\n\nThanks",
)
_BULK_BODIES = (
    "Our team has prepared a selection of updates for you this week.\n\n"
    "Manage your preferences: https://preferences.example/",
    "Here is the summary of your account activity. Nothing needs your attention.",
    "Thank you for your order. Track your parcel: https://parcels.example/t/",
)


def unrelated_mail(count: int, today: date, seed: int = 0) -> Iterator[bytes]:
    """``count`` messages from many non-vendor domains, dated within the past year.

    Deterministic for a given ``seed``; built with string formatting because tests
    generate tens of thousands of them.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    encoded = {s: _subject(s) for s in (*_PERSONAL_SUBJECTS, *_BULK_SUBJECTS)}
    midnight = datetime.combine(today, time(0, 0), _UTC)
    for index in range(count):
        domain = f"{rng.choice(_WORDS)}-{rng.choice(_WORDS)}{rng.randrange(1000)}."
        domain += rng.choice(_TLDS)
        moment = midnight - timedelta(seconds=rng.randrange(1, 365 * 86400))
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        if rng.random() < 0.5:
            sender = f"{_subject(f'{first} {last}')} <{first[0].lower()}.{index}@{domain}>"
            subject = rng.choice(_PERSONAL_SUBJECTS)
            body = rng.choice(_PERSONAL_BODIES)
            extra = ""
        else:
            sender = f"{domain.split('.')[0].title()} <news@{domain}>"
            subject = rng.choice(_BULK_SUBJECTS)
            body = rng.choice(_BULK_BODIES)
            extra = f"List-Unsubscribe: <https://{domain}/u/{index}>\r\nPrecedence: bulk\r\n"
        body = body.replace("\n", "\r\n")
        yield (
            f"From: {sender}\r\n"
            "To: alice@example.test\r\n"
            f"Subject: {encoded[subject]}\r\n"
            f"Date: {format_datetime(moment)}\r\n"
            f"Message-ID: <{seed}.{index}.{rng.getrandbits(32):08x}@{domain}>\r\n"
            f"{extra}"
            "MIME-Version: 1.0\r\n"
            'Content-Type: text/plain; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: 8bit\r\n"
            "\r\n"
            f"{body}\r\n"
        ).encode()
