"""The mail + core contract on hand-written helpdesk mail: tests/fixtures/mail/*/*.eml.

Each fixture goes through ``parse_message`` and ``triage_message``; ``expected.toml``
says what must come out: trusted or not, vendor, ticket, reply kind, and the match.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from inbox_watch.core.matching import Matched, Unmatched
from inbox_watch.core.models import MailMessage, RequestId, TrackedRequest
from inbox_watch.core.triage import (
    NotVendorMail,
    SuspiciousSender,
    Triage,
    VendorReply,
    triage_message,
)
from inbox_watch.core.vendors import (
    BUILTIN_VENDORS,
    HELPDESK_STYLES,
    OPENAI,
    VendorProfile,
    make_vendor,
    merge_vendors,
)
from inbox_watch.mail.parse import ParseFailure, parse_message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
MANIFEST = FIXTURES / "expected.toml"


@dataclass(frozen=True)
class Corpus:
    vendors: tuple[VendorProfile, ...]
    requests: tuple[TrackedRequest, ...]
    thread_index: Mapping[str, RequestId]
    own_addresses: tuple[str, ...]
    authserv_id: str
    messages: tuple[dict[str, Any], ...]


@cache
def corpus() -> Corpus:
    data = tomllib.loads(MANIFEST.read_text(encoding="utf-8"))
    configured = [
        make_vendor(
            entry["name"],
            entry["domains"],
            entry.get("helpdesk", "generic"),
            ticket_patterns=entry.get("ticket_patterns", ()),
            not_support_senders=entry.get("not_support_senders", ()),
            response_days=entry.get("response_days", 5),
        )
        for entry in data["vendors"]
    ]
    requests = tuple(
        TrackedRequest(
            id=RequestId(entry["id"]),
            vendor=entry["vendor"],
            ticket=entry.get("ticket"),
            subject=entry.get("subject"),
            submitted=entry["submitted"],
            message_id=entry.get("message_id"),
        )
        for entry in data["requests"]
    )
    thread_index = {r.message_id: r.id for r in requests if r.message_id is not None}
    thread_index.update({key: RequestId(value) for key, value in data["threads"].items()})
    return Corpus(
        vendors=merge_vendors(BUILTIN_VENDORS, configured),
        requests=requests,
        thread_index=thread_index,
        own_addresses=tuple(data["settings"]["own_addresses"]),
        authserv_id=data["settings"]["authserv_id"],
        messages=tuple(data["messages"]),
    )


def triage_file(name: str) -> tuple[MailMessage, Triage]:
    setup = corpus()
    parsed = parse_message((FIXTURES / name).read_bytes())
    assert not isinstance(parsed, ParseFailure), f"{name}: {parsed}"
    verdict = triage_message(
        parsed,
        setup.vendors,
        setup.requests,
        setup.thread_index,
        own_addresses=setup.own_addresses,
        authserv_id=setup.authserv_id,
    )
    return parsed, verdict


def test_manifest_lists_every_fixture_once() -> None:
    listed = [entry["file"] for entry in corpus().messages]
    on_disk = sorted(str(path.relative_to(FIXTURES)) for path in FIXTURES.glob("*/*.eml"))
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed)


def test_fixtures_are_crlf_and_cover_every_builtin_helpdesk() -> None:
    for path in FIXTURES.glob("*/*.eml"):
        raw = path.read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{path.name}: bare LF"
    helpdesks = {path.parent.name for path in FIXTURES.glob("*/*.eml")}
    assert set(HELPDESK_STYLES) <= helpdesks


def test_manifest_vendors_are_on_reserved_domains() -> None:
    for vendor in corpus().vendors:
        for domain in vendor.domains:
            assert domain in OPENAI.domains or domain.endswith((".example", ".test")), domain


@pytest.mark.parametrize("expected", corpus().messages, ids=lambda entry: entry["file"])
def test_fixture(expected: dict[str, Any]) -> None:
    message, verdict = triage_file(expected["file"])
    outcome = expected["outcome"]
    if outcome == "not_vendor":
        assert isinstance(verdict, NotVendorMail), verdict
        assert expected.get("reason", "") in verdict.reason
        return
    if outcome == "suspicious":
        assert isinstance(verdict, SuspiciousSender), verdict
        assert verdict.vendor.slug == expected["vendor"]
        assert expected["reason"] in verdict.reason, verdict.reason
        return
    assert outcome == "reply"
    assert isinstance(verdict, VendorReply), verdict
    assert verdict.vendor.slug == expected["vendor"]
    assert (verdict.ticket or "") == expected["ticket"], (verdict.ticket, message.new_text)
    assert verdict.kind.value == expected["kind"], (verdict.kind, message.new_text)
    if "match" in expected:
        assert isinstance(verdict.outcome, Matched), verdict.outcome
        assert verdict.outcome.request_id == expected["match"]
    else:
        assert isinstance(verdict.outcome, Unmatched), verdict.outcome
        assert expected["unmatched"] in verdict.outcome.reason, verdict.outcome.reason
    assert verdict.register == expected.get("register", False)
    assert verdict.fill_ticket == expected.get("fill_ticket")


def test_summary() -> None:
    """Counts over the whole set; printed for the issue's "Done when" (pytest -s)."""
    counts: Counter[str] = Counter()
    for expected in corpus().messages:
        _, verdict = triage_file(expected["file"])
        counts["files"] += 1
        if expected["outcome"] == "suspicious":
            counts["lookalikes"] += 1
            counts["lookalikes trusted"] += isinstance(verdict, VendorReply)
        if expected["outcome"] == "not_vendor":
            counts["not vendor mail"] += 1
            counts["not vendor mail right"] += isinstance(verdict, NotVendorMail)
        if not isinstance(verdict, VendorReply) or expected["outcome"] != "reply":
            continue
        counts["replies"] += 1
        counts["kinds right"] += verdict.kind.value == expected["kind"]
        if expected["ticket"]:
            counts["tickets"] += 1
            counts["tickets extracted"] += verdict.ticket == expected["ticket"]
        else:
            counts["no ticket right"] += verdict.ticket is None
        if "match" in expected:
            counts["matches"] += 1
            counts["matched right"] += (
                isinstance(verdict.outcome, Matched)
                and verdict.outcome.request_id == expected["match"]
            )
        else:
            counts["unmatched"] += 1
            counts["unmatched right"] += (
                isinstance(verdict.outcome, Unmatched)
                and expected["unmatched"] in verdict.outcome.reason
            )
    print(
        "\nhelpdesk fixtures: "
        f"{counts['files']} files; "
        f"tickets extracted {counts['tickets extracted']}/{counts['tickets']}; "
        f"matched {counts['matched right']}/{counts['matches']}; "
        f"unmatched with reason {counts['unmatched right']}/{counts['unmatched']}; "
        f"lookalikes trusted {counts['lookalikes trusted']}/{counts['lookalikes']}; "
        f"not vendor mail {counts['not vendor mail right']}/{counts['not vendor mail']}; "
        f"kinds right {counts['kinds right']}/{counts['replies']}"
    )
    assert counts["lookalikes trusted"] == 0
    assert counts["tickets extracted"] == counts["tickets"]
    assert counts["matched right"] == counts["matches"]
    assert counts["unmatched right"] == counts["unmatched"]
    assert counts["kinds right"] == counts["replies"]
    assert counts["not vendor mail right"] == counts["not vendor mail"]


def test_request_dates_are_dates() -> None:
    assert all(isinstance(request.submitted, date) for request in corpus().requests)
