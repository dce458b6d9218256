"""Notification channels: apprise URLs (desktop, e-mail, Slack, ntfy, Telegram, webhooks).

Adapter: delivers a title and a body; never logs a URL (they carry tokens and passwords).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import apprise

from inbox_watch.errors import ConfigError


@dataclass(frozen=True)
class Channel:
    """One apprise URL. ``id`` is a hash of the URL (stable across restarts, reveals
    nothing); ``label`` is what logs may show: its number and scheme only."""

    id: str
    label: str
    _apprise: apprise.Apprise

    def send(self, title: str, body: str, timeout: float) -> str | None:
        """Deliver; None on success, else the reason in one line (no URL in it)."""
        result = self._apprise.notify(body=body, title=title, timeout=timeout)
        if result:
            return None
        reasons = [entry.message for entry in result.logs() if entry.level in ("WARNING", "ERROR")]
        status = result.status.name.lower()
        return f"{status}: {reasons[-1]}" if reasons else status


def make_channels(urls: Sequence[str]) -> list[Channel]:
    """One channel per URL; an URL apprise does not understand is a config error."""
    channels: list[Channel] = []
    for number, url in enumerate(urls, start=1):
        scheme = url.partition("://")[0] if "://" in url else "?"
        label = f"channel {number} ({scheme})"
        sender = apprise.Apprise()
        if not sender.add(url):
            raise ConfigError(
                f"[notify] urls: {label} is not a URL apprise understands.",
                "See https://github.com/caronc/apprise/wiki for the URL of each service.",
            )
        digest = hashlib.sha256(url.encode()).hexdigest()[:12]
        channels.append(Channel(digest, label, sender))
    return channels
