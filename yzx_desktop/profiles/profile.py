"""A model family's profile: what its relay adaptor reads, parsed from plain data."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ProfileError(ValueError):
    """A profile entry that cannot be used; the message names the entry and the field."""


class ImageRole(StrEnum):
    FIRST = "first"
    LAST = "last"
    REFERENCE = "reference"


class ImageEncoding(StrEnum):
    DATA_URL = "data_url"  # data:image/png;base64,...
    BASE64 = "base64"  # the base64 text alone
    URL = "url"  # web links only: local files cannot be sent


@dataclass(frozen=True)
class Placement:
    """Where a value goes in the body: a dotted path, ``[]`` appends to a list; ``item`` wraps
    the value in an object whose ``"{image}"`` strings are replaced by it."""

    path: str
    item: Any = None

    @classmethod
    def parse(cls, raw: Any, where: str) -> Placement | None:
        if raw is None:
            return None
        if isinstance(raw, str) and raw.strip():
            return cls(raw.strip())
        if isinstance(raw, dict) and isinstance(raw.get("path"), str):
            return cls(raw["path"].strip(), raw.get("item"))
        raise ProfileError(f"{where}: expected a field path or {{path = ..., item = ...}}")


@dataclass(frozen=True)
class ImageRules:
    """Which image roles a family reads and the limits an image must meet."""

    encoding: ImageEncoding = ImageEncoding.DATA_URL
    first: Placement | None = None
    last: Placement | None = None
    reference: Placement | None = None
    max_references: int = 0
    max_bytes: int = 10_000_000
    min_side: int = 0
    max_side: int = 4096
    frames_or_references: bool = False  # first/last frame cannot be mixed with references
    match_size: bool = False  # the image must have the video's exact size

    def placement(self, role: ImageRole) -> Placement | None:
        return {
            ImageRole.FIRST: self.first,
            ImageRole.LAST: self.last,
            ImageRole.REFERENCE: self.reference,
        }[role]

    def capacity(self, role: ImageRole) -> int:
        """How many images of ``role`` can be sent from local files (0: none)."""
        if self.encoding is ImageEncoding.URL or self.placement(role) is None:
            return 0
        return self.max_references if role is ImageRole.REFERENCE else 1

    @property
    def accepts_local_images(self) -> bool:
        return any(self.capacity(role) for role in ImageRole)


@dataclass(frozen=True)
class OptionSpec:
    """An extra control worth showing (sound, negative prompt, quality mode…)."""

    id: str
    kind: str  # bool | choice | text
    field: Placement
    labels: dict[str, str]
    default: Any = None
    choices: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.id


@dataclass(frozen=True)
class ModelProfile:
    """One provider family, as its relay adaptor reads a create request."""

    id: str
    name: str
    patterns: tuple[str, ...]
    endpoint: str = "videos"
    durations: tuple[int, ...] = ()
    duration_range: tuple[int, int] | None = None
    duration_default: int = 5
    duration_field: str = "duration"
    duration_type: str = "int"
    resolutions: tuple[str, ...] = ()
    ratios: tuple[str, ...] = ()
    size_field: str | None = None
    size_format: str = "{w}x{h}"
    resolution_field: str | None = None
    ratio_field: str | None = None
    seed_field: str | None = None
    note: str = ""
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # name/note by language
    images: ImageRules = field(default_factory=ImageRules)
    options: tuple[OptionSpec, ...] = ()
    source: str = "built-in"

    def display_name(self, language: str) -> str:
        return self.translations.get("name", {}).get(language) or self.name

    def display_note(self, language: str) -> str:
        return self.translations.get("note", {}).get(language) or self.note

    def matches(self, model: str) -> bool:
        lowered = model.strip().lower()
        return any(fnmatch.fnmatchcase(lowered, p.lower()) for p in self.patterns)

    @property
    def supports_seed(self) -> bool:
        return self.seed_field is not None

    def allows_duration(self, seconds: int) -> bool:
        if self.durations:
            return seconds in self.durations
        if self.duration_range:
            return self.duration_range[0] <= seconds <= self.duration_range[1]
        return seconds > 0

    def allowed_durations_text(self) -> str:
        if self.durations:
            return ", ".join(str(d) for d in self.durations)
        if self.duration_range:
            return f"{self.duration_range[0]}–{self.duration_range[1]}"
        return "any"

    @property
    def picks_size(self) -> bool:
        """Whether size is offered as ratio and resolution pickers (else free WxH)."""
        return bool(self.resolutions or self.ratios)

    def size_for(self, resolution: str | None, ratio: str | None) -> str | None:
        """The ``WxH`` (in ``size_format``) for a resolution such as ``720p`` and a ratio."""
        if not (resolution and ratio):
            return None
        short = int("".join(ch for ch in resolution if ch.isdigit()) or 0)
        w_ratio, h_ratio = (int(part) for part in ratio.split(":"))
        if w_ratio >= h_ratio:
            width, height = _even(short * w_ratio / h_ratio), short
        else:
            width, height = short, _even(short * h_ratio / w_ratio)
        return self.size_format.format(w=width, h=height)

    def option(self, option_id: str) -> OptionSpec | None:
        return next((o for o in self.options if o.id == option_id), None)


def _even(value: float) -> int:
    return int(round(value / 2) * 2)


def _localized(raw: Any, where: str) -> dict[str, str]:
    """A text as ``"…"`` or ``{ en = "…", zh_CN = "…" }`` → a dict by language."""
    if isinstance(raw, str):
        return {"en": raw}
    if isinstance(raw, dict) and all(isinstance(v, str) for v in raw.values()):
        return dict(raw)
    raise ProfileError(f"{where}: expected a text or a table of languages")


def _str_tuple(raw: Any, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise ProfileError(f"{where}: expected a list of strings")
    return tuple(v.strip() for v in raw)


def _int_tuple(raw: Any, where: str) -> tuple[int, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(v, int) and v > 0 for v in raw):
        raise ProfileError(f"{where}: expected a list of positive whole seconds")
    return tuple(raw)


def _ratio(text: str, where: str) -> str:
    parts = text.split(":")
    if len(parts) != 2 or not all(p.isdigit() and int(p) > 0 for p in parts):
        raise ProfileError(f"{where}: ratio {text!r} must look like 16:9")
    return text


def _parse_images(raw: Any, where: str) -> ImageRules:
    if raw is None:
        return ImageRules()
    if not isinstance(raw, dict):
        raise ProfileError(f"{where}: expected a table")
    try:
        encoding = ImageEncoding(raw.get("encoding", "data_url"))
    except ValueError as exc:
        raise ProfileError(f"{where}.encoding: use data_url, base64 or url") from exc
    reference = Placement.parse(raw.get("reference"), f"{where}.reference")
    return ImageRules(
        encoding=encoding,
        first=Placement.parse(raw.get("first"), f"{where}.first"),
        last=Placement.parse(raw.get("last"), f"{where}.last"),
        reference=reference,
        max_references=int(raw.get("max_references", 1 if reference else 0)),
        max_bytes=int(raw.get("max_bytes", 10_000_000)),
        min_side=int(raw.get("min_side", 0)),
        max_side=int(raw.get("max_side", 4096)),
        frames_or_references=bool(raw.get("frames_or_references", False)),
        match_size=bool(raw.get("match_size", False)),
    )


def _parse_option(raw: Any, where: str) -> OptionSpec:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise ProfileError(f"{where}: an option needs an id")
    kind = raw.get("kind", "bool")
    if kind not in ("bool", "choice", "text"):
        raise ProfileError(f"{where}.kind: use bool, choice or text")
    placement = Placement.parse(raw.get("field"), f"{where}.field")
    if placement is None:
        raise ProfileError(f"{where}: an option needs a field")
    labels = _localized(raw.get("label", raw["id"]), f"{where}.label")
    choices = _str_tuple(raw.get("choices"), f"{where}.choices")
    if kind == "choice" and not choices:
        raise ProfileError(f"{where}: a choice option needs choices")
    return OptionSpec(raw["id"], kind, placement, labels, raw.get("default"), choices)


def parse_profile(raw: Any, source: str = "built-in") -> ModelProfile:
    """One ``[[family]]`` table → a profile; raises :class:`ProfileError` naming the problem."""
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise ProfileError(f"{source}: every [[family]] needs an id")
    where = f"{source}: family {raw['id']!r}"
    patterns = _str_tuple(raw.get("patterns"), f"{where}.patterns")
    duration_range = raw.get("duration_range")
    if duration_range is not None:
        values = _int_tuple(duration_range, f"{where}.duration_range")
        if len(values) != 2 or values[0] > values[1]:
            raise ProfileError(f"{where}.duration_range: expected [min, max]")
        duration_range = (values[0], values[1])
    duration_type = raw.get("duration_type", "int")
    if duration_type not in ("int", "string"):
        raise ProfileError(f"{where}.duration_type: use int or string")
    ratios = tuple(_ratio(r, f"{where}.ratios") for r in _str_tuple(raw.get("ratios"), where))
    names = _localized(raw.get("name", raw["id"]), f"{where}.name")
    notes = _localized(raw.get("note", ""), f"{where}.note")
    return ModelProfile(
        id=raw["id"],
        name=names.get("en") or raw["id"],
        patterns=patterns,
        endpoint=str(raw.get("endpoint", "videos")).strip("/"),
        durations=_int_tuple(raw.get("durations"), f"{where}.durations"),
        duration_range=duration_range,
        duration_default=int(raw.get("duration_default", 5)),
        duration_field=str(raw.get("duration_field", "duration")),
        duration_type=duration_type,
        resolutions=_str_tuple(raw.get("resolutions"), f"{where}.resolutions"),
        ratios=ratios,
        size_field=raw.get("size_field"),
        size_format=str(raw.get("size_format", "{w}x{h}")),
        resolution_field=raw.get("resolution_field"),
        ratio_field=raw.get("ratio_field"),
        seed_field=raw.get("seed_field"),
        note=notes.get("en", ""),
        translations={"name": names, "note": notes},
        images=_parse_images(raw.get("images"), f"{where}.images"),
        options=tuple(
            _parse_option(o, f"{where}.options[{i}]") for i, o in enumerate(raw.get("options", []))
        ),
        source=source,
    )
