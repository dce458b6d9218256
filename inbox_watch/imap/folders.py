"""Folder discovery: the configured folder names, and the spam folder found by RFC 6154.

Adapter: reads LIST/NAMESPACE answers; never creates, renames or subscribes a folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from imapclient import IMAPClient

from inbox_watch.settings import JUNK

JUNK_FLAG = JUNK.encode()  # the SPECIAL-USE attribute, as LIST returns it

# Providers that do not flag their spam folder \Junk (HELPDESKS.md, "Where providers keep
# spam"); imapclient's own fallback knows only "Junk" and "Spam".
SPAM_FOLDER_NAMES: tuple[str, ...] = (
    "[Gmail]/Spam",
    "[Google Mail]/Spam",
    "Junk",
    "Junk Email",
    "Junk E-mail",
    "Junk Mail",
    "Spam",
    "Bulk Mail",
    "Bulk",
    "Spamverdacht",
    "스팸편지함",
    "스팸메일함",
    "迷惑メール",
    "Courrier indésirable",
    "Correo no deseado",
)


@dataclass(frozen=True, slots=True)
class WatchedFolder:
    name: str
    in_spam: bool


@dataclass(frozen=True, slots=True)
class FolderListing:
    """What the server said about folders: one ``(flags, name)`` per LIST line."""

    folders: tuple[tuple[tuple[bytes, ...], str], ...]
    prefixes: tuple[str, ...]


def list_folders(client: IMAPClient) -> FolderListing:
    folders = tuple((tuple(flags), str(name)) for flags, _delimiter, name in client.list_folders())
    prefixes: list[str] = [""]
    if client.has_capability("NAMESPACE"):
        for prefix, _separator in client.namespace().personal or ():
            if prefix and str(prefix) not in prefixes:
                prefixes.append(str(prefix))
    return FolderListing(folders, tuple(prefixes))


def flagged_spam_folder(listing: FolderListing) -> str | None:
    """The folder the server flags ``\\Junk`` (RFC 6154 SPECIAL-USE), if any."""
    return next((name for flags, name in listing.folders if JUNK_FLAG in flags), None)


def find_spam_folder(listing: FolderListing) -> str | None:
    """The folder flagged ``\\Junk``, else the first common spam folder name that exists
    (under any personal namespace prefix, compared without case)."""
    flagged = flagged_spam_folder(listing)
    if flagged is not None:
        return flagged
    by_lower = {name.lower(): name for _flags, name in listing.folders}
    for candidate in SPAM_FOLDER_NAMES:
        for prefix in listing.prefixes:
            found = by_lower.get((prefix + candidate).lower())
            if found is not None:
                return found
    return None


def resolve_folders(
    listing: FolderListing, wanted: Sequence[str]
) -> tuple[list[WatchedFolder], list[str]]:
    """The folders to watch, and one problem line per wanted folder not found.

    ``\\Junk`` stands for the spam folder, whatever the server calls it.
    """
    existing = {name for _flags, name in listing.folders}
    by_lower = {name.lower(): name for name in existing}
    spam = find_spam_folder(listing)
    flags_of = {name: flags for flags, name in listing.folders}
    watched: list[WatchedFolder] = []
    problems: list[str] = []
    for name in wanted:
        if name.lower() == JUNK.lower():
            if spam is None:
                problems.append("no spam folder found (none flagged \\Junk, no common name)")
                continue
            resolved = spam
        elif name in existing:
            resolved = name
        elif name.lower() in by_lower:
            resolved = by_lower[name.lower()]  # INBOX is case-insensitive (RFC 3501 5.1)
        else:
            problems.append(f'folder "{name}" does not exist')
            continue
        if any(folder.name == resolved for folder in watched):
            continue
        in_spam = resolved == spam or JUNK_FLAG in flags_of.get(resolved, ())
        watched.append(WatchedFolder(resolved, in_spam))
    return watched, problems
