"""The command line: parse arguments, load settings, call services, render, map errors.

Boundary: the only module that prints errors or chooses exit codes.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from inbox_watch import render, service
from inbox_watch.errors import ExitCode, UsageError, UserError
from inbox_watch.settings import Settings, load_settings
from inbox_watch.store.sqlite import Store

log = logging.getLogger("inbox_watch")

_RELATIVE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: datetime) -> datetime:
    """``7d``, ``24h``, ``2w`` before ``now``, or a date ``YYYY-MM-DD`` (midnight UTC)."""
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


class Context:
    """What every command needs; built lazily so `--help` never touches config or store."""

    def __init__(self, config: Path | None) -> None:
        self.config = config
        self.console = Console(highlight=False)
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config)
        return self._settings

    def open_store(self) -> Store:
        return Store(self.settings.store.path)

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)

    @staticmethod
    def emit_json(value: Any) -> None:
        click.echo(json.dumps(value, ensure_ascii=False, indent=2))


pass_context = click.make_pass_decorator(Context)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Config file (default: $INBOX_WATCH_CONFIG, else the user config dir).",
)
@click.option("--verbose", "-v", is_flag=True, help="Log progress to stderr.")
@click.option("--debug", is_flag=True, help="Log everything; show tracebacks.")
@click.version_option(package_name="inbox-watch")
@click.pass_context
def cli(ctx: click.Context, config: Path | None, verbose: bool, debug: bool) -> None:
    """Watch your mailbox (INBOX and spam) for replies from vendor support desks."""
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # imaplib/imapclient log protocol lines at debug level, LOGIN included: never show them.
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    ctx.obj = Context(config)


@cli.group()
def track() -> None:
    """Register, list and close tracked support requests."""


@track.command("add")
@click.argument("vendor")
@click.option("--ticket", help="The helpdesk's ticket number, if known.")
@click.option("--subject", help="The subject of your request.")
@click.option(
    "--submitted",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="When you wrote to support (YYYY-MM-DD; default today).",
)
@click.option("--message-id", help="Message-ID of the mail you sent, for threading.")
@json_option
@pass_context
def track_add(
    context: Context,
    vendor: str,
    ticket: str | None,
    subject: str | None,
    submitted: datetime | None,
    message_id: str | None,
    as_json: bool,
) -> None:
    """Start tracking a request to VENDOR (a name or slug; see `inbox-watch vendors`)."""
    with context.open_store() as store:
        request = service.track_add(
            store,
            context.settings.vendor_profiles(),
            vendor,
            context.now().date(),
            ticket=ticket,
            subject=subject,
            submitted=submitted.date() if submitted else None,
            message_id=message_id,
        )
    if as_json:
        context.emit_json(render.request_json(request))
    else:
        click.echo(request.id)


@track.command("list")
@json_option
@pass_context
def track_list(context: Context, as_json: bool) -> None:
    """List tracked requests."""
    with context.open_store() as store:
        requests = store.requests()
    if as_json:
        context.emit_json({"requests": [render.request_json(r) for r in requests]})
    else:
        render.render_requests(requests, context.console)


@track.command("close")
@click.argument("request_id", type=int)
@json_option
@pass_context
def track_close(context: Context, request_id: int, as_json: bool) -> None:
    """Stop waiting on request REQUEST_ID (it stays in the register as closed)."""
    with context.open_store() as store:
        request = service.track_close(store, request_id)
    if as_json:
        context.emit_json(render.request_json(request))
    else:
        click.echo(f"closed request {request.id}")


@cli.command()
@click.option("--account", "account_name", help="Scan only this account.")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Rescan from this date (YYYY-MM-DD), further back than the default window.",
)
@json_option
@pass_context
def scan(context: Context, account_name: str | None, since: datetime | None, as_json: bool) -> None:
    """One pass over every configured folder, then exit (for cron)."""
    with context.open_store() as store:
        report = service.scan(
            context.settings,
            store,
            context.now(),
            account_name=account_name,
            since=since.date() if since else None,
        )
    if as_json:
        context.emit_json(render.scan_json(report))
    else:
        render.render_scan(report, context.console)
    if report.errors:
        for error in report.errors[1:]:
            click.echo(f"inbox-watch: error: {error}", err=True)
        raise report.errors[0]


@cli.command()
@json_option
@pass_context
def status(context: Context, as_json: bool) -> None:
    """Every tracked request, its state and its replies."""
    with context.open_store() as store:
        now = context.now()
        report = service.build_status(store, context.settings, now.date(), now=now)
    if as_json:
        context.emit_json(render.status_json(report))
    else:
        render.render_status(report, context.console)


@cli.command()
@click.option(
    "--since",
    "since_text",
    default="7d",
    show_default=True,
    help="Window: 24h, 7d, 2w or a date YYYY-MM-DD.",
)
@json_option
@pass_context
def digest(context: Context, since_text: str, as_json: bool) -> None:
    """The replies received in a window, newest first, grouped by request."""
    since = parse_since(since_text, context.now())
    with context.open_store() as store:
        report = service.build_digest(store, since)
    if as_json:
        context.emit_json(render.digest_json(report))
    else:
        render.render_digest(report, context.console)


@cli.command()
@json_option
@pass_context
def vendors(context: Context, as_json: bool) -> None:
    """The vendors inbox-watch knows: built in and from the config."""
    profiles = context.settings.vendor_profiles()
    if as_json:
        context.emit_json(render.vendors_json(profiles))
    else:
        render.render_vendors(profiles, context.console)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see errors.ExitCode)."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        cli.main(args=args, prog_name="inbox-watch", standalone_mode=False)
    except UserError as exc:
        click.echo(f"inbox-watch: error: {exc}", err=True)
        log.debug("%s", type(exc).__name__, exc_info=True)
        return int(exc.exit_code)
    except click.exceptions.Abort:
        return int(ExitCode.INTERRUPTED)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return int(ExitCode.USAGE)
    except KeyboardInterrupt:
        return int(ExitCode.INTERRUPTED)
    except Exception as exc:
        if debug:
            traceback.print_exc()
        click.echo(
            f"inbox-watch: unexpected error: {type(exc).__name__}: {exc}"
            + ("" if debug else " (run with --debug for the traceback)"),
            err=True,
        )
        return int(ExitCode.ERROR)
    return int(ExitCode.OK)


from inbox_watch.daemon_cli import register as _register_daemon  # noqa: E402

_register_daemon(cli)

from inbox_watch.setup_cli import register as _register_setup  # noqa: E402

_register_setup(cli)
