"""Mail layer: raw RFC 5322 bytes in, a ``MailMessage`` or a ``ParseFailure`` out.

Must not raise for any input, do I/O, read the clock, or let mailparser types leak out.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email
import email.utils
import functools
import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from html.parser import HTMLParser

import mailparser
from mailparser_reply import EmailReplyParser

from inbox_watch.core import vendors
from inbox_watch.core.models import MailMessage

__all__ = [
    "MAX_MESSAGE_BYTES",
    "ParseFailure",
    "make_snippet",
    "parse_headers",
    "parse_message",
]

log = logging.getLogger(__name__)
# mail-parser logs a WARNING for every part type it does not "manage"
# (text/calendar, DSN parts, ...). With no handler configured anywhere that
# would reach stderr through logging.lastResort on every scan; a NullHandler
# keeps it quiet while records still propagate to handlers the app sets up.
logging.getLogger("mailparser").addHandler(logging.NullHandler())

MAX_MESSAGE_BYTES = 25 * 1024 * 1024
"""Bigger input is cut to its header block plus ``TRUNCATED_BODY_BYTES`` of body."""
TRUNCATED_BODY_BYTES = 1024 * 1024
MAX_HEADER_BLOCK_BYTES = 2 * 1024 * 1024
MAX_HEADERS = 300
MAX_HEADER_VALUE_CHARS = 4096
# Raw (undecoded) characters looked at per header: RFC 2047 makes text about
# 4/3 longer, so this always yields a full MAX_HEADER_VALUE_CHARS when decoded.
_MAX_RAW_HEADER_CHARS = 4 * MAX_HEADER_VALUE_CHARS
MAX_BODY_CHARS = 256 * 1024
_MAX_HTML_CHARS = 1024 * 1024
_MAX_PARTS = 2000
_MAILPARSER_MAX_HEAD = 64 * 1024
# Bodies bigger than this lose the bulk of long base64 runs (attachments)
# before parsing: only text parts are read, and the stdlib parser needs about
# 8 bytes of memory per byte of input.
_BULK_BASE64_THRESHOLD = 4 * 1024 * 1024
_BASE64_RUN_KEEP = 2 * 1024 * 1024
_MAX_IDS = 100
# Quoted-history detection looks at the top of the body only: the new text is
# there, and the reply parser's regexes are superlinear on long lines.
_NEW_TEXT_WINDOW = 32 * 1024
_REPLY_PARSER_MAX_LINE = 300

# Not "pl": its Outlook rule splits on a single "Data:"/"Od:" line.
REPLY_LANGUAGES = ("en", "de", "fr", "es", "ko", "ja", "it", "nl")


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """Why a message could not be parsed, as one line a user can read."""

    reason: str


def parse_message(raw: bytes) -> MailMessage | ParseFailure:
    """Parse a whole message (IMAP ``BODY.PEEK[]``); never raises.

    >>> parse_message(b"From: A <A@Example.com>\\r\\nSubject: hi\\r\\n\\r\\nbody\\r\\n").sender
    'a@example.com'
    """
    return _guarded(raw, with_body=True)


def parse_headers(raw_header: bytes) -> MailMessage | ParseFailure:
    """Parse a header block only (IMAP ``BODY.PEEK[HEADER]``); body fields stay empty.

    Anything after the first empty line is ignored. A missing Message-ID gets
    the same synthetic id as ``parse_message`` gives the whole message.
    """
    return _guarded(raw_header, with_body=False)


def make_snippet(text: str, limit: int = 160) -> str:
    """``text`` on one line, at most ``limit`` characters, cut on a word boundary.

    >>> make_snippet("Hello   there,\\n\\nyour  ticket is solved.", limit=20)
    'Hello there, your…'
    """
    collapsed = " ".join(text.split())
    if limit <= 0:
        return ""
    if len(collapsed) <= limit:
        return collapsed
    if limit == 1:
        return "…"
    head = collapsed[: limit - 1]
    space = head.rfind(" ")
    # A word boundary only when it keeps most of the room; otherwise one very
    # long word (a URL) would shrink the snippet to almost nothing.
    if collapsed[limit - 1] != " " and space >= limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:.-–—") + "…"


# --------------------------------------------------------------------------
# Boundary


def _guarded(raw: bytes, *, with_body: bool) -> MailMessage | ParseFailure:
    try:
        return _parse(raw, with_body=with_body)
    except Exception as exc:  # the mail layer's boundary: one bad message never escapes
        log.debug("message not parsed", exc_info=True)
        return ParseFailure(_one_line(f"message could not be parsed: {type(exc).__name__}: {exc}"))


def _parse(raw: bytes, *, with_body: bool) -> MailMessage | ParseFailure:
    if not isinstance(raw, bytes | bytearray | memoryview):
        return ParseFailure(f"not a message: expected bytes, got {type(raw).__name__}")
    data = bytes(raw)
    if not data.strip():
        return ParseFailure("not an RFC 5322 message: empty input")
    defects: set[str] = set()
    head, body = _bounded_parts(_strip_envelope(data), with_body, defects)
    if not _HEADER_LINE.match(head):
        return ParseFailure("not an RFC 5322 message: no header block")
    parsed = _stdlib_message(head, body, defects)
    if isinstance(parsed, ParseFailure):
        return parsed
    message, body_parsed = parsed
    read_body = with_body and body_parsed
    defects.update(_email_defects(message))
    # Not for header-only screening: mail-parser walks the whole message again, which
    # cost a third of the CPU of a first scan of 100,000 messages (bench/), for a
    # header block's defect categories that nothing reads.
    if read_body and len(head) <= _MAILPARSER_MAX_HEAD:
        # Above that, mail-parser's header decoding (email.header.decode_header
        # with list.pop(0)) turns quadratic: 6 s for a 1 MB header.
        defects.update(_mailparser_defects(message))
    hint = _charset_hint(message)
    sender_name, sender = _first_mailbox(_raw_header(message, "from", hint))
    body_text = _body_text(message, defects) if read_body else ""
    return MailMessage(
        message_id=_message_id(_raw_header(message, "message-id", hint), head),
        subject=_first_header(message, "subject", hint),
        sender=sender,
        sender_name=sender_name,
        date=_date(_raw_header(message, "date", hint)),
        reply_to=_all_addresses(_raw_header(message, "reply-to", hint)),
        in_reply_to=_message_ids(_raw_header(message, "in-reply-to", hint)),
        references=_message_ids(_raw_header(message, "references", hint)),
        headers=_decoded_headers(message, hint),
        body_text=body_text,
        new_text=extract_new_text(body_text) if read_body else "",
        defects=tuple(sorted(defects)),
    )


def _bounded_parts(data: bytes, with_body: bool, defects: set[str]) -> tuple[bytes, bytes]:
    """Header block and body, cut to the sizes the parser is safe with (noted as defects)."""
    head, body = _split_head(data)
    if not with_body:
        body = b""
    if len(head) > MAX_HEADER_BLOCK_BYTES:
        head = head[:MAX_HEADER_BLOCK_BYTES].rpartition(b"\n")[0] + b"\n"
        defects.add("HeaderBlockTruncatedDefect")
    if len(head) + len(body) > MAX_MESSAGE_BYTES:
        body = body[:TRUNCATED_BODY_BYTES]
        defects.add("MessageTruncatedDefect")
    if len(body) > _BULK_BASE64_THRESHOLD:
        body, cut = _drop_bulk_base64(body)
        if cut:
            defects.add("PartTruncatedDefect")
    if _OBSOLETE_COLON.search(head):
        # RFC 5322 4.5.1 obsolete syntax "Subject  : x"; the stdlib would take
        # such a line for the start of the body.
        head = _OBSOLETE_COLON.sub(rb"\1:", head)
    return head, body


def _stdlib_message(
    head: bytes, body: bytes, defects: set[str]
) -> tuple[Message, bool] | ParseFailure:
    """The standard library's message, and whether its body could be parsed."""
    try:
        message = email.message_from_bytes(head + b"\n" + body)  # compat32: lenient and fast
        body_parsed = True
    except Exception as exc:
        # The stdlib recurses once per nesting level (RecursionError on a few
        # hundred nested message/rfc822 or multipart levels): keep the headers.
        log.debug("body not parsed", exc_info=True)
        try:
            message = email.message_from_bytes(head + b"\n")
        except Exception:
            return ParseFailure(_one_line(f"email parser failed: {type(exc).__name__}: {exc}"))
        defects.add("BodyNotParsedDefect")
        body_parsed = False
    if len(message) == 0:
        return ParseFailure("not an RFC 5322 message: no header block")
    return message, body_parsed


