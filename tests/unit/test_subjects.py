"""Reply prefixes: one rule for classification and matching."""

from __future__ import annotations

import pytest

from inbox_watch.core.subjects import has_reply_prefix, normalise_subject


@pytest.mark.parametrize(
    "subject",
    [
        "Re: x",
        "RE[2]: x",
        "Fwd: x",
        "FW: x",
        "AW: x",
        "WG: x",
        "SV: x",
        "VS: x",
        "TR: x",
        "RV: x",
        "Res: x",
        "R: x",
        "RIF: x",
        "Odp: x",
        "답장: x",
        "회신: x",
        "전달: x",
        "返信: x",
        "転送：x",
        "答复: x",
        "回复: x",
    ],
)
def test_every_client_prefix_is_a_reply_prefix(subject: str) -> None:
    assert has_reply_prefix(subject)
    assert normalise_subject(subject) == "x"


@pytest.mark.parametrize("subject", ["Recap of the call", "Read me", "Request 12", "Trouble: x"])
def test_words_that_start_like_a_prefix_are_not_one(subject: str) -> None:
    assert not has_reply_prefix(subject)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("[EXTERNAL] RE: Billing question", "billing question"),
        ("[Acme] Re: Billing question", "billing question"),
        ("*EXTERNAL* Re: Billing question", "billing question"),
        ("VB: Billing question", "billing question"),
        ("VL: Billing question", "billing question"),
        ("Ynt: Billing question", "billing question"),
        ("Re: RE[2]: AW: Billing question", "billing question"),
    ],
)
def test_tags_before_a_prefix_and_more_clients(subject: str, expected: str) -> None:
    assert has_reply_prefix(subject)
    assert normalise_subject(subject) == expected


@pytest.mark.parametrize("subject", ["[EXTERNAL] Billing question", "[Request #5] Received"])
def test_a_tag_alone_is_no_reply_prefix(subject: str) -> None:
    assert not has_reply_prefix(subject)
