"""Sandbox layer: a private Dovecot IMAP server on 127.0.0.1 for the tests and ``make demo``.

Must not touch the system's Dovecot (/etc/dovecot, /var/lib/dovecot) nor listen beyond loopback.
"""

from __future__ import annotations

import atexit
import contextlib
import grp
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from string import Template
from types import MappingProxyType, TracebackType

import imapclient

DOVECOT_BINARY = Path("/usr/sbin/dovecot")
DEFAULT_USERS: Mapping[str, str] = MappingProxyType({"alice": "secret"})
MAIL_DOMAIN = "example.test"

# Dovecot's own placeholders are %u and $default_internal_user, so ours use "@".
_CONFIG = """\
# Written by sandbox.dovecot. Isolated: nothing is included from /etc/dovecot.
instance_name = @instance
base_dir = @root/run
state_dir = @root/state
log_path = @root/dovecot.log
protocols = imap
listen = 127.0.0.1
shutdown_clients = yes

default_login_user = @login_user
default_internal_user = @internal_user
default_internal_group = @internal_group
first_valid_uid = 1
first_valid_gid = 1

ssl = yes
ssl_cert = <@root/tls/server.pem
ssl_key = <@root/tls/server.key
# Tests need plain LOGIN (security="none"); loopback counts as secured anyway.
disable_plaintext_auth = no
auth_mechanisms = plain login@oauth2_mechanisms
auth_failure_delay = 0

# 256M (the default) is too small to IDLE on a 100,000-message Maildir.
default_vsz_limit = 1G
mail_max_userip_connections = 100
mail_location = maildir:~/Maildir
# A sandbox: durability across power loss is not worth the latency.
mail_fsync = never

passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN @root/passwd.d/%u
}
@{oauth2_passdb}userdb {
  driver = static
  args = uid=@uid gid=@gid home=@root/mail/%u
}

namespace inbox {
  inbox = yes
  separator = /
@junk_mailbox  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
    auto = subscribe
  }
}

service imap-login {
  inet_listener imap {
    port = @starttls_port
  }
  inet_listener imaps {
    port = @imaps_port
    ssl = yes
  }
@login_extra}
# Anvil's auth penalty delays every login from an IP after a failed one by 2-15 s,
# even a correct one, and auth_failure_delay does not cover it. Auth disables it
# when it cannot connect to this socket.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
@anvil_extra}
service auth-worker {
  user = $default_internal_user
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
"""

_JUNK_MAILBOX = """\
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
"""

# Dovecot 2.3's oauth2 passdb (doc.dovecot.org/2.3, "Open Authentication v2.0 database").
_OAUTH2_PASSDB = """\
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = @root/dovecot-oauth2.conf.ext
}
"""