def _mailparser_defects(message: Message) -> set[str]:
    """mail-parser's defect categories (address, date, charset, ...) for ``message``.

    mail-parser 4.8.0 raises on some valid-enough mail (``find_between`` on
    nested multiparts sharing a boundary); then the stdlib result stands alone.
    """
    try:
        parsed = mailparser.MailParser(message)
        return {str(name) for name in parsed.defects_categories}
    except Exception:
        log.debug("mail-parser failed; using the stdlib email result", exc_info=True)
        return set()


# --------------------------------------------------------------------------
# Raw bytes


_BOM = b"\xef\xbb\xbf"
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:|From ")
_EMPTY_LINE = re.compile(rb"\n\r?\n")
_OBSOLETE_COLON = re.compile(rb"(?m)^([!-9;-~]+)[ \t]+:")


def _strip_envelope(data: bytes) -> bytes:
    """Drop what sits in front of the header block: a BOM, blank lines, BSMTP."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    # A line of spaces before the headers (seen in flanker's samples) would
    # make the stdlib read the first header as a continuation line.
    data = data.lstrip(b" \t\r\n")
    if data[:5].upper() in (b"HELO ", b"EHLO "):
        # Batch SMTP (RFC 2442): the message starts after the DATA command.
        match = re.search(rb"(?im)^DATA[ \t]*\r?\n", data[:8192])
        if match:
            data = data[match.end() :]
    return data


# Anchored at line starts with bounded line length, so that a multi-megabyte
# line costs linear time (unanchored, the search would be quadratic).
_BASE64_BLOCK = re.compile(rb"(?m)^(?:[A-Za-z0-9+/]{40,1000}={0,2}\r?\n){512}")


def _drop_bulk_base64(body: bytes) -> tuple[bytes, bool]:
    """``body`` with every run of base64 lines cut to ``_BASE64_RUN_KEEP`` bytes.

    Matching 512 lines at a time keeps the regex engine's stack small.
    """
    kept: list[bytes] = []
    position = 0
    cut = False
    match = _BASE64_BLOCK.search(body)
    while match is not None:
        start, end = match.start(), match.end()
        while (more := _BASE64_BLOCK.match(body, end)) is not None:
            end = more.end()
        if end - start > _BASE64_RUN_KEEP:
            keep_to = body.rfind(b"\n", start, start + _BASE64_RUN_KEEP) + 1
            kept.append(body[position:keep_to])
            position = end
            cut = True
        match = _BASE64_BLOCK.search(body, end)
    if not cut:
        return body, False
    kept.append(body[position:])
    return b"".join(kept), True


def _split_head(data: bytes) -> tuple[bytes, bytes]:
    match = _EMPTY_LINE.search(data)
    if match is None:
        return data, b""
    return data[: match.start() + 1], data[match.end() :]


def _message_id(raw: str | None, head: bytes) -> str:
    if raw:
        match = _ID.search(raw)
        if match:
            return match.group()
        bare = raw.strip()
        if bare and " " not in bare and len(bare) <= 500:
            return f"<{bare}>"
    # Derived from the header block, not the whole message, so that
    # parse_headers and parse_message agree and a rescan deduplicates.
    canonical = head.replace(b"\r\n", b"\n").rstrip(b"\n")
    return f"<sha256-{hashlib.sha256(canonical).hexdigest()}@inbox-watch.invalid>"


# --------------------------------------------------------------------------
# Headers


_ID = re.compile(r"<[^<>\s]{1,500}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEADER_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HEADER_SPACE = re.compile(r"[\t\r\n]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,80})\?([bBqQ])\?([^?]*)\?=")


def _charset_hint(message: Message) -> str | None:
    """The charset raw 8-bit headers most likely use: the body's own."""
    try:
        for part in _walk(message, limit=20):
            charset = part.get_content_charset()
            if charset and _codec(charset) not in (None, "ascii"):
                return charset
    except Exception:
        log.debug("no charset hint", exc_info=True)
    return None


