"""Vendor profiles and helpdesk styles: what each vendor's support mail looks like.

Pure data and lookups; no I/O. Users extend it through the config's [[vendors]].
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_RESPONSE_DAYS = 5

# Mail providers anyone can sign up with: every mailbox there passes DKIM for the
# domain, so it never identifies a vendor (trust, and the catalogue refuses them).
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "gmx.com",
        "web.de",
        "mail.com",
        "yandex.ru",
        "mail.ru",
        "naver.com",
        "daum.net",
        "hanmail.net",
        "kakao.com",
        "yahoo.co.jp",
        "qq.com",
        "163.com",
        "fastmail.com",
        "zoho.com",
        "tutanota.com",
    }
)


class TicketShape(StrEnum):
    """How ticket numbers of a helpdesk compare (see ``tickets.normalise_ticket``)."""

    NUMERIC = "numeric"  # "#0012345", "Request 12345" -> "12345"
    KEY = "key"  # Jira-like project keys: "abc-123" -> "ABC-123"
    DIGITS = "digits"  # long counters kept whole: OTRS "2025112310000012"
    TOKEN = "token"  # noqa: S105 - opaque ids kept as written (trimmed), not a secret


@dataclass(frozen=True, slots=True)
class HelpdeskStyle:
    """The conventions of one helpdesk product.

    Every pattern is a regular expression with a named group ``ticket``; they
    are matched case-insensitively (``(?-i:...)`` turns that off locally).
    ``subject_patterns`` are tried on the subject, ``body_patterns`` on the
    reply's own new text, ``header_patterns`` as ``(header name, pattern)``.
    ``marker_headers`` are headers whose presence says the mail came through
    this helpdesk; ``reply_delimiters`` are the lines above which a user's
    reply goes ("##- Please type your reply above this line -##").
    """

    key: str
    title: str
    subject_patterns: tuple[str, ...] = ()
    body_patterns: tuple[str, ...] = ()
    header_patterns: tuple[tuple[str, str], ...] = ()
    marker_headers: tuple[str, ...] = ()
    reply_delimiters: tuple[str, ...] = ()
    ticket_shape: str = TicketShape.NUMERIC
    # Zendesk, Freshdesk, Intercom and Jira send *every* notification, an agent's
    # answer or question included, with "Auto-Submitted: auto-generated": for them
    # the header says nothing about the kind.
    auto_submits_all: bool = False


@dataclass(frozen=True, slots=True)
class VendorProfile:
    """A vendor the user writes to.

    ``domains`` are the sender domains trusted for this vendor (a subdomain of
    one counts too). ``not_support_senders`` are addresses or domains of the
    vendor that never send support replies (receipts, newsletters, login
    codes): ``"noreply@tm.openai.com"`` or ``"email.openai.com"``.
    ``ticket_patterns`` are the user's regular expressions, tried before the
    helpdesk's (case-insensitive); the group ``ticket``, or else the whole
    match, is the ticket.
    """

    name: str
    slug: str
    domains: tuple[str, ...]
    helpdesk: HelpdeskStyle
    ticket_patterns: tuple[str, ...] = ()
    not_support_senders: tuple[str, ...] = ()
    response_days: int = DEFAULT_RESPONSE_DAYS
    builtin: bool = False
    # A catalogue vendor is searched for only once a request with it is tracked:
    # google.com or amazon.com mail is not support mail for everyone.
    always_watched: bool = True
    sources: tuple[str, ...] = ()
    unverified: tuple[str, ...] = ()


def slugify(name: str) -> str:
    """A vendor name as a command-line friendly slug.

    >>> slugify("Nimbus Hosting")
    'nimbus-hosting'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or name.strip().lower()


# -- Pattern building blocks --------------------------------------------------------
#
# Numbers end at a non-digit and not in a decimal ("case 123.45" is an amount).
# The ticket words are the helpdesks' own words in the languages we cover; the
# left guard keeps "showcase 123" from reading as "case 123".

