"""Train the kind model (``inbox_watch/kind_model.json``) on the tuning rounds' texts.

    python -m bench.intelligence.train              # write the weights
    python -m bench.intelligence.train --check      # exit 1 when the file is stale
    python -m bench.intelligence.train --validate   # leave one set out, per margin

The held part is never read here: its texts stay unseen until it is scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from bench.intelligence.run import tuning_rounds
from inbox_watch.core import kind_model
from inbox_watch.core.classify import classify_reply
from inbox_watch.core.models import MailMessage
from inbox_watch.core.vendors import VendorProfile, make_vendor

WEIGHTS = Path(__file__).resolve().parents[2] / "inbox_watch" / "kind_model.json"
MARGINS = (1.0, 2.0, 3.0, 4.0, 6.0)

Texts = Mapping[str, Mapping[str, Sequence[str]]]


def documents(rounds: Iterable[Texts]) -> list[tuple[str, str, str]]:
    """``(kind, language, text)`` for every text, its ticket placeholder filled."""
    out: list[tuple[str, str, str]] = []
    for written in rounds:
        for kind, by_language in written.items():
            if kind not in kind_model.KINDS:
                continue
            for language, items in by_language.items():
                out += [(kind, language, text.replace("{ticket}", "4093")) for text in items]
    return out


def weights_json() -> str:
    trained = kind_model.train((kind, text) for kind, _, text in documents(tuning_rounds()))
    return json.dumps(trained, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def validate() -> None:
    """Each tuning set classified by the rules plus a model trained on the other sets,
    per margin. The rules have read every tuning set, so this flatters them; it is a
    guide for the margin, not a score (the held part is the score)."""
    rounds = tuning_rounds()
    vendor = make_vendor("Acme", ("acme.example",), "generic")
    right = dict.fromkeys(MARGINS, 0)
    answers_lost = dict.fromkeys(MARGINS, 0)
    total = 0
    for index, left_out in enumerate(rounds):
        others = [r for i, r in enumerate(rounds) if i != index]
        model = kind_model.from_weights(
            kind_model.train((kind, text) for kind, _, text in documents(others))
        )
        for kind, _, text in documents([left_out]):
            total += 1
            for margin in MARGINS:
                got = _classified(text, vendor, model, margin)
                right[margin] += got == kind
                answers_lost[margin] += kind == "answer" and got != "answer"
    print(f"leave one set out, {len(rounds)} sets, {total} texts, rules + model")
    print("margin  kind accuracy  answers read as something else")
    for margin in MARGINS:
        print(f"{margin:6.1f}  {right[margin] / total:13.3f}  {answers_lost[margin]:5d}")


def _classified(
    text: str, vendor: VendorProfile, model: kind_model.KindModel, margin: float
) -> str:
    message = MailMessage("<v@acme.example>", "Re: Help", "support@acme.example",
                          body_text=text, new_text=text)  # fmt: skip
    with _shipped(_AtMargin(model, margin)):
        return classify_reply(message, vendor).value


class _AtMargin:
    def __init__(self, model: kind_model.KindModel, margin: float) -> None:
        self.model, self.margin = model, margin

    def reading(self, text: str) -> str | None:
        return self.model.reading(text, self.margin)


@contextmanager
def _shipped(model: _AtMargin) -> Iterator[None]:
    original = kind_model.shipped
    kind_model.shipped = lambda: model  # type: ignore[assignment]
    try:
        yield
    finally:
        kind_model.shipped = original


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.intelligence.train")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail when the weights are stale")
    mode.add_argument("--validate", action="store_true", help="leave one set out")
    args = parser.parse_args(argv)
    if args.validate:
        validate()
        return 0
    fresh = weights_json()
    if args.check:
        stale = not WEIGHTS.exists() or WEIGHTS.read_text("utf-8") != fresh
        print(f"{WEIGHTS.name}: {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    WEIGHTS.write_text(fresh, "utf-8")
    print(f"wrote {WEIGHTS} ({len(fresh) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
