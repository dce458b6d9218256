"""Sync planning on plain cursors: incremental reads, rescans, the UID n:* quirk."""

from __future__ import annotations

from inbox_watch.core.models import FolderCursor
from inbox_watch.core.sync_plan import folder_unchanged, new_uids, next_cursor, plan_fetch


def test_first_scan_is_a_rescan_from_uid_1() -> None:
    plan = plan_fetch(None, 7, "k", None)
    assert (plan.rescan, plan.min_uid) == (True, 1)


def test_incremental_read_starts_after_the_cursor() -> None:
    plan = plan_fetch(FolderCursor(7, 120), 7, "k", "k")
    assert (plan.rescan, plan.min_uid) == (False, 121)


def test_changed_uidvalidity_rescans() -> None:
    plan = plan_fetch(FolderCursor(7, 120), 8, "k", "k")
    assert (plan.rescan, plan.min_uid) == (True, 1)
    assert plan.reason == "UIDVALIDITY changed from 7 to 8"


def test_changed_vendor_set_rescans() -> None:
    plan = plan_fetch(FolderCursor(7, 120), 7, "new", "old")
    assert plan.rescan


def test_uid_search_star_quirk_is_filtered() -> None:
    # UID SEARCH UID 121:* answers 120 when 120 is the highest UID (RFC 3501).
    assert new_uids([120], 121) == []
    assert new_uids([130, 121, 121, 5], 121) == [121, 130]


def test_folder_unchanged_needs_same_uidvalidity_key_and_uidnext() -> None:
    cursor = FolderCursor(7, 120)
    assert folder_unchanged(cursor, 7, 121, "k", "k")
    assert not folder_unchanged(cursor, 7, 122, "k", "k")
    assert not folder_unchanged(cursor, 8, 121, "k", "k")
    assert not folder_unchanged(cursor, 7, 121, "k2", "k")
    assert not folder_unchanged(None, 7, 121, "k", "k")


def test_next_cursor_covers_everything_below_uidnext() -> None:
    assert next_cursor(7, 200, [150, 160], 100) == FolderCursor(7, 199)
    assert next_cursor(7, None, [150, 160], 100) == FolderCursor(7, 160)
    assert next_cursor(7, 50, [], 100) == FolderCursor(7, 100)


def test_cursor_key_round_trip() -> None:
    from datetime import date

    from inbox_watch.core.sync_plan import cursor_key, split_cursor_key

    assert split_cursor_key(cursor_key("ab", date(2026, 8, 1))) == ("ab", date(2026, 8, 1))
    assert split_cursor_key(cursor_key("ab", None)) == ("ab", None)
    assert split_cursor_key(None) == (None, None)
    assert split_cursor_key("ab|garbage") == ("ab", None)


def test_request_older_than_the_scanned_window_rescans() -> None:
    from datetime import date

    cursor = FolderCursor(7, 120)
    key = "k|2026-08-01"
    plan = plan_fetch(cursor, 7, "k", key, needed_since=date(2026, 6, 1))
    assert plan.rescan and "predates the window" in plan.reason
    assert not plan_fetch(cursor, 7, "k", key, needed_since=date(2026, 9, 1)).rescan
    assert not folder_unchanged(cursor, 7, 121, "k", key, date(2026, 6, 1))
    assert folder_unchanged(cursor, 7, 121, "k", key, date(2026, 9, 1))