# Not a date either: "2025-03-04", "03/04/2025" (the number must not continue
# with "-", "/" or "." and a digit), nor an amount or a share ("120 EUR", "100%").
_END = r"(?![0-9]|[.,/\-][0-9]|\s?(?:%|€|\$|£|eur|usd|gbp|jpy|krw|円|원)(?![a-z]))"
_NUMBER = r"(?P<ticket>[0-9]{3,20})" + _END
_SHORT_NUMBER = r"(?P<ticket>[0-9]{1,20})" + _END
_TICKET_WORDS = (
    r"(?<![a-z])(?:support\s+request|request|ticket|case|conversation"
    r"|anfrage|supportanfrage|anliegen|vorgang|ticketnummer|vorgangsnummer"
    r"|inquiry|enquiry|demande|requête|solicitud|petición|consulta|caso|incidencia"
    r"|문의|티켓|요청|접수|お問い合わせ|問い合わせ|チケット|受付|ケース)"
)
# "dossier", "incident", "reference" and German "Fall" are too common as plain words
# ("Fall 2025"), so they only count with an explicit number sign.
_WEAK_TICKET_WORDS = (
    r"(?<![a-z])(?:dossier|incident|fall|cas|reference|referenz|référence|referencia)"
)
# The qualifiers helpdesks put between the word and the number ("Ticket ID #",
# "Ticket-Nr.", "numéro", "번호", "番号"), and the verbs of "your ticket ID is 123"
# in our six languages ("lautet", "est le", "es", "は", "는").
_NUMBER_SIGN = r"(?:#|id|no\.?|nr\.?|n[°º]\.?|number|nummer|numéro|número|번호|番号)"
_VERB = r"(?:is|ist|lautet|est(?:\s+le)?|es|era|は|는|은)"
# An opening parenthesis too: "문의(4172)가 접수되었습니다", "your request (4172)".
_SEPARATOR = r"[\s\-]*\(?(?:[:：]|" + _VERB + r"(?![a-z])\s*[:：]?)?\s*#?\s*"

_WORD_THEN_NUMBER = _TICKET_WORDS + r"(?:[\s\-]*" + _NUMBER_SIGN + r")?" + _SEPARATOR + _NUMBER
_WEAK_WORD_THEN_NUMBER = _WEAK_TICKET_WORDS + r"[\s\-]*" + _NUMBER_SIGN + _SEPARATOR + _NUMBER
# With "your" the weak word is the request's: "Tu referencia es 4128", "your reference
# is 4128", "votre référence est 4128", "Ihre Referenz lautet 4128".
_YOUR_WEAK_WORD_IS_NUMBER = (
    r"(?<![a-z])(?:your|tu|su|votre|ihre?)\s(?:reference|referencia|référence|referenz"
    r"|dossier|incident|cas|caso|fall)(?:\s(?:number|número|numéro|nummer))?"
    r"\s(?:is|es|est|ist|lautet)\s*[:：]?\s*#?\s*" + _NUMBER
)
# The Romance and German order, the number word first: "número de ticket es 123",
# "numéro de dossier : 123", "Nummer Ihrer Anfrage: 123", "number of your case".
_SIGN_THEN_WORD = (
    r"(?<![a-z])(?:número|numéro|nummer|number|id|identificador|identifiant)\s+"
    r"(?:(?:de|du|of|ihrer|ihres)\s+(?:(?:su|tu|votre|la|le|your|the)\s+)?)?"
    r"(?:"
    + _TICKET_WORDS[len("(?<![a-z])") :]
    + r"|conversación|conversa|dossier|incident|reference|référence)"
    + _SEPARATOR
    + _NUMBER
)

