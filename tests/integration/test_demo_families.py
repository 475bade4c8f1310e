"""Per family, real HTTP bodies: what the demo relay's adaptors understand and what they refuse."""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image

from tests.conftest import TOKEN
from yzx_desktop.demo.server import SimulatedRelay


def png(width: int = 640, height: int = 480) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 90, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def data_url(data: bytes) -> str:
    return "data:image/png;base64," + b64(data)


URL = "https://images.example.com/frame.png"
IMG = data_url(png())
RAW = b64(png())
SMALL = data_url(png(200, 200))
HUGE = b64(os.urandom(21 * 1024 * 1024))  # over Veo's 20 MB, Kling's 10 MB, Jimeng's 4.7 MB
VIDEOS, GENERATIONS = "/videos", "/video/generations"


@pytest.fixture
def http(relay: SimulatedRelay) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=relay.base_url, headers=headers, timeout=30) as client:
        yield client


def create(http: httpx.Client, model: str, fields: dict[str, Any], path: str) -> httpx.Response:
    return http.post(path, json={"model": model, "prompt": "a lighthouse at dusk", **fields})


def understood(http: httpx.Client, model: str, fields: dict[str, Any], path: str) -> dict:
    """Create, then read back what the relay says the provider used (both poll shapes)."""
    response = create(http, model, fields, path)
    assert response.status_code == 200, response.text
    task_id = response.json()["id"]
    task = http.get(f"/video/generations/{task_id}").json()["data"]["data"]
    video = http.get(f"/videos/{task_id}").json()
    assert video["metadata"] == {k: v for k, v in task.items() if k != "model"}
    assert video["seconds"] == str(task["duration"])
    return {**task, "size": video["size"]}


def images(first: bool = False, last: bool = False, references: int = 0) -> dict[str, Any]:
    return {"first": first, "last": last, "references": references}


