"""The everyday commands: `track add/list/close`, `scan`, `status`, `digest`, `vendors`."""

from __future__ import annotations

from datetime import datetime

import click

from inbox_watch.app import scan as scan_use
from inbox_watch.app import status as status_use
from inbox_watch.app import track as track_use
from inbox_watch.cli import render
from inbox_watch.cli.context import Context, json_option, parse_day, parse_since, pass_context


@click.group()
def track() -> None:
    """Register, list and close tracked support requests."""


@track.command("add")
@click.argument("vendor")
@click.option("--ticket", help="The helpdesk's ticket number, if known.")
@click.option("--subject", help="The subject of your request.")
@click.option(
    "--submitted",
    metavar="DAY",
    help="When you wrote to support: YYYY-MM-DD, yesterday or 3d (default today).",
)
@click.option("--message-id", help="Message-ID of the mail you sent, for threading.")
@json_option
@pass_context
def track_add(
    context: Context,
    vendor: str,
    ticket: str | None,
    subject: str | None,
    submitted: str | None,
    message_id: str | None,
    as_json: bool,
) -> None:
    """Start tracking a request to VENDOR (a name or slug; see `inbox-watch vendors`).

    Example: inbox-watch track add openai --subject "API billing question" --submitted 3d
    """
    today = context.now().date()
    day = parse_day(submitted, today) if submitted is not None else None
    with context.open_store() as store:
        request = track_use.track_add(
            store,
            context.settings.vendor_profiles(),
            vendor,
            today,
            ticket=ticket,
            subject=subject,
            submitted=day,
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
    """List tracked requests.

    Example: inbox-watch track list --json
    """
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
    """Stop waiting on request REQUEST_ID (it stays in the register as closed).

    Example: inbox-watch track close 3
    """
    with context.open_store() as store:
        request = track_use.track_close(store, request_id)
    if as_json:
        context.emit_json(render.request_json(request))
    else:
        click.echo(f"closed request {request.id}")


@click.command()
@click.option("--account", "account_name", help="Scan only this account.")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Rescan from this date (YYYY-MM-DD), further back than the default window.",
)
@json_option
@pass_context
def scan(context: Context, account_name: str | None, since: datetime | None, as_json: bool) -> None:
    """One pass over every configured folder, then exit (for cron).

    Example: inbox-watch scan --since 2026-11-01
    """
    with context.open_store() as store:
        report = scan_use.scan(
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


@click.command()
@click.option("--all", "show_all", is_flag=True, help="Also show closed requests.")
@json_option
@pass_context
def status(context: Context, show_all: bool, as_json: bool) -> None:
    """What to do now: every open request, most urgent first, its state and replies.

    Example: inbox-watch status --all
    """
    with context.open_store() as store:
        now = context.now()
        report = status_use.build_status(store, context.settings, now.date(), now=now)
    if as_json:
        context.emit_json(render.status_json(report))
    else:
        render.render_status(report, context.console, context.display_zone(), show_closed=show_all)


@click.command()
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
    """The replies received in a window, newest first, grouped by request.

    Example: inbox-watch digest --since 24h
    """
    since = parse_since(since_text, context.now())
    with context.open_store() as store:
        report = status_use.build_digest(store, since)
    if as_json:
        context.emit_json(render.digest_json(report))
    else:
        render.render_digest(report, context.console, context.display_zone())


@click.command()
@json_option
@pass_context
def vendors(context: Context, as_json: bool) -> None:
    """The vendors inbox-watch knows: built in and from the config.

    Example: inbox-watch vendors --json
    """
    profiles = context.settings.vendor_profiles()
    if as_json:
        context.emit_json(render.vendors_json(profiles))
    else:
        render.render_vendors(profiles, context.console)


COMMANDS = (track, scan, status, digest, vendors)