# A creation sentence that gives the id at its end: "a ticket has been created with
# Ticket ID #123", "un ticket a été créé avec l'identifiant #123", "se ha creado un
# ticket con el ID #123", "ein Ticket mit der Ticket-ID #123 erstellt".
_WORD_WITH_ID = (
    _TICKET_WORDS + r"[^.\n#]{0,40}?\s(?:with|avec|con|mit|under|sous|bajo|unter)\s+"
    r"(?:the\s+|l'|el\s+|la\s+|der\s+|die\s+|le\s+)?(?:ticket[\s\-]?)?"
    r"(?:id|identifiant|identificador|number|numéro|número|nummer|reference|référence"
    r"|referencia|referenz)" + _SEPARATOR + _NUMBER
)

# A registration sentence that files the request under its number: "your request is
# logged under 4597", "votre demande est enregistrée sous 4597", "Ihr Anliegen wird
# unter 4597 geführt" is the German order and is read by _WORD_WITH_ID's "unter".
_WORD_FILED_UNDER = (
    _TICKET_WORDS + r"[^.\n#]{0,40}?\s(?:registered|logged|filed|recorded|created|opened"
    r"|on file|enregistrée?|créée?|ouverte?|registriert|erfasst|angelegt|registrad[oa]"
    r"|cread[oa]|abiert[oa])\s+(?:under|as|sous|unter|bajo|con|como)\s+"
    r"(?:(?:the|le|la|el|der|die)\s+)?(?:(?:number|numéro|número|nummer|reference|référence"
    r"|referencia|id)\s*)?" + _SEPARATOR + _NUMBER
)

# The number in parentheses after the registration: "votre demande est bien
# enregistrée (4083)", "your request has been received (4083)", "Ihre Anfrage ist
# eingegangen (4083)", "su solicitud ha sido registrada (4083)".
_WORD_REGISTERED_PAREN = (
    _TICKET_WORDS + r"[^.\n#()]{0,40}?\s(?:registered|logged|filed|recorded|created|opened"
    r"|received|enregistrée?|reçue?|créée?|ouverte?|registriert|erfasst|angelegt|eingegangen"
    r"|erhalten|registrad[oa]|recibid[oa]|cread[oa]|abiert[oa])\s*\(\s*#?\s*" + _NUMBER + r"\s*\)"
)

# The request bears its number: "votre ticket porte le numéro 4089", "your case has
# the number 4089", "su caso tiene el número 4089", "Ihr Ticket trägt die Nummer 4089".
_WORD_HAS_NUMBER = (
    _TICKET_WORDS + r"\s(?:has|carries|bears|porte|a pour|a le|tiene|lleva|hat|trägt)"
    r"\s(?:the\s|le\s|el\s|die\s)?(?:number|numéro|número|nummer|reference|référence"
    r"|referencia|referenz)" + _SEPARATOR + _NUMBER
)

# "Ihre Anfrage unter 4046", "Ihre Anfrage ist unter 4040 bei uns eingegangen",
# "votre demande sous 4046": in German and French the preposition alone files a request
# under its number.
_WORD_UNDER = (
    _TICKET_WORDS
    + r"(?:\s(?:ist|wird|wurde|est|a été|sera))?\s(?:unter|sous)\s+(?:le\s+|la\s+)?"
    + _NUMBER
)
# Korean puts the number before its word: "문의가 4172 번호로 등록되었습니다".
_NUMBER_THEN_WORD = (
    r"(?:문의|요청|티켓|접수)(?:가|이|는|은)?\s*(?P<ticket>[0-9]{3,20})\s*(?:번호로|번으로|번호)"
)

# Every worded form, most specific first.
_WORDED = (
    _WORD_THEN_NUMBER,
    _SIGN_THEN_WORD,
    _WORD_WITH_ID,
    _WORD_FILED_UNDER,
    _WORD_REGISTERED_PAREN,
    _WORD_HAS_NUMBER,
    _WORD_UNDER,
    _NUMBER_THEN_WORD,
    _WEAK_WORD_THEN_NUMBER,
    _YOUR_WEAK_WORD_IS_NUMBER,
)

