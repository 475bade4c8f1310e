"""Model profiles: golden create bodies per family, checks, user overrides, image fitting."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from yzx_desktop.api.normalize import normalize_models
from yzx_desktop.api.types import CreateRequest, ImageInput
from yzx_desktop.media.images import ImageProblem, decode_data_url, prepare, store_input
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.profiles.profile import ImageEncoding, ImageRole, ImageRules
from yzx_desktop.profiles.request_body import (
    EncodedImage,
    RequestRefused,
    build_body,
    check,
    size_to_pickers,
)

FIRST = EncodedImage(ImageRole.FIRST, "IMG-FIRST", "<first>")
LAST = EncodedImage(ImageRole.LAST, "IMG-LAST", "<last>")
REF1 = EncodedImage(ImageRole.REFERENCE, "IMG-REF1", "<ref1>")
REF2 = EncodedImage(ImageRole.REFERENCE, "IMG-REF2", "<ref2>")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load(user=Path("/nonexistent/profiles.toml"))


def request(model: str, *images: EncodedImage, **fields) -> CreateRequest:
    inputs = tuple(ImageInput(i.role.value, f"/x/{i.value}.png") for i in images)
    return CreateRequest(model, "a lighthouse at dawn", images=inputs, **fields)


def body(catalog: Catalog, model: str, *images: EncodedImage, **fields) -> dict:
    return build_body(request(model, *images, **fields), catalog.resolve(model), images)


# ---- golden bodies: what each adaptor reads (see docs/models.md) -------------------------


def test_seedance_reads_seconds_resolution_ratio_and_content_roles(catalog):
    sent = body(
        catalog,
        "doubao-seedance-1-0-pro",
        FIRST,
        LAST,
        duration=10,
        resolution="1080p",
        ratio="9:16",
        seed=7,
        options={"camera_fixed": True},
    )
    assert sent == {
        "model": "doubao-seedance-1-0-pro",
        "prompt": "a lighthouse at dawn",
        "seconds": "10",
        "images": ["IMG-FIRST"],
        "metadata": {
            "resolution": "1080p",
            "ratio": "9:16",
            "seed": 7,
            "generate_audio": True,
            "camera_fixed": True,
            "content": [
                {"type": "image_url", "image_url": {"url": "IMG-LAST"}, "role": "last_frame"}
            ],
        },
    }
    assert "duration" not in sent and "size" not in sent
    assert catalog.resolve("doubao-seedance-1-0-pro").endpoint == "video/generations"


def test_seedance_references_go_to_content_with_their_role(catalog):
    sent = body(catalog, "doubao-seedance-2-0", REF1, REF2, duration=5)
    assert [item["role"] for item in sent["metadata"]["content"]] == ["reference_image"] * 2
    assert "images" not in sent


def test_veo_reads_int_duration_and_wxh_size_with_images_as_data(catalog):
    sent = body(catalog, "veo_3_1-fast", FIRST, duration=6, resolution="1080p", ratio="16:9")
    assert sent == {
        "model": "veo_3_1-fast",
        "prompt": "a lighthouse at dawn",
        "duration": 6,
        "size": "1920x1080",
        "images": ["IMG-FIRST"],
        "metadata": {"generateAudio": True},
    }


def test_veo_fl_variant_sends_first_then_last_frame(catalog):
    sent = body(catalog, "veo_3_1-fast-fl-hd", LAST, FIRST, duration=8, ratio="9:16")
    assert sent["images"] == ["IMG-FIRST", "IMG-LAST"]
    assert sent["size"] == "720x1280"


def test_kling_first_frame_in_image_last_in_image_tail_and_string_duration(catalog):
    sent = body(catalog, "kling-v1-6", FIRST, LAST, duration=10, ratio="1:1")
    assert sent == {
        "model": "kling-v1-6",
        "prompt": "a lighthouse at dawn",
        "duration": "10",
        "size": "720x720",
        "mode": "std",
        "image": "IMG-FIRST",
        "metadata": {"image_tail": "IMG-LAST"},
    }


def test_hailuo_images_only_in_metadata_and_resolution_as_size(catalog):
    sent = body(catalog, "MiniMax-Hailuo-02", FIRST, LAST, duration=6, resolution="1080P")
    assert sent == {
        "model": "MiniMax-Hailuo-02",
        "prompt": "a lighthouse at dawn",
        "duration": 6,
        "size": "1080P",
        "metadata": {"first_frame_image": "IMG-FIRST", "last_frame_image": "IMG-LAST"},
    }


def test_vidu_sends_size_as_resolution_and_images_positionally(catalog):
    sent = body(catalog, "viduq1", FIRST, LAST, duration=5, resolution="720p")
    assert sent == {
        "model": "viduq1",
        "prompt": "a lighthouse at dawn",
        "duration": 5,
        "size": "720p",
        "images": ["IMG-FIRST", "IMG-LAST"],
    }


def test_wan_writes_size_with_an_asterisk(catalog):
    sent = body(catalog, "wan2.5-t2v-preview", duration=5, resolution="720p", ratio="16:9")
    assert sent["size"] == "1280*720"
    assert "seed" not in sent


def test_jimeng_aspect_ratio_in_metadata(catalog):
    sent = body(catalog, "jimeng-video-3.0", FIRST, duration=5, ratio="4:3")
    assert sent == {
        "model": "jimeng-video-3.0",
        "prompt": "a lighthouse at dawn",
        "duration": 5,
        "images": ["IMG-FIRST"],
        "metadata": {"aspect_ratio": "4:3"},
    }


def test_sora_passthrough_reads_seconds_as_string_and_input_reference(catalog):
    sent = body(catalog, "sora-2", FIRST, duration=8, ratio="9:16", seed=3)
    assert sent == {
        "model": "sora-2",
        "prompt": "a lighthouse at dawn",
        "seconds": "8",
        "size": "720x1280",
        "seed": 3,
        "input_reference": "IMG-FIRST",
    }


def test_seed_is_dropped_only_where_the_profile_has_no_seed_field(catalog):
    assert "seed" not in json_text(body(catalog, "kling-v1-6", duration=5, seed=9))
    assert body(catalog, "veo_3_1-fast", duration=8, seed=9)["metadata"]["seed"] == 9


def json_text(value: dict) -> str:
    import json

    return json.dumps(value)


def test_unknown_model_gets_the_seed_body_unchanged(catalog):
    assert catalog.resolve("my-new-model") is None
    sent = body(catalog, "my-new-model", duration=7, size="1280x720", seed=1)
    assert sent == {
        "model": "my-new-model",
        "prompt": "a lighthouse at dawn",
        "duration": 7,
        "size": "1280x720",
        "seed": 1,
    }


# ---- checks before any POST ------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "fields", "images", "expected"),
    [
        ("veo_3_1-fast", {"duration": 5}, (), "4, 6, 8 seconds, not 5"),
        ("kling-v1-6", {"duration": 7}, (), "5, 10 seconds"),
        ("doubao-seedance-1-0-pro", {"duration": 20}, (), "2–12 seconds"),
        ("veo_3_1-fast", {"duration": 8, "resolution": "4k"}, (), "720p, 1080p"),
        ("veo_3_1-fast", {"duration": 8, "size": "1000x1000"}, (), "ratio 16:9/9:16"),
        ("veo_3_1-fast", {"duration": 8}, (FIRST, LAST), "does not read a last frame"),
        ("doubao-seedance-1-0-pro", {}, (FIRST, REF1), "cannot mix"),
        ("veo_3_1-fast-fl", {"duration": 8}, (LAST,), "only together with a first frame"),
        ("wan2.5-i2v-preview", {}, (FIRST,), "only as web links"),
        ("kling-v1-6", {"options": {"audio": True}}, (), "no option 'audio'"),
        ("my-new-model", {}, (FIRST,), "pin it to a family"),
    ],
)
def test_impossible_requests_are_refused_with_what_is_allowed(
    catalog, model, fields, images, expected
):
    problems = check(request(model, *images, **fields), catalog.resolve(model))
    assert any(expected in p for p in problems), problems
    with pytest.raises(RequestRefused):
        build_body(request(model, *images, **fields), catalog.resolve(model), images)


def test_a_wxh_size_maps_onto_the_pickers(catalog):
    veo = catalog.resolve("veo_3_1-fast")
    assert size_to_pickers(veo, "1280x720") == ("720p", "16:9")
    assert size_to_pickers(veo, "1080x1920") == ("1080p", "9:16")
    assert body(catalog, "veo_3_1-fast", duration=8, size="720x1280")["size"] == "720x1280"


# ---- the user's own profiles -----------------------------------------------------------


def test_user_file_adds_a_family_and_overrides_a_shipped_one(tmp_path):
    user = tmp_path / "profiles.toml"
    user.write_text(
        """
