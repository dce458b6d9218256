"""Sender trust: genuine vendor mail, lookalikes, Authentication-Results, the user's own mail."""

from __future__ import annotations

import pytest

from inbox_watch.core.models import MailMessage
from inbox_watch.core.trust import (
    SENT_BY_YOU,
    assess_sender,
    parse_authentication_results,
    server_vouched,
)
from inbox_watch.core.vendors import OPENAI, make_vendor
from inbox_watch.mail.parse import ParseFailure, parse_message

NIMBUS = make_vendor("Nimbus Hosting", ["nimbus-hosting.co.uk"], "zendesk")
VENDORS = (OPENAI, NIMBUS)
MX = "mx.mailbox.example"


def message(
    sender: str,
    *,
    sender_name: str = "",
    reply_to: tuple[str, ...] = (),
    headers: tuple[tuple[str, str], ...] = (),
) -> MailMessage:
    return MailMessage(
        message_id="<m1@example>",
        subject="Re: API quota",
        sender=sender,
        sender_name=sender_name,
        reply_to=reply_to,
        headers=headers,
    )


def results(value: str) -> tuple[tuple[str, str], ...]:
    return (("Authentication-Results", value),)


@pytest.mark.parametrize(
    ("sender", "sender_name", "headers", "authserv_id"),
    [
        ("support@openai.com", "OpenAI Support", (), None),
        ("support@help.openai.com", "", (), None),
        ("Support@OpenAI.com", "", (), None),
        ("support@openai.com", "", results(f"{MX}; dmarc=pass header.from=openai.com"), MX),
        ("support@openai.com", "", results(f"{MX}; dkim=pass header.d=openai.com"), MX),
        ("support@openai.com", "", results(f"{MX}; dkim=pass header.i=@mail.openai.com"), MX),
        (
            "support@openai.com",
            "",
            results(f"{MX.upper()} 1; dmarc=pass (p=REJECT) header.from=openai.com"),
            MX,
        ),
        # The user's server checks nothing: the domain decides.
        ("support@openai.com", "", (), MX),
        # Another hop's verdict is ignored.
        ("support@openai.com", "", results("mx.other.example; dmarc=fail"), MX),
        # Several headers from the user's server (opendkim and opendmarc each add one).
        (
            "support@openai.com",
            "",
            (
                ("Authentication-Results", f"{MX}; dkim=pass header.d=openai.com"),
                ("Authentication-Results", f"{MX}; spf=softfail smtp.mailfrom=openai.com"),
            ),
            MX,
        ),
        ("help@support.nimbus-hosting.co.uk", "Nimbus", (), None),
    ],
)
def test_vendor_domain_is_trusted(
    sender: str, sender_name: str, headers: tuple[tuple[str, str], ...], authserv_id: str | None
) -> None:
    verdict = assess_sender(
        message(sender, sender_name=sender_name, headers=headers),
        VENDORS,
        authserv_id=authserv_id,
    )
    assert verdict.trusted
    assert verdict.vendor is not None
    assert verdict.reason is None


@pytest.mark.parametrize(
    ("sender", "sender_name", "reply_to", "expected_vendor", "reason_part"),
    [
        # Lookalike domains.
        ("help@openai-support.com", "", (), "openai", "openai-support.com looks like openai.com"),
        ("help@0penai.com", "", (), "openai", "looks like"),
        ("help@openai.com.account-verify.example", "", (), "openai", "looks like"),
        ("help@openai.co", "", (), "openai", "looks like"),
        ("help@openai.net", "", (), "openai", "looks like"),
        ("help@mail.openai-help.io", "", (), "openai", "looks like"),
        # IDN homograph: "оpenai" with a Cyrillic "о".
        ("help@xn--penai-iye.com", "", (), "openai", "looks like"),
        ("help@opneai.com", "", (), "openai", "looks like"),
        ("help@opennai.com", "", (), "openai", "looks like"),
        ("help@openal.com", "", (), "openai", "looks like"),
        ("help@nimbus-hosting.com", "", (), "nimbus-hosting", "looks like nimbus-hosting.co.uk"),
        ("help@nirnbus-hosting.co.uk", "", (), "nimbus-hosting", "looks like"),
        # The vendor's name on a free-mail or foreign address.
        ("openai.help.desk@gmail.com", "OpenAI Support", (), "openai", "free-mail address"),
        ("agent@helpdesk.example", "OpenAI Support", (), "openai", "foreign address"),
        ("agent@helpdesk.example", "0penAI Billing", (), "openai", "foreign address"),
        ("x@yahoo.com", "Nimbus Hosting Team", (), "nimbus-hosting", "free-mail address"),
        # A genuine-looking Reply-To on a foreign From.
        ("agent@helpdesk.example", "Support", ("support@openai.com",), "openai", "Reply-To"),
    ],
)
def test_imitation_is_suspicious(
    sender: str,
    sender_name: str,
    reply_to: tuple[str, ...],
    expected_vendor: str,
    reason_part: str,
) -> None:
    verdict = assess_sender(message(sender, sender_name=sender_name, reply_to=reply_to), VENDORS)
    assert verdict.vendor is not None
    assert verdict.vendor.slug == expected_vendor
    assert not verdict.trusted
    assert verdict.reason is not None
    assert reason_part in verdict.reason


