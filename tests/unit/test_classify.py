"""Reply classification: one case per kind, per language and per trap."""

from __future__ import annotations

import pytest

from inbox_watch.core.classify import classify_reply, is_confirmation, is_not_support_sender
from inbox_watch.core.models import MailMessage, ReplyKind
from inbox_watch.core.vendors import OPENAI, make_vendor

ACME = make_vendor("Acme", ["acme.example"], "zendesk", not_support_senders=["news.acme.example"])

AUTO_REPLIED = (("Auto-Submitted", "auto-replied"),)
AUTO_GENERATED = (("Auto-Submitted", "auto-generated"),)


def message(
    subject: str,
    new_text: str = "",
    *,
    sender: str = "support@acme.example",
    headers: tuple[tuple[str, str], ...] = (),
    in_reply_to: tuple[str, ...] = (),
) -> MailMessage:
    return MailMessage(
        message_id="<m1@acme.example>",
        subject=subject,
        sender=sender,
        headers=headers,
        in_reply_to=in_reply_to,
        body_text=new_text,
        new_text=new_text,
    )


@pytest.mark.parametrize(
    ("subject", "new_text", "headers", "expected"),
    [
        # Acknowledgement, per language and by header.
        (
            "[Request #123] Received",
            "We received your request and will reply soon.",
            (),
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        (
            "Re: Login",
            "Hello,\nwe have received your message. "
            "An agent will get back to you as soon as possible.",
            (),
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        ("Re: Login", "Your ticket is in the queue.", AUTO_REPLIED, ReplyKind.ACKNOWLEDGEMENT),
        (
            "Re: Login",
            "Your ticket is in the queue.",
            (("X-Autoreply", "yes"),),
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        (
            "Ihre Anfrage",
            "Wir haben Ihre Anfrage erhalten und melden uns in Kürze.",
            (),
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        ("Votre demande", "Nous avons bien reçu votre demande.", (), ReplyKind.ACKNOWLEDGEMENT),
        ("Su solicitud", "Hemos recibido su solicitud (12345).", (), ReplyKind.ACKNOWLEDGEMENT),
        ("문의 접수", "고객님의 문의가 접수되었습니다.", (), ReplyKind.ACKNOWLEDGEMENT),
        (
            "お問い合わせ",
            "お問い合わせを受け付けました。担当者よりご連絡いたします。",
            (),
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        # An auto-acknowledgement's conditional courtesy ask stays an acknowledgement.
        (
            "Re: Login",
            "We have received your request. "
            "If you have more details, please provide them by replying.",
            AUTO_REPLIED,
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        # Needs info, per language.
        ("Re: Login", "Could you please send us the HAR file?", (), ReplyKind.NEEDS_INFO),
        (
            "Re: Login",
            "To look into this, please provide your organisation ID.",
            (),
            ReplyKind.NEEDS_INFO,
        ),
        ("Re: Login", "Can you share a screenshot of the error?", (), ReplyKind.NEEDS_INFO),
        ("Re: Login", "We need more information to continue.", (), ReplyKind.NEEDS_INFO),
        ("Re: Login", "Please reply with the exact time of the failure.", (), ReplyKind.NEEDS_INFO),
        (
            "AW: Zugang",
            "Könnten Sie uns bitte die Fehlermeldung schicken?",
            (),
            ReplyKind.NEEDS_INFO,
        ),
        ("RE: Accès", "Pourriez-vous nous envoyer une capture d'écran ?", (), ReplyKind.NEEDS_INFO),
        (
            "RE: Acceso",
            "¿Podría enviarnos el identificador de su cuenta?",
            (),
            ReplyKind.NEEDS_INFO,
        ),
        ("RE: 로그인", "오류 화면을 보내 주시겠습니까?", (), ReplyKind.NEEDS_INFO),
        (
            "Re: ログイン",
            "エラー画面のスクリーンショットをお送りください。",
            (),
            ReplyKind.NEEDS_INFO,
        ),
        # A human reply through the auto-acknowledgement pipeline that asks is NEEDS_INFO.
        (
            "[Request #123] Re: Login",
            "Hi, could you please send the logs?",
            AUTO_GENERATED,
            ReplyKind.NEEDS_INFO,
        ),
        (
            "Re: Login",
            "We have received your request. Could you please send the invoice number it concerns?",
            AUTO_REPLIED,
            ReplyKind.NEEDS_INFO,
        ),
        # Resolved, per language.
        ("[Request #123] Solved", "Your request (123) has been solved.", (), ReplyKind.RESOLVED),
        ("Re: Login", "I have marked this conversation as resolved.", (), ReplyKind.RESOLVED),
        ("Re: Login", "We have closed your ticket; write again any time.", (), ReplyKind.RESOLVED),
        (
            "Re: Login",
            "I'll mark this as resolved later. Could you please send the logs?",
            (),
            ReplyKind.NEEDS_INFO,
        ),
        ("Re: Login", "Your ticket has been closed. Reply to reopen it.", (), ReplyKind.RESOLVED),
        ("Re: Zugang", "Ihre Anfrage wurde als gelöst markiert.", (), ReplyKind.RESOLVED),
        (
            "Re: Accès",
            "Votre demande (#22287) a été considérée comme résolue.",
            (),
            ReplyKind.RESOLVED,
        ),
        ("Re: Acceso", "Su solicitud ha sido resuelta.", (), ReplyKind.RESOLVED),
        ("Re: 로그인", "문의하신 건은 해결되었습니다.", (), ReplyKind.RESOLVED),
        ("Re: ログイン", "本件は解決済みとしてクローズいたしました。", (), ReplyKind.RESOLVED),
        # A solved notice that also embeds a rating: the first signal decides.
        (
            "[Request #123] Re: Login",
            "Your request (123) has been solved.\nHow would you rate the support you received?",
            AUTO_GENERATED,
            ReplyKind.RESOLVED,
        ),
        # Survey, per language.
        ("How would you rate our support?", "Good, I'm satisfied / Bad", (), ReplyKind.SURVEY),
        ("Re: Login", "Please rate our support: how did we do?", (), ReplyKind.SURVEY),
        (
            "Customer satisfaction survey",
            "Your request (123) was solved. Tell us.",
            (),
            ReplyKind.SURVEY,
        ),
        ("Wie zufrieden waren Sie?", "Bitte bewerten Sie unseren Support.", (), ReplyKind.SURVEY),
        (
            "Enquête de satisfaction",
            "Comment évalueriez-vous notre assistance ?",
            (),
            ReplyKind.SURVEY,
        ),
        ("Encuesta de satisfacción", "¿Cómo calificaría nuestro soporte?", (), ReplyKind.SURVEY),
        ("고객 만족도 조사", "상담은 어떠셨나요?", (), ReplyKind.SURVEY),
        ("満足度アンケートのお願い", "サポートを評価してください。", (), ReplyKind.SURVEY),
        # Answer.
        ("Re: Login", "The outage is fixed; log in again and it will work.", (), ReplyKind.ANSWER),
        (
            "Re: Login",
            "Thank you for contacting us. Clear your cookies and sign in again.",
            (),
            ReplyKind.ANSWER,
        ),
        ("Re: Login", "Try a new key. Please let us know if that helps.", (), ReplyKind.ANSWER),
        (
            "Re: Billing",
            "We have received your payment logs and corrected the invoice.",
            (),
            ReplyKind.ANSWER,
        ),
        ("AW: Zugang", "Bitte löschen Sie den Cache, dann funktioniert es.", (), ReplyKind.ANSWER),
        ("Re: 로그인", "캐시를 삭제하면 해결됩니다.", (), ReplyKind.ANSWER),
        # Quoted history does not decide: only new_text is read.
        ("Re: Login", "The fix is live.", (), ReplyKind.ANSWER),
    ],
)
def test_classify_reply(
    subject: str, new_text: str, headers: tuple[tuple[str, str], ...], expected: ReplyKind
) -> None:
    assert classify_reply(message(subject, new_text, headers=headers), ACME) is expected


def test_quoted_history_does_not_decide() -> None:
    mail = MailMessage(
        message_id="<m1@acme.example>",
        subject="Re: Login",
        sender="support@acme.example",
        body_text="The fix is live.\n> Could you please send the logs?\n> has been solved",
        new_text="The fix is live.",
    )
    assert classify_reply(mail, ACME) is ReplyKind.ANSWER


@pytest.mark.parametrize(
    ("subject", "new_text", "sender", "headers", "expected"),
    [
        # Listed not-support senders: a domain (and its subdomains) or an address.
        ("Weekly digest", "Hello", "hello@news.acme.example", (), ReplyKind.NOT_SUPPORT),
        ("Your receipt", "Thanks", "noreply@tm.openai.com", (), ReplyKind.NOT_SUPPORT),
        ("Login", "Hello", "noreply@openai.com", (), ReplyKind.NOT_SUPPORT),
        # Signals in the mail, per language.
        (
            "Your receipt from Acme #2231-9911",
            "Amount paid $20.00",
            "billing@acme.example",
            (),
            ReplyKind.NOT_SUPPORT,
        ),
        (
            "Invoice 123456 is available",
            "Download it",
            "billing@acme.example",
            (),
            ReplyKind.NOT_SUPPORT,
        ),
        (
            "Your verification code",
            "Your code is 123456",
            "support@acme.example",
            (),
            ReplyKind.NOT_SUPPORT,
        ),
        ("Sign in", "Your login code is 889900", "support@acme.example", (), ReplyKind.NOT_SUPPORT),
        ("Ihr Bestätigungscode", "Code: 123456", "support@acme.example", (), ReplyKind.NOT_SUPPORT),
        ("Votre code de vérification", "123456", "support@acme.example", (), ReplyKind.NOT_SUPPORT),
        ("Tu código de verificación", "123456", "support@acme.example", (), ReplyKind.NOT_SUPPORT),
        ("인증 코드 안내", "123456", "support@acme.example", (), ReplyKind.NOT_SUPPORT),
        ("認証コードのお知らせ", "123456", "support@acme.example", (), ReplyKind.NOT_SUPPORT),
        ("Ihre Rechnung für März", "Anbei", "billing@acme.example", (), ReplyKind.NOT_SUPPORT),
        ("Votre facture", "Ci-joint", "billing@acme.example", (), ReplyKind.NOT_SUPPORT),
        ("영수증", "결제 내역", "billing@acme.example", (), ReplyKind.NOT_SUPPORT),
        ("領収書", "ご確認ください", "billing@acme.example", (), ReplyKind.NOT_SUPPORT),
        (
            "Introducing our new features",
            "Join our webinar",
            "team@acme.example",
            (("List-Unsubscribe", "<https://acme.example/u>"),),
            ReplyKind.NOT_SUPPORT,
        ),
        # A conversation about an invoice is support.
        (
            "Re: Question about my invoice",
            "We corrected it.",
            "support@acme.example",
            (),
            ReplyKind.ANSWER,
        ),
        (
            "[Request #123] Invoice",
            "Could you please send the invoice number?",
            "support@acme.example",
            (),
            ReplyKind.NEEDS_INFO,
        ),
        # List-Unsubscribe on a helpdesk mail without marketing words is not a newsletter.
        (
            "Update",
            "The fix is live.",
            "support@acme.example",
            (("List-Unsubscribe", "<mailto:u@acme.example>"),),
            ReplyKind.ANSWER,
        ),
    ],
)
def test_not_support(
    subject: str,
    new_text: str,
    sender: str,
    headers: tuple[tuple[str, str], ...],
    expected: ReplyKind,
) -> None:
    vendor = OPENAI if sender.endswith("openai.com") else ACME
    mail = message(subject, new_text, sender=sender, headers=headers)
    assert classify_reply(mail, vendor) is expected


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("noreply@tm.openai.com", True),
        ("x@a.tm.openai.com", True),
        ("NoReply@OpenAI.com", True),
        ("support@openai.com", False),
        ("support@nottm.openai.com", False),
    ],
)
def test_is_not_support_sender(sender: str, expected: bool) -> None:
    assert is_not_support_sender(sender, OPENAI) is expected


@pytest.mark.parametrize(
    ("subject", "new_text", "headers", "expected"),
    [
        ("[Request #123] Received", "We received your request.", (), True),
        ("Re: Login", "We received your request #4567.", (), True),
        ("Re: Login", "We received your request.", AUTO_REPLIED, False),
        ("[Request #123] Re: Login", "The fix is live.", (), False),
        ("[Request #123] Re: Login", "Could you please send the logs?", AUTO_REPLIED, False),
    ],
)
def test_is_confirmation(
    subject: str, new_text: str, headers: tuple[tuple[str, str], ...], expected: bool
) -> None:
    assert is_confirmation(message(subject, new_text, headers=headers), ACME) is expected


@pytest.mark.parametrize(
    ("sender", "headers"),
    [
        (
            "mailer-daemon@mail.acme.example",
            (("Content-Type", "text/plain; charset=us-ascii"),),
        ),
        (
            "bounces@acme.example",
            (
                (
                    "Content-Type",
                    'multipart/report; report-type=delivery-status; boundary="b1"',
                ),
            ),
        ),
        ("postmaster@acme.example", ()),
    ],
)
def test_bounce_from_the_vendor_domain_is_not_support(
    sender: str, headers: tuple[tuple[str, str], ...]
) -> None:
    # It quotes the user's "Re: [Request #123]" and is Auto-Submitted, but is no reply.
    bounce = message(
        "Undelivered Mail Returned to Sender",
        "I'm sorry to have to inform you that your message could not be delivered.",
        sender=sender,
        headers=(*headers, *AUTO_REPLIED),
    )
    assert classify_reply(bounce, ACME) is ReplyKind.NOT_SUPPORT


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Order #55123 confirmed", ReplyKind.NOT_SUPPORT),
        ("Your order has shipped", ReplyKind.NOT_SUPPORT),
        ("Order confirmation", ReplyKind.NOT_SUPPORT),
        ("Bestellbestätigung", ReplyKind.NOT_SUPPORT),
        # In a conversation an order is what the support talk is about.
        ("Re: Order #55123 confirmed but not shipped", ReplyKind.ANSWER),
    ],
)
def test_order_confirmation_is_not_support(subject: str, expected: ReplyKind) -> None:
    text = "Thank you for your order #55123. It ships in 2 days."
    assert classify_reply(message(subject, text), ACME) is expected


def test_request_tracker_autoreply_without_auto_submitted_is_an_acknowledgement() -> None:
    text = (
        "Greetings,\nThis message has been automatically generated in response to the\n"
        'creation of a trouble ticket regarding:\n\t"BGP session flapping",'
    )
    autoreply = message("[gamma.example #4567] AutoReply: BGP session flapping", text)
    assert classify_reply(autoreply, ACME) is ReplyKind.ACKNOWLEDGEMENT


AUTO_GENERATED = (("Auto-Submitted", "auto-generated"),)


@pytest.mark.parametrize("helpdesk", ["zendesk", "freshdesk", "intercom", "jira"])
@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        ("The export finished on our side; the file is in your dashboard now.", ReplyKind.ANSWER),
        ("Could you send us the browser console output?", ReplyKind.NEEDS_INFO),
        ("We're marking this conversation as resolved.", ReplyKind.RESOLVED),
        ("How would you rate the support you received?", ReplyKind.SURVEY),
    ],
)
def test_auto_generated_says_nothing_for_helpdesks_that_mark_every_notification(
    helpdesk: str, new_text: str, expected: ReplyKind
) -> None:
    vendor = make_vendor("Acme", ["acme.example"], helpdesk)
    assert (
        classify_reply(message("Re: Export", new_text, headers=AUTO_GENERATED), vendor) is expected
    )


