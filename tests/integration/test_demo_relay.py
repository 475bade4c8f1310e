"""The demo relay's listing, task shape and lifecycle over real HTTP."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import Future

import httpx
import pytest

from tests.conftest import TOKEN
from tests.relay_faults import Fault
from yzx_desktop.demo import catalog
from yzx_desktop.demo.server import DEFAULT_MODELS, SimulatedRelay

TASK_KEYS = {
    "task_id", "action", "status", "progress", "result_url", "fail_reason", "quota",
    "submit_time", "finish_time", "data",
}  # fmt: skip


@pytest.fixture
def http(relay: SimulatedRelay) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=relay.base_url, headers=headers, timeout=30) as client:
        yield client


def until(read, done, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while not done(value := read()):
        assert time.monotonic() < deadline, value
        time.sleep(0.05)
    return value


def task_of(http: httpx.Client, task_id: str) -> dict:
    response = http.get(f"/video/generations/{task_id}")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == "success" and body["message"] == ""
    return body["data"]


def test_default_models_are_one_per_family_and_all_mapped() -> None:
    families = [catalog.family_of(model) for model in DEFAULT_MODELS]
    assert catalog.PASS_THROUGH not in families
    assert set(families) == set(catalog.FAMILY_INFO) - {catalog.PASS_THROUGH}
    assert "sora-2" not in DEFAULT_MODELS


def test_models_listing_endpoint_types_like_new_api(http, relay) -> None:
    listed = {m["id"]: m for m in http.get("/models").json()["data"]}
    for model in DEFAULT_MODELS:
        assert listed[model]["supported_endpoint_types"] == ["openai"], model
    for model in ("generic-video", "sora-2"):
        assert listed[model]["supported_endpoint_types"] == ["openai-video"]
    assert listed["gpt-4o-mini"]["supported_endpoint_types"] == ["openai"]
    assert {"text-embedding-3-small", "dall-e-3", "gpt-image-1"} <= set(listed)
    assert list(listed)[: len(relay.models)] == relay.models


def test_task_shape_for_a_videos_task_through_success(http, relay) -> None:
    created = http.post("/videos", json={"model": "kling-v1-6", "prompt": "a quiet harbour"})
    assert created.status_code == 200
    assert json.loads(created.headers["X-New-Api-Other-Ratios"]) == {"seconds": 1.0}
    task_id = created.json()["id"]
    first = task_of(http, task_id)
    assert set(first) == TASK_KEYS
    assert first["status"] in ("SUBMITTED", "QUEUED") and first["progress"] == "0%"
    assert first["result_url"] == "" and first["finish_time"] == 0
    assert first["quota"] == catalog.quota_for("kling-v1-6", 5) > 0
    assert first["action"] == "textGenerate"
    done = until(lambda: task_of(http, task_id), lambda t: t["status"] == "SUCCESS")
    assert done["progress"] == "100%" and done["fail_reason"] == ""
    assert done["finish_time"] >= done["submit_time"] and done["quota"] == first["quota"]
    assert done["data"]["duration"] == 5 and done["data"]["resolution"] == "720p"
    assert done["result_url"].startswith(relay.cdn_origin)
    video = httpx.get(done["result_url"])  # a provider-style URL: no token
    assert video.status_code == 200 and video.content[4:8] == b"ftyp"


def test_seedance_lives_on_video_generations(http, relay) -> None:
    body = {"model": "doubao-seedance-1-0-pro", "prompt": "a kite", "seconds": "6"}
    created = http.post("/video/generations", json=body)
    assert created.status_code == 200, created.text
    task_id = created.json()["task_id"]
    done = until(lambda: task_of(http, task_id), lambda t: t["status"] == "SUCCESS")
    assert done["data"]["duration"] == 6
    assert http.get(f"/videos/{task_id}/content").content[4:8] == b"ftyp"
    assert relay.count("POST", "/v1/video/generations") == 1


def test_statuses_pass_through_in_progress(http) -> None:
    task_id = http.post("/videos", json={"model": "sora-2", "prompt": "x"}).json()["id"]
    seen: set[str] = set()

    def statuses() -> set[str]:
        seen.add(task_of(http, task_id)["status"])
        return seen

    until(statuses, lambda s: "SUCCESS" in s)
    assert "IN_PROGRESS" in seen and seen <= {"SUBMITTED", "QUEUED", "IN_PROGRESS", "SUCCESS"}


def test_failed_task_is_refunded(http) -> None:
    task_id = http.post("/videos", json={"model": "viduq1", "prompt": "x #fail"}).json()["id"]
    assert task_of(http, task_id)["quota"] > 0
    failed = until(lambda: task_of(http, task_id), lambda t: t["status"] == "FAILURE")
    assert failed["quota"] == 0 and "内容审核未通过" in failed["fail_reason"]
    assert failed["result_url"] == ""
    video = http.get(f"/videos/{task_id}").json()
    assert video["status"] == "failed" and video["metadata"]["duration"] == 5


def test_reject_and_unknown_model_on_video_generations(http) -> None:
    rejected = http.post("/video/generations", json={"model": "viduq1", "prompt": "#reject"})
    assert rejected.status_code == 400
    unknown = http.post("/video/generations", json={"model": "sora-9", "prompt": "x"})
    assert unknown.status_code == 503 and unknown.json()["error"]["code"] == "model_not_found"


def test_unknown_task_and_token_on_the_task_route(http, relay) -> None:
    missing = http.get("/video/generations/video-task-nope")
    assert missing.status_code == 400 and missing.json()["code"] == "task_not_exist"
    assert httpx.get(f"{relay.base_url}/video/generations/x").status_code == 401


def test_task_route_takes_its_own_faults(http, relay) -> None:
    task_id = http.post("/videos", json={"model": "sora-2", "prompt": "x"}).json()["id"]
    relay.inject("task", Fault("status", 502))
    assert http.get(f"/video/generations/{task_id}").status_code == 502
    assert http.get(f"/videos/{task_id}").status_code == 200  # the poll route is untouched
    assert http.get(f"/video/generations/{task_id}").status_code == 200


def test_openai_poll_reports_what_was_understood(http) -> None:
    body = {"model": "veo_3_1-fast", "prompt": "x", "duration": 4, "size": "720x1280"}
    task_id = http.post("/videos", json=body).json()["id"]
    video = http.get(f"/videos/{task_id}").json()
    assert video["seconds"] == "4" and video["size"] == "720x1280"
    assert video["metadata"]["images"] == {"first": False, "last": False, "references": 0}
    assert video["metadata"]["ratio"] == "9:16"


def test_polls_never_wait_for_a_clip_still_rendering(http, relay) -> None:
    pending: Future[bytes] = Future()
    relay.render_next(pending)
    task_id = http.post("/videos", json={"model": "sora-2", "prompt": "slow"}).json()["id"]
    time.sleep(0.6)  # past queue + run time
    began = time.monotonic()
    video = http.get(f"/videos/{task_id}").json()
    assert time.monotonic() - began < 0.5
    assert video["status"] == "in_progress" and video["progress"] == 99
    assert task_of(http, task_id)["status"] == "IN_PROGRESS"
    assert http.get(f"/videos/{task_id}/content").status_code == 400
    pending.set_result(b"rendered")
    assert http.get(f"/videos/{task_id}").json()["status"] == "completed"


def test_a_failed_render_fails_the_task_and_refunds_it(http, relay) -> None:
    broken: Future[bytes] = Future()
    broken.set_exception(RuntimeError("encoder crashed"))
    relay.render_next(broken)
    task_id = http.post("/videos", json={"model": "sora-2", "prompt": "x"}).json()["id"]
    failed = until(lambda: http.get(f"/videos/{task_id}").json(), lambda v: "error" in v)
    assert failed["status"] == "failed" and "encoder crashed" in failed["error"]["message"]
    task = task_of(http, task_id)
    assert task["status"] == "FAILURE" and task["quota"] == 0
