"""Benchmark layer: a deterministic, seeded mailbox of years of mail, and its ground truth.

Pure: builds raw RFC 5322 messages (CRLF) from (count, seed, today); writes nothing itself.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from quopri import encodestring

# Share of the mailbox per folder; the rest of the folders' share goes to Archive.
FOLDER_SHARES = {"INBOX": 0.92, "Junk": 0.05, "Sent": 0.02}
SUPPORT_SHARE = 0.002  # support replies from the vendors' helpdesks
SUPPORT_IN_JUNK = 0.15
MARKETING_SHARE = 0.004  # the vendors' own newsletters and product news
RECEIPT_SHARE = 0.002  # the vendors' receipts and account notices
LOOKALIKE_SHARE = 0.001  # phishing from lookalike senders (mostly in Junk)
NEWSLETTER_SHARE = 0.004  # third-party newsletters that mention the vendors
ATTACHMENT_SHARE = 0.02  # noise with a 50-500 KB attachment
YEARS = 4

USER = "alice@example.test"
AUTHSERV_ID = "mx.example.test"


@dataclass(frozen=True, slots=True)
class BenchVendor:
    """A vendor of the benchmark; ``name`` None means the built-in OpenAI profile."""

    slug: str
    title: str
    domain: str
    helpdesk: str
    configured: bool = True

    @property
    def label(self) -> str:
        return self.domain.split(".")[0]


VENDORS: tuple[BenchVendor, ...] = (
    BenchVendor("openai", "OpenAI", "openai.com", "openai", configured=False),
    BenchVendor("acme-cloud", "Acme Cloud", "acme-cloud.example", "zendesk"),
    BenchVendor("borealis-payments", "Borealis Payments", "borealis.test", "freshdesk"),
    BenchVendor("chirp-analytics", "Chirp Analytics", "chirp.example", "intercom"),
    BenchVendor("delta-devices", "Delta Devices", "delta-devices.example", "salesforce"),
    BenchVendor("ember-books", "Ember Books", "ember-books.test", "helpscout"),
    BenchVendor("fjord-systems", "Fjord Systems", "fjord-systems.example", "jira"),
    BenchVendor("gamma-networks", "Gamma Networks", "gamma-net.example", "rt"),
    BenchVendor("helix-hosting", "Helix Hosting", "helix-hosting.example", "otrs"),
    BenchVendor("iris-labs", "Iris Labs", "iris-labs.example", "zammad"),
)


def vendors_toml() -> str:
    """The ``[[vendors]]`` sections a benchmark config needs (OpenAI is built in)."""
    sections = []
    for vendor in VENDORS:
        if not vendor.configured:
            continue
        sections.append(
            "[[vendors]]\n"
            f'name = "{vendor.title}"\n'
            f'domains = ["{vendor.domain}"]\n'
            f'helpdesk = "{vendor.helpdesk}"\n'
            f'not_support_senders = ["news.{vendor.domain}", "noreply@{vendor.domain}"]\n'
        )
    return "\n".join(sections)


@dataclass(frozen=True, slots=True)
class Truth:
    """What one message is, for the checks: ``category`` is support, marketing,
    receipt, lookalike, newsletter (the distractors) or noise."""

    message_id: str
    folder: str
    category: str
    vendor: str | None = None
    ticket: str | None = None
    size: int = 0


@dataclass
class GroundTruth:
    count: int
    seed: int
    today: str
    folders: dict[str, int] = field(default_factory=dict)
    total_bytes: int = 0
    support_bytes: int = 0
    attachments: int = 0
    labelled: list[Truth] = field(default_factory=list)

    @property
    def support(self) -> list[Truth]:
        return [t for t in self.labelled if t.category == "support"]

    @property
    def distractors(self) -> list[Truth]:
        return [t for t in self.labelled if t.category != "support"]

    def save(self, path: Path) -> None:
        data = asdict(self)
        path.write_text(json.dumps(data, indent=1))

    @classmethod
    def load(cls, path: Path) -> GroundTruth:
        data = json.loads(path.read_text())
        labelled = [Truth(**item) for item in data.pop("labelled")]
        return cls(**data, labelled=labelled)


@dataclass(frozen=True, slots=True)
class Generated:
    folder: str
    moment: datetime
    raw: bytes
    truth: Truth


# -- word lists (none contains a vendor's search label) --------------------------------

_FIRST = (
    "Ana", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Greta", "Hiro", "Inès", "Jae-won",
    "Kofi", "Lena", "Mateo", "Nour", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tomás",
    "Zoë", "Björn", "Łucja", "Søren", "Mónica", "민준", "さくら", "Александр",
)  # fmt: skip
_LAST = (
    "Adler", "Brown", "Costa", "Dubois", "Eze", "Fischer", "García", "Hansen", "Ito", "Kim",
    "Lopez", "Moreau", "Novak", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka", "Vega",
    "Müller", "Ødegård", "Núñez", "박", "山田", "Иванова",
)  # fmt: skip
_WORDS = (
    "alpine", "birch", "cobalt", "dune", "ermine", "falcon", "garnet", "harbor", "indigo",
    "juniper", "kestrel", "lumen", "maple", "nectar", "orchid", "pebble", "quartz", "raven",
    "saffron", "tundra", "umber", "violet", "willow", "yarrow", "zephyr",
)  # fmt: skip
_PERSONAL_SUBJECTS = (
    "Lunch next week?", "Re: holiday photos", "Quick question about the flat",
    "Happy birthday!", "Re: Re: book club – next title", "Carpool on Monday",
    "Grüße aus Berlin", "Recette du gâteau", "주말 잘 보내세요", "Fwd: Rechnung für März",
    "¿Nos vemos el sábado?", "来週の予定", "Re: slides for Thursday", "Фотографии с дачи",
)  # fmt: skip
_BULK_SUBJECTS = (
    "Your weekly digest", "New arrivals you might like", "Last chance: 20% off ends tonight",
    "Your order has shipped", "Security notice for your account", "Ihre Bestellung ist unterwegs",
    "Community update – March edition", "Your statement is ready",
)  # fmt: skip
_PARAGRAPHS = (
    "Just checking in – let me know what you think about the plan for the weekend.",
    "Thanks again for yesterday, it was great to catch up! Say hi to everyone from me.",
    "Reminder: the meeting moved to 3 pm. Room 2.14, bring the printed agenda please.",
    "Can you send me the address again? I lost the message and my phone died.",
    "Hier sind die Unterlagen, über die wir gesprochen haben. Schöne Grüße!",
    "Voilà les photos de la randonnée, à très bientôt j'espère.",
    "Our team prepared a selection of updates for you this week; nothing needs action.",
)  # fmt: skip
_NEWSLETTER_TOPICS = (
    "{a} and {b}: what changed in pricing this quarter",
    "Outage roundup: {a} status page, {b} incident report",
    "How teams use {a} with {b} in production",
)


def _encoded(text: str) -> str:
    """An RFC 2047 encoded-word when ``text`` is not ASCII."""
    return text if text.isascii() else Header(text, "utf-8").encode()


def _address(name: str, address: str) -> str:
    return f"{_encoded(name)} <{address}>"


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _qp(text: str) -> str:
    return encodestring(_crlf(text).encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def _transport(domain: str, moment: datetime, rng: random.Random, *, passed: bool = True) -> str:
    """Return-Path, Received and Authentication-Results as a receiving MTA leaves them."""
    verdict = "pass" if passed else "fail"
    stamp = format_datetime(moment)
    return (
        f"Return-Path: <bounces+{rng.getrandbits(24):06x}@{domain}>\r\n"
        f"Received: from mail.{domain} (mail.{domain} [192.0.2.{rng.randrange(1, 255)}])\r\n"
        f"\tby {AUTHSERV_ID} (Postfix) with ESMTPS id {rng.getrandbits(40):010X};"
        f" {stamp}\r\n"
        f"Authentication-Results: {AUTHSERV_ID};\r\n"
        f"\tdkim={verdict} header.d={domain} header.s=s1;\r\n"
        f"\tspf={verdict} smtp.mailfrom={domain};\r\n"
        f"\tdmarc={verdict} (p=reject) header.from={domain}\r\n"
    )


def _plain_or_alternative(text: str, rng: random.Random, boundary: str) -> str:
    """Content headers and body: text/plain 8bit, or multipart/alternative in QP."""
    if rng.random() < 0.5:
        return (
            "MIME-Version: 1.0\r\n"
            'Content-Type: text/plain; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + _crlf(text) + "\r\n"
        )
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>"
    return _alternative(text, html, boundary)


def _with_attachment(text: str, rng: random.Random, boundary: str) -> str:
    size = rng.randrange(50_000, 500_001)
    payload = base64.encodebytes(rng.randbytes(size * 3 // 4)).decode("ascii")
    name = rng.choice(("scan.pdf", "IMG_2231.jpg", "Präsentation.pptx", "invoice.pdf"))
    return (
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{_qp(text)}\r\n"
        f"--{boundary}\r\n"
        f'Content-Type: application/octet-stream; name="{_encoded(name)}"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        f'Content-Disposition: attachment; filename="{_encoded(name)}"\r\n\r\n'
        + payload.replace("\n", "\r\n")
        + f"--{boundary}--\r\n"
    )


# -- the vendors' support replies ----------------------------------------------------------

_KIND_TEXTS = {
    "acknowledgement": (
        "Thanks for reaching out. We've received your request and a member of our team\n"
        "will get back to you as soon as possible."
    ),
    "needs_info": (
        "Thanks for the details. To look into this we need a little more from you:\n"
        "could you please send us the request id of a failing call and a screenshot?"
    ),
    "answer": (
        "We looked into this. The limit was applied to the wrong project on our side;\n"
        "we corrected it and you should see the change within the hour."
    ),
    "resolved": (
        "We're marking this request as solved. If the problem comes back, just reply\n"
        "to this email and we will reopen it."
    ),
}


def _ticket(vendor: BenchVendor, rng: random.Random, moment: datetime) -> tuple[str, str]:
    """(the ticket as the helpdesk writes it, the ticket inbox-watch should report)."""
    number = str(rng.randrange(10_000, 999_999))
    match vendor.helpdesk:
        case "openai" | "intercom":
            long_id = str(rng.randrange(10**14, 10**15))
            return long_id, long_id
        case "salesforce":
            case_number = str(rng.randrange(10_000_000, 99_999_999))
            return case_number, case_number
        case "jira":
            key = f"FJD-{rng.randrange(1, 9999)}"
            return key, key
        case "otrs":
            otrs = f"{moment:%Y%m%d}{rng.randrange(10_000_000, 99_999_999)}"
            return otrs, otrs
        case _:
            return number, number


def _support_reply(
    vendor: BenchVendor, rng: random.Random, moment: datetime, index: int
) -> tuple[bytes, str, str]:
    """(raw, Message-ID, expected ticket) of one reply from ``vendor``'s helpdesk."""
    written, ticket = _ticket(vendor, rng, moment)
    kind = rng.choice(tuple(_KIND_TEXTS))
    topic = rng.choice(
        (
            "API requests fail with 429 although the quota is not used up",
            "Invoice charges the backup add-on twice",
            "Cannot attach volume to instance in eu-west-2",
            "Export to CSV stops at 10,000 rows",
        )
    )
    agent = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    request_id = f"<{moment:%Y%m%d}.{index}.req@mail.example.test>"
    message_id = (
        f"<{vendor.label}.{moment:%Y%m%d}.{index}.{rng.getrandbits(32):08x}@{vendor.domain}>"
    )
    extra_headers = ""
    subject = f"Re: {topic}"
    link = ""
    match vendor.helpdesk:
        case "openai":
            link = f"\n\nYou can follow this conversation at\nhttps://help.openai.com/en/conversations/{written}"
            extra_headers = "X-Intercom-Message-Id: " + f"{rng.getrandbits(32):08x}\r\n"
        case "intercom":
            link = f"\n\nView the conversation: https://app.{vendor.domain}/conversations/{written}"
            extra_headers = "X-Intercom-Message-Id: " + f"{rng.getrandbits(32):08x}\r\n"
        case "zendesk":
            subject = f"[Request #{written}] {topic}"
            extra_headers = (
                f"X-Zendesk-From-Account-Id: {rng.getrandbits(24):06x}\r\n"
                f"Reply-To: {vendor.title} Support <support+id{written}@{vendor.domain}>\r\n"
            )
        case "freshdesk":
            subject = f"Re: [#{written}] {topic}"
        case "salesforce":
            subject = f"Case #{written}: {topic}"
        case "helpscout":
            subject = f"Re: {topic} #{written}"
        case "jira":
            subject = f"[{written}] {topic}"
            extra_headers = f"X-JIRA-FingerPrint: {rng.getrandbits(64):016x}\r\n"
        case "rt":
            subject = f"[{vendor.domain} #{written}] {topic}"
            extra_headers = f"RT-Ticket: {vendor.domain} #{written}\r\n"
        case "otrs":
            subject = f"[Ticket#{written}] {topic}"
            extra_headers = "X-OTRS-Loop: no\r\n"
        case "zammad":
            subject = f"[Ticket#{written}] {topic}"
            extra_headers = f"X-Zammad-Ticket-Number: {written}\r\n"
    quoted = "\n".join(
        "> " + line
        for line in (
            "Hello,",
            "",
            f"since Monday we see this: {topic.lower()}.",
            "Our usage page shows far less than the monthly limit.",
            "",
            "Thanks, Alice",
        )
    )
    text = (
        f"Hi Alice,\n\n{_KIND_TEXTS[kind]}{link}\n\nBest regards,\n{agent}\n"
        f"{vendor.title} Support\n\n"
        f"On {moment - timedelta(days=1):%a, %d %b %Y} Alice Example <{USER}> wrote:\n{quoted}\n"
    )
    automatic = "Auto-Submitted: auto-replied\r\n" if kind == "acknowledgement" else ""
    head = (
        _transport(vendor.domain, moment, rng)
        + f"From: {_address(f'{agent} ({vendor.title} Support)', f'support@{vendor.domain}')}\r\n"
        f"To: Alice Example <{USER}>\r\n"
        f"Subject: {_encoded(subject)}\r\n"
        f"Date: {format_datetime(moment)}\r\n"
        f"Message-ID: {message_id}\r\n"
        f"In-Reply-To: {request_id}\r\n"
        f"References: {request_id}\r\n"
        f"{automatic}{extra_headers}"
    )
    raw = head + _helpdesk_body(text, vendor, f"=_support_{index}")
    return raw.encode("utf-8"), message_id, ticket


