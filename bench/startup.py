"""Window benchmark: time to first paint against a bare PySide6 window, event-loop stall with
200 active jobs in the window, and load time and RSS with 10 000 stored jobs.

Run: ``.venv/bin/python bench/startup.py`` (about a minute, offscreen). Prints one line per figure.

The first-paint probes read bytecode cached by a warm-up run (in the run's temporary folder),
as an installed app does: pip compiles it at install and the bundle ships it. Without that, a
``PYTHONDONTWRITEBYTECODE=1`` environment charges the app, and not the bare window, for compiling
its own sources at every start. ``--no-bytecode-cache`` measures that way.

A third probe gives the floor under the budget: the bare window after making the Qt types the
app's first paint made. PySide creates a type, with its Python enums, on first use; that cost
alone is most of what the budget allows.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
ENV = {
    **os.environ,
    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    "QT_LOGGING_RULES": "qt.*=false",
    "YZX_NO_KEYRING": "1",
}

# Both probes watch only their main window: its first Paint ends them. (An app-wide filter
# would run Python for every event of every object before the paint, which charges the app,
# with its many more widgets, for the measurement itself.)
PROBE = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def created_qt_types():
    return {
        name: [n for n, v in vars(module).items() if isinstance(v, type)]
        for name, module in sys.modules.items()
        if name.startswith("PySide6.Qt")
    }

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {time.time():.6f}", flush=True)
            if sys.argv[1] == "app" and len(sys.argv) > 2:  # which Qt types the paint needed
                with open(sys.argv[2], "w") as out:
                    json.dump(created_qt_types(), out)
            QTimer.singleShot(0, lambda: [w.close() for w in QApplication.topLevelWidgets()])
            obj.removeEventFilter(self)
        return False

app = QApplication(sys.argv)
probe = FirstPaint()
if sys.argv[1] in ("bare", "types"):
    if sys.argv[1] == "types":  # the bare window, after making the Qt types the app's paint made
        import importlib
        with open(sys.argv[2]) as recorded:
            for module, names in json.load(recorded).items():
                for name in names:
                    getattr(importlib.import_module(module), name)
    window = QMainWindow(); window.setCentralWidget(QLabel("hello"))
    window.installEventFilter(probe)
    window.show()
    app.exec()
else:  # as ``yzx-desktop --demo`` starts: its arguments, its log file, then the window
    from yzx_desktop.ui.window import main_window

    build = main_window.MainWindow.__init__

    def watched(self, *args, **kwargs):
        build(self, *args, **kwargs)
        self.installEventFilter(probe)

    main_window.MainWindow.__init__ = watched
    from yzx_desktop.cli import main
    main(["--demo"])
"""


def first_paint_seconds(
    kind: str, home: str, pycache: str | None = None, types_file: str | None = None
) -> float:
    """Seconds from exec to the first paint; ``pycache``: where bytecode is cached (or not);
    ``types_file``: where the app records (or the ``types`` probe reads) the Qt types made."""
    env = {**ENV, "YZX_HOME": home}
    if pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    began = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", PROBE, kind, *([types_file] if types_file else [])],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    painted = None
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            painted = float(line.split()[1])
            break
    proc.wait(30)
    if painted is None:
        raise RuntimeError(f"{kind}: no first paint")
    return painted - began


LOAD = r"""
import asyncio, resource, sys, time
import qasync
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
from yzx_desktop.settings import Settings
from yzx_desktop.ui.window.main_window import MainWindow
from yzx_desktop.ui.session import Session

async def main():
    began = time.perf_counter()
    session = Session(Settings(), demo=True)
    window = MainWindow(session)
    window.show()
    app.processEvents()
    loaded = time.perf_counter() - began
    t = time.perf_counter()
    window.jobs.search.setText("number 9999 ")
    filtered = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{loaded:.4f} {filtered:.4f} {rss:.1f} {window.jobs.model.rowCount()}", flush=True)
    window.confirm_close = False
    window.close()
    await session.close()

with asyncio.Runner(loop_factory=qasync.QEventLoop) as r:
    r.run(main())
"""


