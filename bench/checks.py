"""Benchmark layer: each scenario's result checked against the ground truth.

Reads a store and the truth; changes neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import Truth
from inbox_watch.core.models import ReplyKind
from inbox_watch.store.sqlite import Store


@dataclass
class Check:
    """``expected`` support replies; how many were found with the right ticket; which were
    missed or got a wrong ticket; which distractors were taken as support replies."""

    expected: int
    found: int = 0
    missing: list[str] = field(default_factory=list)
    wrong_ticket: list[str] = field(default_factory=list)
    distractors_taken: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.found == self.expected
            and not self.missing
            and not self.wrong_ticket
            and not self.distractors_taken
        )

    def summary(self) -> str:
        if self.ok:
            return f"ok: {self.found}/{self.expected} replies with their ticket, 0 distractors"
        parts = [f"FAILED: {self.found}/{self.expected} found"]
        if self.missing:
            parts.append(f"missing {len(self.missing)} (e.g. {self.missing[0]})")
        if self.wrong_ticket:
            parts.append(f"wrong ticket {len(self.wrong_ticket)} (e.g. {self.wrong_ticket[0]})")
        if self.distractors_taken:
            parts.append(
                f"{len(self.distractors_taken)} distractors taken "
                f"(e.g. {self.distractors_taken[0]})"
            )
        return "; ".join(parts)

    def listing_summary(self) -> str:
        """For a peer that lists messages by sender: what it listed, no verdict."""
        return (
            f"listed {self.found}/{self.expected} support replies and "
            f"{len(self.distractors_taken)} distractors (no tickets, no sender check)"
        )

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "expected": self.expected,
            "found": self.found,
            "missing": self.missing[:20],
            "wrong_ticket": self.wrong_ticket[:20],
            "distractors_taken_count": len(self.distractors_taken),
            "distractors_taken": self.distractors_taken[:20],
        }


def check_replies(
    recorded: Iterable[tuple[str, str | None, bool]],
    support: Iterable[Truth],
    distractors: Iterable[Truth],
) -> Check:
    """``recorded``: (Message-ID, ticket, counted as support) per reply in the store.

    Every expected support reply must be there with its ticket; no distractor may be
    counted as support (a vendor's receipt recorded as not-support is fine).
    """
    by_id = {message_id: (ticket, counted) for message_id, ticket, counted in recorded}
    expected = list(support)
    check = Check(expected=len(expected))
    for truth in expected:
        got = by_id.get(truth.message_id)
        if got is None or not got[1]:
            check.missing.append(truth.message_id)
        elif got[0] != truth.ticket:
            check.wrong_ticket.append(f"{truth.message_id}: {got[0]!r} != {truth.ticket!r}")
        else:
            check.found += 1
    for truth in distractors:
        got = by_id.get(truth.message_id)
        if got is not None and got[1]:
            check.distractors_taken.append(f"{truth.category} {truth.message_id}")
    return check


def store_replies(path: Path) -> list[tuple[str, str | None, bool]]:
    """(Message-ID, ticket, counted as support) of every reply in the store at ``path``."""
    with Store(path) as store:
        return [
            (reply.message_id, reply.ticket, reply.kind is not ReplyKind.NOT_SUPPORT)
            for reply in store.replies()
        ]


def check_store(path: Path, support: Iterable[Truth], distractors: Iterable[Truth]) -> Check:
    return check_replies(store_replies(path), support, distractors)


def check_found_ids(
    found: Iterable[str], support: Iterable[Truth], distractors: Iterable[Truth]
) -> Check:
    """For a peer tool that only lists messages: recall of the support replies (tickets
    not extracted, so not checked) and the distractors it lists along with them."""
    ids = set(found)
    expected = list(support)
    check = Check(expected=len(expected))
    for truth in expected:
        if truth.message_id in ids:
            check.found += 1
        else:
            check.missing.append(truth.message_id)
    check.distractors_taken = [
        f"{truth.category} {truth.message_id}" for truth in distractors if truth.message_id in ids
    ]
    return check
