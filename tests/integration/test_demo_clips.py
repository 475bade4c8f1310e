"""Demo clips over real HTTP: length and shape as understood; i2v starts from the image."""

from __future__ import annotations

import base64
import io
import time
from collections.abc import Iterator

import av
import httpx
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageOps, ImageStat

from tests.conftest import TOKEN
from yzx_desktop.demo.clips import FPS, demo_clip_paths, frame_size
from yzx_desktop.demo.server import SimulatedRelay


@pytest.fixture
def http(relay: SimulatedRelay) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=relay.base_url, headers=headers, timeout=30) as client:
        yield client


def picture(background: tuple[int, int, int], block: tuple[int, int, int]) -> Image.Image:
    """A 800x600 test card with large shapes (so a wrong frame is far off)."""
    image = Image.new("RGB", (800, 600), background)
    draw = ImageDraw.Draw(image)
    draw.rectangle((120, 80, 420, 380), fill=block)
    draw.ellipse((430, 220, 760, 560), fill=(245, 245, 245))
    return image


def encoded(image: Image.Image, fmt: str = "PNG") -> str:
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return base64.b64encode(buffer.getvalue()).decode()


def clip_for(http: httpx.Client, body: dict, path: str = "/videos") -> bytes:
    created = http.post(path, json={"prompt": "a red fox", **body})
    assert created.status_code == 200, created.text
    task_id = created.json()["id"]
    deadline = time.monotonic() + 20
    while http.get(f"/videos/{task_id}").json()["status"] != "completed":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    response = http.get(f"/videos/{task_id}/content")
    assert response.status_code == 200 and response.content[4:8] == b"ftyp"
    return response.content


def frames_of(data: bytes) -> tuple[list[Image.Image], float]:
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264" and stream.codec_context.format.name == "yuv420p"
        seconds = float(stream.duration * stream.time_base)
        return [frame.to_image() for frame in container.decode(stream)], seconds


def mean_diff(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


FIRST = picture((30, 110, 200), (250, 200, 0))
LAST = picture((20, 150, 60), (200, 0, 120))


def test_first_and_last_frame_clip_matches_the_inputs(http) -> None:
    body = {
        "model": "veo_3_1-fast-fl",
        "duration": 6,
        "size": "720x1280",
        "images": ["data:image/png;base64," + encoded(FIRST), encoded(LAST, "JPEG")],
    }
    data = clip_for(http, body)
    frames, seconds = frames_of(data)
    assert seconds == 6 and len(frames) == 6 * FPS
    assert frames[0].size == frame_size("9:16") == (180, 320)
    expect_first = ImageOps.fit(FIRST, frames[0].size, Image.Resampling.LANCZOS)
    expect_last = ImageOps.fit(LAST, frames[0].size, Image.Resampling.LANCZOS)
    assert mean_diff(frames[0], expect_first) < 6
    assert mean_diff(frames[-1], expect_last) < 8
    assert mean_diff(frames[0], expect_last) > 40  # the comparison can tell them apart
    assert mean_diff(frames[len(frames) // 2], expect_first) > 6  # it moves
    assert data.find(b"moov") < data.find(b"mdat")  # faststart
    assert len(data) < 200_000


def test_seedance_image_to_video_follows_the_image_shape(http) -> None:
    first = FIRST.resize((400, 300))
    body = {"model": "doubao-seedance-1-0-pro", "seconds": "4", "images": [encoded(first)]}
    frames, seconds = frames_of(clip_for(http, body, "/video/generations"))
    assert seconds == 4 and frames[0].size == frame_size("4:3") == (320, 240)
    assert mean_diff(frames[0], ImageOps.fit(first, (320, 240))) < 6


def test_kling_first_frame_comes_from_image(http) -> None:
    body = {"model": "kling-v1-6", "image": encoded(FIRST), "size": "1280x720"}
    frames, seconds = frames_of(clip_for(http, body))
    assert seconds == 5 and frames[0].size == (320, 180)
    assert mean_diff(frames[0], ImageOps.fit(FIRST, (320, 180))) < 6


def test_text_to_video_has_the_understood_length_and_shape(http) -> None:
    frames, seconds = frames_of(clip_for(http, {"model": "MiniMax-Hailuo-02", "duration": 10}))
    assert seconds == 10 and frames[0].size == (320, 180)
    frames, seconds = frames_of(clip_for(http, {"model": "sora-2", "size": "720x1280"}))
    assert seconds == 5 and frames[0].size == (180, 320)


def test_plain_text_to_video_uses_a_committed_clip(http) -> None:
    data = clip_for(http, {"model": "generic-video", "duration": 5, "size": "1280x720"})
    assert data in [path.read_bytes() for path in demo_clip_paths()]
