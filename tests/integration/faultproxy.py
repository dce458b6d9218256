"""A TCP proxy between inbox-watch and Dovecot that injects seeded faults.

Test helper: forwards bytes on loopback only; each armed fault fires once, in the IMAP
phase it names (login, select, search, fetch, idle), after a given number of response bytes.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from dataclasses import dataclass, field

PHASES = ("greeting", "login", "select", "search", "fetch", "idle")
KINDS = ("drop", "cut", "stall")
_TYPICAL_BYTES = {
    "greeting": 150,
    "login": 120,
    "select": 300,
    "search": 40,
    "fetch": 3000,
    "idle": 60,
}

# Which client command starts which phase (RFC 3501 command names, UID-prefixed or not).
_COMMAND_PHASES = (
    (b" LOGIN ", "login"),
    (b" AUTHENTICATE ", "login"),
    (b" SELECT ", "select"),
    (b" EXAMINE ", "select"),
    (b" STATUS ", "select"),
    (b" SEARCH ", "search"),
    (b" FETCH ", "fetch"),
    (b" IDLE", "idle"),
)


@dataclass(frozen=True)
class Fault:
    phase: str
    kind: str
    offset: int  # response bytes of that phase forwarded before the fault
    stall_seconds: float = 2.0

    @classmethod
    def random(cls, rng: random.Random, phases: tuple[str, ...] = PHASES[:5]) -> Fault:
        phase = rng.choice(phases)
        # Offsets within the size of a typical answer of that phase.
        return cls(phase, rng.choice(KINDS), rng.randrange(0, _TYPICAL_BYTES[phase]))


@dataclass
class FaultLog:
    injected: list[Fault] = field(default_factory=list)
    connections: int = 0


class FaultProxy:
    """Listens on 127.0.0.1; ``arm(fault)`` makes the next matching phase fail."""

    def __init__(self, target_port: int, rewrite: dict[bytes, bytes] | None = None) -> None:
        self.target_port = target_port
        self.rewrite = rewrite or {}
        self.log = FaultLog()
        self._fault: Fault | None = None
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._stopping = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    def arm(self, fault: Fault | None) -> None:
        with self._lock:
            self._fault = fault

    @property
    def armed(self) -> Fault | None:
        with self._lock:
            return self._fault

    def _take(self, phase: str, phase_bytes: int) -> Fault | None:
        with self._lock:
            fault = self._fault
            if fault is None or fault.phase != phase or phase_bytes < fault.offset:
                return None
            self._fault = None
            self.log.injected.append(fault)
            return fault

    def close(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        self._listener.close()
        for sock in list(self._sockets):
            _close(sock)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                _close(client)
                continue
            self.log.connections += 1
            Connection(self, client, server).start()


class Connection:
    """One proxied session: the client->server pump tracks the phase, the
    server->client pump injects the fault."""

    def __init__(self, proxy: FaultProxy, client: socket.socket, server: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.server = server
        self.phase = "greeting"
        self.phase_bytes = 0
        self.closed = threading.Event()
        proxy._sockets.update((client, server))

    def start(self) -> None:
        threading.Thread(target=self._upstream, daemon=True).start()
        threading.Thread(target=self._downstream, daemon=True).start()

    def _shutdown(self) -> None:
        self.closed.set()
        _close(self.client)
        _close(self.server)

    def _upstream(self) -> None:
        try:
            while not self.closed.is_set():
                data = self.client.recv(65536)
                if not data:
                    break
                upper = data.upper()
                for marker, phase in _COMMAND_PHASES:
                    if marker in upper:
                        self.phase, self.phase_bytes = phase, 0
                        break
                self.server.sendall(data)
        except OSError:
            pass
        self._shutdown()

    def _downstream(self) -> None:
        try:
            while not self.closed.is_set():
                data = self.server.recv(65536)
                if not data:
                    break
                for old, new in self.proxy.rewrite.items():
                    data = data.replace(old, new)
                fault = self.proxy._take(self.phase, self.phase_bytes + len(data))
                if fault is not None:
                    self._inject(fault, data)
                    return
                self.phase_bytes += len(data)
                self.client.sendall(data)
        except OSError:
            pass
        self._shutdown()

    def _inject(self, fault: Fault, data: bytes) -> None:
        keep = max(0, fault.offset - self.phase_bytes)
        if fault.kind == "cut":
            # The stream ends in the middle of a response.
            self.client.sendall(data[:keep])
        elif fault.kind == "stall":
            # Forward part of the answer, then go silent: the client's timeout must fire.
            self.client.sendall(data[:keep])
            deadline = time.monotonic() + fault.stall_seconds
            while time.monotonic() < deadline and not self.closed.is_set():
                time.sleep(0.02)
        # "drop" forwards nothing more at all.
        self._shutdown()


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
