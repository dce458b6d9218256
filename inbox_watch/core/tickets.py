"""Tickets: the helpdesk's number for a request, found in a message and normalised.

Pure: reads only the MailMessage it is given; never raises for one odd message.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from inbox_watch.core.models import MailMessage
from inbox_watch.core.quoting import own_lines
from inbox_watch.core.vendors import (
    THREAD_TOKEN_PATTERNS,
    UNIVERSAL_PATTERNS,
    HelpdeskStyle,
    TicketShape,
    VendorProfile,
)

_THREAD_TOKEN = re.compile(
    r"(?-i:ref:_?00D)[A-Za-z0-9]{4,}\._?(?-i:500)[A-Za-z0-9]{4,}(?-i::ref)"
    r"|(?-i:ref:!00D)[A-Za-z0-9]{4,}\.?(?-i:!500)[A-Za-z0-9]{4,}(?-i::ref)"
    r"|(?-i:thread::)[A-Za-z0-9_\-]{8,}::"
)
_JIRA_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_]*-[0-9]+")
# Upper-case words with a number that are standards and versions, not Jira keys.
_NOT_PROJECT_KEYS = frozenset(
    {
        "UTF",
        "ISO",
        "SHA",
        "MD",
        "CVE",
        "RFC",
        "GPT",
        "COVID",
        "TLS",
        "SSL",
        "HTTP",
        "IPV",
        "WIN",
        "MAC",
        "IOS",
        "USB",
        "PCI",
        "AES",
        "RSA",
        "EC",
        "ES",
        "RS",
        "HS",
        "PS",
        "ECMA",
        "IEEE",
        "DIN",
        "EN",
        "X",
        "CP",
        "KOI",
        "LATIN",
        "GDPR",
        "ID",
        "PO",
        "SKU",
        "INV",
    }
)
_DIGIT_RUN = re.compile(r"[0-9]+")
_WRAPPING = " \t\r\n[](){}<>#:;,."

# Words that, right before a number, make it an order, invoice, payment, account
# or phone number rather than a ticket ("Order #12345", "Invoice 123456").
_NOT_TICKET_WORDS = re.compile(
    r"(?<![a-z])(?:order|orders|po|purchase\s+order|invoice|receipt|payment|transaction"
    r"|account|customer(?:\s+(?:id|number|no\.?))?|member|sku|tracking|shipment|parcel"
    r"|phone|tel|telephone|fax|mobile|call|iban|vat|hrb|reg(?:istration)?"
    r"|bestellung|bestellnummer|auftrag|auftragsnummer|rechnung|rechnungsnummer|quittung"
    r"|zahlung|konto|kundennummer|telefon|sendung"
    r"|commande|facture|reçu|paiement|compte|téléphone|colis"
    r"|pedido|orden|factura|recibo|pago|cuenta|teléfono|envío"
    r"|주문|영수증|청구서|결제|계정|전화|송장|注文|請求書|領収書|支払い|お支払い|電話|口座)"
    r"(?![a-z])",
    re.IGNORECASE,
)
_TICKET_WORDS = re.compile(
    r"(?<![a-z])(?:request|ticket|case|anfrage|vorgang|demande|requête|solicitud|caso"
    r"|문의|티켓|요청|お問い合わせ|問い合わせ|チケット)",
    re.IGNORECASE,
)
# A phone number: a "+" or at least nine digits in groups split by spaces,
# dots, dashes or parentheses ("+1 415 555 0100", "(415) 555-0100").
_PHONE = re.compile(r"\+?\(?[0-9][0-9 ().\-]{5,}[0-9]")

# HTML character references with their semicolon ("&#35;", "&#x23;", "&num;"): a
# helpdesk's HTML-only mail, or a plain part written by an HTML template, spells
# "#12345" as "&#35;12345". Without the semicolon ("AT&T", "&notice") it is text.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)
# HTML tags by name: "<URL: https://...>" (RT) and "<support@acme.example>" are text.
_MARKUP = re.compile(
    r"</?(?:html|head|body|div|span|p|br|hr|table|tbody|thead|tfoot|tr|td|th|a|b|i|u|em"
    r"|strong|font|img|ul|ol|li|h[1-6]|blockquote|center|pre|small|big|sup|sub|meta|section"
    r"|header|footer|article|main|nav|label|wbr)(?=[\s/>])[^<>]*>",
    re.IGNORECASE,
)
# An element its template hides: Zendesk and Freshdesk put ticket ids in zero-size,
# white or display:none spans so that replies carry them without readers seeing them.
_HIDDEN_ELEMENT = re.compile(
    r"<(?P<tag>span|div|p|td|font|a)\b(?P<attrs>[^<>]*)>"
    r"(?P<content>(?:(?!</?(?P=tag)\b)[^\x00]){0,300}?)</(?P=tag)\s*>",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all"
    r"|(?:font-size|max-height|line-height|height|width)\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?"
    r"\s*(?:!important)?\s*(?:;|$|[\"'])"
    r"|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|[\"'])"
    r"|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?|white|transparent)\s*(?:!important)?\s*(?:;|$|[\"'])"
    r"|(?:^|\s)hidden(?:\s|=|$)",
    re.IGNORECASE,
)
# What a hidden element may hold on its own: "12345", "#12345", "[#12345]".
_BARE_ID = re.compile(r"\s*\[?\s*#?\s*(?P<ticket>[0-9]{3,20})\s*\]?\s*")
_YEAR = re.compile(r"(?:19[7-9][0-9]|20[0-9][0-9])")
_CURRENCY_BEFORE = re.compile(r"[$€£¥₩]\s?$|(?<![a-z])(?:usd|eur|gbp|jpy|krw)\s?$", re.IGNORECASE)


def decode_entities(text: str) -> str:
    """``text`` with its HTML character references decoded (only complete ones).

    >>> decode_entities("Ticket &#35;12345 &amp; &num;6 AT&T")
    'Ticket #12345 & #6 AT&T'
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda match: html.unescape(match.group(0)), text)


