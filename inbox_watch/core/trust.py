"""Trust: whether a message really comes from a vendor, or only looks like it.

Pure: reads the From, Reply-To and Authentication-Results the mail layer parsed; no DNS.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from publicsuffixlist import PublicSuffixList

from inbox_watch.core.models import MailMessage
from inbox_watch.core.vendors import FREE_MAIL_DOMAINS, VendorProfile, domain_matches

SENT_BY_YOU = "sent by you"


# Characters that render like Latin letters (Cyrillic, Greek, digits): the
# homograph attacks of UTS #39, reduced to what shows up in domain names.
_CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "х": "x",
        "у": "y",
        "і": "i",
        "ј": "j",
        "ӏ": "i",
        "ԁ": "d",
        "ԛ": "q",
        "ѕ": "s",
        "ԝ": "w",
        "ɡ": "g",
        "ο": "o",
        "α": "a",
        "ν": "v",
        "ι": "i",
        "κ": "k",
        "ρ": "p",
        "τ": "t",
        "0": "o",
        "1": "i",
        "3": "e",
        "5": "s",
        "|": "i",
        # "l" and "I" are one glyph in many fonts: compare both as "i".
        "l": "i",
    }
)


@dataclass(frozen=True, slots=True)
class SenderVerdict:
    """Who a message claims to be from, and whether to believe it.

    ``vendor`` None: not vendor mail (``reason`` says why only when it is the
    user's own mail). ``vendor`` set and ``trusted`` False: the message imitates
    that vendor, and ``reason`` says how, in words the user can read.
    """

    vendor: VendorProfile | None
    trusted: bool
    reason: str | None


@dataclass(frozen=True, slots=True)
class AuthenticationResult:
    method: str
    result: str
    properties: tuple[tuple[str, str], ...]

    def value_of(self, name: str) -> str | None:
        for key, value in self.properties:
            if key == name:
                return value
        return None


def assess_sender(
    message: MailMessage,
    vendors: Sequence[VendorProfile],
    *,
    own_addresses: Collection[str] = (),
    authserv_id: str | None = None,
) -> SenderVerdict:
    """Whether ``message`` is a vendor's mail, and whether its sender can be trusted.

    Trusted: the From domain is a vendor domain or a subdomain of one, and, when
    ``authserv_id`` names the user's receiving server and that server left an
    Authentication-Results header (RFC 8601), DMARC passed or DKIM passed for
    the vendor's domain. Suspicious: a lookalike domain, the vendor's name on a
    foreign address, a vendor Reply-To on a foreign From, or failed
    authentication. The user's own mail is never a vendor's.

    Example: From ``support@openai.com`` is trusted for OpenAI; From
    ``help@openai-support.com`` gives OpenAI, untrusted, "openai-support.com
    looks like openai.com but is not one of OpenAI's domains".
    """
    sender = message.sender.strip().lower()
    own = {address.strip().lower() for address in own_addresses}
    if sender and sender in own:
        return SenderVerdict(None, False, SENT_BY_YOU)
    domain = sender.rpartition("@")[2].rstrip(".")
    if not domain:
        return SenderVerdict(None, False, None)
    for vendor in vendors:
        if domain_matches(domain, vendor.domains):
            failure = _authentication_failure(message, vendor, authserv_id)
            if failure is not None:
                return SenderVerdict(vendor, False, failure)
            return SenderVerdict(vendor, True, None)
    for vendor in vendors:
        reason = _imitation(message, vendor, domain)
        if reason is not None:
            return SenderVerdict(vendor, False, reason)
    return SenderVerdict(None, False, None)


def parse_authentication_results(value: str) -> tuple[str, list[AuthenticationResult]]:
    """The authserv-id and the method results of one Authentication-Results value.

    Example: ``"mx.example.net; dkim=pass header.d=openai.com"`` gives
    ``"mx.example.net"`` and one dkim result that passed for openai.com.
    """
    parts = _split_resinfo(value)
    head = parts[0].split()
    authserv = head[0].lower() if head else ""
    results = []
    for part in parts[1:]:
        method = re.match(r"([a-z0-9_.\-]+)(?:/[0-9]+)?\s*=\s*([a-z0-9_\-]+)", part, re.IGNORECASE)
        if method is None:
            continue
        properties = tuple(
            (f"{ptype.lower()}.{name.lower()}", found.strip('"').lower())
            for ptype, name, found in re.findall(
                r"([a-z0-9_\-]+)\.([a-z0-9_\-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)",
                part[method.end() :],
                re.IGNORECASE,
            )
        )
        results.append(
            AuthenticationResult(method.group(1).lower(), method.group(2).lower(), properties)
        )
    return authserv, results


def _split_resinfo(value: str) -> list[str]:
    """Split an Authentication-Results value at its top-level ``;``, dropping comments.

    RFC 8601 2.2 allows CFWS (nested comments) anywhere and quoted-string values, and a
    ``;`` inside either splits nothing. (The ``authres`` package parses strictly and
    rejects 11 of the 40 headers in the shared corpus, e.g. Gmail's trailing ``;``.)

    >>> _split_resinfo('mx.test; dkim=pass (good; key) header.s="a;b"; spf=none')
    ['mx.test', 'dkim=pass   header.s="a;b"', 'spf=none']
    """
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    quoted = escaped = False
    for char in value:
        if escaped:
            escaped = False
            if depth == 0:
                current.append(char)
            continue
        if char == "\\" and (quoted or depth):
            escaped = True
            if depth == 0:
                current.append(char)
            continue
        if quoted:
            quoted = char != '"'
            current.append(char)
        elif char == "(":
            if depth == 0:
                current.append(" ")  # a comment separates like white space
            depth += 1
        elif depth:
            if char == ")":
                depth -= 1
        elif char == '"':
            quoted = True
            current.append(char)
        elif char == ";":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts


def _authentication_failure(
    message: MailMessage, vendor: VendorProfile, authserv_id: str | None
) -> str | None:
    """Why the user's own server did not vouch for the vendor's domain, or None.

    Only headers whose authserv-id is the user's server count (RFC 8601 section 5:
    anyone upstream can add one). An explicit DMARC fail in any of them wins, so a
    forged "pass" cannot outvote the server's own fail; and a pass counts only from
    the topmost of them, the one the user's server added last: a sender can forge a
    header with the user's authserv-id, but only below the server's own.
    """
    if authserv_id is None:
        return None
    own_headers = _own_headers(message, authserv_id)
    own_results = [result for results in own_headers for result in results]
    if not own_results:
        # No verdict from the user's server (it does not check, or the mail was
        # delivered locally): the domain alone decides.
        return None
    dmarc = [result.result for result in own_results if result.method == "dmarc"]
    if "fail" in dmarc:
        return f"DMARC failed at {authserv_id} for {message.sender_domain}"
    for result in own_headers[0]:
        if result.method == "dmarc" and result.result == "pass":
            header_from = result.value_of("header.from")
            if header_from is None or domain_matches(header_from, vendor.domains):
                return None
        if result.method == "dkim" and result.result == "pass":
            for name in ("header.d", "header.i"):
                signer = result.value_of(name)
                if signer is not None and domain_matches(signer.rpartition("@")[2], vendor.domains):
                    return None
    found = ", ".join(f"{result.method}={result.result}" for result in own_results)
    return (
        f"{authserv_id} did not confirm the sender: no DMARC or DKIM pass for "
        f"{vendor.name}'s domain ({found})"
    )


def server_vouched(message: MailMessage, vendor: VendorProfile, authserv_id: str | None) -> bool:
    """The user's own server left an Authentication-Results header that passed the
    vendor's domain; False when the domain alone decided (no ``authserv_id``, or no
    header from that server)."""
    if authserv_id is None:
        return False
    if not _own_headers(message, authserv_id):
        return False
    return _authentication_failure(message, vendor, authserv_id) is None


def trusted_because(message: MailMessage, vendor: VendorProfile, authserv_id: str | None) -> str:
    """Why a trusted sender was believed, in words, for `inbox-watch explain`."""
    domain = message.sender_domain
    listed = next((d for d in vendor.domains if domain_matches(domain, [d])), vendor.domains[0])
    base = f"{domain} is {vendor.name}'s domain {listed}"
    if authserv_id is None:
        return f"{base}; not verified: authserv_id is not set (`inbox-watch doctor` explains)"
    own = _own_headers(message, authserv_id)
    if not own:
        return f"{base}; {authserv_id} left no Authentication-Results, so the domain decided"
    found = ", ".join(f"{result.method}={result.result}" for result in own[0])
    return f"{base}; {authserv_id} vouched for it ({found})"


def _own_headers(message: MailMessage, authserv_id: str) -> list[list[AuthenticationResult]]:
    """The results of the Authentication-Results headers the user's server added, topmost
    first."""
    wanted = authserv_id.strip().lower()
    return [results for authserv, results in _authentication_headers(message) if authserv == wanted]


def _authentication_headers(
    message: MailMessage,
) -> Iterator[tuple[str, list[AuthenticationResult]]]:
    for name, value in message.headers:
        if name.lower() == "authentication-results":
            yield parse_authentication_results(value)


def _imitation(message: MailMessage, vendor: VendorProfile, domain: str) -> str | None:
    """How a message from a foreign ``domain`` imitates ``vendor``, or None."""
    for vendor_domain in vendor.domains:
        if _looks_like(domain, vendor_domain):
            return f"{domain} looks like {vendor_domain} but is not one of {vendor.name}'s domains"
    if _names_vendor(message.sender_name, vendor):
        where = "a free-mail address" if domain in FREE_MAIL_DOMAINS else "a foreign address"
        return (
            f'the sender calls itself "{message.sender_name}" but writes from {where} '
            f"({message.sender})"
        )
    for reply_to in message.reply_to:
        reply_domain = reply_to.strip().lower().rpartition("@")[2]
        if domain_matches(reply_domain, vendor.domains):
            return (
                f"the Reply-To {reply_to} is {vendor.name}'s but the mail comes from "
                f"{message.sender}"
            )
    return None


def _looks_like(domain: str, vendor_domain: str) -> bool:
    """True when ``domain`` (not a vendor domain) imitates ``vendor_domain``.

    Catches another TLD (openai.co), the name in a longer label
    (openai-support.com), the vendor domain as left-hand labels
    (openai.com.account-verify.example), digit and homograph swaps (0penai.com,
    xn--penai-... with a Cyrillic "о") and one swapped or doubled letter.
    """
    name = _registrable_name(vendor_domain)
    if len(name) < 3:
        return False
    wanted = _skeleton(name)
    if vendor_domain in domain:
        return True
    for label in domain.split("."):
        shown = _skeleton(_decode_label(label))
        if shown == wanted:
            return True
        tokens = re.split(r"[-_]", shown)
        if wanted in tokens:
            return True
        # A hyphenated vendor name inside a longer label: "acme-cloud-support"
        # imitates "acme-cloud" although no single token equals it.
        if re.search(r"(?:^|[-_])" + re.escape(wanted) + r"(?:$|[-_])", shown) is not None:
            return True
        if len(wanted) >= 5 and any(_one_slip(token, wanted) for token in (shown, *tokens)):
            return True
    return False


def _registrable_name(domain: str) -> str:
    """The name a domain is registered under, by the Public Suffix List (private section
    included, so ``evil.github.io`` is its own site).

    >>> _registrable_name("mail.openai.com"), _registrable_name("naver.co.kr")
    ('openai', 'naver')
    >>> _registrable_name("openai.github.io")
    'openai'
    """
    name = domain.lower().strip(".")
    registrable = _suffix_list().privatesuffix(name) or name
    return registrable.split(".")[0]


@functools.cache
def _suffix_list() -> PublicSuffixList:
    # The list ships inside the package (no network); built once, on first use.
    return PublicSuffixList()


def _decode_label(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label


def _skeleton(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # "rn" reads as "m" and "vv" as "w" in most fonts.
    return bare.translate(_CONFUSABLES).replace("rn", "m").replace("vv", "w")


def _one_slip(shown: str, wanted: str) -> bool:
    """True for one doubled letter (opennai) or two neighbours swapped (opneai)."""
    if len(shown) == len(wanted) + 1:
        return any(
            shown[index] == shown[index - 1] and shown[:index] + shown[index + 1 :] == wanted
            for index in range(1, len(shown))
        )
    if len(shown) == len(wanted) and shown != wanted:
        differences = [index for index in range(len(shown)) if shown[index] != wanted[index]]
        return (
            len(differences) == 2
            and differences[1] == differences[0] + 1
            and shown[differences[0]] == wanted[differences[1]]
            and shown[differences[1]] == wanted[differences[0]]
        )
    return False


def _names_vendor(display_name: str, vendor: VendorProfile) -> bool:
    if not display_name.strip():
        return False
    shown = _skeleton(display_name)
    candidates = {_skeleton(vendor.name)}
    candidates.update(_skeleton(_registrable_name(domain)) for domain in vendor.domains)
    return any(
        len(candidate) >= 3
        and re.search(r"(?<![a-z0-9])" + re.escape(candidate) + r"(?![a-z0-9])", shown) is not None
        for candidate in candidates
    )