# (model, path, request fields, expected subset of the understood metadata)
UNDERSTOOD = [
    # Seedance: only `seconds` sets the length; `size` ignored; metadata resolution/ratio.
    ("doubao-seedance-1-0-pro", GENERATIONS,
     {"seconds": "10", "duration": 3, "size": "1280x720",
      "metadata": {"resolution": "720p", "ratio": "9:16"}},
     {"duration": 10, "resolution": "720p", "ratio": "9:16", "size": "720x1280"}),
    ("doubao-seedance-1-0-pro", GENERATIONS, {"duration": 8, "size": "720x1280"},
     {"duration": 5, "resolution": "1080p", "ratio": "16:9", "size": "1920x1080",
      "images": images()}),
    ("doubao-seedance-1-0-pro", GENERATIONS,
     {"images": [IMG], "metadata": {"content": [
         {"type": "image_url", "image_url": {"url": IMG}, "role": "last_frame"}]}},
     {"ratio": "4:3", "images": images(first=True, last=True)}),
    ("doubao-seedance-1-0-pro", GENERATIONS,
     {"metadata": {"content": [
         {"type": "image_url", "image_url": {"url": URL}, "role": "reference_image"},
         {"type": "image_url", "image_url": {"url": URL}, "role": "reference_image"}]}},
     {"images": images(references=2)}),
    ("doubao-seedance-1-0-pro", GENERATIONS,
     {"seed": 1, "metadata": {"seed": 7, "generate_audio": True, "camera_fixed": True}},
     {"options": {"seed": 7, "generate_audio": True, "camera_fixed": True}}),
    # Veo: 4/6/8, WxH -> 720p/1080p + 16:9/9:16, images as data URL or base64.
    ("veo_3_1-fast", VIDEOS, {"duration": 6, "size": "720x1280"},
     {"duration": 6, "resolution": "720p", "ratio": "9:16", "size": "720x1280"}),
    ("veo_3_1-fast", VIDEOS, {"duration": "8", "size": "1920x1080"},
     {"duration": 8, "resolution": "1080p", "ratio": "16:9", "size": "1920x1080"}),
    ("veo_3_1-fast", VIDEOS, {}, {"duration": 8, "resolution": "720p", "ratio": "16:9"}),
    ("veo_3_1-fast", VIDEOS, {"images": [RAW], "duration": 4, "seed": 3,
                              "metadata": {"negativePrompt": "fog", "seed": 9}},
     {"duration": 4, "images": images(first=True), "options": {"negativePrompt": "fog",
                                                               "seed": 9}}),
    ("veo_3_1-fast-fl", VIDEOS, {"images": [IMG, IMG], "duration": 8},
     {"images": images(first=True, last=True)}),
    ("veo_3_1-fast-fl", VIDEOS, {"image": IMG}, {"images": images(first=True)}),
    # Kling: "5"/"10"; first frame only from `image`; last from metadata.image_tail.
    ("kling-v1-6", VIDEOS, {"duration": "10", "mode": "pro", "size": "720x1280"},
     {"duration": 10, "resolution": "1080p", "ratio": "9:16", "size": "1080x1920"}),
    ("kling-v1-6", VIDEOS, {"size": "1024x1024", "seed": 5},
     {"duration": 5, "resolution": "720p", "ratio": "1:1",
      "options": {"mode": "std"}}),
    ("kling-v1-6", VIDEOS, {"image": IMG, "metadata": {"image_tail": RAW}},
     {"images": images(first=True, last=True)}),
    ("kling-v1-6", VIDEOS, {"images": [IMG]}, {"images": images()}),
    # Hailuo: 6/10, size is the resolution, images only from metadata.
    ("MiniMax-Hailuo-02", VIDEOS, {}, {"duration": 6, "resolution": "768p", "size": "1366x768"}),
    ("MiniMax-Hailuo-02", VIDEOS, {"duration": 10, "size": "512P"},
     {"duration": 10, "resolution": "512p"}),
    ("MiniMax-Hailuo-02", VIDEOS, {"image": IMG, "images": [IMG]}, {"images": images()}),
    ("MiniMax-Hailuo-02", VIDEOS,
     {"metadata": {"first_frame_image": IMG, "last_frame_image": URL,
                   "subject_reference": [{"type": "character", "image": [URL]}]}},
     {"images": images(first=True, last=True, references=1)}),
    # Vidu: 1 image first, 2 start+end, more = references; size is a resolution.
    ("viduq1", VIDEOS, {"size": "720p"}, {"duration": 5, "resolution": "720p"}),
    ("viduq1", VIDEOS, {"image": URL}, {"images": images(first=True)}),
    ("viduq1", VIDEOS, {"images": [IMG, URL]}, {"images": images(first=True, last=True)}),
    ("viduq1", VIDEOS, {"images": [URL, URL, RAW]}, {"images": images(references=3)}),
    # Wan: W*H for text-to-video; URLs only; "720P" for image-to-video.
    ("wan2.5-t2v-preview", VIDEOS, {"size": "1280*720", "duration": 10},
     {"duration": 10, "resolution": "720p", "ratio": "16:9", "size": "1280x720"}),
    ("wan2.5-t2v-preview", VIDEOS, {"images": [URL, URL], "size": "720P"},
     {"resolution": "720p", "images": images(first=True, last=True)}),
    # Jimeng: raw base64, 5/10, metadata.aspect_ratio.
    ("jimeng-video-3.0", VIDEOS,
     {"images": [RAW], "duration": 10, "metadata": {"aspect_ratio": "9:16"}},
     {"duration": 10, "ratio": "9:16", "images": images(first=True)}),
    # Pass-through: the body as sent.
    ("generic-video", VIDEOS, {"duration": 5, "size": "1280x720", "seed": 42},
     {"duration": 5, "size": "1280x720", "ratio": "16:9", "options": {"seed": 42}}),
    ("sora-2", VIDEOS, {"seconds": "8", "size": "720x1280"},
     {"duration": 8, "size": "720x1280", "ratio": "9:16"}),
    ("sora-2", VIDEOS,
     {"size": "640x480", "input_reference": IMG}, {"images": images(first=True)}),
]  # fmt: skip


@pytest.mark.parametrize(("model", "path", "fields", "expected"), UNDERSTOOD)
def test_understood(http, model: str, path: str, fields: dict, expected: dict) -> None:
    got = understood(http, model, fields, path)
    assert {key: got[key] for key in expected} == expected
    if "seed" in fields and model not in ("generic-video", "sora-2"):
        assert got["options"].get("seed") != fields["seed"]  # top-level seed is dropped


