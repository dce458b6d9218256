"""Score inbox-watch's understanding of support mail on the labelled set.

Entry point of ``python -m bench.intelligence``. Builds the set, delivers it to a
private Dovecot (INBOX and Junk), tracks the requests the way the user would (by
ticket, by the Message-ID of their own mail, by subject, or not at all so that the
confirmation registers it), runs the real ``scan`` into a fresh store and compares
what the store says with the labels. The tuning part and the held-aside part are
scored separately.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from bench.intelligence import texts
from bench.intelligence.labelled import (
    USER,
    Conversation,
    Delivery,
    LabelledSet,
    build,
    slug_of,
)
from bench.intelligence.score import Score, Stored, score, score_by
from bench.intelligence.wrappers import WRAPPERS
from inbox_watch.app.scan import scan
from inbox_watch.app.track import track_add
from inbox_watch.core.vendors import VendorProfile
from inbox_watch.settings import load_settings
from inbox_watch.store.sqlite import Store
from sandbox.dovecot import PrivateDovecot

PASSWORD_ENV = "INBOX_WATCH_INTELLIGENCE_PASSWORD"  # noqa: S105 - a variable name
CONVERSATIONS_PER_WRAPPER = {"tuning": 5, "held": 3}


def texts_of(part: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """The agents' texts of a part; the held part's module is only imported to score it."""
    if part == "held":
        from bench.intelligence.held import HELD

        return HELD
    return tuning_texts()


def tuning_texts() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every tuning round's texts together."""
    merged: dict[str, dict[str, tuple[str, ...]]] = {}
    for round_texts in tuning_rounds():
        for kind, by_language in round_texts.items():
            for language, written in by_language.items():
                merged.setdefault(kind, {}).setdefault(language, ())
                merged[kind][language] += written
    return merged


def tuning_rounds() -> tuple[dict[str, dict[str, tuple[str, ...]]], ...]:
    """Round 1 (``texts.py``), round 2 (``texts_round2.py``, the first held part),
    rounds 3 to 11 (``texts_round3.py`` to ``texts_round11.py``: the second to tenth),
    and four sets written by other authors for training (``texts_training_a.py`` to
    ``_d.py``)."""
    from bench.intelligence.texts_round2 import ROUND2
    from bench.intelligence.texts_round3 import ROUND3
    from bench.intelligence.texts_round4 import ROUND4
    from bench.intelligence.texts_round5 import ROUND5
    from bench.intelligence.texts_round6 import ROUND6
    from bench.intelligence.texts_round7 import ROUND7
    from bench.intelligence.texts_round8 import ROUND8
    from bench.intelligence.texts_round9 import ROUND9
    from bench.intelligence.texts_round10 import ROUND10
    from bench.intelligence.texts_round11 import ROUND11
    from bench.intelligence.texts_training_a import TRAIN_A
    from bench.intelligence.texts_training_b import TRAIN_B
    from bench.intelligence.texts_training_c import TRAIN_C
    from bench.intelligence.texts_training_d import TRAIN_D

    return (
        texts.TUNING,
        ROUND2,
        ROUND3,
        ROUND4,
        ROUND5,
        ROUND6,
        ROUND7,
        ROUND8,
        ROUND9,
        ROUND10,
        ROUND11,
        TRAIN_A,
        TRAIN_B,
        TRAIN_C,
        TRAIN_D,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.intelligence", description=__doc__)
    parser.add_argument("--part", choices=("tuning", "held", "all"), default="all")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=Path("bench/results"))
    parser.add_argument("--misses", action="store_true", help="list every miss (tuning only)")
    args = parser.parse_args(argv)
    parts = ("tuning", "held") if args.part == "all" else (args.part,)
    today = datetime.now(UTC).date()
    sets = {
        part: build(
            part, texts_of(part), today, seed=args.seed, per_wrapper=CONVERSATIONS_PER_WRAPPER[part]
        )
        for part in parts
    }
    results = evaluate(sets)
    report = {part: summary(results[part]) for part in parts}
    for part in parts:
        print_part(part, sets[part], report[part])
        if args.misses and part == "tuning":
            print_misses(results[part])
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / "intelligence.json"
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"JSON: {out}")
    return 0


Outcome = tuple[LabelledSet, dict[str, int | None], dict[str, Stored], list[str]]


def evaluate(sets: Mapping[str, LabelledSet]) -> dict[str, Outcome]:
    """Deliver every part into one mailbox, scan once, and read the store back."""
    root = Path(tempfile.mkdtemp(prefix="inbox-watch-intelligence-"))
    root.chmod(0o755)  # Dovecot's unprivileged users traverse it
    password = secrets.token_urlsafe(12)
    server = PrivateDovecot(root / "dovecot", {"alice": password})
    os.environ[PASSWORD_ENV] = password
    try:
        server.start()
        deliver(server, [d for labelled in sets.values() for d in labelled.deliveries])
        return scan_and_read(server, root, sets)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def deliver(server: PrivateDovecot, deliveries: Sequence[Delivery]) -> None:
    client = server.client("alice")
    try:
        for delivery in sorted(deliveries, key=lambda d: d.when):
            client.append(delivery.folder, delivery.raw, msg_time=delivery.when)
    finally:
        client.logout()