def _helpdesk_body(text: str, vendor: BenchVendor, boundary: str) -> str:
    """multipart/alternative with the styled HTML every helpdesk sends along."""
    paragraphs = "".join(
        f'<p style="margin:0 0 12px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;'
        f'line-height:20px;color:#2f3941">{p.replace(chr(10), "<br>")}</p>'
        for p in text.split("\n\n")
    )
    footer = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="border-top:1px solid #d8dcde;margin-top:24px"><tr><td style="padding:16px 0;'
        'font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#87929d">'
        f"This email is a service from {vendor.title} Support. "
        f'<a href="https://{vendor.domain}/support" style="color:#1f73b7">Help Center</a> | '
        f'<a href="https://{vendor.domain}/privacy" style="color:#1f73b7">Privacy</a>'
        "</td></tr></table>"
    )
    html = (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><style type="text/css">'
        "table td{border-collapse:collapse}a{text-decoration:none}"
        "@media screen and (max-width:600px){.wrap{width:100%!important}}</style></head>"
        '<body style="margin:0;padding:0;background:#ffffff"><div class="wrap" '
        'style="max-width:640px;margin:0 auto;padding:24px">'
        f"{paragraphs}{footer}</div></body></html>"
    )
    return _alternative(text, html, boundary)


# -- distractors and noise -------------------------------------------------------------------


