"""Helpdesk notification wrappers: the comment inside, not the boilerplate around it."""

from __future__ import annotations

import pytest

from inbox_watch.core.notifications import Unwrapped, unwrap


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        # Zendesk's "updated" trigger, English and localised; the rule, the comment's
        # byline (author and date) and the footer go.
        (
            "your request (48213) has been updated. to add additional comments, reply to this "
            "email.\n-----------------\n\nmaria (acme)\n\nclear the cache.\n\n"
            "this email is a service from acme.\ndelivered by zendesk\n[l7vkgo-m25k]",
            Unwrapped("clear the cache.", True),
        ),
        (
            "your request (48213) has been updated.\n\nmaria lopez (acme)\n\nnov 24, 2026, "
            "10:03 pst\n\nthe backup ran (twice).\n\n2026-11-24 10:03\n\nsee you (soon)",
            Unwrapped("the backup ran (twice).\n\n2026-11-24 10:03\n\nsee you (soon)", True),
        ),
        (
            "ihre anfrage (5555) wurde aktualisiert.\n\nbitte neu starten.",
            Unwrapped("bitte neu starten.", True),
        ),
        (
            "요청 (48500) 이 업데이트되었습니다.\n\n로그를 보내 주세요.",
            Unwrapped("로그를 보내 주세요.", True),
        ),
        # The footers of osTicket's reply and django-helpdesk's update go (their own asks).
        (
            "the following comment was added to ticket [support-12]:\n\nthe disk was full.\n\n"
            "if you need to provide us with further information, please reply to this e-mail "
            "and keep the subject intact.",
            Unwrapped("the disk was full.", True),
        ),
        (
            "folgender kommentar wurde zum ticket [support-12] hinzugefügt:\n\ndie platte war "
            "voll.\n\nwenn sie uns weitere informationen mitteilen möchten, antworten sie "
            "bitte auf diese e-mail und lassen den betreff unverändert.",
            Unwrapped("die platte war voll.", True),
        ),
        (
            "dear kim,\n\nthe printer is fixed.\n\nif you wish to provide additional comments or"
            " information regarding the issue, please reply to this email or login to your "
            "account for a complete archive of your support requests.",
            Unwrapped("dear kim,\n\nthe printer is fixed.", False),
        ),
        # Zendesk's "received" and "solved" triggers are no comment: their sentence stays.
        (
            "your request (48213) has been received and is being reviewed by our support "
            "staff.\n\nto add additional comments, reply to this email.",
            Unwrapped(
                "your request (48213) has been received and is being reviewed by our "
                "support staff.",
                False,
            ),
        ),
        # Jira Service Management: "X commented:" and its footer, localised.
        (
            "ingrid dahl commented:\n\nthe gateway was updated.\n\nview request · turn off this "
            "request's notifications\nthis is shared with sam park.\n"
            "fjord systems, powered by jira service management",
            Unwrapped("the gateway was updated.", True),
        ),
        ("ingrid dahl hat kommentiert:\n\nerledigt.", Unwrapped("erledigt.", True)),
        ("ingrid dahl a commenté :\n\nc'est corrigé.", Unwrapped("c'est corrigé.", True)),
        ("ingrid dahl comentó:\n\nya está.", Unwrapped("ya está.", True)),
        ("김지수님이 댓글을 남겼습니다.\n\n해결했습니다.", Unwrapped("해결했습니다.", True)),
        ("田中さんがコメントしました\n\n修正しました。", Unwrapped("修正しました。", True)),
        # Request Tracker's Correspondence template.
        (
            "<url: https://rt.example/ticket/display.html?id=123 >\n\nthe router is fixed.",
            Unwrapped("the router is fixed.", True),
        ),
        (
            " ticket <url: https://rt.example/ticket/display.html?id=9 >\n\nrebooted.",
            Unwrapped("rebooted.", True),
        ),
        # An announced comment with nothing in it is no comment; plain mail is untouched.
        ("ingrid dahl commented:\n\nview request", Unwrapped("", False)),
        ("thanks, the fix is live.", Unwrapped("thanks, the fix is live.", False)),
        # A person's sentence that merely mentions a comment is not a wrapper.
        (
            "i commented on the pull request yesterday.",
            Unwrapped("i commented on the pull request yesterday.", False),
        ),
    ],
)
def test_unwrap(folded: str, expected: Unwrapped) -> None:
    assert unwrap(folded) == expected
