"""The command line. ``main`` is the console-script entry point (``inbox_watch.cli:main``)."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see errors.ExitCode)."""
    # Imported on call, so importing a submodule (cli.render, cli.context) does not
    # build the whole command tree.
    from inbox_watch.cli.root import main as run

    return run(argv)