def _vendor_mail(
    vendor: BenchVendor, category: str, rng: random.Random, moment: datetime, index: int
) -> tuple[bytes, str]:
    """A vendor's own marketing (news.<domain>, or its main domain with List-Unsubscribe)
    or receipt (noreply@...); trusted senders that are not support."""
    if category == "receipt":
        domain = "tm.openai.com" if vendor.slug == "openai" else vendor.domain
        sender = _address(vendor.title, f"noreply@{domain}")
        subject = f"Your receipt from {vendor.title} #{rng.randrange(1000, 9999)}-{index}"
        text = f"Receipt\n\nMonthly plan    USD {rng.randrange(5, 400)}.00\n\nThank you."
        extra = "Auto-Submitted: auto-generated\r\n"
    else:
        domain = "email.openai.com" if vendor.slug == "openai" else f"news.{vendor.domain}"
        if rng.random() < 0.3:
            domain = vendor.domain  # product news from the main domain
        sender = _address(f"{vendor.title} Team", f"hello@{domain}")
        subject = rng.choice(
            (
                f"Introducing the new {vendor.title} dashboard",
                f"{vendor.title} product update – what's new this month",
                f"Join our webinar: getting started with {vendor.title}",
            )
        )
        text = (
            "We shipped a faster dashboard, new usage alerts and a refreshed API reference.\n\n"
            f"Read more on our blog. Manage your email preferences at https://{domain}/prefs"
        )
        extra = f"List-Unsubscribe: <https://{domain}/unsubscribe/{index}>\r\nPrecedence: bulk\r\n"
    message_id = f"<{category}.{index}.{rng.getrandbits(32):08x}@{domain}>"
    raw = (
        _transport(domain, moment, rng)
        + f"From: {sender}\r\nTo: {USER}\r\nSubject: {_encoded(subject)}\r\n"
        f"Date: {format_datetime(moment)}\r\nMessage-ID: {message_id}\r\n{extra}"
        + _plain_or_alternative(text, rng, f"=_vendor_{index}")
    )
    return raw.encode("utf-8"), message_id


