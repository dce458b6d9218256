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
    # 2: the daemon: notifications sent once, folder health, the daemon's own record
    """
    CREATE TABLE notifications (
        key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        channels_done TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX notifications_pending ON notifications (next_attempt_at)
        WHERE sent_at IS NULL;
    CREATE TABLE account_health (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        mode TEXT NOT NULL,
        last_success TEXT,
        last_error TEXT,
        last_error_at TEXT,
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE daemon (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        started_at TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL,
        heartbeat_interval REAL NOT NULL,
        stopped_at TEXT,
        notify_since TEXT NOT NULL
    );
    """,
    # 3: the user's side: sent mail to vendors, corrections that win over the rules
    """
    CREATE TABLE sent (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id TEXT NOT NULL UNIQUE,
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        vendor TEXT NOT NULL,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        date TEXT,
        role TEXT NOT NULL,
        request_id INTEGER REFERENCES requests (id),
        thread_ids TEXT NOT NULL DEFAULT '',
        reason TEXT,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX sent_request ON sent (request_id);
    CREATE TABLE corrections (
        message_id TEXT PRIMARY KEY,
        request_id INTEGER REFERENCES requests (id),
        unlinked INTEGER NOT NULL DEFAULT 0,
        kind TEXT,
        corrected_at TEXT NOT NULL
    );
    ALTER TABLE requests ADD COLUMN corrected TEXT NOT NULL DEFAULT '';
    CREATE VIEW replies_seen AS
    SELECT r.message_id,
        CASE WHEN c.unlinked = 1 THEN NULL ELSE coalesce(c.request_id, r.request_id) END
            AS request_id,
        r.account, r.folder, r.in_spam, r.vendor, r.sender, r.subject, r.date, r.ticket,
        coalesce(c.kind, r.kind) AS kind,
        r.snippet,
        CASE WHEN c.unlinked = 1 THEN 'unlinked by you (`track link` attaches it again)'
            WHEN c.request_id IS NOT NULL THEN NULL ELSE r.reason END AS reason,
        r.thread_ids, r.recorded_at,
        trim(CASE WHEN c.request_id IS NOT NULL OR c.unlinked = 1 THEN 'request ' ELSE '' END
            || CASE WHEN c.kind IS NOT NULL THEN 'kind' ELSE '' END) AS corrected
    FROM replies AS r LEFT JOIN corrections AS c ON c.message_id = r.message_id
    """,
    # 4: whether the user's own server vouched for each reply's sender (NULL: recorded
    # before this was kept)
    """
    ALTER TABLE replies ADD COLUMN verified INTEGER;
    DROP VIEW replies_seen;
    CREATE VIEW replies_seen AS
    SELECT r.message_id,
        CASE WHEN c.unlinked = 1 THEN NULL ELSE coalesce(c.request_id, r.request_id) END
            AS request_id,
        r.account, r.folder, r.in_spam, r.vendor, r.sender, r.subject, r.date, r.ticket,
        coalesce(c.kind, r.kind) AS kind,
        r.snippet,
        CASE WHEN c.unlinked = 1 THEN 'unlinked by you (`track link` attaches it again)'
            WHEN c.request_id IS NOT NULL THEN NULL ELSE r.reason END AS reason,
        r.thread_ids, r.recorded_at,
        trim(CASE WHEN c.request_id IS NOT NULL OR c.unlinked = 1 THEN 'request ' ELSE '' END
            || CASE WHEN c.kind IS NOT NULL THEN 'kind' ELSE '' END) AS corrected,
        r.verified
    FROM replies AS r LEFT JOIN corrections AS c ON c.message_id = r.message_id
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
