"""Demo clips: small H.264 MP4s of the understood length and shape, from the input image."""

from __future__ import annotations

import colorsys
import io
import os
import random
import tempfile
import threading
import zlib
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import av
from PIL import Image, ImageDraw, ImageOps

from yzx_desktop import paths
from yzx_desktop.demo.adaptors import Understood

FPS = 10
LONG_SIDE = 320
ZOOM = 0.12  # how far the slow push-in goes by the last frame
TINT = 0.35  # strength of the prompt colour once faded in
_CACHE_SIZE = 48


@dataclass(frozen=True)
class ClipSpec:
    """Everything a rendered clip depends on (the cache key)."""

    width: int
    height: int
    seconds: int
    tint: tuple[int, int, int]
    first: bytes | None = None
    last: bytes | None = None


def demo_clip_paths() -> list[Path]:
    """The committed text-to-video clips (320x180, 5 s, 16:9)."""
    return sorted((paths.resources_dir() / "demo").glob("*.mp4"))


def prompt_colour(prompt: str) -> tuple[int, int, int]:
    """A stable, saturated colour for a prompt."""
    hue = zlib.crc32(prompt.encode()) % 360 / 360
    r, g, b = colorsys.hsv_to_rgb(hue, 0.75, 0.95)
    return round(r * 255), round(g * 255), round(b * 255)


def frame_size(ratio: str) -> tuple[int, int]:
    """Render size for "a:b": long side LONG_SIDE, both sides even."""
    a, b = (int(x) for x in ratio.split(":"))
    short = max(2, round(LONG_SIDE * min(a, b) / max(a, b) / 2) * 2)
    return (LONG_SIDE, short) if a >= b else (short, LONG_SIDE)


def take_key(understood: Understood) -> str:
    """What makes one take differ from another: the prompt and the seed the provider read.
    Without a seed a provider varies each task itself, so the demo does too."""
    seed = understood.options.get("seed")
    return f"{understood.prompt}\n{seed if seed is not None else random.random()}"


def spec_for(understood: Understood) -> ClipSpec:
    """The clip for a task: its ratio, its length, its decoded first and last frames."""
    width, height = frame_size(understood.ratio)
    first = understood.first.data if understood.first else None
    last = understood.last.data if understood.last else None
    return ClipSpec(
        width, height, understood.seconds, prompt_colour(take_key(understood)), first, last
    )


def _cover(data: bytes, size: tuple[int, int]) -> Image.Image:
    picture = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")
    return ImageOps.fit(picture, size, Image.Resampling.LANCZOS)


def _backdrop(tint: tuple[int, int, int], size: tuple[int, int]) -> Image.Image:
    """A text-to-video stand-in: a diagonal gradient in the prompt colour with a dot grid."""
    dark = tuple(c // 5 for c in tint)
    down = Image.linear_gradient("L").resize(size)
    ramp = Image.blend(down, down.transpose(Image.Transpose.ROTATE_90).resize(size), 0.5)
    picture = ImageOps.colorize(ramp, dark, tint).convert("RGB")
    draw = ImageDraw.Draw(picture)
    step = max(size) // 8
    for x in range(step // 2, size[0], step):
        for y in range(step // 2, size[1], step):
            draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill=(250, 250, 250))
    return picture


def _frames(spec: ClipSpec) -> list[Image.Image]:
    """Slow push-in and pan over the first frame, tint fading in, cross-fade into the last."""
    size = (spec.width, spec.height)
    big = (spec.width * 2, spec.height * 2)
    source = _cover(spec.first, big) if spec.first else _backdrop(spec.tint, big)
    last = _cover(spec.last, size) if spec.last else None
    tint = Image.new("RGB", size, spec.tint)
    count = max(1, spec.seconds * FPS)
    fade = min(count - 1, FPS) if last else 0  # the final second blends into the last frame
    frames = []
    for index in range(count):
        t = index / max(count - 1, 1)
        zoom = 1 + ZOOM * t
        crop_w, crop_h = big[0] / zoom, big[1] / zoom
        left, top = (big[0] - crop_w) * t, (big[1] - crop_h) / 2
        box = (left, top, left + crop_w, top + crop_h)
        frame = source.resize(size, Image.Resampling.BILINEAR, box=box)
        if spec.first:
            frame = Image.blend(frame, tint, TINT * t * t * (3 - 2 * t))
        if last and index >= count - fade:
            frame = Image.blend(frame, last, (index - (count - fade) + 1) / fade)
        frames.append(frame)
    return frames


def encode(frames: list[Image.Image], fps: int = FPS) -> bytes:
    """H.264 (libx264, yuv420p) in an MP4 with the index first (faststart)."""
    handle, name = tempfile.mkstemp(prefix="yzx-demo-", suffix=".mp4")
    os.close(handle)
    try:
        with av.open(name, "w", format="mp4", options={"movflags": "+faststart"}) as container:
            stream = container.add_stream("libx264", rate=fps)
            stream.width, stream.height = frames[0].size
            stream.pix_fmt = "yuv420p"
            stream.codec_context.options = {"crf": "20", "preset": "veryfast", "g": str(fps * 2)}
            for index, picture in enumerate(frames):
                frame = av.VideoFrame.from_image(picture)
                frame.pts = index
                container.mux(stream.encode(frame))
            container.mux(stream.encode(None))
        return Path(name).read_bytes()
    finally:
        os.unlink(name)


_cache: OrderedDict[ClipSpec, bytes] = OrderedDict()
_cache_lock = threading.Lock()


def render(spec: ClipSpec) -> bytes:
    """The MP4 for ``spec``; identical inputs are rendered once per process."""
    with _cache_lock:
        if spec in _cache:
            _cache.move_to_end(spec)
            return _cache[spec]
    data = encode(_frames(spec))
    with _cache_lock:
        _cache[spec] = data
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return data


class ClipMaker:
    """Renders clips on worker threads so create and poll answers never wait for encoding."""

    def __init__(self) -> None:
        self._committed = [path.read_bytes() for path in demo_clip_paths()]
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="demo-clip")

    def submit(self, understood: Understood) -> Future[bytes]:
        """A future MP4: a committed clip for plain 16:9 5 s text-to-video, else a render."""
        plain = not (understood.first or understood.last)
        if plain and understood.ratio == "16:9" and understood.seconds == 5 and self._committed:
            ready: Future[bytes] = Future()
            pick = zlib.crc32(take_key(understood).encode()) % len(self._committed)
            ready.set_result(self._committed[pick])
            return ready
        return self._pool.submit(render, spec_for(understood))

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
