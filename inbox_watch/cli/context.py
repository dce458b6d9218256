"""What every command receives: the config path, the console, the clock, the settings.

The console and the clock are injected (tests pass a ``Console(file=StringIO())`` and a
fixed clock); settings are loaded lazily so ``--help`` never touches config or store.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from inbox_watch.errors import UsageError
from inbox_watch.settings import Settings, load_settings
from inbox_watch.store.sqlite import Store

_RELATIVE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


def utcnow() -> datetime:
    return datetime.now(UTC)


def parse_since(text: str, now: datetime) -> datetime:
    """``7d``, ``24h``, ``2w`` before ``now``, or a date ``YYYY-MM-DD`` (midnight UTC).

    >>> parse_since("2d", datetime(2026, 12, 3, tzinfo=UTC)).isoformat()
    '2026-12-01T00:00:00+00:00'
    >>> parse_since("2026-11-30", datetime(2026, 12, 3, tzinfo=UTC)).date()
    datetime.date(2026, 11, 30)
    """
    relative = _RELATIVE.match(text)
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2).lower()
        return now - timedelta(**{_UNITS[unit]: amount})
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f'bad --since value "{text}".', "Use a duration like 7d, 24h, 2w or a date YYYY-MM-DD."
        ) from None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


_DAYS_AGO = re.compile(r"^\s*(\d{1,4})\s*([dw])\s*$", re.IGNORECASE)
_NAMED_DAYS = {"today": 0, "yesterday": 1, "오늘": 0, "어제": 1, "그제": 2, "今日": 0, "昨日": 1}


def parse_day(text: str, today: date, option: str = "--submitted") -> date:
    """A day the user names: ``YYYY-MM-DD``, ``today``, ``yesterday`` (or 오늘, 어제),
    or how long ago, ``3d`` or ``2w``.

    >>> parse_day("yesterday", date(2026, 12, 3))
    datetime.date(2026, 12, 2)
    >>> parse_day("3d", date(2026, 12, 3))
    datetime.date(2026, 11, 30)
    """
    folded = text.strip().lower()
    if folded in _NAMED_DAYS:
        return today - timedelta(days=_NAMED_DAYS[folded])
    ago = _DAYS_AGO.match(folded)
    if ago:
        amount, unit = int(ago.group(1)), ago.group(2)
        return today - timedelta(days=amount * (7 if unit == "w" else 1))
    try:
        return date.fromisoformat(folded)
    except ValueError:
        raise UsageError(
            f'{option} "{text}" is not a day.',
            "Use a date YYYY-MM-DD (2026-11-30), today, yesterday, or 3d / 2w ago.",
        ) from None


# Status marks and their ASCII forms, for a terminal whose encoding lacks them.
_MARKS = {"ok": ("✓", "OK"), "warn": ("!", "!"), "fail": ("✗", "X")}


def mark(kind: str, encoding: str | None = None) -> str:
    """The mark for ``ok``, ``warn`` or ``fail`` that stdout's encoding can show.

    >>> mark("ok", "utf-8"), mark("ok", "cp949"), mark("fail", "latin-1")
    ('✓', 'OK', 'X')
    """
    fancy, plain = _MARKS[kind]
    encoding = encoding or getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        fancy.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return plain
    return fancy


class _Console(Console):
    """Rich's console, except that a reader who stopped reading (``status | head -1``)
    ends the command normally: rich would exit with status 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


class Context:
    """The edges a command talks to, built once per invocation by the root group."""

    def __init__(
        self,
        config: Path | None,
        *,
        console: Console | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.config = config
        self.console = console if console is not None else _Console(highlight=False)
        self.clock = clock
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config)
        return self._settings

    def open_store(self) -> Store:
        return Store(self.settings.store.path)

    def now(self) -> datetime:
        return self.clock()

    def display_zone(self) -> tzinfo | None:
        """The zone times are shown in: the ``timezone`` setting, else None (the system's)."""
        name = self.settings.timezone
        if name is None:
            return None
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)

    def emit_json(self, value: Any) -> None:
        click.echo(json.dumps(value, ensure_ascii=False, indent=2), file=self.console.file)


pass_context = click.make_pass_decorator(Context)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
