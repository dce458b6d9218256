"""Use case: scan the configured folders into the store (one pass; the daemon calls
``scan_folder_once`` per folder). Prints nothing, reads no config file.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from inbox_watch.app.rematch import rematch_unmatched
from inbox_watch.app.reports import FolderScan, ScanReport
from inbox_watch.core.classify import is_not_support_sender
from inbox_watch.core.matching import Matched
from inbox_watch.core.models import (
    AutoTrack,
    FolderCursor,
    MailMessage,
    Reply,
    ReplyKind,
    RequestId,
    SentMail,
    SentRole,
    SkippedMessage,
    SuspiciousMail,
    TrackedRequest,
)
from inbox_watch.core.sent import SentDecision, answered_by_index, triage_sent
from inbox_watch.core.sync_plan import (
    FetchPlan,
    SearchScope,
    folder_unchanged,
    new_uids,
    next_cursor,
    plan_fetch,
    scope_after,
)
from inbox_watch.core.triage import (
    NotVendorMail,
    SuspiciousSender,
    VendorReply,
    screen_sender,
    thread_ids_of,
    triage_message,
)
from inbox_watch.core.trust import server_vouched
from inbox_watch.core.vendors import VendorProfile, watched_vendors
from inbox_watch.credentials.sources import resolve_password
from inbox_watch.errors import UserError
from inbox_watch.imap.connection import connect, logout, map_imap_errors
from inbox_watch.imap.folders import WatchedFolder, list_folders, resolve_folders
from inbox_watch.imap.source import (
    FETCH_CHUNK,
    ReadOnlyFolder,
    folder_status,
    sender_search_criteria,
)
from inbox_watch.settings import AccountSettings, Settings
from inbox_watch.store.sqlite import Store, Transaction

if TYPE_CHECKING:
    from imapclient import IMAPClient

log = logging.getLogger(__name__)

# Replies cannot predate the request they answer; this margin covers clock skew and
# requests entered with an approximate date.
SUBMISSION_MARGIN = timedelta(days=7)


# -- scan


PasswordSource = Callable[[AccountSettings], str]


def scan(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    account_name: str | None = None,
    since: date | None = None,
    password_source: PasswordSource = resolve_password,
) -> ScanReport:
    """One pass over every configured folder of every (or one) account."""
    accounts = settings.require_accounts(account_name)
    report = ScanReport()
    for account in accounts:
        try:
            password = password_source(account)
            client = connect(account, password)
        except UserError as exc:
            report.errors.append(exc)
            _record_account_error(store, account, exc, now)
            continue
        try:
            scanner = AccountScanner(settings, store, account, client, now)
            scanner.scan_all(report, since)
        except UserError as exc:
            report.errors.append(exc)
            _record_account_error(store, account, exc, now)
        finally:
            logout(client)
    report.rematched = rematch_unmatched(store)
    return report


def _record_account_error(
    store: Store, account: AccountSettings, error: UserError, now: datetime
) -> None:
    """A failed `scan` of an account shows in `status` until a later sync succeeds."""
    with store.transaction() as tx:
        tx.record_account_error(account.name, str(error), now)


def scan_folder_once(
    settings: Settings,
    store: Store,
    account: AccountSettings,
    client: IMAPClient,
    folder: WatchedFolder,
    now: datetime,
    mode: str,
) -> FolderScan:
    """One pass over one folder on a logged-in connection (what each daemon wake-up
    does): read what is new, attach what a new request makes matchable, record the sync."""
    scanner = AccountScanner(settings, store, account, client, now)
    with map_imap_errors(account):
        result = scanner.scan_folder(folder, None)
    if result.new_requests or result.new_replies or result.user_mail or result.proposed:
        # What is new may settle waiting mail: a request registered, a reply threading
        # to a proposed request's mail, the user's reply to an unmatched message.
        rematch_unmatched(store)
    with store.transaction() as tx:
        tx.record_sync(account.name, folder.name, mode, now)
    return result


def search_senders(vendors: Sequence[VendorProfile]) -> list[str]:
    """The FROM terms for the server: each vendor domain's leading label, so the
    substring search also brings lookalikes (``openai-support.com``) to be flagged."""
    terms: set[str] = set()
    for vendor in vendors:
        for domain in vendor.domains:
            labels = domain.split(".")
            terms.add(labels[0] if len(labels) > 1 and len(labels[0]) >= 4 else domain)
    return sorted(terms)


def search_key_of(terms: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(terms).encode()).hexdigest()[:16]


class AccountScanner:
    """Scans the folders of one logged-in account into the store."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        account: AccountSettings,
        client: IMAPClient,
        now: datetime,
    ) -> None:
        self.settings = settings
        self.store = store
        self.account = account
        self.client = client
        self.now = now
        open_vendors = (request.vendor for request in store.requests() if not request.closed)
        self.vendors = watched_vendors(settings.vendor_profiles(), open_vendors)
        self.terms = search_senders(self.vendors)
        self.search_key = search_key_of(self.terms)
        # The Sent folder is searched by recipient: a scope of its own.
        self.sent_search_key = search_key_of(["sent:", *self.terms])

    # Read once per scanner, and only when a Sent folder has something new.
    @cached_property
    def auto_track(self) -> dict[str, AutoTrack]:
        return self.settings.auto_track_choices()

    @cached_property
    def answered_by(self) -> dict[str, RequestId]:
        return answered_by_index(self.store.replies())

    def scan_all(self, report: ScanReport, since: date | None) -> None:
        with map_imap_errors(self.account):
            listing = list_folders(self.client)
        folders, problems = resolve_folders(listing, self.account.folders)
        report.problems += [f'account "{self.account.name}": {p}' for p in problems]
        for folder in folders:
            with map_imap_errors(self.account):
                report.folders.append(self.scan_folder(folder, since))
            # `status` says when mail was last checked, by `scan` as by the daemon.
            with self.store.transaction() as tx:
                tx.record_sync(self.account.name, folder.name, "scan", self.now)

    def needed_since(self) -> date:
        """How far back a folder must be searched: replies cannot predate the oldest
        open request (minus a margin); with nothing tracked, the default window."""
        open_requests = [r for r in self.store.requests() if not r.closed]
        if not open_requests:
            return self.now.date() - timedelta(days=self.settings.scan.since_days)
        return min(r.submitted for r in open_requests) - SUBMISSION_MARGIN

    def scan_folder(self, folder: WatchedFolder, since: date | None) -> FolderScan:
        """Read what is new in one folder; ``since`` forces a rescan from that date."""
        result = FolderScan(self.account.name, folder.name, folder.in_spam, sent=folder.sent)
        stored = self.store.cursor(self.account.name, folder.name)
        cursor, scanned = stored if stored else (None, None)
        needed = self.needed_since()
        search_key = self.sent_search_key if folder.sent else self.search_key
        if since is None and cursor is not None:
            # STATUS answers "anything new?" without selecting the folder.
            status = folder_status(self.client, folder.name)
            if status is not None and folder_unchanged(
                cursor, *status, search_key, scanned, needed
            ):
                result.unchanged = True
                result.plan = "unchanged"
                return result
        source = ReadOnlyFolder(self.client, folder.name)
        state = source.open()
        if since is not None:
            plan = FetchPlan(True, 1, f"rescan since {since.isoformat()}")
        else:
            plan = plan_fetch(cursor, state.uidvalidity, search_key, scanned, needed)
        result.plan = plan.reason
        scope = scope_after(plan, search_key, scanned, since or needed)
        criteria_since = scope.since if plan.rescan else None
        fields = ("TO", "CC") if folder.sent else ("FROM",)
        found = source.search(
            sender_search_criteria(plan.min_uid, self.terms, criteria_since, fields)
        )
        uids = new_uids(found, plan.min_uid)
        result.candidates = len(uids)
        previous_last = 0 if plan.rescan or cursor is None else cursor.last_uid
        folder_pass = _FolderPass(
            self.account.name,
            source,
            folder,
            state.uidvalidity,
            scope,
            self.store.known_sent_ids() if folder.sent else self.store.known_reply_ids(),
            result,
        )
        scan_chunk = self._scan_sent_chunk if folder.sent else self._scan_chunk
        for start in range(0, len(uids), FETCH_CHUNK):
            scan_chunk(folder_pass, uids[start : start + FETCH_CHUNK])
        final = next_cursor(state.uidvalidity, state.uidnext, uids, previous_last)
        with self.store.transaction() as tx:
            tx.set_cursor(self.account.name, folder.name, final, scope)
        return result

    def _scan_chunk(self, folder_pass: _FolderPass, chunk: Sequence[int]) -> None:
        # Imported here: status, digest and track need no mail parser (start-up time).
        from inbox_watch.mail.parse import ParseFailure, parse_message

        screened = self._screen_headers(folder_pass, chunk)
        bodies = folder_pass.source.fetch_messages(screened.wanted, self.settings.scan.body_bytes)
        result = folder_pass.result
        result.messages_fetched += len(bodies)
        # One transaction for the chunk: replies, new requests and the cursor together,
        # so a crash here loses nothing and a rerun duplicates nothing.
        with self.store.transaction() as tx:
            batch = _Batch(tx, folder_pass, self.store.requests(), self.store.thread_index())
            for item in screened.skipped:
                tx.add_skipped(item)
                result.skipped += 1
            for uid, parsed in screened.decided_on_headers:
                self._record_safely(batch, uid, parsed)
            for uid in screened.wanted:
                raw = bodies.get(uid)
                if raw is None:
                    continue  # expunged between SEARCH and FETCH
                message = parse_message(raw)
                if isinstance(message, ParseFailure):
                    tx.add_skipped(folder_pass.skip(uid, message.reason))
                    result.skipped += 1
                    continue
                self._record_safely(batch, uid, message)
            tx.set_cursor(
                self.account.name,
                folder_pass.folder.name,
                FolderCursor(folder_pass.uidvalidity, max(chunk)),
                folder_pass.scope,
            )

    def _scan_sent_chunk(self, folder_pass: _FolderPass, chunk: Sequence[int]) -> None:
        """The user's own mail: headers are enough (recipients, subject, date, thread)."""
        from inbox_watch.mail.parse import ParseFailure, parse_headers

        headers = folder_pass.source.fetch_headers(chunk)
        result = folder_pass.result
        result.headers_fetched += len(headers)
        with self.store.transaction() as tx:
            batch = _Batch(tx, folder_pass, self.store.requests(), self.store.thread_index())
            for fetched in headers:
                parsed = parse_headers(fetched.header)
                if isinstance(parsed, ParseFailure):
                    tx.add_skipped(folder_pass.skip(fetched.uid, parsed.reason))
                    result.skipped += 1
                elif parsed.message_id in folder_pass.known:
                    result.already_recorded += 1
                else:
                    self._record_sent_safely(batch, fetched.uid, parsed)
            tx.set_cursor(
                self.account.name,
                folder_pass.folder.name,
                FolderCursor(folder_pass.uidvalidity, max(chunk)),
                folder_pass.scope,
            )

    def _record_sent_safely(
        self,
        batch: _Batch,
        uid: int,
        message: MailMessage,
    ) -> None:
        """One sent message; like ``_record_safely``, a fault skips it, not the scan."""
        result = batch.folder_pass.result
        try:
            decision = triage_sent(
                message,
                self.vendors,
                batch.requests,
                batch.thread_index,
                self.answered_by,
                self.auto_track,
            )
            if decision is None:
                result.not_vendor_mail += 1
            else:
                self._record_sent(batch, message, decision)
        except Exception as exc:  # one bad message must not stop the scan
            self._skip_after_fault(batch, uid, exc)

    def _record_sent(self, batch: _Batch, message: MailMessage, decision: SentDecision) -> None:
        result = batch.folder_pass.result
        sent_on = message.date or self.now
        request_id = decision.request_id
        if decision.track:
            request = batch.tx.add_request(
                decision.vendor.slug, None, message.subject or None, sent_on.date(),
                message.message_id,
            )  # fmt: skip
            batch.requests.append(request)
            request_id = request.id
            result.new_requests += 1
        elif decision.adopt and request_id is not None:
            batch.tx.adopt_origin(request_id, message.message_id, sent_on.date())
        batch.folder_pass.known.add(message.message_id)
        batch.tx.add_sent(
            SentMail(
                message_id=message.message_id,
                account=self.account.name,
                folder=batch.folder_pass.folder.name,
                vendor=decision.vendor.slug,
                recipient=decision.recipient,
                subject=message.subject,
                date=sent_on,
                role=decision.role,
                request_id=request_id,
                thread_ids=thread_ids_of(message),
                reason=decision.reason,
            )
        )
        if request_id is not None:
            batch.thread_index[message.message_id] = request_id
        if decision.role is SentRole.PROPOSED:
            result.proposed += 1
        else:
            result.user_mail += 1

    def _screen_headers(self, folder_pass: _FolderPass, chunk: Sequence[int]) -> _Screened:
        """Header-only pass: suspicious senders and a vendor's receipts/newsletters are
        decided here, their bodies never downloaded; trusted vendor mail is wanted."""
        from inbox_watch.mail.parse import ParseFailure, parse_headers

        headers = folder_pass.source.fetch_headers(chunk)
        folder_pass.result.headers_fetched += len(headers)
        screened = _Screened()
        for fetched in headers:
            parsed = parse_headers(fetched.header)
            if isinstance(parsed, ParseFailure):
                screened.skipped.append(folder_pass.skip(fetched.uid, parsed.reason))
                continue
            if parsed.message_id in folder_pass.known:
                # recorded before: a rescan, or the same mail in two folders
                folder_pass.result.already_recorded += 1
                continue
            verdict = screen_sender(
                parsed,
                self.vendors,
                own_addresses=self.account.own_addresses,
                authserv_id=self.account.authserv_id,
            )
            if isinstance(verdict, NotVendorMail):
                folder_pass.result.not_vendor_mail += 1
                continue
            if isinstance(verdict, SuspiciousSender) or is_not_support_sender(
                parsed.sender, verdict
            ):
                screened.decided_on_headers.append((fetched.uid, parsed))
            else:
                screened.wanted.append(fetched.uid)
        return screened

    def _record_safely(self, batch: _Batch, uid: int, message: MailMessage) -> None:
        try:
            self._record(batch, message)
        except Exception as exc:  # one bad message must not stop the scan
            self._skip_after_fault(batch, uid, exc)

    def _skip_after_fault(self, batch: _Batch, uid: int, exc: Exception) -> None:
        """Record a message a fault stopped as skipped, with the reason; log its type only."""
        log.warning(
            'account "%s" folder "%s" UID %d: skipped: %s',
            self.account.name,
            batch.folder_pass.folder.name,
            uid,
            type(exc).__name__,
        )
        log.debug("skipped message", exc_info=True)
        reason = f"internal error: {type(exc).__name__}: {exc}"[:300]
        batch.tx.add_skipped(batch.folder_pass.skip(uid, reason))
        batch.folder_pass.result.skipped += 1

    def _record(self, batch: _Batch, message: MailMessage) -> None:
        from inbox_watch.mail.parse import make_snippet

        known = batch.folder_pass.known
        result = batch.folder_pass.result
        if message.message_id in known:
            result.already_recorded += 1
            return
        decision = triage_message(
            message,
            self.vendors,
            batch.requests,
            batch.thread_index,
            own_addresses=self.account.own_addresses,
            authserv_id=self.account.authserv_id,
        )
        if isinstance(decision, NotVendorMail):
            result.not_vendor_mail += 1
            return
        folder = batch.folder_pass.folder
        if isinstance(decision, SuspiciousSender):
            # Not "known": a spoof that takes a genuine reply's Message-ID first must
            # not make the genuine reply a duplicate.
            self._record_suspicious(batch, message, decision)
            return
        known.add(message.message_id)
        request_id, reason = self._resolve_request(batch, decision, message)
        reply = Reply(
            message_id=message.message_id,
            account=self.account.name,
            folder=folder.name,
            in_spam=folder.in_spam,
            vendor=decision.vendor.slug,
            sender=message.sender,
            subject=message.subject,
            date=message.date or self.now,
            ticket=decision.ticket,
            kind=decision.kind,
            snippet=make_snippet(message.new_text or message.body_text),
            request_id=request_id,
            reason=reason,
            thread_ids=thread_ids_of(message),
            verified=server_vouched(message, decision.vendor, self.account.authserv_id),
        )
        if not batch.tx.add_reply(reply):
            result.already_recorded += 1
        elif decision.kind is ReplyKind.NOT_SUPPORT:
            result.not_support += 1
        else:
            result.new_replies += 1
        if request_id is not None:
            batch.thread_index[message.message_id] = request_id

    def _record_suspicious(
        self, batch: _Batch, message: MailMessage, decision: SuspiciousSender
    ) -> None:
        added = batch.tx.add_suspicious(
            SuspiciousMail(
                message.message_id,
                self.account.name,
                batch.folder_pass.folder.name,
                decision.vendor.slug,
                message.sender,
                message.subject,
                message.date,
                decision.reason,
            )
        )
        if added:
            batch.folder_pass.result.suspicious += 1
        else:
            batch.folder_pass.result.already_recorded += 1

    def _resolve_request(
        self, batch: _Batch, decision: VendorReply, message: MailMessage
    ) -> tuple[RequestId | None, str | None]:
        requests = batch.requests
        if isinstance(decision.outcome, Matched):
            if decision.fill_ticket is not None and decision.ticket is not None:
                batch.tx.set_ticket(decision.fill_ticket, decision.ticket)
                requests[:] = [
                    _with_ticket(r, decision.ticket) if r.id == decision.fill_ticket else r
                    for r in requests
                ]
            if decision.merge_into is not None and decision.ticket is not None:
                return self._merge(batch, decision.outcome.request_id, decision.merge_into,
                                   decision.ticket), None  # fmt: skip
            return decision.outcome.request_id, None
        if decision.register:
            received = (message.date or self.now).date()
            request = batch.tx.add_request(
                decision.vendor.slug,
                decision.ticket,
                message.subject,
                received,
                auto_registered=True,
            )
            requests.append(request)
            batch.folder_pass.result.new_requests += 1
            return request.id, None
        return None, decision.outcome.reason

    @staticmethod
    def _merge(batch: _Batch, duplicate: RequestId, into: RequestId, ticket: str) -> RequestId:
        """The auto-registered ``duplicate`` is the user's ``into``: one request remains."""
        batch.tx.merge_request(duplicate, into)
        batch.requests[:] = [
            _with_ticket(r, ticket) if r.id == into and r.ticket is None else r
            for r in batch.requests
            if r.id != duplicate
        ]
        for message_id, request_id in batch.thread_index.items():
            if request_id == duplicate:
                batch.thread_index[message_id] = into
        batch.folder_pass.result.merged_requests += 1
        return into


@dataclass
class _Screened:
    """What the header pass decided for one chunk."""

    skipped: list[SkippedMessage] = field(default_factory=list)
    decided_on_headers: list[tuple[int, MailMessage]] = field(default_factory=list)
    wanted: list[int] = field(default_factory=list)


@dataclass
class _FolderPass:
    """One pass over one folder: where it reads, and what it has seen and counted."""

    account: str
    source: ReadOnlyFolder
    folder: WatchedFolder
    uidvalidity: int
    scope: SearchScope
    known: set[str]
    result: FolderScan

    def skip(self, uid: int, reason: str) -> SkippedMessage:
        return SkippedMessage(self.account, self.folder.name, self.uidvalidity, uid, reason)


@dataclass
class _Batch:
    """The state one chunk's transaction works on."""

    tx: Transaction
    folder_pass: _FolderPass
    requests: list[TrackedRequest]
    thread_index: dict[str, RequestId]


def _with_ticket(request: TrackedRequest, ticket: str) -> TrackedRequest:
    return TrackedRequest(
        request.id,
        request.vendor,
        ticket,
        request.subject,
        request.submitted,
        request.message_id,
        request.closed,
        request.auto_registered,
    )