def _lookalike(
    vendor: BenchVendor, rng: random.Random, moment: datetime, index: int
) -> tuple[bytes, str]:
    domain = rng.choice(
        (
            f"{vendor.label}-support.example",
            f"{vendor.domain}.account-verify.example",
            f"{vendor.label}-helpdesk.test",
        )
    )
    message_id = f"<{index}.{rng.getrandbits(32):08x}@{domain}>"
    written, _ = _ticket(vendor, rng, moment)
    raw = (
        _transport(domain, moment, rng)
        + f"From: {_address(f'{vendor.title} Support', f'support@{domain}')}\r\n"
        f"Reply-To: {vendor.title} Support <support@{vendor.domain}>\r\n"
        f"To: {USER}\r\nSubject: Re: your request #{written} - action required\r\n"
        f"Date: {format_datetime(moment)}\r\nMessage-ID: {message_id}\r\n"
        + _plain_or_alternative(
            "Dear customer,\n\nyour account will be suspended within 24 hours. Verify your\n"
            f"billing details now: http://{domain}/verify?id={index}\n\nSupport Team",
            rng,
            f"=_phish_{index}",
        )
    )
    return raw.encode("utf-8"), message_id


def _newsletter(rng: random.Random, moment: datetime, index: int) -> tuple[bytes, str]:
    a, b = rng.sample(VENDORS, 2)
    domain = f"{rng.choice(_WORDS)}-weekly.example"
    subject = rng.choice(_NEWSLETTER_TOPICS).format(a=a.title, b=b.title)
    message_id = f"<nl.{index}.{rng.getrandbits(32):08x}@{domain}>"
    text = (
        f"This week: {a.title} ({a.domain}) changed its pricing, and {b.title} published a\n"
        f"post-mortem. Contact support@{a.domain} if you are affected.\n\n"
        f"Unsubscribe: https://{domain}/u/{index}"
    )
    raw = (
        _transport(domain, moment, rng) + f"From: The Weekly <digest@{domain}>\r\nTo: {USER}\r\n"
        f"Subject: {_encoded(subject)}\r\nDate: {format_datetime(moment)}\r\n"
        f"Message-ID: {message_id}\r\nList-Unsubscribe: <https://{domain}/u/{index}>\r\n"
        + _plain_or_alternative(text, rng, f"=_nl_{index}")
    )
    return raw.encode("utf-8"), message_id