[[family]]
id = "acme"
name = "Acme Motion"
patterns = ["acme-*"]
durations = [3, 6]
duration_default = 3
ratios = ["16:9"]
ratio_field = "metadata.aspect"

[[family]]
id = "kling"
name = "Kling (my relay)"
patterns = ["kling*"]
durations = [5]
""",
        encoding="utf-8",
    )
    catalog = Catalog.load(user=user)
    assert catalog.problems == []
    assert catalog.resolve("acme-v2").name == "Acme Motion"
    assert body(catalog, "acme-v2")["metadata"] == {"aspect": "16:9"}
    assert body(catalog, "acme-v2")["duration"] == 3
    assert catalog.resolve("kling-v1-6").durations == (5,)


def test_a_broken_user_file_is_reported_and_the_shipped_profiles_still_work(tmp_path):
    user = tmp_path / "profiles.toml"
    user.write_text('[[family]]\nid = "x"\ndurations = "five"\n', encoding="utf-8")
    catalog = Catalog.load(user=user)
    assert catalog.problems and "durations" in catalog.problems[0]
    assert catalog.resolve("veo_3_1-fast") is not None


def test_a_pin_sends_a_renamed_model_to_its_family(catalog):
    pinned = Catalog(catalog.profiles, {"my-video-pro": "seedance"})
    assert pinned.resolve("my-video-pro").id == "seedance"
    assert "seconds" in body(pinned, "my-video-pro", duration=5)


# ---- discovery -------------------------------------------------------------------------


def test_discovery_keeps_profiled_video_models_listed_like_chat_models(catalog):
    listing = {
        "data": [
            {"id": m, "supported_endpoint_types": ["openai"]}
            for m in (
                "kling-v1-6",
                "doubao-seedance-1-0-pro",
                "veo_3_1-fast",
                "gpt-4o-mini",
                "text-embedding-3-small",
                "gpt-image-1",
                "dall-e-3",
            )
        ]
        + [{"id": "sora-2", "supported_endpoint_types": ["openai-video"]}]
    }
    ids = [m.id for m in normalize_models(listing, catalog.is_video_model)]
    assert ids == ["doubao-seedance-1-0-pro", "kling-v1-6", "sora-2", "veo_3_1-fast"]


# ---- images ----------------------------------------------------------------------------


def png(path: Path, size: tuple[int, int], colour=(200, 80, 40)) -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


def test_inputs_are_copied_under_their_hash_once(tmp_path):
    source = png(tmp_path / "frame.png", (640, 360))
    first = store_input(source, tmp_path / "inputs")
    again = store_input(source, tmp_path / "inputs")
    assert first.path == again.path == tmp_path / "inputs" / f"{first.sha256}.png"
    assert (first.width, first.height) == (640, 360)
    assert len(list((tmp_path / "inputs").iterdir())) == 1


def test_an_image_round_trips_through_a_data_url(tmp_path):
    source = png(tmp_path / "frame.png", (320, 200), (10, 120, 230))
    prepared = prepare(source, ImageRules())
    mime, data = decode_data_url(prepared.encoded(ImageEncoding.DATA_URL))
    assert mime == "image/png"
    decoded = Image.open(io.BytesIO(data))
    assert decoded.size == (320, 200) and decoded.getpixel((5, 5)) == (10, 120, 230)
    raw = prepared.encoded(ImageEncoding.BASE64)
    assert not raw.startswith("data:") and decode_data_url(raw)[1] == data


def test_images_are_scaled_and_recompressed_to_fit_the_limits(tmp_path):
    noisy = Image.effect_noise((3000, 2000), 80).convert("RGB")
    noisy.save(tmp_path / "big.png")
    prepared = prepare(tmp_path / "big.png", ImageRules(max_side=1024, max_bytes=400_000))
    assert max(prepared.width, prepared.height) <= 1024
    assert len(prepared.data) <= 400_000


def test_small_images_are_scaled_up_to_the_minimum_and_unreadable_ones_refused(tmp_path):
    small = png(tmp_path / "small.png", (320, 180))
    prepared = prepare(small, ImageRules(min_side=300))
    assert (prepared.width, prepared.height) == (533, 300)
    sliver = png(tmp_path / "sliver.png", (4000, 20))
    with pytest.raises(ImageProblem, match="between 300 and 4096 pixels"):
        prepare(sliver, ImageRules(min_side=300))
    (tmp_path / "notes.png").write_text("not an image")
    with pytest.raises(ImageProblem, match="not an image"):
        store_input(tmp_path / "notes.png", tmp_path / "inputs")


def test_sora_reference_is_cropped_to_the_exact_video_size(tmp_path):
    source = png(tmp_path / "square.png", (1000, 1000))
    prepared = prepare(source, ImageRules(match_size=True), exact_size=(720, 1280))
    assert (prepared.width, prepared.height) == (720, 1280)
