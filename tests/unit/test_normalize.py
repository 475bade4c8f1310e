"""The normaliser: every status spelling, every URL location, every error shape."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yzx_desktop.api.normalize import (
    error_text,
    find_video_url,
    normalize_models,
    normalize_task,
    parse_progress,
)
from yzx_desktop.api.types import RemoteState

SPELLINGS = {
    RemoteState.WAITING: ["queued", "pending", "submitted", "not_start"],
    RemoteState.RUNNING: ["in_progress", "processing", "running", "generating", "preparing"],
    RemoteState.DONE: ["completed", "succeeded", "success", "succeed", "complete", "finished"],
    RemoteState.FAILED: ["failed", "failure", "fail", "error", "cancelled", "canceled", "expired"],
}
URL = "https://relay.example/v1/files/v.mp4"


@pytest.mark.parametrize(
    ("spelling", "state"), [(s, state) for state, words in SPELLINGS.items() for s in words]
)
def test_every_status_spelling_in_any_case_and_padding(spelling: str, state: RemoteState) -> None:
    body = {"id": "t1", "status": f"  {spelling.upper()} "}
    if state is RemoteState.DONE:
        body["data"] = [{"url": URL}]
    assert normalize_task(body).state is state


@pytest.mark.parametrize(
    "body",
    [
        {"data": [{"url": URL}]},
        {"data": {"result_url": URL}},
        {"result_url": URL},
        {"url": URL},
        {"video_url": URL},
        {"output_url": URL},
        {"download_url": URL},
        {"metadata": {"url": URL}},
        {"data": {"url": URL}},
        {"data": {"video_url": URL}},
        {"result": {"url": URL}},
        {"result": {"video_url": URL}},
        {"url": "data:video/mp4;base64,AAAA"},
    ],
)
def test_every_url_location(body: dict) -> None:
    assert find_video_url({"status": "completed", **body}) == body_url(body)


def body_url(body: dict) -> str:
    return "data:video/mp4;base64,AAAA" if body.get("url", "").startswith("data:") else URL


def test_url_priority_follows_the_seed() -> None:
    body = {"data": [{"url": URL + "?first"}], "url": URL + "?later", "result_url": URL + "?mid"}
    assert find_video_url(body) == URL + "?first"


def test_error_text_in_result_url_is_not_a_url() -> None:
    body = {"status": "completed", "result_url": "Error: quota", "video_url": URL}
    assert find_video_url(body) == URL
    assert find_video_url({"result_url": "Error: quota", "url": "ftp://x"}) is None


def test_unknown_status_with_url_is_done_without_is_unknown() -> None:
    assert normalize_task({"status": "unknown", "url": URL}).state is RemoteState.DONE
    assert normalize_task({"status": "weird", "progress": 40}).state is RemoteState.UNKNOWN
    assert normalize_task({"id": "x"}).state is RemoteState.UNKNOWN


def test_no_status_but_error_object_is_a_failure() -> None:
    snap = normalize_task({"error": {"message": "quota exhausted", "code": "x"}})
    assert snap.state is RemoteState.FAILED
    assert snap.failure == "quota exhausted"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ({"status": "failed", "error": {"message": "m1"}}, "m1"),
        ({"status": "failed", "error": "m2"}, "m2"),
        ({"status": "failed", "fail_reason": "m3"}, "m3"),
        ({"status": "failed", "message": "m4"}, "m4"),
        ({"status": "failed", "message": json.dumps({"error": {"message": "inner"}})}, "inner"),
        ({"status": "failed"}, "the relay reported 'failed'"),
    ],
)
def test_failure_text_from_every_shape(body: dict, text: str) -> None:
    assert normalize_task(body).failure == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (30, 30),
        ("30%", 30),
        (" 45.5 % ", 45),
        (150, 100),
        (-3, 0),
        ("n/a", None),
        (None, None),
        (True, None),
        (float("nan"), None),
    ],
)
def test_progress_forms(value, expected) -> None:
    assert parse_progress(value) == expected


def test_task_id_prefers_id_then_task_id() -> None:
    assert normalize_task({"id": "a", "task_id": "b"}).task_id == "a"
    assert normalize_task({"task_id": "b"}).task_id == "b"
    assert normalize_task({"id": "", "task_id": 12}).task_id == "12"
    assert normalize_task({"status": "queued"}).task_id is None


def test_done_means_full_progress() -> None:
    assert normalize_task({"status": "completed", "url": URL, "progress": 80}).progress == 100


def test_models_keep_video_ones_by_endpoint_type_or_name() -> None:
    body = {
        "data": [
            {"id": "sora-2", "supported_endpoint_types": ["openai-video"]},
            {"id": "gpt-4o", "supported_endpoint_types": ["openai"]},
            {"id": "veo_3_1-fast"},
            {"id": "kling-v2"},
            {"id": "dall-e-3"},
            {"id": "sora-2"},
            "wan2.5-t2v",
            {"no": "id"},
        ]
    }
    assert [m.id for m in normalize_models(body)] == [
        "kling-v2",
        "sora-2",
        "veo_3_1-fast",
        "wan2.5-t2v",
    ]
    assert normalize_models("garbage") == []


def test_error_text_ignores_non_dicts() -> None:
    assert error_text([1, 2]) is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "task_id",
                    "status",
                    "progress",
                    "data",
                    "url",
                    "result_url",
                    "error",
                    "message",
                    "fail_reason",
                    "metadata",
                    "result",
                    "video_url",
                    "x",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=6,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=600, deadline=None)
@given(json_values)
def test_normaliser_never_raises_on_arbitrary_json(body) -> None:
    snapshot = normalize_task(body)
    assert isinstance(snapshot.state, RemoteState)
    assert snapshot.progress is None or 0 <= snapshot.progress <= 100
    assert snapshot.video_url is None or snapshot.video_url.startswith(("http", "data:video/"))
    normalize_models(body)
