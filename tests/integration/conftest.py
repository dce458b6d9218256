"""Integration tier fixtures: one private Dovecot per session, a fresh empty user per test.

Must not skip when Dovecot is missing (CI installs it) nor seed mail behind the server's back.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox_watch.settings import Settings, load_settings
from sandbox.dovecot import DOVECOT_BINARY, PrivateDovecot, SandboxUser

HERE = Path(__file__).parent

_user_numbers = itertools.count(1)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The hook sees every collected item, not only this directory's; tryfirst so that
    # `-m "not integration"` (applied by pytest's own implementation) sees the marker.
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.integration)


def sandbox_root(prefix: str) -> Path:
    """A fresh directory under /tmp: Dovecot's unprivileged users must traverse every
    directory above it, and pytest's basetemp (/tmp/pytest-of-<user>) is 0700."""
    return Path(tempfile.mkdtemp(prefix=prefix))


def require_dovecot() -> None:
    if not DOVECOT_BINARY.exists():
        pytest.fail(
            f"{DOVECOT_BINARY} is missing: install dovecot-imapd (CI does); "
            "run `pytest -m 'not integration'` to leave these tests out",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def dovecot() -> Iterator[PrivateDovecot]:
    """The session's Dovecot; tests may ``restart()`` it (same ports, same mail)."""
    require_dovecot()
    root = sandbox_root("inbox-watch-dovecot-")
    try:
        with PrivateDovecot(root) as server:
            yield server
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def private_dovecot() -> Iterator[PrivateDovecot]:
    """A Dovecot of the test's own, not started: for tests that stop, break or
    reconfigure the server. Stopped and removed afterwards."""
    require_dovecot()
    root = sandbox_root("inbox-watch-dovecot-own-")
    server = PrivateDovecot(root)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def mailbox(dovecot: PrivateDovecot) -> SandboxUser:
    """A user nobody has logged in as yet: empty INBOX, Junk, Sent, Trash and Archive.

    Each test gets a new account (its own passwd file and Maildir), so no mail,
    flags, UIDVALIDITY or connection limits leak between tests and nothing has to be
    deleted. ``mailbox.append(folder, raw)`` seeds it over IMAP.
    """
    dovecot.start()  # no-op unless an earlier test left it stopped
    return dovecot.add_user(f"user{next(_user_numbers):04d}")


CONFIG_TEMPLATE = """\
[store]
path = "{store}"

[[accounts]]
name = "{account}"
host = "127.0.0.1"
port = {port}
security = "{security}"
username = "{user}"
addresses = ["{address}"]
password_env = "{password_env}"
{extra}

[[vendors]]
name = "Acme Cloud"
domains = ["acme.example", "acme.zendesk.com"]
helpdesk = "zendesk"
"""


class Workspace:
    """A config file and state store for one test, pointing at the test's mailbox."""

    def __init__(self, root: Path, mailbox: SandboxUser, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.mailbox = mailbox
        self.store_path = root / "state.sqlite3"
        self.config = root / "config.toml"
        self.password_env = f"TEST_PASSWORD_{mailbox.user.upper()}"
        monkeypatch.setenv(self.password_env, mailbox.password)
        self.write()

    def write(self, *, security: str = "tls", port: int | None = None, extra: str = "") -> Path:
        server = self.mailbox.server
        if port is None:
            port = server.imaps_port if security == "tls" else server.starttls_port
        if security != "none" and "ca_file" not in extra:
            extra = f'ca_file = "{server.ca_file}"\n' + extra
        self.config.write_text(
            CONFIG_TEMPLATE.format(
                store=self.store_path,
                account="test",
                port=port,
                security=security,
                user=self.mailbox.user,
                address=self.mailbox.address,
                password_env=self.password_env,
                extra=extra,
            )
        )
        return self.config

    def settings(self) -> Settings:
        return load_settings(self.config)


@pytest.fixture
def workspace(mailbox: SandboxUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    return Workspace(tmp_path, mailbox, monkeypatch)