def hidden_texts(markup: str) -> tuple[str, ...]:
    """The texts of the elements that ``markup`` hides (display:none, zero size,
    white on white, ``hidden``), tags removed and entities decoded.

    They are read as ticket sources on purpose, and only by ticket patterns or as
    a bare id; no other rule sees them.

    >>> hidden_texts('Hi<span style="display:none;">[#4711]</span> <b>there</b>')
    ('[#4711]',)
    """
    if "<" not in markup:
        return ()
    found: list[str] = []
    for element in _HIDDEN_ELEMENT.finditer(markup):
        if _HIDDEN_STYLE.search(element.group("attrs")) is None:
            continue
        text = " ".join(decode_entities(_MARKUP.sub(" ", element.group("content"))).split())
        if text:
            found.append(text)
    return tuple(dict.fromkeys(found))


def visible_text(text: str) -> str:
    """``text`` as a reader sees it: when it still holds HTML markup, without the
    hidden elements and the tags; character references decoded either way.

    >>> visible_text('Fixed.<span style="font-size:0">Ticket 999</span><br>Bye')
    'Fixed. Bye'
    """
    if "<" in text and _MARKUP.search(text) is not None:
        text = _HIDDEN_ELEMENT.sub(
            lambda e: " " if _HIDDEN_STYLE.search(e.group("attrs")) else e.group(0), text
        )
        text = _MARKUP.sub(" ", text)
        text = "\n".join(" ".join(line.split()) for line in text.splitlines())
    return decode_entities(text)


# A ticket the user types is at most this long (Salesforce thread tokens are ~40).
_MAX_TYPED_TICKET = 100


