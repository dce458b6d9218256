"""Folder discovery: the configured folder names, and the spam folder found by RFC 6154.

Adapter: reads LIST/NAMESPACE answers; never creates, renames or subscribes a folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from imapclient import IMAPClient

JUNK_ALIAS = "\\Junk"
_JUNK_FLAG = b"\\Junk"

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


def find_spam_folder(listing: FolderListing) -> str | None:
    """The folder flagged ``\\Junk``, else the first common spam folder name that exists
    (under any personal namespace prefix, compared without case)."""
    for flags, name in listing.folders:
        if _JUNK_FLAG in flags:
            return name
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
        if name.lower() == JUNK_ALIAS.lower():
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
        in_spam = resolved == spam or _JUNK_FLAG in flags_of.get(resolved, ())
        watched.append(WatchedFolder(resolved, in_spam))
    return watched, problems
