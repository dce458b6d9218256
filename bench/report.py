"""Benchmark report: the rich tables (figures, ratios to the peers, targets).

Renders what a run measured; measures nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from bench.run import Run
    from bench.scenarios import Result

RESULTS = Path(__file__).resolve().parent / "results"
PEER_NAMES = {"naive": "naive client", "mbsync": "mbsync + notmuch", "imapfilter": "imapfilter"}
SCENARIOS = ("cold", "cold_warm_server", "nothing_new", "ten_new", "push", "idle", "status",
             "digest", "throughput")  # fmt: skip


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}" if value < 10 else f"{value:.1f}"


def _megabytes(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _bytes(value: int | None) -> str:
    if value is None:
        return "-"
    if value >= 10_000_000:
        return f"{value / 1e6:.0f} MB"
    if value >= 10_000:
        return f"{value / 1e3:.0f} kB"
    return f"{value} B"


def _ratio(mine: float | None, theirs: float | None, *, partial: bool = False) -> str:
    if not mine or theirs is None:
        return "-"
    ratio = theirs / mine
    text = f"{ratio:.0f}x" if ratio >= 10 else f"{ratio:.1f}x"
    return (">=" + text) if partial else text


def _check(result: Result, *, peer: bool = False) -> str:
    if result.skipped:
        return result.skipped
    if result.error:
        return "ERROR " + result.error[:80]
    parts = []
    if result.partial:
        parts.append("partial: " + result.partial)
    if result.check is not None:
        parts.append(result.check.listing_summary() if peer else result.check.summary())
    return "; ".join(parts) or "-"


def print_report(run: Run, data: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console(width=200)
    gen = run.generation
    console.print(
        f"[bold]inbox-watch benchmark[/]: {run.messages:,} messages "
        f"({gen.get('folders')}, {float(str(gen.get('bytes', 0))) / 1e6:.0f} MB, "
        f"{gen.get('support_replies')} support replies, {gen.get('distractors')} distractors; "
        f"generated in {gen.get('seconds')} s) on {run.machine['cpu']} "
        f"({run.machine['cores']} cores, {run.machine['memory_mb']} MB), "
        f"{run.machine['dovecot']}"
    )
    table = Table(title="inbox-watch (a new process per command, start-up included)")
    for column in ("scenario", "wall s", "CPU s", "peak RSS MB", "from server"):
        table.add_column(column, justify="right" if column != "scenario" else "left")
    for peer_name in PEER_NAMES.values():
        table.add_column(f"vs {peer_name}", justify="right")
    table.add_column("check / note")
    for key in SCENARIOS:
        result = run.ours.get(key)
        if result is None:
            continue
        peers = run.peers.get(key, {})
        row = [result.name, _seconds(result.wall), _seconds(result.cpu),
               _megabytes(result.rss_mb), _bytes(result.server_bytes)]  # fmt: skip
        for peer_key in PEER_NAMES:
            peer: Result | None = peers.get(peer_key)
            if key == "throughput":
                mine = result.extra.get("messages_per_s")
                theirs = peer.extra.get("messages_per_s") if peer else None
                row.append(
                    f"{float(mine) / float(theirs):.1f}x"  # type: ignore[arg-type]
                    if mine and theirs
                    else "-"
                )
                continue
            if peer is None or peer.wall is None:
                row.append("-" if peer is None else "n/a")
                continue
            row.append(_ratio(result.wall, peer.wall, partial=peer.partial is not None))
        note = _check(result)
        if key == "throughput" and not result.skipped:
            note = f"{result.extra.get('messages_per_s')} messages/s (corpus, one core)"
        if key == "push" and not result.skipped:
            note = str(result.extra.get("summary", note))
        table.add_row(*row, note)
    console.print(table)

    peers_table = Table(title="the peers, same mailbox, same run")
    for column in ("scenario", "peer", "wall s", "CPU s", "peak RSS MB", "from server", "found"):
        peers_table.add_column(
            column, justify="left" if column in ("scenario", "peer", "found") else "right"
        )
    for key in SCENARIOS:
        for peer_key, peer_result in run.peers.get(key, {}).items():
            found = _check(peer_result, peer=True)
            if key == "throughput":
                found = f"{peer_result.extra.get('messages_per_s')} messages/s"
            if "matched" in peer_result.extra:
                found = f"{peer_result.extra['matched']} matched (no tickets, no sender check)"
            name = peer_result.name if key in ("status", "throughput") else PEER_NAMES[peer_key]
            peers_table.add_row(
                key, name, _seconds(peer_result.wall), _seconds(peer_result.cpu),
                _megabytes(peer_result.rss_mb), _bytes(peer_result.server_bytes), found,
            )  # fmt: skip
    console.print(peers_table)

    target_table = Table(title="targets")
    for column in ("target", "measured", "met"):
        target_table.add_column(column)
    for target in data["targets"]:
        met = target["met"]
        target_table.add_row(
            target["target"],
            target["measured"],
            "[green]yes[/]" if met is True else "[red]no[/]" if met is False else "n/a",
        )
    console.print(target_table)
    for note in run.notes:
        console.print(f"note: {note}")


def _other_run(messages: int) -> dict[str, Any] | None:
    path = RESULTS / f"bench-{messages}.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return data


def targets(run: Run) -> list[dict[str, Any]]:
    """Each target of issue 7 with what this run measured; ``met`` None when not measured."""
    out: list[dict[str, Any]] = []

    def add(target: str, measured: str, met: bool | None) -> None:
        out.append({"target": target, "measured": measured, "met": met})

    ours, peers = run.ours, run.peers
    cold = ours.get("cold")
    size = f" (at {run.messages:,})"
    if cold and cold.wall:
        for key, factor in (("mbsync", 30), ("naive", 50)):
            peer = peers.get("cold", {}).get(key)
            if peer is None or peer.wall is None:
                add(f"cold scan >= {factor}x faster than {PEER_NAMES[key]}", "not measured", None)
                continue
            ratio = peer.wall / cold.wall
            lower = " (lower bound: naive stopped at its budget)" if peer.partial else ""
            add(
                f"cold scan >= {factor}x faster than {PEER_NAMES[key]}{size}",
                f"{ratio:.1f}x{lower}",
                ratio >= factor if not peer.partial or ratio >= factor else None,
            )
        support_bytes = cold.extra.get("support_bytes_in_scope")
        if cold.server_bytes is not None and isinstance(support_bytes, int) and support_bytes:
            share = cold.server_bytes / support_bytes
            add(
                "cold scan fetches <= 2x the support replies' size",
                f"{cold.server_bytes:,} B = {share:.2f}x of {support_bytes:,} B",
                share <= 2,
            )
        if cold.rss_mb is not None:
            add("cold scan peak RSS <= 80 MB", f"{cold.rss_mb:.0f} MB", cold.rss_mb <= 80)
    nothing = ours.get("nothing_new")
    if nothing and nothing.wall is not None:
        add(f"nothing new <= 0.3 s{size}", f"{nothing.wall:.3f} s", nothing.wall <= 0.3)
        other_size = 10_000 if run.messages == 100_000 else 100_000
        other = _other_run(other_size)
        other_wall = None
        if other is not None:
            other_wall = other.get("inbox_watch", {}).get("nothing_new", {}).get("wall_s")
        if isinstance(other_wall, float) and other_wall:
            big, small = (nothing.wall, other_wall) if run.messages > other_size else (
                other_wall, nothing.wall)  # fmt: skip
            add(
                "nothing new: time(100k) / time(10k) <= 1.5",
                f"{big / small:.2f}",
                big / small <= 1.5,
            )
        else:
            add("nothing new: time(100k) / time(10k) <= 1.5", "needs both runs", None)
    new = ours.get("ten_new")
    if new and new.wall is not None:
        add(f"10 new messages <= 0.5 s{size}", f"{new.wall:.3f} s", new.wall <= 0.5)
    push = ours.get("push")
    if push is not None:
        if push.skipped:
            add("push median <= 0.7 s, p90 <= 1.0 s", push.skipped, None)
        else:
            median, p90 = push.extra.get("median_s"), push.extra.get("p90_s")
            ok = isinstance(median, float) and isinstance(p90, float)
            add(
                "push median <= 0.7 s, p90 <= 1.0 s",
                f"median {median} s, p90 {p90} s",
                ok and median <= 0.7 and p90 <= 1.0,  # type: ignore[operator]
            )
    idle = ours.get("idle")
    if idle is not None:
        if idle.skipped:
            add("daemon idle <= 1 CPU-s / 5 min, RSS <= 80 MB", idle.skipped, None)
        else:
            cpu = idle.extra.get("cpu_per_5_min")
            add(
                "daemon idle <= 1 CPU-s / 5 min, RSS <= 80 MB",
                f"{cpu} CPU-s / 5 min, {idle.rss_mb} MB",
                isinstance(cpu, float) and cpu <= 1 and (idle.rss_mb or 0) <= 80,
            )
    for key in ("status", "digest"):
        result = ours.get(key)
        if result and result.wall is not None:
            add(f"{key} <= 0.3 s (1,000 requests / 10,000 replies)", f"{result.wall:.3f} s",
                result.wall <= 0.3)  # fmt: skip
    rate = ours.get("throughput")
    if rate is not None:
        value = rate.extra.get("messages_per_s")
        add(
            "parsing + extraction >= 1,000 messages/s (one core)",
            f"{value} messages/s" if value else str(rate.skipped),
            isinstance(value, int) and value >= 1000 if value else None,
        )
    return out


def _taken(check: dict[str, Any]) -> int:
    return int(check.get("distractors_taken_count", len(check["distractors_taken"])))


def markdown(data: dict[str, Any]) -> str:
    """The README table of one run's JSON file: our figures, ratios, peers, targets."""
    ours: dict[str, dict[str, Any]] = data["inbox_watch"]
    peers: dict[str, dict[str, dict[str, Any]]] = data["baselines"]

    def seconds(value: Any) -> str:
        return "-" if value is None else f"{value:.3f}" if value < 10 else f"{value:.1f}"

    def ratio(key: str, peer: str) -> str:
        mine = ours.get(key, {}).get("wall_s")
        theirs = peers.get(key, {}).get(peer, {})
        if key == "throughput":
            a, b = ours.get(key, {}).get("messages_per_s"), theirs.get("messages_per_s")
            return f"{a / b:.1f}x" if a and b else "-"
        if not mine or theirs.get("wall_s") is None:
            return "-"
        value = theirs["wall_s"] / mine
        text = f"{value:.0f}x" if value >= 10 else f"{value:.1f}x"
        return (">=" + text) if theirs.get("partial") else text

    machine = data["machine"]
    lines = [
        f"{data['messages']:,} messages ({data['generation']['bytes'] / 1e6:.0f} MB, "
        f"{data['generation']['support_replies']} support replies, "
        f"{data['generation']['distractors']} distractors), {machine['cpu']}, "
        f"{machine['cores']} cores, {machine['memory_mb'] // 1024} GiB, Python "
        f"{machine['python']}, Dovecot {str(machine['dovecot']).split()[0]}, "
        f"{machine['date'][:10]}:",
        "",
        "| scenario | wall s | CPU s | peak RSS MB | from server | vs naive | "
        "vs mbsync+notmuch | vs imapfilter | check |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for key in SCENARIOS:
        result = ours.get(key)
        if result is None:
            continue
        check = result.get("check")
        note = (
            result.get("skipped")
            or result.get("summary")
            or (
                f"{check['found']}/{check['expected']} with ticket, {_taken(check)} distractors"
                if check
                else ""
            )
        )
        if key == "throughput":
            note = f"{result.get('messages_per_s')} messages/s on the corpus"
        sent = result.get("server_bytes")
        rss = result.get("peak_rss_mb")
        lines.append(
            f"| {result['name']} | {seconds(result.get('wall_s'))} | "
            f"{seconds(result.get('cpu_s'))} | {'-' if rss is None else f'{rss:.0f}'} | "
            f"{'-' if sent is None else f'{sent:,} B'} | {ratio(key, 'naive')} | "
            f"{ratio(key, 'mbsync')} | {ratio(key, 'imapfilter')} | {note} |"
        )
    lines += ["", "| peer, scenario | wall s | CPU s | peak RSS MB | from server | result |",
              "|---|---:|---:|---:|---:|---|"]  # fmt: skip
    for key, results in peers.items():
        for peer in results.values():
            if peer.get("skipped") and key != "cold":
                continue
            check = peer.get("check")
            note = peer.get("error") or peer.get("skipped") or ""
            if check:
                note = (
                    f"listed {check['found']}/{check['expected']} support replies and "
                    f"{_taken(check)} distractors"
                )
            if "matched" in peer:
                note = f"{peer['matched']} messages matched"
            if peer.get("partial"):
                note = f"partial: {peer['partial']}; {note}"
            if "messages_per_s" in peer:
                note = f"{peer['messages_per_s']} messages/s"
            sent, rss = peer.get("server_bytes"), peer.get("peak_rss_mb")
            lines.append(
                f"| {peer['name']}, {key} | {seconds(peer.get('wall_s'))} | "
                f"{seconds(peer.get('cpu_s'))} | {'-' if rss is None else f'{rss:.0f}'} | "
                f"{'-' if sent is None else f'{sent:,} B'} | {note} |"
            )
    lines += ["", "| target | measured | met |", "|---|---|---|"]
    for target in data["targets"]:
        met = {True: "yes", False: "**no**", None: "n/a"}[target["met"]]
        lines.append(f"| {target['target']} | {target['measured']} | {met} |")
    return "\n".join(lines)
