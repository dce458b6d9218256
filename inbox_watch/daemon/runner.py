"""The long-running daemon: the lock, signals, the folder watchers, heartbeats, reloads
and the notifier. Adapter: wires the scan use case to time; the rules are in the core.

Must not print (it logs), must not decide what a reply is (app.scan and the core do),
and must never log a secret: every line goes through :class:`inbox_watch.logs.SecretFilter`.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from inbox_watch.core.watch import ClockReading, clock_jump
from inbox_watch.credentials.sources import resolve_password
from inbox_watch.daemon.notifier import (
    MIN_WAIT,
    NOTIFY_CHECK_INTERVAL,
    Notifier,
    channel_urls,
    send_test_notification,
)
from inbox_watch.daemon.timing import utcnow
from inbox_watch.daemon.watcher import FolderWatcher, Shared
from inbox_watch.errors import ConfigError, StoreError, UserError
from inbox_watch.logs import SecretFilter
from inbox_watch.notify.apprise import make_channels
from inbox_watch.settings import AccountSettings, Settings, load_settings
from inbox_watch.store.lock import daemon_lock
from inbox_watch.store.sqlite import Store

__all__ = ["Daemon", "send_test_notification"]

log = logging.getLogger("inbox_watch.daemon")

# A wall clock that moves this much more than the monotonic one means suspend/resume
# or a clock step: every connection is suspect and every folder is checked at once.
CLOCK_JUMP_TOLERANCE = 10.0
# SIGTERM: watchers get this long to end IDLE and log out before the process exits.
SHUTDOWN_GRACE = 4.0
# Main-loop slice: signal flags are seen within this many seconds.
TICK = MIN_WAIT


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
        self.channels = make_channels(channel_urls(settings, secrets))
        self.notifier: Notifier | None = None
        self.watchers: list[FolderWatcher] = []
        self.shared: Shared | None = None
        self._wakeup = threading.Event()
        self._changed = threading.Event()
        self._stop_requested = False
        self._reload_requested = False
        self._pid = os.getpid()

    def _accounts(self, settings: Settings) -> Sequence[AccountSettings]:
        return settings.require_accounts(self.account_name)

    # -- signals --

    def _on_stop(self, signum: int, frame: FrameType | None) -> None:
        # Only flags here: a handler that takes a lock could deadlock the main thread.
        self._stop_requested = True

    def _on_reload(self, signum: int, frame: FrameType | None) -> None:
        self._reload_requested = True

    def run(self) -> None:
        """Lock the store, catch up, watch; return once stopped (exit status 0)."""
        for account in self._accounts(self.settings):
            _check_password_env(account)
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
            notify_since = tx.daemon_started(
                self._pid, socket.gethostname(), utcnow(), self.settings.daemon.heartbeat
            )
        self.notifier = Notifier(self.settings, self.channels, notify_since, self._stopping)
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
        if store.is_gone():
            # Writing on would only fill a file nobody can open again: stop, and let
            # the service manager start a daemon on a fresh store.
            raise StoreError(
                f"the store {self.store_path} was deleted or replaced while the daemon "
                "ran; stopping.",
                "Start the daemon again (a service restarts it): it makes a new store.",
            )
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
            channels = make_channels(channel_urls(settings, self.secrets))
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
        if self.notifier is not None:
            self.notifier = Notifier(settings, channels, self.notifier.notify_since, self._stopping)
        self._start_watchers()
        self._changed.set()
        log.info(
            "configuration reloaded: %d folder watcher(s), %d notification channel(s)",
            len(self.watchers),
            len(self.channels),
        )

    def _stopping(self) -> bool:
        return self._stop_requested

    def _notify(self, store: Store) -> float:
        if self.notifier is None:
            return NOTIFY_CHECK_INTERVAL
        return self.notifier.check(store)


def _check_password_env(account: AccountSettings) -> None:
    """Refuse to start (ConfigError, exit status 3) when an account reads its password
    from an environment variable the daemon was not given: the environment cannot
    change while the daemon runs, so retrying every few minutes would only hide it
    (a systemd unit would be "active" and read no mail). Other sources (a command, the
    keyring, OAuth2) may recover and are tried by the watchers."""
    reads_env = (
        account.auth != "oauth2"
        and not account.password_keyring
        and account.password is None
        and account.password_env is not None
    )
    if reads_env:
        resolve_password(account)
