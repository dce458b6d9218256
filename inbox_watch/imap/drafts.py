"""The Drafts folder: the only place inbox-watch ever writes, and only when the account
says ``allow_drafts = true``.

Adapter: finds the folder (RFC 6154 ``\\Drafts``, else a common name) and APPENDs one
message flagged ``\\Draft``; never creates a folder, never touches another.
"""

from __future__ import annotations

from datetime import datetime

from imapclient import IMAPClient

from inbox_watch.imap.folders import FolderListing

DRAFTS_FLAG = b"\\Drafts"
DRAFTS_FOLDER_NAMES: tuple[str, ...] = (
    "[Gmail]/Drafts",
    "[Google Mail]/Drafts",
    "Drafts",
    "Draft",
    "임시보관함",
    "下書き",
    "Entwürfe",
    "Brouillons",
    "Borradores",
)


def find_drafts_folder(listing: FolderListing) -> str | None:
    flagged = next((name for flags, name in listing.folders if DRAFTS_FLAG in flags), None)
    if flagged is not None:
        return flagged
    by_lower = {name.lower(): name for _flags, name in listing.folders}
    for candidate in DRAFTS_FOLDER_NAMES:
        for prefix in (*listing.prefixes, "INBOX.", "INBOX/"):
            found = by_lower.get((prefix + candidate).lower())
            if found is not None:
                return found
    return None


def append_draft(client: IMAPClient, folder: str, raw: bytes, now: datetime) -> None:
    client.append(folder, raw, flags=(b"\\Draft",), msg_time=now)
