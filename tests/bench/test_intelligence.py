"""The labelled set and its scorer, without Dovecot: sizes, determinism, label honesty."""

from __future__ import annotations

from collections import Counter
from datetime import date
from email import message_from_bytes, policy

from bench.intelligence.labelled import build
from bench.intelligence.score import Stored, score
from bench.intelligence.texts import LANGUAGES, TUNING
from bench.intelligence.wrappers import WRAPPERS

TODAY = date(2026, 12, 3)


def test_the_set_is_deterministic_for_a_seed() -> None:
    first = build("tuning", TUNING, TODAY, seed=11, per_wrapper=5)
    again = build("tuning", TUNING, TODAY, seed=11, per_wrapper=5)
    other = build("tuning", TUNING, TODAY, seed=12, per_wrapper=5)
    assert [d.raw for d in first.deliveries] == [d.raw for d in again.deliveries]
    assert [d.raw for d in first.deliveries] != [d.raw for d in other.deliveries]


def test_the_set_covers_every_wrapper_language_and_kind() -> None:
    labelled = build("tuning", TUNING, TODAY, seed=11, per_wrapper=5)
    replies = [d.label for d in labelled.deliveries if d.label.outcome == "reply"]
    assert len(labelled.deliveries) >= 250
    assert {label.helpdesk for label in replies} == {w.key for w in WRAPPERS}
    assert {label.language for label in replies} == set(LANGUAGES)
    kinds = Counter(label.kind for label in replies)
    assert set(kinds) == {"acknowledgement", "answer", "needs_info", "resolved", "survey"}
    outcomes = Counter(d.label.outcome for d in labelled.deliveries)
    assert outcomes["suspicious"] >= 10 and outcomes["not_support"] >= 3
    assert outcomes["ignored"] >= 3


def test_every_text_exists_in_every_language() -> None:
    for kind, by_language in TUNING.items():
        assert set(by_language) == set(LANGUAGES), kind
        assert all(len(texts) >= 3 for texts in by_language.values()), kind


def test_every_wrapper_names_its_source_and_licence() -> None:
    for wrapper in WRAPPERS:
        assert wrapper.source and wrapper.licence, wrapper.key
        if wrapper.licence != "-":  # a template copied from a repository
            assert "@" in wrapper.source and ":" in wrapper.source, wrapper.key


def test_a_labelled_ticket_is_written_in_the_message() -> None:
    labelled = build("tuning", TUNING, TODAY, seed=11, per_wrapper=5)
    shown = {c.key: c.ticket_shown for c in labelled.conversations}
    for delivery in labelled.deliveries:
        label = delivery.label
        message = message_from_bytes(delivery.raw, policy=policy.default)
        assert message["Message-ID"] == label.message_id
        if label.ticket is None or label.conversation is None:
            continue
        body = message.get_body(("plain", "html"))
        assert body is not None
        text = f"{message['Subject']}\n{body.get_content()}"
        assert shown[label.conversation] in text, label.message_id


def test_score_counts_a_lookalike_match_and_a_missing_reply() -> None:
    labelled = build("tuning", TUNING, TODAY, seed=11, per_wrapper=5)
    labels = [d.label for d in labelled.deliveries]
    conversation = labelled.conversations[0]
    mine = [label for label in labels if label.conversation == conversation.key]
    fake = next(label for label in labels if label.outcome == "suspicious")
    stored = {mine[0].message_id: Stored(1, mine[0].ticket, mine[0].kind or "")}
    stored[fake.message_id] = Stored(1, None, "answer")
    result = score([*mine, fake], {conversation.key: 1}, stored, [])
    assert result.matched_right == 1 and result.should_match == len(mine)
    assert result.lookalikes_matched == 1 and result.precision == 0.5


def test_the_shipped_kind_model_is_trained_on_the_tuning_texts_only() -> None:
    # The weights in the package are exactly what `python -m bench.intelligence.train`
    # makes from the tuning rounds; the held part is never among them.
    from bench.intelligence import train
    from bench.intelligence.held import HELD
    from bench.intelligence.run import tuning_rounds

    assert train.WEIGHTS.read_text("utf-8") == train.weights_json()
    trained = {text for _, _, text in train.documents(tuning_rounds())}
    held = {text for _, _, text in train.documents([HELD])}
    assert trained and held and not trained & held
