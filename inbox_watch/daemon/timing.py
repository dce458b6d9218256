"""The daemon's clock and jitter source, shared by the runner, the watchers and the notifier."""

from __future__ import annotations

import random
from datetime import UTC, datetime

# Backoff jitter: SystemRandom, so many daemons restarted together do not retry in step.
jitter = random.SystemRandom()


def utcnow() -> datetime:
    return datetime.now(UTC)
