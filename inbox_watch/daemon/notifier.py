"""Notifications of the daemon: turn new replies and overdue requests into events, send
them to every channel, retry with backoff. The choice of events is ``core.events``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from inbox_watch.app.status import build_status
from inbox_watch.core.backoff import BackoffPolicy, backoff_delay
from inbox_watch.core.events import EventKind, PendingNotification, due_notifications
from inbox_watch.daemon.timing import jitter, utcnow
from inbox_watch.errors import ConfigError, UserError
from inbox_watch.logs import SecretFilter
from inbox_watch.notify.apprise import Channel, make_channels
from inbox_watch.settings import Settings
from inbox_watch.store.sqlite import Store

log = logging.getLogger("inbox_watch.daemon")

# Overdue requests and notification retries are looked at this often (seconds).
NOTIFY_CHECK_INTERVAL = 30.0
# The shortest wait before the next check (the daemon's main-loop slice).
MIN_WAIT = 0.2


def channel_urls(settings: Settings, secrets: SecretFilter) -> list[str]:
    """The configured apprise URLs, each registered as a secret (they hold tokens)."""
    urls = [url.get_secret_value() for url in settings.notify.urls]
    for url in urls:
        secrets.add(url)
    return urls


class Notifier:
    """Queues and delivers the daemon's notifications; one per configuration."""

    def __init__(
        self,
        settings: Settings,
        channels: list[Channel],
        notify_since: datetime,
        stopping: Callable[[], bool],
    ) -> None:
        self.settings = settings
        self.channels = channels
        self.notify_since = notify_since
        self.stopping = stopping

    def check(self, store: Store) -> float:
        """Queue new events, deliver what is due; returns seconds until the next check."""
        if not self.channels:
            return NOTIFY_CHECK_INTERVAL
        try:
            self._queue_events(store)
            for pending in store.pending_notifications(utcnow()):
                if self.stopping():
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
        return min(NOTIFY_CHECK_INTERVAL, max(MIN_WAIT, (upcoming - utcnow()).total_seconds()))

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
            delay = backoff_delay(attempts - 1, policy, jitter.random())
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
    urls = channel_urls(settings, secrets)
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
