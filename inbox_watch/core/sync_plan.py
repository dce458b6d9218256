"""Sync planning: what to ask an IMAP folder for, given what was read before.

Pure: works on cursors and the numbers a SELECT/STATUS returned (RFC 3501, RFC 7162).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from inbox_watch.core.models import FolderCursor


@dataclass(frozen=True, slots=True)
class FetchPlan:
    """``rescan``: read the whole window again (first scan, UIDVALIDITY changed or the
    search criteria changed); else only UIDs from ``min_uid`` on."""

    rescan: bool
    min_uid: int
    reason: str


def cursor_key(search_key: str, window: date | None) -> str:
    """What a cursor remembers about how it was made: the search terms and how far
    back the folder has been searched (``SINCE``).

    >>> cursor_key("ab12", date(2026, 8, 1))
    'ab12|2026-08-01'
    """
    return f"{search_key}|{window.isoformat()}" if window is not None else search_key


def split_cursor_key(key: str | None) -> tuple[str | None, date | None]:
    """The inverse of ``cursor_key``; a key without a window searched everything."""
    if key is None:
        return None, None
    terms, _, window = key.partition("|")
    try:
        return terms, date.fromisoformat(window) if window else None
    except ValueError:
        return terms, None


def plan_fetch(
    cursor: FolderCursor | None,
    uidvalidity: int,
    search_key: str,
    stored_key: str | None,
    needed_since: date | None = None,
) -> FetchPlan:
    """Decide between an incremental read and a rescan.

    ``needed_since`` is how far back the folder must have been searched (a tracked
    request's submission date, minus a margin); a window scanned so far that starts
    later than that calls for a rescan.

    >>> plan_fetch(FolderCursor(7, 120), 7, "k", "k")
    FetchPlan(rescan=False, min_uid=121, reason='incremental')
    >>> plan_fetch(FolderCursor(7, 120), 8, "k", "k").reason
    'UIDVALIDITY changed from 7 to 8'
    """
    if cursor is None:
        return FetchPlan(True, 1, "first scan of this folder")
    if cursor.uidvalidity != uidvalidity:
        return FetchPlan(True, 1, f"UIDVALIDITY changed from {cursor.uidvalidity} to {uidvalidity}")
    terms, scanned_since = split_cursor_key(stored_key)
    if terms != search_key:
        return FetchPlan(True, 1, "the vendors to look for changed")
    if needed_since is not None and scanned_since is not None and needed_since < scanned_since:
        return FetchPlan(
            True, 1, f"a tracked request predates the window scanned so far ({scanned_since})"
        )
    return FetchPlan(False, cursor.last_uid + 1, "incremental")


def folder_unchanged(
    cursor: FolderCursor | None,
    uidvalidity: int,
    uidnext: int,
    search_key: str,
    stored_key: str | None,
    needed_since: date | None = None,
) -> bool:
    """True when a STATUS answer shows nothing new since the cursor, so the folder
    need not be selected at all."""
    plan = plan_fetch(cursor, uidvalidity, search_key, stored_key, needed_since)
    return not plan.rescan and cursor is not None and uidnext <= cursor.last_uid + 1


def new_uids(found: Iterable[int], min_uid: int) -> list[int]:
    """UIDs at or above ``min_uid``, ascending.

    ``UID SEARCH UID n:*`` always returns the highest UID, even one below n,
    because ``*`` is the largest UID in use (RFC 3501 6.4.8): filter here.

    >>> new_uids([5, 9, 12], 10)
    [12]
    """
    return sorted(uid for uid in set(found) if uid >= min_uid)


def next_cursor(
    uidvalidity: int, uidnext: int | None, processed: Iterable[int], previous_last_uid: int
) -> FolderCursor:
    """The cursor after a complete pass: everything below UIDNEXT has been considered."""
    last = max([previous_last_uid, *processed, (uidnext or 1) - 1])
    return FolderCursor(uidvalidity=uidvalidity, last_uid=last)
