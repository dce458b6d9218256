"""Sync planning on plain cursors: incremental reads, rescans, the UID n:* quirk."""

from __future__ import annotations

from inbox_watch.core.models import FolderCursor
from inbox_watch.core.sync_plan import (
    FetchPlan,
    SearchScope,
    folder_unchanged,
    new_uids,
    next_cursor,
    plan_fetch,
    scope_after,
)

K = SearchScope("k")


def test_first_scan_is_a_rescan_from_uid_1() -> None:
    plan = plan_fetch(None, 7, "k", None)
    assert (plan.rescan, plan.min_uid) == (True, 1)


def test_incremental_read_starts_after_the_cursor() -> None:
    plan = plan_fetch(FolderCursor(7, 120), 7, "k", K)
    assert (plan.rescan, plan.min_uid) == (False, 121)


def test_changed_uidvalidity_rescans() -> None:
    plan = plan_fetch(FolderCursor(7, 120), 8, "k", K)
    assert (plan.rescan, plan.min_uid) == (True, 1)
    assert plan.reason == "UIDVALIDITY changed from 7 to 8"


def test_changed_vendor_set_rescans() -> None:
    plan = plan_fetch(FolderCursor(7, 120), 7, "new", SearchScope("old"))
    assert plan.rescan


def test_uid_search_star_quirk_is_filtered() -> None:
    # UID SEARCH UID 121:* answers 120 when 120 is the highest UID (RFC 3501).
    assert new_uids([120], 121) == []
    assert new_uids([130, 121, 121, 5], 121) == [121, 130]


def test_folder_unchanged_needs_same_uidvalidity_key_and_uidnext() -> None:
    cursor = FolderCursor(7, 120)
    assert folder_unchanged(cursor, 7, 121, "k", K)
    assert not folder_unchanged(cursor, 7, 122, "k", K)
    assert not folder_unchanged(cursor, 8, 121, "k", K)
    assert not folder_unchanged(cursor, 7, 121, "k2", K)
    assert not folder_unchanged(None, 7, 121, "k", K)


def test_next_cursor_covers_everything_below_uidnext() -> None:
    assert next_cursor(7, 200, [150, 160], 100) == FolderCursor(7, 199)
    assert next_cursor(7, None, [150, 160], 100) == FolderCursor(7, 160)
    assert next_cursor(7, 50, [], 100) == FolderCursor(7, 100)


def test_search_scope_round_trips_through_the_store_column() -> None:
    from datetime import date

    for scope in (SearchScope("ab", date(2026, 8, 1)), SearchScope("ab")):
        assert SearchScope.decode(scope.encode()) == scope
    assert SearchScope.decode("ab|garbage") == SearchScope("ab")


def test_a_rescan_never_narrows_the_window_already_searched() -> None:
    from datetime import date

    rescan, incremental = FetchPlan(True, 1, "x"), FetchPlan(False, 9, "incremental")
    june, sept = date(2026, 6, 1), date(2026, 9, 1)
    assert scope_after(rescan, "k", SearchScope("k", june), sept) == SearchScope("k", june)
    assert scope_after(rescan, "k", SearchScope("k", sept), june) == SearchScope("k", june)
    assert scope_after(rescan, "new", None, sept) == SearchScope("new", sept)
    assert scope_after(incremental, "k", SearchScope("k", june), sept) == SearchScope("k", june)


def test_request_older_than_the_scanned_window_rescans() -> None:
    from datetime import date

    cursor = FolderCursor(7, 120)
    key = SearchScope("k", date(2026, 8, 1))
    plan = plan_fetch(cursor, 7, "k", key, needed_since=date(2026, 6, 1))
    assert plan.rescan and "predates the window" in plan.reason
    assert not plan_fetch(cursor, 7, "k", key, needed_since=date(2026, 9, 1)).rescan
    assert not folder_unchanged(cursor, 7, 121, "k", key, date(2026, 6, 1))
    assert folder_unchanged(cursor, 7, 121, "k", key, date(2026, 9, 1))