def clean_typed_ticket(raw: str) -> str:
    """A ticket as the user typed it, ready to normalise; ValueError says why not.

    Spaces between digit groups are the user's, not the helpdesk's ("48 213" is
    48213); an empty value, a line break or another control character is refused.

    >>> clean_typed_ticket("  48 213 ")
    '48213'
    """
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        raise ValueError("the ticket is empty")
    if any(unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") for char in text):
        raise ValueError("a ticket cannot contain line breaks or control characters")
    if len(text) > _MAX_TYPED_TICKET:
        raise ValueError(f"a ticket is at most {_MAX_TYPED_TICKET} characters")
    return re.sub(r"(?<=[0-9])\s+(?=[0-9])", "", text)


def normalise_ticket(raw: str, style: HelpdeskStyle) -> str:
    """A ticket as written, reduced to the form two tickets of ``style`` compare in.

    Numeric helpdesks keep the number without tag, sign or leading zeros; Jira
    keys are upper-cased; long counters (OTRS, Zammad) are kept whole; thread
    tokens and opaque ids are only trimmed. Full-width digits become ASCII.

    Example: ``normalise_ticket("[Request #0012345]", HELPDESK_STYLES["zendesk"])``
    gives ``"12345"``, as do ``"Request 12345"`` and ``"#12345"``.
    """
    text = unicodedata.normalize("NFKC", raw)
    token = _THREAD_TOKEN.search(text)
    if token is not None:
        return token.group(0)
    text = text.strip().strip(_WRAPPING)
    shape = style.ticket_shape
    if shape == TicketShape.KEY:
        key = _JIRA_KEY.search(text)
        if key is not None:
            return key.group(0).upper()
        shape = TicketShape.NUMERIC
    if shape == TicketShape.TOKEN:
        return text
    runs = _DIGIT_RUN.findall(text)
    if not runs:
        return text
    if len(runs) > 1:
        # "[example2.com #123]": the number follows the last "#". Without one,
        # "ACME-2024-0001" is an id of its own, compared as written.
        after_sign = _DIGIT_RUN.search(text, text.rfind("#") + 1) if "#" in text else None
        if after_sign is None:
            return text.upper()
        runs = [after_sign.group(0)]
    number: str = runs[0]
    if shape == TicketShape.DIGITS:
        return number
    return number.lstrip("0") or "0"


def extract_tickets(message: MailMessage, vendor: VendorProfile) -> tuple[str, ...]:
    """Every ticket the message names, normalised, most trustworthy first.

    Order: the subject, then the message's own new text (never the quoted
    history, which names other tickets), then the style's headers, then thread
    tokens anywhere in headers and references. In each place the vendor's own
    ``ticket_patterns`` come before the helpdesk style's. Numbers introduced
    as orders, invoices, accounts or phones are not tickets.

    Example: subject ``"[Request #0123] Re: Help"`` with new text ``"See order
    #999."`` and a quoted ``"> Request #77"`` gives ``("123",)``.
    """
    found: dict[str, None] = {}
    is_key = vendor.helpdesk.ticket_shape == TicketShape.KEY
    for raw in _raw_tickets(message, vendor):
        ticket = normalise_ticket(raw, vendor.helpdesk)
        if is_key and ticket.partition("-")[0] in _NOT_PROJECT_KEYS:
            continue
        if ticket:
            found.setdefault(ticket, None)
    return tuple(found)


def extract_ticket(message: MailMessage, vendor: VendorProfile) -> str | None:
    """The message's most trustworthy ticket (the first of ``extract_tickets``), or None.

    Example: subject ``"Order #12345 shipped"`` gives None.
    """
    tickets = extract_tickets(message, vendor)
    return tickets[0] if tickets else None


def own_text(new_text: str) -> str:
    """The part of ``new_text`` that is the sender's own words.

    The same line rules as the mail layer's (core.quoting), applied again to
    the visible text: a plain part written by an HTML template, or a message
    built without the mail layer, still loses its footer and quoted history, so
    their numbers never become tickets.

    >>> own_text("Fixed.\\n-- \\nACME Support, case line 0800 123 456")
    'Fixed.'
    """
    text = visible_text(unicodedata.normalize("NFKC", new_text))
    return "\n".join(own_lines(text)).strip()


@dataclass(frozen=True, slots=True)
class TicketEvidence:
    """Where a message's ticket was found, for `inbox-watch explain`."""

    ticket: str
    where: str  # "the subject", "the new text", "header X-...", ...
    rule: str  # "your ticket_patterns", "the zendesk style", "the universal patterns"


def ticket_evidence(message: MailMessage, vendor: VendorProfile) -> TicketEvidence | None:
    """The first ticket ``extract_ticket`` accepts, with the place and rule that gave it."""
    is_key = vendor.helpdesk.ticket_shape == TicketShape.KEY
    for raw, where, rule in _located_tickets(message, vendor):
        ticket = normalise_ticket(raw, vendor.helpdesk)
        if ticket and not (is_key and ticket.partition("-")[0] in _NOT_PROJECT_KEYS):
            return TicketEvidence(ticket, where, rule)
    return None


def _raw_tickets(message: MailMessage, vendor: VendorProfile) -> Iterator[str]:
    for raw, _where, _rule in _located_tickets(message, vendor):
        yield raw


def _located_tickets(message: MailMessage, vendor: VendorProfile) -> Iterator[tuple[str, str, str]]:
    """Every raw ticket in trust order, with where it was found and by which rule."""
    style = vendor.helpdesk

    def rule_of(pattern: str) -> str:
        if pattern in vendor.ticket_patterns:
            return "your ticket_patterns"
        return (
            "the universal patterns" if pattern in UNIVERSAL_PATTERNS else f"the {style.key} style"
        )

    subject = decode_entities(unicodedata.normalize("NFKC", message.subject))
    body = own_text(message.new_text)
    own = vendor.ticket_patterns
    for text, where, patterns in (
        (subject, "the subject", (*own, *style.subject_patterns, *UNIVERSAL_PATTERNS)),
        (body, "the new text", (*own, *style.body_patterns, *UNIVERSAL_PATTERNS)),
    ):
        for pattern in patterns:
            for raw in _matches(pattern, text):
                yield raw, where, rule_of(pattern)
    for raw in _hidden_tickets(message, vendor):
        yield raw, "a hidden element of the HTML template", f"the {style.key} style"
    for name, pattern in style.header_patterns:
        for value in _header_values(message, name):
            for raw in _matches(pattern, unicodedata.normalize("NFKC", value)):
                yield raw, f"header {name}", f"the {style.key} style"
    everywhere = [
        subject,
        body,
        *(value for _, value in message.headers),
        *message.in_reply_to,
        *message.references,
        # A Salesforce thread id names its case wherever it is: the whole body,
        # footer and quoted history included, is the last place to look.
        message.body_text,
    ]
    for pattern in THREAD_TOKEN_PATTERNS:
        for text in everywhere:
            for raw in _matches(pattern, text):
                yield raw, "a thread token", "the thread-token patterns"


def _hidden_tickets(message: MailMessage, vendor: VendorProfile) -> Iterator[str]:
    """Tickets in the template's hidden elements of the new text (then the whole
    body, whose hidden id belongs to this mail's template, not to quoted history)."""
    texts = dict.fromkeys((*hidden_texts(message.new_text), *hidden_texts(message.body_text)))
    patterns = (*vendor.ticket_patterns, *vendor.helpdesk.body_patterns, *UNIVERSAL_PATTERNS)
    for text in texts:
        bare = _BARE_ID.fullmatch(text)
        if bare is not None:
            yield bare.group("ticket")
            continue
        for pattern in patterns:
            yield from _matches(pattern, unicodedata.normalize("NFKC", text))


def _header_values(message: MailMessage, name: str) -> list[str]:
    wanted = name.lower()
    values = [value for key, value in message.headers if key.lower() == wanted]
    # The mail layer may hand Reply-To over as addresses only.
    if wanted == "reply-to":
        values.extend(message.reply_to)
    return values


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    except re.error:
        # A bad user pattern is reported at config time (ticket_pattern_problem);
        # here it must not fail the scan of every message.
        return None


def _matches(pattern: str, text: str) -> Iterator[str]:
    compiled = _compiled(pattern)
    if compiled is None or not text:
        return
    has_group = "ticket" in compiled.groupindex
    for match in compiled.finditer(text):
        group = "ticket" if has_group and match.group("ticket") is not None else 0
        value = match.group(group)
        if not value or not value.strip():
            continue
        start, end = match.span(group)
        if _is_other_number(text, start, end):
            continue
        yield value


def _is_other_number(text: str, start: int, end: int) -> bool:
    """True when the number at ``text[start:end]`` is an order, invoice or phone
    number, an amount, or a year written straight after a word ("Anfrage 2024")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    opened = before.rfind("[")
    if opened >= 0 and "]" not in before[opened:]:
        # Inside a bracketed tag ("Re: Invoice wrong [#4102]") only the tag is context.
        before = before[opened + 1 :]
    if _CURRENCY_BEFORE.search(before) is not None:
        return True
    if _YEAR.fullmatch(text[start:end]) is not None and before.rstrip()[-1:].isalpha():
        return True
    last_other = _last_match_end(_NOT_TICKET_WORDS, before)
    if last_other is not None:
        last_ticket = _last_match_end(_TICKET_WORDS, before)
        # "Order 123 - Request #456" names a ticket; "Request 12 about order #456" does not.
        if last_ticket is None or last_ticket < last_other:
            return True
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    for phone in _PHONE.finditer(line):
        phone_start, phone_end = phone.start() + line_start, phone.end() + line_start
        if phone_start <= start and end <= phone_end:
            digits = sum(char.isdigit() for char in phone.group(0))
            grouped = digits > end - start
            if grouped and (phone.group(0).startswith("+") or 9 <= digits <= 15):
                return True
    return False


def _last_match_end(pattern: re.Pattern[str], text: str) -> int | None:
    last = None
    for match in pattern.finditer(text):
        last = match.end()
    return last
