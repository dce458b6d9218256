"""Each scenario's correctness check: what counts as found, missed, mis-ticketed or taken."""

from __future__ import annotations

from bench.checks import check_found_ids, check_replies
from bench.generate import Truth

SUPPORT = [
    Truth("<a@acme>", "INBOX", "support", "acme", "101"),
    Truth("<b@acme>", "Junk", "support", "acme", "102"),
]
DISTRACTORS = [
    Truth("<news@acme>", "INBOX", "marketing", "acme"),
    Truth("<phish@acme-support>", "Junk", "lookalike", "acme"),
]


def test_all_found_with_tickets_and_receipts_recorded_as_not_support_is_ok() -> None:
    recorded = [("<a@acme>", "101", True), ("<b@acme>", "102", True), ("<news@acme>", None, False)]
    check = check_replies(recorded, SUPPORT, DISTRACTORS)
    assert check.ok
    assert check.found == 2
    assert check.summary().startswith("ok: 2/2")


def test_a_missing_reply_fails() -> None:
    check = check_replies([("<a@acme>", "101", True)], SUPPORT, DISTRACTORS)
    assert not check.ok
    assert check.missing == ["<b@acme>"]


def test_a_reply_recorded_as_not_support_counts_as_missing() -> None:
    recorded = [("<a@acme>", "101", True), ("<b@acme>", "102", False)]
    assert check_replies(recorded, SUPPORT, DISTRACTORS).missing == ["<b@acme>"]


def test_a_wrong_ticket_fails() -> None:
    recorded = [("<a@acme>", "101", True), ("<b@acme>", "999", True)]
    check = check_replies(recorded, SUPPORT, DISTRACTORS)
    assert not check.ok
    assert check.wrong_ticket and "999" in check.wrong_ticket[0]


def test_a_distractor_taken_as_support_fails() -> None:
    recorded = [("<a@acme>", "101", True), ("<b@acme>", "102", True), ("<news@acme>", None, True)]
    check = check_replies(recorded, SUPPORT, DISTRACTORS)
    assert not check.ok
    assert check.distractors_taken == ["marketing <news@acme>"]


def test_a_peer_listing_is_measured_not_judged() -> None:
    check = check_found_ids(["<a@acme>", "<news@acme>"], SUPPORT, DISTRACTORS)
    assert check.found == 1
    assert check.missing == ["<b@acme>"]
    assert check.listing_summary() == (
        "listed 1/2 support replies and 1 distractors (no tickets, no sender check)"
    )
