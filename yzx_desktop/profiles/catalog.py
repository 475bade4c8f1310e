"""The model families the app knows: shipped data plus the user's own ``profiles.toml``."""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from yzx_desktop import paths
from yzx_desktop.profiles.profile import ModelProfile, ProfileError, parse_profile

logger = logging.getLogger(__name__)

USER_FILE = "profiles.toml"


def builtin_file() -> Path:
    return paths.resources_dir() / "profiles" / "models.toml"


def user_file() -> Path:
    return paths.config_dir() / USER_FILE


def _read(path: Path, source: str) -> list[ModelProfile]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return [parse_profile(raw, source) for raw in data.get("family", [])]


@dataclass
class Catalog:
    """Profiles in match order, plus the user's pins of model ids to families."""

    profiles: list[ModelProfile]
    pins: Mapping[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # the user file's errors, as sentences

    @classmethod
    def load(cls, pins: Mapping[str, str] | None = None, *, user: Path | None = None) -> Catalog:
        """Shipped profiles, overridden and extended by the user's file when it is readable."""
        profiles = _read(builtin_file(), "built-in")
        problems: list[str] = []
        user = user or user_file()
        if user.exists():
            try:
                custom = _read(user, str(user))
            except (OSError, tomllib.TOMLDecodeError, ProfileError, ValueError) as exc:
                problems.append(f"{user} was not used: {exc}")
                logger.warning("user profiles not used: %s", exc)
            else:
                profiles = merge(profiles, custom)
        return cls(profiles, dict(pins or {}), problems)

    def by_id(self, family_id: str | None) -> ModelProfile | None:
        return next((p for p in self.profiles if p.id == family_id), None)

    def resolve(self, model: str) -> ModelProfile | None:
        """The profile for ``model``: a pin wins, then the first matching pattern."""
        model = model.strip()
        pinned = self.pins.get(model)
        if pinned:
            profile = self.by_id(pinned)
            if profile is not None:
                return profile
            logger.warning("model %s is pinned to unknown family %s", model, pinned)
        return next((p for p in self.profiles if p.matches(model)), None)

    def is_video_model(self, model: str) -> bool:
        return self.resolve(model) is not None


def merge(builtin: Iterable[ModelProfile], custom: Iterable[ModelProfile]) -> list[ModelProfile]:
    """User entries replace shipped ones with the same id; new ones are matched first."""
    builtin, custom = list(builtin), list(custom)
    replaced = {p.id: p for p in custom}
    shipped_ids = {p.id for p in builtin}
    added = [p for p in custom if p.id not in shipped_ids]
    return added + [replaced.get(p.id, p) for p in builtin]
