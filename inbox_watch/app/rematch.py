"""Use case: attach stored replies that arrived before their request was tracked."""

from __future__ import annotations

from inbox_watch.core.matching import Matched, ReplyFacts, match_reply
from inbox_watch.core.models import ReplyKind
from inbox_watch.store.sqlite import Store


def rematch_unmatched(store: Store) -> int:
    """Attach replies recorded before their request was tracked; returns how many."""
    # Runs after every scan (and every daemon pass): no write transaction, and no
    # reading of requests, when nothing is waiting to be matched.
    waiting = [r for r in store.unmatched_replies() if r.kind is not ReplyKind.NOT_SUPPORT]
    if not waiting:
        return 0
    requests = store.requests()
    thread_index = store.thread_index()
    attached = 0
    with store.transaction() as tx:
        for reply in waiting:
            facts = ReplyFacts(
                reply.vendor,
                reply.ticket,
                reply.thread_ids,
                reply.subject,
                reply.date.date() if reply.date else None,
            )
            outcome = match_reply(facts, requests, thread_index)
            if isinstance(outcome, Matched):
                tx.attach_reply(reply.message_id, outcome.request_id)
                thread_index[reply.message_id] = outcome.request_id
                attached += 1
    return attached
