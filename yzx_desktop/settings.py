"""User settings, kept as JSON in the config folder (never the token)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from yzx_desktop import paths

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://www.yuzhixiaolongxia.com/v1"
DEFAULT_TEMPLATE = "{date}_{time}_{model}_{prompt}_{seed}_{task}"


@dataclass
class Settings:
    """Everything the user can configure; the token lives in :mod:`credentials`."""

    base_url: str = DEFAULT_BASE_URL
    library_dir: str = ""
    filename_template: str = DEFAULT_TEMPLATE
    poll_first_min: float = 8.0
    poll_first_max: float = 10.0
    poll_interval_min: float = 8.0
    poll_interval_max: float = 15.0
    poll_slow_after: float = 300.0
    poll_slow_interval: float = 30.0
    max_concurrent_creates: int = 2
    max_concurrent_downloads: int = 2
    language: str = "system"  # system | zh_CN | en
    proxy: str = ""
    last_model: str = "veo_3_1-fast"
    last_duration: int = 5
    last_size: str = "1280x720"
    takes: int = 1  # the compose panel's "Generate ×N" (1–8); every set is confirmed first
    window_geometry: str = ""
    window_state: str = ""
    splitter_state: str = ""
    jobs_view: str = "table"  # table | gallery
    model_pins: dict = field(default_factory=dict)  # model id → profile family id
    extra: dict = field(default_factory=dict)
    model_prices: dict = field(default_factory=dict)  # model id → USD per task (user's own)
    max_cost_per_task: float | None = None  # USD; ask before a dearer task (0/None: off)
    max_cost_per_day: float | None = None  # USD; ask before passing it today (0/None: off)

    @property
    def library_path(self) -> Path:
        return (
            Path(self.library_dir).expanduser() if self.library_dir else paths.default_library_dir()
        )

    def effective_base_url(self) -> str:
        """``YZX_API_BASE`` wins over the saved value."""
        return (os.environ.get("YZX_API_BASE") or self.base_url or DEFAULT_BASE_URL).rstrip("/")


def settings_file() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; a missing or damaged file gives defaults (the damaged one is kept aside)."""
    path = path or settings_file()
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        known = {f.name for f in fields(Settings)}
        return Settings(**{k: v for k, v in raw.items() if k in known})
    except (OSError, ValueError, TypeError) as exc:
        backup = path.with_suffix(".damaged.json")
        logger.warning(
            "settings file %s unreadable (%s); using defaults, kept as %s", path, exc, backup
        )
        path.replace(backup)
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically so a crash never leaves half a settings file."""
    path = path or settings_file()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