def test_auto_generated_still_marks_an_acknowledgement_elsewhere() -> None:
    vendor = make_vendor("Acme", ["acme.example"], "rt")
    mail = message("[acme #12] Export", "Thanks, noted.", headers=AUTO_GENERATED)
    assert classify_reply(mail, vendor) is ReplyKind.ACKNOWLEDGEMENT
    replied = message("Export", "Thanks, noted.", headers=(("Auto-Submitted", "auto-replied"),))
    assert classify_reply(replied, make_vendor("Acme", ["acme.example"], "zendesk")) is (
        ReplyKind.ACKNOWLEDGEMENT
    )


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        # Resolved, inflected and in helpdesk notices.
        ("I've marked this conversation (#4411) as closed.", ReplyKind.RESOLVED),
        ("We are marking your request as solved now.", ReplyKind.RESOLVED),
        ("We're closing this ticket since the fix is live.", ReplyKind.RESOLVED),
        ("Your request status changed to Resolved.", ReplyKind.RESOLVED),
        ("Status changed from In Progress to Done", ReplyKind.RESOLVED),
        ("State: closed successful", ReplyKind.RESOLVED),
        ("Wir schließen Ihre Anfrage hiermit.", ReplyKind.RESOLVED),
        ("I'll mark this as resolved once you confirm. Could you check?", ReplyKind.NEEDS_INFO),
        # Needs info, inflected asks in each language.
        ("Would you be able to provide the invoice number?", ReplyKind.NEEDS_INFO),
        ("Könnten Sie uns bitte die Protokolldatei senden?", ReplyKind.NEEDS_INFO),
        ("Pourriez-vous nous envoyer une capture d'écran ?", ReplyKind.NEEDS_INFO),
        ("¿Podría enviarnos el identificador de la factura?", ReplyKind.NEEDS_INFO),
        ("エラー画面のスクリーンショットをお送りいただけますでしょうか。", ReplyKind.NEEDS_INFO),
        ("사용 중인 브라우저 버전을 알려 주시겠어요?", ReplyKind.NEEDS_INFO),
        ("If you have more details, please send them to us.", ReplyKind.ANSWER),
        # Surveys: Intercom's rating mail and localised subjects.
        ("Rate your conversation  Terrible Bad OK Great Amazing", ReplyKind.SURVEY),
        ("サポートについてのアンケートにご協力ください。", ReplyKind.SURVEY),
    ],
)
def test_phrase_families(new_text: str, expected: ReplyKind) -> None:
    assert classify_reply(message("Re: Account", new_text), ACME) is expected


