"""Retry schedules: exponential backoff with jitter, for reconnects and notifications.

Pure: the random draw comes in as an argument; no sleeping, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BackoffPolicy:
    """``initial`` seconds before the first retry, doubling (``factor``) up to ``maximum``;
    ``jitter`` is the fraction of each delay that is randomised, so that many clients
    cut off together (a server restart) do not come back in lockstep."""

    initial: float
    maximum: float
    factor: float = 2.0
    jitter: float = 0.5


def backoff_delay(attempt: int, policy: BackoffPolicy, draw: float) -> float:
    """Seconds to wait before retry number ``attempt`` (0 = the first retry).

    ``draw`` is a random number in [0, 1): the delay is the exponential step minus up
    to ``jitter`` of it ("equal jitter"), never less than half the step's floor.

    >>> backoff_delay(0, BackoffPolicy(1.0, 60.0), 0.0)
    1.0
    >>> backoff_delay(3, BackoffPolicy(1.0, 60.0), 0.0)
    8.0
    >>> backoff_delay(3, BackoffPolicy(1.0, 60.0), 0.999) > 4.0
    True
    >>> backoff_delay(30, BackoffPolicy(1.0, 60.0), 0.0)
    60.0
    """
    attempt = max(0, attempt)
    # Capping the exponent first keeps factor ** attempt finite for any attempt count.
    step = policy.initial * policy.factor ** min(attempt, 64)
    step = min(step, policy.maximum)
    draw = min(max(draw, 0.0), 1.0)
    return max(step * (1.0 - policy.jitter * draw), 0.0)
