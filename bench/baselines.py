"""Benchmark baselines: the tools people use today, run on the same mailbox in the same run.

(a) a naive client (bench/naive.py), (b) mbsync + notmuch, (c) imapfilter. Installs the
Debian packages when missing (apt-get, as root or through sudo); a baseline that cannot
be installed is skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import VENDORS
from bench.measure import Measured, run_measured

PACKAGES = {"mbsync": "isync", "notmuch": "notmuch", "imapfilter": "imapfilter"}


def ensure_installed(commands: list[str], *, install: bool = True) -> dict[str, str | None]:
    """``{command: None}`` when it is there (installed now if need be), else the reason."""
    missing = [c for c in commands if shutil.which(c) is None]
    if missing and install:
        packages = sorted({PACKAGES[c] for c in missing})
        sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
        if sudo and shutil.which("sudo") is None:
            reasons = "not root and sudo is missing"
        else:
            env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            print(f"installing {', '.join(packages)} (apt-get)", file=sys.stderr)
            update = subprocess.run(
                [*sudo, "apt-get", "update", "-qq"], capture_output=True, text=True, env=env
            )
            result = subprocess.run(
                [*sudo, "apt-get", "install", "-y", "-qq", *packages],
                capture_output=True,
                text=True,
                env=env,
            )
            tail = (result.stderr or update.stderr).strip().splitlines()[-1:] or [""]
            reasons = f"apt-get install {' '.join(packages)} failed: {tail[0]}"
    else:
        reasons = "not installed (--no-install)"
    return {c: None if shutil.which(c) else reasons for c in commands}


@dataclass
class Step:
    name: str
    measured: Measured


@dataclass
class PeerRun:
    """One run of a peer tool: its steps, total figures and the Message-IDs it listed."""

    steps: list[Step] = field(default_factory=list)
    found: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def wall(self) -> float:
        return sum(s.measured.wall for s in self.steps)

    @property
    def cpu(self) -> float:
        return sum(s.measured.cpu for s in self.steps)

    @property
    def rss_mb(self) -> float:
        return max((s.measured.rss_mb for s in self.steps), default=0.0)

    def add(self, name: str, measured: Measured) -> Measured:
        self.steps.append(Step(name, measured))
        if measured.returncode != 0 and self.error is None:
            self.error = (
                f"{name} exited {measured.returncode}: "
                + (measured.stderr.strip().splitlines()[-1:] or [""])[0][:300]
            )
        return measured


class MbsyncNotmuch:
    """``mbsync`` INBOX + Junk to a local Maildir, ``notmuch new``, then one
    ``notmuch search from:<domain>`` per vendor domain."""

    def __init__(
        self, root: Path, *, port: int, ca_file: Path, user: str, password_env: str
    ) -> None:
        self.root = root
        self.maildir = root / "maildir"
        self.rc = root / "mbsyncrc"
        self.notmuch_config = root / "notmuch-config"
        root.mkdir(parents=True, exist_ok=True)
        self.maildir.mkdir(exist_ok=True)
        self.rc.write_text(
            "IMAPAccount bench\n"
            # isync checks certificates against DNS names only.
            "Host localhost\n"
            f"Port {port}\n"
            f"User {user}\n"
            f'PassCmd "printenv {password_env}"\n'
            "SSLType IMAPS\n"
            f"CertificateFile {ca_file}\n\n"
            "IMAPStore remote\nAccount bench\n\n"
            f"MaildirStore local\nPath {self.maildir}/\nInbox {self.maildir}/INBOX\n"
            "SubFolders Verbatim\n\n"
            "Channel bench\nFar :remote:\nNear :local:\nPatterns INBOX Junk\n"
            "Create Near\nSync Pull\nSyncState *\n"
        )
        self.notmuch_config.write_text(
            f"[database]\npath={self.maildir}\n\n[user]\nname=Alice\n"
            "primary_email=alice@example.test\n\n[new]\ntags=new;\n\n"
            "[search]\nexclude_tags=\n\n[maildir]\nsynchronize_flags=false\n"
        )
        self.env = {
            **os.environ,
            "NOTMUCH_CONFIG": str(self.notmuch_config),
            "HOME": str(root),
        }

    def run(self, timeout: float) -> PeerRun:
        run = PeerRun()
        measured = run.add(
            "mbsync",
            run_measured(["mbsync", "-q", "-c", str(self.rc), "-a"], env=self.env, timeout=timeout),
        )
        if measured.returncode != 0:
            return run
        run.add("notmuch new", run_measured(["notmuch", "new", "--quiet"], env=self.env))
        query = " or ".join(f"from:{vendor.domain}" for vendor in VENDORS)
        search = run.add(
            "notmuch search",
            run_measured(["notmuch", "search", "--output=messages", query], env=self.env),
        )
        run.found = [f"<{line.removeprefix('id:')}>" for line in search.stdout.split()]
        return run


class Imapfilter:
    """``imapfilter`` with ``contain_from`` per vendor domain on INBOX and Junk."""

    def __init__(
        self, root: Path, *, port: int, ca_file: Path, user: str, password_env: str
    ) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.config = root / "config.lua"
        searches = " + ".join(f"box:contain_from('{v.domain}')" for v in VENDORS)
        self.config.write_text(
            "options.timeout = 120\noptions.info = false\n"
            "account = IMAP {\n"
            f"  server = 'localhost', port = {port}, username = '{user}',\n"
            f"  password = os.getenv('{password_env}'), ssl = 'auto',\n"
            "}\n"
            "local total = 0\n"
            "for _, name in ipairs({'INBOX', 'Junk'}) do\n"
            "  local box = account[name]\n"
            f"  local found = {searches}\n"
            "  total = total + #found\n"
            "end\n"
            "print('matched ' .. total)\n"
        )
        self.ca_file = ca_file
        self.env = {**os.environ, "HOME": str(root)}

    def run(self, timeout: float) -> tuple[PeerRun, int]:
        run = PeerRun()
        measured = run.add(
            "imapfilter",
            run_measured(
                ["imapfilter", "-t", str(self.ca_file), "-c", str(self.config)],
                env=self.env,
                timeout=timeout,
            ),
        )
        matched = -1
        for line in measured.stdout.splitlines():
            if line.startswith("matched "):
                matched = int(line.split()[1])
        if matched < 0 and run.error is None:
            run.error = "imapfilter printed no count: " + measured.stderr.strip()[-300:]
        return run, matched
