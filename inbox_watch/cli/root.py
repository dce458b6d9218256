"""The root command: global options, the command groups, errors mapped to exit codes.

Boundary: the only module that prints errors or chooses exit codes.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

import click

from inbox_watch.cli import daemon, setup, tracking
from inbox_watch.cli.context import Context
from inbox_watch.errors import ExitCode, UserError
from inbox_watch.logs import configure_logging

log = logging.getLogger("inbox_watch")


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
    configure_logging(level)  # every line through logs.SECRETS, as in the daemon
    ctx.obj = Context(config)


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script for SHELL.

    \b
    Example:
      inbox-watch completion bash > ~/.local/share/bash-completion/completions/inbox-watch
    """
    from click.shell_completion import get_completion_class

    complete_class = get_completion_class(shell)
    assert complete_class is not None  # the three choices are click's own
    script = complete_class(cli, {}, "inbox-watch", "_INBOX_WATCH_COMPLETE").source()
    click.echo(script)


for _command in (*tracking.COMMANDS, *setup.COMMANDS, *daemon.COMMANDS):
    cli.add_command(_command)


def _tolerate_narrow_encodings() -> None:
    """A terminal in cp949 or latin-1 gets "?" for what it cannot show (an emoji, a
    Hangul subject on latin-1), never a UnicodeEncodeError halfway through the output;
    the marks themselves have ASCII forms (``context.mark``)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(errors="replace")


def _silence_stdout() -> None:
    """The reader went away (``status | head -1``): send what is left nowhere, so the
    interpreter's final flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no real file descriptor (a test's captured stdout)
    finally:
        os.close(devnull)


def _say_interrupted() -> None:
    # True of every command: the store commits each finished step (a scan, chunk by
    # chunk), and a half-done one is rolled back.
    click.echo(
        "\ninbox-watch: interrupted. What was finished is saved; "
        "the next scan continues from there.",
        err=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see errors.ExitCode)."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    _tolerate_narrow_encodings()
    try:
        cli.main(args=args, prog_name="inbox-watch", standalone_mode=False)
    except BrokenPipeError:
        _silence_stdout()
        return int(ExitCode.OK)
    except UserError as exc:
        click.echo(f"inbox-watch: error: {exc}", err=True)
        log.debug("%s", type(exc).__name__, exc_info=True)
        return int(exc.exit_code)
    except click.exceptions.Abort:
        _say_interrupted()
        return int(ExitCode.INTERRUPTED)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return int(ExitCode.USAGE)
    except KeyboardInterrupt:
        _say_interrupted()
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
