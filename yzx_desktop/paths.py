"""Where the app keeps its data, settings, logs and bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "yzx-desktop"


def _home() -> Path | None:
    value = os.environ.get("YZX_HOME")
    return Path(value).expanduser() if value else None


def _folder(subfolder: str, platform_default: str) -> Path:
    home = _home()
    path = home / subfolder if home else Path(platform_default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Folder of the job database (``YZX_HOME`` overrides everything)."""
    return _folder("data", platformdirs.user_data_dir(APP_DIR_NAME, False))


def config_dir() -> Path:
    """Folder of ``settings.json``."""
    return _folder("config", platformdirs.user_config_dir(APP_DIR_NAME, False))


def log_dir() -> Path:
    """Folder of the rotating log file."""
    return _folder("logs", platformdirs.user_log_dir(APP_DIR_NAME, False))


def default_library_dir() -> Path:
    """Where finished videos go unless the user picks another folder."""
    home = _home()
    if home:
        return home / "videos"
    return Path(platformdirs.user_videos_dir()) / "YZX Video Studio"


def resources_dir() -> Path:
    """Bundled resources: inside the package when installed or frozen, else the source tree."""
    candidates = [Path(__file__).resolve().parent / "resources"]
    if getattr(sys, "frozen", False):
        candidates.insert(0, Path(getattr(sys, "_MEIPASS", "")) / "yzx_desktop" / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the app's resources folder is missing; reinstall YZX Video Studio")
