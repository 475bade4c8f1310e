"""Scene benchmark: join 10 shots of 5 s at 640x360, 24 fps, by copying and by re-encoding.

Run: ``.venv/bin/python bench/scenes.py`` (under a minute). The shots are H.264 clips made
first (a pan over a tinted gradient with a grid of dots, so the encoder has motion to work
on); each way of joining runs 3 times, interleaved, and the medians and their ratio are printed.
"""

from __future__ import annotations

import colorsys
import statistics
import tempfile
import time
from pathlib import Path

import av
from PIL import Image, ImageDraw, ImageOps

from yzx_desktop.media.scenes import join_videos

SHOTS, SECONDS, FPS, SIZE, RUNS = 10, 5, 24, (640, 360), 3


def make_shot(path: Path, hue: float) -> Path:
    r, g, b = (round(c * 255) for c in colorsys.hsv_to_rgb(hue, 0.7, 0.9))
    big = (SIZE[0] * 2, SIZE[1] * 2)
    backdrop = ImageOps.colorize(
        Image.linear_gradient("L").resize(big), (r // 5, g // 5, b // 5), (r, g, b)
    )
    draw = ImageDraw.Draw(backdrop)
    for x in range(20, big[0], 40):
        for y in range(20, big[1], 40):
            draw.ellipse((x - 5, y - 5, x + 5, y + 5), fill=(250, 250, 250))
    count = SECONDS * FPS
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream(
            "libx264", rate=FPS, options={"crf": "20", "preset": "veryfast"}
        )
        stream.width, stream.height, stream.pix_fmt = *SIZE, "yuv420p"
        for index in range(count):
            left = (big[0] - SIZE[0]) * index // count
            top = (big[1] - SIZE[1]) * index // count
            picture = backdrop.crop((left, top, left + SIZE[0], top + SIZE[1]))
            frame = av.VideoFrame.from_image(picture)
            frame.pts = index
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def timed(shots: list[Path], target: Path, reencode: bool) -> float:
    began = time.perf_counter()
    join_videos(shots, target, reencode=reencode)
    return time.perf_counter() - began


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="yzx-scenes-bench-") as folder:
        root = Path(folder)
        began = time.perf_counter()
        shots = [make_shot(root / f"shot-{i}.mp4", i / SHOTS) for i in range(SHOTS)]
        print(
            f"{SHOTS} shots of {SECONDS} s at {SIZE[0]}x{SIZE[1]}, {FPS} fps "
            f"({sum(p.stat().st_size for p in shots) / 1e6:.1f} MB) made in "
            f"{time.perf_counter() - began:.1f} s"
        )
        copies, encodes = [], []
        for _ in range(RUNS):
            copies.append(timed(shots, root / "copied.mp4", reencode=False))
            encodes.append(timed(shots, root / "encoded.mp4", reencode=True))
        copy, encode = statistics.median(copies), statistics.median(encodes)
        footage = SHOTS * SECONDS
        for name, runs, median in (("copy", copies, copy), ("re-encode", encodes, encode)):
            size = (root / ("copied.mp4" if name == "copy" else "encoded.mp4")).stat().st_size
            print(
                f"{name:<9} median {median * 1000:8.1f} ms of {RUNS} "
                f"({', '.join(f'{r * 1000:.1f}' for r in runs)}); {footage / median:7.1f}x "
                f"real time; {size / 1e6:.1f} MB"
            )
        print(f"re-encode / copy: {encode / copy:.0f}x slower")


if __name__ == "__main__":
    main()
