"""Classification: what a vendor's reply asks of the user (a ReplyKind).

Pure: decides on the subject, the reply's own new text and a few headers; no I/O.
"""

from __future__ import annotations

import re
import unicodedata

from inbox_watch.core.models import MailMessage, ReplyKind
from inbox_watch.core.subjects import has_reply_prefix
from inbox_watch.core.tickets import extract_ticket, own_text
from inbox_watch.core.vendors import VendorProfile, domain_matches

# Phrases per kind, in English, German, French, Spanish, Korean and Japanese.
# They are matched on NFKC-normalised, case-folded text with straight quotes,
# so write them in lower case with "'" as the apostrophe.

_SURVEY = (
    "how would you rate",
    "rate our support",
    "rate your support",
    "rate the support",
    "rate your experience",
    "how did we do",
    "customer satisfaction",
    "satisfaction survey",
    "satisfaction rating",
    "how satisfied",
    "wie zufrieden",
    "bewerten sie",
    "kundenumfrage",
    "kundenzufriedenheit",
    "zufriedenheitsumfrage",
    "satisfaction client",
    "comment évalueriez-vous",
    "évaluez notre",
    "évaluer notre",
    "enquête de satisfaction",
    "cómo calificaría",
    "califique nuestro",
    "encuesta de satisfacción",
    "만족도",
    "평가해 주세요",
    "평가해주세요",
    "満足度",
    "アンケート",
    "評価してください",
    "ご評価",
)

_RESOLVED = (
    "has been solved",
    "was solved",
    "has been resolved",
    "was resolved",
    "marked as resolved",
    "marked as solved",
    "has been closed",
    "was closed",
    "we have closed",
    "we've closed",
    "ticket closed",
    "request closed",
    "case closed",
    "wurde gelöst",
    "als gelöst markiert",
    "wurde geschlossen",
    "wurde abgeschlossen",
    "a été résolue",
    "a été résolu",
    "considérée comme résolue",
    "a été fermée",
    "a été fermé",
    "a été clôturée",
    "a été clôturé",
    "ha sido resuelta",
    "ha sido resuelto",
    "marcada como resuelta",
    "ha sido cerrada",
    "ha sido cerrado",
    "se ha cerrado",
    "해결되었습니다",
    "해결됨으로",
    "종료되었습니다",
    "종결되었습니다",
    "解決済み",
    "解決しました",
    "クローズしました",
    "クローズいたしました",
    "終了しました",
)

# Agents word it freely: "I've marked this conversation as resolved",
# "we have closed your ticket".
_RESOLVED_WORDING = re.compile(
    r"(?<![a-z])marked (?:this|your|the)?\s?(?:[a-z]+ ){0,2}as (?:re)?solved"
    r"|(?<![a-z])(?:closed|resolved|solved) (?:this|your|the) (?:ticket|request|case|conversation)"
)

# What an automatic confirmation says. "We have received your" alone would
# also fire on a human "we have received your logs, and ...", so the noun is
# part of the phrase.
_ACKNOWLEDGEMENT = (
    "we received your request",
    "we have received your request",
    "we've received your request",
    "we have received your message",
    "we've received your message",
    "we received your message",
    "we have received your email",
    "we've received your email",
    "we have received your e-mail",
    "we have received your inquiry",
    "we have received your enquiry",
    "we have received your ticket",
    "we have received your support request",
    "your request has been received",
    "has been received and",
    "this is an automated",
    "this is an automatic",
    # Request Tracker's autoreply template.
    "has been automatically generated in response",
    "get back to you as soon as",
    "will respond as soon as",
    "we aim to respond within",
    "a ticket has been created",
    "ticket has been opened",
    "wir haben ihre anfrage erhalten",
    "wir haben ihre nachricht erhalten",
    "ihre anfrage ist bei uns eingegangen",
    "vielen dank für ihre anfrage",
    "nous avons bien reçu votre",
    "nous avons reçu votre",
    "votre demande a bien été reçue",
    "votre demande a été reçue",
    "hemos recibido su",
    "hemos recibido tu",
    "su solicitud ha sido recibida",
    "문의가 접수되었습니다",
    "문의를 접수했습니다",
    "요청이 접수되었습니다",
    "접수되었습니다",
    "お問い合わせを受け付けました",
    "お問い合わせを受け付けいたしました",
    "受け付けました",
    "受付いたしました",
)