def _raw_items(message: Message) -> Iterator[tuple[str, str]]:
    # raw_items(), not items(): compat32 turns values with 8-bit bytes into
    # email.header.Header objects; the raw strings carry them as surrogates.
    return iter(message.raw_items())


def _raw_header(message: Message, name: str, hint: str | None) -> str | None:
    """The first ``name`` header, unfolded, 8-bit bytes repaired, not RFC 2047 decoded."""
    for key, value in _raw_items(message):
        if key.lower() == name:
            return _unfold(_repair_8bit(str(value)[:_MAX_RAW_HEADER_CHARS], hint))
    return None


def _first_header(message: Message, name: str, hint: str | None) -> str:
    raw = _raw_header(message, name, hint)
    return "" if raw is None else _clean_header(decode_rfc2047(raw))


def _decoded_headers(message: Message, hint: str | None) -> tuple[tuple[str, str], ...]:
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
        value = _no_surrogates(value)
    return value.strip()


def _no_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _repair_8bit(value: str, hint: str | None) -> str:
    """Decode raw 8-bit header bytes (RFC 6532 UTF-8, or a legacy charset)."""
    if value.isascii():
        return value
    try:
        data = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return _no_surrogates(value)
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


# --------------------------------------------------------------------------
# Charsets


# Names real mail uses that Python spells differently, or where a superset
# decodes what the senders actually meant (Outlook's ks_c_5601-1987 is
# cp949; "iso-8859-1" mail is nearly always windows-1252; gb2312 senders
# use GBK/GB18030 characters).
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601_1987": "cp949",
    "ks_c_5601": "cp949",
    "ksc5601": "cp949",
    "ksc_5601": "cp949",
    "euc-kr": "cp949",
    "euckr": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "gb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "cn-gb": "gb18030",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "ascii",
    "ascii": "ascii",
    "ansi_x3.4-1968": "ascii",
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-6-i": "iso8859_6",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "unicode-1-1-utf-7": "utf-7",
    "utf8": "utf-8",
}
# Then tried in order when the declared charset fails strictly.
_FALLBACKS = {
    "ascii": ("utf-8", "cp1252", "latin-1"),
    "cp1252": ("utf-8", "latin-1"),
    "iso2022_jp": ("iso2022_jp_2", "iso2022_jp_ext", "cp932"),
    "euc_jp": ("euc_jis_2004", "cp932"),
}
_NOT_TEXT = frozenset({"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined"})