def load_stats(home: str) -> tuple[float, float, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", LOAD],
        env={**ENV, "YZX_HOME": home},
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout.split()
    return float(out[0]), float(out[1]), float(out[2]), int(out[3])


def fill_store(home: str, count: int) -> None:
    os.environ["YZX_HOME"] = home
    from yzx_desktop.jobs.model import Job, JobState
    from yzx_desktop.jobs.store import JobStore

    store = JobStore()
    now = time.time()
    store.add_many(
        Job(
            "generic-video",
            f"prompt number {i} of a calm lake at dawn",
            5,
            "1280x720",
            i,
            state=JobState.DONE if i % 3 else JobState.FAILED,
            task_id=f"t-{i}",
            created_at=now - i,
            finished_at=now - i + 40,
        )
        for i in range(count)
    )
    store.close()


STALL = r"""
import asyncio, statistics, sys, time
import qasync
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.demo.server import SimulatedRelay
from yzx_desktop.jobs.cadence import PollCadence
from yzx_desktop.settings import Settings
from yzx_desktop.ui.window.main_window import MainWindow
from yzx_desktop.ui.session import Session

async def main():
    cadence = PollCadence(first=(1, 2), interval=(2, 3))  # about 5x the seed's rate
    session = Session(Settings(), demo=True, cadence=cadence)
    window = MainWindow(session)
    window.show()
    session.start()
    session.relay.default_plan.queue_seconds = 1
    session.relay.default_plan.run_seconds = 10_000  # progress moves on every poll
    for i in range(200):
        session.engine.submit(CreateRequest("kling-v1-6", f"stall job {i}", 5))
    await asyncio.sleep(3)
    loop, samples = asyncio.get_running_loop(), []
    end = loop.time() + float(sys.argv[1])
    while loop.time() < end:
        start = loop.time()
        await asyncio.sleep(0.005)
        samples.append((loop.time() - start - 0.005) * 1000)
    samples.sort()
    active = sum(1 for j in window.jobs.model.jobs() if j.active)
    print(f"{samples[int(0.99 * len(samples))]:.2f} {samples[-1]:.2f} "
          f"{statistics.median(samples):.2f} {len(samples)} {active}", flush=True)
    window.confirm_close = False
    window.close()
    await session.close()

with asyncio.Runner(loop_factory=qasync.QEventLoop) as r:
    r.run(main())
"""


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="yzx-startup-"))
    home = str(work / "empty")
    pycache = None if "--no-bytecode-cache" in sys.argv else str(work / "pycache")
    types_file = str(work / "qt-types.json")
    first_paint_seconds("bare", home, pycache)  # warm the file cache (and write the bytecode)
    first_paint_seconds("app", home, pycache, types_file)  # and record the Qt types it made
    runs: dict[str, list[float]] = {"bare": [], "types": [], "app": []}
    for _ in range(RUNS):  # interleaved so machine noise hits all alike
        for kind, times in runs.items():
            times.append(first_paint_seconds(kind, home, pycache, types_file))
    bare, types, app = (statistics.median(times) for times in runs.values())
    print(
        f"first paint: app {app * 1000:.0f} ms, bare PySide6 window {bare * 1000:.0f} ms, "
        f"ratio {app / bare:.2f}x (median of {RUNS}, bytecode "
        f"{'cached' if pycache else 'compiled each run'}; budget <= 1.5x)"
    )
    with open(types_file) as recorded:
        count = sum(len(names) for names in json.load(recorded).values())
    print(
        f"first paint floor: the bare window after making the {count} Qt types the app's first "
        f"paint made (no app code, no widget of its own) {types * 1000:.0f} ms, ratio "
        f"{types / bare:.2f}x: PySide creates each type, and its Python enums, on first use"
    )

    out = subprocess.run(
        [sys.executable, "-c", STALL, "20"],
        env={**ENV, "YZX_HOME": str(work / "stall")},
        capture_output=True,
        text=True,
        timeout=180,
    ).stdout.split()
    print(
        f"event-loop stall with {out[4]} active jobs in the window (5 ms heartbeat, "
        f"{out[3]} beats, polls 5x the seed rate): p99 {out[0]} ms, max {out[1]} ms, "
        f"median {out[2]} ms (budget p99 < 16, max < 50)"
    )

    empty_home, full_home = str(work / "load-empty"), str(work / "load-10k")
    fill_store(full_home, 10_000)
    empty = [load_stats(empty_home) for _ in range(3)]
    full = [load_stats(full_home) for _ in range(3)]
    print(
        f"window load with 10 000 stored jobs: {statistics.median(f[0] for f in full) * 1000:.0f}"
        f" ms (empty store {statistics.median(e[0] for e in empty) * 1000:.0f} ms); search "
        f"filter over 10 000 rows {statistics.median(f[1] for f in full) * 1000:.0f} ms; peak "
        f"RSS {statistics.median(f[2] for f in full):.0f} MB (empty store "
        f"{statistics.median(e[2] for e in empty):.0f} MB); rows {full[0][3]}"
    )


if __name__ == "__main__":
    main()
