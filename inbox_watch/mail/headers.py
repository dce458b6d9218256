"""Header values: RFC 2047 decoding, 8-bit repair, unfolding; addresses, Message-IDs, dates."""

from __future__ import annotations

import base64
import binascii
import email
import email.utils
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import Message

from inbox_watch.mail.charsets import codec_for, decode_bytes, no_surrogates

log = logging.getLogger(__name__)

_MAX_PARTS = 2000


def walk_parts(
    root: Message, *, limit: int = _MAX_PARTS, into_messages: bool = True
) -> Iterator[Message]:
    """Depth-first, in order, without recursion (nesting depth is sender-controlled)."""
    stack: list[Message] = [root]
    seen = 0
    while stack and seen < limit:
        part = stack.pop()
        seen += 1
        yield part
        if not part.is_multipart():
            continue
        if part is not root and not into_messages and part.get_content_type() == "message/rfc822":
            continue
        children = part.get_payload()
        if isinstance(children, list):
            stack.extend(child for child in reversed(children) if isinstance(child, Message))


_MAX_IDS = 100

MAX_HEADER_VALUE_CHARS = 4096
# Raw (undecoded) characters looked at per header: RFC 2047 makes text about
# 4/3 longer, so this always yields a full MAX_HEADER_VALUE_CHARS when decoded.
_MAX_RAW_HEADER_CHARS = 4 * MAX_HEADER_VALUE_CHARS


MAX_HEADERS = 300


MESSAGE_ID = re.compile(r"<[^<>\s]{1,500}>")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEADER_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HEADER_SPACE = re.compile(r"[\t\r\n]+")
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,80})\?([bBqQ])\?([^?]*)\?=")


def charset_hint(message: Message) -> str | None:
    """The charset raw 8-bit headers most likely use: the body's own."""
    try:
        for part in walk_parts(message, limit=20):
            charset = part.get_content_charset()
            if charset and codec_for(charset) not in (None, "ascii"):
                return charset
    except Exception:
        log.debug("no charset hint", exc_info=True)
    return None


def _raw_items(message: Message) -> Iterator[tuple[str, str]]:
    # raw_items(), not items(): compat32 turns values with 8-bit bytes into
    # email.header.Header objects; the raw strings carry them as surrogates.
    return iter(message.raw_items())


def raw_header(message: Message, name: str, hint: str | None) -> str | None:
    """The first ``name`` header, unfolded, 8-bit bytes repaired, not RFC 2047 decoded."""
    for key, value in _raw_items(message):
        if key.lower() == name:
            return _unfold(_repair_8bit(str(value)[:_MAX_RAW_HEADER_CHARS], hint))
    return None


def raw_headers(message: Message, name: str, hint: str | None) -> list[str]:
    """Every ``name`` header (To and Cc may repeat), as ``raw_header`` gives one."""
    return [
        _unfold(_repair_8bit(str(value)[:_MAX_RAW_HEADER_CHARS], hint))
        for key, value in _raw_items(message)
        if key.lower() == name
    ]


def first_header(message: Message, name: str, hint: str | None) -> str:
    raw = raw_header(message, name, hint)
    return "" if raw is None else _clean_header(decode_rfc2047(raw))


def decoded_headers(message: Message, hint: str | None) -> tuple[tuple[str, str], ...]:
    headers: list[tuple[str, str]] = []
    for key, value in _raw_items(message):
        if len(headers) >= MAX_HEADERS:
            break
        name = _clean_header(_repair_8bit(str(key)[:200], hint))
        raw = _unfold(_repair_8bit(str(value)[:_MAX_RAW_HEADER_CHARS], hint))
        headers.append((name, _clean_header(decode_rfc2047(raw))[:MAX_HEADER_VALUE_CHARS]))
    return tuple(headers)


def _unfold(value: str) -> str:
    return " ".join(value.split()) if ("\n" in value or "\r" in value or "  " in value) else value


def _clean_header(value: str) -> str:
    if not value.isascii() or _HEADER_CONTROL.search(value):
        value = _HEADER_CONTROL.sub("", _HEADER_SPACE.sub(" ", value))
        value = no_surrogates(value)
    return value.strip()