# "[#12345]", "[Request #12345]", "[Ticket#31001]", "[Anfrage #123]": a bracketed
# tag with a number sign is a helpdesk tag in every product that uses one.
_BRACKET_TAG = r"\[(?:[^\[\]#\n]{0,30}?)#\s*" + _SHORT_NUMBER + r"\s*\]"
# django-helpdesk's "[<queue-slug>-<id>]" ("[support-42] Printer on fire (Opened)"):
# a lower-case slug, a dash and the number, alone in brackets.
_QUEUE_TAG = r"\[(?-i:[a-z][a-z0-9_]*(?:-[a-z][a-z0-9_]*)*)-" + _SHORT_NUMBER + r"\]"

# Salesforce Email-to-Case: the legacy thread id "ref:_00D<org>._500<case>:ref"
# and, since Winter '24, the token-based "thread::<token>::". Both shapes are
# distinctive enough to look for whatever the vendor's helpdesk.
THREAD_TOKEN_PATTERNS: tuple[str, ...] = (
    r"(?P<ticket>(?-i:ref:_?00D)[A-Za-z0-9]{4,}\._?(?-i:500)[A-Za-z0-9]{4,}(?-i::ref))",
    # The Lightning thread id: "ref:!00D5e01ABCD.!5005e01XYZAB:ref".
    r"(?P<ticket>(?-i:ref:!00D)[A-Za-z0-9]{4,}\.?(?-i:!500)[A-Za-z0-9]{4,}(?-i::ref))",
    r"(?P<ticket>(?-i:thread::)[A-Za-z0-9_\-]{8,}::)",
)

# Ticket shapes distinctive enough to read whatever the vendor's helpdesk, after
# the style's own patterns: Microsoft support's "TrackingID#2412010040001234"
# (16 digits, in the subject and in the case mail's text).
UNIVERSAL_PATTERNS: tuple[str, ...] = (
    r"(?<![a-z])(?-i:TrackingID)\s*#\s*(?P<ticket>[0-9]{16})(?![0-9])",
)

# Jira issue keys are upper case by construction; matching them case-sensitively
# keeps "re-1" or "utf-8" out. The left guard stops inside "sub-ABC-1".
_JIRA_KEY = r"(?P<ticket>(?-i:[A-Z][A-Z0-9_]{1,9})-[0-9]{1,7})(?![0-9\-])"
_JIRA_KEY_BARE = r"(?<![\w\-])" + _JIRA_KEY

# What separates the user's reply from a helpdesk's mail, per helpdesk and
# language. Zendesk localises its line; the others mostly use English.
_ZENDESK_DELIMITERS = (
    "##- Please type your reply above this line -##",
    "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##",
    "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##",
    "##- Veuillez saisir votre réponse au-dessus de cette ligne -##",
    "##- Veuillez écrire votre réponse au-dessus de cette ligne -##",
    "##- Por favor, escriba su respuesta por encima de esta línea -##",
    "##- Escriba su respuesta por encima de esta línea -##",
    "##- 이 줄 위에 회신을 입력하십시오 -##",
    "##- 이 줄 위에 답장을 입력하세요 -##",
    "##- この行より上に返信を入力してください -##",
    "##- このラインより上にご返信内容をご記入ください -##",
)
_GENERIC_DELIMITERS = (
    "-- Reply above this line --",
    "--- Reply above this line ---",
    "Reply above this line.",
    "Please reply above this line",
    "--- Please reply above this line ---",
    "Please type your reply above this line",
    "=== Reply above this line ===",
    "-- Bitte oberhalb dieser Zeile antworten --",
    "-- Répondez au-dessus de cette ligne --",
    "-- Responda por encima de esta línea --",
)

