"""The labelled set: conversations in the helpdesks' wrappers, and the mail around them.

Deterministic for a seed. Each delivered message carries its label: which conversation
it belongs to, the ticket and reply kind a careful reader would give it, and whether it
should be matched at all (lookalikes, a vendor's newsletters and personal mail must not).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from bench.intelligence.texts import LANGUAGES
from bench.intelligence.wrappers import WRAPPERS, Message, Wrapper

USER = "kim@mailbox.example"
SURVEYING = {"zendesk", "freshdesk", "intercom", "openai", "salesforce", "helpscout", "jira"}
# The order a conversation's vendor mail comes in; the user answers every question.
FLOWS = (
    ("acknowledgement", "answer"),
    ("acknowledgement", "needs_info", "answer", "resolved"),
    ("acknowledgement", "needs_info", "resolved"),
    ("acknowledgement", "answer", "resolved", "survey"),
    ("acknowledgement", "needs_info", "answer", "survey"),
)
TITLES = {
    "en": ("Cannot log in after password reset", "Charged twice this month", "Export fails",
           "API returns 500 errors", "Two-factor device lost", "Invoice address wrong"),
    "de": ("Anmeldung nicht möglich", "Doppelte Abbuchung", "Export schlägt fehl",
           "Rechnung fehlt"),
    "fr": ("Impossible de me connecter", "Double prélèvement", "L'export échoue",
           "Facture introuvable"),
    "es": ("No puedo iniciar sesión", "Cargo duplicado", "La exportación falla",
           "Factura incorrecta"),
    "ko": ("로그인이 되지 않습니다", "이중 결제 문의", "내보내기 오류", "계정 잠김 해제 요청"),
    "ja": ("ログインできません", "二重請求について", "エクスポートが失敗します", "請求書の宛名変更"),
}  # fmt: skip


@dataclass(frozen=True)
class Label:
    message_id: str
    part: str  # "tuning" or "held"
    conversation: str | None  # None: not part of any conversation
    vendor: str  # the vendor's slug ("" for mail of no vendor)
    helpdesk: str  # the wrapper's key, or what the distractor imitates
    language: str
    outcome: str  # "reply" (must be matched), "suspicious", "not_support", "ignored"
    kind: str | None  # the expected ReplyKind value of a reply
    ticket: str | None  # the expected normalised ticket of a reply
    folder: str


@dataclass(frozen=True)
class Conversation:
    key: str
    part: str
    wrapper: Wrapper
    language: str
    mode: str  # how the user tracks it: "ticket", "message_id", "subject" or "auto"
    title: str
    ticket_shown: str
    ticket: str | None
    submitted: date
    user_message_id: str


@dataclass(frozen=True)
class Delivery:
    folder: str
    raw: bytes
    when: datetime
    label: Label


@dataclass(frozen=True)
class LabelledSet:
    conversations: tuple[Conversation, ...]
    deliveries: tuple[Delivery, ...]


def slug_of(wrapper: Wrapper) -> str:
    return wrapper.vendor.lower().replace(" ", "-")


def build(
    part: str,
    texts: Mapping[str, Mapping[str, Sequence[str]]],
    today: date,
    *,
    seed: int,
    per_wrapper: int,
) -> LabelledSet:
    """``per_wrapper`` conversations per helpdesk wrapper, with their vendor mail, plus
    lookalikes, vendor newsletters and personal mail."""
    rng = random.Random(f"{part}-{seed}")
    conversations: list[Conversation] = []
    deliveries: list[Delivery] = []
    for wrapper in WRAPPERS:
        used: set[str] = set()  # one vendor, one subject: the same title twice is ambiguous
        for index in range(per_wrapper):
            conversation = _conversation(part, wrapper, index, rng, today, used)
            used.add(conversation.title)
            conversations.append(conversation)
            deliveries += _vendor_mail(conversation, texts, rng, today)
    deliveries += _distractors(part, conversations, rng, today)
    return LabelledSet(tuple(conversations), tuple(deliveries))


def _conversation(
    part: str, wrapper: Wrapper, index: int, rng: random.Random, today: date, used: set[str]
) -> Conversation:
    offset = 0 if part == "tuning" else 500
    number = 4000 + offset + index * 37 + rng.randrange(30)
    # Every wrapper's conversations start at a different language, so that each part
    # covers all six whatever its size.
    language = LANGUAGES[(WRAPPERS.index(wrapper) + index) % len(LANGUAGES)]
    shown, ticket = wrapper.ticket_of(number)
    key = f"{part[0]}{wrapper.key}{index}"
    return Conversation(
        key=key,
        part=part,
        wrapper=wrapper,
        language=language,
        mode=wrapper.modes[index % len(wrapper.modes)],
        title=rng.choice([t for t in TITLES[language] if t not in used] or TITLES[language]),
        ticket_shown=shown,
        ticket=ticket,
        submitted=today - timedelta(days=rng.randrange(8, 45)),
        user_message_id=f"<u.{key}@mailbox.example>",
    )


def _vendor_mail(
    conversation: Conversation,
    texts: Mapping[str, Mapping[str, Sequence[str]]],
    rng: random.Random,
    today: date,
) -> list[Delivery]:
    wrapper = conversation.wrapper
    flows = [f for f in FLOWS if "survey" not in f or wrapper.key in SURVEYING]
    flow = rng.choice(flows)
    moment = datetime.combine(conversation.submitted, time(9, rng.randrange(60)), UTC)
    thread: list[str] = [conversation.user_message_id]
    agent = rng.choice(("Dana", "Sam", "Yuki", "Minji", "Lukas", "Inès", "Pablo"))
    out: list[Delivery] = []
    for step, role in enumerate(flow):
        moment += timedelta(minutes=3) if step == 0 else timedelta(hours=rng.randrange(5, 60))
        moment = min(moment, datetime.combine(today, time(0), UTC) - timedelta(minutes=60 - step))
        text = _text(texts, role, conversation, rng)
        rendered = wrapper.render(
            Message(role, conversation.language, conversation.title, text, agent,
                    conversation.ticket_shown)
        )  # fmt: skip
        message_id = f"<{conversation.key}.{step}@{wrapper.domains[0]}>"
        label = Label(
            message_id=message_id,
            part=conversation.part,
            conversation=conversation.key,
            vendor=slug_of(wrapper),
            helpdesk=wrapper.key,
            language=conversation.language,
            outcome="reply",
            kind=role,
            ticket=conversation.ticket if rendered.shows_ticket else None,
            folder="Junk" if rng.random() < 0.15 else "INBOX",
        )
        raw = _raw(
            rendered.from_name, rendered.from_address, rendered.subject, rendered.body,
            rendered.html, message_id, moment, thread if wrapper.threads else [],
            rendered.headers,
        )  # fmt: skip
        out.append(Delivery(label.folder, raw, moment, label))
        thread.append(message_id)
        if role == "needs_info":
            thread.append(f"<u.{conversation.key}.r{step}@mailbox.example>")  # the user answers
    return out


def _text(
    texts: Mapping[str, Mapping[str, Sequence[str]]],
    role: str,
    conversation: Conversation,
    rng: random.Random,
) -> str:
    if role == "survey":
        return ""
    choices = texts[role][conversation.language]
    return rng.choice(choices).replace("{ticket}", conversation.ticket_shown)


def _raw(
    from_name: str,
    from_address: str,
    subject: str,
    body: str,
    is_html: bool,
    message_id: str,
    when: datetime,
    thread: Sequence[str],
    headers: Sequence[tuple[str, str]],
) -> bytes:
    message = EmailMessage()
    message["From"] = f'"{from_name}" <{from_address}>' if from_name else from_address
    message["To"] = USER
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = message_id
    if thread:
        message["In-Reply-To"] = thread[-1]
        message["References"] = " ".join(thread)
    for name, value in headers:
        message[name] = value
    message.set_content(body, subtype="html" if is_html else "plain")
    return message.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _distractors(
    part: str, conversations: Sequence[Conversation], rng: random.Random, today: date
) -> list[Delivery]:
    """Lookalikes that copy a conversation (subject, ticket, even its thread), a vendor's
    mail that is not support, and personal mail that talks about tickets."""
    out: list[Delivery] = []
    when = datetime.combine(today - timedelta(days=2), time(8), UTC)
    for index, conversation in enumerate(conversations[:: max(1, len(conversations) // 12)]):
        wrapper = conversation.wrapper
        domain = wrapper.domains[0]
        name, _, tld = domain.rpartition(".")
        fakes = (
            (f"{wrapper.vendor.title()} Support", f"support@{name}-support.{tld}"),
            (f"{wrapper.vendor.title()} Support", f"help@{domain}.account-verify.example"),
            (f"{wrapper.vendor.title()} Support", f"{name}.support.team@gmail.com"),
        )
        fake_name, fake_address = fakes[index % len(fakes)]
        message_id = f"<fake.{part}.{index}@phish.example>"
        raw = _raw(
            fake_name, fake_address, f"Re: {conversation.title} [#{conversation.ticket_shown}]",
            f"Your case {conversation.ticket_shown} needs action. Verify your account "
            "within 24 hours: https://verify.phish.example/login", False, message_id, when,
            [conversation.user_message_id], (),
        )  # fmt: skip
        label = Label(message_id, part, None, slug_of(wrapper), wrapper.key,
                      conversation.language, "suspicious", None, None, "Junk")  # fmt: skip
        out.append(Delivery("Junk", raw, when, label))
    for index, (sender, subject, body) in enumerate(_not_support(part)):
        message_id = f"<news.{part}.{index}@mail.example>"
        raw = _raw("", sender, subject, body, False, message_id, when, [], ())
        vendor = "openai" if "openai" in sender else "nimbus-hosting"
        label = Label(message_id, part, None, vendor, "newsletter", "en", "not_support",
                      None, None, "INBOX")  # fmt: skip
        out.append(Delivery("INBOX", raw, when + timedelta(minutes=index), label))
    for index in range(4):
        message_id = f"<friend.{part}.{index}@friend.example>"
        ticket = rng.randrange(1000, 9999)
        raw = _raw(
            "Alex", "alex@friend.example", f"Re: concert ticket #{ticket}",
            f"I got ticket #{ticket} for Saturday, did your request go through?", False,
            message_id, when, [], (),
        )  # fmt: skip
        label = Label(message_id, part, None, "", "personal", "en", "ignored", None, None,
                      "INBOX")  # fmt: skip
        out.append(Delivery("INBOX", raw, when + timedelta(hours=index), label))
    return out


def _not_support(part: str) -> tuple[tuple[str, str, str], ...]:
    if part == "tuning":
        return (
            ("noreply@tm.openai.com", "Your OpenAI verification code",
             "Your code is 481516. It expires in 10 minutes."),
            ("noreply@email.openai.com", "Introducing new models",
             "Today we are releasing new models to all developers."),
            ("digest@news.nimbus.example", "Nimbus monthly: new regions",
             "Three new regions are live. Read more on our blog."),
        )  # fmt: skip
    return (
        ("noreply@tm.openai.com", "[Task Update] Your scheduled task ran",
         "Your task 'Daily summary' completed."),
        ("noreply@email.openai.com", "Deprecation notice",
         "An older model you use will be retired next quarter."),
    )  # fmt: skip
