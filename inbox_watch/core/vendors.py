"""Vendor profiles and helpdesk styles: what each vendor's support mail looks like.

Pure data and lookups; no I/O. Users extend it through the config's [[vendors]].
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEFAULT_RESPONSE_DAYS = 5


class TicketShape:
    """How ticket numbers of a helpdesk compare (see ``tickets.normalise_ticket``)."""

    NUMERIC = "numeric"  # "#0012345", "Request 12345" -> "12345"
    KEY = "key"  # Jira-like project keys: "abc-123" -> "ABC-123"
    TOKEN = "token"  # opaque ids kept as written (trimmed)


@dataclass(frozen=True, slots=True)
class HelpdeskStyle:
    """The conventions of one helpdesk product.

    Every pattern is a regular expression with a named group ``ticket``.
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


@dataclass(frozen=True, slots=True)
class VendorProfile:
    """A vendor the user writes to.

    ``domains`` are the sender domains trusted for this vendor (a subdomain of
    one counts too). ``not_support_senders`` are addresses or domains of the
    vendor that never send support replies (receipts, newsletters, login
    codes): ``"noreply@tm.openai.com"`` or ``"email.openai.com"``.
    """

    name: str
    slug: str
    domains: tuple[str, ...]
    helpdesk: HelpdeskStyle
    ticket_patterns: tuple[str, ...] = ()
    not_support_senders: tuple[str, ...] = ()
    response_days: int = DEFAULT_RESPONSE_DAYS
    builtin: bool = False


def slugify(name: str) -> str:
    """A vendor name as a command-line friendly slug.

    >>> slugify("Nimbus Hosting")
    'nimbus-hosting'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or name.strip().lower()


_NUMBER = r"(?P<ticket>\d{3,12})"

GENERIC = HelpdeskStyle(
    key="generic",
    title="Generic helpdesk",
    subject_patterns=(
        r"\[(?:request|ticket|case)?\s*#\s*" + _NUMBER + r"\]",
        r"\b(?:request|ticket|case)\s*(?:#|no\.?|number)?\s*:?\s*#?" + _NUMBER + r"\b",
    ),
    body_patterns=(
        r"\b(?:request|ticket|case)\s*(?:#|no\.?|number)\s*:?\s*#?" + _NUMBER + r"\b",
    ),
)

ZENDESK = HelpdeskStyle(
    key="zendesk",
    title="Zendesk",
    subject_patterns=(
        r"\[Request\s*#\s*" + _NUMBER + r"\]",
        r"\((?P<ticket>\d{3,12})\)\s*$",
    ),
    body_patterns=(
        r"\b[Yy]our request \((?P<ticket>\d{3,12})\)",
        r"\b[Rr]equest\s*#\s*" + _NUMBER + r"\b",
    ),
    header_patterns=(("Reply-To", r"\+id(?P<ticket>\d{3,12})@"),),
    marker_headers=("X-Zendesk-From-Account-Id", "X-Zendesk-Email-Id"),
    reply_delimiters=("##- Please type your reply above this line -##",),
)

INTERCOM = HelpdeskStyle(
    key="intercom",
    title="Intercom",
    body_patterns=(r"/conversations?/(?P<ticket>\d{6,20})\b",),
    marker_headers=("X-Intercom-Bot", "X-Intercom-Message-Id"),
    ticket_shape=TicketShape.TOKEN,
)

OPENAI_STYLE = HelpdeskStyle(
    key="openai",
    title="OpenAI support (Intercom)",
    subject_patterns=GENERIC.subject_patterns,
    body_patterns=(*GENERIC.body_patterns, *INTERCOM.body_patterns),
    marker_headers=INTERCOM.marker_headers,
    ticket_shape=TicketShape.NUMERIC,
)

HELPDESK_STYLES: Mapping[str, HelpdeskStyle] = {
    style.key: style for style in (GENERIC, ZENDESK, INTERCOM, OPENAI_STYLE)
}

OPENAI = VendorProfile(
    name="OpenAI",
    slug="openai",
    domains=("openai.com",),
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
    """A user-defined vendor; raises ``KeyError`` for an unknown helpdesk key."""
    return VendorProfile(
        name=name,
        slug=slugify(name),
        domains=tuple(domain.strip().lower().lstrip("@") for domain in domains),
        helpdesk=HELPDESK_STYLES[helpdesk],
        ticket_patterns=tuple(ticket_patterns),
        not_support_senders=tuple(s.strip().lower() for s in not_support_senders),
        response_days=response_days,
    )


def merge_vendors(
    builtin: Iterable[VendorProfile], configured: Iterable[VendorProfile]
) -> tuple[VendorProfile, ...]:
    """Built-in vendors with the configured ones added; a configured vendor
    with the same slug as a built-in one replaces it."""
    by_slug = {vendor.slug: vendor for vendor in builtin}
    for vendor in configured:
        by_slug[vendor.slug] = vendor
    return tuple(by_slug.values())


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
    return any(domain == d or domain.endswith("." + d) for d in vendor_domains)
