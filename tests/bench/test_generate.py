"""The benchmark's mailbox generator: deterministic, the shares the issue asks for, and a
ground truth that the real parser and core agree with."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from bench.config import write_config
from bench.generate import (
    VENDORS,
    Generated,
    GroundTruth,
    generate,
    new_arrivals,
    summarise,
)
from inbox_watch.core.models import ReplyKind
from inbox_watch.core.triage import SuspiciousSender, VendorReply, triage_message
from inbox_watch.mail.parse import ParseFailure, parse_message
from inbox_watch.settings import load_settings

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def mailbox() -> tuple[list[Generated], GroundTruth]:
    truth = GroundTruth(4000, 3, TODAY.isoformat())
    return list(summarise(generate(4000, 3, TODAY), truth)), truth


def test_same_seed_gives_the_same_mailbox() -> None:
    first = [g.raw for g in generate(300, 11, TODAY)]
    again = [g.raw for g in generate(300, 11, TODAY)]
    other = [g.raw for g in generate(300, 12, TODAY)]
    assert first == again
    assert first != other


def test_folder_and_category_shares(mailbox: tuple[list[Generated], GroundTruth]) -> None:
    items, truth = mailbox
    assert len(items) == 4000
    assert truth.folders["INBOX"] == pytest.approx(0.92 * 4000, abs=15)
    assert truth.folders["Junk"] == pytest.approx(0.05 * 4000, abs=15)
    assert truth.folders["Sent"] + truth.folders["Archive"] == pytest.approx(0.03 * 4000, abs=15)
    support = truth.support
    assert len(support) == 8  # 0.2 %
    assert sum(t.folder == "Junk" for t in support) == 1  # 15 %, rounded
    categories = Counter(t.category for t in truth.distractors)
    assert set(categories) == {"marketing", "receipt", "lookalike", "newsletter"}
    assert truth.attachments == pytest.approx(0.02 * 4000, rel=0.35)
    assert truth.support_bytes == sum(t.size for t in support)


def test_dates_ascend_over_years(mailbox: tuple[list[Generated], GroundTruth]) -> None:
    items, _ = mailbox
    moments = [g.moment for g in items]
    assert moments == sorted(moments)
    assert (moments[-1] - moments[0]).days > 3 * 365


def test_noise_has_encoded_words_quoted_printable_and_attachments(
    mailbox: tuple[list[Generated], GroundTruth],
) -> None:
    noise = [g.raw for g in mailbox[0] if g.truth.category == "noise"]
    assert any(b"=?utf-8?" in raw for raw in noise)
    assert any(b"multipart/alternative" in raw and b"quoted-printable" in raw for raw in noise)
    big = [raw for raw in noise if b"multipart/mixed" in raw[:4000]]
    assert big and all(50_000 <= len(raw) <= 700_000 for raw in big)


def test_ground_truth_round_trips(
    mailbox: tuple[list[Generated], GroundTruth], tmp_path: Path
) -> None:
    _, truth = mailbox
    truth.save(tmp_path / "truth.json")
    assert GroundTruth.load(tmp_path / "truth.json") == truth


def test_the_core_agrees_with_the_ground_truth(
    mailbox: tuple[list[Generated], GroundTruth], tmp_path: Path
) -> None:
    """Every support reply gives its vendor and ticket; no distractor is a support reply;
    lookalikes are flagged. Every helpdesk style is represented."""
    (tmp_path / "ca.pem").write_text("")
    settings = load_settings(write_config(tmp_path / "c.toml", tmp_path / "s", port=993,
                                          ca_file=tmp_path / "ca.pem"))  # fmt: skip
    vendors = settings.vendor_profiles()
    account = settings.accounts[0]
    items = [g for g in mailbox[0] if g.truth.category != "noise"]
    items += [a for a in new_arrivals(len(VENDORS), len(VENDORS), 5, mailbox[0][-1].moment, 0)]
    helpdesks = set()
    for item in items:
        message = parse_message(item.raw)
        assert not isinstance(message, ParseFailure)
        decision = triage_message(
            message, vendors, [], {},
            own_addresses=account.own_addresses, authserv_id=account.authserv_id,
        )  # fmt: skip
        if item.truth.category == "support":
            assert isinstance(decision, VendorReply), item.truth
            assert decision.vendor.slug == item.truth.vendor
            assert decision.ticket == item.truth.ticket
            assert decision.kind is not ReplyKind.NOT_SUPPORT
            helpdesks.add(decision.vendor.helpdesk.key)
        elif item.truth.category == "lookalike":
            assert isinstance(decision, SuspiciousSender), item.truth
        else:
            assert not (
                isinstance(decision, VendorReply) and decision.kind is not ReplyKind.NOT_SUPPORT
            ), item.truth
    assert helpdesks == {v.helpdesk for v in VENDORS}