GENERIC = HelpdeskStyle(
    key="generic",
    title="Generic helpdesk",
    subject_patterns=(_BRACKET_TAG, _QUEUE_TAG, *_WORDED),
    body_patterns=_WORDED,
    reply_delimiters=_GENERIC_DELIMITERS,
)

ZENDESK = HelpdeskStyle(
    key="zendesk",
    title="Zendesk",
    subject_patterns=(
        _BRACKET_TAG,
        # "Re: Printer on fire (12345)": the instance-configurable default
        # puts the id in parentheses at the end of the subject.
        r"\((?P<ticket>[0-9]{3,20})\)\s*$",
        *_WORDED,
    ),
    body_patterns=(
        # "Your request (12345) has been updated", localised.
        r"(?:request|anfrage|demande|solicitud|richiesta|요청|リクエスト)\s*\(#?"
        + _SHORT_NUMBER
        + r"\)",
        *_WORDED,
    ),
    header_patterns=(("Reply-To", r"\+id(?P<ticket>[0-9]{1,20})@"),),
    marker_headers=("X-Zendesk-From-Account-Id", "X-Zendesk-Email-Id"),
    reply_delimiters=_ZENDESK_DELIMITERS,
    auto_submits_all=True,
)

FRESHDESK = HelpdeskStyle(
    key="freshdesk",
    title="Freshdesk",
    subject_patterns=(
        # "[#12345]" or, with a ticket prefix, "[#ABC-12345]".
        r"\[#\s*(?:[a-z][a-z0-9]{0,9}-)?" + _SHORT_NUMBER + r"\s*\]",
        _BRACKET_TAG,
        *_WORDED,
    ),
    body_patterns=_WORDED,
    reply_delimiters=("Please type your reply above this line",),
    auto_submits_all=True,
)

INTERCOM = HelpdeskStyle(
    key="intercom",
    title="Intercom",
    # Conversation ids are long numbers, in links and in "Conversation ID: ..." lines.
    body_patterns=(r"/conversations?/(?P<ticket>[0-9]{6,20})\b", *_WORDED),
    marker_headers=("X-Intercom-Bot", "X-Intercom-Message-Id"),
    ticket_shape=TicketShape.TOKEN,
    auto_submits_all=True,
)

OPENAI_STYLE = HelpdeskStyle(
    key="openai",
    title="OpenAI support (Intercom)",
    subject_patterns=GENERIC.subject_patterns,
    body_patterns=(*GENERIC.body_patterns, *INTERCOM.body_patterns),
    marker_headers=INTERCOM.marker_headers,
    ticket_shape=TicketShape.NUMERIC,
    auto_submits_all=True,
)

SALESFORCE = HelpdeskStyle(
    key="salesforce",
    title="Salesforce Service Cloud",
    # "Case #01234567" (template-dependent); the thread ids identify the same
    # case and come after, so the readable number is the one reported first.
    subject_patterns=(*_WORDED, *THREAD_TOKEN_PATTERNS),
    body_patterns=(*_WORDED, *THREAD_TOKEN_PATTERNS),
)

HELPSCOUT = HelpdeskStyle(
    key="helpscout",
    title="Help Scout",
    subject_patterns=(
        _BRACKET_TAG,
        # The conversation number as a bare "#1234"; "&#39;" entities and
        # "/#123" anchors are not numbers.
        r"(?<![\w&#/])#\s?" + _NUMBER,
        *_WORDED,
    ),
    body_patterns=(r"conversation\s*#\s*" + _NUMBER, *_WORDED),
)

