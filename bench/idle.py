"""Idle benchmark: wakeups per second and CPU use of the window with no active job, against a
bare PySide6 window measured at the same time.

Run: ``.venv/bin/python bench/idle.py [SECONDS]`` (default 60, offscreen). The studio window
opens on a store of 500 finished jobs and a configured relay that cannot be reached, so no
job is active; after 5 s of settling, both processes count their threads' context switches
(each wakeup from sleep is one) and CPU time for SECONDS.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENV = {
    **os.environ,
    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    "QT_LOGGING_RULES": "qt.*=false",
    "YZX_NO_KEYRING": "1",
    "YZX_API_KEY": "sk-idle-bench",
    "YZX_API_BASE": "http://127.0.0.1:9/v1",  # the discard port: nothing answers
}

PROBE = r"""
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def switches():
    # the whole process, threads that have ended included (per-thread counts vanish with them)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_nvcsw + usage.ru_nivcsw

def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

seconds = float(sys.argv[2])
start = {}

def begin():
    start.update(switches=switches(), cpu=cpu(), wall=time.monotonic())
    QTimer.singleShot(int(seconds * 1000), end)

def end():
    wall = time.monotonic() - start["wall"]
    print(f"IDLE {(switches() - start['switches']) / wall:.3f} "
          f"{100 * (cpu() - start['cpu']) / wall:.3f}", flush=True)
    for window in QApplication.topLevelWidgets():
        if isinstance(window, QMainWindow):
            window.confirm_close = False
            window.close()
    QApplication.instance().quit()

app = QApplication(sys.argv)
QTimer.singleShot(5000, begin)
if sys.argv[1] == "bare":
    window = QMainWindow(); window.setCentralWidget(QLabel("hello")); window.show()
    app.exec()
else:
    from yzx_desktop.ui.app import run_gui
    run_gui()
"""


def fill_store(home: str, count: int) -> None:
    os.environ["YZX_HOME"] = home
    from yzx_desktop.jobs.model import Job, JobState
    from yzx_desktop.jobs.store import JobStore

    store = JobStore()
    now = time.time()
    store.add_many(
        Job(
            "sora-2",
            f"finished job {i}",
            state=JobState.DONE if i % 4 else JobState.FAILED,
            task_id=f"t-{i}",
            created_at=now - 60 * i,
            finished_at=now - 60 * i + 40,
        )
        for i in range(count)
    )
    store.close()


def main() -> None:
    seconds = sys.argv[1] if len(sys.argv) > 1 else "60"
    home = str(Path(tempfile.mkdtemp(prefix="yzx-idle-")) / "home")
    fill_store(home, 500)
    probes = {
        kind: subprocess.Popen(
            [sys.executable, "-c", PROBE, kind, seconds],
            env={**ENV, "YZX_HOME": home},
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for kind in ("app", "bare")
    }
    results = {}
    for kind, proc in probes.items():
        out, _ = proc.communicate(timeout=float(seconds) + 60)
        line = next(line for line in out.splitlines() if line.startswith("IDLE"))
        results[kind] = [float(value) for value in line.split()[1:]]
    (app_wakeups, app_cpu), (bare_wakeups, bare_cpu) = results["app"], results["bare"]
    print(
        f"idle over {float(seconds):.0f} s with 500 finished jobs: app {app_wakeups:.2f} "
        f"wakeups/s, {app_cpu:.3f} % CPU; bare PySide6 window {bare_wakeups:.2f} wakeups/s, "
        f"{bare_cpu:.3f} % CPU (budget: at most 1 wakeup/s, ~0 % CPU)"
    )


if __name__ == "__main__":
    main()
