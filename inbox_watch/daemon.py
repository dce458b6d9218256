"""The long-running watcher: IDLE and polling per folder, reconnects, signals, the lock,
notifications. Adapter: wires the scan use case to time; the rules are in inbox_watch/core.

Must not print (it logs), must not decide what a reply is (service.py and the core do),
and must never log a secret: every line goes through :class:`SecretFilter`.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import random
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType

from imapclient import IMAPClient

from inbox_watch.core.backoff import BackoffPolicy, backoff_delay
from inbox_watch.core.events import EventKind, PendingNotification, due_notifications
from inbox_watch.core.watch import ClockReading, clock_jump
from inbox_watch.errors import (
    AuthenticationError,
    ConfigError,
    DaemonAlreadyRunningError,
    UserError,
)
from inbox_watch.imap.connection import _close_quietly, connect, logout, map_imap_errors
from inbox_watch.imap.folders import WatchedFolder, list_folders, resolve_folders
from inbox_watch.imap.idle import enable_keepalive, idle_until_new_mail, release_folder
from inbox_watch.imap.source import ReadOnlyFolder
from inbox_watch.notify.apprise import Channel, make_channels
from inbox_watch.service import AccountScanner, build_status, rematch_unmatched
from inbox_watch.settings import AccountSettings, Settings, load_settings, resolve_password
from inbox_watch.store.sqlite import Store

log = logging.getLogger(__name__)

# A wall clock that moves this much more than the monotonic one means suspend/resume
# or a clock step: every connection is suspect and every folder is checked at once.
CLOCK_JUMP_TOLERANCE = 10.0
# Overdue requests and notification retries are looked at this often (seconds).
NOTIFY_CHECK_INTERVAL = 30.0
# SIGTERM: watchers get this long to end IDLE and log out before the process exits.
SHUTDOWN_GRACE = 4.0
# Main-loop slice: signal flags are seen within this many seconds.
TICK = 0.2

_random = random.SystemRandom()


def utcnow() -> datetime:
    return datetime.now(UTC)


# -- logging --------------------------------------------------------------------------


class SecretFilter(logging.Filter):
    """Replaces every registered secret (passwords, notification URLs) by ``***`` in
    each record a handler emits, tracebacks included: the last line of defence."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secret: str | None) -> None:
        if secret and len(secret) >= 3:
            with self._lock:
                self._secrets.add(secret)

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for journald, Loki, Elastic and the like."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("account", "folder", "event"):
            value = record.__dict__.get(key)
            if value is not None:
                entry[key] = value
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: int, log_format: str, secrets: SecretFilter) -> None:
    """Human-readable lines (or JSON) on stderr, every line through ``secrets``."""
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(secrets)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # imaplib/imapclient log protocol lines at debug level, LOGIN and its password
    # included; apprise logs its own failures, which the daemon reports itself.
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    for noisy in ("apprise", "urllib3", "requests", "markdown", "mailparser"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


# -- the lock -------------------------------------------------------------------------


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


@contextlib.contextmanager
def daemon_lock(store_path: Path) -> Iterator[None]:
    """One daemon per store: an flock on ``<store>.lock`` holding the pid. The kernel
    releases it when the process dies, so a crash leaves no stale lock."""
    path = lock_path(store_path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise DaemonAlreadyRunningError(
                f"an inbox-watch daemon (pid {holder}) is already running on store {store_path}.",
                "Stop it first (kill -TERM that pid, or systemctl --user stop inbox-watch); "
                "scan, status and digest work while it runs.",
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# -- one folder -----------------------------------------------------------------------


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
                password = resolve_password(self.account)
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
                    _close_quietly(client)  # the session is broken: no LOGOUT round trip
            if self.shared.stop.is_set():
                return
            self._record_error(store, error)
            delay = backoff_delay(self.attempt, policy, _random.random())
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
            scanner = AccountScanner(self.shared.settings, store, self.account, client, utcnow())
            with map_imap_errors(self.account):
                result = scanner.scan_folder(folder, None)
            if result.new_requests:
                rematch_unmatched(store)
            with store.transaction() as tx:
                tx.record_sync(self.account.name, folder.name, self.mode, utcnow())
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


# -- the daemon -----------------------------------------------------------------------


class Daemon:
    """Runs until SIGTERM/SIGINT; SIGHUP reloads the configuration."""

    def __init__(
        self,
        settings: Settings,
        *,
        config_path: Path | None,
        account_name: str | None,
        secrets: SecretFilter,
    ) -> None:
        self.settings = settings
        self.config_path = config_path
        self.account_name = account_name
        self.secrets = secrets
        self.store_path = settings.store.path
        self.channels: list[Channel] = make_channels(self._urls(settings))
        self.watchers: list[FolderWatcher] = []
        self.shared: Shared | None = None
        self._wakeup = threading.Event()
        self._changed = threading.Event()
        self._stop_requested = False
        self._reload_requested = False
        self._pid = os.getpid()

    def _urls(self, settings: Settings) -> list[str]:
        urls = [url.get_secret_value() for url in settings.notify.urls]
        for url in urls:
            self.secrets.add(url)
        return urls

    def _accounts(self, settings: Settings) -> Sequence[AccountSettings]:
        if not settings.accounts:
            raise ConfigError(
                "no IMAP account is configured.",
                "Add an [[accounts]] section (see config/inbox-watch.example.toml).",
            )
        if self.account_name is not None:
            return [settings.account(self.account_name)]
        return settings.accounts

    # -- signals --

    def _on_stop(self, signum: int, frame: FrameType | None) -> None:
        # Only flags here: a handler that takes a lock could deadlock the main thread.
        self._stop_requested = True

    def _on_reload(self, signum: int, frame: FrameType | None) -> None:
        self._reload_requested = True

    def run(self) -> None:
        """Lock the store, catch up, watch; return once stopped (exit status 0)."""
        self._accounts(self.settings)
        with daemon_lock(self.store_path), Store(self.store_path) as store:
            previous = {
                signum: signal.signal(signum, handler)
                for signum, handler in (
                    (signal.SIGTERM, self._on_stop),
                    (signal.SIGINT, self._on_stop),
                    (signal.SIGHUP, self._on_reload),
                )
            }
            try:
                self._run(store)
            finally:
                for signum, handler in previous.items():
                    signal.signal(signum, handler)

    def _run(self, store: Store) -> None:
        with store.transaction() as tx:
            self.notify_since = tx.daemon_started(
                self._pid, socket.gethostname(), utcnow(), self.settings.daemon.heartbeat
            )
        log.info(
            "daemon started (pid %d), store %s, %d notification channel(s)",
            self._pid,
            self.store_path,
            len(self.channels),
        )
        self._start_watchers()
        try:
            self._loop(store)
        finally:
            started = time.monotonic()
            self._stop_watchers()
            with store.transaction() as tx:
                tx.daemon_stopped(self._pid, utcnow())
            log.info("daemon stopped (%.1f s to close connections)", time.monotonic() - started)

    def _start_watchers(self) -> None:
        self.shared = Shared(self.settings, self.store_path, self.secrets, self._on_change)
        self.watchers = [
            FolderWatcher(self.shared, account, spec)
            for account in self._accounts(self.settings)
            for spec in dict.fromkeys(account.folders)
        ]
        for watcher in self.watchers:
            watcher.start()

    def _stop_watchers(self) -> None:
        if self.shared is None:
            return
        self.shared.stop.set()
        for watcher in self.watchers:
            watcher.wake.set()
        deadline = time.monotonic() + SHUTDOWN_GRACE
        for watcher in self.watchers:
            watcher.join(max(0.0, deadline - time.monotonic()))
            if watcher.is_alive():
                # A daemon thread stuck on a dead socket: the process exits anyway, and
                # SQLite rolls back whatever transaction it had open.
                log.warning("%s did not stop within %.0f s", watcher.where, SHUTDOWN_GRACE)

    def _on_change(self) -> None:
        self._changed.set()
        self._wakeup.set()

    def _loop(self, store: Store) -> None:
        daemon = self.settings.daemon
        last = ClockReading(time.time(), time.monotonic())
        next_heartbeat = last.monotonic + daemon.heartbeat
        next_check = last.monotonic  # overdue requests and retries: at once, then on a timer
        while not self._stop_requested:
            self._wakeup.wait(TICK)
            self._wakeup.clear()
            if self._stop_requested:
                break
            if self._reload_requested:
                self._reload_requested = False
                self._reload()
                daemon = self.settings.daemon
            now = ClockReading(time.time(), time.monotonic())
            jump = clock_jump(last, now, CLOCK_JUMP_TOLERANCE)
            last = now
            if jump is not None:
                log.warning(
                    "the clock jumped %+.0f s (suspend/resume?): checking every folder", jump
                )
                for watcher in self.watchers:
                    watcher.wake.set()
                next_heartbeat = now.monotonic
            if now.monotonic >= next_heartbeat:
                next_heartbeat = now.monotonic + daemon.heartbeat
                self._heartbeat(store)
            if self._changed.is_set() or now.monotonic >= next_check:
                self._changed.clear()
                next_check = now.monotonic + self._notify(store)

    def _heartbeat(self, store: Store) -> None:
        try:
            with store.transaction() as tx:
                tx.daemon_heartbeat(self._pid, utcnow())
        except UserError as exc:
            log.warning("could not record the heartbeat: %s", exc)

    def _reload(self) -> None:
        """SIGHUP: read the config again; keep running with the old one if it is bad."""
        try:
            settings = load_settings(self.config_path)
            self._accounts(settings)
            channels = make_channels(self._urls(settings))
        except ConfigError as exc:
            log.error("reload failed, keeping the running configuration: %s", exc)
            return
        if settings.store.path != self.store_path:
            log.warning(
                "reload: [store] path changed; restart the daemon to use %s", settings.store.path
            )
            return
        for account in settings.accounts:
            self.secrets.add(account.password.get_secret_value() if account.password else None)
        self._stop_watchers()
        self.settings = settings
        self.channels = channels
        self._start_watchers()
        self._changed.set()
        log.info(
            "configuration reloaded: %d folder watcher(s), %d notification channel(s)",
            len(self.watchers),
            len(self.channels),
        )

    # -- notifications --

    def _notify(self, store: Store) -> float:
        """Queue new events, deliver what is due; returns seconds until the next check."""
        if not self.channels:
            return NOTIFY_CHECK_INTERVAL
        try:
            self._queue_events(store)
            for pending in store.pending_notifications(utcnow()):
                if self._stop_requested:
                    break
                self._deliver(store, pending)
            upcoming = store.next_notification_attempt()
        except UserError as exc:
            log.error("notifications: %s", exc)
            return NOTIFY_CHECK_INTERVAL
        except Exception as exc:  # loop boundary: a notification must never stop the watch
            log.error("notifications: unexpected %s: %s", type(exc).__name__, exc)
            log.debug("notifications failed", exc_info=True)
            return NOTIFY_CHECK_INTERVAL
        if upcoming is None:
            return NOTIFY_CHECK_INTERVAL
        return min(NOTIFY_CHECK_INTERVAL, max(TICK, (upcoming - utcnow()).total_seconds()))

    def _queue_events(self, store: Store) -> None:
        settings = self.settings
        now = utcnow()
        status = build_status(store, settings, now.date())
        overdue = [
            (entry.request, entry.follow_up)
            for entry in status.requests
            if entry.follow_up is not None and entry.follow_up.overdue
        ]
        events = due_notifications(
            store.replies_recorded_since(self.notify_since),
            overdue,
            {request.id: request for request in store.requests()},
            store.notification_keys(),
            now=now,
            max_age=timedelta(days=settings.notify.max_age_days),
            enabled={EventKind(name) for name in settings.notify.events},
            vendor_names={vendor.slug: vendor.name for vendor in settings.vendor_profiles()},
        )
        if events:
            with store.transaction() as tx:
                for event in events:
                    tx.add_notification(event, now)

    def _deliver(self, store: Store, pending: PendingNotification) -> None:
        notification = pending.notification
        done = set(pending.channels_done)
        failures: list[str] = []
        for channel in self.channels:
            if channel.id in done:
                continue
            try:
                error = channel.send(
                    notification.title, notification.body, self.settings.notify.timeout
                )
            except Exception as exc:  # per-channel boundary: a broken plugin is a failure
                error = f"{type(exc).__name__}: {exc}"
            if error is None:
                done.add(channel.id)
                complete = all(c.id in done for c in self.channels)
                with store.transaction() as tx:
                    tx.notification_delivered(
                        notification.key, channel.id, utcnow(), complete=complete
                    )
                log.info(
                    "notified %s: %s",
                    channel.label,
                    notification.title,
                    extra={"event": notification.kind.value},
                )
            else:
                failures.append(f"{channel.label}: {error}")
        if not failures:
            return
        attempts = pending.attempts + 1
        message = "; ".join(failures)
        notify = self.settings.notify
        if attempts >= notify.max_attempts:
            next_at = None
            log.error(
                "notification %r failed %d times, giving up: %s",
                notification.title,
                attempts,
                message,
            )
        else:
            policy = BackoffPolicy(notify.retry_min, notify.retry_max)
            delay = backoff_delay(attempts - 1, policy, _random.random())
            next_at = utcnow() + timedelta(seconds=delay)
            log.warning(
                "notification %r failed (attempt %d): %s; retrying in %.0f s",
                notification.title,
                attempts,
                message,
                delay,
            )
        with store.transaction() as tx:
            tx.notification_failed(notification.key, message, attempts, next_at)


def send_test_notification(
    settings: Settings, secrets: SecretFilter
) -> list[tuple[str, str | None]]:
    """`notify test`: one message to every channel; (label, error or None) for each."""
    urls = [url.get_secret_value() for url in settings.notify.urls]
    for url in urls:
        secrets.add(url)
    if not urls:
        raise ConfigError(
            "no notification channel is configured.",
            'Add [notify] urls = ["..."] (apprise URLs) to the config.',
        )
    results = []
    for channel in make_channels(urls):
        error = channel.send(
            "inbox-watch test notification",
            "If you can read this, inbox-watch can reach you here.",
            settings.notify.timeout,
        )
        results.append((channel.label, error))
    return results
