"""Use case: attach stored replies whose request is known only now (tracked later, a
ticket filled in, or a conversation member attached), following the thread graph."""

from __future__ import annotations

from inbox_watch.core.matching import ReplyFacts, attach_conversations
from inbox_watch.core.models import Reply, ReplyKind
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
        if reply.kind is not ReplyKind.NOT_SUPPORT
    }
    if not waiting:
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
    return len(found)