def test_openai_rating_mail_is_a_survey() -> None:
    rating = MailMessage(
        message_id="<rating-1@intercom-mail.openai.com>",
        subject="Re: Billing question",
        sender="support@openai.com",
        sender_name="OpenAI",
        headers=AUTO_GENERATED,
        body_text="Rate your conversation\n\nTerrible Bad OK Great Amazing",
        new_text="Rate your conversation\n\nTerrible Bad OK Great Amazing",
    )
    assert classify_reply(rating, OPENAI) is ReplyKind.SURVEY


def test_every_phrase_is_written_as_the_folded_text_it_is_matched_on() -> None:
    # A phrase with a capital, a curly quote or "ß" could never match casefolded text.
    import unicodedata

    from inbox_watch.core import phrases

    lists = [value for value in vars(phrases).values() if isinstance(value, tuple)]
    for phrase in (p for family in lists for p in family):
        folded = unicodedata.normalize("NFKC", phrase).casefold().replace("\u2019", "'")
        assert phrase == folded, phrase


ZENDESK = make_vendor("Acme", ["acme.example"], "zendesk")
JIRA = make_vendor("Acme", ["acme.example"], "jira")
RT = make_vendor("Acme", ["acme.example"], "rt")
_ZENDESK_UPDATED = (
    "Your request (48213) has been updated. To add additional comments, reply to this email.\n"
    "----------------------------------------------\n\nMaria Lopez (Acme)\n\nNov 24, 2026\n\n"
)
_JIRA_FOOTER = (
    "\n\nView request · Turn off this request's notifications\n\nThis is shared with Sam.\n\n"
    "Acme, powered by Jira Service Management"
)