def _repair_8bit(value: str, hint: str | None) -> str:
    """Decode raw 8-bit header bytes (RFC 6532 UTF-8, or a legacy charset)."""
    if value.isascii():
        return value
    try:
        data = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return no_surrogates(value)
    return decode_bytes(data, hint)


def decode_rfc2047(value: str) -> str:
    """Decode RFC 2047 encoded words; adjacent words of one charset are joined first.

    Joining matters: mailers split a multi-byte character (UTF-8, ISO-2022-JP)
    across two encoded words. Whitespace between encoded words is dropped.

    >>> decode_rfc2047("=?UTF-8?B?7JWI64WV?= =?UTF-8?Q?_world?=")
    '안녕 world'
    """
    if "=?" not in value:
        return value
    out: list[str] = []
    pending = bytearray()
    pending_charset: str | None = None
    position = 0
    for match in _ENCODED_WORD.finditer(value):
        between = value[position : match.start()]
        if between and not (pending_charset is not None and between.isspace()):
            if pending_charset is not None:
                out.append(decode_bytes(bytes(pending), pending_charset))
                pending.clear()
                pending_charset = None
            out.append(between)
        charset = match.group(1).split("*", 1)[0].lower()  # RFC 2231 language suffix
        data = _decode_word(match.group(2), match.group(3))
        if pending_charset is not None and pending_charset != charset:
            out.append(decode_bytes(bytes(pending), pending_charset))
            pending.clear()
        pending_charset = charset
        pending += data
        position = match.end()
    if pending_charset is not None:
        out.append(decode_bytes(bytes(pending), pending_charset))
    out.append(value[position:])
    return "".join(out)


def _decode_word(encoding: str, text: str) -> bytes:
    if encoding in "bB":
        compact = "".join(text.split()).rstrip("=")
        if len(compact) % 4 == 1:  # one stray character cannot be decoded
            compact = compact[:-1]
        try:
            return base64.b64decode(compact + "=" * (-len(compact) % 4))
        except (binascii.Error, ValueError):
            return text.encode("utf-8", "replace")
    try:
        return binascii.a2b_qp(text.encode("utf-8", "replace"), header=True)
    except (binascii.Error, ValueError):
        return text.encode("utf-8", "replace")


_ADDRESS = re.compile(r"[^\s<>()\[\],;:\"@]+@[^\s<>()\[\],;:\"@]+")


def first_mailbox(raw: str | None) -> tuple[str, str]:
    """(display name, lowercase addr-spec) of the first address in ``raw``."""
    if not raw:
        return "", ""
    for name, address in _addresses(raw):
        return name, address
    return _clean_header(decode_rfc2047(raw.strip())), ""


def all_addresses(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    return tuple(dict.fromkeys(address for _, address in _addresses(raw)))


def _addresses(raw: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    try:
        pairs = email.utils.getaddresses([raw])
    except Exception:
        pairs = []
    for name, address in pairs:
        address = address.strip().lower()
        if "@" in address and " " not in address:
            found.append((_clean_header(decode_rfc2047(name)), address))
    if not found:
        # Broken syntax getaddresses gives up on: take the first thing shaped
        # like local@domain.
        for match in _ADDRESS.finditer(raw):
            found.append(("", match.group().lower().strip(".")))
    return found


def message_ids(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    ids = list(dict.fromkeys(MESSAGE_ID.findall(raw)))
    if len(ids) > _MAX_IDS:
        ids = [ids[0], *ids[-(_MAX_IDS - 1) :]]  # keep the thread root and the newest
    return tuple(ids)


_COMMENT = re.compile(r"\([^()]*\)")


def parse_date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    for text in (raw, _COMMENT.sub(" ", raw)):
        try:
            parsed = email.utils.parsedate_to_datetime(text.strip())
        except (ValueError, TypeError, OverflowError, IndexError):
            continue
        if parsed.tzinfo is None:  # "-0000": RFC 5322 says the zone is unknown; take UTC
            parsed = parsed.replace(tzinfo=UTC)
        try:
            return parsed.astimezone(UTC)
        except (ValueError, OverflowError):
            return None
    return None