# Asks for something from the user. Each phrase counts only in a sentence that
# is not conditional ("If you have more details, please provide them" is the
# courtesy line of an auto-reply, not an ask).
_NEEDS_INFO = (
    "could you please send",
    "could you please provide",
    "could you please share",
    "could you please confirm",
    "could you send",
    "could you provide",
    "could you share",
    "could you confirm",
    "could you tell us",
    "can you send",
    "can you provide",
    "can you share",
    "can you confirm",
    "would you mind sending",
    "please provide",
    "please send us",
    "please send the",
    "please share",
    "please confirm",
    "please reply with",
    "we need more information",
    "we need additional information",
    "we need some more information",
    "we need the following",
    "könnten sie uns bitte",
    "könnten sie bitte",
    "können sie uns",
    "bitte senden sie",
    "bitte schicken sie",
    "bitte teilen sie uns",
    "bitte geben sie uns",
    "wir benötigen weitere informationen",
    "wir benötigen noch",
    "benötigen wir",
    "pourriez-vous",
    "pouvez-vous nous",
    "merci de nous envoyer",
    "merci de nous fournir",
    "merci de nous indiquer",
    "veuillez nous fournir",
    "veuillez nous envoyer",
    "veuillez fournir",
    "nous avons besoin de plus d'informations",
    "nous avons besoin d'informations",
    "¿podría",
    "podría enviarnos",
    "podría proporcionar",
    "puede compartir",
    "puede enviarnos",
    "por favor envíe",
    "por favor, envíe",
    "por favor proporcione",
    "por favor, proporcione",
    "necesitamos más información",
    "necesitamos información adicional",
    "보내 주시겠습니까",
    "보내주시겠습니까",
    "보내 주시겠어요",
    "보내 주세요",
    "보내주세요",
    "알려 주시기 바랍니다",
    "알려주시기 바랍니다",
    "알려 주세요",
    "알려주세요",
    "제공해 주시기 바랍니다",
    "제공해 주세요",
    "추가 정보가 필요합니다",
    "送っていただけますか",
    "お送りください",
    "お送りいただけますか",
    "ご提供ください",
    "ご提供いただけますか",
    "教えていただけますか",
    "お知らせください",
    "追加情報が必要",
    "詳細をお知らせ",
)

_CONDITIONAL = re.compile(
    r"(?<![a-z])(?:if|in case|should you|feel free|whenever"
    r"|falls|wenn|sofern|gerne"
    r"|si vous|s'il y a|si jamais|n'hésitez pas"
    r"|si tiene|si necesita|si desea|si usted|no dude)(?![a-z])"
    r"|경우|있으시면|있으면|場合|ございましたら|あれば|でしたら"
)
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")

# Mail that shares the vendor's domain but is no support reply.
_NOT_SUPPORT = (
    "verification code",
    "login code",
    "log-in code",
    "sign-in code",
    "security code",
    "one-time code",
    "your code is",
    "password reset",
    "reset your password",
    "new sign-in",
    "new login",
    "security alert",
    "bestätigungscode",
    "anmeldecode",
    "sicherheitscode",
    "passwort zurücksetzen",
    "code de vérification",
    "code de connexion",
    "réinitialiser votre mot de passe",
    "código de verificación",
    "código de inicio de sesión",
    "restablecer tu contraseña",
    "인증 코드",
    "인증코드",
    "로그인 코드",
    "認証コード",
    "確認コード",
    "ログインコード",
)
# Receipts and invoices: only in a subject that does not continue a
# conversation ("Re: question about my invoice" is support).
_RECEIPT = re.compile(
    r"(?<![a-z])(?:receipt|invoice|payment (?:received|confirmation)|your subscription"
    r"|rechnung|quittung|zahlungsbestätigung|reçu|facture|recibo|factura"
    r"|영수증|청구서|결제 완료|領収書|請求書|お支払い"
    # Order confirmations and shipping notices: "Order #55123 confirmed".
    r"|order confirm(?:ation|ed)|order\s+(?:#\s?|no\.?\s?)?[0-9][0-9\-]*\s+(?:is\s+|has\s+)?"
    r"(?:confirmed|shipped|dispatched)"
    r"|your order (?:has |is |was )?(?:been )?(?:confirmed|shipped|dispatched)"
    r"|bestellbestätigung|confirmation de commande|confirmación de(?:l)? pedido"
    r"|주문 확인|ご注文確認|ご注文の確認)(?![a-z])"
)
# Delivery status and read-receipt reports (RFC 3464, RFC 8098) and the
# addresses MTAs send them from: a bounce from the vendor's own mail server is
# no reply, whatever it quotes of the user's message.
_REPORT_TYPE = re.compile(
    r"multipart/report\s*;.*report-type\s*=\s*\"?(?:delivery-status|disposition-notification)",
    re.IGNORECASE,
)
_MTA_LOCAL_PARTS = frozenset({"mailer-daemon", "postmaster"})
_MARKETING = re.compile(
    r"(?<![a-z])(?:newsletter|webinar|introducing|announcing|new features?|product update"
    r"|what's new|event|unsubscribe|neuigkeiten|nouveautés|novedades"
    r"|뉴스레터|ニュースレター|新機能)(?![a-z])"
)
_AUTOMATIC_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress-Reply")


