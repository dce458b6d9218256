"""Benchmark layer: the inbox-watch config file a benchmark run points the CLI at.

Writes files only under the run's own directory; never reads the user's config.
"""

from __future__ import annotations

from pathlib import Path

from bench.generate import AUTHSERV_ID, USER, vendors_toml

PASSWORD_ENV = "INBOX_WATCH_BENCH_PASSWORD"  # noqa: S105 - a variable name


def write_config(
    path: Path, store: Path, *, port: int, ca_file: Path, username: str = "alice"
) -> Path:
    """A config for one account on the private Dovecot (implicit TLS), INBOX and \\Junk."""
    path.write_text(
        "[store]\n"
        f'path = "{store}"\n\n'
        "[[accounts]]\n"
        'name = "bench"\n'
        'host = "localhost"\n'
        f"port = {port}\n"
        'security = "tls"\n'
        f'username = "{username}"\n'
        f'addresses = ["{USER}"]\n'
        f'authserv_id = "{AUTHSERV_ID}"\n'
        f'password_env = "{PASSWORD_ENV}"\n'
        f'ca_file = "{ca_file}"\n\n' + vendors_toml()
    )
    return path