def _noise(rng: random.Random, moment: datetime, index: int, folder: str) -> tuple[bytes, str]:
    """Personal mail and bulk mail; 2% carry an attachment."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    domain = f"{rng.choice(_WORDS)}-{rng.choice(_WORDS)}{rng.randrange(1000)}.example"
    text = "\n\n".join(rng.sample(_PARAGRAPHS, rng.randrange(1, 4)))
    if folder == "Sent":
        sender, recipient = f"Alice Example <{USER}>", _address(f"{first} {last}", f"x@{domain}")
        subject = rng.choice(_PERSONAL_SUBJECTS)
        extra = ""
    elif rng.random() < 0.6:
        sender = _address(f"{first} {last}", f"{first[0].lower()}.{index}@{domain}")
        recipient = f"Alice Example <{USER}>"
        subject = rng.choice(_PERSONAL_SUBJECTS)
        extra = ""
    else:
        sender = _address(f"{domain.split('.')[0].title()} News", f"news@{domain}")
        recipient = USER
        subject = rng.choice(_BULK_SUBJECTS)
        extra = f"List-Unsubscribe: <https://{domain}/u/{index}>\r\nPrecedence: bulk\r\n"
    message_id = f"<{index}.{rng.getrandbits(40):010x}@{domain}>"
    boundary = f"=_part_{index}_{rng.getrandbits(32):08x}"
    if rng.random() < ATTACHMENT_SHARE:
        body = _with_attachment(text, rng, boundary)
    else:
        body = _plain_or_alternative(text, rng, boundary)
    raw = (
        _transport(domain, moment, rng)
        + f"From: {sender}\r\nTo: {recipient}\r\nSubject: {_encoded(subject)}\r\n"
        f"Date: {format_datetime(moment)}\r\nMessage-ID: {message_id}\r\n{extra}" + body
    )
    return raw.encode("utf-8"), message_id


# -- the mailbox -----------------------------------------------------------------------------


def _plan(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(folder, category) per message, in random order; shares rounded, at least one
    support reply in INBOX and one in Junk."""
    support = max(2, round(count * SUPPORT_SHARE))
    support_junk = max(1, round(support * SUPPORT_IN_JUNK))
    lookalikes = max(1, round(count * LOOKALIKE_SHARE))
    labelled: list[tuple[str, str]] = [("INBOX", "support")] * (support - support_junk)
    labelled += [("Junk", "support")] * support_junk
    labelled += [("INBOX", "marketing")] * round(count * MARKETING_SHARE)
    labelled += [("INBOX", "receipt")] * round(count * RECEIPT_SHARE)
    labelled += [("Junk", "lookalike")] * (lookalikes - lookalikes // 3)
    labelled += [("INBOX", "lookalike")] * (lookalikes // 3)
    labelled += [("INBOX", "newsletter")] * round(count * NEWSLETTER_SHARE)
    targets = {folder: round(count * share) for folder, share in FOLDER_SHARES.items()}
    targets["Archive"] = count - sum(targets.values())
    for folder, _ in labelled:
        targets[folder] -= 1
    plan = labelled + [(folder, "noise") for folder, n in targets.items() for _ in range(max(0, n))]
    plan = plan[:count]
    rng.shuffle(plan)
    return plan


def generate(count: int, seed: int, today: date) -> Iterator[Generated]:
    """``count`` messages over the ``YEARS`` before ``today``, oldest first.

    Deterministic for (count, seed, today).
    """
    rng = random.Random(seed)
    plan = _plan(count, rng)
    end = datetime.combine(today, time(0, 0), UTC)
    span = YEARS * 365 * 86400
    moments = sorted(end - timedelta(seconds=rng.randrange(3600, span)) for _ in plan)
    for index, ((folder, category), moment) in enumerate(zip(plan, moments, strict=True)):
        vendor = rng.choice(VENDORS)
        ticket: str | None = None
        truth_vendor: str | None = vendor.slug
        match category:
            case "support":
                raw, message_id, ticket = _support_reply(vendor, rng, moment, index)
            case "marketing" | "receipt":
                raw, message_id = _vendor_mail(vendor, category, rng, moment, index)
            case "lookalike":
                raw, message_id = _lookalike(vendor, rng, moment, index)
            case "newsletter":
                raw, message_id = _newsletter(rng, moment, index)
                truth_vendor = None
            case _:
                raw, message_id = _noise(rng, moment, index, folder)
                truth_vendor = None
        yield Generated(
            folder, moment, raw, Truth(message_id, folder, category, truth_vendor, ticket, len(raw))
        )


def new_arrivals(
    count: int, support: int, seed: int, moment: datetime, start: int
) -> list[Generated]:
    """``count`` fresh messages for INBOX (``support`` of them support replies), dated
    ``moment``: what arrives between two scans."""
    rng = random.Random(seed)
    arrivals = []
    for offset in range(count):
        index = start + offset
        if offset < support:
            vendor = VENDORS[offset % len(VENDORS)]
            raw, message_id, ticket = _support_reply(vendor, rng, moment, index)
            truth = Truth(message_id, "INBOX", "support", vendor.slug, ticket, len(raw))
        else:
            raw, message_id = _noise(rng, moment, index, "INBOX")
            truth = Truth(message_id, "INBOX", "noise", None, None, len(raw))
        arrivals.append(Generated("INBOX", moment, raw, truth))
    return arrivals


def support_reply_for(vendor_index: int, seed: int, moment: datetime, index: int) -> Generated:
    """One support reply (for the push trials)."""
    vendor = VENDORS[vendor_index % len(VENDORS)]
    raw, message_id, ticket = _support_reply(vendor, random.Random(seed), moment, index)
    return Generated(
        "INBOX", moment, raw, Truth(message_id, "INBOX", "support", vendor.slug, ticket, len(raw))
    )


def summarise(generated: Iterator[Generated], truth: GroundTruth) -> Iterator[Generated]:
    """Pass messages through while recording them in ``truth``."""
    for item in generated:
        truth.folders[item.folder] = truth.folders.get(item.folder, 0) + 1
        truth.total_bytes += len(item.raw)
        if b"multipart/mixed" in item.raw[:4000]:
            truth.attachments += 1
        if item.truth.category != "noise":
            truth.labelled.append(item.truth)
        if item.truth.category == "support":
            truth.support_bytes += len(item.raw)
        yield item


def _alternative(text: str, html: str, boundary: str) -> str:
    """A quoted-printable multipart/alternative body (text and HTML) with its headers."""
    return (
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{_qp(text)}\r\n"
        f"--{boundary}\r\n"
        'Content-Type: text/html; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{_qp(html)}\r\n"
        f"--{boundary}--\r\n"
    )
