"""Ticket extraction and normalisation, one case per helpdesk, language and trap."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inbox_watch.core.models import MailMessage
from inbox_watch.core.tickets import (
    decode_entities,
    extract_ticket,
    extract_tickets,
    hidden_texts,
    normalise_ticket,
    own_text,
    visible_text,
)
from inbox_watch.core.vendors import HELPDESK_STYLES, OPENAI, make_vendor


def message(
    subject: str = "",
    new_text: str = "",
    *,
    body_text: str = "",
    headers: tuple[tuple[str, str], ...] = (),
    reply_to: tuple[str, ...] = (),
    references: tuple[str, ...] = (),
) -> MailMessage:
    return MailMessage(
        message_id="<m1@example.com>",
        subject=subject,
        sender="support@example.com",
        headers=headers,
        reply_to=reply_to,
        references=references,
        body_text=body_text or new_text,
        new_text=new_text,
    )


def vendor(helpdesk: str, ticket_patterns: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return make_vendor("Acme", ["acme.example"], helpdesk, ticket_patterns=ticket_patterns)


@pytest.mark.parametrize(
    ("raw", "helpdesk", "expected"),
    [
        ("#0012345", "zendesk", "12345"),
        ("Request 12345", "zendesk", "12345"),
        ("[Request #12345]", "zendesk", "12345"),
        ("12345", "zendesk", "12345"),
        ("[#ABC-12345]", "freshdesk", "12345"),
        ("Case #01234567", "salesforce", "1234567"),
        ("[example.com #123]", "rt", "123"),
        ("[example2.com #123]", "rt", "123"),
        ("abc-123", "jira", "ABC-123"),
        ("[JIRA] (abc-123)", "jira", "ABC-123"),
        ("Ticket#2025112310000012", "otrs", "2025112310000012"),
        ("0012", "otrs", "0012"),
        ("[Ticket#31001]", "zammad", "31001"),
        ("123456789012345", "intercom", "123456789012345"),
        ("ref:_00D5f0ABCD._5005fXYZ12:ref", "salesforce", "ref:_00D5f0ABCD._5005fXYZ12:ref"),
        ("thread::AbCdEf123456::", "salesforce", "thread::AbCdEf123456::"),
        ("お問い合わせ番号：１２３４５", "generic", "12345"),
        ("ACME-2024-0001", "generic", "ACME-2024-0001"),
        ("no digits", "generic", "no digits"),
    ],
)
def test_normalise_ticket(raw: str, helpdesk: str, expected: str) -> None:
    assert normalise_ticket(raw, HELPDESK_STYLES[helpdesk]) == expected


def test_numeric_forms_compare_equal() -> None:
    style = HELPDESK_STYLES["zendesk"]
    forms = {
        normalise_ticket(raw, style) for raw in ("#0012345", "Request 12345", "[Request #12345]")
    }
    assert forms == {"12345"}


@pytest.mark.parametrize(
    ("helpdesk", "subject", "new_text", "expected"),
    [
        # One case per helpdesk.
        ("zendesk", "[Request #12345] Re: Login broken", "", ("12345",)),
        ("zendesk", "Re: Login broken (12345)", "", ("12345",)),
        ("zendesk", "Re: Login broken", "Your request (12345) has been updated.", ("12345",)),
        ("freshdesk", "Re: [#4711] Export fails", "", ("4711",)),
        ("freshdesk", "[#ABC-12345] Export fails", "", ("12345",)),
        ("freshdesk", "Ticket #98765 updated", "", ("98765",)),
        (
            "intercom",
            "Re: Billing question",
            "See https://app.example/conversations/215123456789012",
            ("215123456789012",),
        ),
        ("salesforce", "Case #01234567: Portal access", "", ("1234567",)),
        (
            "salesforce",
            "Re: Portal access [ ref:_00D5f0ABCD._5005fXYZ12:ref ]",
            "",
            ("ref:_00D5f0ABCD._5005fXYZ12:ref",),
        ),
        (
            "salesforce",
            "Portal access",
            "Please reply. thread::AbCdEf123456::",
            ("thread::AbCdEf123456::",),
        ),
        ("helpscout", "Re: Refund request #1234", "", ("1234",)),
        ("helpscout", "Your question #5678", "", ("5678",)),
        ("jira", "[JIRA] (SUP-123) VPN down", "", ("SUP-123",)),
        ("jira", "SUP-42 VPN down", "", ("SUP-42",)),
        (
            "jira",
            "Re: VPN down",
            "View request: https://acme.atlassian.net/browse/SUP-77",
            ("SUP-77",),
        ),
        ("rt", "[example.com #123] Mail bounce", "", ("123",)),
        ("rt", "Re: [rt.acme.example #98] Mail bounce", "", ("98",)),
        ("rt", "[support: 4567] Disk full", "", ("4567",)),
        ("otrs", "[Ticket#2025112310000012] Printer", "", ("2025112310000012",)),
        ("otrs", "RE: [Ticket#: 2025112310000012] Printer", "", ("2025112310000012",)),
        ("zammad", "[Ticket#31001] Printer", "", ("31001",)),
        ("generic", "[#123456] Password help", "", ("123456",)),
        ("generic", "Re: Support request 7788", "", ("7788",)),
        ("openai", "Re: API quota", "Your case number: 55123.", ("55123",)),
        (
            "openai",
            "Re: API quota",
            "https://help.openai.com/conversations/215987654321",
            ("215987654321",),
        ),
        # One case per language.
        ("generic", "Ihre Anfrage Nr. 44556 – Rechnung korrigiert", "", ("44556",)),
        ("generic", "Ticket-Nr. 8899: Zugang", "", ("8899",)),
        ("generic", "Votre demande n° 33221", "", ("33221",)),
        ("generic", "Su solicitud 66554 ha sido actualizada", "", ("66554",)),
        ("generic", "Caso #77889: acceso", "", ("77889",)),
        ("generic", "[문의 번호: 12345] 로그인 문제", "", ("12345",)),
        ("generic", "티켓 #45678 업데이트", "", ("45678",)),
        ("generic", "お問い合わせ番号：98765 について", "", ("98765",)),
        ("generic", "チケット番号 24680 の件", "", ("24680",)),
        ("generic", "お問い合わせ番号：１２３４５", "", ("12345",)),
        ("zendesk", "Re: Zugang", "Ihre Anfrage (5555) wurde aktualisiert.", ("5555",)),
        ("zendesk", "Re: Accès", "Votre demande (6666) a été mise à jour.", ("6666",)),
        # Subject before new text; several tickets in priority order.
        ("zendesk", "[Request #111] Re: Merge", "This continues request #222.", ("111", "222")),
    ],
)
def test_helpdesk_conventions_give_ticket(
    helpdesk: str, subject: str, new_text: str, expected: tuple[str, ...]
) -> None:
    assert extract_tickets(message(subject, new_text), vendor(helpdesk)) == expected


@pytest.mark.parametrize(
    ("helpdesk", "subject", "new_text", "expected"),
    [
        # Quoted history names another ticket: only the reply's own text counts.
        (
            "zendesk",
            "Re: Login broken",
            "Thanks, fixed now.\n\nOn Mon, 3 Mar 2025 Acme wrote:\n> Request #999 is closed",
            (),
        ),
        ("generic", "Re: Login", "Done.\n> Ticket #4242 was about billing", ()),
        ("generic", "Re: Login", "Done.\n-----Original Message-----\nTicket #4242", ()),
        (
            "generic",
            "Re: Login",
            "Erledigt.\nAm 3. März 2025 schrieb Acme <s@acme.example>:\nTicket #4242",
            (),
        ),
        # Order, invoice, account and phone numbers look like tickets but are not.
        ("helpscout", "Order #12345 has shipped", "", ()),
        ("generic", "Invoice 123456 for March", "Invoice #123456 is attached.", ()),
        ("zendesk", "Your order (12345)", "", ()),
        ("zendesk", "[Order #12345] shipped", "", ()),
        ("generic", "Re: Call me", "Call us on +1 415 555 0100 about your case.", ()),
        ("helpscout", "Re: Hotline", "Call +1 415 555 0100 today", ()),
        ("generic", "Bestellung #12345 versandt", "Ihre Rechnung Nr. 998877 liegt bei.", ()),
        ("generic", "Commande n° 12345", "Votre facture n° 99887", ()),
        ("generic", "Pedido #12345", "Su factura 998877", ()),
        ("generic", "주문 #12345 배송", "", ()),
        ("generic", "ご注文番号 12345", "", ()),
        ("generic", "Account #12345 updated", "", ()),
        # Signature and footer numbers do not count.
        (
            "generic",
            "Re: Login",
            "Fixed.\n-- \nAcme Support | Case line 0800 123 456\nTicket hotline 5555",
            (),
        ),
        ("generic", "Re: Login", "Fixed.\n__\nAcme Ltd, Reg. No. 12345678", ()),
        # Not tickets at all.
        ("generic", "Fall 2025 newsletter", "", ()),
        ("generic", "Re: Showcase 2025", "", ()),
        ("generic", "Case study 2025", "", ()),
        ("generic", "Ticket 12.50 refund", "", ()),
        ("jira", "Re: UTF-8 encoding in ISO-8859 files", "", ()),
        ("jira", "Re: VPN down", "Related to OPS-9 and SUP-10.", ()),
        ("helpscout", "Re: Price &#39;123", "", ()),
        ("zendesk", "Re: Fwd: Report (2)", "", ()),
    ],
)
def test_traps_give_no_ticket(
    helpdesk: str, subject: str, new_text: str, expected: tuple[str, ...]
) -> None:
    assert extract_tickets(message(subject, new_text), vendor(helpdesk)) == expected


def test_order_then_ticket_keeps_the_ticket() -> None:
    found = extract_tickets(message("Order #555 – [Request #777]"), vendor("zendesk"))
    assert found == ("777",)


def test_body_text_history_is_not_read() -> None:
    mail = message(
        "Re: Login",
        "Fixed now.",
        body_text="Fixed now.\n\n[Request #999] old thread\nRequest #999",
    )
    assert extract_tickets(mail, vendor("zendesk")) == ()


@pytest.mark.parametrize(
    ("helpdesk", "headers", "reply_to", "expected"),
    [
        ("rt", (("RT-Ticket", "example.com #123"),), (), ("123",)),
        ("zendesk", (("Reply-To", "Acme <support+id4321@acme.zendesk.com>"),), (), ("4321",)),
        ("zendesk", (), ("support+id8765@acme.zendesk.com",), ("8765",)),
        (
            "generic",
            (("X-Thread", "ref:_00D5f0ABCD._5005fXYZ12:ref"),),
            (),
            ("ref:_00D5f0ABCD._5005fXYZ12:ref",),
        ),
    ],
)
def test_headers_give_ticket(
    helpdesk: str,
    headers: tuple[tuple[str, str], ...],
    reply_to: tuple[str, ...],
    expected: tuple[str, ...],
) -> None:
    mail = message("Re: Disk full", headers=headers, reply_to=reply_to)
    assert extract_tickets(mail, vendor(helpdesk)) == expected


def test_thread_token_in_references_gives_ticket() -> None:
    mail = message("Re: Portal", references=("<thread::AbCdEf123456::@sfdc.example>",))
    assert extract_tickets(mail, vendor("salesforce")) == ("thread::AbCdEf123456::",)


def test_subject_comes_before_new_text_and_headers() -> None:
    mail = message(
        "[example.com #1001] Disk",
        "See ticket #1002",
        headers=(("RT-Ticket", "example.com #1003"),),
    )
    assert extract_tickets(mail, vendor("rt")) == ("1001", "1002", "1003")


@pytest.mark.parametrize(
    ("patterns", "subject", "expected"),
    [
        ((r"ACME-(?P<ticket>\d+)",), "Re: ACME-000777 status", ("777",)),
        # Without a group the whole match is the ticket, normalised like any other.
        ((r"SR\d{7}",), "Update on SR0123456", ("123456",)),
        # A user pattern comes before the style's.
        ((r"REF(?P<ticket>\d+)",), "[Request #5] REF99", ("99", "5")),
        # A pattern that does not compile is skipped, not raised.
        (("ACME-(",), "[Request #5]", ("5",)),
    ],
)
def test_vendor_patterns_come_first(
    patterns: tuple[str, ...], subject: str, expected: tuple[str, ...]
) -> None:
    assert extract_tickets(message(subject), vendor("zendesk", patterns)) == expected


def test_extract_ticket_is_the_first() -> None:
    mail = message("[Request #111] Re: Merge", "This continues request #222.")
    assert extract_ticket(mail, vendor("zendesk")) == "111"
    assert extract_ticket(message("Hello"), vendor("zendesk")) is None


def test_own_text_drops_quotes_delimiters_and_signature() -> None:
    text = "##- Please type your reply above this line -##\nHello\n> quoted\nBye\n-- \nSig 123"
    assert own_text(text) == "Hello\nBye"


def _comparable(text: str) -> str:
    normal = unicodedata.normalize("NFKC", text)
    digits = "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() else char for char in normal
    )
    return digits.casefold()


_HELPDESKS = sorted(HELPDESK_STYLES)
_TOKENS = [
    *"0123456789#[]()-: ABCXYZabcxyz\n>.+_",
    "Request ",
    "Ticket#",
    "Case ",
    "Order ",
    "ref:_00D",
    "._500",
    ":ref",
    "thread::",
    "１",
    "番号",
]
_TEXT = st.lists(st.sampled_from(_TOKENS) | st.characters(), max_size=60).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    subject=_TEXT,
    new_text=_TEXT,
    header_value=_TEXT,
    helpdesk=st.sampled_from(_HELPDESKS),
)
def test_extract_tickets_never_raises_nor_invents(
    subject: str, new_text: str, header_value: str, helpdesk: str
) -> None:
    mail = message(
        subject,
        new_text,
        headers=(("RT-Ticket", header_value), ("Reply-To", header_value)),
    )
    tickets = extract_tickets(mail, vendor(helpdesk, (r"X(?P<ticket>\d+)",)))
    haystack = _comparable("\n".join((subject, new_text, header_value)))
    for ticket in tickets:
        assert ticket
        assert re.sub(r"\s", "", _comparable(ticket)) in re.sub(r"\s", "", haystack)


def test_openai_profile_reads_conversation_links() -> None:
    mail = message("Re: help", "Continue at https://help.openai.com/conversations/215123456789")
    assert extract_tickets(mail, OPENAI) == ("215123456789",)


# A ticket word, optional qualifiers (ID, Nr., number, #), an optional verb ("is",
# "lautet", "est le", "は"), then the number: written from the structure of helpdesk
# confirmations, in each of our languages and in both word orders.
@pytest.mark.parametrize(
    ("helpdesk", "text", "expected"),
    [
        ("freshdesk", "A ticket has been created with Ticket ID #48213.", "48213"),
        ("freshdesk", "Ticket ID: 48213", "48213"),
        ("intercom", "Your conversation ID is 215601234567890.", "215601234567890"),
        ("intercom", "Conversation ID: 215601234567890", "215601234567890"),
        ("generic", "Your case number is 48213.", "48213"),
        ("generic", "Reference number: 48213", "48213"),
        ("generic", "Ihre Ticket-Nr. lautet 48213.", "48213"),
        ("generic", "Die Nummer Ihrer Anfrage: 48213", "48213"),
        ("generic", "Votre numéro de dossier est le 48213.", "48213"),
        ("generic", "Numéro de demande : 48213", "48213"),
        ("generic", "Su número de ticket es 48213.", "48213"),
        ("generic", "Número de caso: 48213", "48213"),
        ("generic", "문의 번호는 48213입니다.", "48213"),
        ("generic", "접수 번호: 48213", "48213"),
        ("generic", "受付番号は48213です。", "48213"),
        ("generic", "お問い合わせ番号：48213", "48213"),
        ("generic", "Your request was logged under 48213.", "48213"),
        ("generic", "Votre demande est enregistrée sous 48213 ; merci.", "48213"),
        ("generic", "Su caso fue registrado con el número 48213.", "48213"),
        ("generic", "Ihr Anliegen wird unter der Nummer 48213 geführt.", "48213"),
        ("generic", "We have your request on file as 48213.", "48213"),
        ("generic", "Ihre Anfrage unter 48213 liegt uns vor.", "48213"),
        ("generic", "문의가 48213 번호로 등록되었습니다.", "48213"),
        ("generic", "보내주신 문의(48213)가 접수되었습니다.", "48213"),
    ],
)
def test_worded_tickets_in_every_language(helpdesk: str, text: str, expected: str) -> None:
    assert extract_ticket(message(new_text=text), vendor(helpdesk)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Your order number is 48213.",
        "The conversation in 2025 went well.",
        "Reference 48213 in the manual.",  # a weak word needs a number sign
        "Call our support line on 0800 123 4567.",
        "Invoice number 48213 is attached.",
        "Your request about plans with under 500 seats is answered below.",
    ],
)
def test_numbers_that_are_not_tickets(text: str) -> None:
    assert extract_ticket(message(new_text=text), vendor("generic")) is None


def test_salesforce_lightning_thread_id_alone_is_the_ticket() -> None:
    token = "ref:!00D5e01ABCD.!5005e01XYZAB:ref"
    found = extract_ticket(message(new_text=f"Thanks for writing. {token}"), vendor("salesforce"))
    assert found == token


# HTML: character references are decoded before matching; hidden template elements
# are ticket sources of their own, never generic text.
@pytest.mark.parametrize(
    ("helpdesk", "subject", "new_text", "expected"),
    [
        ("helpscout", "Re: Login &#35;12345", "", "12345"),
        ("generic", "Re: Login", "Ticket &num;12345 was updated.", "12345"),
        ("generic", "Re: Login", "Ticket &#x23;12345 was updated.", "12345"),
        ("freshdesk", "Re: Login", "A ticket has been created with Ticket ID &#35;48213.", "48213"),
        ("generic", "Re: Login", 'Thanks.<span style="display:none">[#98765]</span>', "98765"),
        ("zendesk", "Re: Login", 'Hi<div style="color:#FFFFFF;">Request #4321</div>', "4321"),
        ("generic", "Re: Login", '<span style="font-size:0px;">55667</span>Fixed.', "55667"),
    ],
)
def test_html_entities_and_hidden_ids(
    helpdesk: str, subject: str, new_text: str, expected: str
) -> None:
    assert extract_ticket(message(subject, new_text), vendor(helpdesk)) == expected


def test_hidden_id_in_the_whole_body_counts_after_the_new_text() -> None:
    mail = message(
        "Re: Login",
        "Fixed.",
        body_text='Fixed.<span style="display: none !important">[#2468]</span>',
    )
    assert extract_tickets(mail, vendor("generic")) == ("2468",)


def test_hidden_text_is_no_generic_number() -> None:
    # A hidden preheader is not read as own text: its order number stays out,
    # and a visible number is not hidden.
    text = '<span style="display:none">Order 5555 shipped</span><p>Your case 1234 is fixed.</p>'
    assert extract_tickets(message("Re: Login", text), vendor("generic")) == ("1234",)
    assert visible_text(text) == "Your case 1234 is fixed."


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<span style="display:none">[#1]</span>', ("[#1]",)),
        ('<span style="visibility: hidden">a</span>', ("a",)),
        ('<td style="max-height:0;overflow:hidden">b</td>', ("b",)),
        ('<span style="opacity:0">c</span>', ("c",)),
        ("<span hidden>d</span>", ("d",)),
        ('<span style="mso-hide:all">e&amp;f</span>', ("e&f",)),
        ('<span style="color:#333333">visible</span>', ()),
        ('<span style="background-color:#fff">visible</span>', ()),
        ('<span style="font-size:10px">visible</span>', ()),
        ("no markup 12345", ()),
    ],
)
def test_hidden_texts(markup: str, expected: tuple[str, ...]) -> None:
    assert hidden_texts(markup) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("&#35;1 &num;2 &#x23;3", "#1 #2 #3"),
        ("AT&T &notice &amp", "AT&T &notice &amp"),
        ("a &lt;b&gt;", "a <b>"),
    ],
)
def test_decode_entities(text: str, expected: str) -> None:
    assert decode_entities(text) == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        ("[EXTERNAL] Case update - TrackingID#2412010040001234", "", "2412010040001234"),
        ("Re: Azure quota", "Your TrackingID#2412010040001234 is open.", "2412010040001234"),
        ("Re: Azure quota", "Su ID de conversación es 215601234567890.", "215601234567890"),
        ("Re: Azure quota", "ID de conversación: 215601234567890", "215601234567890"),
        ("Re: Azure quota", "Identifiant de la conversation : 215601234567890", "215601234567890"),
    ],
)
def test_more_ticket_shapes(subject: str, new_text: str, expected: str) -> None:
    assert extract_ticket(message(subject, new_text), vendor("generic")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Your request number is 2025-03-04.",  # a date
        "Request 03/04/2025 received.",
        "Anfrage 2024 wurde bearbeitet.",  # a year straight after the word
        "Ticket price 120 EUR",  # an amount
        "Ticket refund of $12345 issued.",
        "Your case is 100% fixed.",
        "TrackingID#12345",  # Microsoft's ids have 16 digits
    ],
)
def test_dates_years_amounts_are_not_tickets(text: str) -> None:
    assert extract_ticket(message("Re: Login", text), vendor("generic")) is None


def test_thread_token_anywhere_in_the_body_is_the_last_resort() -> None:
    token = "ref:_00D5f0ABCD._5005fXYZ12:ref"
    mail = message("Re: Portal", "Fixed.", body_text=f"Fixed.\n-- \nAcme\n{token}")
    assert extract_tickets(mail, vendor("generic")) == (token,)
    with_case = message("Case #01234567: Portal", "Fixed.", body_text=f"Fixed.\n{token}")
    assert extract_tickets(with_case, vendor("salesforce")) == ("1234567", token)


@pytest.mark.parametrize(
    "text",
    [
        "<URL: https://rt.example/Ticket/Display.html?id=123 >\nFixed.",
        "Write to <support@acme.example> any time.",
        "If a < b and c > d, ticket 12 stands.",
    ],
)
def test_angle_brackets_that_are_not_html_stay(text: str) -> None:
    assert visible_text(text) == text


@pytest.mark.parametrize(
    ("subject", "text", "ticket"),
    [
        # django-helpdesk's queue tag.
        ("[support-42] Printer on fire (Opened)", "", "42"),
        ("[it_help-1234] Re: VPN (Updated)", "", "1234"),
        # A creation sentence that ends with the id.
        ("", "A ticket has been opened for you under the reference #88123.", "88123"),
        ("", "Un ticket a été ouvert sous le numéro 88123.", "88123"),
        ("", "Se ha registrado su consulta con el número 88123.", "88123"),
        ("", "Ein Ticket wurde mit der Nummer 88123 angelegt.", "88123"),
        # Inside a bracketed tag the subject's words are not the number's context.
        ("Re: Wrong invoice address [#88123]", "", "88123"),
        ("Re: 請求書の宛名 [#88123]", "", "88123"),
    ],
)
def test_ticket_shapes_found_on_the_labelled_set(subject: str, text: str, ticket: str) -> None:
    generic = make_vendor("Acme", ["acme.example"], "generic")
    assert extract_ticket(message(subject, text), generic) == ticket


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("[EXTERNAL] Re: meeting", ""),  # a tag without a number
        ("[Support-42] Printer", ""),  # queue slugs are lower case
        ("", "Invoice 88123 was paid with the card ending 4242."),
        ("", "We are sending a replacement with the tracking number 88123."),
    ],
)
def test_not_tickets_near_the_new_shapes(subject: str, text: str) -> None:
    generic = make_vendor("Acme", ["acme.example"], "generic")
    assert extract_ticket(message(subject, text), generic) is None
