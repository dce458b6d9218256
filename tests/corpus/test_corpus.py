"""Every message of the shared robustness corpus through the mail layer, no exception.

Driven by the corpus's SHA256SUMS manifests (never a glob); the corpus lives beside the repo.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from inbox_watch.core.models import MailMessage, RequestId, TrackedRequest
from inbox_watch.core.tickets import extract_tickets
from inbox_watch.core.triage import triage_message
from inbox_watch.core.vendors import BUILTIN_VENDORS, make_vendor
from inbox_watch.mail.parse import ParseFailure, parse_headers, parse_message

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"
EXPECTED_FILES = 538
EXPECTED_MESSAGES = 575
# Per message; the slowest (flanker's enclosed-endless.eml, 3 MB and ~3000
# parts) takes about 0.5 s on a laptop. Generous for slow CI machines.
SECONDS_PER_MESSAGE = 5.0
# Messages per mbox file, from the corpus README.
MBOX_COUNTS = {
    "mimekit/UnitTests/TestData/mbox/content-length.mbox.txt": 29,
    "mimekit/UnitTests/TestData/mbox/issue1189.mbox.txt": 4,
    "mimekit/UnitTests/TestData/mbox/simple.mbox.txt": 3,
    "mimekit/UnitTests/TestData/mbox/unmunged.mbox.txt": 3,
    "spamassassin/t/data/nice.mbox": 3,
}
# The README's known crashers (of email.policy.default and of mail-parser
# 4.8.0): the fallback path must still turn them into messages.
KNOWN_CRASHERS = (
    "mimekit/UnitTests/TestData/messages/delivery-status.txt",
    "mimekit/UnitTests/TestData/messages/delivery-status.anonymized.eml",
    "mimekit/UnitTests/TestData/messages/delivery-status-no-blank-line.txt",
    "mimekit/UnitTests/TestData/mbox/simple.mbox.txt#2",
    "mimekit/UnitTests/TestData/mbox/simple.mbox.txt#3",
    "mimekit/UnitTests/TestData/mbox/content-length.mbox.txt#28",
)


@dataclass(frozen=True)
class ManifestEntry:
    path: str  # "<source>/<upstream path>", relative to the corpus
    sha256: str


def _require_corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(
            f"robustness corpus not found at {CORPUS}: it lives in ../shared/corpus beside "
            "the repository (CI always has it). Check out the shared tree there.",
            pytrace=False,
        )
    return CORPUS


def manifest() -> list[ManifestEntry]:
    corpus = _require_corpus()
    entries: list[ManifestEntry] = []
    for sums in sorted(corpus.glob("*/SHA256SUMS")):
        for line in sums.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            digest, _, path = line.partition("  ")
            entries.append(ManifestEntry(f"{sums.parent.name}/{path}", digest.strip()))
    return entries


_ENVELOPE = re.compile(rb"From [^\r\n]*\r?\n")
_HEADER_FIELD = re.compile(rb"[!-9;-~]+[ \t]*:")
_CONTENT_LENGTH = re.compile(rb"(?im)^Content-Length:[ \t]*(\d+)[ \t]*\r?$")


def _is_separator(data: bytes, start: int) -> bool:
    """A "From " line followed by a header field starts a message. That is
    how unmunged.mbox's body line "From Russia with love" (then an empty
    line) stays in its message, while the same line followed by "Year: 1963"
    starts the third one. (simple.mbox has no empty line before "From ".)"""
    envelope = _ENVELOPE.match(data, start)
    return envelope is not None and _HEADER_FIELD.match(data, envelope.end()) is not None


def _separators(data: bytes) -> list[int]:
    starts = [0] if data.startswith(b"From ") else []
    starts += [m.start() + 1 for m in re.finditer(rb"\nFrom ", data)]
    return [start for start in starts if _is_separator(data, start)]


def split_mbox(data: bytes, *, content_length: bool) -> list[bytes]:
    """The messages of an mbox file, each with its "From " envelope line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not content_length:
        starts = _separators(data)
        return [data[a:b] for a, b in zip(starts, [*starts[1:], len(data)], strict=True)]
    messages: list[bytes] = []
    position = 0
    while position < len(data):
        header_end = re.compile(rb"\r?\n\r?\n").search(data, position)
        length = _CONTENT_LENGTH.search(
            data, position, header_end.start() if header_end else len(data)
        )
        end = -1
        if header_end and length:
            end = header_end.end() + int(length.group(1))
            # The next message must follow (after blank lines) or the file ends.
            while end < len(data) and data[end : end + 1] in (b"\r", b"\n"):
                end += 1
            if end < len(data) and not data.startswith(b"From ", end):
                end = -1
        if end < 0:  # no usable Content-Length: the next separator ends it
            following = [s for s in _separators(data) if s > position]
            end = following[0] if following else len(data)
        messages.append(data[position:end])
        position = end
    return messages


@dataclass(frozen=True)
class CorpusMessage:
    name: str  # manifest path, plus "#n" (1-based) for mbox members
    raw: bytes


def corpus_messages() -> list[CorpusMessage]:
    corpus = _require_corpus()
    messages: list[CorpusMessage] = []
    for entry in manifest():
        data = (corpus / entry.path).read_bytes()
        if "mbox" in Path(entry.path).name:
            parts = split_mbox(data, content_length="content-length" in entry.path)
            messages += [CorpusMessage(f"{entry.path}#{i}", p) for i, p in enumerate(parts, 1)]
        else:
            messages.append(CorpusMessage(entry.path, data))
    return messages