def scan_and_read(
    server: PrivateDovecot, root: Path, sets: Mapping[str, LabelledSet]
) -> dict[str, Outcome]:
    config = write_config(root, server)
    settings = load_settings(config, environ={PASSWORD_ENV: os.environ[PASSWORD_ENV]})
    vendors = settings.vendor_profiles()
    now = datetime.now(UTC)
    with Store(settings.store.path) as store:
        tracked: dict[str, int | None] = {}
        for labelled in sets.values():
            for conversation in labelled.conversations:
                tracked[conversation.key] = _track(store, vendors, conversation, now)
        report = scan(settings, store, now)
        if report.problems:
            print("scan problems:", report.problems, file=sys.stderr)
        requests = store.requests()
        replies = store.replies()
        suspicious = [mail.message_id for mail in store.suspicious()]
    stored = {
        reply.message_id: Stored(reply.request_id, reply.ticket, reply.kind.value)
        for reply in replies
    }
    outcomes: dict[str, Outcome] = {}
    for part, labelled in sets.items():
        expected: dict[str, int | None] = {}
        for conversation in labelled.conversations:
            expected[conversation.key] = tracked[conversation.key]
            if conversation.mode == "auto":
                expected[conversation.key] = next(
                    (
                        r.id
                        for r in requests
                        if r.auto_registered
                        and r.vendor == slug_of(conversation.wrapper)
                        and r.ticket == conversation.ticket
                    ),
                    None,
                )
        outcomes[part] = (labelled, expected, stored, suspicious)
    return outcomes


def _track(
    store: Store, vendors: Sequence[VendorProfile], conversation: Conversation, now: datetime
) -> int | None:
    if conversation.mode == "auto":
        return None
    request = track_add(
        store,
        vendors,
        slug_of(conversation.wrapper),
        now.date(),
        ticket=conversation.ticket_shown if conversation.mode == "ticket" else None,
        # Who knows their mail's Message-ID knows its subject too (the Sent folder has both).
        subject=conversation.title if conversation.mode in ("subject", "message_id") else None,
        submitted=conversation.submitted,
        message_id=conversation.user_message_id if conversation.mode == "message_id" else None,
    )
    return int(request.id)


def write_config(root: Path, server: PrivateDovecot) -> Path:
    lines = [
        "[store]",
        f'path = "{root / "store.sqlite3"}"',
        "",
        "[[accounts]]",
        'name = "labelled"',
        'host = "localhost"',
        f"port = {server.imaps_port}",
        'security = "tls"',
        'username = "alice"',
        f'addresses = ["{USER}"]',
        f'password_env = "{PASSWORD_ENV}"',
        f'ca_file = "{server.ca_file}"',
    ]
    for wrapper in WRAPPERS:
        if wrapper.builtin:
            continue
        lines += [
            "",
            "[[vendors]]",
            f'name = "{wrapper.vendor}"',
            f"domains = {json.dumps(list(wrapper.domains))}",
            f'helpdesk = "{wrapper.helpdesk}"',
            f"not_support_senders = {json.dumps(list(wrapper.not_support))}",
        ]
    path = root / "config.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def summary(outcome: Outcome) -> dict[str, object]:
    labelled, expected, stored, suspicious = outcome
    labels = [delivery.label for delivery in labelled.deliveries]
    overall = score(labels, expected, stored, suspicious)
    return {
        "messages": len(labels),
        "conversations": len(labelled.conversations),
        "overall": overall.as_json(),
        "by_helpdesk": _table(score_by(labels, "helpdesk", expected, stored, suspicious)),
        "by_language": _table(score_by(labels, "language", expected, stored, suspicious)),
        "kind_confusion": {
            f"{want} -> {got}": count for (want, got), count in sorted(overall.confusion.items())
        },
    }


def _table(scores: Mapping[str, Score]) -> dict[str, object]:
    return {key: value.as_json() for key, value in scores.items() if value.should_match}


def print_part(part: str, labelled: LabelledSet, report: Mapping[str, object]) -> None:
    overall = report["overall"]
    assert isinstance(overall, dict)
    print(
        f"\n== {part}: {report['messages']} messages, {report['conversations']} "
        f"conversations, {len(WRAPPERS)} helpdesk wrappers"
    )
    print(_row("overall", overall))
    for title in ("by_helpdesk", "by_language"):
        table = report[title]
        assert isinstance(table, dict)
        print(f"-- {title.replace('_', ' ')}")
        for key, value in table.items():
            print(_row(key, value))
    print("-- kind confusion (expected -> recorded)")
    confusion = report["kind_confusion"]
    assert isinstance(confusion, dict)
    for pair, count in confusion.items():
        print(f"   {pair}: {count}")


def _row(name: str, value: Mapping[str, object]) -> str:
    return (
        f"   {name:<16} n={value['messages_to_match']:<4} precision {value['precision']:.3f}  "
        f"recall {value['recall']:.3f}  ticket {value['ticket_accuracy']:.3f}  "
        f"kind {value['kind_accuracy']:.3f}  lookalikes matched "
        f"{value['lookalikes_matched']}/{value['lookalikes']}"
    )


def print_misses(outcome: Outcome) -> None:
    labelled, expected, stored, _suspicious = outcome
    print("-- misses")
    for delivery in labelled.deliveries:
        label = delivery.label
        record = stored.get(label.message_id)
        if label.outcome != "reply" or label.conversation is None:
            if record is not None and record.request_id is not None:
                print(f"   WRONGLY MATCHED {label.message_id} ({label.helpdesk})")
            continue
        wanted = expected.get(label.conversation)
        problems = [] if wanted is not None else ["its request was never registered"]
        if record is None:
            problems.append("not recorded")
        else:
            if record.request_id != wanted:
                problems.append(f"request {record.request_id} != {wanted}")
            if record.ticket != label.ticket:
                problems.append(f"ticket {record.ticket!r} != {label.ticket!r}")
            if record.kind != label.kind:
                problems.append(f"kind {record.kind} != {label.kind}")
        if problems:
            where = f"{label.helpdesk} {label.language} {label.kind}"
            print(f"   {label.message_id} [{where}]: {'; '.join(problems)}")
