"""The real entry point in a child process, offscreen: --self-test and a clean exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.integration.test_packaging import SELF_TEST_STEPS


def test_self_test_runs_one_demo_generation_end_to_end(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "YZX_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "yzx_desktop", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    assert report["steps"] == SELF_TEST_STEPS  # the same steps as the bundle and the wheel
    assert report["takes"] == 2 and report["drift_ms"] <= 40
    assert report["scene_bytes"] > report["bytes"]
    assert report["frame"] == "320x180"
    # the user's jobs and library are untouched; only the log records the self-test
    assert sorted(p.name for p in tmp_path.iterdir()) in ([], ["logs"])
