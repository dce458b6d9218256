"""The everyday commands: `track add/list/close`, `scan`, `status`, `digest`, `vendors`."""

from __future__ import annotations

from datetime import datetime

import click

from inbox_watch.app import scan as scan_use
from inbox_watch.app import status as status_use
from inbox_watch.app import track as track_use
from inbox_watch.cli import render
from inbox_watch.cli.context import Context, json_option, parse_day, parse_since, pass_context
from inbox_watch.core.models import ReplyKind


@click.group()
def track() -> None:
    """Register, list, close and correct tracked support requests."""


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


@track.command("reopen")
@click.argument("request_id", type=int)
@json_option
@pass_context
def track_reopen(context: Context, request_id: int, as_json: bool) -> None:
    """Wait on closed request REQUEST_ID again.

    Example: inbox-watch track reopen 3
    """
    with context.open_store() as store:
        request = track_use.track_reopen(store, request_id)
    _done(context, as_json, render.request_json(request), f"reopened request {request.id}")


@track.command("edit")
@click.argument("request_id", type=int)
@click.option("--submitted", metavar="DAY", help="When you wrote: YYYY-MM-DD, yesterday or 3d.")
@click.option("--ticket", help="The helpdesk's ticket number.")
@click.option("--subject", help="The subject of your request.")
@click.option("--vendor", "vendor_name", help="The vendor (a name or slug).")
@json_option
@pass_context
def track_edit(
    context: Context,
    request_id: int,
    submitted: str | None,
    ticket: str | None,
    subject: str | None,
    vendor_name: str | None,
    as_json: bool,
) -> None:
    """Correct request REQUEST_ID; what you set here no later scan changes.

    Example: inbox-watch track edit 3 --submitted 2026-11-28 --ticket 4095
    """
    today = context.now().date()
    day = parse_day(submitted, today) if submitted is not None else None
    with context.open_store() as store:
        request = track_use.track_edit(
            store,
            context.settings.vendor_profiles(),
            request_id,
            today,
            vendor_name=vendor_name,
            ticket=ticket,
            subject=subject,
            submitted=day,
        )
    _done(context, as_json, render.request_json(request), f"corrected request {request.id}")


@track.command("merge")
@click.argument("keep_id", type=int)
@click.argument("other_id", type=int)
@json_option
@pass_context
def track_merge(context: Context, keep_id: int, other_id: int, as_json: bool) -> None:
    """One conversation tracked twice: move OTHER_ID's mail into KEEP_ID, drop OTHER_ID.

    Example: inbox-watch track merge 3 5
    """
    with context.open_store() as store:
        request = track_use.track_merge(store, keep_id, other_id)
    _done(context, as_json, render.request_json(request), f"merged {other_id} into {request.id}")


@track.command("link")
@click.argument("message")
@click.argument("request_id", type=int)
@json_option
@pass_context
def track_link(context: Context, message: str, request_id: int, as_json: bool) -> None:
    """Attach MESSAGE (the reference `status` and `digest` print) to REQUEST_ID.

    Example: inbox-watch track link 3f9a2c1 3
    """
    with context.open_store() as store:
        reply = track_use.track_link(store, message, request_id)
    _done(context, as_json, render.reply_json(reply), f"linked {message} to request {request_id}")


@track.command("unlink")
@click.argument("message")
@json_option
@pass_context
def track_unlink(context: Context, message: str, as_json: bool) -> None:
    """Detach MESSAGE from its request; no rule attaches it again.

    Example: inbox-watch track unlink 3f9a2c1
    """
    with context.open_store() as store:
        reply = track_use.track_unlink(store, message)
    _done(context, as_json, render.reply_json(reply), f"unlinked {message}")


