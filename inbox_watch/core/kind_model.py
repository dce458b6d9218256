"""A small learned reading of a reply's kind, for text the phrase rules do not decide.

Naive Bayes over the words of a reply (and, for Korean and Japanese, which run words
together, over two- and three-letter pieces), trained offline on the benchmark's tuning
texts by ``python -m bench.intelligence.train``. The weights are package data
(``inbox_watch/kind_model.json``), read once like an import; the rest is pure.

The rules say what a sentence means when they know its wording; this reads the
vocabulary of the whole text ("screenshot", "보내 주시", "お知らせください" lean to a
question, "gelöst", "終了" to a closure). It speaks only when one kind clearly outweighs
every other (``MARGIN``), and classify asks it only where the rules found nothing.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Kinds the model tells apart; surveys and not-support mail are the rules' alone.
KINDS = ("acknowledgement", "answer", "needs_info", "resolved")

# How far (natural log) the leading kind must outweigh the runner-up before the model
# speaks. Chosen on tuning texts only, never on the held part: leaving one set of texts
# out (``python -m bench.intelligence.train --validate``) and replaying old held parts
# through the rules as they were when each was scored. Between 2 and 4 the accuracy
# barely moves; fewer answers are misread as the margin grows.
MARGIN = 3.0

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
_RUNS_TOGETHER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]")
_QUESTION_MARK = re.compile(r"[?？]")


def features(text: str) -> frozenset[str]:
    """The features of ``text``: each word and pair of neighbouring words; inside Korean
    and Japanese words every two- and three-letter piece; and whether it asks ("?").

    >>> sorted(features("Could you send it?"))
    ['?', 'could', 'could you', 'it', 'send', 'send it', 'you', 'you send']
    >>> sorted(features("보내 주세요"))[:4]
    ['^보', '^보내', '^주', '^주세']
    """
    folded = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")
    found: set[str] = set()
    previous: str | None = None
    for word in _LETTERS.findall(folded):
        if _RUNS_TOGETHER.search(word):
            found.update(_pieces(word))
            previous = None
            continue
        found.add(word)
        if previous is not None:
            found.add(f"{previous} {word}")
        previous = word
    if _QUESTION_MARK.search(folded):
        found.add("?")
    return frozenset(found)


def _pieces(word: str) -> Iterable[str]:
    marked = f"^{word}$"
    for size in (2, 3):
        for start in range(len(marked) - size + 1):
            yield marked[start : start + size]


@dataclass(frozen=True, slots=True)
class KindModel:
    """Per kind, the log probability of each known feature (multinomial naive Bayes
    over the features present; unknown features say nothing)."""

    log_probability: Mapping[str, Mapping[str, float]]

    def scores(self, text: str) -> dict[str, float]:
        present = features(text)
        return {
            kind: sum(weights[f] for f in present if f in weights)
            for kind, weights in self.log_probability.items()
        }

    def reading(self, text: str, margin: float = MARGIN) -> str | None:
        """The kind that outweighs every other by ``margin``, or None when none does."""
        scores = self.scores(text)
        best, runner_up = sorted(scores, key=scores.__getitem__, reverse=True)[:2]
        if scores[best] - scores[runner_up] < margin:
            return None
        return best


def train(
    documents: Iterable[tuple[str, str]], *, smoothing: float = 0.3, min_documents: int = 2
) -> dict[str, list[float]]:
    """The model's weights (JSON-ready: feature -> log probability per kind, in the
    order of ``KINDS``) from ``(kind, text)`` pairs. Features in fewer than
    ``min_documents`` texts are dropped: a word one author used once is no evidence."""
    counts: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}
    document_frequency: dict[str, int] = {}
    for kind, text in documents:
        for feature in features(text):
            counts[kind][feature] = counts[kind].get(feature, 0) + 1
            document_frequency[feature] = document_frequency.get(feature, 0) + 1
    kept = sorted(f for f, n in document_frequency.items() if n >= min_documents)
    totals = {
        kind: sum(counts[kind].get(f, 0) for f in kept) + smoothing * len(kept) for kind in KINDS
    }
    return {
        f: [round(math.log((counts[k].get(f, 0) + smoothing) / totals[k]), 3) for k in KINDS]
        for f in kept
    }


def from_weights(weights: Mapping[str, Sequence[float]]) -> KindModel:
    by_kind: dict[str, dict[str, float]] = {kind: {} for kind in KINDS}
    for feature, row in weights.items():
        for kind, weight in zip(KINDS, row, strict=True):
            by_kind[kind][feature] = float(weight)
    return KindModel(by_kind)


@cache
def shipped() -> KindModel | None:
    """The model shipped with the package, or None when it is missing or unreadable
    (then the rules decide alone)."""
    try:
        raw = resources.files("inbox_watch").joinpath("kind_model.json").read_text("utf-8")
        return from_weights(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError):
        return None