@functools.lru_cache(maxsize=512)
def _codec(charset: str | None) -> str | None:
    """The Python codec for a MIME charset name, or None for unknown/bogus names."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower().split("*", 1)[0]
    if not name or len(name) > 40:
        return None
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_TEXT:
        return None
    return info.name


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text from ``data`` in ``charset``; never raises.

    A declared charset that fails (or that Python does not know) falls back
    to UTF-8, then to UTF-8 with replacement characters. Undeclared 8-bit
    text is tried as UTF-8, then as windows-1252, the usual legacy case.

    >>> decode_bytes(b"caf\\xff", "x-bogus"), decode_bytes(b"caf\\xe9", None)
    ('caf\\ufffd', 'café')
    """
    codec = _codec(charset)
    if codec is None:
        candidates = ["utf-8"] if charset else ["utf-8", "cp1252"]
    else:
        candidates = [codec, *_FALLBACKS.get(codec, ("utf-8",))]
    for candidate in candidates:
        try:
            return _no_surrogates(data.decode(candidate))
        except (UnicodeError, LookupError):
            continue
    return _no_surrogates(data.decode(codec or "utf-8", "replace"))


# --------------------------------------------------------------------------
# Addresses, ids, dates


_ADDRESS = re.compile(r"[^\s<>()\[\],;:\"@]+@[^\s<>()\[\],;:\"@]+")


