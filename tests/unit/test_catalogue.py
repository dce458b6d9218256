"""The shipped vendor catalogue: every entry parses, cites a source, and is only
searched for once the user tracks a request with it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from inbox_watch.core.catalogue import parse_catalogue
from inbox_watch.core.models import MailMessage
from inbox_watch.core.tickets import extract_tickets
from inbox_watch.core.trust import assess_sender
from inbox_watch.core.vendors import OPENAI, watched_vendors

SHIPPED = Path(__file__).resolve().parents[2] / "inbox_watch" / "vendors.toml"
WANTED = {
    "github", "anthropic", "google", "microsoft", "apple", "aws", "stripe", "atlassian",
    "cloudflare", "digitalocean", "notion", "slack", "zoom", "discord", "naver", "kakao",
}  # fmt: skip


def shipped() -> dict[str, Any]:
    return tomllib.loads(SHIPPED.read_text("utf-8"))


def test_the_shipped_catalogue_parses_without_a_problem() -> None:
    profiles, problems = parse_catalogue(shipped())
    assert problems == []
    assert {p.slug for p in profiles} == WANTED
    assert all(p.sources and p.builtin and not p.always_watched for p in profiles)


def test_every_source_names_where_it_comes_from() -> None:
    for profile in parse_catalogue(shipped())[0]:
        for source in profile.sources:
            assert source.startswith(("https://", "inbox-watch issue")), (profile.slug, source)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"domains": ["naver.com"], "sources": ["x"]}, "naver.com is a free-mail domain"),
        ({"domains": ["a.example"], "sources": []}, "sources must name at least one"),
        ({"domains": [], "sources": ["x"]}, "domains must name at least one"),
        ({"domains": ["a.example"], "sources": ["x"], "helpdesk": "nope"}, "helpdesk must be"),
        ({"domains": ["a.example"], "sources": ["x"], "ticket_patterns": ["("]}, "compile"),
        ({"name": "Other", "domains": ["a.example"], "sources": ["x"]}, "slug of its name"),
    ],
)
def test_a_bad_entry_is_skipped_with_its_reason(entry: dict[str, Any], problem: str) -> None:
    profiles, problems = parse_catalogue({"acme": entry})
    assert profiles == ()
    assert len(problems) == 1 and problem in problems[0], problems


def test_a_catalogue_vendor_is_watched_only_with_a_tracked_request() -> None:
    catalogue = parse_catalogue(shipped())[0]
    assert watched_vendors((OPENAI, *catalogue), []) == (OPENAI,)
    watched = watched_vendors((OPENAI, *catalogue), ["github", "openai"])
    assert [v.slug for v in watched] == ["openai", "github"]


def vendor(slug: str) -> Any:
    return next(p for p in parse_catalogue(shipped())[0] if p.slug == slug)


@pytest.mark.parametrize(
    ("slug", "subject", "text", "ticket"),
    [
        (
            "microsoft",
            "Case update TrackingID#2512030040001234",
            "",
            "2512030040001234",
        ),
        (
            "aws",
            "",
            "Case ID case-12345678910-2013-c4c1d2bf33c5cf47 has a new correspondence.",
            "CASE-12345678910-2013-C4C1D2BF33C5CF47",  # compared upper-cased, as typed or not
        ),
        (
            "aws",
            "",
            "Case case-12345678910-exen-2025-c4c1d2bf33c5cf47 was resolved.",
            "CASE-12345678910-EXEN-2025-C4C1D2BF33C5CF47",
        ),
        ("github", "[Request #3012345] Two-factor recovery", "", "3012345"),
    ],
)
def test_catalogue_ticket_shapes(slug: str, subject: str, text: str, ticket: str) -> None:
    mail = MailMessage(
        message_id="<m@x>", sender="support@x", subject=subject, new_text=text, body_text=text
    )
    assert ticket in extract_tickets(mail, vendor(slug))


def test_github_support_mail_is_trusted_and_a_lookalike_is_not() -> None:
    github = vendor("github")
    genuine = MailMessage(message_id="<a@x>", subject="", sender="support@githubsupport.com")
    lookalike = MailMessage(message_id="<b@x>", subject="", sender="support@github-support.com")
    assert assess_sender(genuine, [github]).trusted
    verdict = assess_sender(lookalike, [github])
    assert verdict.vendor == github and not verdict.trusted