# (model, path, request fields, text the 400 message must contain)
REFUSED = [
    ("doubao-seedance-1-0-pro", VIDEOS, {}, "/v1/video/generations"),
    ("doubao-seedance-1-0-pro", GENERATIONS, {"seconds": "13"}, "from 2 to 12"),
    ("doubao-seedance-1-0-pro", GENERATIONS, {"seconds": 8}, "seconds must be a string"),
    ("doubao-seedance-1-0-pro", GENERATIONS, {"metadata": {"resolution": "4k"}},
     "480p, 720p, 1080p"),
    ("doubao-seedance-1-0-pro", GENERATIONS, {"metadata": {"ratio": "2:1"}},
     "16:9, 9:16, 1:1, 4:3, 3:4, 21:9"),
    ("doubao-seedance-1-0-pro", GENERATIONS,
     {"images": [IMG], "metadata": {"content": [
         {"type": "image_url", "image_url": {"url": URL}, "role": "reference_image"}]}},
     "first/last frame content cannot be mixed with reference media content"),
    ("doubao-seedance-1-0-pro", GENERATIONS,
     {"metadata": {"content": [
         {"type": "image_url", "image_url": {"url": IMG}, "role": "last_frame"},
         {"type": "image_url", "image_url": {"url": URL}, "role": "reference_image"}]}},
     "first/last frame content cannot be mixed with reference media content"),
    ("veo_3_1-fast", VIDEOS, {"duration": 5}, "4, 6, 8"),
    ("veo_3_1-fast", VIDEOS, {"duration": 6, "size": "1920x1080"}, "1080p only with duration 8"),
    ("veo_3_1-fast", VIDEOS, {"images": [URL]}, "data URLs or raw base64, not http(s) URLs"),
    ("veo_3_1-fast", VIDEOS, {"images": [IMG, IMG]}, "at most 1 image"),
    ("veo_3_1-fast-fl", VIDEOS, {"images": [IMG, IMG, IMG]}, "at most 2 image"),
    ("veo_3_1-fast", VIDEOS, {"images": [HUGE]}, "at most 20 MB"),
    ("veo_3_1-fast", VIDEOS, {"size": "large"}, "WIDTHxHEIGHT"),
    ("veo_3_1-fast", VIDEOS, {"images": [b64(b"not a picture")]}, "could not be decoded"),
    ("kling-v1-6", VIDEOS, {"duration": 7}, "5, 10"),
    ("kling-v1-6", VIDEOS, {"mode": "ultra"}, "std, pro"),
    ("kling-v1-6", VIDEOS, {"image": SMALL}, "at least 300x300"),
    ("kling-v1-6", VIDEOS, {"image": IMG, "metadata": {"image_tail": HUGE}}, "at most 10 MB"),
    ("MiniMax-Hailuo-02", VIDEOS, {"duration": 5}, "6, 10"),
    ("MiniMax-Hailuo-02", VIDEOS, {"size": "1280x720"}, "512P, 720P, 768P, 1080P"),
    ("MiniMax-Hailuo-02", VIDEOS, {"size": "1080P", "duration": 10}, "1080P only with duration 6"),
    ("viduq1", VIDEOS, {"size": "1280x720"}, "360p, 540p, 720p, 1080p"),
    ("viduq1", VIDEOS, {"duration": "five"}, "whole number of seconds"),
    ("wan2.5-t2v-preview", VIDEOS, {"size": "1280x720"}, "WIDTH*HEIGHT with an asterisk"),
    ("wan2.5-t2v-preview", VIDEOS, {"images": [IMG]}, "http(s) URLs"),
    ("wan2.5-t2v-preview", VIDEOS, {"images": [URL], "size": "1280x720"},
     "480P, 720P, 1080P or WIDTH*HEIGHT"),
    ("wan2.5-t2v-preview", VIDEOS, {"duration": 7}, "5, 10"),
    ("jimeng-video-3.0", VIDEOS, {"images": [IMG]}, "raw base64 without a data: prefix"),
    ("jimeng-video-3.0", VIDEOS, {"duration": 6}, "5, 10"),
    ("jimeng-video-3.0", VIDEOS, {"images": [HUGE]}, "at most 4.7 MB"),
    ("jimeng-video-3.0", VIDEOS, {"metadata": {"aspect_ratio": "2:1"}}, "16:9, 4:3, 1:1"),
    ("sora-2", VIDEOS, {"size": "1280x720", "input_reference": IMG},
     "must match the requested size 1280x720"),
]  # fmt: skip


@pytest.mark.parametrize(("model", "path", "fields", "text"), REFUSED)
def test_refused(http, relay, model: str, path: str, fields: dict, text: str) -> None:
    response = create(http, model, fields, path)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert text in error["message"]
    assert not relay.task_ids()  # nothing was created, nothing charged


def test_image_is_copied_into_images_when_images_is_empty(http) -> None:
    assert understood(http, "jimeng-video-3.0", {"image": RAW}, VIDEOS)["images"]["first"]
    got = understood(http, "viduq1", {"image": URL, "images": [URL, URL]}, VIDEOS)
    assert got["images"] == images(first=True, last=True)  # images wins when both are sent