def _first_mailbox(raw: str | None) -> tuple[str, str]:
    """(display name, lowercase addr-spec) of the first address in ``raw``."""
    if not raw:
        return "", ""
    for name, address in _addresses(raw):
        return name, address
    return _clean_header(decode_rfc2047(raw.strip())), ""


def _all_addresses(raw: str | None) -> tuple[str, ...]:
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


def _message_ids(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    ids = list(dict.fromkeys(_ID.findall(raw)))
    if len(ids) > _MAX_IDS:
        ids = [ids[0], *ids[-(_MAX_IDS - 1) :]]  # keep the thread root and the newest
    return tuple(ids)


_COMMENT = re.compile(r"\([^()]*\)")


def _date(raw: str | None) -> datetime | None:
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


# --------------------------------------------------------------------------
# Body


def _walk(
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


def _email_defects(message: Message) -> set[str]:
    return {type(defect).__name__ for part in _walk(message) for defect in part.defects}


def _body_text(message: Message, defects: set[str]) -> str:
    """The first non-empty text/plain part, else HTML as text, else other text.

    Attachments are skipped, and attached messages too unless nothing else
    carries text. "Other text" covers text/enriched and multiparts whose
    boundary never appears (the stdlib leaves their body as one string).
    """
    for into_messages in (False, True):
        found = _body_candidates(message, defects, into_messages=into_messages)
        if "plain" in found:
            return _normalise_text(found["plain"])
        if "html" in found:
            return _normalise_text(html_to_text(found["html"][:_MAX_HTML_CHARS]))
        if "other" in found:
            return _normalise_text(found["other"])
    return ""


def _body_candidates(message: Message, defects: set[str], *, into_messages: bool) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in _walk(message, into_messages=into_messages):
        if part.is_multipart():
            continue
        try:
            disposition = part.get_content_disposition()
            content_type = part.get_content_type()
        except Exception:  # malformed parameters: not a body part we can trust
            log.debug("part skipped", exc_info=True)
            continue
        if disposition == "attachment":
            continue
        if content_type == "text/plain":
            kind = "plain"
        elif content_type == "text/html":
            kind = "html"
        elif content_type.startswith(("text/", "multipart/")):
            kind = "other"
        else:
            continue
        if kind in found:
            continue
        # Empty parts do not count: DSN field blocks parse as empty text/plain.
        text = _part_text(part, defects)
        if text.strip():
            found[kind] = text
            if kind == "plain":
                break
    return found


def _part_text(part: Message, defects: set[str]) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        defects.add("PayloadDecodeDefect")
        return ""
    if not isinstance(payload, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(payload[: MAX_BODY_CHARS * 4], charset)


def _normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text.replace("\x0c", "\n"))
    return text[:MAX_BODY_CHARS]


_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4"),
        *("h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section"),
        *("table", "tbody", "tfoot", "thead", "tr", "ul"),
    }
)
_PARAGRAPH_TAGS = frozenset(
    {"blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p", "pre", "table", "ul"}
)
# Not "head": broken HTML mail often never closes it, and the text would vanish.
_SKIP_TAGS = frozenset({"script", "style", "title", "noscript", "template", "svg"})


