"""The evidence `inbox-watch explain` prints: which ticket rule, which decision row, which
sender check; plain values, no I/O."""

from __future__ import annotations

from inbox_watch.core.classify import classify_reply, explain_kind
from inbox_watch.core.models import MailMessage, ReplyKind
from inbox_watch.core.tickets import extract_ticket, ticket_evidence
from inbox_watch.core.trust import trusted_because
from inbox_watch.core.vendors import make_vendor

ZENDESK = make_vendor("Acme", ("acme.example",), "zendesk")
CUSTOM = make_vendor("Nimbus", ("nimbus.example",), "generic", ticket_patterns=(r"NB-\d{4}",))


def message(subject: str, text: str = "", **headers: str) -> MailMessage:
    return MailMessage(
        message_id="<m@acme.example>",
        subject=subject,
        sender="support@help.acme.example",
        new_text=text,
        body_text=text,
        headers=tuple((name.replace("_", "-"), value) for name, value in headers.items()),
    )


def test_ticket_evidence_names_the_place_and_the_rule() -> None:
    in_subject = message("[Acme] Re: Help [Request #4095]")
    found = ticket_evidence(in_subject, ZENDESK)
    assert found is not None
    assert (found.ticket, found.where, found.rule) == ("4095", "the subject", "the zendesk style")
    assert found.ticket == extract_ticket(in_subject, ZENDESK)
    custom = ticket_evidence(message("Update", "Your case NB-1234 is open."), CUSTOM)
    assert custom is not None and (custom.where, custom.rule) == (
        "the new text",
        "your ticket_patterns",
    )
    assert ticket_evidence(message("Hello", "Thanks for your order #5512."), ZENDESK) is None


def test_explain_kind_names_the_decision_row_and_agrees_with_classify() -> None:
    asks = message("Re: Help", "Could you please send us the logs from yesterday?")
    kind, row = explain_kind(asks, ZENDESK)
    assert kind is ReplyKind.NEEDS_INFO is classify_reply(asks, ZENDESK)
    assert row.startswith("row 4")
    plain = message("Re: Help", "The fix is deployed on your account now.")
    assert explain_kind(plain, ZENDESK) == (
        ReplyKind.ANSWER,
        "no row answered: an answer is the default",
    )


def test_trusted_because_says_what_vouched() -> None:
    unverified = trusted_because(message("x"), ZENDESK, None)
    assert unverified.startswith("help.acme.example is Acme's domain acme.example; not verified")
    silent = trusted_because(message("x"), ZENDESK, "mx.me.example")
    assert "mx.me.example left no Authentication-Results" in silent
    signed = message(
        "x", Authentication_Results="mx.me.example; dkim=pass header.d=acme.example; dmarc=pass"
    )
    assert trusted_because(signed, ZENDESK, "mx.me.example").endswith(
        "mx.me.example vouched for it (dkim=pass, dmarc=pass)"
    )
