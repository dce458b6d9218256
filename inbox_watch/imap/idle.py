"""IMAP IDLE (RFC 2177) on one selected folder, and TCP keepalive for long-lived sessions.

Adapter: waits for the server's word on a logged-in session; decides nothing about mail.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Callable

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from inbox_watch.core.watch import idle_saw_new_mail, idle_server_closing, idle_wait
from inbox_watch.errors import ConnectionFailedError

# Consecutive empty, immediate returns of idle_check taken for a closed connection.
EOF_SUSPICION = 3


def enable_keepalive(client: IMAPClient) -> None:
    """Probe a silent connection after 60 s, every 15 s, 4 times: a peer gone without a
    FIN (Wi-Fi dropped, NAT entry expired) is noticed in about two minutes instead of at
    the next IDLE re-issue."""
    sock = client.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
        option = getattr(socket, name, None)  # Linux names; macOS has only some of them
        if option is not None:
            sock.setsockopt(socket.IPPROTO_TCP, option, value)


def idle_until_new_mail(
    client: IMAPClient,
    *,
    reissue_after: float,
    interrupted: Callable[[], bool],
    tick: float = 0.5,
    where: str,
) -> bool:
    """IDLE on the selected folder until new mail (True), or until it must be re-issued
    or ``interrupted()`` says stop (False). IDLE is always ended (DONE) before returning,
    so the session can run commands again.

    Mail delivered between the last SELECT and IDLE is not announced by Dovecot (it
    reports only changes seen while idling): the caller checks UIDNEXT before IDLE, and
    the re-issue bounds how long such a message can wait.
    """
    client.idle()
    started = time.monotonic()
    new_mail = False
    early_empty = 0
    try:
        while not interrupted():
            wait = idle_wait(started, time.monotonic(), reissue_after, tick)
            if wait <= 0:
                break
            before = time.monotonic()
            responses = client.idle_check(timeout=wait)
            if idle_server_closing(responses):
                raise ConnectionFailedError(f"{where}: the server closed the connection (BYE).")
            if idle_saw_new_mail(responses):
                new_mail = True
                break
            # imapclient's idle_check swallows EOF and returns [] at once; a TLS record
            # that is not data (a session ticket) does the same, but only once.
            early = not responses and time.monotonic() - before < wait / 2
            early_empty = early_empty + 1 if early else 0
            if early_empty >= EOF_SUSPICION:
                raise ConnectionFailedError(f"{where}: the server closed the connection.")
    finally:
        if early_empty < EOF_SUSPICION:
            client.idle_done()
    return new_mail


def release_folder(client: IMAPClient) -> None:
    """Leave the selected folder (UNSELECT, RFC 3691; else CLOSE, which expunges nothing
    in a folder opened read-only). Dovecot answers STATUS on the selected folder from the
    session's own view, which a long-lived session does not refresh: a poll would see
    "unchanged" for ever."""
    with contextlib.suppress(IMAPClientError):  # nothing selected: nothing to leave
        if client.has_capability("UNSELECT"):
            client.unselect_folder()
        else:
            client.close_folder()
