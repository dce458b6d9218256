"""Mail layer: raw RFC 5322 bytes in, a ``MailMessage`` or a ``ParseFailure`` out.

Must not raise for any input, do I/O, read the clock, or let mailparser types leak out.
"""

from __future__ import annotations

import email
import email.utils
import hashlib
import logging
import re
from dataclasses import dataclass
from email.message import Message

import mailparser

from inbox_watch.core.models import MailMessage
from inbox_watch.mail.charsets import decode_bytes, no_surrogates
from inbox_watch.mail.headers import (
    CONTROL_CHARS,
    MESSAGE_ID,
    all_addresses,
    charset_hint,
    decoded_headers,
    first_header,
    first_mailbox,
    message_ids,
    parse_date,
    raw_header,
    raw_headers,
    walk_parts,
)
from inbox_watch.mail.html_text import html_to_text
from inbox_watch.mail.quoting import extract_new_text

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
MAX_BODY_CHARS = 256 * 1024
_MAX_HTML_CHARS = 1024 * 1024
_MAILPARSER_MAX_HEAD = 64 * 1024
# Bodies bigger than this lose the bulk of long base64 runs (attachments)
# before parsing: only text parts are read, and the stdlib parser needs about
# 8 bytes of memory per byte of input.
_BULK_BASE64_THRESHOLD = 4 * 1024 * 1024
_BASE64_RUN_KEEP = 2 * 1024 * 1024


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
    hint = charset_hint(message)
    sender_name, sender = first_mailbox(raw_header(message, "from", hint))
    body_text = _body_text(message, defects) if read_body else ""
    return MailMessage(
        message_id=_message_id(raw_header(message, "message-id", hint), head),
        subject=first_header(message, "subject", hint),
        sender=sender,
        sender_name=sender_name,
        date=parse_date(raw_header(message, "date", hint)),
        reply_to=all_addresses(raw_header(message, "reply-to", hint)),
        recipients=_recipients(message, hint),
        in_reply_to=message_ids(raw_header(message, "in-reply-to", hint)),
        references=message_ids(raw_header(message, "references", hint)),
        headers=decoded_headers(message, hint),
        body_text=body_text,
        new_text=extract_new_text(body_text) if read_body else "",
        defects=tuple(sorted(defects)),
    )


_MAX_RECIPIENTS = 100


def _recipients(message: Message, hint: str | None) -> tuple[str, ...]:
    """To, then Cc, each address once (every To and Cc header, folded or repeated);
    at most ``_MAX_RECIPIENTS``, so a hostile header cannot grow the work."""
    found: list[str] = []
    for name in ("to", "cc"):
        for raw in raw_headers(message, name, hint):
            found += all_addresses(raw)
    return tuple(dict.fromkeys(found))[:_MAX_RECIPIENTS]


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
        match = MESSAGE_ID.search(raw)
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
# Body


def _email_defects(message: Message) -> set[str]:
    return {type(defect).__name__ for part in walk_parts(message) for defect in part.defects}


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
    for part in walk_parts(message, into_messages=into_messages):
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
    if CONTROL_CHARS.search(text):
        text = CONTROL_CHARS.sub("", text.replace("\x0c", "\n"))
    return text[:MAX_BODY_CHARS]


def _one_line(text: str, limit: int = 300) -> str:
    return make_snippet(no_surrogates(text), limit)
