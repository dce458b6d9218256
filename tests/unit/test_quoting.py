"""Where a message's own words end: one rule for the mail layer and for tickets."""

from __future__ import annotations

import pytest

from inbox_watch.core.quoting import own_lines
from inbox_watch.core.tickets import own_text
from inbox_watch.mail.quoting import extract_new_text

HISTORY_STARTS = [
    "On Tue, 2 Sep 2025 at 10:00, Kim <kim@example.org> wrote:",
    "Am 02.09.2025 um 10:00 schrieb Kim <kim@example.org>:",
    "Le mar. 2 sept. 2025 à 10:00, Kim <kim@example.org> a écrit :",
    "El mar, 2 sept 2025 a las 10:00, Kim <kim@example.org> escribió:",
    "2025년 9월 2일 (화) 오전 10:00, 김민수 <kim@example.org>님이 작성:",
    "2025年9月2日(火) 10:00 Kim <kim@example.org>:",
    "-----Original Message-----",
    "---------- Forwarded message ---------",
    "--",
]


@pytest.mark.parametrize("marker", HISTORY_STARTS)
def test_mail_layer_and_tickets_cut_at_the_same_line(marker: str) -> None:
    body = f"Thanks, this is fixed.\n\n{marker}\nYour case 12345678 was opened."
    assert own_lines(body)[0] == "Thanks, this is fixed."
    assert "12345678" not in extract_new_text(body)
    assert "12345678" not in own_text(body)


def test_outlook_header_block_needs_its_following_fields() -> None:
    block = "From: Support <s@acme.example>\nSent: Tuesday\nSubject: Case 4242\nold text"
    assert own_text(f"New words.\n\n{block}") == "New words."
    # A lone "From:" line is a sentence, not a header block.
    assert "4242" in own_text("From: the logs, case 4242 looks stuck.")


def test_a_delimiter_on_top_keeps_the_comment_below_it() -> None:
    body = "##- Please type your reply above this line -##\n\nAgent\n\nWe fixed it.\n"
    assert "We fixed it." in own_text(body)
    assert "above this line" not in own_text(body)