@pytest.mark.parametrize(
    ("headers", "reason_part"),
    [
        (results(f"{MX}; dmarc=fail header.from=openai.com"), "DMARC failed"),
        (results(f"{MX}; dkim=fail header.d=openai.com; dmarc=none"), "did not confirm"),
        # DKIM passed, but for someone else's domain.
        (results(f"{MX}; dkim=pass header.d=evil.example"), "did not confirm"),
        (results(f"{MX}; dkim=pass header.d=openai.com.evil.example"), "did not confirm"),
        # A forged "pass" with the user's authserv-id above the server's own "fail".
        (
            (
                ("Authentication-Results", f"{MX}; dmarc=pass header.from=openai.com"),
                ("Authentication-Results", f"{MX}; dmarc=fail header.from=openai.com"),
            ),
            "DMARC failed",
        ),
        # A forged "pass" with the user's authserv-id below the server's own header:
        # only the topmost header of the user's server can vouch.
        (
            (
                ("Authentication-Results", f"{MX}; spf=pass smtp.mailfrom=evil.example"),
                ("Authentication-Results", f"{MX}; dmarc=pass header.from=openai.com"),
            ),
            "did not confirm",
        ),
        # A comment with a ";" splits nothing.
        (results(f"{MX}; dmarc=fail (p=reject; dis=none) header.from=openai.com"), "DMARC failed"),
    ],
)
def test_failed_authentication_is_suspicious(
    headers: tuple[tuple[str, str], ...], reason_part: str
) -> None:
    verdict = assess_sender(message("support@openai.com", headers=headers), VENDORS, authserv_id=MX)
    assert verdict.vendor is OPENAI
    assert not verdict.trusted
    assert verdict.reason is not None
    assert reason_part in verdict.reason


def test_authentication_is_ignored_without_authserv_id() -> None:
    mail = message("support@openai.com", headers=results(f"{MX}; dmarc=fail"))
    assert assess_sender(mail, VENDORS).trusted


@pytest.mark.parametrize(
    ("sender", "sender_name"),
    [
        ("friend@gmail.com", "A Friend"),
        ("news@shop.example", "Shop"),
        ("alerts@github.com", "GitHub"),
        ("x@pineapple.example", ""),
        ("", ""),
    ],
)
def test_other_mail_is_not_vendor_mail(sender: str, sender_name: str) -> None:
    verdict = assess_sender(message(sender, sender_name=sender_name), VENDORS)
    assert verdict.vendor is None
    assert not verdict.trusted
    assert verdict.reason is None


@pytest.mark.parametrize(
    ("sender", "sender_name"),
    [("me@mybox.example", "Me"), ("ME@MyBox.example", "OpenAI Support fan")],
)
def test_own_mail_is_never_a_vendor_reply(sender: str, sender_name: str) -> None:
    verdict = assess_sender(
        message(sender, sender_name=sender_name, reply_to=("support@openai.com",)),
        VENDORS,
        own_addresses=("me@mybox.example",),
    )
    assert verdict.vendor is None
    assert not verdict.trusted
    assert verdict.reason == SENT_BY_YOU


def test_parse_authentication_results() -> None:
    authserv, found = parse_authentication_results(
        'mx.example.net 1; dkim=pass (2048-bit key) header.d=openai.com header.s="s1"; '
        "spf=pass smtp.mailfrom=bounce.openai.com; dmarc=pass (p=REJECT) header.from=openai.com"
    )
    assert authserv == "mx.example.net"
    assert [(r.method, r.result) for r in found] == [
        ("dkim", "pass"),
        ("spf", "pass"),
        ("dmarc", "pass"),
    ]
    assert found[0].value_of("header.d") == "openai.com"
    assert found[0].value_of("header.s") == "s1"


@pytest.mark.parametrize(
    "sender",
    [
        "help@nimbus-hosting-support.example",
        "help@secure-nimbus-hosting.example",
        "help@my_nimbus-hosting.example",
    ],
)
def test_hyphenated_vendor_name_inside_a_longer_label_is_a_lookalike(sender: str) -> None:
    verdict = assess_sender(message(sender), VENDORS)
    assert verdict.vendor is NIMBUS
    assert not verdict.trusted
    assert verdict.reason is not None and "looks like nimbus-hosting.co.uk" in verdict.reason