@pytest.mark.parametrize(
    ("vendor", "subject", "new_text", "expected"),
    [
        # Zendesk's "updated" wrapper around a comment: the comment decides, not the
        # Auto-Submitted header and not the "reply to this email" boilerplate.
        (ZENDESK, "[Acme] Re: Backups", _ZENDESK_UPDATED + "Clear the cache.", ReplyKind.ANSWER),
        (
            ZENDESK,
            "[Acme] Re: Backups",
            _ZENDESK_UPDATED + "Can you please provide the job id?",
            ReplyKind.NEEDS_INFO,
        ),
        (
            ZENDESK,
            "[Acme] Re: Backups",
            _ZENDESK_UPDATED + "We're marking this request as solved.",
            ReplyKind.RESOLVED,
        ),
        # A comment that politely repeats acknowledgement words is still a person's answer.
        (
            ZENDESK,
            "[Acme] Re: Backups",
            _ZENDESK_UPDATED + "We have received your logs: the disk was full, it is fixed.",
            ReplyKind.ANSWER,
        ),
        # Jira SM: "X commented:" and status events.
        (
            JIRA,
            "SUP-12 VPN",
            "Ingrid Dahl commented:\n\nThe gateway was updated." + _JIRA_FOOTER,
            ReplyKind.ANSWER,
        ),
        (
            JIRA,
            "SUP-12 VPN",
            "Ingrid Dahl commented:\n\nCould you send us the client log?" + _JIRA_FOOTER,
            ReplyKind.NEEDS_INFO,
        ),
        (
            JIRA,
            "SUP-12 VPN",
            "Ingrid Dahl changed the status to Resolved." + _JIRA_FOOTER,
            ReplyKind.RESOLVED,
        ),
        (
            JIRA,
            "SUP-12 VPN",
            "Ingrid Dahl resolved this as Done." + _JIRA_FOOTER,
            ReplyKind.RESOLVED,
        ),
        (
            JIRA,
            "SUP-12 VPN",
            "Your request status changed to Resolved." + _JIRA_FOOTER,
            ReplyKind.RESOLVED,
        ),
        (
            JIRA,
            "SUP-12 VPN",
            "We have received your request SUP-12." + _JIRA_FOOTER,
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        # RT's Correspondence template, sent Auto-Submitted by some installations.
        (
            RT,
            "[rt.acme.example #123] VPN",
            "<URL: https://rt.acme.example/Ticket/Display.html?id=123 >\n\nThe router is fixed.",
            ReplyKind.ANSWER,
        ),
    ],
)
def test_the_comment_inside_a_notification_decides(
    vendor: object, subject: str, new_text: str, expected: ReplyKind
) -> None:
    mail = message(subject, new_text, headers=AUTO_GENERATED)
    assert classify_reply(mail, vendor) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        # Resolved: mark / marked / marking, closing, status lines.
        ("Closing this out since the fix is live.", ReplyKind.RESOLVED),
        ("I am marking this conversation as closed.", ReplyKind.RESOLVED),
        ("We've marked your request as solved.", ReplyKind.RESOLVED),
        ("If we don't hear back, we're closing this ticket on Friday.", ReplyKind.ANSWER),
        ("Ihre Anfrage wurde geschlossen.", ReplyKind.RESOLVED),
        ("문의하신 건은 종료 처리되었습니다.", ReplyKind.RESOLVED),
        ("本件はクローズとさせていただきます。", ReplyKind.RESOLVED),
        # Surveys in each language.
        ("How likely are you to recommend us to a friend?", ReplyKind.SURVEY),
        ("Please take our short survey about your experience.", ReplyKind.SURVEY),
        ("Nehmen Sie an unserer Umfrage teil.", ReplyKind.SURVEY),
        ("Ihre Bewertung hilft uns.", ReplyKind.SURVEY),
        ("Répondez à notre enquête en deux minutes.", ReplyKind.SURVEY),
        ("Responda nuestra encuesta.", ReplyKind.SURVEY),
        ("상담 만족도 설문에 참여해 주세요.", ReplyKind.SURVEY),
        ("満足度アンケートにご協力ください。", ReplyKind.SURVEY),
        # An investigation ("enquête") and "satisfaction" in an answer are no survey.
        ("Notre enquête montre que le serveur était saturé.", ReplyKind.ANSWER),
        # Needs info, inflected.
        ("We'll need a few more details about the error.", ReplyKind.NEEDS_INFO),
        ("Additional information is required to continue.", ReplyKind.NEEDS_INFO),
        ("확인을 위해 추가 정보를 보내 주시기 바랍니다.", ReplyKind.NEEDS_INFO),
        ("発生時刻をご教示ください。", ReplyKind.NEEDS_INFO),
        ("Nous aurions besoin de votre numéro de client.", ReplyKind.NEEDS_INFO),
        ("Necesitaríamos el registro del error.", ReplyKind.NEEDS_INFO),
        # Acknowledgements, inflected.
        ("We've successfully received your support ticket.", ReplyKind.ACKNOWLEDGEMENT),
        ("Your request has been submitted.", ReplyKind.ACKNOWLEDGEMENT),
        ("A new ticket was created for you.", ReplyKind.ACKNOWLEDGEMENT),
        ("One of our agents will get back to you shortly.", ReplyKind.ACKNOWLEDGEMENT),
        ("Ihre Anfrage wurde erfolgreich erstellt.", ReplyKind.ACKNOWLEDGEMENT),
        ("Votre message a bien été enregistré.", ReplyKind.ACKNOWLEDGEMENT),
        ("Su consulta fue registrada.", ReplyKind.ACKNOWLEDGEMENT),
        ("문의가 정상적으로 접수되었습니다.", ReplyKind.ACKNOWLEDGEMENT),
        ("ご依頼を承りました。", ReplyKind.ACKNOWLEDGEMENT),
        # What a person writes back is an answer.
        ("I have received your logs and fixed the config.", ReplyKind.ANSWER),
    ],
)
def test_more_phrase_families(new_text: str, expected: ReplyKind) -> None:
    assert classify_reply(message("Re: Account", new_text), ACME) is expected


