"""Logging for every command and the daemon: text or JSON lines on stderr, and no secret.

Every handler installed here carries a :class:`SecretFilter`; credentials register each
secret they hand out with :data:`SECRETS`, so ``scan --debug`` redacts as the daemon does.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from datetime import UTC, datetime

_MARK = "_inbox_watch_handler"


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


def configure_logging(
    level: int, log_format: str = "text", secrets: SecretFilter | None = None
) -> None:
    """Human-readable lines (or JSON) on stderr, every line through ``secrets``."""
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(SECRETS if secrets is None else secrets)
    root = logging.getLogger()
    # Replace only a handler installed here (a second call, e.g. `run` after the root
    # group): a host's own handlers (pytest's capture, an embedding app) stay.
    for old in list(root.handlers):
        if getattr(old, _MARK, False):
            root.removeHandler(old)
    setattr(handler, _MARK, True)
    root.addHandler(handler)
    root.setLevel(level)
    # imaplib/imapclient log protocol lines at debug level, LOGIN and its password
    # included; apprise logs its own failures, which the daemon reports itself.
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    for noisy in ("urllib3", "requests", "markdown", "mailparser"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    # Apprise's warnings are the reasons a channel failed: its result keeps them for
    # the caller to report ("Connection error ..."), so they stay at WARNING (a higher
    # level loses them from the result too) and are not printed a second time.
    apprise_log = logging.getLogger("apprise")
    apprise_log.setLevel(logging.WARNING)
    apprise_log.propagate = False
    if not any(isinstance(h, logging.NullHandler) for h in apprise_log.handlers):
        apprise_log.addHandler(logging.NullHandler())


SECRETS = SecretFilter()
"""The process-wide filter: what ``configure_logging`` installs unless given another."""
