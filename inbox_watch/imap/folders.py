"""Folder discovery: the configured folder names, and the spam folder found by RFC 6154.

Adapter: reads LIST/NAMESPACE answers; never creates, renames or subscribes a folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from imapclient import IMAPClient

from inbox_watch.settings import JUNK, SENT

JUNK_FLAG = JUNK.encode()  # the SPECIAL-USE attribute, as LIST returns it
SENT_FLAG = SENT.encode()

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


# Providers and clients that do not flag their Sent folder \Sent (or servers without
# SPECIAL-USE): Gmail, Outlook/Exchange, Apple Mail, Courier-style "INBOX." namespaces,
# Naver and Daum (보낸편지함, 보낸메일함), and common localisations.
SENT_FOLDER_NAMES: tuple[str, ...] = (
    "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail",
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "보낸편지함",
    "보낸메일함",
    "送信済みメール",
    "送信済み",
    "Gesendet",
    "Gesendete Elemente",
    "Gesendete Objekte",
    "Envoyés",
    "Éléments envoyés",
    "Enviados",
    "Elementos enviados",
)


@dataclass(frozen=True, slots=True)
class WatchedFolder:
    name: str
    in_spam: bool
    sent: bool = False  # the user's own mail: read for their side of the conversation


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


def find_special_folder(
    listing: FolderListing,
    flag: bytes,
    names: Sequence[str],
    extra_prefixes: Sequence[str] = (),
) -> str | None:
    """The folder the server flags ``flag`` (RFC 6154 SPECIAL-USE), else the first of
    ``names`` that exists under a personal namespace prefix (or ``extra_prefixes``),
    compared without case."""
    flagged = next((name for flags, name in listing.folders if flag in flags), None)
    if flagged is not None:
        return flagged
    by_lower = {name.lower(): name for _flags, name in listing.folders}
    for candidate in names:
        for prefix in (*listing.prefixes, *extra_prefixes):
            found = by_lower.get((prefix + candidate).lower())
            if found is not None:
                return found
    return None


def find_spam_folder(listing: FolderListing) -> str | None:
    """The folder flagged ``\\Junk``, else the first common spam folder name that exists
    (under any personal namespace prefix, compared without case)."""
    return find_special_folder(listing, JUNK_FLAG, SPAM_FOLDER_NAMES)


def find_sent_folder(listing: FolderListing) -> str | None:
    """The folder flagged ``\\Sent``, else the first common Sent folder name that exists
    (under any personal namespace prefix, so ``INBOX.Sent`` too)."""
    return find_special_folder(listing, SENT_FLAG, SENT_FOLDER_NAMES, ("INBOX.", "INBOX/"))


def resolve_folders(
    listing: FolderListing, wanted: Sequence[str]
) -> tuple[list[WatchedFolder], list[str]]:
    """The folders to watch, and one problem line per wanted folder not found.

    ``\\Junk`` stands for the spam folder, ``\\Sent`` for the Sent folder, whatever the
    server calls them.
    """
    existing = {name for _flags, name in listing.folders}
    by_lower = {name.lower(): name for name in existing}
    spam = find_spam_folder(listing)
    sent = find_sent_folder(listing) if any(w.lower() == SENT.lower() for w in wanted) else None
    flags_of = {name: flags for flags, name in listing.folders}
    watched: list[WatchedFolder] = []
    problems: list[str] = []
    for name in wanted:
        if name.lower() == JUNK.lower():
            if spam is None:
                problems.append("no spam folder found (none flagged \\Junk, no common name)")
                continue
            resolved = spam
        elif name.lower() == SENT.lower():
            if sent is None:
                problems.append(
                    "no Sent folder found (none flagged \\Sent, no common name): your own"
                    " replies are not seen; name it in the account's folders"
                )
                continue
            resolved = sent
        elif name in existing:
            resolved = name
        elif name.lower() in by_lower:
            resolved = by_lower[name.lower()]  # INBOX is case-insensitive (RFC 3501 5.1)
        else:
            problems.append(f'folder "{name}" does not exist')
            continue
        if any(folder.name == resolved for folder in watched):
            continue
        flags = flags_of.get(resolved, ())
        is_sent = resolved == sent or SENT_FLAG in flags
        in_spam = not is_sent and (resolved == spam or JUNK_FLAG in flags)
        watched.append(WatchedFolder(resolved, in_spam, sent=is_sent))
    return watched, problems
