"""A small OAuth2 authorization server on 127.0.0.1 for the OAuth2 tests.

Serves the token endpoint (refresh, device code, authorization code), the device
authorization endpoint and the authorization endpoint over HTTPS (a trustme CA), and
RFC 7662 token introspection over plain HTTP for Dovecot's oauth2 passdb.
"""

from __future__ import annotations

import json
import secrets
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import trustme


@dataclass
class Grant:
    user: str
    revoked: bool = False


@dataclass
class AccessToken:
    user: str
    expires_at: float
    revoked: bool = False


@dataclass
class TokenServer:
    """State of the fake provider. ``lifetime`` is the access tokens' ``expires_in``."""

    ca_file: Path
    lifetime: int = 3600
    pending_polls: int = 1
    grants: dict[str, Grant] = field(default_factory=dict)
    tokens: dict[str, AccessToken] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    device_codes: dict[str, str] = field(default_factory=dict)
    requests: list[dict[str, str]] = field(default_factory=list)
    introspections: int = 0
    port: int = 0
    introspection_port: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self.introspection_port}/introspect"

    def grant_types(self) -> list[str]:
        return [r.get("grant_type", "") for r in self.requests if r.get("path") == "/token"]

    def issue(self, user: str) -> dict[str, Any]:
        """A new refresh token and access token for ``user`` (as after a sign-in)."""
        refresh = secrets.token_urlsafe(16)
        self.grants[refresh] = Grant(user)
        return self._access(user, refresh)

    def _access(self, user: str, refresh: str | None) -> dict[str, Any]:
        access = secrets.token_urlsafe(16)
        self.tokens[access] = AccessToken(user, time.time() + self.lifetime)
        answer: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.lifetime,
        }
        if refresh is not None:
            answer["refresh_token"] = refresh
        return answer

    def revoke_grants(self) -> None:
        for grant in self.grants.values():
            grant.revoked = True
        for token in self.tokens.values():
            token.revoked = True

    def revoke_access_tokens(self) -> None:
        for token in self.tokens.values():
            token.revoked = True

    # -- endpoints ------------------------------------------------------------------------

    def handle(self, path: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.requests.append({"path": path, **form})
            if path == "/introspect":
                self.introspections += 1
                token = self.tokens.get(form.get("token", ""))
                if token is None or token.revoked or token.expires_at < time.time():
                    return 200, {"active": False}
                return 200, {"active": True, "username": token.user}
            if path == "/device":
                device_code = secrets.token_urlsafe(8)
                self.device_codes[device_code] = form.get("client_id", "")
                return 200, {
                    "device_code": device_code,
                    "user_code": "ABCD-EFGH",
                    "verification_uri": f"{self.base_url}/activate",
                    "expires_in": 600,
                    "interval": 0.05,
                }
            if path == "/token":
                return self._token(form)
        return 404, {"error": "not_found"}

    def _token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        grant_type = form.get("grant_type", "")
        if form.get("client_id") != "test-client":
            return 401, {"error": "invalid_client"}
        if grant_type == "refresh_token":
            grant = self.grants.get(form.get("refresh_token", ""))
            if grant is None or grant.revoked:
                return 400, {"error": "invalid_grant", "error_description": "Token revoked"}
            return 200, self._access(grant.user, None)
        if grant_type == "urn:ietf:params:oauth:grant-type:device_code":
            if form.get("device_code") not in self.device_codes:
                return 400, {"error": "invalid_grant"}
            if self.pending_polls > 0:
                self.pending_polls -= 1
                return 400, {"error": "authorization_pending"}
            return 200, self.issue(self.device_user)
        if grant_type == "authorization_code":
            user = self.codes.pop(form.get("code", ""), None)
            if user is None or not form.get("code_verifier"):
                return 400, {"error": "invalid_grant"}
            return 200, self.issue(user)
        return 400, {"error": "unsupported_grant_type"}

    device_user: str = "alice"

    def authorize(self, query: dict[str, str]) -> str:
        """The redirect an approving user's browser follows."""
        code = secrets.token_urlsafe(8)
        with self.lock:
            self.codes[code] = self.device_user
        answer = {"code": code, "state": query.get("state", "")}
        return f"{query['redirect_uri']}?{urlencode(answer)}"


def _handler(server: TokenServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode()
            form = {key: values[0] for key, values in parse_qs(body).items()}
            status, answer = server.handle(urlsplit(self.path).path, form)
            self._send(status, answer)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path != "/authorize":
                self._send(404, {"error": "not_found"})
                return
            query = {key: values[0] for key, values in parse_qs(parts.query).items()}
            self.send_response(302)
            self.send_header("Location", server.authorize(query))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _send(self, status: int, answer: dict[str, Any]) -> None:
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return Handler


@contextmanager
def running_token_server(directory: Path) -> Iterator[TokenServer]:
    """Start both listeners; stop them on exit."""
    ca = trustme.CA(organization_name="inbox-watch token server")
    cert = ca.issue_cert("localhost", "127.0.0.1")
    ca_file = directory / "token-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    state = TokenServer(ca_file=ca_file)
    handler = _handler(state)
    https = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    https.socket = context.wrap_socket(https.socket, server_side=True)
    plain = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    state.port = https.server_address[1]
    state.introspection_port = plain.server_address[1]
    threads = [
        threading.Thread(target=server.serve_forever, daemon=True) for server in (https, plain)
    ]
    for thread in threads:
        thread.start()
    try:
        yield state
    finally:
        for server in (https, plain):
            server.shutdown()
            server.server_close()