_SCRIPT_STYLE_TAG = re.compile(r"(</?(?:script|style)\b[^<>]*>)", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_UNCLOSED_TAG = re.compile(r"<(?![^<>]*>)")


class _HtmlText(HTMLParser):
    """Visible text of an HTML body; block elements become line breaks and
    <blockquote> lines get "> " so quoted history is recognised as such."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.quote = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skip = 0  # an unclosed <title> or <style> in the head hides no more
        elif tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "br":
            self.newline(force=True)
        elif tag in _BLOCK_TAGS:
            self.newline(paragraph=tag in _PARAGRAPH_TAGS)
            if tag == "blockquote":
                self.quote += 1
            elif tag == "pre":
                self.pre += 1
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.newline(force=True)
        elif tag in _BLOCK_TAGS:
            self.newline(paragraph=tag in _PARAGRAPH_TAGS)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS and tag != "br":
            self.newline(paragraph=tag in _PARAGRAPH_TAGS)
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            elif tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            first, *rest = data.split("\n")
            self.current.append(first)
            for line in rest:
                self.newline(force=True)
                self.current.append(line)
        else:
            self.current.append(data)  # whitespace is collapsed per line in newline()

    def newline(self, *, force: bool = False, paragraph: bool = False) -> None:
        """End the current line; ``paragraph`` adds one blank line after it."""
        line = "".join(self.current) if self.pre else " ".join("".join(self.current).split())
        self.current = []
        if line or force:
            self.lines.append("> " * self.quote + line if line else line)
        if paragraph and self.lines and self.lines[-1]:
            self.lines.append("")

    def text(self) -> str:
        self.newline()
        return re.sub(r"\n{3,}", "\n\n", "\n".join(self.lines)).strip()


def html_to_text(html: str) -> str:
    """Visible text of ``html`` (stdlib html.parser): no script/style, block
    elements on their own lines.

    >>> html_to_text("<p>Hi<br>there</p><script>x()</script><div>bye</div>")
    'Hi\\nthere\\n\\nbye'
    """
    parser = _HtmlText()
    # Python 3.11's html.parser is quadratic on a "<" that never closes
    # ("<a <a <a ...": 48 KB took 20 s); such a "<" is text anyway.
    html = _UNCLOSED_TAG.sub("&lt;", html)
    try:
        parser.feed(html)
        parser.close()
        text = parser.text()
    except Exception:  # html.parser asserts on some malformed declarations
        log.debug("html.parser failed; stripping tags", exc_info=True)
        text = ""
    if not text:
        # Nothing visible, e.g. everything after an unclosed <title>: strip
        # tags crudely rather than lose the body.
        text = _strip_tags(html)
    return text


def _strip_tags(html: str) -> str:
    """Text outside tags and outside script/style, in linear time."""
    visible: list[str] = []
    hidden = False
    # split() with a group puts the script/style tags at the odd indexes.
    for index, token in enumerate(_SCRIPT_STYLE_TAG.split(html)):
        if index % 2:
            hidden = not token.startswith("</")
        elif not hidden:
            visible.append(token)
    return " ".join(_TAG.sub(" ", "".join(visible)).split())


# --------------------------------------------------------------------------
# New text: the reply without quoted history, forwards and signatures


_OWN_DELIMITERS = (
    "##- Please type your reply above this line -##",
    "Please type your reply above this line",
    "Please reply above this line",
    "Reply above this line",
    "Please do not write below this line",
)
_DELIMITER_WORDS = re.compile(
    r"(?:reply|respond|write|type|answer|antworten?|schreiben)\b.{0,40}\babove\s+(?:this|the)\s+line"
    r"|do\s+not\s+(?:write|reply)\s+below\s+this\s+line"
    r"|(?:oberhalb|über)\s+dieser\s+zeile|au-dessus\s+de\s+cette\s+ligne"
    r"|(?:encima|arriba)\s+de\s+esta\s+l[ií]nea|この行より上|이\s*줄\s*위",
    re.IGNORECASE,
)


@functools.cache
def _delimiters() -> tuple[str, ...]:
    # Every helpdesk style's delimiters, plus the common ones of this module.
    found = [d for d in vendors.ALL_REPLY_DELIMITERS if d.strip()]
    return tuple(dict.fromkeys(d.strip().lower() for d in (*found, *_OWN_DELIMITERS)))


def _is_delimiter(line: str) -> bool:
    stripped = line.strip().lstrip(">").strip()
    if not stripped or len(stripped) > 120:
        return False
    # Zendesk localises the sentence but always wraps it in "##- ... -##".
    if stripped.startswith("##") and stripped.endswith("##") and any(map(str.isalpha, stripped)):
        return True
    lowered = stripped.lower()
    return any(d in lowered for d in _delimiters()) or bool(_DELIMITER_WORDS.search(stripped))


_WROTE = re.compile(
    r"^(?:"
    r"On\b.{0,250}\bwrote\s*:"  # en (Gmail, Apple Mail, Thunderbird)
    r"|Am\b.{0,250}\bschrieb\b.{0,250}:"  # de
    r"|Le\b.{0,250}\ba\s+[ée]crit\s*:"  # fr
    r"|El\b.{0,250}\bescribi[óo]\s*:"  # es
    r"|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일.{0,250}(?:작성|님이\s*씀|보냄)\S*\s*:"  # ko
    # ja: Gmail "2025年9月3日(水) 10:00 Name <a@b>:", Outlook/Thunderbird variants
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,250}(?:>|のメッセージ|書きました|wrote)\s*[:：]"
    r"|.{0,250}<[^<>\s]+@[^<>\s]+>\s*(?:wrote|schrieb|a\s+[ée]crit|escribi[óo]|님이\s*작성\S*)\s*:"
    r")\s*$",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"^(?:-{2,}|_{2,}|={2,})\s*(?:Forwarded message|Forwarded e-?mail|Original Message"
    r"|Weitergeleitete Nachricht|Urspr[üu]ngliche Nachricht|Originalnachricht"
    r"|Message transf[ée]r[ée]|Message d'origine|Message original"
    r"|Mensaje reenviado|Mensaje original"
    r"|전달된 메시지|전달된 메일|원본 메시지|원본 메일|転送されたメッセージ|転送メッセージ"
    r"|元のメッセージ|オリジナルメッセージ)\s*(?:-{2,}|_{2,}|={2,})?\s*$"
    r"|^(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht"
    r"|D[ée]but du message r[ée]exp[ée]di[ée]|Inicio del mensaje reenviado)\s*:\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(
    r"^\**(?:From|Von|De|Van|Da|Från|Od|보낸\s*사람|差出人|送信者|发件人)\**\s*[:：]", re.IGNORECASE
)
_OUTLOOK_NEXT = re.compile(
    r"^\**(?:Sent|Date|To|Subject|Cc|Gesendet|Datum|An|Betreff|Envoy[ée]|[ÀA]|Objet"
    r"|Enviado|Fecha|Para|Asunto|보낸\s*날짜|받는\s*사람|제목|날짜|送信日時|日時|宛先|件名|日付)\**\s*[:：]",
    re.IGNORECASE,
)
_RULE = re.compile(r"^[-_=─—–*~]{10,}$")
_DECORATION = re.compile(r"[-_=─—–*~]*")


def extract_new_text(body_text: str) -> str:
    """The reply's own new text: above helpdesk delimiters, quoted history,
    forwarded parts and the signature.

    Zendesk puts its delimiter at the *top* of an agent's mail with the
    newest comment right below it; then the text after the delimiter, up to
    the next older comment, is the new text.

    >>> extract_new_text("Fixed.\\n\\nOn Tue, 2 Sep 2025, Me <me@x.org> wrote:\\n> help")
    'Fixed.'
    """
    lines = body_text[:_NEW_TEXT_WINDOW].split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return ""
    # Jira Service Management opens with a short "—-—-—-—" rule above its
    # "Reply above this line." delimiter: decoration, so the delimiter is still on top.
    top = next((i for i, line in enumerate(lines) if not _DECORATION.fullmatch(line.strip())), 0)
    zendesk = False
    delimiter = next((i for i, line in enumerate(lines) if _is_delimiter(line)), None)
    if delimiter is not None:
        if delimiter == top:
            lines = lines[delimiter + 1 :]
            zendesk = True
        else:
            lines = lines[:delimiter]
    kept = _cut_history(lines, zendesk=zendesk)
    return _reply_parser_cut(kept)


def _cut_history(lines: list[str], *, zendesk: bool) -> list[str]:
    kept: list[str] = []
    intro_done = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(">"):
            continue  # quoted; inline answers between quotes are kept
        if stripped == "--":
            break  # RFC 3676 signature separator
        if zendesk and _RULE.match(stripped):
            # Zendesk separates comments with a rule; the first one often only
            # closes the "Your request (12345) has been updated" intro: one
            # short paragraph, where a comment has an author line, a blank
            # line and the text.
            text = "\n".join(kept).strip()
            if not intro_done and "\n\n" not in text and len(text) <= 400:
                intro_done = True
                kept.append(line)
                continue
            break
        if stripped and _starts_history(stripped, lines, index):
            break
        kept.append(line)
    while kept and (not kept[-1].strip() or _RULE.match(kept[-1].strip())):
        kept.pop()
    return kept


def _starts_history(stripped: str, lines: list[str], index: int) -> bool:
    if len(stripped) > 600:
        return False
    if _FORWARD.match(stripped) or _is_delimiter(stripped):
        return True
    if _WROTE.match(stripped):
        return True
    following = [line.strip() for line in lines[index + 1 : index + 4]]
    # Gmail wraps a long "On ..., Name <address> wrote:" over two lines.
    if (
        following
        and following[0].endswith((":", "："))
        and len(following[0]) <= 300
        and _WROTE.match(stripped + " " + following[0])
    ):
        return True
    if _OUTLOOK_FROM.match(stripped):
        return any(_OUTLOOK_NEXT.match(line) for line in following if line)
    return False


# Cheap pre-check: a line ending in a colon, or starting with one or two short
# words and a colon (Outlook's "From:", "Von:", "보낸 사람:").
_REPLY_PARSER_TRIGGER = re.compile(
    r"[:：][ \t]*$|^[ \t>*]*[^\s:：]{1,20}(?:[ \t][^\s:：]{1,20})?[ \t]*[:：]|Original Message",
    re.MULTILINE | re.IGNORECASE,
)


@functools.cache
def _reply_parser() -> EmailReplyParser:
    return EmailReplyParser(languages=list(REPLY_LANGUAGES))


def _reply_parser_cut(lines: list[str]) -> str:
    """Let mail-parser-reply find what the line rules missed (other languages'
    "wrote" lines, Outlook header blocks) and keep the text above it."""
    text = "\n".join(lines).strip()
    if not text or not _REPLY_PARSER_TRIGGER.search(text):
        return text  # every history header it knows has a colon (or "Original Message")
    # Its regexes are quadratic on long lines ("On " + 16 KB takes seconds):
    # hand it placeholders for those and put them back afterwards.
    long_lines: dict[str, str] = {}
    short: list[str] = []
    for line in lines:
        if len(line) > _REPLY_PARSER_MAX_LINE:
            key = f"\ue000{len(long_lines)}\ue001"
            long_lines[key] = line.strip()
            short.append(key)
        else:
            short.append(line)
    try:
        parsed = _reply_parser().read(text="\n".join(short))
        replies = parsed.replies
    except Exception:
        log.debug("mail-parser-reply failed; keeping the line-rule result", exc_info=True)
        return text
    if len(replies) < 2 or replies[0].headers:
        return text  # no history found (or it starts the text: nothing to cut by)
    result = str(replies[0].content)
    for key, line in long_lines.items():
        result = result.replace(key, line)
    return result.strip()


def _one_line(text: str, limit: int = 300) -> str:
    return make_snippet(_no_surrogates(text), limit)
