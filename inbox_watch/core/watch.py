"""Watch timing rules: when to re-issue IDLE, what an IDLE answer means, clock jumps.

Pure: clock readings and server responses come in as arguments; nothing sleeps or reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# RFC 2177: a server may log out a client idle for 30 minutes; re-issue well before.
IDLE_LIMIT = 29 * 60.0


def idle_wait(started: float, now: float, reissue_after: float, tick: float) -> float:
    """How long the next IDLE wait may block (monotonic seconds), or 0 when IDLE must be
    re-issued now. Waits are cut into ``tick`` slices so a stop request is seen quickly.

    >>> idle_wait(100.0, 100.5, 600.0, 1.0)
    1.0
    >>> idle_wait(100.0, 699.5, 600.0, 1.0)
    0.5
    >>> idle_wait(100.0, 700.0, 600.0, 1.0)
    0.0
    """
    limit = min(reissue_after, IDLE_LIMIT)
    remaining = started + limit - now
    if remaining <= 0:
        return 0.0
    return min(remaining, tick)


def idle_saw_new_mail(responses: Iterable[tuple[object, ...]]) -> bool:
    """True when an IDLE answer announces new mail: ``* N EXISTS`` (RFC 3501 7.3.1).

    Keepalives (``* OK Still here``), flag changes and EXPUNGE are not new mail.

    >>> idle_saw_new_mail([(3, b"EXISTS"), (3, b"RECENT")])
    True
    >>> idle_saw_new_mail([(b"OK", b"Still here")])
    False
    """
    return any(len(response) > 1 and response[1] == b"EXISTS" for response in responses)


def idle_server_closing(responses: Iterable[tuple[object, ...]]) -> bool:
    """True when the server said ``* BYE`` (shutting down, or logging us out).

    >>> idle_server_closing([(b"BYE", b"Server shutting down.")])
    True
    """
    return any(response and response[0] == b"BYE" for response in responses)


@dataclass(frozen=True, slots=True)
class ClockReading:
    """The wall clock (Unix seconds) and the monotonic clock, read together."""

    wall: float
    monotonic: float


def clock_jump(before: ClockReading, after: ClockReading, tolerance: float) -> float | None:
    """Seconds the wall clock moved beyond the monotonic clock between two readings, or
    None within ``tolerance``. On Linux the monotonic clock stops while the machine
    sleeps, so a resume shows as a forward jump; an NTP step as either sign.

    >>> clock_jump(ClockReading(1000.0, 50.0), ClockReading(1001.0, 51.0), 10.0) is None
    True
    >>> clock_jump(ClockReading(1000.0, 50.0), ClockReading(4600.0, 51.0), 10.0)
    3599.0
    """
    drift = (after.wall - before.wall) - (after.monotonic - before.monotonic)
    return drift if abs(drift) > tolerance else None