def classify_reply(message: MailMessage, vendor: VendorProfile) -> ReplyKind:
    """What a vendor's mail asks of the user, decided on the subject and new text.

    Rules, first match wins: a not-support sender, security code, receipt or
    newsletter is NOT_SUPPORT; a satisfaction survey is SURVEY; a solved or
    closed notice is RESOLVED (when a notice both reports the solution and asks
    for a rating, whichever comes first in the text decides); a request for
    information is NEEDS_INFO, even when the helpdesk marked the mail
    Auto-Submitted; an automatic confirmation (RFC 3834 Auto-Submitted,
    X-Autoreply, or its wording) is ACKNOWLEDGEMENT; anything else is ANSWER.

    Example: new text "Could you please send us the logs?" gives NEEDS_INFO.
    """
    subject = _fold(message.subject)
    body = _fold(own_text(message.new_text))
    text = f"{subject}\n{body}"
    if _is_not_support(message, vendor, subject, text):
        return ReplyKind.NOT_SUPPORT
    subject_kind = _survey_or_resolved(subject)
    if subject_kind is not None:
        return subject_kind
    body_kind = _survey_or_resolved(body)
    if body_kind is not None:
        return body_kind
    if _asks_for_information(text):
        return ReplyKind.NEEDS_INFO
    if _contains(text, _ACKNOWLEDGEMENT) or _is_automatic(message):
        return ReplyKind.ACKNOWLEDGEMENT
    return ReplyKind.ANSWER


def is_confirmation(message: MailMessage, vendor: VendorProfile) -> bool:
    """True when the mail is an acknowledgement that names a ticket.

    Such a mail registers a request the user has not tracked yet.

    Example: "We received your request #123" from the vendor is a confirmation;
    the same text without a number is not.
    """
    return (
        classify_reply(message, vendor) is ReplyKind.ACKNOWLEDGEMENT
        and extract_ticket(message, vendor) is not None
    )


def is_not_support_sender(sender: str, vendor: VendorProfile) -> bool:
    """True when ``sender`` is one of the vendor's not-support addresses or domains.

    An entry with "@" names one address; without, a domain and its subdomains.

    Example: "noreply@tm.openai.com" is a not-support sender of OpenAI
    (listed domain "tm.openai.com"); "support@openai.com" is not.
    """
    address = sender.strip().lower()
    domain = address.rpartition("@")[2]
    for entry in vendor.not_support_senders:
        entry = entry.strip().lower()
        if not entry:
            continue
        if "@" in entry:
            if address == entry.lstrip("@") or address == entry:
                return True
        elif domain_matches(domain, [entry]):
            return True
    return False


def is_delivery_report(message: MailMessage) -> bool:
    """True for a bounce or read receipt: a multipart/report, or mail from an MTA's address.

    Example: From ``MAILER-DAEMON@mail.acme.example`` with "Undelivered Mail
    Returned to Sender" is a delivery report.
    """
    content_type = message.header("Content-Type") or ""
    if _REPORT_TYPE.search(content_type) is not None:
        return True
    return message.sender.partition("@")[0].lower() in _MTA_LOCAL_PARTS


def _is_not_support(message: MailMessage, vendor: VendorProfile, subject: str, text: str) -> bool:
    if is_not_support_sender(message.sender, vendor) or is_delivery_report(message):
        return True
    # A mail that continues a conversation (reply prefix, threading, a ticket)
    # is support even when it talks about invoices or codes.
    in_conversation = (
        has_reply_prefix(message.subject)
        or bool(message.in_reply_to)
        or extract_ticket(message, vendor) is not None
    )
    if in_conversation:
        return False
    if _contains(text, _NOT_SUPPORT) or _RECEIPT.search(subject) is not None:
        return True
    unsubscribe = message.header("List-Unsubscribe")
    return unsubscribe is not None and _MARKETING.search(text) is not None


def _survey_or_resolved(text: str) -> ReplyKind | None:
    survey = _first_position(text, _SURVEY)
    resolved = _first_position(text, _RESOLVED)
    worded = _RESOLVED_WORDING.search(text)
    if worded is not None and (resolved is None or worded.start() < resolved):
        resolved = worded.start()
    if survey is None and resolved is None:
        return None
    if resolved is None or (survey is not None and survey < resolved):
        return ReplyKind.SURVEY
    return ReplyKind.RESOLVED


def _asks_for_information(text: str) -> bool:
    for sentence in _SENTENCE_END.split(text):
        if _contains(sentence, _NEEDS_INFO) and _CONDITIONAL.search(sentence) is None:
            return True
    return False


def _is_automatic(message: MailMessage) -> bool:
    # RFC 3834 section 5: any Auto-Submitted value but "no" marks automatic mail.
    auto_submitted = message.header("Auto-Submitted")
    if auto_submitted is not None and auto_submitted.strip().lower() not in ("", "no"):
        return True
    return any(message.header(name) is not None for name in _AUTOMATIC_HEADERS)


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded.replace("\u2019", "'").replace("\u2018", "'")


def _contains(text: str, phrases: tuple[str, ...]) -> bool:
    return any(phrase in text for phrase in phrases)


def _first_position(text: str, phrases: tuple[str, ...]) -> int | None:
    positions = [index for index in (text.find(phrase) for phrase in phrases) if index >= 0]
    return min(positions) if positions else None
