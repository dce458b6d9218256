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


@dataclass(frozen=True, slots=True)
class SearchScope:
    """How a folder's cursor was made: a digest of the search terms (the vendors looked
    for) and how far back the folder has been searched (``SINCE``; None for all of it)."""

    terms: str
    since: date | None = None

    def encode(self) -> str:
        """The store's one-column form.

        >>> SearchScope("ab12", date(2026, 8, 1)).encode()
        'ab12|2026-08-01'
        """
        return f"{self.terms}|{self.since.isoformat()}" if self.since else self.terms

    @classmethod
    def decode(cls, text: str) -> SearchScope:
        """The inverse of ``encode``; an unreadable window counts as none recorded.

        >>> SearchScope.decode("ab12|2026-08-01") == SearchScope("ab12", date(2026, 8, 1))
        True
        """
        terms, _, window = text.partition("|")
        try:
            return cls(terms, date.fromisoformat(window) if window else None)
        except ValueError:
            return cls(terms, None)


def scope_after(
    plan: FetchPlan, terms: str, scanned: SearchScope | None, wanted_since: date | None
) -> SearchScope:
    """The scope a pass leaves behind. An incremental read keeps the window; a rescan
    searches from ``wanted_since`` but never narrows a window already covered.

    >>> kept = SearchScope("k", date(2026, 6, 1))
    >>> scope_after(FetchPlan(True, 1, "x"), "k", kept, date(2026, 9, 1)).since
    datetime.date(2026, 6, 1)
    """
    if not plan.rescan:
        return SearchScope(terms, scanned.since if scanned else None)
    if scanned is not None and scanned.since is not None and wanted_since is not None:
        return SearchScope(terms, min(wanted_since, scanned.since))
    return SearchScope(terms, wanted_since)


def plan_fetch(
    cursor: FolderCursor | None,
    uidvalidity: int,
    terms: str,
    scanned: SearchScope | None,
    needed_since: date | None = None,
) -> FetchPlan:
    """Decide between an incremental read and a rescan.

    ``needed_since`` is how far back the folder must have been searched (a tracked
    request's submission date, minus a margin); a window scanned so far that starts
    later than that calls for a rescan.

    >>> plan_fetch(FolderCursor(7, 120), 7, "k", SearchScope("k"))
    FetchPlan(rescan=False, min_uid=121, reason='incremental')
    >>> plan_fetch(FolderCursor(7, 120), 8, "k", SearchScope("k")).reason
    'UIDVALIDITY changed from 7 to 8'
    """
    if cursor is None:
        return FetchPlan(True, 1, "first scan of this folder")
    if cursor.uidvalidity != uidvalidity:
        return FetchPlan(True, 1, f"UIDVALIDITY changed from {cursor.uidvalidity} to {uidvalidity}")
    if scanned is None or scanned.terms != terms:
        return FetchPlan(True, 1, "the vendors to look for changed")
    scanned_since = scanned.since
    if needed_since is not None and scanned_since is not None and needed_since < scanned_since:
        return FetchPlan(
            True, 1, f"a tracked request predates the window scanned so far ({scanned_since})"
        )
    return FetchPlan(False, cursor.last_uid + 1, "incremental")


def folder_unchanged(
    cursor: FolderCursor | None,
    uidvalidity: int,
    uidnext: int,
    terms: str,
    scanned: SearchScope | None,
    needed_since: date | None = None,
) -> bool:
    """True when a STATUS answer shows nothing new since the cursor, so the folder
    need not be selected at all."""
    plan = plan_fetch(cursor, uidvalidity, terms, scanned, needed_since)
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
