"""Per-family create-request readers: what each new-api adaptor takes from a body (no HTTP)."""

from __future__ import annotations

import base64
import binascii
import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, UnidentifiedImageError

from yzx_desktop.demo.catalog import PASS_THROUGH, SEEDANCE_MAX_SECONDS

MB = 1024 * 1024
WXH = re.compile(r"(\d{2,5})x(\d{2,5})")
W_STAR_H = re.compile(r"(\d{2,5})\*(\d{2,5})")
DATA_URL = re.compile(r"data:([\w.+-]+/[\w.+-]+)?(;[\w=-]+)*;base64,(.*)", re.DOTALL)


class Refused(Exception):
    """A create the adaptor (or its provider) refuses; ``str()`` is the message shown."""


@dataclass(frozen=True)
class ImageInput:
    """One image as sent: its encoding and, unless it is a URL, its decoded bytes."""

    kind: str  # "url" | "data_url" | "base64"
    data: bytes | None = None

    def pixels(self) -> Image.Image | None:
        """The decoded picture (None for a URL, which the demo never fetches)."""
        if self.data is None:
            return None
        try:
            picture = Image.open(io.BytesIO(self.data))
            picture.load()
        except (UnidentifiedImageError, OSError) as exc:
            raise Refused(f"an image could not be decoded ({exc})") from None
        return picture


@dataclass(frozen=True)
class Understood:
    """What the provider actually used for a task."""

    family: str
    model: str
    prompt: str
    seconds: int
    resolution: str  # lower case, "720p"
    ratio: str  # "16:9"
    size: str  # "WxH" actually used
    first: ImageInput | None = None
    last: ImageInput | None = None
    references: int = 0
    options: dict[str, Any] = field(default_factory=dict)  # provider extras that were read

    def metadata(self) -> dict[str, Any]:
        """The understood settings as the relay reports them on a poll."""
        return {
            "resolution": self.resolution,
            "ratio": self.ratio,
            "duration": self.seconds,
            "images": {
                "first": self.first is not None,
                "last": self.last is not None,
                "references": self.references,
            },
            "options": dict(self.options),
        }


@dataclass
class Request:
    """new-api's common task request: the only fields a non-pass-through adaptor sees."""

    model: str
    prompt: str
    mode: str | None
    image: Any
    images: list[Any]
    size: str | None
    duration: Any
    seconds: Any
    input_reference: Any
    metadata: dict[str, Any]


# ---- shared readers --------------------------------------------------------------------------
def common_request(body: dict[str, Any]) -> Request:
    """Keep the fields new-api reads (any other top-level key, ``seed`` included, is dropped)."""
    images = body.get("images")
    images = list(images) if isinstance(images, list) else []
    if not images and body.get("image"):
        images = [body["image"]]
    metadata = body.get("metadata")
    seconds = body.get("seconds")
    if seconds is not None and not isinstance(seconds, str):
        raise Refused('seconds must be a string such as "5" (send duration for a number)')
    size = body.get("size")
    return Request(
        model=str(body.get("model")),
        prompt=str(body.get("prompt") or ""),
        mode=body.get("mode") if isinstance(body.get("mode"), str) else None,
        image=body.get("image"),
        images=images,
        size=size if isinstance(size, str) and size.strip() else None,
        duration=body.get("duration"),
        seconds=seconds,
        input_reference=body.get("input_reference"),
        metadata=metadata if isinstance(metadata, dict) else {},
    )


def whole_seconds(value: Any, name: str) -> int:
    """An int, or a string holding one; anything else is refused."""
    if isinstance(value, bool):
        raise Refused(f"{name} must be a whole number of seconds")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise Refused(f"{name} must be a whole number of seconds, got {value!r}")


def duration_of(req: Request, default: int) -> int:
    """``duration`` (int or numeric string), else ``seconds`` (string), else ``default``."""
    if req.duration is not None:
        return whole_seconds(req.duration, "duration")
    if req.seconds is not None:
        return whole_seconds(req.seconds, "seconds")
    return default