def _header_block(raw: bytes) -> bytes:
    match = re.search(rb"\n\r?\n", raw)
    return raw if match is None else raw[: match.end()]


def test_manifest_lists_every_file_with_its_checksum() -> None:
    corpus = _require_corpus()
    entries = manifest()
    assert len(entries) == EXPECTED_FILES
    altered = [
        entry.path
        for entry in entries
        if hashlib.sha256((corpus / entry.path).read_bytes()).hexdigest() != entry.sha256
    ]
    assert not altered, f"corpus files altered (checksum mismatch): {altered}"


def test_mbox_files_split_into_the_documented_number_of_messages() -> None:
    corpus = _require_corpus()
    counts = {
        path: len(split_mbox((corpus / path).read_bytes(), content_length="content-length" in path))
        for path in MBOX_COUNTS
    }
    assert counts == MBOX_COUNTS
    assert len(corpus_messages()) == EXPECTED_MESSAGES


def test_every_message_parses_without_an_exception_and_in_bounded_time() -> None:
    outcomes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    slow: list[str] = []
    slowest = (0.0, "")
    started = time.perf_counter()
    for message in corpus_messages():
        began = time.perf_counter()
        result = parse_message(message.raw)
        headers_only = parse_headers(_header_block(message.raw))
        took = time.perf_counter() - began
        slowest = max(slowest, (took, message.name))
        if took > SECONDS_PER_MESSAGE:
            slow.append(f"{message.name}: {took:.2f} s")
        assert isinstance(result, MailMessage | ParseFailure), message.name
        assert isinstance(headers_only, MailMessage | ParseFailure), message.name
        if isinstance(result, ParseFailure):
            assert result.reason.strip() and "\n" not in result.reason, message.name
            outcomes["failed with a reason"] += 1
            reasons[result.reason] += 1
        else:
            outcomes["parsed"] += 1
            outcomes["parsed with defects"] += bool(result.defects)
            _check_invariants(message.name, result)
        if isinstance(headers_only, MailMessage) and isinstance(result, MailMessage):
            assert headers_only.message_id == result.message_id, message.name
    total = time.perf_counter() - started
    fed = outcomes["parsed"] + outcomes["failed with a reason"]
    print(
        f"\ncorpus: {fed} messages fed, {outcomes['parsed']} parsed "
        f"({outcomes['parsed with defects']} with defects), "
        f"{outcomes['failed with a reason']} failed with a reason; {total:.2f} s in all, "
        f"slowest {slowest[1]} {slowest[0]:.3f} s"
    )
    for reason, count in reasons.most_common():
        print(f"  {count} x {reason}")
    assert fed == EXPECTED_MESSAGES
    assert not slow, f"over {SECONDS_PER_MESSAGE} s: {slow}"


def _check_invariants(name: str, message: MailMessage) -> None:
    assert message.message_id.startswith("<") and message.message_id.endswith(">"), name
    assert message.sender == message.sender.lower(), name
    assert message.date is None or message.date.utcoffset() is not None, name
    assert len(message.headers) <= 300, name
    assert all(len(value) <= 4096 for _, value in message.headers), name
    texts = [message.subject, message.sender_name, message.body_text, message.new_text]
    texts += [value for _, value in message.headers]
    for text in texts:
        text.encode("utf-8")  # no lone surrogates reach the store or the terminal
        assert "\x00" not in text, name


@pytest.mark.parametrize("name", KNOWN_CRASHERS)
def test_known_crashers_still_give_a_message(name: str) -> None:
    by_name = {message.name: message for message in corpus_messages()}
    result = parse_message(by_name[name].raw)
    assert isinstance(result, MailMessage), result
    assert result.headers
    assert isinstance(parse_headers(_header_block(by_name[name].raw)), MailMessage)


def test_every_message_goes_through_extraction_and_triage() -> None:
    """Parsing is not the end: the core (trust, tickets, kind, matching) must not raise
    on any real-world message either, and must never invent a ticket."""
    vendors = (
        *BUILTIN_VENDORS,
        make_vendor("RT", ["bestpractical.com", "example.com"], "rt"),
        make_vendor("Helpdesk", ["example.net", "example.org"], "generic"),
    )
    requests = [
        TrackedRequest(RequestId(1), "rt", "1", "Help", date(2000, 1, 1), "<a@b>"),
        TrackedRequest(RequestId(2), "helpdesk", None, "Test message", date(2000, 1, 1)),
    ]
    outcomes: dict[str, int] = {}
    tickets = 0
    for item in corpus_messages():
        message = parse_message(item.raw)
        if isinstance(message, ParseFailure):
            outcomes["parse failure"] = outcomes.get("parse failure", 0) + 1
            continue
        decision = triage_message(message, vendors, requests, {"<a@b>": RequestId(1)})
        kind = type(decision).__name__
        outcomes[kind] = outcomes.get(kind, 0) + 1
        haystack = " ".join(
            [message.subject, message.new_text, *(value for _name, value in message.headers)]
        ).upper()
        for vendor in vendors:
            for ticket in extract_tickets(message, vendor):
                tickets += 1
                for chunk in re.findall(r"[0-9A-Z]+", ticket.upper()):
                    assert chunk.lstrip("0") in haystack, f"{item.name}: invented {ticket!r}"
    print(f"triage over {sum(outcomes.values())} corpus messages: {outcomes}; {tickets} tickets")
    assert sum(outcomes.values()) == 575
