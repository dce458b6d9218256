"""A 1,000-message run of the benchmark (`make bench` is 10,000): every scenario runs and
passes its correctness check, so the benchmark cannot rot. No timing is asserted, and no
peer tool beyond the naive client (plain Python) is needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_smoke_run_passes_every_check(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable, "-m", "bench", "--messages", "1000", "--baselines", "naive",
            "--repeat", "1", "--push-trials", "2", "--idle-seconds", "1",
            "--naive-budget", "30", "--throughput-seconds", "0.2", "--out", str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    data = json.loads((tmp_path / "bench-1000.json").read_text())
    ours = data["inbox_watch"]
    for key in ("cold", "cold_warm_server", "nothing_new", "ten_new"):
        assert ours[key]["check"]["ok"], (key, ours[key]["check"])
        assert ours[key]["error"] is None
        assert ours[key]["server_bytes"] > 0
    assert ours["ten_new"]["check"]["expected"] == ours["cold"]["check"]["expected"] + 2
    for key in ("status", "digest"):
        assert ours[key]["error"] is None and ours[key]["wall_s"] > 0
    assert ours["throughput"]["messages_per_s"] > 0
    push = ours["push"]
    if push["skipped"] is None:  # `inbox-watch run` is in the tree
        assert push["error"] is None, push["error"]
        assert push["missed"] == 0
        assert ours["idle"]["cpu_per_5_min"] is not None
    naive = data["baselines"]["cold"]["naive"]
    assert naive["partial"] is None
    assert naive["check"]["found"] == naive["check"]["expected"]
    assert {t["target"] for t in data["targets"]} >= {"cold scan peak RSS <= 80 MB"}
    assert "targets" in result.stdout
