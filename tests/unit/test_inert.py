"""Mail text shown in a terminal or a notification is inert and bounded."""

from __future__ import annotations

from datetime import UTC, date, datetime
from io import StringIO

import pytest
from rich.console import Console

from inbox_watch.app.reports import DigestGroup, DigestReport, RequestStatus, StatusReport
from inbox_watch.cli import render
from inbox_watch.core.events import EventKind, reply_notification
from inbox_watch.core.inert import MAX_COMBINING, inert
from inbox_watch.core.models import Reply, ReplyKind, RequestId, RequestState, TrackedRequest

HOSTILE = (
    "Re: \x1b]8;;file:///etc/passwd\x1b\\click me\x1b]8;;\x1b\\ \x1b[2J\x07"
    "[bold red]urgent[/] [link=https://evil.example]x[/link] \u202etxt.exe\u202c "
    "\x9b31m" + "a" + "\u0301" * 5000
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\x1b[2Jclear", "^[[2Jclear"),
        ("bell\x07", "bell^G"),
        ("csi\x9b31m", "csi<U+009B>31m"),
        ("line\nbreak\ttab", "line break tab"),
        ("\u202etxt.exe", "txt.exe"),
        ("[bold]markup[/bold]", "[bold]markup[/bold]"),  # Text never reads it
        ("문의하신 내용 ✓ 👩‍💻", "문의하신 내용 ✓ 👩‍💻"),  # Korean and a ZWJ emoji kept
        ("Tiếng Việt", "Tiếng Việt"),
    ],
)
def test_inert(text: str, expected: str) -> None:
    assert inert(text) == expected


def test_combining_marks_and_length_are_bounded() -> None:
    zalgo = "a" + "\u0301" * 5000
    assert inert(zalgo) == "a" + "\u0301" * MAX_COMBINING + "…"  # the window was cut
    assert len(inert("x" * 1_000_000)) == 300
    assert inert("x" * 300) == "x" * 300


def _reply(subject: str) -> Reply:
    return Reply(
        "<r@acme.example>",
        "personal",
        "INBOX",
        False,
        "acme",
        f"{subject} <support@acme.example>",
        subject,
        datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        "48213",
        ReplyKind.ANSWER,
        subject,
        request_id=RequestId(1),
    )


def test_status_digest_and_notifications_show_hostile_mail_inert() -> None:
    request = TrackedRequest(RequestId(1), "acme", "48213", HOSTILE, date(2026, 11, 30))
    reply = _reply(HOSTILE)
    console = Console(file=StringIO(), width=100, force_terminal=True)
    render.render_status(
        StatusReport((RequestStatus(request, RequestState.ANSWERED, (reply,)),), (), (), ()),
        console,
        UTC,
    )
    render.render_digest(
        DigestReport(datetime(2026, 11, 30, tzinfo=UTC), (DigestGroup(request, (reply,)),)),
        console,
        UTC,
    )
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    # The only escapes are rich's own styling (CSI ... m); none of the mail's.
    assert "\x1b]" not in shown and "\x1b[2J" not in shown and "\x07" not in shown
    assert "\u202e" not in shown and "\x9b" not in shown
    assert "^[]8;;file:///etc/passwd" in shown  # visible, harmless
    assert "[bold red]urgent[/]" in shown  # printed as text, not as markup
    assert len(shown) < 5000  # 5,000 combining marks per field are not
    note = reply_notification(reply, EventKind.REPLY, request, "Acme")
    for text in (note.title, note.body):
        assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    assert len(note.body) < 2000
