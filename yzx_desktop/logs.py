"""Rotating log file with every known secret redacted before it is written."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from yzx_desktop import paths

LOG_FILE_NAME = "yzx-desktop.log"
_BEARER = re.compile(r"(Bearer\s+)[^\s'\",]+", re.IGNORECASE)
_secrets: set[str] = set()


def register_secret(secret: str | None) -> None:
    """Remember a value that must never reach a log line or a message shown to the user."""
    if secret and len(secret) >= 4:
        _secrets.add(secret)


def redact(text: str) -> str:
    """Replace registered secrets and any ``Bearer …`` credential in ``text``."""
    for secret in _secrets:
        text = text.replace(secret, "***")
    return _BEARER.sub(r"\1***", text)


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then scrubs secrets from the whole line (traceback included)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO, *, console: bool = False, rotate: bool = True) -> Path:
    """Install the file handler (idempotent) and return the log file path.

    ``rotate=False`` appends without rotating, which keeps ``logging.handlers`` (socket, pickle…)
    off the window's way to its first paint; a later call swaps in the rotating handler on the
    same file, so nothing logged meanwhile is lost."""
    root = logging.getLogger()
    plain = next((h for h in root.handlers if getattr(h, "_yzx", None) == "plain"), None)
    # A swap keeps the plain handler's file, even when YZX_HOME has moved since (--self-test).
    path = Path(plain.baseFilename) if plain is not None else log_file()
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not any(getattr(h, "_yzx", False) for h in root.handlers) or (rotate and plain):
        if rotate:
            from logging.handlers import RotatingFileHandler  # socket, pickle…: not at every start

            handler: logging.FileHandler = RotatingFileHandler(
                path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
        else:
            handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(formatter)
        handler._yzx = True if rotate else "plain"  # type: ignore[attr-defined]
        root.addHandler(handler)
        if plain is not None:
            root.removeHandler(plain)
            plain.close()
        elif console:
            stream = logging.StreamHandler()
            stream.setFormatter(formatter)
            stream.setLevel(logging.WARNING)
            stream._yzx = True  # type: ignore[attr-defined]
            root.addHandler(stream)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path