def one_of(value: Any, allowed: tuple[Any, ...], name: str) -> Any:
    """``value`` when allowed, else a refusal naming the allowed values."""
    if value not in allowed:
        listed = ", ".join(str(a) for a in allowed)
        raise Refused(f"{name} must be one of {listed} (got {value!r})")
    return value


def read_image(
    value: Any,
    who: str,
    *,
    kinds: tuple[str, ...] = ("url", "data_url", "base64"),
    max_mb: float = 0,
    min_side: int = 0,
) -> ImageInput:
    """Classify and decode one image, refusing an encoding or size the provider refuses."""
    if not isinstance(value, str) or not value.strip():
        raise Refused(f"{who}: an image must be a non-empty string (URL or base64)")
    value = value.strip()
    if value.startswith(("http://", "https://")):
        kind, data = "url", None
    elif match := DATA_URL.fullmatch(value):
        kind, data = "data_url", _b64(match.group(3), who)
    elif value.startswith("data:"):
        raise Refused(f"{who}: a data URL must be base64 encoded (data:image/png;base64,...)")
    else:
        kind, data = "base64", _b64(value, who)
    if kind not in kinds:
        raise Refused(f"{who} reads images as {_KIND_NAMES[kinds]}, not {_KIND_NAMES[(kind,)]}")
    image = ImageInput(kind, data)
    if data is not None and max_mb and len(data) > max_mb * MB:
        raise Refused(f"{who}: an image must be at most {max_mb:g} MB ({len(data) / MB:.1f} MB)")
    if data is not None:  # the provider refuses bytes that are not a picture
        width, height = image.pixels().size  # type: ignore[union-attr]
        if min(width, height) < min_side:
            raise Refused(
                f"{who}: an image must be at least {min_side}x{min_side} pixels "
                f"(got {width}x{height})"
            )
    return image


_KIND_NAMES: dict[tuple[str, ...], str] = {
    ("url",): "http(s) URLs",
    ("data_url",): "data URLs",
    ("base64",): "raw base64 without a data: prefix",
    ("data_url", "base64"): "data URLs or raw base64",
    ("url", "base64"): "http(s) URLs or raw base64 without a data: prefix",
    ("url", "data_url"): "http(s) URLs or data URLs",
    ("url", "data_url", "base64"): "URLs or base64",
}


def _b64(text: str, who: str) -> bytes:
    try:
        return base64.b64decode(re.sub(r"\s+", "", text), validate=True)
    except (binascii.Error, ValueError):
        raise Refused(f"{who}: an image must be an http(s) URL or base64 data") from None


def dims(resolution: str, ratio: str) -> str:
    """ "720p" + "9:16" -> "720x1280": the short side is the resolution, both sides even."""
    short = int(resolution.rstrip("pP"))
    a, b = (int(x) for x in ratio.split(":"))
    long = _even(short * max(a, b) / min(a, b))
    return f"{long}x{short}" if a >= b else f"{short}x{long}"


def nearest_ratio(width: int, height: int, allowed: tuple[str, ...]) -> str:
    """The allowed "a:b" closest to width:height (on a log scale)."""

    def distance(ratio: str) -> float:
        a, b = (int(x) for x in ratio.split(":"))
        return abs(math.log((a / b) / (width / height)))

    return min(allowed, key=distance)


def image_ratio(image: ImageInput | None, allowed: tuple[str, ...], default: str) -> str:
    """The allowed ratio nearest a decodable image's shape, else ``default``."""
    picture = image.pixels() if image else None
    return nearest_ratio(*picture.size, allowed) if picture else default


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def _wxh(size: str) -> tuple[int, int]:
    match = WXH.fullmatch(size.strip())
    if not match:
        raise Refused(f"size must be WIDTHxHEIGHT such as 1280x720 or 720x1280 (got {size!r})")
    return int(match.group(1)), int(match.group(2))


def _picked(metadata: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: metadata[key] for key in keys if key in metadata}