@track.command("kind")
@click.argument("message")
@click.argument("kind", type=click.Choice([k.value for k in ReplyKind]))
@json_option
@pass_context
def track_kind(context: Context, message: str, kind: str, as_json: bool) -> None:
    """Say what MESSAGE is (it asks you something, answers, resolves...).

    Example: inbox-watch track kind 3f9a2c1 needs_info
    """
    with context.open_store() as store:
        reply = track_use.track_kind(store, message, kind)
    _done(context, as_json, render.reply_json(reply), f"{message} is now {reply.kind.value}")


@track.command("accept")
@click.argument("number", type=int)
@json_option
@pass_context
def track_accept(context: Context, number: int, as_json: bool) -> None:
    """Track the new request you wrote in mail NUMBER (`status`: "new request?").

    Example: inbox-watch track accept 2
    """
    with context.open_store() as store:
        request = track_use.track_accept(store, number, context.now().date())
    _done(context, as_json, render.request_json(request), f"tracking it as request {request.id}")


@track.command("reject")
@click.argument("number", type=int)
@json_option
@pass_context
def track_reject(context: Context, number: int, as_json: bool) -> None:
    """Mail NUMBER is not a request to track; it is not proposed again.

    Example: inbox-watch track reject 2
    """
    with context.open_store() as store:
        mail = track_use.track_reject(store, number)
    _done(context, as_json, render.sent_json(mail), f"not tracking mail {mail.id}")


def _done(context: Context, as_json: bool, value: render.JSON, line: str) -> None:
    if as_json:
        context.emit_json(value)
    else:
        click.echo(line)


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


@click.command()
@click.argument("request_id", type=int)
@click.option(
    "--lang",
    type=click.Choice(["en", "ko"]),
    help="The language of the text (default: the request's: Korean if it is in Hangul).",
)
@click.option("--mailto", is_flag=True, help="Print a mailto: URL for your own mail client.")
@click.option(
    "--draft",
    is_flag=True,
    help="Add it to the account's Drafts folder (needs allow_drafts = true for the account).",
)
@click.option("--account", "account_name", help="The account whose Drafts folder to use.")
@json_option
@pass_context
def followup(
    context: Context,
    request_id: int,
    lang: str | None,
    mailto: bool,
    draft: bool,
    account_name: str | None,
    as_json: bool,
) -> None:
    """A ready follow-up for REQUEST_ID, threaded to the conversation: printed, as a
    mailto: URL, or added to Drafts. inbox-watch never sends mail.

    Example: inbox-watch followup 3 --mailto
    """
    from inbox_watch.app import followup as followup_use
    from inbox_watch.core.followup import mailto_url

    now = context.now()
    with context.open_store() as store:
        plan = followup_use.plan_follow_up(store, context.settings, request_id, now.date(), lang)
    saved = None
    if draft:
        account, folder = followup_use.save_draft(
            context.settings, plan, now, account_name=account_name
        )
        saved = f"{account.name}/{folder}"
    if as_json:
        context.emit_json(render.follow_up_json(plan.draft, mailto_url(plan.draft), saved))
    elif mailto:
        click.echo(mailto_url(plan.draft))
    else:
        render.render_follow_up(plan.draft, context.console)
    if saved is not None and not as_json:
        click.echo(f"added to {saved} as a draft", err=mailto)


@click.command()
@click.argument("message")
@click.option(
    "--offline",
    is_flag=True,
    help="Only what the store knows: do not fetch the message again for its evidence.",
)
@json_option
@pass_context
def explain(context: Context, message: str, offline: bool, as_json: bool) -> None:
    """Why MESSAGE (the reference `status` and `digest` print) was matched, left
    unmatched, classified or called suspicious: sender checks, ticket rule, thread
    links, the kind's decision row. The message is fetched again read-only.

    Example: inbox-watch explain 3f9a2c1
    """
    from inbox_watch.app.explain import explain as explain_use

    with context.open_store() as store:
        found = explain_use(store, context.settings, message, fetch=not offline)
    if as_json:
        context.emit_json(render.explanation_json(found))
    else:
        render.render_explanation(found, context.console)


COMMANDS = (track, scan, status, digest, vendors, followup, explain)
