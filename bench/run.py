"""The benchmark: build a mailbox in a private Dovecot, run the scenarios and the peers on
it in the same run, print a table with ratios and write a JSON file.

Entry point of ``python -m bench``; runs on demand, not in the test suite (a 1,000-message
smoke run is: tests/integration/test_bench_smoke.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.baselines import Imapfilter, MbsyncNotmuch, PeerRun, ensure_installed
from bench.checks import check_found_ids, check_store
from bench.config import PASSWORD_ENV, write_config
from bench.generate import (
    VENDORS,
    Generated,
    GroundTruth,
    Truth,
    generate,
    new_arrivals,
    summarise,
)
from bench.measure import ServerBytes, python_env, run_measured
from bench.report import markdown, print_report, targets
from bench.scenarios import (
    Cli,
    Result,
    corpus_files,
    inbox_watch_work,
    median_of,
    populate_store,
    stdlib_work,
    throughput,
)
from sandbox.dovecot import PrivateDovecot

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
BASELINES = ("naive", "mbsync", "imapfilter")


@dataclass
class Run:
    """Everything one benchmark run measured, for the report and the JSON file."""

    messages: int
    seed: int
    machine: dict[str, object]
    generation: dict[str, object] = field(default_factory=dict)
    ours: dict[str, Result] = field(default_factory=dict)
    peers: dict[str, dict[str, Result]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def peer(self, scenario: str) -> dict[str, Result]:
        return self.peers.setdefault(scenario, {})


def machine() -> dict[str, object]:
    memory = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) // 1024
    except OSError:
        pass
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    dovecot = subprocess.run(
        ["/usr/sbin/dovecot", "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_mb": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "dovecot": dovecot,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000, help="mailbox size")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--baselines",
        default=",".join(BASELINES),
        help="comma-separated peers to run: naive,mbsync,imapfilter (or 'none')",
    )
    parser.add_argument("--no-install", action="store_true", help="never apt-get a peer")
    parser.add_argument(
        "--naive-budget", type=float, default=120.0, help="seconds before the naive client stops"
    )
    parser.add_argument("--peer-timeout", type=float, default=3600.0)
    parser.add_argument("--push-trials", type=int, default=20)
    parser.add_argument("--idle-seconds", type=float, default=300.0)
    parser.add_argument("--repeat", type=int, default=5, help="runs of the quick scenarios")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--throughput-seconds", type=float, default=3.0, help="CPU seconds per parser measured"
    )
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--keep", action="store_true", help="keep the sandbox directory")
    args = parser.parse_args(argv)
    chosen = [] if args.baselines == "none" else args.baselines.split(",")
    unknown = set(chosen) - set(BASELINES)
    if unknown:
        parser.error(f"unknown baselines: {', '.join(sorted(unknown))}")
    args.baseline_list = chosen
    return args


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["--markdown"]:
        # python -m bench --markdown bench/results/bench-100000.json: the README's table.
        for path in argv[1:]:
            print(markdown(json.loads(Path(path).read_text())) + "\n")
        return 0
    args = parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="inbox-watch-bench-"))
    root.chmod(0o755)  # Dovecot's unprivileged users traverse it
    password = secrets.token_urlsafe(12)
    server = PrivateDovecot(root / "dovecot", {"alice": password})
    os.environ[PASSWORD_ENV] = password
    run = Run(args.messages, args.seed, machine())
    try:
        server.start()
        execute(args, run, server, root)
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
        else:
            print(f"kept {root}", file=sys.stderr)
    data = run_json(run)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"bench-{args.messages}.json"
    out.write_text(json.dumps(data, indent=2, default=str))
    print_report(run, data)
    print(f"JSON: {out}")
    failed = [r.name for r in run.ours.values() if r.check is not None and not r.check.ok]
    errors = [r.name for r in run.ours.values() if r.error]
    return 1 if failed or errors else 0


def progress(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def execute(args: argparse.Namespace, run: Run, server: PrivateDovecot, root: Path) -> None:
    today = datetime.now(UTC).date()
    truth = GroundTruth(args.messages, args.seed, today.isoformat())
    progress(f"generating {args.messages:,} messages into the Maildir")
    start = time.perf_counter()
    items = summarise(generate(args.messages, args.seed, today), truth)
    written = server.write_maildir((item.folder, item.raw, item.moment) for item in items)
    run.generation = {
        "seconds": round(time.perf_counter() - start, 1),
        "messages": written,
        "folders": truth.folders,
        "bytes": truth.total_bytes,
        "attachments": truth.attachments,
        "support_replies": len(truth.support),
        "support_bytes": truth.support_bytes,
        "distractors": len(truth.distractors),
    }
    truth.save(root / "ground-truth.json")
    progress(f"generated in {run.generation['seconds']} s: {truth.folders}")
    since = (today - timedelta(days=365 * 5)).isoformat()  # the whole mailbox

    log = ServerBytes(server.log_file)
    store = root / "store.sqlite3"
    config = write_config(
        root / "config.toml", store, port=server.imaps_port, ca_file=server.ca_file
    )
    cli = Cli(config, {PASSWORD_ENV: os.environ[PASSWORD_ENV]}, log)
    support, distractors = truth.support, truth.distractors

    # 1. cold first scan: empty store, Dovecot has never read these headers.
    progress("1. cold first scan (INBOX + Junk, the whole mailbox)")
    cold = cli.result("1. cold scan", "scan", "--since", since, "--json")
    cold.check = check_store(store, scope(support), scope(distractors))
    cold.extra["support_bytes_in_scope"] = sum(t.size for t in scope(support))
    run.ours["cold"] = cold
    warm_store = root / "store-warm.sqlite3"
    warm_cli = Cli(
        write_config(root / "config-warm.toml", warm_store, port=server.imaps_port,
                     ca_file=server.ca_file),
        cli.env,
        log,
    )  # fmt: skip
    progress("1b. cold store, Dovecot cache warm")
    warm = warm_cli.result("1b. cold store, warm server", "scan", "--since", since, "--json")
    warm.check = check_store(warm_store, scope(support), scope(distractors))
    run.ours["cold_warm_server"] = warm

    peers = setup_peers(args, run, server, root)
    progress("peers: cold")
    run_peers(args, run, peers, "cold", server, log, truth, cold=True)

    # 2. nothing new.
    progress("2. rescan with nothing new")
    rescans = [cli.result("2. nothing new", "scan", "--json") for _ in range(args.repeat)]
    rescan = median_of(rescans)
    rescan.check = check_store(store, scope(support), scope(distractors))
    run.ours["nothing_new"] = rescan
    run_peers(args, run, peers, "nothing_new", server, log, truth, cold=False)

    # 3. ten new messages, two of them support replies.
    progress("3. 10 new messages (2 support replies), then scan")
    arrivals = new_arrivals(10, 2, args.seed + 1, datetime.now(UTC), args.messages)
    server.append_many("INBOX", [a.raw for a in arrivals])
    support += [a.truth for a in arrivals if a.truth.category == "support"]
    new = cli.result("3. 10 new", "scan", "--json")
    new.check = check_store(store, scope(support), scope(distractors))
    run.ours["ten_new"] = new
    run_peers(args, run, peers, "ten_new", server, log, truth, cold=False, extra_support=arrivals)

    # 4 and 5: the daemon.
    daemon_scenarios(args, run, cli, server, store, root)

    # 6. status and digest with 1,000 requests and 10,000 replies.
    progress("6. status --json and digest with 1,000 requests / 10,000 replies")
    big_store = root / "store-big.sqlite3"
    populate_store(big_store, 1000, 10_000, today)
    big_cli = Cli(
        write_config(root / "config-big.toml", big_store, port=server.imaps_port,
                     ca_file=server.ca_file),
        cli.env,
        log,
    )  # fmt: skip
    run.ours["status"] = median_of(
        [big_cli.result("6. status --json", "status", "--json") for _ in range(args.repeat)]
    )
    run.ours["digest"] = median_of(
        [big_cli.result("6. digest", "digest") for _ in range(args.repeat)]
    )
    notmuch = peers.get("mbsync")
    if isinstance(notmuch, MbsyncNotmuch):
        query = " or ".join(f"from:{vendor.domain}" for vendor in VENDORS)
        searches = [
            run_measured(["notmuch", "search", query], env=notmuch.env) for _ in range(args.repeat)
        ]
        best = sorted(searches, key=lambda m: m.wall)[len(searches) // 2]
        run.peer("status")["mbsync"] = Result(
            "notmuch search (local index)", best.wall, best.cpu, best.rss_mb
        )

    # 7. parsing + extraction throughput on the corpus, one core.
    progress("7. parsing + extraction throughput")
    raws = corpus_files(args.corpus) if args.corpus.is_dir() else []
    if raws:
        rate, done = throughput(raws, inbox_watch_work(config), args.throughput_seconds)
        run.ours["throughput"] = Result(
            "7. parse + extract", extra={"messages_per_s": round(rate), "messages": done,
                                          "corpus_files": len(raws)}
        )  # fmt: skip
        std_rate, _ = throughput(raws, stdlib_work, args.throughput_seconds)
        run.peer("throughput")["naive"] = Result(
            "email policy.default parse", extra={"messages_per_s": round(std_rate)}
        )
    else:
        run.ours["throughput"] = Result("7. parse + extract", skipped=f"no corpus at {args.corpus}")


def scope(truths: list[Truth]) -> list[Truth]:
    """Everything in INBOX and Junk: the folders a scan reads."""
    return [t for t in truths if t.folder in ("INBOX", "Junk")]


def setup_peers(
    args: argparse.Namespace, run: Run, server: PrivateDovecot, root: Path
) -> dict[str, object]:
    peers: dict[str, object] = {"naive": None} if "naive" in args.baseline_list else {}
    commands = []
    if "mbsync" in args.baseline_list:
        commands += ["mbsync", "notmuch"]
    if "imapfilter" in args.baseline_list:
        commands.append("imapfilter")
    if not commands:
        return peers
    available = ensure_installed(commands, install=not args.no_install)
    common = {
        "port": server.imaps_port,
        "ca_file": server.ca_file,
        "user": "alice",
        "password_env": PASSWORD_ENV,
    }
    if "mbsync" in args.baseline_list:
        reason = available["mbsync"] or available["notmuch"]
        if reason:
            run.notes.append(f"mbsync + notmuch skipped: {reason}")
            peers["mbsync"] = reason
        else:
            peers["mbsync"] = MbsyncNotmuch(root / "mbsync", **common)  # type: ignore[arg-type]
    if "imapfilter" in args.baseline_list:
        reason = available["imapfilter"]
        if reason:
            run.notes.append(f"imapfilter skipped: {reason}")
            peers["imapfilter"] = reason
        else:
            peers["imapfilter"] = Imapfilter(root / "imapfilter", **common)  # type: ignore[arg-type]
    return peers


def run_peers(
    args: argparse.Namespace,
    run: Run,
    peers: dict[str, object],
    scenario: str,
    server: PrivateDovecot,
    log: ServerBytes,
    truth: GroundTruth,
    *,
    cold: bool,
    extra_support: list[Generated] | None = None,
) -> None:
    support = scope(truth.support) + [
        a.truth for a in extra_support or [] if a.truth.category == "support"
    ]
    distractors = scope(truth.distractors)
    results = run.peer(scenario)
    for name, peer in peers.items():
        if isinstance(peer, str):
            results[name] = Result(name, skipped=peer)
            continue
        if name == "naive":
            if not cold:
                # No state: every run costs what the first did.
                results[name] = Result("naive", skipped="same as the cold run (no state)")
                continue
            results[name] = run_naive(args, server, log, support, distractors)
        elif isinstance(peer, MbsyncNotmuch):
            log.mark()
            peer_run = peer.run(args.peer_timeout)
            sent, _, _ = log.read()
            results[name] = peer_result("mbsync + notmuch", peer_run, sent)
            results[name].check = check_found_ids(peer_run.found, support, distractors)
        elif isinstance(peer, Imapfilter):
            log.mark()
            peer_run, matched = peer.run(args.peer_timeout)
            sent, _, _ = log.read()
            result = peer_result("imapfilter", peer_run, sent)
            result.extra["matched"] = matched
            results[name] = result


def peer_result(name: str, peer_run: PeerRun, sent: int) -> Result:
    result = Result(name, peer_run.wall, peer_run.cpu, peer_run.rss_mb, sent)
    result.error = peer_run.error
    result.extra["steps"] = {
        step.name: {"wall_s": round(step.measured.wall, 3), "cpu_s": round(step.measured.cpu, 3),
                    "peak_rss_mb": round(step.measured.rss_mb, 1)}
        for step in peer_run.steps
    }  # fmt: skip
    return result


def run_naive(
    args: argparse.Namespace,
    server: PrivateDovecot,
    log: ServerBytes,
    support: list[Truth],
    distractors: list[Truth],
) -> Result:
    argv = [
        sys.executable, "-m", "bench.naive", "--port", str(server.imaps_port),
        "--ca-file", str(server.ca_file), "--user", "alice", "--password-env", PASSWORD_ENV,
        "--budget", str(args.naive_budget),
        *[f"--domain={v.domain}" for v in VENDORS], "INBOX", "Junk",
    ]  # fmt: skip
    log.mark()
    measured = run_measured(
        argv, env=python_env(), timeout=args.naive_budget + 120, cwd=HERE.parent
    )
    sent, _, _ = log.read()
    result = Result("naive", measured.wall, measured.cpu, measured.rss_mb, sent)
    if measured.returncode != 0:
        result.error = f"exit {measured.returncode}: {measured.stderr.strip()[-300:]}"
        return result
    data = json.loads(measured.stdout)
    result.extra.update({"fetched": data["fetched"], "total": data["total"]})
    if not data["complete"]:
        result.partial = (
            f"stopped at the {args.naive_budget:g} s budget after {data['fetched']:,} of "
            f"{data['total']:,} messages"
        )
    result.check = check_found_ids(data["found"], support, distractors)
    return result


def daemon_scenarios(
    args: argparse.Namespace, run: Run, cli: Cli, server: PrivateDovecot, store: Path, root: Path
) -> None:
    probe = run_measured(
        [sys.executable, "-m", "inbox_watch", "run", "--help"], env=cli.env, timeout=60
    )
    if probe.returncode != 0 or args.push_trials <= 0:
        reason = (
            "skipped: daemon not available (`inbox-watch run` is not in this tree)"
            if probe.returncode != 0
            else "skipped (--push-trials 0)"
        )
        run.ours["push"] = Result("4. push latency", skipped=reason)
        run.ours["idle"] = Result("5. daemon idle", skipped=reason)
        return
    from bench.daemon import push_and_idle

    progress(f"4. push latency ({args.push_trials} trials), then 5. {args.idle_seconds:g} s idle")
    run.ours["push"], run.ours["idle"] = push_and_idle(args, cli, server, store, root)


def run_json(run: Run) -> dict[str, object]:
    return {
        "messages": run.messages,
        "seed": run.seed,
        "machine": run.machine,
        "generation": run.generation,
        "inbox_watch": {key: result.as_json() for key, result in run.ours.items()},
        "baselines": {
            scenario: {name: result.as_json() for name, result in results.items()}
            for scenario, results in run.peers.items()
        },
        "ratios": ratios(run),
        "targets": targets(run),
        "notes": run.notes,
    }


def ratios(run: Run) -> dict[str, dict[str, dict[str, float | None]]]:
    """Baseline figure / inbox-watch figure per scenario, peer and measure (>1: we win)."""
    out: dict[str, dict[str, dict[str, float | None]]] = {}
    for scenario, results in run.peers.items():
        ours = run.ours.get(scenario)
        if ours is None:
            continue
        if scenario == "status":
            ours = run.ours["status"]
        for name, peer in results.items():
            figures: dict[str, float | None] = {}
            for measure in ("wall", "cpu", "rss_mb", "server_bytes"):
                mine, theirs = getattr(ours, measure), getattr(peer, measure)
                figures[measure] = round(theirs / mine, 2) if mine and theirs is not None else None
            if scenario == "throughput":
                mine_rate = ours.extra.get("messages_per_s")
                their_rate = peer.extra.get("messages_per_s")
                if isinstance(mine_rate, int) and isinstance(their_rate, int) and their_rate:
                    figures["messages_per_s"] = round(mine_rate / their_rate, 2)
            out.setdefault(scenario, {})[name] = figures
    return out
