"""Classification: what a vendor's reply asks of the user (a ReplyKind).

Pure: decides on the subject, the reply's own new text and a few headers; no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from inbox_watch.core import kind_model
from inbox_watch.core.models import MailMessage, ReplyKind
from inbox_watch.core.notifications import unwrap
from inbox_watch.core.phrases import (
    ACKNOWLEDGEMENT,
    ACKNOWLEDGEMENT_WORDING,
    CLOSED_OTHER,
    CLOSURE,
    CLOSURE_STEM,
    CONDITIONAL,
    COURTESY_QUESTION,
    FUTURE_REPLY,
    MARKETING,
    MTA_LOCAL_PARTS,
    NEEDS_INFO,
    NEEDS_INFO_WORDING,
    NEGATED_AFTER,
    NEGATED_BEFORE,
    NOT_A_CLOSURE,
    NOT_SUPPORT,
    NOUN_IDIOM,
    OUR_NEED,
    QUESTION,
    RECEIPT,
    RECEIPT_VERB,
    RECEIVED_NOUN,
    REPORT_TYPE,
    REQUEST_NOUN,
    RESOLVED,
    RESOLVED_WORDING,
    SENTENCE_END,
    SOLVES,
    SOON,
    SURVEY,
    SURVEY_WORDING,
)
from inbox_watch.core.subjects import has_reply_prefix
from inbox_watch.core.tickets import extract_ticket, own_text
from inbox_watch.core.vendors import VendorProfile, domain_matches

_AUTOMATIC_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress-Reply")


@dataclass(frozen=True, slots=True)
class _Evidence:
    """What classification reads of one message, computed once.

    ``body`` is the reply's own text with the helpdesk's notification wrapper
    removed; ``comment`` says the wrapper announced a person's comment.
    """

    message: MailMessage
    vendor: VendorProfile
    subject: str
    body: str
    comment: bool = False

    @property
    def text(self) -> str:
        return f"{self.subject}\n{self.body}"


def _not_support(e: _Evidence) -> ReplyKind | None:
    if _is_not_support(e.message, e.vendor, e.subject, e.text):
        return ReplyKind.NOT_SUPPORT
    return None


def _subject_survey_or_resolved(e: _Evidence) -> ReplyKind | None:
    return _survey_or_resolved(e.subject)


def _body_survey_or_resolved(e: _Evidence) -> ReplyKind | None:
    return _survey_or_resolved(e.body)


def _needs_info(e: _Evidence) -> ReplyKind | None:
    return ReplyKind.NEEDS_INFO if _asks_for_information(e.text) else None


def _comment(e: _Evidence) -> ReplyKind | None:
    return ReplyKind.ANSWER if e.comment else None


def _acknowledgement_wording(e: _Evidence) -> ReplyKind | None:
    worded = _contains(e.text, ACKNOWLEDGEMENT) or ACKNOWLEDGEMENT_WORDING.search(e.text)
    if worded or any(_acknowledges(sentence) for sentence in _sentences(e.text)):
        return ReplyKind.ACKNOWLEDGEMENT
    return None


def _automatic_headers(e: _Evidence) -> ReplyKind | None:
    return ReplyKind.ACKNOWLEDGEMENT if _is_automatic(e.message, e.vendor) else None


# The precedence as one decision table; the first row that answers wins
# (the README's "How inbox-watch decides a reply's kind" shows the same table):
#
#   row                          kind             reads
#   1 not support                NOT_SUPPORT      sender, bounce, code, receipt, newsletter
#   2 survey / resolved, subject SURVEY|RESOLVED  a survey wins over a solved notice,
#   3 survey / resolved, text    SURVEY|RESOLVED    unless the solved notice comes first;
#                                                 or a request noun and a closure word
#                                                 in one plain sentence
#   4 needs info                 NEEDS_INFO       an unconditional ask, or a question
#                                                 that is no courtesy and not rhetorical
#   5 a person's comment         ANSWER           a helpdesk wrapper ("X commented:",
#                                                 "Your request (N) has been updated")
#   6 acknowledgement wording    ACKNOWLEDGEMENT  "we have received your request", a
#                                                 request noun and a receipt verb, or a
#                                                 promise to answer soon, in one plain
#                                                 sentence
#   7 RFC 3834 headers           ACKNOWLEDGEMENT  tie-breaker only: auto-replied,
#                                                 X-Autoreply; auto-generated only from
#                                                 helpdesks that do not mark every mail
#   8 the learned reading        ACK|NEEDS_INFO|  only when row 5 or no row gave an
#                                RESOLVED         answer: the words of the whole text
#                                                 (``core.kind_model``), when one kind
#                                                 clearly outweighs the others
#   - nothing answered           ANSWER
_DECISION_TABLE: tuple[Callable[[_Evidence], ReplyKind | None], ...] = (
    _not_support,
    _subject_survey_or_resolved,
    _body_survey_or_resolved,
    _needs_info,
    _comment,
    _acknowledgement_wording,
    _automatic_headers,
)


# What each row looked at, in words, for `inbox-watch explain`.
_ROW_LABELS: dict[Callable[[_Evidence], ReplyKind | None], str] = {
    _not_support: "row 1: a not-support sender, a bounce, a code, a receipt or a newsletter",
    _subject_survey_or_resolved: "row 2: the subject announces a survey or a solved request",
    _body_survey_or_resolved: "row 3: the text announces a survey or a closed request",
    _needs_info: "row 4: the text asks you for something",
    _comment: "row 5: a helpdesk wrapper around a person's comment",
    _acknowledgement_wording: "row 6: the text acknowledges receipt or promises an answer",
    _automatic_headers: "row 7: automatic-reply headers (RFC 3834)",
}
_DEFAULT_LABEL = "no row answered: an answer is the default"
_LEARNED_LABEL = "row 8: the learned reading of the text's words outweighs an answer"
_LEARNED_KINDS = {
    "acknowledgement": ReplyKind.ACKNOWLEDGEMENT,
    "needs_info": ReplyKind.NEEDS_INFO,
    "resolved": ReplyKind.RESOLVED,
}


def classify_reply(message: MailMessage, vendor: VendorProfile) -> ReplyKind:
    """What a vendor's mail asks of the user, decided on the subject and new text by
    the rows of ``_DECISION_TABLE`` in order (survey > resolved > needs info > a
    person's comment > acknowledgement); headers are tie-breakers only. Inside a
    helpdesk's notification wrapper only the comment is read (``core.notifications``).

    Example: new text "Could you please send us the logs?" gives NEEDS_INFO, also
    when Zendesk marked the notification ``Auto-Submitted: auto-generated``.
    """
    return explain_kind(message, vendor)[0]


def explain_kind(message: MailMessage, vendor: VendorProfile) -> tuple[ReplyKind, str]:
    """The kind, and which row of the decision table gave it (in words)."""
    unwrapped = unwrap(_fold(own_text(message.new_text)))
    evidence = _Evidence(message, vendor, _fold(message.subject), unwrapped.text, unwrapped.comment)
    for rule in _DECISION_TABLE:
        kind = rule(evidence)
        if kind is not None:
            break
    else:
        kind, rule = ReplyKind.ANSWER, None
    if kind is ReplyKind.ANSWER and not _rules_decided(evidence):
        learned = _learned_reading(evidence.body)
        if learned is not None:
            return learned, _LEARNED_LABEL
    return kind, _ROW_LABELS[rule] if rule is not None else _DEFAULT_LABEL


def _rules_decided(e: _Evidence) -> bool:
    """The rows' answer is a decision: a person's comment that uses acknowledgement
    wording stays a person's answer (row 5 before row 6), order wording in a
    conversation stays about the order, an instruction with its outcome is a solution,
    and wording a row declined stays declined."""
    if e.comment and _acknowledgement_wording(e) is not None:
        return True
    # Row 1 saw order or receipt wording and kept the mail as support only because it
    # continues a conversation: it is about the order, an answer.
    if _contains(e.text, NOT_SUPPORT) or RECEIPT.search(e.subject) is not None:
        return True
    return SOLVES.search(e.body) is not None or _rules_declined(e.body)


def _rules_declined(text: str) -> bool:
    """A row saw its wording in ``text`` and decided that it does not count: a courtesy
    question, or a closure, receipt or ask that is conditional ("if we don't hear back,
    we'll close it"), negated ("your ticket has not been closed"), the reader's own act
    or about something else ("we're closing your account")."""
    return any(
        _declined_closure(sentence) or _declined_receipt(sentence) or _declined_ask(sentence)
        for sentence in _sentences(text)
    )


def _declined_closure(sentence: str) -> bool:
    for found in (*CLOSURE.finditer(sentence), *RESOLVED_WORDING.finditer(sentence)):
        if not _closes(sentence, found.start(), found.end()):
            return True
        if _closes_something_else(sentence, found.start(), found.end()):
            return True
    position = _first_position(sentence, RESOLVED)
    return position is not None and not _closes(sentence, position)


def _declined_receipt(sentence: str) -> bool:
    """Receipt or promise wording that row 6 refuses: conditional, a question, negated
    ("we have not received your logs") or the reader's own act ("you logged a ticket")."""
    worded = RECEIPT_VERB.search(sentence) or FUTURE_REPLY.search(sentence)
    if worded is None:
        return False
    if not _plain(sentence):
        return True
    compact = _compact_ids(_without_idioms(sentence))
    return any(_refused_receipt(compact, r.start()) for r in RECEIPT_VERB.finditer(compact))


def _declined_ask(sentence: str) -> bool:
    if OUR_NEED.search(sentence) is not None:
        return True
    asks = _contains(sentence, NEEDS_INFO) or NEEDS_INFO_WORDING.search(sentence)
    if asks and CONDITIONAL.search(sentence) is not None:
        return True
    return QUESTION.search(sentence) is not None and not _asks_the_reader(sentence)


# A ticket number standing on its own ("4093 wird in drei Tagen geschlossen"); not an
# amount ("39,90 €") or a date.
_BARE_NUMBER = re.compile(r"(?<![\d.,:/-])\d{4,}(?![\d.,:/-])")


def _names_the_request(text: str) -> bool:
    return any(p.search(text) for p in (REQUEST_NOUN, _BARE_NUMBER, _ID_TOKEN))


def _closure_word(text: str) -> bool:
    """A closure word in some inflection that is not about an account or a shop."""
    return any(
        not _closes_something_else(sentence, found.start(), found.end())
        for sentence in _sentences(text)
        for found in CLOSURE_STEM.finditer(sentence)
    )


def _learned_reading(text: str) -> ReplyKind | None:
    """Row 8: what the words of ``text`` say, when the rows found only an answer. The
    rows' wording wins wherever it speaks; the model fills their silence. A closure is
    the request's: the model reads one only in a text that names the request, by a noun
    or its number, and has a closure word in some inflection ("the refund is done" and
    "regarding your case 4093, the warranty covers parts" are answers)."""
    model = kind_model.shipped()
    reading = model.reading(text) if model is not None and text.strip() else None
    if reading == "resolved" and not (_names_the_request(text) and _closure_word(text)):
        return None
    return _LEARNED_KINDS.get(reading) if reading is not None else None


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
    if REPORT_TYPE.search(content_type) is not None:
        return True
    return message.sender.partition("@")[0].lower() in MTA_LOCAL_PARTS


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
    if _contains(text, NOT_SUPPORT) or RECEIPT.search(subject) is not None:
        return True
    unsubscribe = message.header("List-Unsubscribe")
    return unsubscribe is not None and MARKETING.search(text) is not None


def _survey_or_resolved(text: str) -> ReplyKind | None:
    survey = _first_position(text, SURVEY)
    worded_survey = SURVEY_WORDING.search(text)
    if worded_survey is not None and (survey is None or worded_survey.start() < survey):
        survey = worded_survey.start()
    resolved = _resolved_position(text)
    if survey is None and resolved is None:
        return None
    if resolved is None or (survey is not None and survey < resolved):
        return ReplyKind.SURVEY
    return ReplyKind.RESOLVED


def _resolved_position(text: str) -> int | None:
    """Where the first solved-or-closed wording is, in a sentence that is not
    conditional ("If we don't hear back, we're closing this ticket" is a reminder)."""
    offset = 0
    for sentence in SENTENCE_END.split(text):
        start = text.find(sentence, offset)
        offset = max(offset, start)
        found = _first_position(sentence, RESOLVED)
        worded = RESOLVED_WORDING.search(sentence)
        if worded is not None and (found is None or worded.start() < found):
            found = worded.start()
        if found is not None and (
            not _closes(sentence, found) or _closes_something_else(sentence, found, found + 1)
        ):
            found = None
        if found is None:
            found = _closure_cue(sentence)
        if found is not None:
            return start + found
    return None


def _asks_for_information(text: str) -> bool:
    for sentence in SENTENCE_END.split(text):
        asks = _contains(sentence, NEEDS_INFO) or NEEDS_INFO_WORDING.search(sentence)
        if asks and CONDITIONAL.search(sentence) is None:
            return True
        if _asks_the_reader(sentence):
            return True
    return False


_BY_THE_READER = re.compile(
    r"(?<![a-z])(?:you|you've|you have|sie haben|vous avez|usted)(?: \w+)? $"
)

# How far apart (in characters) the two words of a sentence-level cue may stand.
_CUE_REACH = 40


def _sentences(text: str) -> list[str]:
    return [sentence for sentence in SENTENCE_END.split(text) if sentence.strip()]


def _plain(sentence: str) -> bool:
    """Neither a question nor conditional: a statement the cues may read."""
    return QUESTION.search(sentence) is None and CONDITIONAL.search(sentence) is None


def _near(pattern: re.Pattern[str], sentence: str, start: int, end: int) -> bool:
    window = sentence[max(0, start - _CUE_REACH) : end + _CUE_REACH]
    return pattern.search(window) is not None


def _closure_cue(sentence: str) -> int | None:
    """Where a request noun and a closure word stand together in a plain sentence:
    "this request has been automatically closed", "haben wir Ihr Ticket geschlossen",
    "해당 문의를 종료하였습니다", "本チケットは自動的にクローズされました"."""
    if QUESTION.search(sentence) is not None:
        return None
    original = sentence
    sentence = _compact_ids(_without_idioms(sentence))
    for closure in CLOSURE.finditer(sentence):
        if not _closes(sentence, closure.start(), closure.end()):
            continue
        if _closes_something_else(sentence, closure.start(), closure.end()):
            continue
        if _near(REQUEST_NOUN, sentence, closure.start(), closure.end()) or _is_topic(
            sentence, closure.start()
        ):
            found = original.find(closure.group())
            return found if found >= 0 else closure.start()
    return None


def _closes_something_else(sentence: str, start: int, end: int) -> bool:
    """The closure word is about an account, a subscription or a shop ("we're closing
    your account as requested", "counter 3 is closed on Fridays"): such a noun stands
    within reach, and no request noun stands nearer ("the payment is in your account,
    so I've closed this conversation" closes the conversation)."""

    def distance(pattern: re.Pattern[str]) -> int | None:
        low, high = max(0, start - _CUE_REACH), end + _CUE_REACH
        gaps = [
            max(start - found.end(), found.start() - end, 0)
            for found in pattern.finditer(sentence, low, high)
        ]
        return min(gaps) if gaps else None

    other = distance(CLOSED_OTHER)
    if other is None:
        return False
    request = distance(REQUEST_NOUN)
    return request is None or request > other


# The sentence is about the request when it opens with it ("Dieses Ticket wurde nach 7
# Tagen ohne Antwort automatisch geschlossen", "Your request, opened last week, has now
# been closed"): then its closure word may stand further away than a cue's reach.
_TOPIC_REACH = 25


def _is_topic(sentence: str, before: int) -> bool:
    noun = REQUEST_NOUN.search(sentence, 0, _TOPIC_REACH + 12)
    return noun is not None and noun.start() <= _TOPIC_REACH and noun.end() <= before


# A ticket number or id ("215100000004172", "(KIT-4136)", "#48213") says nothing about
# how far apart the words of a cue are: it counts as one character.
# ASCII only: Japanese and Korean run words together without spaces, and "チケット4093は
# ..." must keep its words.
_ID_TOKEN = re.compile(
    r"[#(]?(?<![a-z0-9_-])(?=[a-z0-9_-]*[0-9])[a-z0-9][a-z0-9_-]{4,}(?![a-z0-9_-])\)?",
    re.IGNORECASE,
)


def _compact_ids(sentence: str) -> str:
    """``sentence`` with ids shrunk to "#": "ihre anfrage ist unter # bei uns eingegangen".

    >>> _compact_ids("ticket (kit-4136) opened, see 215100000004172 within 24 hours")
    'ticket # opened, see # within 24 hours'
    >>> _compact_ids("チケット215100000004172は次の担当者の対応待ちです")
    'チケット#は次の担当者の対応待ちです'
    """
    return _ID_TOKEN.sub("#", sentence)


def _without_idioms(sentence: str) -> str:
    """``sentence`` with "in this case", "auf jeden Fall" blanked out, positions kept."""
    return NOUN_IDIOM.sub(lambda idiom: " " * len(idiom.group()), sentence)


def _closes(sentence: str, start: int, end: int | None = None) -> bool:
    """The closure wording at ``start`` is a statement: not conditional ("if we don't
    hear back, we're closing this ticket" is a reminder), not negated ("has not been
    closed") and not a reopening ("we reopened the case that was closed")."""
    before = sentence[:start]
    after = sentence[end:] if end is not None else sentence[start:][:20]
    return (
        CONDITIONAL.search(before) is None
        and NOT_A_CLOSURE.search(before) is None
        and NEGATED_BEFORE.search(before[-_CUE_REACH:]) is None
        and NEGATED_AFTER.search(after) is None
    )


def _acknowledges(sentence: str) -> bool:
    """A plain sentence that says the request arrived ("su mensaje ha llegado
    correctamente", "受付が完了しました") or promises an answer soon ("a specialist
    will look into it shortly", "le contestaremos en un plazo de 24 horas")."""
    if not _plain(sentence):
        return False
    sentence = _compact_ids(_without_idioms(sentence))
    for receipt in RECEIPT_VERB.finditer(sentence):
        if not _refused_receipt(sentence, receipt.start()) and _near(
            RECEIVED_NOUN, sentence, receipt.start(), receipt.end()
        ):
            return True
    promises = FUTURE_REPLY.finditer(sentence)
    return any(_near(SOON, sentence, reply.start(), reply.end()) for reply in promises)


def _refused_receipt(compact: str, start: int) -> bool:
    """The receipt word at ``start`` is negated ("we have not received your logs") or
    the reader's own act ("you recently logged a ticket"), not the helpdesk's receipt."""
    before = compact[:start][-_CUE_REACH:]
    return NEGATED_BEFORE.search(before) is not None or _BY_THE_READER.search(before) is not None


def _asks_the_reader(sentence: str) -> bool:
    """A question that is no courtesy asks the reader: "Which browser are you using?",
    "Welche Fehlermeldung erscheint, wenn der Export abbricht?", "어떤 브라우저를
    사용하시나요?" (not "Is there anything else we can help with?", not a rhetorical
    "Why does this happen?"). A conditional does not make it courtesy: "If it fails
    again, which error do you see?" still waits for the user."""
    return QUESTION.search(sentence) is not None and COURTESY_QUESTION.search(sentence) is None


def _is_automatic(message: MailMessage, vendor: VendorProfile) -> bool:
    """RFC 3834: ``auto-replied`` is an autoresponder's answer to the user's mail;
    ``auto-generated`` counts only for helpdesks that do not mark every notification."""
    auto_submitted = (message.header("Auto-Submitted") or "").strip().lower()
    if auto_submitted.startswith("auto-replied"):
        return True
    if auto_submitted not in ("", "no") and not vendor.helpdesk.auto_submits_all:
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
