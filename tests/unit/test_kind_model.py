"""The learned reading of a reply's kind (core.kind_model) and row 8 of the decision
table: trained here on plain values, so that the tests say what the code does, not
what the shipped weights happen to be."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from inbox_watch.core import classify, kind_model
from inbox_watch.core.models import MailMessage, ReplyKind
from inbox_watch.core.vendors import make_vendor

ACME = make_vendor("Acme", ["acme.example"], "generic")

# A toy world: each kind has its own words (no rule reads them as a cue: "finished"),
# and "thanks" is everywhere.
TOY = [
    ("acknowledgement", "thanks, queued for the billing team"),
    ("acknowledgement", "thanks, queued behind two others"),
    ("acknowledgement", "queued, thanks"),
    ("answer", "thanks, the invoice lists two seats"),
    ("answer", "the invoice lists the seats per month"),
    ("answer", "thanks, the invoice is correct"),
    ("needs_info", "thanks, screenshot of the error please"),
    ("needs_info", "a screenshot of the error would help"),
    ("needs_info", "screenshot please, thanks"),
    ("resolved", "thanks, finished on our side"),
    ("resolved", "finished on our side"),
    ("resolved", "all finished, thanks"),
]


@pytest.fixture
def toy_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[kind_model.KindModel]:
    model = kind_model.from_weights(kind_model.train(TOY * 3))
    monkeypatch.setattr(kind_model, "shipped", lambda: model)
    yield model


def mail(text: str) -> MailMessage:
    return MailMessage(
        message_id="<m1@acme.example>",
        subject="Re: Billing",
        sender="support@acme.example",
        body_text=text,
        new_text=text,
    )


def test_features_are_words_pairs_and_pieces_of_words_that_run_together() -> None:
    assert kind_model.features("Please SEND it") == {
        "please", "send", "it", "please send", "send it",
    }  # fmt: skip
    assert {"^접", "접수", "수$", "^접수", "접수$"} <= kind_model.features("접수")
    assert "?" in kind_model.features("どのブラウザですか？")
    assert kind_model.features("") == frozenset()


def test_a_word_seen_in_one_text_only_is_no_evidence() -> None:
    weights = kind_model.train([*TOY, ("answer", "zyzzyva")])
    assert "zyzzyva" not in weights
    assert "screenshot" in weights
    assert all(len(row) == len(kind_model.KINDS) for row in weights.values())


def test_the_reading_is_the_kind_whose_words_stand_in_the_text(
    toy_model: kind_model.KindModel,
) -> None:
    assert toy_model.reading("queued for the team") == "acknowledgement"
    assert toy_model.reading("could we get a screenshot") == "needs_info"
    assert toy_model.reading("finished") == "resolved"
    assert toy_model.reading("the invoice lists two seats") == "answer"


def test_no_reading_when_the_words_are_unknown_or_balanced(
    toy_model: kind_model.KindModel,
) -> None:
    assert toy_model.reading("völlig unbekannte wörter") is None
    assert toy_model.reading("thanks") is None
    # Words of two kinds at once: neither outweighs the other by the margin.
    assert toy_model.reading("queued, screenshot") is None


def test_row_8_reads_what_no_rule_words(toy_model: kind_model.KindModel) -> None:
    kind, row = classify.explain_kind(mail("Queued for the billing team."), ACME)
    assert (kind, row.split(":")[0]) == (ReplyKind.ACKNOWLEDGEMENT, "row 8")
    assert classify.classify_reply(mail("Finished on our side, #48213."), ACME) is (
        ReplyKind.RESOLVED
    )
    assert classify.classify_reply(mail("A screenshot would help."), ACME) is ReplyKind.NEEDS_INFO
    assert classify.classify_reply(mail("The invoice lists two seats."), ACME) is ReplyKind.ANSWER


def test_row_8_reads_a_closure_only_where_the_request_is_named(
    toy_model: kind_model.KindModel,
) -> None:
    assert toy_model.reading("all finished") == "resolved"
    assert classify.classify_reply(mail("All finished."), ACME) is ReplyKind.ANSWER
    assert classify.classify_reply(mail("Your case is all finished."), ACME) is ReplyKind.RESOLVED


def test_row_8_reads_a_closure_only_beside_a_closure_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class AlwaysResolved:
        def reading(self, text: str) -> str:
            return "resolved"

    monkeypatch.setattr(kind_model, "shipped", AlwaysResolved)
    formal_answer = "Regarding your case 48213, the warranty covers parts and labour."
    assert classify.classify_reply(mail(formal_answer), ACME) is ReplyKind.ANSWER
    assert classify.classify_reply(mail("Case 48213: finished."), ACME) is ReplyKind.RESOLVED
    assert classify.classify_reply(mail("케이스 48213은 종료될 예정입니다."), ACME) is (
        ReplyKind.RESOLVED
    )


@pytest.mark.parametrize(
    "text",
    [
        # Each row read its wording and declined it; the model does not overrule.
        "Is there anything else we can help you with? Finished on our side.",
        "If we don't hear back, this ticket will be closed. Finished on our side.",
        "Your ticket has not been closed; finished on our side.",
        "We have not received your logs yet; queued for the billing team.",
        "If you have more details, please send them; a screenshot would help.",
    ],
)
def test_row_8_does_not_overrule_a_row_that_declined(
    toy_model: kind_model.KindModel, text: str
) -> None:
    assert toy_model.reading(text) is not None
    assert classify.classify_reply(mail(text), ACME) is ReplyKind.ANSWER


def test_rows_that_answered_are_never_overruled(toy_model: kind_model.KindModel) -> None:
    # Row 4 found a question; the model's acknowledgement words change nothing.
    text = "Queued for the billing team. Which browser are you using?"
    assert classify.classify_reply(mail(text), ACME) is ReplyKind.NEEDS_INFO


def test_without_its_weights_the_rules_decide_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kind_model, "shipped", lambda: None)
    assert classify.classify_reply(mail("Queued for the billing team."), ACME) is ReplyKind.ANSWER


def test_the_shipped_weights_load_and_read() -> None:
    model = kind_model.shipped()
    assert model is not None
    assert set(model.log_probability) == set(kind_model.KINDS)
    assert len(model.log_probability["answer"]) > 1000
