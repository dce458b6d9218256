"""The command line end to end on a real Dovecot: JSON contracts, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import click
import pytest

from inbox_watch.cli import main
from inbox_watch.errors import ExitCode
from sandbox.samples import sample_mailbox, sample_requests
from tests.integration.conftest import Workspace

REPLY_KEYS = {
    "ref",
    "message_id",
    "account",
    "folder",
    "in_spam",
    "from",
    "subject",
    "date",
    "ticket",
    "kind",
    "corrected",
    "sender_verified",
}
REQUEST_KEYS = {
    "id",
    "vendor",
    "ticket",
    "subject",
    "submitted",
    "state",
    "overdue",
    "next_action",
    "act_by",
    "business_days_waiting",
    "corrected",
    "replies",
    "sent",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def seeded(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> list[str]:
    today = date.today()
    for mail in sample_mailbox(today, workspace.mailbox.address):
        workspace.mailbox.append(mail.folder, mail.raw)
    base = ["--config", str(workspace.config)]
    for request in sample_requests(today):
        code, out, err = run(capsys, *base, *request.track_args())
        assert code == 0, err
        assert out.strip().isdigit()
    return base


def test_status_json_follows_the_schema(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    base = seeded(workspace, capsys)
    assert run(capsys, *base, "scan")[0] == 0
    code, out, _ = run(capsys, *base, "status", "--json")
    assert code == 0
    status = json.loads(out)
    assert set(status) == {
        "version",
        "last_checked",
        "requests",
        "unmatched",
        "suspicious",
        "skipped",
        "daemon",
        "proposals",
    }
    assert status["version"] == 1
    assert status["last_checked"] is not None  # the scan above checked every folder
    assert len(status["requests"]) == 3
    for request in status["requests"]:
        assert set(request) == REQUEST_KEYS
        for reply in request["replies"]:
            assert set(reply) == REPLY_KEYS
    for reply in status["unmatched"]:
        assert set(reply) == REPLY_KEYS | {"reason"}
    states = [r["state"] for r in status["requests"]]
    assert states == ["needs_info", "answered", "waiting"]
    spam = [r for req in status["requests"] for r in req["replies"] if r["in_spam"]]
    assert [(r["folder"], r["kind"]) for r in spam] == [("Junk", "needs_info")]
    assert status["requests"][2]["overdue"] is True
    actions = [(r["next_action"], r["act_by"] is not None) for r in status["requests"]]
    assert actions == [("answer_support", True), ("read_answer", False), ("follow_up", True)]
    assert status["requests"][2]["business_days_waiting"] > 5


def test_digest_json_groups_replies_newest_first(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    base = seeded(workspace, capsys)
    run(capsys, *base, "scan")
    code, out, _ = run(capsys, *base, "digest", "--since", "30d", "--json")
    assert code == 0
    digest = json.loads(out)
    assert set(digest) == {"since", "groups"}
    dates = [g["replies"][0]["date"] for g in digest["groups"]]
    assert dates == sorted(dates, reverse=True)
    for group in digest["groups"]:
        reply_dates = [r["date"] for r in group["replies"]]
        assert reply_dates == sorted(reply_dates, reverse=True)
        for reply in group["replies"]:
            assert set(reply) == REPLY_KEYS | {"snippet", "needs_answer"}
            assert ">" not in reply["snippet"][:1]
    needs_answer = [r for g in digest["groups"] for r in g["replies"] if r["needs_answer"]]
    assert len(needs_answer) == 1 and needs_answer[0]["in_spam"]
    # Quoted history (which names older tickets) is not in the snippet.
    assert all("47102" not in r["snippet"] for g in digest["groups"] for r in g["replies"])


def test_human_output_names_spam_and_needed_answers(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    base = seeded(workspace, capsys)
    run(capsys, *base, "scan")
    code, out, _ = run(capsys, *base, "digest", "--since", "30d")
    out = " ".join(out.split())  # rich wraps at the terminal width
    assert code == 0
    assert "FOUND IN SPAM" in out and "NEEDS YOUR ANSWER" in out
    code, out, _ = run(capsys, *base, "status")
    out = " ".join(out.split())
    assert code == 0
    assert "NEEDS_INFO" in out and "business days): follow up" in out
    assert "openai-support.com" in out  # shown as suspicious, never as a reply


def test_track_list_and_close(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--config", str(workspace.config)]
    assert run(capsys, *base, "track", "add", "Acme Cloud", "--ticket", "#0012345")[0] == 0
    code, out, _ = run(capsys, *base, "track", "list", "--json")
    (request,) = json.loads(out)["requests"]
    assert (request["vendor"], request["ticket"]) == ("acme-cloud", "12345")
    assert run(capsys, *base, "track", "close", str(request["id"]))[0] == 0
    code, out, _ = run(capsys, *base, "status", "--json")
    assert json.loads(out)["requests"][0]["state"] == "closed"
    code, _, err = run(capsys, *base, "track", "add", "acme-cloud", "--ticket", "12345")
    assert code == 0  # the first one was closed: tracking it again is allowed
    code, _, err = run(capsys, *base, "track", "add", "acme-cloud", "--ticket", "Request 12345")
    assert code == ExitCode.USAGE and "already tracked" in err


def test_typed_tickets_and_days_are_what_the_user_meant(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--config", str(workspace.config)]
    code, _, err = run(capsys, *base, "track", "add", "acme-cloud", "--ticket", " 48 213 ")
    assert code == 0, err
    code, _, err = run(capsys, *base, "track", "add", "openai", "--submitted", "yesterday")
    assert code == 0, err
    code, _, err = run(capsys, *base, "track", "add", "openai", "--submitted", "3d")
    assert code == ExitCode.USAGE and "already tracked" in err  # nothing tells them apart
    requests = json.loads(run(capsys, *base, "track", "list", "--json")[1])["requests"]
    assert [(r["vendor"], r["ticket"]) for r in requests] == [
        ("acme-cloud", "48213"),
        ("openai", None),
    ]
    assert requests[1]["submitted"] == (date.today() - timedelta(days=1)).isoformat()


def test_a_catalogue_vendor_is_watched_once_tracked(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    # GitHub is in the shipped catalogue, not in this config: nothing to set up.
    reply = (
        "From: GitHub Support <support@githubsupport.com>\r\n"
        f"To: {workspace.mailbox.address}\r\n"
        f"Date: {date.today():%a, %d %b %Y} 09:00:00 +0000\r\n"
        "Subject: [Request #3012345] Two-factor recovery\r\n"
        "Message-ID: <gh-1@githubsupport.com>\r\n\r\n"
        "Hi, we have reset two-factor authentication on your account.\r\n"
    ).encode()
    workspace.mailbox.append("INBOX", reply)
    base = ["--config", str(workspace.config)]
    assert run(capsys, *base, "scan")[0] == 0
    status = json.loads(run(capsys, *base, "status", "--json")[1])
    assert status["unmatched"] == []  # github.com mail is nobody's support mail yet
    code, _out, err = run(capsys, *base, "track", "add", "github", "--ticket", "3012345")
    assert code == 0, err
    assert run(capsys, *base, "scan")[0] == 0
    (request,) = json.loads(run(capsys, *base, "status", "--json")[1])["requests"]
    assert request["vendor"] == "github"
    assert [r["message_id"] for r in request["replies"]] == ["<gh-1@githubsupport.com>"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["track", "add", "nosuchvendor"], ExitCode.USAGE, 'unknown vendor "nosuchvendor"'),
        (["track", "add", "githib"], ExitCode.USAGE, 'did you mean "github"?'),
        (
            ["track", "add", "openai", "--submitted", "2026-13-45"],
            ExitCode.USAGE,
            '--submitted "2026-13-45" is not a day.',
        ),
        (["track", "add", "openai", "--ticket", "   "], ExitCode.USAGE, "the ticket is empty"),
        (["track", "add", "openai", "--ticket", "48\n213"], ExitCode.USAGE, "line breaks"),
        (["digest", "--since", "last tuesday"], ExitCode.USAGE, "bad --since value"),
        (["track", "close", "999"], ExitCode.USAGE, "no tracked request with id 999"),
        (
            [
                "track",
                "add",
                "openai",
                "--submitted",
                (date.today() + timedelta(days=3)).isoformat(),
            ],
            ExitCode.USAGE,
            "in the future",
        ),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(
    workspace: Workspace,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    message: str,
) -> None:
    got, out, err = run(capsys, "--config", str(workspace.config), *args)
    assert got == code
    assert message in err
    assert "Traceback" not in err + out


def test_missing_config_file(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    code, _, err = run(capsys, "--config", "/nonexistent/inbox-watch.toml", "status")
    assert code == ExitCode.CONFIG
    assert err.count("\n") == 1 and "does not exist" in err


def test_doctor_without_accounts_is_one_failed_config_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{tmp_path / "s.sqlite3"}"\n')
    code, out, _err = run(capsys, "--config", str(config), "doctor")
    assert code == ExitCode.CONFIG
    config_lines = [line for line in out.splitlines() if "config:" in line]
    assert len(config_lines) == 1 and "no IMAP account is configured" in config_lines[0]
    code, out, _err = run(capsys, "--config", str(config), "doctor", "--json")
    checks = json.loads(out)["checks"]
    assert [c["status"] for c in checks if c["name"] == "config"] == ["fail"]


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "inbox_watch", *args]


@pytest.mark.parametrize("encoding", ["cp949", "latin-1", "ascii"])
def test_a_narrow_terminal_encoding_gets_ascii_marks_not_a_crash(
    tmp_path: Path, encoding: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{tmp_path / "s.sqlite3"}"\n')
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    add = ["--config", str(config), "track", "add", "openai", "--subject", "결제 오류 문의 ✓"]
    assert subprocess.run(_cli(*add), env=env, capture_output=True).returncode == 0
    doctor = subprocess.run(_cli("--config", str(config), "doctor"), env=env, capture_output=True)
    out = doctor.stdout.decode(encoding)
    assert doctor.returncode == ExitCode.CONFIG
    assert out.startswith("X config: no IMAP account") and "OK store:" in out
    status = subprocess.run(_cli("--config", str(config), "status"), env=env, capture_output=True)
    assert status.returncode == 0, status.stderr
    assert b"Traceback" not in status.stderr + doctor.stderr
    assert b"UnicodeEncodeError" not in status.stderr + doctor.stderr
    assert "openai" in status.stdout.decode(encoding)


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{tmp_path / "s.sqlite3"}"\n')
    for n in range(3):
        add = ["--config", str(config), "track", "add", "openai", "--ticket", str(4000 + n)]
        assert subprocess.run(_cli(*add), capture_output=True).returncode == 0
    # `status | head -0`: the pipe is closed before the first line is written.
    proc = subprocess.Popen(
        _cli("--config", str(config), "status"), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read()
    assert proc.wait(30) == 0, err
    assert err == b""


def test_notify_test_says_why_a_channel_failed(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[store]\npath = "{tmp_path / "s.sqlite3"}"\n'
        '[notify]\nurls = ["json://127.0.0.1:9/hook?token=s3cr3t"]\n'  # port 9: nothing
    )
    # A process of its own: apprise's plugins import modules that warn on import.
    done = subprocess.run(
        _cli("--config", str(config), "notify", "test"), capture_output=True, text=True
    )
    code, out, err = done.returncode, done.stdout, done.stderr
    assert code == ExitCode.ERROR, err
    (line,) = out.splitlines()
    assert line.startswith("channel 1 (json): FAILED: failure: ")
    assert "connection error" in line.lower()
    assert "s3cr3t" not in out + err
    assert "1 of 1 notification channel(s) failed" in err


def test_ctrl_c_says_what_was_saved(workspace: Workspace) -> None:
    # A server that accepts the connection and never greets: the scan waits on it.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        workspace.write(security="none", port=port)
        proc = subprocess.Popen(
            _cli("--config", str(workspace.config), "scan"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        silent.settimeout(20)
        connection, _ = silent.accept()  # the scan is connected and waiting
        with connection:
            time.sleep(0.2)
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=20)
    assert proc.returncode == ExitCode.INTERRUPTED
    assert "interrupted. What was finished is saved" in err
    assert "Traceback" not in err + out


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


def test_every_command_shows_an_example_in_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--help")[0] == 0
    from inbox_watch.cli.root import cli

    commands = _commands(cli)
    assert len(commands) >= 15
    for command in commands:
        code, out, _ = run(capsys, *command, "--help")
        assert code == 0 and "Example" in out, command


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_complete_the_commands(shell: str) -> None:
    script = subprocess.run(
        _cli("completion", shell), capture_output=True, text=True, check=True
    ).stdout
    assert "_INBOX_WATCH_COMPLETE" in script
    # What the bash script asks the program for when the user types "inbox-watch sta<TAB>".
    env = {**os.environ, "COMP_WORDS": "inbox-watch sta", "COMP_CWORD": "1"}
    env["_INBOX_WATCH_COMPLETE"] = "bash_complete"
    answer = subprocess.run(_cli(), env=env, capture_output=True, text=True, check=True)
    assert answer.stdout.split() == ["plain,status"]


def test_scan_without_accounts_says_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    config = Path(str(tmp_path)) / "c.toml"
    config.write_text(f'[store]\npath = "{Path(str(tmp_path)) / "s.sqlite3"}"\n')
    code, _, err = run(capsys, "--config", str(config), "scan")
    assert code == ExitCode.CONFIG and "no IMAP account is configured" in err


def test_wrong_password_is_an_auth_error_without_the_secret(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(workspace.password_env, "not-the-password-x7")
    code, out, err = run(capsys, "--config", str(workspace.config), "--debug", "scan")
    assert code == ExitCode.AUTH
    assert "login as" in err and "refused" in err and ".." not in err
    assert "not-the-password-x7" not in out + err


def test_status_says_when_scan_last_checked_mail_and_that_it_failed(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = seeded(workspace, capsys)
    code, out, _ = run(capsys, *base, "status")
    assert code == 0 and "mail not checked yet" in out
    assert "Mail not checked yet: run `inbox-watch scan`" in " ".join(out.split())
    assert run(capsys, *base, "scan")[0] == 0
    code, out, _ = run(capsys, *base, "status")
    assert "test: mail last checked" in out and "mail not checked yet" not in out
    monkeypatch.setenv(workspace.password_env, "not-the-password-x7")
    assert run(capsys, *base, "scan")[0] == ExitCode.AUTH
    code, out, _ = run(capsys, *base, "status")
    flat = " ".join(out.split())  # the console wraps long lines
    assert flat.count("test: mail last checked") == 1
    assert re.search(r"test: mail last checked [^;]+; last error [^:]+:\d\d \w+: .*refused", flat)
    assert "not-the-password-x7" not in out
    status = json.loads(run(capsys, *base, "status", "--json")[1])
    (account,) = status["daemon"]["accounts"]
    assert "refused" in account["last_error"] and status["last_checked"] is not None


def test_the_timezone_setting_sets_the_clock_status_shows(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    base = seeded(workspace, capsys)
    workspace.config.write_text('timezone = "Asia/Seoul"\n' + workspace.config.read_text())
    assert run(capsys, *base, "scan")[0] == 0
    code, out, _ = run(capsys, *base, "status")
    assert code == 0
    assert re.search(r"test: mail last checked \d{4}-\d\d-\d\d \d\d:\d\d KST", out)
    # JSON stays UTC.
    status = json.loads(run(capsys, *base, "status", "--json")[1])
    assert status["last_checked"].endswith("+00:00")


def test_untrusted_certificate_is_refused(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.write(extra='ca_file = "/etc/ssl/certs/ca-certificates.crt"')
    code, _, err = run(capsys, "--config", str(workspace.config), "scan")
    assert code == ExitCode.NETWORK
    assert "certificate did not verify" in err and "ca_file" in err


def test_unreachable_host_is_a_network_error(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    workspace.write(port=port)
    code, _, err = run(capsys, "--config", str(workspace.config), "scan")
    assert code == ExitCode.NETWORK and "connection refused" in err


def test_password_never_in_output_or_logs(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    base = seeded(workspace, capsys)
    outputs = []
    for args in (
        ["--debug", "scan"],
        ["--debug", "status"],
        ["status", "--json"],
        ["digest", "--json"],
        ["scan", "--json"],
    ):
        code, out, err = run(capsys, *base, *args)
        assert code == 0, err
        outputs.append(out + err)
    assert all(workspace.mailbox.password not in text for text in outputs)
    assert workspace.mailbox.password.encode() not in workspace.store_path.read_bytes()


def test_console_script_and_module_entry_points() -> None:
    for command in (["inbox-watch", "--help"], [sys.executable, "-m", "inbox_watch", "--help"]):
        if command[0] == "inbox-watch":
            command[0] = str(__import__("pathlib").Path(sys.executable).parent / "inbox-watch")
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "track" in result.stdout and "digest" in result.stdout


def _acme_reply(number: int, minutes_ago: int, *, vouched: bool) -> bytes:
    from datetime import UTC, datetime
    from email.utils import format_datetime

    sent = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    results = (
        "Authentication-Results: mx.mailbox.example; dmarc=pass header.from=acme.example\r\n"
        if vouched
        else ""
    )
    return (
        f"{results}From: Acme Support <support@acme.example>\r\nTo: someone@example.test\r\n"
        f"Subject: [Request #48213] Volume\r\nDate: {format_datetime(sent)}\r\n"
        f"Message-ID: <verified-{number}@acme.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "##- Please type your reply above this line -##\r\n\r\n"
        f"The volume is attached again ({number}).\r\n"
    ).encode()


def test_a_sender_the_users_server_did_not_vouch_for_is_shown_as_unverified(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.write(extra='authserv_id = "mx.mailbox.example"')
    workspace.mailbox.append("INBOX", _acme_reply(1, 90, vouched=True))
    workspace.mailbox.append("INBOX", _acme_reply(2, 30, vouched=False))
    base = ["--config", str(workspace.config)]
    assert run(capsys, *base, "track", "add", "Acme Cloud", "--ticket", "48213")[0] == 0
    assert run(capsys, *base, "scan")[0] == 0

    (request,) = json.loads(run(capsys, *base, "status", "--json")[1])["requests"]
    verified = {reply["message_id"]: reply["sender_verified"] for reply in request["replies"]}
    assert verified == {"<verified-1@acme.example>": True, "<verified-2@acme.example>": False}
    code, text, _ = run(capsys, *base, "status")
    assert code == 0
    assert "[unverified]" in text and "did not vouch for the sender" in text
    code, digest, _ = run(capsys, *base, "digest", "--since", "7d")
    assert code == 0
    words = " ".join(digest.split())  # the console wraps at 80 columns
    assert words.count("sender unverified") == 1
    assert words.index("sender unverified") < words.index("attached again (2)")
