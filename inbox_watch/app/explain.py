"""Use case: why a message was matched, left unmatched, classified or called suspicious.

What the store knows is explained offline; the sender checks, the ticket rule and the
kind's decision row are re-run on the message, fetched again read-only (BODY.PEEK).
"""

from __future__ import annotations

from collections.abc import Sequence

from inbox_watch.app.rematch import facts_of_reply
from inbox_watch.app.reports import Explanation, Reason
from inbox_watch.app.scan import PasswordSource
from inbox_watch.app.track import resolve_reference
from inbox_watch.core.matching import Matched, match_reply
from inbox_watch.core.models import (
    MailMessage,
    Reply,
    RequestId,
    SentMail,
    SuspiciousMail,
    TrackedRequest,
    message_ref,
)
from inbox_watch.credentials.sources import resolve_password
from inbox_watch.errors import ConfigError, UserError
from inbox_watch.settings import Settings
from inbox_watch.store.sqlite import Store


def explain(
    store: Store,
    settings: Settings,
    reference: str,
    *,
    fetch: bool = True,
    password_source: PasswordSource = resolve_password,
) -> Explanation:
    replies = {r.message_id: r for r in store.replies()}
    suspicious = {m.message_id: m for m in store.suspicious()}
    sent = {m.message_id: m for m in store.sent_mail()}
    message_id = resolve_reference([*replies, *suspicious, *sent], reference)
    if message_id in replies:
        reply = replies[message_id]
        reasons = _reply_reasons(store, reply)
        where, subject, what = (reply.account, reply.folder), reply.subject, "reply"
    elif message_id in suspicious:
        mail = suspicious[message_id]
        reasons = [_recorded(mail), Reason("sender", f"not trusted: {mail.reason}")]
        where, subject, what = (mail.account, mail.folder), mail.subject, "suspicious mail"
    else:
        own = sent[message_id]
        reasons = _sent_reasons(own)
        where, subject, what = (own.account, own.folder), own.subject, "your sent mail"
    if fetch and what != "your sent mail":
        reasons += _reread(settings, store, message_id, *where, password_source)
    return Explanation(message_ref(message_id), message_id, what, subject, tuple(reasons))


def _recorded(mail: Reply | SuspiciousMail) -> Reason:
    spam = " (the spam folder)" if isinstance(mail, Reply) and mail.in_spam else ""
    when = mail.date.isoformat(timespec="minutes") if mail.date else "an unknown date"
    return Reason(
        "recorded",
        f"{mail.account}/{mail.folder}{spam}, {when}, from {mail.sender} ({mail.vendor})",
    )


def _reply_reasons(store: Store, reply: Reply) -> list[Reason]:
    reasons = [_recorded(reply)]
    reasons.append(Reason("ticket", f"ticket {reply.ticket}" if reply.ticket else "no ticket"))
    set_by_you = " (set by you: `track kind`)" if "kind" in reply.corrected else ""
    reasons.append(Reason("kind", f"{reply.kind.value}{set_by_you}"))
    index = store.thread_index()
    index.pop(reply.message_id, None)
    requests = store.requests()
    for thread_id in reply.thread_ids:
        owner = index.get(thread_id)
        if owner is not None:
            first = any(r.id == owner and r.message_id == thread_id for r in requests)
            role = "the first mail" if first else f"a message ({message_ref(thread_id)})"
            reasons.append(Reason("thread", f"it answers {role} of request {owner}"))
    if "request" in reply.corrected:
        text = (
            f"attached to request {reply.request_id} by you (`track link`)"
            if reply.request_id is not None
            else "unlinked by you (`track unlink`); no rule attaches it again"
        )
        reasons.append(Reason("request", text))
    elif reply.request_id is None:
        reasons.append(Reason("request", f"unmatched: {reply.reason}"))
    else:
        reasons.append(Reason("request", _how_matched(reply, requests, index)))
    return reasons


