"""Service definitions for `inbox-watch service install`: a systemd user unit, a launchd agent.

Text only: builds the files from paths; never runs systemctl or launchctl itself.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

UNIT_NAME = "inbox-watch.service"
LAUNCHD_LABEL = "io.github.inbox-watch"
_PLAIN = re.compile(r"^[A-Za-z0-9%/._=+:-]+$")


def systemd_unit(command: list[str]) -> str:
    """A systemd *user* unit running the daemon in the foreground.

    Exit status 3 (configuration) and 7 (already running) are not restarted: another
    try cannot fix them. SIGHUP (``systemctl --user reload``) rereads the config.
    """
    exec_start = " ".join(_systemd_quote(part) for part in command)
    return f"""\
[Unit]
Description=inbox-watch: replies from vendor support desks (INBOX and spam)
Documentation=https://github.com/inbox-watch/inbox-watch#running-the-daemon
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
# Password sources: password_command, or password_env set in this optional file (0600).
EnvironmentFile=-%h/.config/inbox-watch/env
ExecStart={exec_start}
ExecReload=/bin/kill -HUP $MAINPID
Restart=on-failure
RestartSec=30
RestartPreventExitStatus=3 7
TimeoutStopSec=15

[Install]
WantedBy=default.target
"""


def _systemd_quote(part: str) -> str:
    # systemd splits ExecStart like a shell; "%" starts a specifier (%h: home), kept as is.
    return part if _PLAIN.match(part) else shlex.quote(part)


def launchd_plist(command: list[str], log_file: Path) -> str:
    """A launchd agent (``~/Library/LaunchAgents``) that keeps the daemon running."""
    arguments = "\n".join(f"    <string>{escape(part)}</string>" for part in command)
    return f"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>{LAUNCHD_LABEL}</string>
  <key>ProgramArguments</key>
  <array>
{arguments}
  </array>
  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <dict>
    <key>SuccessfulExit</key>
    <false/>
  </dict>
  <key>ThrottleInterval</key>
  <integer>30</integer>
  <key>StandardErrorPath</key>
  <string>{escape(str(log_file))}</string>
</dict>
</plist>
"""


ENVIRONMENT_FILE = "~/.config/inbox-watch/env"


def systemd_steps(unit_path: Path, password_envs: Sequence[str] = ()) -> list[str]:
    """What to run after writing the unit; first, how each password_env reaches it
    (systemd does not see the variables of your shell)."""
    passwords = [
        f"# the daemon reads ${name}: put {name}=... in {ENVIRONMENT_FILE} "
        "(chmod 600), or use password_command or the keyring"
        for name in password_envs
    ]
    return [
        f"# written: {unit_path}",
        *passwords,
        "systemctl --user daemon-reload",
        f"systemctl --user enable --now {UNIT_NAME}",
        'loginctl enable-linger "$USER"   # keep it running while you are logged out',
        f"journalctl --user -u {UNIT_NAME} -f   # its log",
        f"systemctl --user reload {UNIT_NAME}   # after editing the config (SIGHUP)",
    ]


def launchd_steps(plist_path: Path, log_file: Path) -> list[str]:
    return [
        f"# written: {plist_path}",
        f'launchctl bootstrap "gui/$(id -u)" "{plist_path}"',
        f'launchctl kickstart -k "gui/$(id -u)/{LAUNCHD_LABEL}"   # restart it',
        f'tail -f "{log_file}"   # its log',
    ]
