"""Image inputs: check them, keep a content-addressed copy, fit them to a family's limits."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from yzx_desktop.profiles.profile import ImageEncoding, ImageRules

ACCEPTED_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "BMP": "bmp", "GIF": "gif"}
MAX_INPUT_BYTES = 50_000_000  # what we agree to read at all
MAX_PIXELS = 80_000_000


class ImageProblem(ValueError):
    """An image that cannot be used, as a sentence for the user."""


@dataclass(frozen=True)
class StoredImage:
    """An input copied into the library under its SHA-256."""

    path: Path
    sha256: str
    width: int
    height: int
    format: str  # PNG, JPEG, ...


@dataclass(frozen=True)
class PreparedImage:
    """An image ready for the body: encoded bytes within the family's limits."""

    data: bytes
    mime: str
    width: int
    height: int

    def encoded(self, encoding: ImageEncoding) -> str:
        text = base64.b64encode(self.data).decode("ascii")
        return f"data:{self.mime};base64,{text}" if encoding is ImageEncoding.DATA_URL else text


def _open(data: bytes, name: str) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ImageProblem(f"{name} is not an image the app can read ({exc}).") from exc
    if image.format not in ACCEPTED_FORMATS:
        raise ImageProblem(f"{name} is a {image.format} image; use PNG, JPEG or WebP.")
    if image.width * image.height > MAX_PIXELS:
        raise ImageProblem(f"{name} is {image.width}×{image.height}, too large to send.")
    return image


def inspect(path: Path) -> tuple[int, int, str]:
    """Width, height and format of the image at ``path``; raises :class:`ImageProblem`."""
    data = _read(path)
    image = _open(data, path.name)
    return image.width, image.height, image.format or ""


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise ImageProblem(f"{path.name} is {size / 1e6:.0f} MB; the most is 50 MB.")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImageProblem(f"{path} does not exist.") from exc
    except OSError as exc:
        raise ImageProblem(f"{path} cannot be read ({exc.strerror or exc}).") from exc


def store_input(source: Path, inputs_dir: Path) -> StoredImage:
    """Copy ``source`` to ``inputs_dir/<sha256>.<ext>`` (once per content) and describe it."""
    data = _read(source)
    image = _open(data, source.name)
    sha256 = hashlib.sha256(data).hexdigest()
    target = inputs_dir / f"{sha256}.{ACCEPTED_FORMATS[image.format]}"
    if not target.exists():
        inputs_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    return StoredImage(target, sha256, image.width, image.height, image.format or "")


def _cover(image: Image.Image, width: int, height: int) -> Image.Image:
    return ImageOps.fit(image, (width, height), Image.Resampling.LANCZOS)


def prepare(
    path: Path, rules: ImageRules, exact_size: tuple[int, int] | None = None
) -> PreparedImage:
    """Load ``path`` and fit it to ``rules``: orientation applied, scaled up to ``min_side`` or
    down to ``max_side``, cropped to ``exact_size`` when the family needs the video's size,
    re-encoded as PNG, or as JPEG when PNG is over ``max_bytes``. Raises
    :class:`ImageProblem` naming the limit it cannot meet."""
    image = ImageOps.exif_transpose(_open(_read(path), path.name))
    if rules.min_side and min(image.size) < rules.min_side:
        scale = rules.min_side / min(image.size)
        if max(image.size) * scale > rules.max_side:
            raise ImageProblem(
                f"{path.name} is {image.width}×{image.height}; this model needs both sides "
                f"between {rules.min_side} and {rules.max_side} pixels."
            )
        size = (
            max(rules.min_side, round(image.width * scale)),
            max(rules.min_side, round(image.height * scale)),
        )
        image = image.resize(size, Image.Resampling.LANCZOS)
    if exact_size:
        image = _cover(image, *exact_size)
    elif max(image.size) > rules.max_side:
        image.thumbnail((rules.max_side, rules.max_side), Image.Resampling.LANCZOS)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    for scale in (1.0, 0.75, 0.5, 0.35, 0.25):
        candidate = image
        if scale < 1.0 and not exact_size:
            size = (max(1, int(image.width * scale)), max(1, int(image.height * scale)))
            candidate = image.resize(size, Image.Resampling.LANCZOS)
        for data, mime in _encodings(candidate, has_alpha):
            if len(data) <= rules.max_bytes:
                return PreparedImage(data, mime, candidate.width, candidate.height)
    raise ImageProblem(
        f"{path.name} cannot be made smaller than this model's limit of "
        f"{rules.max_bytes / 1e6:.1f} MB."
    )


def _encodings(image: Image.Image, has_alpha: bool):
    """PNG first (lossless), then JPEG at falling quality."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    yield buffer.getvalue(), "image/png"
    rgb = image.convert("RGB") if has_alpha else image
    for quality in (92, 85, 75):
        buffer = io.BytesIO()
        rgb.save(buffer, "JPEG", quality=quality)
        yield buffer.getvalue(), "image/jpeg"


def decode_data_url(text: str) -> tuple[str, bytes]:
    """``data:image/png;base64,...`` → (mime, bytes); raw base64 gives mime ``""``."""
    if text.startswith("data:"):
        header, _, payload = text.partition(",")
        return header[5:].split(";", 1)[0], base64.b64decode(payload)
    return "", base64.b64decode(text)