JIRA = HelpdeskStyle(
    key="jira",
    title="Jira Service Management",
    subject_patterns=(
        r"\[JIRA\]\s*\(" + _JIRA_KEY + r"\)",
        r"\[" + _JIRA_KEY + r"\]",
        _JIRA_KEY_BARE,
    ),
    # In the body only the portal link or an explicit request word names the
    # request; any other key in an agent's text is a related issue.
    body_patterns=(
        r"/(?:browse|portal/\d+)/" + _JIRA_KEY,
        _TICKET_WORDS + r"[\s\-]*" + _NUMBER_SIGN + r"?" + _SEPARATOR + _JIRA_KEY,
    ),
    marker_headers=("X-JIRA-FingerPrint",),
    reply_delimiters=("Reply above this line.",),
    ticket_shape=TicketShape.KEY,
    auto_submits_all=True,
)

RT = HelpdeskStyle(
    key="rt",
    title="Request Tracker",
    subject_patterns=(
        # RT's own catch-all: "[<rtname> #123]" or "[anything: 123]".
        r"\[[^\[\]\n]{1,60}?\s#\s*" + _SHORT_NUMBER + r"\s*\]",
        r"\[[^\[\]\n]{1,60}?:\s*" + _SHORT_NUMBER + r"\s*\]",
        _BRACKET_TAG,
    ),
    body_patterns=_WORDED,
    header_patterns=(("RT-Ticket", r"#\s*" + _SHORT_NUMBER),),
    marker_headers=("RT-Ticket", "RT-Originator"),
)

_HOOK = r"(?:ticket|tiquete|chamado|anfrage|demande|vorgang)"

OTRS = HelpdeskStyle(
    key="otrs",
    title="OTRS / Znuny / OTOBO",
    # The hook "Ticket#" (configurable, localisable) with an optional divider;
    # DateChecksum numbers run to 16+ digits and are kept whole.
    subject_patterns=(
        r"(?<![a-z])" + _HOOK + r"\s*#\s*[:：]?\s*" + _SHORT_NUMBER,
        *_WORDED,
    ),
    body_patterns=(r"(?<![a-z])" + _HOOK + r"\s*#\s*[:：]?\s*" + _NUMBER, *_WORDED),
    marker_headers=("X-OTRS-Loop", "X-Znuny-Loop", "X-OTOBO-Loop"),
    ticket_shape=TicketShape.DIGITS,
)

ZAMMAD = HelpdeskStyle(
    key="zammad",
    title="Zammad",
    subject_patterns=(
        r"\[(?:" + _HOOK + r")\s*#\s*[:：]?\s*" + _SHORT_NUMBER + r"\s*\]",
        r"(?<![a-z])" + _HOOK + r"\s*#\s*[:：]?\s*" + _SHORT_NUMBER,
        *_WORDED,
    ),
    body_patterns=(r"(?<![a-z])" + _HOOK + r"\s*#\s*[:：]?\s*" + _NUMBER, *_WORDED),
    marker_headers=("X-Zammad-Ticket-ID", "X-Zammad-Ticket-Number"),
    ticket_shape=TicketShape.DIGITS,
)

HELPDESK_STYLES: Mapping[str, HelpdeskStyle] = {
    style.key: style
    for style in (
        OPENAI_STYLE,
        ZENDESK,
        FRESHDESK,
        INTERCOM,
        SALESFORCE,
        HELPSCOUT,
        JIRA,
        RT,
        OTRS,
        ZAMMAD,
        GENERIC,
    )
}

ALL_REPLY_DELIMITERS: tuple[str, ...] = tuple(
    dict.fromkeys(
        delimiter
        for style in HELPDESK_STYLES.values()
        for delimiter in style.reply_delimiters
        if "\n" not in delimiter
    )
)
"""Every known "type your reply above this line" line, one line each, for the mail layer."""

OPENAI = VendorProfile(
    name="OpenAI",
    slug="openai",
    # OpenAI's support runs on Intercom: replies come from support@openai.com
    # ("<Agent> from OpenAI", "Fin from OpenAI") and, in older mail, from
    # operator@openai.intercom-mail.com (Intercom's per-workspace sending domain).
    domains=("openai.com", "openai.intercom-mail.com"),
    helpdesk=OPENAI_STYLE,
    not_support_senders=(
        "tm.openai.com",
        "email.openai.com",
        "mail.openai.com",
        "noreply@openai.com",
        "no-reply@openai.com",
    ),
    builtin=True,
)

