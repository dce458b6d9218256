"""Benchmark baseline (a): the naive client. FETCH every message's RFC822 and parse it.

Run as ``python -m bench.naive``; prints one JSON object. Stops at its time budget and
says how far it got (never extrapolates).
"""

from __future__ import annotations

import argparse
import json
import os
import ssl
import sys
import time
from email import message_from_bytes, policy
from email.headerregistry import Address

from imapclient import IMAPClient


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.naive")
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca-file", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password-env", required=True)
    parser.add_argument("--budget", type=float, required=True, help="seconds")
    parser.add_argument("--domain", action="append", default=[])
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    domains = [d.lower() for d in args.domain]
    context = ssl.create_default_context(cafile=args.ca_file)
    client = IMAPClient(args.host, port=args.port, ssl=True, ssl_context=context, timeout=60)
    client.login(args.user, os.environ[args.password_env])
    total = fetched = 0
    found: list[str] = []
    complete = True
    for folder in args.folders:
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        total += len(uids)
        for begin in range(0, len(uids), 50):
            if time.perf_counter() - start > args.budget:
                complete = False
                break
            response = client.fetch(uids[begin : begin + 50], [b"BODY.PEEK[]"])
            for data in response.values():
                message = message_from_bytes(data[b"BODY[]"], policy=policy.default)
                fetched += 1
                sender = message.get("From")
                addresses: tuple[Address, ...] = getattr(sender, "addresses", ())
                domain = addresses[0].domain.lower() if addresses else ""
                if any(domain == d or domain.endswith("." + d) for d in domains):
                    # What a naive client would then read: the text of the mail.
                    body = message.get_body(preferencelist=("plain", "html"))
                    if body is not None:
                        body.get_content()
                    found.append(str(message.get("Message-ID", "")).strip())
        if not complete:
            break
    client.logout()
    json.dump(
        {"complete": complete, "total": total, "fetched": fetched, "found": found}, sys.stdout
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