@pytest.mark.parametrize(
    ("new_text", "headers", "expected"),
    [
        # The decision table: survey > resolved > needs info > comment > acknowledgement,
        # headers last.
        ("Rate your experience. Your request was solved.", (), ReplyKind.SURVEY),
        ("Your request was solved. Could you send the logs?", (), ReplyKind.RESOLVED),
        (
            "We have received your request. Could you send the logs?",
            AUTO_REPLIED,
            ReplyKind.NEEDS_INFO,
        ),
        ("Ingrid commented:\n\nWe have received your request.", (), ReplyKind.ANSWER),
        ("We have received your request.", (), ReplyKind.ACKNOWLEDGEMENT),
        ("Noted.", AUTO_REPLIED, ReplyKind.ACKNOWLEDGEMENT),
        ("Noted.", AUTO_GENERATED, ReplyKind.ANSWER),  # Zendesk marks every notification
        ("Noted.", (), ReplyKind.ANSWER),
    ],
)
def test_decision_table_rows(
    new_text: str, headers: tuple[tuple[str, str], ...], expected: ReplyKind
) -> None:
    assert classify_reply(message("Re: Account", new_text, headers=headers), ACME) is expected


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        # A ticket between the noun and its verb.
        ("Your request (55123) has been received.", ReplyKind.ACKNOWLEDGEMENT),
        ("Ihre Anfrage (55123) ist eingegangen.", ReplyKind.ACKNOWLEDGEMENT),
        ("Votre ticket ABC-55 a bien été enregistré.", ReplyKind.ACKNOWLEDGEMENT),
        ("Su solicitud #55123 ha sido registrada.", ReplyKind.ACKNOWLEDGEMENT),
        ("요청(55123)이 접수되었고 곧 확인하겠습니다.", ReplyKind.ACKNOWLEDGEMENT),
        ("Case Number: 00055123 was opened for you.", ReplyKind.ACKNOWLEDGEMENT),
        ("A request for support has been opened for you.", ReplyKind.ACKNOWLEDGEMENT),
        # Receipt acknowledged in so many words.
        ("Nous accusons réception de votre courriel.", ReplyKind.ACKNOWLEDGEMENT),
        ("Hiermit bestätigen wir den Eingang Ihrer Nachricht.", ReplyKind.ACKNOWLEDGEMENT),
        ("Acusamos recibo de su correo.", ReplyKind.ACKNOWLEDGEMENT),
        ("Dies ist eine automatische Bestätigung Ihrer Anfrage.", ReplyKind.ACKNOWLEDGEMENT),
        ("이 메일은 자동 발송되었습니다.", ReplyKind.ACKNOWLEDGEMENT),
        ("Es wurde ein neues Ticket für Sie erstellt.", ReplyKind.ACKNOWLEDGEMENT),
        ("Se ha abierto un caso con su consulta.", ReplyKind.ACKNOWLEDGEMENT),
        ("Un dossier a été ouvert à votre nom.", ReplyKind.ACKNOWLEDGEMENT),
        ("dass wir Ihre Support-Anfrage vom Montag erhalten haben", ReplyKind.ACKNOWLEDGEMENT),
        ("順次ご連絡いたしますので、お待ちください。", ReplyKind.ACKNOWLEDGEMENT),
        ("확인 후 답변 드리겠습니다.", ReplyKind.ACKNOWLEDGEMENT),
        # Asks.
        ("¿Me podría indicar la fecha del cargo?", ReplyKind.NEEDS_INFO),
        ("Por favor, confírmenos el correo de la cuenta.", ReplyKind.NEEDS_INFO),
        ("Para ayudarle necesitamos su número de pedido.", ReplyKind.NEEDS_INFO),
        ("Nous avons besoin de précisions sur l'erreur.", ReplyKind.NEEDS_INFO),
        ("Please verify the account by replying from its address.", ReplyKind.NEEDS_INFO),
        ("로그 파일을 첨부해 주실 수 있으신가요?", ReplyKind.NEEDS_INFO),
        ("주문 번호 확인 부탁드립니다.", ReplyKind.NEEDS_INFO),
        ("ご利用環境についてご回答ください。", ReplyKind.NEEDS_INFO),
        # Closures.
        ("Nous avons clôturé votre demande.", ReplyKind.RESOLVED),
        ("Wir schließen das Ticket jetzt.", ReplyKind.RESOLVED),
        ("Hemos cerrado su solicitud.", ReplyKind.RESOLVED),
        ("Votre ticket a été marqué comme résolu.", ReplyKind.RESOLVED),
        ("Damos por resuelta la incidencia.", ReplyKind.RESOLVED),
        ("I will close this ticket now.", ReplyKind.RESOLVED),
        ("해당 문의를 종결하겠습니다.", ReplyKind.RESOLVED),
        ("本件をクローズとさせていただきます。", ReplyKind.RESOLVED),
        # Conditions still keep a sentence from deciding.
        ("If you need nothing else, I will close this ticket.", ReplyKind.ANSWER),
    ],
)
def test_inflections_found_on_the_labelled_set(new_text: str, expected: ReplyKind) -> None:
    assert classify_reply(message("Re: Your request", new_text), ACME) is expected