_OAUTH2_CONF = """\
introspection_mode = post
introspection_url = {url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""

# Dovecot's config syntax has no quoting we want to depend on: refuse odd paths up front.
_SAFE_PATH = re.compile(r"^[A-Za-z0-9_./+-]+$")
_SAFE_USER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class _ConfigTemplate(Template):
    delimiter = "@"


@dataclass(frozen=True)
class SandboxUser:
    """One mail account on a :class:`PrivateDovecot`; ``append`` seeds its folders."""

    user: str
    password: str
    address: str
    server: PrivateDovecot = field(repr=False, compare=False)

    def append(
        self,
        folder: str,
        raw: bytes,
        *,
        flags: Sequence[bytes] = (),
        msg_time: datetime | None = None,
    ) -> None:
        self.server.append(folder, raw, user=self.user, flags=flags, msg_time=msg_time)

    def append_many(self, folder: str, raws: Iterable[bytes], *, batch: int = 500) -> int:
        return self.server.append_many(folder, raws, user=self.user, batch=batch)

    def client(self) -> imapclient.IMAPClient:
        """Logged in over implicit TLS; the caller logs out (or uses ``with``)."""
        return self.server.client(self.user)


class PrivateDovecot:
    """A Dovecot instance of its own under ``root``, listening on free loopback ports.

    Runs in the foreground (``dovecot -F``) in a new session, so the whole instance is
    one process group that :meth:`stop` can always take down. ``setpriv --pdeathsig``
    makes the master exit if the Python *thread* that started it dies, so a killed
    test run leaves nothing behind: call :meth:`start` from a long-lived thread.
    """

    host: str = "127.0.0.1"

    def __init__(
        self,
        root: Path,
        users: Mapping[str, str] = DEFAULT_USERS,
        *,
        binary: Path = DOVECOT_BINARY,
        special_use: bool = True,
        oauth2_introspection_url: str | None = None,
    ) -> None:
        """``special_use=False``: no Junk folder flagged ``\\Junk`` (tests create their own
        spam folder). ``oauth2_introspection_url``: also accept SASL XOAUTH2/OAUTHBEARER,
        checking tokens by RFC 7662 introspection (POST ``token=...``) at that URL, whose
        JSON answer must hold ``active: true`` and ``username``."""
        self.root = Path(root).resolve()
        self.special_use = special_use
        self.oauth2_introspection_url = oauth2_introspection_url
        if not _SAFE_PATH.match(str(self.root)):
            raise ValueError(f"Dovecot sandbox root must be a plain path: {self.root!r}")
        self.binary = Path(binary)
        self.imaps_port = 0
        self.starttls_port = 0
        self.ca_file = self.root / "tls" / "ca.pem"
        self.config_file = self.root / "dovecot.conf"
        self.log_file = self.root / "dovecot.log"
        self.instance_name = f"inbox-watch-{secrets.token_hex(4)}"
        self._users: dict[str, str] = {}
        self._as_root = os.geteuid() == 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._prepared = False
        for name, password in users.items():
            self._check_user(name, password)
            self._users[name] = password

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def master_pid(self) -> int | None:
        """The master's pid, which is also the instance's process group id."""
        return self._proc.pid if self._proc is not None else None

    def start(self, timeout: float = 15.0) -> None:
        """Start Dovecot and return once both listeners greet; RuntimeError otherwise."""
        if self.running:
            return
        if not self.binary.exists():
            raise RuntimeError(f"Dovecot is not installed: {self.binary} is missing")
        self._prepare()
        fixed_ports = self.imaps_port != 0
        # Free ports are picked by binding port 0 and closing: another process can grab
        # one in between, so a first start retries with new ports. A restart cannot.
        for attempt in range(1 if fixed_ports else 3):
            if not fixed_ports:
                self.imaps_port, self.starttls_port = _free_ports(self.host, 2)
            self._write_config()
            try:
                self._spawn_and_wait(timeout)
                return
            except BaseException as error:
                # Also on Ctrl-C: nothing may outlive a failed start.
                self.stop()
                taken = isinstance(error, RuntimeError) and "Address already in use" in str(error)
                if taken and not fixed_ports and attempt < 2:
                    continue
                if not fixed_ports:
                    self.imaps_port = self.starttls_port = 0
                raise

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the master and everything it started; safe to call any number of times."""
        with self._lock:
            proc = self._proc
            if proc is None:
                return
            try:
                if proc.poll() is None:
                    # `doveadm stop` sends SIGTERM to the master alone; an imap process in IDLE
                    # then outlives the master by ~10 s. Terminating the whole group at once
                    # takes 0.1-1 s.
                    _signal_group(proc.pid, signal.SIGTERM)
                    try:
                        proc.wait(timeout=timeout)
                    except subprocess.TimeoutExpired:
                        _signal_group(proc.pid, signal.SIGKILL)
                        proc.wait(timeout=5)
            finally:
                self._kill_group()
                self._proc = None
                atexit.unregister(self.stop)

    def restart(self) -> None:
        """Stop and start again on the same ports, with the same users and mail."""
        self.stop()
        self.start()

    def __enter__(self) -> PrivateDovecot:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- users and mail ----------------------------------------------------------------------

    def add_user(self, user: str, password: str | None = None) -> SandboxUser:
        """Add an account (its Maildir appears on first login); works while running.

        Each user has a passwd file of its own (see ``_write_passwd``): no reload needed.
        """
        password = password if password is not None else secrets.token_urlsafe(12)
        self._check_user(user, password)
        with self._lock:
            if user in self._users:
                raise ValueError(f"user {user!r} exists already")
            self._users[user] = password
            if self._prepared:
                self._write_passwd(user)
        return self.user(user)

    def set_password(self, user: str, password: str) -> None:
        """Change an account's password (a new passwd file; Dovecot reads it on the next
        login, open sessions stay logged in)."""
        self._check_user(user, password)
        with self._lock:
            if user not in self._users:
                raise ValueError(f"no user {user!r}")
            self._users[user] = password
            if self._prepared:
                self._write_passwd(user)

    def user(self, user: str = "alice") -> SandboxUser:
        return SandboxUser(user, self._users[user], f"{user}@{MAIL_DOMAIN}", self)

    @property
    def users(self) -> Mapping[str, str]:
        return MappingProxyType(self._users)

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts only this sandbox's CA."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def client(self, user: str = "alice") -> imapclient.IMAPClient:
        """An IMAPClient logged in as ``user`` over implicit TLS, verified with ``ca_file``."""
        client = imapclient.IMAPClient(
            self.host, port=self.imaps_port, ssl=True, ssl_context=self.ssl_context(), timeout=30
        )
        try:
            client.login(user, self._users[user])
        except BaseException:
            client.shutdown()
            raise
        return client

    def append(
        self,
        folder: str,
        raw: bytes,
        *,
        user: str = "alice",
        flags: Sequence[bytes] = (),
        msg_time: datetime | None = None,
    ) -> None:
        """IMAP APPEND ``raw`` to ``folder``: how mail arrives, as far as clients can tell."""
        client = self.client(user)
        try:
            client.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        finally:
            client.logout()

    def append_many(
        self, folder: str, raws: Iterable[bytes], *, user: str = "alice", batch: int = 500
    ) -> int:
        """APPEND many messages over one connection (RFC 3502 MULTIAPPEND, ``batch`` at a
        time); returns how many. For the "thousands of unrelated messages" tests."""
        count = 0
        client = self.client(user)
        try:
            chunk: list[bytes] = []
            for raw in raws:
                chunk.append(raw)
                if len(chunk) >= batch:
                    client.multiappend(folder, chunk)
                    count += len(chunk)
                    chunk = []
            if chunk:
                client.multiappend(folder, chunk)
                count += len(chunk)
        finally:
            client.logout()
        return count

    def write_maildir(
        self, messages: Iterable[tuple[str, bytes, datetime]], *, user: str = "alice"
    ) -> int:
        """Write ``(folder, raw, received)`` straight into ``user``'s Maildir (``cur/``,
        flagged seen), each file's mtime set to ``received`` (Dovecot's INTERNALDATE);
        returns how many.

        Behind the server's back, for building large benchmark mailboxes fast (APPEND of
        100,000 messages takes minutes); tests seed mail with :meth:`append`. Logs in once
        first so that Dovecot has created the Maildir and its special-use folders; other
        folders must exist. Call it before a client selects the folders: Dovecot gives the
        files UIDs, in name (that is time) order, on its next sync.
        """
        client = self.client(user)
        try:
            # STATUS makes Dovecot create each folder's directories, owned as it wants.
            for _flags, _delimiter, name in client.list_folders():
                client.folder_status(name, [b"UIDNEXT"])
        finally:
            client.logout()
        maildir = self.root / "mail" / user / "Maildir"
        mail = self._ids()[2]
        chown = self._as_root
        prefix = f"{secrets.token_hex(3)}.{os.getpid()}"
        count = 0
        for folder, raw, received in messages:
            directory = maildir if folder.upper() == "INBOX" else maildir / f".{folder}"
            stamp = received.timestamp()
            # <time>.M<n>P<pid>.<host>,S=<size>:2,S: Dovecot reads the size from the name.
            name = f"{int(stamp)}.M{count}P{prefix}.bench,S={len(raw)}:2,S"
            path = directory / "cur" / name
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            if chown:
                os.fchown(fd, mail.pw_uid, mail.pw_gid)
            with os.fdopen(fd, "wb") as handle:
                handle.write(raw)
            os.utime(path, (stamp, stamp))
            count += 1
        return count

    def log_tail(self, lines: int = 30) -> str:
        """The end of Dovecot's log and of its stderr (fatal config errors land there)."""
        chunks = []
        for path in (self.root / "dovecot.stderr", self.log_file):
            try:
                text = path.read_text(errors="replace")
            except FileNotFoundError:
                continue
            if text.strip():
                chunks.append(f"--- {path.name}\n" + "\n".join(text.splitlines()[-lines:]))
        return "\n".join(chunks) or "(Dovecot wrote no log)"

    # -- internals ---------------------------------------------------------------------------

    @staticmethod
    def _check_user(user: str, password: str) -> None:
        if not _SAFE_USER.match(user):
            raise ValueError(f"unsupported sandbox user name: {user!r}")
        if any(c in password for c in ":\r\n") or not password:
            raise ValueError("sandbox passwords must be non-empty without ':' or newlines")

    def _ids(self) -> tuple[pwd.struct_passwd, pwd.struct_passwd, pwd.struct_passwd]:
        """(login user, internal user, mail user) as passwd entries."""
        if self._as_root:
            # imap-login refuses to run as root; mail is owned by an unprivileged user.
            return pwd.getpwnam("dovenull"), pwd.getpwnam("dovecot"), pwd.getpwnam("nobody")
        me = pwd.getpwuid(os.geteuid())
        return me, me, me

    def _prepare(self) -> None:
        if self._prepared:
            return
        mail = self._ids()[2]
        if self._as_root:
            _check_traversable(self.root, mail.pw_name)
        for sub in ("", "tls", "run", "state"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
            # Dovecot's unprivileged processes must traverse these (mkdtemp gives 0700).
            (self.root / sub).chmod(0o755)
        maildirs = self.root / "mail"
        maildirs.mkdir(exist_ok=True)
        maildirs.chmod(0o755)
        if self._as_root:
            os.chown(maildirs, mail.pw_uid, mail.pw_gid)
        if not (self.ca_file.exists() and (self.root / "tls" / "server.key").exists()):
            _make_tls_files(self.root / "tls")
        passwd_dir = self.root / "passwd.d"
        passwd_dir.mkdir(exist_ok=True)
        if self._as_root:
            os.chown(passwd_dir, 0, self._ids()[1].pw_gid)
            passwd_dir.chmod(0o750)
        for user in self._users:
            self._write_passwd(user)
        self._prepared = True

    def _write_passwd(self, user: str) -> None:
        """Write ``passwd.d/<user>``, one file per user.

        Dovecot's passwd-file passdb stats a file at most once per second (per
        ioloop_time), so a user added to a shared file right after another login is
        unknown for up to a second. A new file for a new path is read on first lookup.
        """
        directory = self.root / "passwd.d"
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".new-")
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(f"{user}:{{PLAIN}}{self._users[user]}\n")
            if self._as_root:
                # The auth process runs as the internal user: let its group read it.
                os.chown(tmp, 0, self._ids()[1].pw_gid)
                os.chmod(tmp, 0o640)
            os.replace(tmp, directory / user)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _write_config(self) -> None:
        login, internal, mail = self._ids()
        no_chroot = "" if self._as_root else "  chroot =\n"
        text = _ConfigTemplate(_CONFIG).substitute(
            instance=self.instance_name,
            root=str(self.root),
            login_user=login.pw_name,
            internal_user=internal.pw_name,
            internal_group=grp.getgrgid(internal.pw_gid).gr_name,
            uid=mail.pw_uid,
            gid=mail.pw_gid,
            imaps_port=self.imaps_port,
            starttls_port=self.starttls_port,
            login_extra=no_chroot,
            anvil_extra=no_chroot,
            junk_mailbox=_JUNK_MAILBOX if self.special_use else "",
            oauth2_mechanisms=" xoauth2 oauthbearer" if self.oauth2_introspection_url else "",
            oauth2_passdb=(
                _OAUTH2_PASSDB.replace("@root", str(self.root))
                if self.oauth2_introspection_url
                else ""
            ),
        )
        self.config_file.write_text(text)
        if self.oauth2_introspection_url:
            (self.root / "dovecot-oauth2.conf.ext").write_text(
                _OAUTH2_CONF.format(url=self.oauth2_introspection_url)
            )

    def _spawn_and_wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        command = [str(self.binary), "-F", "-c", str(self.config_file)]
        setpriv = shutil.which("setpriv")
        if setpriv:
            command = [setpriv, "--pdeathsig", "TERM", "--", *command]
        with open(self.root / "dovecot.stderr", "wb") as stderr:
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                start_new_session=True,
                close_fds=True,
            )
        atexit.register(self.stop)
        pending = [self.starttls_port, self.imaps_port]
        while pending:
            if self._proc.poll() is not None:
                raise RuntimeError(
                    f"Dovecot exited with status {self._proc.returncode} while starting:\n"
                    + self.log_tail()
                )
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"Dovecot did not listen on {self.host}:{pending} within {timeout:g} s:\n"
                    + self.log_tail()
                )
            if _greets(self.host, pending[0], plain=pending[0] == self.starttls_port):
                pending.pop(0)
            else:
                time.sleep(0.01)

    def _kill_group(self) -> None:
        """SIGKILL whatever is left of the instance's process group and wait until empty."""
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            _signal_group(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        deadline = time.monotonic() + 5
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            _signal_group(proc.pid, signal.SIGKILL)
            time.sleep(0.01)


def _greets(host: str, port: int, *, plain: bool) -> bool:
    """True once ``port`` accepts; on the plain port, once imap-login sends ``* OK``."""
    try:
        with socket.create_connection((host, port), timeout=1.0) as sock:
            if not plain:
                return True
            return sock.recv(64).startswith(b"* OK")
    except OSError:
        return False


def _free_ports(host: str, count: int) -> list[int]:
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind((host, 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _signal_group(pgid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signum)


def _group_alive(pgid: int) -> bool:
    """True while a live (non-zombie) process is in process group ``pgid``."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        # Fields after "(comm)": state, ppid, pgrp, ...
        if len(fields) > 2 and fields[0] != "Z" and int(fields[2]) == pgid:
            return True
    return False


def _check_traversable(root: Path, user: str) -> None:
    for parent in root.parents:
        if parent.exists() and not parent.stat().st_mode & 0o001:
            raise RuntimeError(
                f"{parent} is not traversable by Dovecot's unprivileged users ({user}, "
                "dovenull): put the sandbox under /tmp or chmod o+x that directory"
            )


def _make_tls_files(directory: Path) -> None:
    """ca.pem, server.pem (leaf + chain) and server.key for localhost and 127.0.0.1."""
    try:
        import trustme
    except ImportError:
        _make_tls_files_with_openssl(directory)
        return
    ca = trustme.CA(organization_name="inbox-watch sandbox")
    cert = ca.issue_cert("localhost", "127.0.0.1")
    ca.cert_pem.write_to_path(str(directory / "ca.pem"))
    (directory / "server.pem").write_bytes(b"".join(p.bytes() for p in cert.cert_chain_pems))
    key = directory / "server.key"
    key.touch(mode=0o600)
    cert.private_key_pem.write_to_path(str(key))


def _make_tls_files_with_openssl(directory: Path) -> None:
    """The same files as with trustme, made by the ``openssl`` command line tool."""

    def openssl(*args: str) -> None:
        result = subprocess.run(
            ["openssl", *args], cwd=directory, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"openssl {args[0]} failed: {result.stderr.strip()}")

    curve = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-noenc")
    openssl(
        "req", "-x509", *curve, "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650",
        "-subj", "/O=inbox-watch sandbox/CN=inbox-watch sandbox CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    openssl(
        "req", "-new", *curve, "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/O=inbox-watch sandbox/CN=localhost",
    )  # fmt: skip
    (directory / "server.ext").write_text(
        "subjectAltName = DNS:localhost, IP:127.0.0.1\n"
        "basicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature, keyEncipherment\n"
        "extendedKeyUsage = serverAuth\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid\n"
    )
    openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-set_serial", str(secrets.randbits(63)), "-days", "825",
        "-extfile", "server.ext", "-out", "server.pem",
    )  # fmt: skip
    (directory / "server.key").chmod(0o600)
    for leftover in ("ca.key", "server.csr", "server.ext"):
        (directory / leftover).unlink()
