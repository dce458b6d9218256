"""One error tree and the exit codes scripts can rely on.

Adapters raise these at their seams; only ``cli.py`` prints them.

    InboxWatchError
     └── UserError                 one clear line, no traceback
          ├── ConfigError           (exit 3)
          ├── AuthenticationError   (exit 4)
          ├── ConnectionFailedError (exit 5)
          │    └── CertificateError (exit 5)
          ├── StoreError            (exit 6)
          └── DaemonAlreadyRunningError (exit 7)
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    CONFIG = 3
    AUTH = 4
    NETWORK = 5
    STORE = 6
    ALREADY_RUNNING = 7
    INTERRUPTED = 130


class InboxWatchError(Exception):
    """Base of every error inbox-watch raises on purpose."""


class UserError(InboxWatchError):
    """An expected failure: shown as one line (what failed, why, what to do)."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class ConfigError(UserError):
    exit_code = ExitCode.CONFIG


class UsageError(UserError):
    """Bad command-line input: an unknown vendor, a bad date."""

    exit_code = ExitCode.USAGE


class AuthenticationError(UserError):
    exit_code = ExitCode.AUTH


class ConnectionFailedError(UserError):
    exit_code = ExitCode.NETWORK


class ServerProtocolError(ConnectionFailedError):
    """The server's answer broke the protocol (e.g. a SELECT without UIDVALIDITY)."""


class CertificateError(ConnectionFailedError):
    pass


class StoreError(UserError):
    exit_code = ExitCode.STORE


class DaemonAlreadyRunningError(UserError):
    exit_code = ExitCode.ALREADY_RUNNING