# Sentence-level cues: a request noun and a closure or receipt word in one plain
# sentence, in any order; a promise to answer soon; a question to the reader.
@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        ("Your case was closed automatically after 7 days.", ReplyKind.RESOLVED),
        ("Since we did not hear back, the ticket is now closed.", ReplyKind.RESOLVED),
        ("Wir haben den Vorgang heute abgeschlossen.", ReplyKind.RESOLVED),
        ("Nous avons clôturé le dossier à votre demande.", ReplyKind.RESOLVED),
        ("Tu caso quedó cerrado esta mañana.", ReplyKind.RESOLVED),
        ("요청하신 티켓은 오늘 종료되었습니다.", ReplyKind.RESOLVED),
        ("お問い合わせはクローズとなりました。", ReplyKind.RESOLVED),
        ("Your message has reached the billing team.", ReplyKind.ACKNOWLEDGEMENT),
        ("Ihre Nachricht ist angekommen, danke.", ReplyKind.ACKNOWLEDGEMENT),
        ("Votre demande est enregistrée sous le numéro 55.", ReplyKind.ACKNOWLEDGEMENT),
        ("Hemos registrado tu consulta correctamente.", ReplyKind.ACKNOWLEDGEMENT),
        ("문의하신 내용이 등록되었습니다.", ReplyKind.ACKNOWLEDGEMENT),
        ("Our engineers usually respond within one business day.", ReplyKind.ACKNOWLEDGEMENT),
        ("Nuestro equipo le responderá en un plazo de 48 horas.", ReplyKind.ACKNOWLEDGEMENT),
        ("2営業日以内に担当者よりご回答いたします。", ReplyKind.ACKNOWLEDGEMENT),
        ("Which browser are you using?", ReplyKind.NEEDS_INFO),
        ("Welche Version haben Sie installiert?", ReplyKind.NEEDS_INFO),
        ("Quel navigateur utilisez-vous pour votre compte ?", ReplyKind.NEEDS_INFO),
        ("어떤 브라우저를 사용하시나요?", ReplyKind.NEEDS_INFO),
        ("Teilen Sie uns bitte die Fehlermeldung mit.", ReplyKind.NEEDS_INFO),
        ("Merci de nous transmettre une capture d'écran.", ReplyKind.NEEDS_INFO),
        ("We need you to confirm the account owner's address.", ReplyKind.NEEDS_INFO),
        ("請求書のコピーが必要です。", ReplyKind.NEEDS_INFO),
        ("Your chat was closed because nobody replied for a week.", ReplyKind.RESOLVED),
        ("Je ferme le dossier, le paiement est revenu.", ReplyKind.RESOLVED),
        ("문의가 해결되어 대화를 닫았습니다.", ReplyKind.RESOLVED),
        ("応答がなかったため、お問い合わせを閉じさせていただきました。", ReplyKind.RESOLVED),
        ("This is an automatic reply: we will answer within two days.", ReplyKind.ACKNOWLEDGEMENT),
        ("Your email has landed in our queue.", ReplyKind.ACKNOWLEDGEMENT),
        ("Su caso ya está en manos de un especialista.", ReplyKind.ACKNOWLEDGEMENT),
        ("Votre dossier a été pris en charge par notre équipe.", ReplyKind.ACKNOWLEDGEMENT),
        ("메일을 잘 받았습니다. 곧 답변드리겠습니다.", ReplyKind.ACKNOWLEDGEMENT),
        ("Dites-nous quel appareil vous utilisez.", ReplyKind.NEEDS_INFO),
        ("Cuéntenos qué pasos siguió antes del error.", ReplyKind.NEEDS_INFO),
        ("ログを共有いただけますと幸いです。", ReplyKind.NEEDS_INFO),
        ("Wann ist der Fehler zum ersten Mal aufgetreten?", ReplyKind.NEEDS_INFO),
        ("Wir haben Ihr Anliegen notiert und kommen morgen auf Sie zu.", ReplyKind.ACKNOWLEDGEMENT),
        (
            "We've filed it under 48213; tickets are handled in the order they arrive.",
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        ("본 메일은 발신 전용입니다.", ReplyKind.ACKNOWLEDGEMENT),
        ("Il nous faudrait le relevé bancaire du mois.", ReplyKind.NEEDS_INFO),
        ("ご利用の端末はiPhoneでしょうか。", ReplyKind.NEEDS_INFO),
        ("영수증 사본 파일이 필요합니다.", ReplyKind.NEEDS_INFO),
        ("Ana cambió el estado a Resuelto.", ReplyKind.RESOLVED),
        ("Die Unterhaltung ist damit abgeschlossen.", ReplyKind.RESOLVED),
        ("상담을 완료로 처리하였습니다.", ReplyKind.RESOLVED),
        ("We confirm that your case is now on file.", ReplyKind.ACKNOWLEDGEMENT),
        ("Le confirmamos que su solicitud consta en el sistema.", ReplyKind.ACKNOWLEDGEMENT),
        ("担当者が確認し次第、ご案内いたします。", ReplyKind.ACKNOWLEDGEMENT),
        ("Uns fehlt noch die Rechnungsnummer.", ReplyKind.NEEDS_INFO),
        ("Nos falta la fecha del cargo.", ReplyKind.NEEDS_INFO),
        ("All I need is the invoice date from you.", ReplyKind.NEEDS_INFO),
        ("Try it again and let us know whether the error stays.", ReplyKind.NEEDS_INFO),
        ("We're wrapping this up: the case is done.", ReplyKind.RESOLVED),
        ("이번 상담은 여기서 마무리하겠습니다.", ReplyKind.RESOLVED),
        # Traps: the same words, and no such kind.
        ("We don't need anything else from you; the refund is done.", ReplyKind.ANSWER),
        ("Il nous faut encore du temps ; le remboursement arrive lundi.", ReplyKind.ANSWER),
        ("Why did this happen? A certificate expired; it is renewed now.", ReplyKind.ANSWER),
        ("Contactez-nous à tout moment ; le remboursement est fait.", ReplyKind.ANSWER),
        ("We are closing your account as you asked; the balance was refunded.", ReplyKind.ANSWER),
        ("In this case the export is closed by the browser; use the app.", ReplyKind.ANSWER),
        ("Your ticket has not been closed; the fix ships on Monday.", ReplyKind.ANSWER),
        ("We reopened the case that was closed by mistake and fixed it.", ReplyKind.ANSWER),
        ("요청하신 환불이 완료되었습니다.", ReplyKind.ANSWER),
        ("You recently logged a ticket about exports; the export works again.", ReplyKind.ANSWER),
        ("We have not received your logs yet, but the outage is over.", ReplyKind.ANSWER),
        ("Is there anything else we can help you with?", ReplyKind.ANSWER),
        ("Does this help?", ReplyKind.ANSWER),
        ("Merci de votre patience, le remboursement est fait.", ReplyKind.ANSWER),
        ("Merci de nous avoir contactés. Le remboursement est fait.", ReplyKind.ANSWER),
        ("Bitte antworten Sie nicht auf diese E-Mail. Die Domain geht.", ReplyKind.ANSWER),
        ("We need to check with the bank; the refund is on its way.", ReplyKind.ANSWER),
    ],
)
def test_sentence_level_cues(new_text: str, expected: ReplyKind) -> None:
    assert classify_reply(message("Re: Export", new_text), ACME) is expected


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        # A hand-off to the people who will answer is an acknowledgement.
        ("I've forwarded your question to our billing team.", ReplyKind.ACKNOWLEDGEMENT),
        (
            "Ich habe Ihre Anfrage an unsere Fachabteilung weitergeleitet.",
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        ("J'ai transmis votre demande à notre service comptable.", ReplyKind.ACKNOWLEDGEMENT),
        ("Hemos derivado tu consulta al equipo de facturación.", ReplyKind.ACKNOWLEDGEMENT),
        ("문의하신 내용은 결제팀에 전달했습니다.", ReplyKind.ACKNOWLEDGEMENT),
        ("ご依頼の件は担当部署に引き継ぎました。", ReplyKind.ACKNOWLEDGEMENT),
        # What would help is an ask; so is "we'd need" and "le rogamos nos envíe".
        ("It would help to know which browser you use.", ReplyKind.NEEDS_INFO),
        ("Es wäre hilfreich zu wissen, wann das zuerst passiert ist.", ReplyKind.NEEDS_INFO),
        ("Il serait utile de savoir si cela arrive aussi sur mobile.", ReplyKind.NEEDS_INFO),
        ("Le rogamos nos envíe una copia del contrato.", ReplyKind.NEEDS_INFO),
        ("To find the order we'd need the email you bought it with.", ReplyKind.NEEDS_INFO),
        ("Please reboot the modem and tell us whether the light stays red.", ReplyKind.NEEDS_INFO),
        ("For continue we need you confirm the date of purchase.", ReplyKind.NEEDS_INFO),
        # "liegt uns vor" and a report received are acknowledgements.
        ("Ihre Anfrage zum Datenexport liegt uns bereits vor.", ReplyKind.ACKNOWLEDGEMENT),
        ("Votre signalement a bien été enregistré.", ReplyKind.ACKNOWLEDGEMENT),
        # A shop or a warehouse that closes is no closure; a conversation nearer is one.
        ("Our warehouse was closed on Monday, so the parcel left late.", ReplyKind.ANSWER),
        ("La boutique est fermée le dimanche, commandez en ligne.", ReplyKind.ANSWER),
        (
            "The payment now shows in your account, so I've closed this conversation.",
            ReplyKind.RESOLVED,
        ),
        ("Voy a cerrar este ticket, ya está todo en orden.", ReplyKind.RESOLVED),
    ],
)
def test_families_generalised_in_round_10(new_text: str, expected: ReplyKind) -> None:
    assert classify_reply(message("Re: Billing", new_text), ACME) is expected