def _how_matched(
    reply: Reply, requests: Sequence[TrackedRequest], index: dict[str, RequestId]
) -> str:
    outcome = match_reply(facts_of_reply(reply), requests, index)
    if isinstance(outcome, Matched) and outcome.request_id == reply.request_id:
        how = {
            "ticket": f"its ticket {reply.ticket} is the request's",
            "thread": "its In-Reply-To/References reach the request's mail",
            "subject": "its subject repeats the request's (no ticket or thread said otherwise)",
        }[outcome.via]
        return f"matched to request {reply.request_id}: {how}"
    return (
        f"matched to request {reply.request_id} through its conversation: a message it "
        "answers, or one that answers it, belongs to the request"
    )


def _sent_reasons(mail: SentMail) -> list[Reason]:
    roles = {
        "origin": f"the first mail of request {mail.request_id}",
        "reply": f"your turn in request {mail.request_id}: the turn went to the vendor",
        "proposed": f"a new request, proposed: `inbox-watch track accept {mail.id}`",
        "rejected": "not a request (you rejected it)",
        "unmatched": f"answers vendor mail of no tracked request: {mail.reason}",
    }
    when = mail.date.isoformat(timespec="minutes") if mail.date else "an unknown date"
    return [
        Reason("recorded", f"{mail.account}/{mail.folder}, {when}, to {mail.recipient}"),
        Reason("request", roles[mail.role.value]),
    ]


def _reread(
    settings: Settings,
    store: Store,
    message_id: str,
    account_name: str,
    folder: str,
    password_source: PasswordSource,
) -> list[Reason]:
    try:
        message = _fetch(settings, account_name, folder, message_id, password_source)
    except UserError as exc:
        return [Reason("re-read", f"not re-read, so no sender, ticket or kind evidence: {exc}")]
    if message is None:
        return [Reason("re-read", f"no longer in {account_name}/{folder}")]
    return _evidence(settings, account_name, message)


def _fetch(
    settings: Settings,
    account_name: str,
    folder: str,
    message_id: str,
    password_source: PasswordSource,
) -> MailMessage | None:
    from inbox_watch.imap.connection import connect, logout, map_imap_errors
    from inbox_watch.imap.source import ReadOnlyFolder
    from inbox_watch.mail.parse import ParseFailure, parse_message

    try:
        account = settings.account(account_name)
    except ConfigError:
        raise UserError(f'account "{account_name}" is no longer configured.') from None
    client = connect(account, password_source(account))
    try:
        with map_imap_errors(account):
            source = ReadOnlyFolder(client, folder)
            source.open()
            uids = source.find_message_id(message_id)
            raw = source.fetch_messages(uids[:1], settings.scan.body_bytes) if uids else {}
    finally:
        logout(client)
    if not raw:
        return None
    message = parse_message(next(iter(raw.values())))
    if isinstance(message, ParseFailure):
        raise UserError(f"the message cannot be parsed: {message.reason}")
    return message


def _evidence(settings: Settings, account_name: str, message: MailMessage) -> list[Reason]:
    from inbox_watch.core.classify import explain_kind
    from inbox_watch.core.tickets import ticket_evidence
    from inbox_watch.core.trust import assess_sender, trusted_because

    account = settings.account(account_name)
    verdict = assess_sender(
        message,
        settings.vendor_profiles(),
        own_addresses=account.own_addresses,
        authserv_id=account.authserv_id,
    )
    if verdict.vendor is None:
        return [Reason("sender", "not from a known vendor (any more: check the config)")]
    if not verdict.trusted:
        return [Reason("sender", f"not trusted: {verdict.reason}")]
    vendor = verdict.vendor
    found = ticket_evidence(message, vendor)
    kind, row = explain_kind(message, vendor)
    return [
        Reason("sender", f"trusted: {trusted_because(message, vendor, account.authserv_id)}"),
        Reason(
            "ticket",
            f"{found.ticket} found in {found.where} by {found.rule}"
            if found is not None
            else f"no pattern of the {vendor.helpdesk.key} style found a ticket",
        ),
        Reason("kind", f"the rules say {kind.value}: {row}"),
    ]
