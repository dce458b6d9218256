"""Command line of the daemon: `run`, `notify test`, `service install`.

Boundary like cli.py: parses arguments and calls the daemon; errors go back to cli.root.
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
import sys
from pathlib import Path

import click

from inbox_watch.cli.context import Context, pass_context
from inbox_watch.daemon import unit_files
from inbox_watch.errors import UsageError, UserError
from inbox_watch.logs import SECRETS, configure_logging
from inbox_watch.settings import resolve_config_path

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_LEVELS["error"] = logging.ERROR


@click.command()
@click.option("--account", "account_name", help="Watch only this account.")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Log lines for people, or one JSON object per line for log collectors.",
)
@click.option(
    "--log-level",
    type=click.Choice(list(_LEVELS)),
    default=None,
    help="Default: info (debug with --debug).",
)
@pass_context
@click.pass_context
def run(
    click_context: click.Context,
    context: Context,
    account_name: str | None,
    log_format: str,
    log_level: str | None,
) -> None:
    """Watch in the foreground: IDLE on INBOX, poll the spam folder, notify.

    Stops cleanly on SIGTERM/SIGINT; SIGHUP reloads the config.

    Example: inbox-watch run --log-format json
    """
    # Imported here: `--help` and the other commands need neither apprise nor threads.
    from inbox_watch.daemon.runner import Daemon

    root_params = click_context.find_root().params
    if log_level is None:
        level = logging.DEBUG if root_params.get("debug") else logging.INFO
    else:
        level = _LEVELS[log_level]
    configure_logging(level, log_format, SECRETS)
    settings = context.settings
    for account in settings.accounts:
        if account.password is not None:
            SECRETS.add(account.password.get_secret_value())
    Daemon(settings, config_path=context.config, account_name=account_name, secrets=SECRETS).run()


@click.group()
def notify() -> None:
    """Notification channels (apprise URLs under [notify] in the config)."""


@notify.command("test")
@pass_context
def notify_test(context: Context) -> None:
    """Send a test message to every configured channel.

    Example: inbox-watch notify test
    """
    from inbox_watch.daemon.runner import send_test_notification

    results = send_test_notification(context.settings, SECRETS)
    failed = [f"{label}: {error}" for label, error in results if error is not None]
    for label, error in results:
        click.echo(f"{label}: {'sent' if error is None else 'FAILED: ' + error}")
    if failed:
        raise UserError(
            f"{len(failed)} of {len(results)} notification channel(s) failed.",
            "Check the URL, and that the service is reachable from here.",
        )


@click.group("service")
def service_group() -> None:
    """Run the daemon as a user service (systemd on Linux, launchd on macOS)."""


@service_group.command("install")
@click.option("--print", "print_only", is_flag=True, help="Print the file instead of writing it.")
@click.option(
    "--platform",
    "target",
    type=click.Choice(["auto", "systemd", "launchd"]),
    default="auto",
    show_default=True,
    help="Which service manager to write for.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing, different file.")
@pass_context
def service_install(context: Context, print_only: bool, target: str, force: bool) -> None:
    """Write a systemd user unit (Linux) or launchd agent (macOS) for `inbox-watch run`.

    Example: inbox-watch service install --print
    """
    if target == "auto":
        target = "launchd" if platform.system() == "Darwin" else "systemd"
    command = _daemon_command(context)
    home = Path.home()
    if target == "systemd":
        path = home / ".config" / "systemd" / "user" / unit_files.UNIT_NAME
        text = unit_files.systemd_unit(command)
        steps = unit_files.systemd_steps(path, _password_envs(context))
    else:
        log_file = home / "Library" / "Logs" / "inbox-watch.log"
        path = home / "Library" / "LaunchAgents" / f"{unit_files.LAUNCHD_LABEL}.plist"
        text = unit_files.launchd_plist(command, log_file)
        steps = unit_files.launchd_steps(path, log_file)
    if print_only:
        click.echo(text, nl=False)
        return
    if path.exists() and path.read_text() != text and not force:
        raise UsageError(f"{path} exists and differs.", "Use --force to overwrite it.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    click.echo("\n".join(steps))


def _password_envs(context: Context) -> list[str]:
    """The environment variables the config's accounts read passwords from."""
    try:
        accounts = context.settings.accounts
    except UserError:
        return []  # no config yet: the unit is still worth writing
    return [a.password_env for a in accounts if a.password_env and a.password is None]


def _daemon_command(context: Context) -> list[str]:
    """The absolute command the service manager runs (no shell, no PATH lookup)."""
    executable = shutil.which("inbox-watch")
    command = [executable] if executable else [sys.executable, "-m", "inbox_watch"]
    # $INBOX_WATCH_CONFIG is not set under systemd or launchd: name the file.
    config, named = resolve_config_path(context.config, os.environ)
    if named:
        command += ["--config", str(config.resolve())]
    return [*command, "run"]


COMMANDS = (run, notify, service_group)