def test_authentication_results_keep_quoted_and_commented_semicolons() -> None:
    authserv, results = parse_authentication_results(
        "mx.mailbox.example; dkim=pass (2048-bit key; unprotected) header.d=openai.com "
        'header.s="sel;1" header.b=SI+iq; spf=pass smtp.mailfrom=openai.com;'
    )
    assert authserv == "mx.mailbox.example"
    assert [(r.method, r.result) for r in results] == [("dkim", "pass"), ("spf", "pass")]
    assert ("header.s", "sel;1") in results[0].properties
    assert ("header.d", "openai.com") in results[0].properties


def test_an_unclosed_comment_or_quote_swallows_no_earlier_result() -> None:
    _authserv, results = parse_authentication_results(
        "mx.mailbox.example; dkim=pass header.d=openai.com; spf=fail (broken"
    )
    assert [(r.method, r.result) for r in results] == [("dkim", "pass"), ("spf", "fail")]


@pytest.mark.parametrize(
    ("sender", "vendor_domain"),
    [
        ("support@openai.github.io", "openai.com"),  # a GitHub Pages site, not GitHub's
        ("help@openai.herokuapp.com", "openai.com"),  # anybody's Heroku app
        ("support@acme-cloud.co.uk", "acme-cloud.example"),
    ],
)
def test_lookalikes_on_shared_hosting_are_suspicious(sender: str, vendor_domain: str) -> None:
    vendor = make_vendor("Vendor", [vendor_domain])
    message = MailMessage(message_id="<m@x>", subject="Your ticket", sender=sender)
    verdict = assess_sender(message, [vendor])
    assert verdict.vendor == vendor and not verdict.trusted


def test_a_vendor_on_shared_hosting_is_named_by_its_own_site() -> None:
    # By the Public Suffix List github.io is a suffix: the vendor's name is "acme", so
    # GitHub's own mail is not an imitation of it, and acme lookalikes still are.
    vendor = make_vendor("Acme Docs", ["acme.github.io"])
    github = MailMessage(message_id="<g@x>", subject="[acme] CI", sender="noreply@github.com")
    assert assess_sender(github, [vendor]).vendor is None
    lookalike = MailMessage(message_id="<l@x>", subject="Ticket", sender="help@acme-docs.example")
    verdict = assess_sender(lookalike, [vendor])
    assert verdict.vendor == vendor and not verdict.trusted


@pytest.mark.parametrize(
    ("sender", "name", "trusted_vendor"),
    [
        ("operator@openai.intercom-mail.com", "Sam from OpenAI", True),
        ("support@openai.com", "Fin from OpenAI", True),
        ("operator@acme.intercom-mail.com", "Acme", False),  # another Intercom workspace
    ],
)
def test_openai_support_through_intercom(sender: str, name: str, trusted_vendor: bool) -> None:
    message = MailMessage(
        message_id="<m@x>", subject="Re: Billing question", sender=sender, sender_name=name
    )
    verdict = assess_sender(message, [OPENAI])
    assert (verdict.vendor == OPENAI and verdict.trusted) is trusted_vendor


def test_results_in_an_attached_message_or_a_folded_header_vouch_for_nothing() -> None:

    forged = f"Authentication-Results: {MX}; dmarc=pass header.from=openai.com"
    raw = (
        f"Authentication-Results: {MX}; spf=softfail smtp.mailfrom=evil.example\r\n"
        "From: OpenAI <support@openai.com>\r\n"
        "Subject: Re: your request\r\n"
        "Message-ID: <f1@evil.example>\r\n"
        # A continuation line is part of X-Note, not a header of its own.
        f"X-Note: see below\r\n {forged}\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nHello\r\n"
        f"--b\r\nContent-Type: message/rfc822\r\n\r\n{forged}\r\n"
        "From: support@openai.com\r\nSubject: x\r\n\r\nx\r\n--b--\r\n"
    ).encode()
    message = parse_message(raw)
    assert not isinstance(message, ParseFailure)
    verdict = assess_sender(message, VENDORS, authserv_id=MX)
    assert verdict.vendor is OPENAI and not verdict.trusted
    assert verdict.reason is not None and "spf=softfail" in verdict.reason


@pytest.mark.parametrize(
    ("headers", "authserv_id", "vouched"),
    [
        # The user's server passed the vendor's domain: verified.
        (results(f"{MX}; dmarc=pass header.from=openai.com"), MX, True),
        (results(f"{MX}; dkim=pass header.d=openai.com"), MX, True),
        # No authserv_id, or no header from that server: the domain alone decided.
        (results(f"{MX}; dmarc=pass header.from=openai.com"), None, False),
        ((), MX, False),
        (results("mx.elsewhere.example; dmarc=pass header.from=openai.com"), MX, False),
        # A pass for another domain vouches for nothing.
        (results(f"{MX}; dkim=pass header.d=mailer.example"), MX, False),
    ],
)
def test_server_vouched_only_when_the_users_own_server_passed_the_domain(
    headers: tuple[tuple[str, str], ...], authserv_id: str | None, vouched: bool
) -> None:
    mail = message("support@openai.com", headers=headers)
    assert server_vouched(mail, OPENAI, authserv_id) is vouched
