"""Store schema and its migrations, applied in order, each in the transaction that records it.

Adapter: SQL text only; no application logic.
"""

from __future__ import annotations

# "IWat": marks a SQLite file as ours, so a foreign database is never written to.
APPLICATION_ID = 0x49576174

MIGRATIONS: tuple[str, ...] = (
    # 1: requests, replies, cursors, suspicious and skipped mail
    """
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        vendor TEXT NOT NULL,
        ticket TEXT,
        subject TEXT,
        submitted TEXT NOT NULL,
        message_id TEXT,
        closed INTEGER NOT NULL DEFAULT 0,
        auto_registered INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE INDEX requests_vendor_ticket ON requests (vendor, ticket);
    CREATE TABLE replies (
        message_id TEXT PRIMARY KEY,
        request_id INTEGER REFERENCES requests (id),
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        in_spam INTEGER NOT NULL,
        vendor TEXT NOT NULL,
        sender TEXT NOT NULL,
        subject TEXT NOT NULL,
        date TEXT,
        ticket TEXT,
        kind TEXT NOT NULL,
        snippet TEXT NOT NULL,
        reason TEXT,
        thread_ids TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX replies_request ON replies (request_id);
    CREATE INDEX replies_date ON replies (date);
    CREATE TABLE cursors (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL,
        highest_modseq INTEGER,
        search_key TEXT,
        synced_at TEXT NOT NULL,
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE suspicious (
        message_id TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        vendor TEXT NOT NULL,
        sender TEXT NOT NULL,
        subject TEXT NOT NULL,
        date TEXT,
        reason TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE TABLE skipped (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        reason TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (account, folder, uidvalidity, uid)
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
