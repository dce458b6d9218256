"""password_command as real processes: one that never returns, one that fails while
talking on stderr, one that succeeds noisily. Each is bounded by the account's timeout,
reported in one line that holds no secret, and leaves no process behind."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from inbox_watch.credentials.sources import password_source, resolve_password
from inbox_watch.errors import ConfigError
from inbox_watch.settings import AccountSettings

SECRET = "hunter2-correct-horse"


def account(command: str, timeout: float = 1.0) -> AccountSettings:
    return AccountSettings(
        name="work", host="imap.example", username="kim", password_command=command,
        timeout=timeout,
    )  # fmt: skip


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def test_a_command_that_never_returns_is_stopped_with_its_children(tmp_path: Path) -> None:
    # A shell that starts a child and waits on it, as `sh -c "gpg ... | head -1"` does.
    pid_file = tmp_path / "pid"
    command = f"sleep 300 & echo $! > {pid_file}; wait"
    started = time.monotonic()
    with pytest.raises(ConfigError) as caught:
        resolve_password(account(command, timeout=1.0))
    elapsed = time.monotonic() - started
    assert elapsed < 6, elapsed
    message = str(caught.value)
    assert "printed nothing within 1 s and was stopped" in message
    assert "\n" not in message
    grandchild = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while alive(grandchild) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(grandchild)


def test_a_failing_command_is_named_by_its_exit_status_not_its_stderr(
    caplog: pytest.LogCaptureFixture,
) -> None:
    command = f"echo 'store says: {SECRET}' >&2; exit 3"
    with caplog.at_level(logging.DEBUG), pytest.raises(ConfigError) as caught:
        resolve_password(account(command))
    assert str(caught.value) == (
        'account "work": password_command failed (exit 3, no password printed).'
    )
    assert SECRET not in str(caught.value) + (caught.value.hint or "") + caplog.text


def test_a_noisy_command_that_succeeds_gives_its_first_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    command = f"echo 'gpg: decrypting, {SECRET}' >&2; printf '{SECRET}\\nsecond line\\n'"
    with caplog.at_level(logging.DEBUG):
        assert resolve_password(account(command)) == SECRET
    assert SECRET not in caplog.text


def test_a_command_that_prints_nothing_fails_in_one_line() -> None:
    with pytest.raises(ConfigError, match=r"exit 0, no password printed"):
        resolve_password(account("true"))


def test_the_source_named_is_the_one_resolve_password_reads() -> None:
    # doctor and `auth set-password` name the source; both use resolve_password's order
    # (a password in the config wins over password_env, which wins over a command).
    both = AccountSettings(
        name="work", host="imap.example", username="kim", password="in-config",
        password_env="WORK_PASSWORD", password_command="echo from-command",
    )  # fmt: skip
    assert password_source(both) == "config"
    assert resolve_password(both, environ={"WORK_PASSWORD": "from-env"}) == "in-config"
    env_first = both.model_copy(update={"password": None})
    assert password_source(env_first) == "env"
    assert resolve_password(env_first, environ={"WORK_PASSWORD": "from-env"}) == "from-env"
    assert password_source(env_first.model_copy(update={"password_env": None})) == "command"
    assert password_source(both.model_copy(update={"password_keyring": True})) == "keyring"
