"""Finding the special folders from a LIST answer (plain values; the LIST itself is
tested on Dovecot in integration/)."""

from __future__ import annotations

from inbox_watch.imap.drafts import find_drafts_folder
from inbox_watch.imap.folders import (
    FolderListing,
    find_sent_folder,
    find_spam_folder,
    resolve_folders,
)


def listing(*names: str, flagged: dict[str, bytes] | None = None) -> FolderListing:
    flags = flagged or {}
    return FolderListing(
        tuple(((flags[name],) if name in flags else (), name) for name in names), ("",)
    )


def test_the_sent_folder_is_found_by_flag_then_by_the_providers_names() -> None:
    assert find_sent_folder(listing("INBOX", "Sent", "Outbox", flagged={"Outbox": b"\\Sent"})) == (
        "Outbox"
    )
    assert find_sent_folder(listing("INBOX", "[Gmail]/Sent Mail")) == "[Gmail]/Sent Mail"
    assert find_sent_folder(listing("INBOX", "sent items")) == "sent items"
    assert find_sent_folder(listing("INBOX", "보낸편지함")) == "보낸편지함"
    assert find_sent_folder(listing("INBOX", "INBOX.Sent")) == "INBOX.Sent"  # Courier style
    assert find_sent_folder(listing("INBOX", "Archive")) is None


def test_drafts_and_spam_use_the_same_lookup() -> None:
    assert find_drafts_folder(listing("INBOX", "임시보관함")) == "임시보관함"
    assert find_drafts_folder(listing("INBOX", "Entwürfe", flagged={"Entwürfe": b"\\Drafts"}))
    assert find_spam_folder(listing("INBOX", "Junk E-mail")) == "Junk E-mail"
    # The spam lookup keeps to the server's namespace prefixes.
    assert find_spam_folder(listing("INBOX", "INBOX.Junk")) is None


def test_resolve_folders_marks_the_sent_folder_and_says_when_there_is_none() -> None:
    watched, problems = resolve_folders(listing("INBOX", "Sent Messages"), ["INBOX", "\\Sent"])
    assert [(f.name, f.in_spam, f.sent) for f in watched] == [
        ("INBOX", False, False),
        ("Sent Messages", False, True),
    ]
    assert problems == []
    _, problems = resolve_folders(listing("INBOX"), ["INBOX", "\\Sent"])
    assert problems[0].startswith("no Sent folder found")