def _max_images(images: list[Any], limit: int, who: str, what: str) -> None:
    if len(images) > limit:
        raise Refused(f"{who} takes at most {limit} image(s) in images[] ({what})")


# ---- families --------------------------------------------------------------------------------
SEEDANCE_RATIOS = ("16:9", "9:16", "1:1", "4:3", "3:4", "21:9")
SEEDANCE_RESOLUTIONS = ("480p", "720p", "1080p")


def seedance(req: Request) -> Understood:
    """Only ``seconds`` sets the length; ``size`` is ignored; frames via images and roles."""
    md = req.metadata
    seconds = whole_seconds(req.seconds, "seconds") if req.seconds is not None else 5
    longest = SEEDANCE_MAX_SECONDS.get(req.model, 12)
    if not 2 <= seconds <= longest:
        raise Refused(f"{req.model}: seconds must be from 2 to {longest} (got {seconds})")
    resolution = one_of(md.get("resolution", "1080p"), SEEDANCE_RESOLUTIONS, "metadata.resolution")
    if len(req.images) > 1:
        raise Refused(
            "Seedance reads images[0] as the first frame; send the last frame and references "
            'as metadata.content items with "role" last_frame / reference_image'
        )
    first = read_image(req.images[0], "Seedance") if req.images else None
    last, references = None, 0
    content = md.get("content") or []
    for item in content if isinstance(content, list) else []:
        role = item.get("role") if isinstance(item, dict) else None
        url = (item.get("image_url") or {}).get("url") if isinstance(item, dict) else None
        if role == "first_frame" and first is None:
            first = read_image(url, "Seedance")
        elif role == "last_frame":
            last = read_image(url, "Seedance")
        elif role in ("reference_image", "reference_video", "reference_audio"):
            references += 1
    if (first or last) and references:
        raise Refused("first/last frame content cannot be mixed with reference media content")
    if last and not first:
        raise Refused("Seedance needs a first frame (images[0]) when a last_frame is given")
    ratio = md.get("ratio", "adaptive" if first else "16:9")
    one_of(ratio, (*SEEDANCE_RATIOS, "adaptive"), "metadata.ratio")
    if ratio == "adaptive":
        ratio = image_ratio(first, SEEDANCE_RATIOS, "16:9")
    options = _picked(
        md, ("seed", "generate_audio", "camera_fixed", "watermark", "return_last_frame")
    )
    return Understood(
        "seedance", req.model, req.prompt, seconds, resolution, ratio, dims(resolution, ratio),
        first, last, references, options,
    )  # fmt: skip


def veo(req: Request, *, frames: bool = False) -> Understood:
    """Duration 4/6/8; WxH -> 720p/1080p + 16:9/9:16; images as data URL or base64 only."""
    seconds = one_of(duration_of(req, 8), (4, 6, 8), "duration")
    width, height = _wxh(req.size or "1280x720")
    resolution = "1080p" if min(width, height) >= 1080 else "720p"
    if resolution == "1080p" and seconds != 8:
        raise Refused("Veo makes 1080p only with duration 8 (use 720p for 4 or 6 seconds)")
    ratio = "16:9" if width >= height else "9:16"
    images = req.images or ([req.input_reference] if req.input_reference else [])
    if frames:
        _max_images(images, 2, req.model, "first frame, then last frame")
    else:
        _max_images(images, 1, req.model, "the first frame; the -fl models take a last frame")
    read = [read_image(v, "Veo", kinds=("data_url", "base64"), max_mb=20) for v in images]
    md = req.metadata
    return Understood(
        "veo-frames" if frames else "veo", req.model, req.prompt, seconds, resolution, ratio,
        dims(resolution, ratio), read[0] if read else None, read[1] if len(read) > 1 else None,
        0, _picked(md, ("negativePrompt", "seed", "generateAudio")),
    )  # fmt: skip


KLING_RATIOS = ("16:9", "9:16", "1:1")


