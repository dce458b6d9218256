"""Scores of the labelled set: what the store says against what the labels say.

Pure: takes the labels, the request each conversation should end in, and the stored
replies; no I/O, so the scoring itself is tested with plain values.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bench.intelligence.labelled import Label

MISSING = "(not recorded)"


@dataclass(frozen=True)
class Stored:
    """What the store recorded for one message."""

    request_id: int | None
    ticket: str | None
    kind: str


@dataclass
class Score:
    should_match: int = 0
    matched_right: int = 0
    matched_total: int = 0
    ticket_right: int = 0
    ticket_shown: int = 0
    ticket_shown_right: int = 0
    kind_right: int = 0
    lookalikes: int = 0
    lookalikes_matched: int = 0
    lookalikes_flagged: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.matched_right / self.matched_total if self.matched_total else 1.0

    @property
    def recall(self) -> float:
        return self.matched_right / self.should_match if self.should_match else 1.0

    @property
    def ticket_accuracy(self) -> float:
        return self.ticket_right / self.should_match if self.should_match else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.should_match if self.should_match else 1.0

    def as_json(self) -> dict[str, object]:
        return {
            "messages_to_match": self.should_match,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "ticket_accuracy": round(self.ticket_accuracy, 4),
            "ticket_accuracy_where_shown": round(
                self.ticket_shown_right / self.ticket_shown if self.ticket_shown else 1.0, 4
            ),
            "kind_accuracy": round(self.kind_accuracy, 4),
            "lookalikes": self.lookalikes,
            "lookalikes_matched": self.lookalikes_matched,
            "lookalikes_flagged_suspicious": self.lookalikes_flagged,
        }


def score(
    labels: Iterable[Label],
    expected_requests: Mapping[str, int | None],
    stored: Mapping[str, Stored],
    suspicious: Iterable[str],
) -> Score:
    """One score over ``labels``. ``expected_requests`` maps conversation keys to the
    request id their mail must end in; ``stored`` maps Message-IDs to what was recorded.

    >>> from bench.intelligence.labelled import Label
    >>> reply = Label("<a>", "tuning", "c1", "acme", "zendesk", "en", "reply", "answer",
    ...               "42", "INBOX")
    >>> fake = Label("<b>", "tuning", None, "acme", "zendesk", "en", "suspicious", None,
    ...              None, "Junk")
    >>> s = score([reply, fake], {"c1": 7}, {"<a>": Stored(7, "42", "needs_info")}, ["<b>"])
    >>> s.recall, s.precision, s.ticket_accuracy, s.kind_accuracy, s.lookalikes_flagged
    (1.0, 1.0, 1.0, 0.0, 1)
    """
    flagged = set(suspicious)
    result = Score()
    for label in labels:
        record = stored.get(label.message_id)
        if record is not None and record.request_id is not None:
            result.matched_total += 1
        if label.outcome == "suspicious":
            result.lookalikes += 1
            result.lookalikes_flagged += label.message_id in flagged
            result.lookalikes_matched += record is not None and record.request_id is not None
            continue
        if label.outcome != "reply" or label.conversation is None:
            continue
        result.should_match += 1
        wanted = expected_requests.get(label.conversation)
        if record is not None and wanted is not None and record.request_id == wanted:
            result.matched_right += 1
        got_ticket = record.ticket if record is not None else MISSING
        result.ticket_right += got_ticket == label.ticket
        if label.ticket is not None:
            result.ticket_shown += 1
            result.ticket_shown_right += got_ticket == label.ticket
        got_kind = record.kind if record is not None else MISSING
        result.kind_right += got_kind == label.kind
        result.confusion[(label.kind or "", got_kind)] += 1
    return result


def score_by(
    labels: Iterable[Label],
    key: str,
    expected_requests: Mapping[str, int | None],
    stored: Mapping[str, Stored],
    suspicious: Iterable[str],
) -> dict[str, Score]:
    """A score per value of one label field ("helpdesk", "language", "part")."""
    groups: dict[str, list[Label]] = defaultdict(list)
    for label in labels:
        groups[str(getattr(label, key))].append(label)
    flagged = list(suspicious)
    return {
        value: score(group, expected_requests, stored, flagged)
        for value, group in sorted(groups.items())
    }
