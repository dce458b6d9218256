"""Read-only access to one IMAP folder: select, narrow on the server, fetch with PEEK.

Adapter: exposes no mutating call at all; folders are selected read-only (EXAMINE) and
bodies fetched with BODY.PEEK, so nothing is marked read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from imapclient import IMAPClient

from inbox_watch.errors import ServerProtocolError

FETCH_CHUNK = 200


@dataclass(frozen=True, slots=True)
class FolderState:
    uidvalidity: int
    uidnext: int | None
    highest_modseq: int | None
    exists: int


@dataclass(frozen=True, slots=True)
class FetchedHeader:
    uid: int
    header: bytes
    size: int


def _int(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, bytes | str) and str(value).isdigit():
        return int(value)
    return None


def sender_search_criteria(
    min_uid: int, senders: Sequence[str], since: date | None, fields: Sequence[str] = ("FROM",)
) -> list[object]:
    """``UID n:* [SINCE d] OR FROM a OR FROM b FROM c`` as imapclient criteria; with
    ``fields=("TO", "CC")`` the same over recipients (the Sent folder).

    FROM is a substring match on the server (it also finds lookalikes such as
    ``openai.com.evil.example``); the sender is checked exactly after parsing.
    """
    criteria: list[object] = ["UID", f"{min_uid}:*"]
    if since is not None:
        criteria += ["SINCE", since]
    keys = [(field, sender) for sender in senders for field in fields]
    if not keys:
        return criteria
    for field, sender in keys[:-1]:
        criteria += ["OR", field, sender]
    criteria += list(keys[-1])
    return criteria


def _chunks(uids: Sequence[int], size: int = FETCH_CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(uids), size):
        yield uids[start : start + size]


class ReadOnlyFolder:
    """One folder of a logged-in session, opened read-only."""

    def __init__(self, client: IMAPClient, name: str) -> None:
        self._client = client
        self.name = name

    def open(self) -> FolderState:
        info = self._client.select_folder(self.name, readonly=True)
        uidvalidity = _int(info.get(b"UIDVALIDITY"))
        if uidvalidity is None:
            raise ServerProtocolError(
                f'folder "{self.name}": the server sent no UIDVALIDITY (RFC 3501 requires it).',
                "This server cannot be read safely; report it to its operator.",
            )
        return FolderState(
            uidvalidity=uidvalidity,
            uidnext=_int(info.get(b"UIDNEXT")),
            highest_modseq=_int(info.get(b"HIGHESTMODSEQ")),
            exists=_int(info.get(b"EXISTS")) or 0,
        )

    def search(self, criteria: list[object]) -> list[int]:
        return [int(uid) for uid in self._client.search(criteria)]

    def find_message_id(self, message_id: str) -> list[int]:
        """UIDs of the messages whose Message-ID header contains ``message_id``."""
        return self.search(["HEADER", "Message-ID", message_id])

    def fetch_headers(self, uids: Sequence[int]) -> list[FetchedHeader]:
        fetched: list[FetchedHeader] = []
        for chunk in _chunks(uids):
            response = self._client.fetch(chunk, [b"BODY.PEEK[HEADER]", b"RFC822.SIZE"])
            for uid in chunk:
                data = response.get(uid)
                if data is None:
                    continue  # expunged meanwhile
                header = data.get(b"BODY[HEADER]") or b""
                fetched.append(FetchedHeader(uid, header, _int(data.get(b"RFC822.SIZE")) or 0))
        return fetched

    def fetch_messages(self, uids: Sequence[int], max_bytes: int) -> dict[int, bytes]:
        """At most ``max_bytes`` of each message (a partial fetch, RFC 3501 6.4.5)."""
        messages: dict[int, bytes] = {}
        for chunk in _chunks(uids):
            response = self._client.fetch(chunk, [f"BODY.PEEK[]<0.{max_bytes}>".encode()])
            for uid in chunk:
                data = response.get(uid)
                if data is None:
                    continue
                body = data.get(b"BODY[]<0>")
                if body is None:
                    body = data.get(b"BODY[]")
                if body is not None:
                    messages[uid] = bytes(body)
        return messages


def folder_status(client: IMAPClient, name: str) -> tuple[int, int] | None:
    """``(UIDVALIDITY, UIDNEXT)`` from STATUS, without selecting the folder."""
    status = client.folder_status(name, [b"UIDVALIDITY", b"UIDNEXT"])
    uidvalidity = _int(status.get(b"UIDVALIDITY"))
    uidnext = _int(status.get(b"UIDNEXT"))
    if uidvalidity is None or uidnext is None:
        return None
    return uidvalidity, uidnext
