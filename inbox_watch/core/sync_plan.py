"""Sync planning: what to ask an IMAP folder for, given what was read before.

Pure: works on cursors and the numbers a SELECT/STATUS returned (RFC 3501, RFC 7162).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from inbox_watch.core.models import FolderCursor


@dataclass(frozen=True, slots=True)
class FetchPlan:
    """``rescan``: read the whole window again (first scan, UIDVALIDITY changed or the
    search criteria changed); else only UIDs from ``min_uid`` on."""

    rescan: bool
    min_uid: int
    reason: str


def plan_fetch(
    cursor: FolderCursor | None, uidvalidity: int, search_key: str, cursor_key: str | None
) -> FetchPlan:
    """Decide between an incremental read and a rescan.

    >>> plan_fetch(FolderCursor(7, 120), 7, "k", "k")
    FetchPlan(rescan=False, min_uid=121, reason='incremental')
    >>> plan_fetch(FolderCursor(7, 120), 8, "k", "k").reason
    'UIDVALIDITY changed from 7 to 8'
    """
    if cursor is None:
        return FetchPlan(True, 1, "first scan of this folder")
    if cursor.uidvalidity != uidvalidity:
        return FetchPlan(True, 1, f"UIDVALIDITY changed from {cursor.uidvalidity} to {uidvalidity}")
    if cursor_key != search_key:
        return FetchPlan(True, 1, "the vendors to look for changed")
    return FetchPlan(False, cursor.last_uid + 1, "incremental")


def folder_unchanged(
    cursor: FolderCursor | None,
    uidvalidity: int,
    uidnext: int,
    search_key: str,
    cursor_key: str | None,
) -> bool:
    """True when a STATUS answer shows nothing new since the cursor, so the folder
    need not be selected at all."""
    return (
        cursor is not None
        and cursor.uidvalidity == uidvalidity
        and cursor_key == search_key
        and uidnext <= cursor.last_uid + 1
    )


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
