"""`make demo`: the main job end to end on a private Dovecot seeded with sample mail.

Sandbox: touches only a temporary directory and loopback; the user's config and state
are never read or written.
"""

from __future__ import annotations

import os
import shlex
import sys
import tempfile
from datetime import date
from pathlib import Path

from rich.console import Console

from inbox_watch.cli import main as inbox_watch
from sandbox.dovecot import PrivateDovecot
from sandbox.samples import sample_mailbox, sample_requests

DEMO_PASSWORD_ENV = "INBOX_WATCH_DEMO_PASSWORD"  # noqa: S105 - a variable name, not a secret

CONFIG = """\
[store]
path = "{store}"

[[accounts]]
name = "demo"
host = "127.0.0.1"
port = {port}
security = "tls"
username = "alice"
addresses = ["alice@example.test"]
password_env = "{password_env}"
ca_file = "{ca_file}"

[[vendors]]
name = "Acme Cloud"
domains = ["acme.example", "acme.zendesk.com"]
helpdesk = "zendesk"
"""


def run(console: Console, *args: str) -> int:
    console.rule(f"[bold]$ inbox-watch {shlex.join(args)}", align="left")
    code = inbox_watch(list(args))
    if code != 0:
        console.print(f"[red]exit code {code}[/red]")
    return code


def demo(console: Console) -> int:
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="inbox-watch-demo-") as tmp:
        root = Path(tmp)
        os.chmod(root, 0o755)  # noqa: S103 - Dovecot's unprivileged processes traverse it
        password = "demo-" + os.urandom(6).hex()
        with PrivateDovecot(root / "dovecot", users={"alice": password}) as dovecot:
            console.print(
                f"Private Dovecot on 127.0.0.1:{dovecot.imaps_port} (TLS, private CA), "
                f"state in {root}"
            )
            mails = sample_mailbox(today, "alice@example.test")
            for mail in mails:
                dovecot.append(mail.folder, mail.raw, user="alice")
            in_spam = sum(mail.folder == "Junk" for mail in mails)
            sent = sum(mail.folder == "Sent" for mail in mails)
            console.print(
                f"Seeded {len(mails)} messages ({in_spam} in Junk, {sent} of yours in Sent)."
            )
            config = root / "config.toml"
            config.write_text(
                CONFIG.format(
                    store=root / "state.sqlite3",
                    port=dovecot.imaps_port,
                    password_env=DEMO_PASSWORD_ENV,
                    ca_file=dovecot.ca_file,
                )
            )
            os.environ[DEMO_PASSWORD_ENV] = password
            base = ["--config", str(config)]
            for request in sample_requests(today):
                args = [
                    *base,
                    "track",
                    "add",
                    request.vendor,
                    "--subject",
                    request.subject,
                    "--submitted",
                    request.submitted.isoformat(),
                ]
                if request.ticket:
                    args += ["--ticket", request.ticket]
                if request.message_id:
                    args += ["--message-id", request.message_id]
                if run(console, *args) != 0:
                    return 1
            steps = [
                ["scan"],
                ["scan"],  # the second pass finds nothing new and downloads nothing
                ["status"],
                ["digest", "--since", "30d"],
                ["followup", "3"],  # the overdue request: a ready, threaded follow-up
            ]
            for step in steps:
                if run(console, *base, *step) != 0:
                    return 1
        console.rule("[bold]done: Dovecot stopped, temporary files removed", align="left")
    return 0


def main() -> None:
    sys.exit(demo(Console()))


if __name__ == "__main__":
    main()
