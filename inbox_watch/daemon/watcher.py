"""One folder of one account, watched on its own connection: IDLE or poll, reconnect
with backoff. Each pass is the scan use case (``app.scan.scan_folder_once``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from imapclient import IMAPClient

from inbox_watch.app.scan import scan_folder_once
from inbox_watch.core.backoff import BackoffPolicy, backoff_delay
from inbox_watch.credentials.sources import resolve_password
from inbox_watch.daemon.timing import jitter, utcnow
from inbox_watch.errors import AuthenticationError, ConfigError, UserError
from inbox_watch.imap.connection import close_quietly, connect, logout, map_imap_errors
from inbox_watch.imap.folders import WatchedFolder, list_folders, resolve_folders
from inbox_watch.imap.idle import enable_keepalive, idle_until_new_mail, release_folder
from inbox_watch.imap.source import ReadOnlyFolder
from inbox_watch.logs import SecretFilter
from inbox_watch.settings import AccountSettings, Settings
from inbox_watch.store.sqlite import Store

log = logging.getLogger("inbox_watch.daemon")


@dataclass
class Shared:
    """What every watcher of one daemon shares."""

    settings: Settings
    store_path: Path
    secrets: SecretFilter
    changed: Callable[[], None]
    # Scans are serialised: two folders' batches never interleave in the store, so an
    # auto-registered request cannot be created twice from INBOX and spam at once.
    scan_lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)


class FolderWatcher(threading.Thread):
    """One account's one folder, on a connection of its own: IDLE on INBOX where the
    server offers it, else a poll every ``poll_interval``; reconnects with backoff."""

    def __init__(self, shared: Shared, account: AccountSettings, spec: str) -> None:
        super().__init__(name=f"watch:{account.name}:{spec}", daemon=True)
        self.shared = shared
        self.account = account
        self.spec = spec
        self.folder_name = spec
        self.mode = "idle" if self._may_idle(spec) else "poll"
        self.wake = threading.Event()
        self.attempt = 0
        daemon = shared.settings.daemon
        self.network_policy = BackoffPolicy(daemon.reconnect_min, daemon.reconnect_max)
        self.slow_policy = BackoffPolicy(daemon.auth_retry_min, daemon.auth_retry_max)

    def _may_idle(self, name: str) -> bool:
        return self.shared.settings.daemon.idle and name.upper() == "INBOX"

    @property
    def where(self) -> str:
        return f'account "{self.account.name}" folder "{self.folder_name}"'

    def interrupted(self) -> bool:
        return self.shared.stop.is_set() or self.wake.is_set()

    def run(self) -> None:
        try:
            store = Store(self.shared.store_path)
        except UserError as exc:
            log.error("%s: cannot open the store: %s", self.where, exc)
            return
        with store:
            self._run(store)

    def _run(self, store: Store) -> None:
        while not self.shared.stop.is_set():
            self.wake.clear()
            client: IMAPClient | None = None
            policy = self.network_policy
            try:
                password = resolve_password(self.account, stop=self.shared.stop)
                self.shared.secrets.add(password)
                client = connect(self.account, password)
                with map_imap_errors(self.account):
                    enable_keepalive(client)
                    folder = self._resolve(client)
                self._watch(store, client, folder)
                logout(client)  # stopping: say goodbye properly
                client = None
                return
            except (AuthenticationError, ConfigError) as exc:
                policy, error = self.slow_policy, str(exc)
            except UserError as exc:
                error = str(exc)
            except Exception as exc:  # per-connection boundary: the watcher must go on
                error = f"{self.where}: unexpected {type(exc).__name__}: {exc}"
                log.debug("%s: unexpected error", self.where, exc_info=True)
            finally:
                if client is not None:
                    close_quietly(client)  # the session is broken: no LOGOUT round trip
            if self.shared.stop.is_set():
                return
            self._record_error(store, error)
            delay = backoff_delay(self.attempt, policy, jitter.random())
            self.attempt += 1
            level = logging.ERROR if policy is self.slow_policy else logging.WARNING
            log.log(
                level,
                "%s; retrying in %.1f s",
                error.rstrip("."),
                delay,
                extra={"account": self.account.name, "folder": self.folder_name},
            )
            if self.wake.wait(delay) and not self.shared.stop.is_set():
                self.attempt = 0  # woken on purpose (clock jump, reload): retry now

    def _resolve(self, client: IMAPClient) -> WatchedFolder:
        folders, problems = resolve_folders(list_folders(client), [self.spec])
        if not folders:
            raise ConfigError(
                f'account "{self.account.name}": {problems[0]}.',
                "Fix folders in the config, then send SIGHUP.",
            )
        folder = folders[0]
        self.folder_name = folder.name
        self.mode = "idle" if self._may_idle(folder.name) else "poll"
        if self.mode == "idle" and not client.has_capability("IDLE"):
            self.mode = "poll"
            log.info("%s: the server does not offer IDLE; polling", self.where)
        return folder

    def _watch(self, store: Store, client: IMAPClient, folder: WatchedFolder) -> None:
        daemon = self.shared.settings.daemon
        while not self.shared.stop.is_set():
            self.wake.clear()
            self._scan(store, client, folder)
            if self.shared.stop.is_set():
                return
            if self.mode == "poll":
                with map_imap_errors(self.account):
                    release_folder(client)
                self.wake.wait(daemon.poll_interval)
                continue
            with map_imap_errors(self.account):
                state = ReadOnlyFolder(client, folder.name).open()
            stored = store.cursor(self.account.name, folder.name)
            # Dovecot announces only what arrives while idling: mail that came after the
            # scan's SELECT would wait for the next event. UIDNEXT tells.
            if stored and state.uidnext is not None and state.uidnext > stored[0].last_uid + 1:
                continue
            with map_imap_errors(self.account):
                new_mail = idle_until_new_mail(
                    client,
                    reissue_after=daemon.idle_reissue,
                    interrupted=self.interrupted,
                    where=self.where,
                )
            log.debug("%s: IDLE ended (%s)", self.where, "new mail" if new_mail else "re-issue")
            with map_imap_errors(self.account):
                release_folder(client)

    def _scan(self, store: Store, client: IMAPClient, folder: WatchedFolder) -> None:
        with self.shared.scan_lock:
            result = scan_folder_once(
                self.shared.settings, store, self.account, client, folder, utcnow(), self.mode
            )
        self.attempt = 0
        if result.new_replies or result.new_requests or result.suspicious:
            log.info(
                "%s: %d new repl%s, %d new request(s), %d suspicious",
                self.where,
                result.new_replies,
                "y" if result.new_replies == 1 else "ies",
                result.new_requests,
                result.suspicious,
                extra={"account": self.account.name, "folder": folder.name},
            )
            self.shared.changed()
        else:
            log.debug("%s: %s, nothing new", self.where, result.plan)

    def _record_error(self, store: Store, error: str) -> None:
        try:
            with store.transaction() as tx:
                tx.record_error(self.account.name, self.folder_name, self.mode, error, utcnow())
        except UserError as exc:
            log.warning("%s: could not record the error: %s", self.where, exc)