def kling(req: Request) -> Understood:
    """Duration "5"/"10"; first frame from ``image`` only, last from metadata.image_tail."""
    seconds = one_of(duration_of(req, 5), (5, 10), "duration")
    mode = one_of(req.mode or "std", ("std", "pro"), "mode")
    ratio = nearest_ratio(*_wxh(req.size), KLING_RATIOS) if req.size else "16:9"
    checks = {"max_mb": 10, "min_side": 300}
    first = read_image(req.image, "Kling", **checks) if req.image else None
    tail = req.metadata.get("image_tail")
    last = read_image(tail, "Kling", **checks) if tail else None
    resolution = "1080p" if mode == "pro" else "720p"
    options = {"mode": mode, **_picked(req.metadata, ("negative_prompt", "cfg_scale"))}
    return Understood(
        "kling", req.model, req.prompt, seconds, resolution, ratio, dims(resolution, ratio),
        first, last, 0, options,
    )  # fmt: skip


HAILUO_RESOLUTIONS = ("512P", "720P", "768P", "1080P")
HAILUO_RATIOS = ("16:9", "9:16", "1:1", "4:3", "3:4")


def hailuo(req: Request) -> Understood:
    """6 or 10 s; ``size`` is the resolution; images only from metadata (top-level ignored)."""
    seconds = one_of(duration_of(req, 6), (6, 10), "duration")
    resolution = one_of((req.size or "768P").upper(), HAILUO_RESOLUTIONS, "size (resolution)")
    if resolution == "1080P" and seconds != 6:
        raise Refused("MiniMax makes 1080P only with duration 6 (768P allows 6 or 10)")
    md = req.metadata
    first = read_image(md["first_frame_image"], "Hailuo") if md.get("first_frame_image") else None
    last = read_image(md["last_frame_image"], "Hailuo") if md.get("last_frame_image") else None
    subjects = md.get("subject_reference")
    references = len(subjects) if isinstance(subjects, list) else 0
    ratio = image_ratio(first, HAILUO_RATIOS, "16:9")
    return Understood(
        "hailuo", req.model, req.prompt, seconds, resolution.lower(), ratio,
        dims(resolution, ratio), first, last, references,
        _picked(md, ("prompt_optimizer", "fast_pretreatment")),
    )  # fmt: skip


VIDU_RESOLUTIONS = ("360p", "540p", "720p", "1080p")
VIDU_RATIOS = ("16:9", "9:16", "1:1")


def vidu(req: Request) -> Understood:
    """1 image = first frame, 2 = start and end, more = references; ``size`` is a resolution."""
    seconds = duration_of(req, 5)
    if not 1 <= seconds <= 10:
        raise Refused(f"duration must be from 1 to 10 seconds (got {seconds})")
    size = req.size or "1080p"
    if WXH.fullmatch(size) or W_STAR_H.fullmatch(size):
        raise Refused(
            f"Vidu reads size as the resolution: one of {', '.join(VIDU_RESOLUTIONS)} "
            f"(got {size!r})"
        )
    resolution = one_of(size.lower(), VIDU_RESOLUTIONS, "size (resolution)")
    _max_images(req.images, 7, "Vidu", "reference mode")
    read = [read_image(v, "Vidu") for v in req.images]
    first, last, references = None, None, 0
    if len(read) > 2:
        references = len(read)
    elif read:
        first, last = read[0], read[1] if len(read) == 2 else None
    aspect = one_of(req.metadata.get("aspect_ratio", "16:9"), VIDU_RATIOS, "metadata.aspect_ratio")
    ratio = image_ratio(first, VIDU_RATIOS, aspect)
    return Understood(
        "vidu", req.model, req.prompt, seconds, resolution, ratio, dims(resolution, ratio),
        first, last, references, _picked(req.metadata, ("seed", "movement_amplitude", "bgm")),
    )  # fmt: skip


WAN_RESOLUTIONS = ("480P", "720P", "1080P")


