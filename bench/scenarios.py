"""Benchmark scenarios: each measures inbox-watch (as its users run it, a new process per
command) and checks the outcome against the ground truth.

Runs the CLI and the library; never changes the mailbox except by APPEND where a
scenario says mail arrives.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

from bench.checks import Check
from bench.measure import Measured, ServerBytes, python_env, run_measured


@dataclass
class Result:
    """One scenario (or one peer's run of it): figures, check and notes."""

    name: str
    wall: float | None = None
    cpu: float | None = None
    rss_mb: float | None = None
    server_bytes: int | None = None
    check: Check | None = None
    skipped: str | None = None
    error: str | None = None
    partial: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "wall_s": self.wall,
            "cpu_s": self.cpu,
            "peak_rss_mb": self.rss_mb,
            "server_bytes": self.server_bytes,
            "check": self.check.as_json() if self.check else None,
            "skipped": self.skipped,
            "error": self.error,
            "partial": self.partial,
            **self.extra,
        }


class Cli:
    """``python -m inbox_watch --config CONFIG ...`` in a child process, measured."""

    def __init__(self, config: Path, env: dict[str, str], log: ServerBytes) -> None:
        self.config = config
        self.env = python_env(env)
        self.log = log

    def run(self, *args: str, timeout: float = 3600) -> tuple[Measured, int]:
        self.log.mark()
        measured = run_measured(
            [sys.executable, "-m", "inbox_watch", "--config", str(self.config), *args],
            env=self.env,
            timeout=timeout,
        )
        sent, _, _ = self.log.read()
        return measured, sent

    def result(self, name: str, *args: str) -> Result:
        measured, sent = self.run(*args)
        result = Result(name, measured.wall, measured.cpu, measured.rss_mb, sent)
        if measured.returncode != 0:
            result.error = f"exit {measured.returncode}: {measured.stderr.strip()[-400:]}"
        return result


def median_of(runs: Sequence[Result]) -> Result:
    """The run with the median wall time, with every run's wall time in ``extra``."""
    ordered = sorted(runs, key=lambda r: r.wall or 0.0)
    chosen = ordered[len(ordered) // 2]
    chosen.extra["wall_runs_s"] = [round(r.wall or 0.0, 4) for r in runs]
    return chosen


# -- scenario 6: status and digest on a populated store ------------------------------------


def populate_store(path: Path, requests: int, replies: int, today: date) -> None:
    """``requests`` tracked requests and ``replies`` replies, dated over the last 60 days."""
    from bench.generate import VENDORS
    from inbox_watch.core.models import Reply, ReplyKind, RequestId
    from inbox_watch.store.sqlite import Store

    kinds = [ReplyKind.ACKNOWLEDGEMENT, ReplyKind.NEEDS_INFO, ReplyKind.ANSWER, ReplyKind.RESOLVED]
    now = datetime.combine(today, datetime.min.time(), UTC)
    with Store(path) as store, store.transaction() as tx:
        ids: list[RequestId] = []
        for index in range(requests):
            vendor = VENDORS[index % len(VENDORS)]
            submitted = today - timedelta(days=1 + index % 60)
            ids.append(
                tx.add_request(vendor.slug, str(100000 + index), f"Request {index}", submitted).id
            )
        for index in range(replies):
            vendor = VENDORS[index % len(VENDORS)]
            request = ids[index % len(ids)] if index % 20 else None
            tx.add_reply(
                Reply(
                    message_id=f"<bench.{index}@{vendor.domain}>",
                    account="bench",
                    folder="Junk" if index % 7 == 0 else "INBOX",
                    in_spam=index % 7 == 0,
                    vendor=vendor.slug,
                    sender=f"support@{vendor.domain}",
                    subject=f"Re: Request {index % requests} [#{100000 + index % requests}]",
                    date=now - timedelta(minutes=index * 8),
                    ticket=str(100000 + index % requests),
                    kind=kinds[index % len(kinds)],
                    snippet="Thanks for the details, we looked into this and found the cause.",
                    request_id=request,
                    reason=None if request else "ticket is not tracked",
                )
            )


# -- scenario 7: parsing + extraction throughput ------------------------------------------------


def corpus_files(corpus: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(corpus.rglob("*")) if p.is_file() and p.stat().st_size]


def throughput(
    raws: Sequence[bytes], work: Callable[[bytes], object], min_seconds: float = 2.0
) -> tuple[float, int]:
    """Messages per second of ``work`` over ``raws`` (repeated for ``min_seconds``), and
    how many messages were processed."""
    done = 0
    start = time.process_time()
    while True:
        for raw in raws:
            work(raw)
        done += len(raws)
        elapsed = time.process_time() - start
        if elapsed >= min_seconds:
            return done / elapsed, done


def inbox_watch_work(config: Path) -> Callable[[bytes], object]:
    """parse_message + triage (sender trust, ticket, kind, match), as a scan does."""
    from inbox_watch.core.triage import triage_message
    from inbox_watch.mail.parse import ParseFailure, parse_message
    from inbox_watch.settings import load_settings

    settings = load_settings(config)
    vendors = settings.vendor_profiles()
    account = settings.accounts[0]

    def work(raw: bytes) -> object:
        message = parse_message(raw)
        if isinstance(message, ParseFailure):
            return message
        return triage_message(
            message,
            vendors,
            [],
            {},
            own_addresses=account.own_addresses,
            authserv_id=account.authserv_id,
        )

    return work


def stdlib_work(raw: bytes) -> object:
    """The naive client's parsing: ``email`` with ``policy.default`` and the text body."""
    message = message_from_bytes(raw, policy=policy.default)
    try:
        body = message.get_body(preferencelist=("plain", "html"))
        return body.get_content() if body is not None else None
    except Exception:  # the stdlib raises on some corpus mail; count it as processed
        return None