BUILTIN_VENDORS: tuple[VendorProfile, ...] = (OPENAI,)


def make_vendor(
    name: str,
    domains: Iterable[str],
    helpdesk: str = "generic",
    ticket_patterns: Iterable[str] = (),
    not_support_senders: Iterable[str] = (),
    response_days: int = DEFAULT_RESPONSE_DAYS,
) -> VendorProfile:
    """A user-defined vendor; raises ``KeyError`` for an unknown helpdesk key.

    Check ``ticket_patterns`` with ``ticket_pattern_problem`` first: extraction
    skips a pattern that does not compile rather than failing a scan.
    """
    return VendorProfile(
        name=name,
        slug=slugify(name),
        domains=tuple(domain.strip().lower().lstrip("@") for domain in domains),
        helpdesk=HELPDESK_STYLES[helpdesk],
        ticket_patterns=tuple(ticket_patterns),
        not_support_senders=tuple(s.strip().lower() for s in not_support_senders),
        response_days=response_days,
    )


def ticket_pattern_problem(pattern: str) -> str | None:
    """Why a user's ticket pattern cannot be used, or None when it can.

    >>> ticket_pattern_problem(r"ACME-(?P<ticket>\\d+)") is None
    True
    >>> ticket_pattern_problem("ACME-(")
    'does not compile: missing ), unterminated subpattern at position 5'
    """
    try:
        re.compile(pattern)
    except re.error as error:
        return f"does not compile: {error}"
    return None


def merge_vendors(
    builtin: Iterable[VendorProfile], configured: Iterable[VendorProfile]
) -> tuple[VendorProfile, ...]:
    """Built-in vendors with the configured ones added; a configured vendor
    with the same slug as a built-in one replaces it."""
    by_slug = {vendor.slug: vendor for vendor in builtin}
    for vendor in configured:
        by_slug[vendor.slug] = vendor
    return tuple(by_slug.values())


def watched_vendors(
    vendors: Iterable[VendorProfile], tracked_slugs: Iterable[str]
) -> tuple[VendorProfile, ...]:
    """The vendors a scan searches for: the always-watched ones and those with a
    tracked request.

    >>> catalogue = VendorProfile("GitHub", "github", ("github.com",), GENERIC,
    ...                           always_watched=False)
    >>> [v.slug for v in watched_vendors([OPENAI, catalogue], [])]
    ['openai']
    >>> [v.slug for v in watched_vendors([OPENAI, catalogue], ["github"])]
    ['openai', 'github']
    """
    tracked = set(tracked_slugs)
    return tuple(v for v in vendors if v.always_watched or v.slug in tracked)


def find_vendor(vendors: Iterable[VendorProfile], name_or_slug: str) -> VendorProfile | None:
    """The vendor called ``name_or_slug`` (its name, any case, or its slug)."""
    wanted = name_or_slug.strip().lower()
    for vendor in vendors:
        if wanted in (vendor.name.lower(), vendor.slug):
            return vendor
    wanted_slug = slugify(name_or_slug)
    for vendor in vendors:
        if vendor.slug == wanted_slug:
            return vendor
    return None


def domain_matches(domain: str, vendor_domains: Iterable[str]) -> bool:
    """True when ``domain`` is one of ``vendor_domains`` or a subdomain of one.

    >>> domain_matches("help.openai.com", ["openai.com"])
    True
    >>> domain_matches("openai.com.evil.example", ["openai.com"])
    False
    """
    domain = domain.lower().rstrip(".")
    return any(
        domain == d or domain.endswith("." + d)
        for d in (vendor_domain.lower().rstrip(".") for vendor_domain in vendor_domains)
        if d
    )