def wan(req: Request) -> Understood:
    """Sizes "W*H" for text-to-video, "720P"-style for image-to-video; image URLs only."""
    seconds = one_of(duration_of(req, 5), (5, 10), "duration")
    _max_images(req.images, 2, "Wan", "first frame, then last frame")
    read = [read_image(v, "Wan", kinds=("url",)) for v in req.images]
    size = req.size or ("1080P" if read else "1920*1080")
    if read and size.upper() in WAN_RESOLUTIONS:
        resolution, ratio = size.lower(), "16:9"
    elif match := W_STAR_H.fullmatch(size):
        width, height = int(match.group(1)), int(match.group(2))
        resolution = f"{min(width, height)}p"
        ratio = nearest_ratio(width, height, ("16:9", "9:16", "1:1", "4:3", "3:4"))
    elif read:
        raise Refused(f"size must be one of 480P, 720P, 1080P or WIDTH*HEIGHT (got {size!r})")
    else:
        raise Refused(f"size must be WIDTH*HEIGHT with an asterisk, e.g. 1280*720 (got {size!r})")
    return Understood(
        "wan", req.model, req.prompt, seconds, resolution, ratio, dims(resolution, ratio),
        read[0] if read else None, read[1] if len(read) > 1 else None, 0,
        _picked(req.metadata, ("negative_prompt", "seed", "audio", "prompt_extend")),
    )  # fmt: skip


JIMENG_RATIOS = ("16:9", "4:3", "1:1", "3:4", "9:16", "21:9")


def jimeng(req: Request) -> Understood:
    """5 or 10 s; images as raw base64 (≤ 4.7 MB) or URLs; ratio from metadata.aspect_ratio."""
    seconds = one_of(duration_of(req, 5), (5, 10), "duration")
    _max_images(req.images, 2, "Jimeng", "first frame, then last frame")
    read = [read_image(v, "Jimeng", kinds=("url", "base64"), max_mb=4.7) for v in req.images]
    ratio = one_of(req.metadata.get("aspect_ratio", "16:9"), JIMENG_RATIOS, "metadata.aspect_ratio")
    return Understood(
        "jimeng", req.model, req.prompt, seconds, "720p", ratio, dims("720p", ratio),
        read[0] if read else None, read[1] if len(read) > 1 else None, 0,
        _picked(req.metadata, ("seed",)),
    )  # fmt: skip


def pass_through(body: dict[str, Any]) -> Understood:
    """Sora/OpenAI-type: the body goes upstream unchanged; read here only to show the result."""
    raw = body.get("duration", body.get("seconds"))
    seconds = 5 if raw is None else whole_seconds(raw, "duration")
    if not 1 <= seconds <= 60:
        raise Refused(f"duration must be from 1 to 60 seconds (got {seconds})")
    size = body.get("size") if isinstance(body.get("size"), str) else "1280x720"
    width, height = _wxh(size)
    reference = body.get("input_reference")
    first = read_image(reference, "input_reference") if reference else None
    picture = first.pixels() if first else None
    if picture and picture.size != (width, height):
        raise Refused(
            f"input_reference must match the requested size {width}x{height} "
            f"(got {picture.size[0]}x{picture.size[1]})"
        )
    divisor = math.gcd(width, height)
    return Understood(
        PASS_THROUGH, str(body.get("model")), str(body.get("prompt") or ""), seconds,
        f"{min(width, height)}p", f"{width // divisor}:{height // divisor}", f"{width}x{height}",
        first, None, 0, _picked(body, ("seed",)),
    )  # fmt: skip


READERS: dict[str, Callable[[Request], Understood]] = {
    "seedance": seedance,
    "veo": veo,
    "veo-frames": lambda req: veo(req, frames=True),
    "kling": kling,
    "hailuo": hailuo,
    "vidu": vidu,
    "wan": wan,
    "jimeng": jimeng,
}


def read_request(family: str, body: dict[str, Any]) -> Understood:
    """What ``family``'s adaptor understands of ``body``; raises :class:`Refused`."""
    if family == PASS_THROUGH:
        return pass_through(body)
    return READERS[family](common_request(body))
