"""Use case: attach stored replies whose request is known only now (tracked later, a
ticket filled in, or a conversation member attached), following the thread graph."""

from __future__ import annotations

from inbox_watch.core.matching import ReplyFacts, attach_conversations
from inbox_watch.core.models import Reply, ReplyKind, SentRole
from inbox_watch.core.sent import answered_by_index, settle_sent
from inbox_watch.store.sqlite import Store


def facts_of_reply(reply: Reply) -> ReplyFacts:
    return ReplyFacts(
        reply.vendor,
        reply.ticket,
        reply.thread_ids,
        reply.subject,
        reply.date.date() if reply.date else None,
    )


def rematch_unmatched(store: Store) -> int:
    """Attach what the store's replies now say belongs to a request; returns how many."""
    # Runs after every scan (and every daemon pass): no write transaction, and no
    # reading of requests, when nothing is waiting to be matched.
    waiting = {
        reply.message_id: facts_of_reply(reply)
        for reply in store.unmatched_replies()
        # an unlinked reply stays unlinked: the user's decision wins
        if reply.kind is not ReplyKind.NOT_SUPPORT and "request" not in reply.corrected
    }
    if not waiting:
        settle_sent_mail(store)
        return 0
    attached_links = {
        reply.message_id: reply.thread_ids
        for reply in store.replies()
        if reply.request_id is not None and reply.thread_ids
    }
    found = attach_conversations(waiting, store.requests(), store.thread_index(), attached_links)
    if found:
        with store.transaction() as tx:
            for message_id, request_id in found.items():
                tx.attach_reply(message_id, request_id)
    settle_sent_mail(store)
    return len(found)


def settle_sent_mail(store: Store) -> int:
    """Give proposed and unmatched sent mail the request it now belongs to."""
    pending = [
        mail for mail in store.sent_mail() if mail.role in (SentRole.PROPOSED, SentRole.UNMATCHED)
    ]
    if not pending:
        return 0
    settled = settle_sent(
        pending, store.requests(), store.thread_index(), answered_by_index(store.replies())
    )
    if settled:
        with store.transaction() as tx:
            for mail, role, request_id in settled:
                tx.set_sent_role(mail.id, role, request_id)
                if role is SentRole.ORIGIN and mail.date is not None:
                    tx.adopt_origin(request_id, mail.message_id, mail.date.date())
    return len(settled)
