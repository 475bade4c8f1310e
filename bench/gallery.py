"""Gallery benchmark: 2 000 finished jobs with real MP4 files (8 distinct H.264 clips, 640x360,
5 s, hard-linked under 2 000 names so each job has its own file and its own cache entry).

For the gallery and, as the baseline, the table, each in a fresh process: the time to the first
painted view and to every tile of that view showing its picture, with a cold still cache (the
first start: decoded by PyAV) and a warm one (the next start: read from disk); then a scroll
through the whole list, one step every 16 ms, timing each frame's work on the UI thread (the
scroll, the paint and the stills that arrived). Budget: first view < 1 s, no frame > 50 ms.

Run: ``.venv/bin/python bench/gallery.py`` (about a minute, offscreen). Prints one line per
figure.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

JOBS = int(os.environ.get("BENCH_JOBS", 2_000))
CLIPS = 8
FRAMES = 500  # scroll steps from top to bottom
FRAME_MS = 16
SIZE = (1280, 800)
ENV = {
    **os.environ,
    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    "QT_LOGGING_RULES": "qt.*=false",
    "YZX_NO_KEYRING": "1",
}


def make_clips(folder: Path) -> list[Path]:
    """Distinct clips: a hue each, a bar moving across, so posters differ."""
    import av
    from PIL import Image, ImageDraw

    clips = []
    for n in range(CLIPS):
        path = folder / f"clip-{n}.mp4"
        with av.open(str(path), "w", format="mp4") as container:
            stream = container.add_stream("libx264", rate=24)
            stream.width, stream.height, stream.pix_fmt = 640, 360, "yuv420p"
            stream.codec_context.options = {"preset": "ultrafast", "g": "48"}
            stream.codec_context.time_base = Fraction(1, 24)
            for i in range(5 * 24):
                picture = Image.new("RGB", (640, 360), (40 + 25 * n, 90, 200 - 20 * n))
                x = i * 640 // 120
                ImageDraw.Draw(picture).rectangle((x, 0, x + 40, 360), fill=(250, 250, 250))
                frame = av.VideoFrame.from_image(picture)
                frame.pts = i
                container.mux(stream.encode(frame))
            container.mux(stream.encode(None))
        clips.append(path)
    return clips


def link_files(clips: list[Path], folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(JOBS):
        target = folder / f"result-{i:04d}.mp4"
        os.link(clips[i % len(clips)], target)
        names.append(str(target))
    return names


CHILD = r"""
import json, statistics, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

mode, cache, files_json, width, height, frames, frame_ms = sys.argv[1:8]
app = QApplication(sys.argv[:1])
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider
from yzx_desktop.ui.jobs.view import JobsView

files = json.load(open(files_json))
now = time.time()
jobs = [
    Job("veo_3_1-fast", f"result {i}: a paper boat on a calm lake at dawn", 5, id=i + 1,
        state=JobState.DONE, file_path=path, created_at=now - i, finished_at=now - i + 30,
        starred=i % 7 == 0, tags=["lake"] if i % 5 == 0 else [],
        take_set=f"set-{i // 4}" if i % 40 < 8 else None, take_index=(i % 4) + 1)
    for i, path in enumerate(files)
]

class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

provider = ThumbnailProvider(__import__("pathlib").Path(cache))
view = JobsView(provider)
view.model.set_jobs(jobs)
view.resize(int(width), int(height))
painted = Painted()
began = time.perf_counter()
if mode == "gallery":
    view.show()
    app.processEvents()
    began = time.perf_counter()
    view.set_mode("gallery")
    widget = view.gallery
else:
    widget = view.table
widget.viewport().installEventFilter(painted)
if mode != "gallery":
    view.show()
while painted.count == 0:
    app.processEvents()
first_view = time.perf_counter() - began

def visible_ids():
    return widget.visible_job_ids()

def all_shown():
    return all(provider.cached(i) is not None for i in visible_ids())

deadline = time.perf_counter() + 60
while not all_shown():
    if time.perf_counter() > deadline:
        raise SystemExit("pictures missing")
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
shown = time.perf_counter() - began
tiles = len(visible_ids())

bar = widget.verticalScrollBar()
step = max(1, bar.maximum() // int(frames))
samples = []
next_frame = time.perf_counter()
while True:
    start = time.perf_counter()
    bar.setValue(min(bar.maximum(), bar.value() + step))
    app.processEvents()
    samples.append((time.perf_counter() - start) * 1000)
    if bar.value() >= bar.maximum():
        break
    next_frame += int(frame_ms) / 1000
    time.sleep(max(0.0, next_frame - time.perf_counter()))
samples.sort()
print(json.dumps({
    "first_view": first_view, "shown": shown, "tiles": tiles, "frames": len(samples),
    "median": statistics.median(samples), "p99": samples[int(0.99 * (len(samples) - 1))],
    "max": samples[-1], "decoded": provider.decoded,
}), flush=True)
"""


def run(mode: str, cache: Path, files_json: Path) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            mode,
            str(cache),
            str(files_json),
            *map(str, SIZE),
            str(FRAMES),
            str(FRAME_MS),
        ],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{mode}: {out.stderr[-2000:]}")
    return json.loads(lines[-1])


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="yzx-gallery-bench-"))
    ENV["YZX_HOME"] = str(work / "home")
    began = time.perf_counter()
    clips = make_clips(work)
    files = link_files(clips, work / "videos")
    files_json = work / "files.json"
    files_json.write_text(json.dumps(files))
    print(
        f"setup: {JOBS} finished jobs over {CLIPS} distinct 640x360 5 s H.264 clips "
        f"({time.perf_counter() - began:.1f} s); window {SIZE[0]}x{SIZE[1]}, offscreen"
    )
    results = {}
    for mode in ("gallery", "table"):
        cache = work / f"cache-{mode}"
        results[mode, "cold"] = run(mode, cache, files_json)
        results[mode, "warm"] = run(mode, cache, files_json)
    for mode in ("gallery", "table"):
        for temperature in ("cold", "warm"):
            r = results[mode, temperature]
            print(
                f"{mode} {temperature} cache: first view {r['first_view'] * 1000:.0f} ms, "
                f"all {r['tiles']} pictures in view {r['shown'] * 1000:.0f} ms "
                f"(budget first view < 1000 ms)"
            )
    for mode in ("gallery", "table"):
        for temperature in ("cold", "warm"):
            r = results[mode, temperature]
            print(
                f"{mode} scroll through {JOBS} ({temperature} cache, {r['frames']} frames at "
                f"{FRAME_MS} ms, {r['decoded']} stills decoded): frame median "
                f"{r['median']:.1f} ms, p99 {r['p99']:.1f} ms, max {r['max']:.1f} ms "
                f"(budget max <= 50 ms)"
            )
    ratio = results["gallery", "warm"]["p99"] / max(results["table", "warm"]["p99"], 0.01)
    print(f"gallery/table frame p99 ratio, warm cache: {ratio:.2f}x")
    overall = statistics.median(r["median"] for r in results.values())
    print(f"median of frame medians, all runs: {overall:.1f} ms")


if __name__ == "__main__":
    main()
