"""The Drafts folder: the only place inbox-watch ever writes, and only when the account
says ``allow_drafts = true``.

Adapter: finds the folder (RFC 6154 ``\\Drafts``, else a common name) and APPENDs one
message flagged ``\\Draft``; never creates a folder, never touches another.
"""

from __future__ import annotations

from datetime import datetime

from imapclient import IMAPClient

from inbox_watch.imap.folders import FolderListing, find_special_folder

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
    return find_special_folder(listing, DRAFTS_FLAG, DRAFTS_FOLDER_NAMES, ("INBOX.", "INBOX/"))


def append_draft(client: IMAPClient, folder: str, raw: bytes, now: datetime) -> None:
    client.append(folder, raw, flags=(b"\\Draft",), msg_time=now)
