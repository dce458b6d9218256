"""OAuth2 token decisions: expiry, refresh margin, records, advice, device polling."""

from __future__ import annotations

import pytest

from inbox_watch.core.tokens import (
    OAuthToken,
    needs_refresh,
    next_poll_interval,
    oauth_error_advice,
    refresh_margin,
    token_from_record,
    token_from_response,
    token_to_record,
)


def test_response_gives_expiry_from_expires_in() -> None:
    token = token_from_response(
        {"access_token": "a", "refresh_token": "r", "expires_in": 3600}, now=1000.0
    )
    assert token == OAuthToken("a", "r", expires_at=4600.0, obtained_at=1000.0)


def test_refresh_answer_without_refresh_token_keeps_the_old_one() -> None:
    token = token_from_response({"access_token": "b", "expires_in": "3599"}, 0.0, "old")
    assert token is not None and token.refresh_token == "old" and token.expires_at == 3599.0


@pytest.mark.parametrize("answer", [{}, {"access_token": ""}, {"error": "invalid_grant"}])
def test_answer_without_access_token_is_none(answer: dict[str, object]) -> None:
    assert token_from_response(answer, 0.0) is None


@pytest.mark.parametrize(
    ("now", "expected"),
    [(0.0, False), (3539.0, False), (3540.0, True), (3600.0, True), (9999.0, True)],
)
def test_hour_token_is_refreshed_a_minute_before_expiry(now: float, expected: bool) -> None:
    token = OAuthToken("a", "r", expires_at=3600.0, obtained_at=0.0)
    assert refresh_margin(token) == 60.0
    assert needs_refresh(token, now) is expected


def test_short_token_is_refreshed_a_quarter_of_its_life_early() -> None:
    token = OAuthToken("a", "r", expires_at=100.0, obtained_at=0.0)
    assert refresh_margin(token) == 25.0
    assert not needs_refresh(token, 74.0) and needs_refresh(token, 75.0)


def test_token_without_expiry_is_used_until_refused() -> None:
    assert not needs_refresh(OAuthToken("a", "r"), 1e12)


def test_record_round_trip_and_malformed_records() -> None:
    token = OAuthToken("a", "r", 10.0, 1.0)
    assert token_from_record(token_to_record(token)) == token
    assert token_from_record({"access_token": 5}) is None
    assert token_from_record({"access_token": "a", "expires_at": "soon"}) is None


def test_repr_never_shows_tokens() -> None:
    text = repr(OAuthToken("secret-access", "secret-refresh", 1.0, 0.0))
    assert "secret" not in text


def test_revoked_grant_advice_names_the_command() -> None:
    assert oauth_error_advice("invalid_grant", "work") == (
        "the OAuth2 grant was revoked or has expired",
        "Sign in again: inbox-watch auth login work",
    )
    reason, hint = oauth_error_advice("server_error", "work")
    assert "server_error" in reason and "auth login work" in hint


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ("authorization_pending", 5.0),
        ("slow_down", 10.0),
        ("access_denied", None),
        ("expired_token", None),
    ],
)
def test_device_polling_follows_rfc_8628(error: str, expected: float | None) -> None:
    assert next_poll_interval(5.0, error) == expected
