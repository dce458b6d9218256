"""What the user types on the command line: days and tickets, as plain values."""

from __future__ import annotations

from datetime import date

import pytest

from inbox_watch.cli.context import parse_day
from inbox_watch.core.tickets import clean_typed_ticket
from inbox_watch.errors import UsageError

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-30", date(2026, 11, 30)),
        (" today ", TODAY),
        ("Yesterday", date(2026, 12, 2)),
        ("어제", date(2026, 12, 2)),
        ("昨日", date(2026, 12, 2)),
        ("3d", date(2026, 11, 30)),
        ("2w", date(2026, 11, 19)),
        ("0d", TODAY),
    ],
)
def test_days_the_user_names(text: str, expected: date) -> None:
    assert parse_day(text, TODAY) == expected


@pytest.mark.parametrize("text", ["2026-13-40", "last tuesday", "", "3x", "-2d"])
def test_a_day_that_is_none_says_what_is_accepted(text: str) -> None:
    with pytest.raises(UsageError) as raised:
        parse_day(text, TODAY)
    assert f'"{text}" is not a day' in str(raised.value)
    assert "yesterday" in (raised.value.hint or "")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("48 213", "48213"), ("  #48213 ", "#48213"), ("KIT-12", "KIT-12"), ("１２３", "123")],
)
def test_typed_tickets_are_cleaned(typed: str, expected: str) -> None:
    assert clean_typed_ticket(typed) == expected


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("   ", "empty"),
        ("48\n213", "line breaks"),
        ("48\u202e213", "control characters"),
        ("9" * 101, "at most 100"),
    ],
)
def test_typed_tickets_that_are_refused(typed: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        clean_typed_ticket(typed)
