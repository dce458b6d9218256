"""Vendor profiles and helpdesk styles: lookups, merging, and the patterns themselves."""

from __future__ import annotations

import re

import pytest

from inbox_watch.core.vendors import (
    ALL_REPLY_DELIMITERS,
    BUILTIN_VENDORS,
    DEFAULT_RESPONSE_DAYS,
    HELPDESK_STYLES,
    OPENAI,
    TicketShape,
    domain_matches,
    find_vendor,
    make_vendor,
    merge_vendors,
    slugify,
    ticket_pattern_problem,
)

EXPECTED_STYLES = {
    "openai": TicketShape.NUMERIC,
    "zendesk": TicketShape.NUMERIC,
    "freshdesk": TicketShape.NUMERIC,
    "intercom": TicketShape.TOKEN,
    "salesforce": TicketShape.NUMERIC,
    "helpscout": TicketShape.NUMERIC,
    "jira": TicketShape.KEY,
    "rt": TicketShape.NUMERIC,
    "otrs": TicketShape.DIGITS,
    "zammad": TicketShape.DIGITS,
    "generic": TicketShape.NUMERIC,
}


@pytest.mark.parametrize(("key", "shape"), sorted(EXPECTED_STYLES.items()))
def test_every_helpdesk_has_a_style(key: str, shape: TicketShape) -> None:
    style = HELPDESK_STYLES[key]
    assert style.key == key
    assert style.ticket_shape == shape
    assert style.title


def test_no_unexpected_styles() -> None:
    assert set(HELPDESK_STYLES) == set(EXPECTED_STYLES)


@pytest.mark.parametrize(
    "pattern",
    sorted(
        {
            pattern
            for style in HELPDESK_STYLES.values()
            for pattern in (
                *style.subject_patterns,
                *style.body_patterns,
                *(header_pattern for _, header_pattern in style.header_patterns),
            )
        }
    ),
)
def test_every_pattern_compiles_with_a_ticket_group(pattern: str) -> None:
    assert "ticket" in re.compile(pattern, re.IGNORECASE).groupindex


@pytest.mark.parametrize(
    "delimiter",
    [
        "##- Please type your reply above this line -##",
        "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##",
        "##- Veuillez saisir votre réponse au-dessus de cette ligne -##",
        "##- Por favor, escriba su respuesta por encima de esta línea -##",
        "Reply above this line.",
    ],
)
def test_reply_delimiters_are_collected(delimiter: str) -> None:
    assert delimiter in ALL_REPLY_DELIMITERS


def test_reply_delimiters_are_single_lines_without_duplicates() -> None:
    assert len(set(ALL_REPLY_DELIMITERS)) == len(ALL_REPLY_DELIMITERS)
    assert all("\n" not in delimiter and delimiter.strip() for delimiter in ALL_REPLY_DELIMITERS)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nimbus Hosting", "nimbus-hosting"),
        ("Zürich Cloud AG", "zurich-cloud-ag"),
        ("株式会社", "株式会社"),
    ],
)
def test_slugify(name: str, expected: str) -> None:
    assert slugify(name) == expected


def test_make_vendor_cleans_values() -> None:
    vendor = make_vendor(
        "Nimbus Hosting",
        [" @Nimbus.IO "],
        "jira",
        ticket_patterns=[r"NIM-(?P<ticket>\d+)"],
        not_support_senders=[" News.Nimbus.io "],
    )
    assert vendor.slug == "nimbus-hosting"
    assert vendor.domains == ("nimbus.io",)
    assert vendor.helpdesk is HELPDESK_STYLES["jira"]
    assert vendor.not_support_senders == ("news.nimbus.io",)
    assert vendor.response_days == DEFAULT_RESPONSE_DAYS
    assert not vendor.builtin


def test_make_vendor_refuses_unknown_helpdesk() -> None:
    with pytest.raises(KeyError):
        make_vendor("X", ["x.example"], "kayako")


@pytest.mark.parametrize(
    ("pattern", "ok"),
    [(r"NIM-(?P<ticket>\d+)", True), (r"SR\d{7}", True), ("NIM-(", False), ("[", False)],
)
def test_ticket_pattern_problem(pattern: str, ok: bool) -> None:
    problem = ticket_pattern_problem(pattern)
    assert (problem is None) is ok
    if not ok:
        assert problem is not None and problem.startswith("does not compile")


def test_merge_vendors_lets_config_replace_builtin() -> None:
    mine = make_vendor("OpenAI", ["openai.com", "intercom-mail.com"], "intercom")
    extra = make_vendor("Nimbus", ["nimbus.io"])
    merged = merge_vendors(BUILTIN_VENDORS, [mine, extra])
    assert merged == (mine, extra)


@pytest.mark.parametrize(
    ("query", "found"),
    [("openai", True), ("OpenAI", True), (" OPENAI ", True), ("Open AI", False), ("nimbus", False)],
)
def test_find_vendor(query: str, found: bool) -> None:
    assert (find_vendor(BUILTIN_VENDORS, query) is OPENAI) is found


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("openai.com", True),
        ("help.openai.com", True),
        ("OPENAI.COM.", True),
        ("openai.com.evil.example", False),
        ("notopenai.com", False),
        ("openai.co", False),
        ("", False),
    ],
)
def test_domain_matches(domain: str, expected: bool) -> None:
    assert domain_matches(domain, ["openai.com"]) is expected


def test_openai_builtin_profile() -> None:
    assert OPENAI in BUILTIN_VENDORS
    assert OPENAI.builtin
    assert OPENAI.helpdesk is HELPDESK_STYLES["openai"]
    assert "tm.openai.com" in OPENAI.not_support_senders
