"""`service install`: the systemd unit and launchd agent texts, and contrib/ kept in step."""

from __future__ import annotations

import plistlib
from pathlib import Path

from inbox_watch.daemon.unit_files import launchd_plist, systemd_steps, systemd_unit

CONTRIB = Path(__file__).parents[2] / "contrib" / "inbox-watch.service"


def test_systemd_unit_runs_the_daemon_in_the_foreground() -> None:
    unit = systemd_unit(["/usr/bin/inbox-watch", "--config", "/home/me/my config.toml", "run"])
    assert "ExecStart=/usr/bin/inbox-watch --config '/home/me/my config.toml' run\n" in unit
    assert "ExecReload=/bin/kill -HUP $MAINPID" in unit
    assert "RestartPreventExitStatus=3 7" in unit
    assert "WantedBy=default.target" in unit


def test_contrib_unit_is_the_generated_one() -> None:
    assert CONTRIB.read_text() == systemd_unit(["%h/.local/bin/inbox-watch", "run"])


def test_launchd_plist_parses_and_keeps_the_daemon_alive() -> None:
    text = launchd_plist(["/opt/bin/inbox-watch", "run"], Path("/Users/me/Library/Logs/iw.log"))
    plist = plistlib.loads(text.encode())
    assert plist["ProgramArguments"] == ["/opt/bin/inbox-watch", "run"]
    assert plist["KeepAlive"] == {"SuccessfulExit": False}
    assert plist["StandardErrorPath"] == "/Users/me/Library/Logs/iw.log"


def test_the_steps_say_how_a_password_env_reaches_the_unit() -> None:
    steps = systemd_steps(Path("/home/kim/.config/systemd/user/inbox-watch.service"), ["MAIL_PW"])
    (line,) = [step for step in steps if "MAIL_PW" in step]
    assert "MAIL_PW=..." in line and "~/.config/inbox-watch/env" in line
    # The unit reads that very file.
    assert "EnvironmentFile=-%h/.config/inbox-watch/env" in systemd_unit(["/usr/bin/inbox-watch"])
    assert not [step for step in systemd_steps(Path("/u"), []) if "inbox-watch/env" in step]
