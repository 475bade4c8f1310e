"""The relay token: from ``YZX_API_KEY``, the OS keyring, or an announced fallback file."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from yzx_desktop import paths
from yzx_desktop.logs import register_secret

logger = logging.getLogger(__name__)

SERVICE = "yzx-desktop"
ACCOUNT = "relay-token"
ENV_VAR = "YZX_API_KEY"


class TokenSource(Enum):
    NONE = "none"
    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    FILE = "file"


@dataclass(frozen=True)
class TokenInfo:
    token: str | None
    source: TokenSource
    where: str  # a sentence-sized description for the settings dialog


def _fallback_file() -> Path:
    return paths.config_dir() / "token"


def _keyring_mark() -> Path:
    """Left when the keyring holds the token (never the token itself)."""
    return paths.config_dir() / "token-in-keyring"


def token_saved() -> bool:
    """Whether a token looks configured, without the keyring: its import and backend lookup take
    about 0.1 s, and an unlock may ask for a password, so the window asks it after it is up."""
    path = _fallback_file()
    return (
        bool(os.environ.get(ENV_VAR, "").strip())
        or (path.is_file() and path.stat().st_size > 0)
        or _keyring_mark().exists()
    )


def _usable_keyring():
    """The OS keyring backend, or ``None`` where none works (headless Linux, for instance)."""
    if os.environ.get("YZX_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or backend.priority <= 0:
            return None
        return backend
    except Exception:
        logger.info("no usable OS keyring", exc_info=True)
        return None


def keyring_available() -> bool:
    return _usable_keyring() is not None


def load_token() -> TokenInfo:
    """Find the token, registering it for redaction."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        register_secret(env)
        return TokenInfo(env, TokenSource.ENVIRONMENT, f"environment variable {ENV_VAR}")
    backend = _usable_keyring()
    if backend is not None:
        try:
            value = backend.get_password(SERVICE, ACCOUNT)
        except Exception:
            logger.warning("reading the token from the keyring failed", exc_info=True)
            value = None
        if value:
            register_secret(value)
            if not _keyring_mark().exists():  # a token saved before the mark existed
                _keyring_mark().touch()
            return TokenInfo(value, TokenSource.KEYRING, f"OS keyring ({type(backend).__name__})")
    path = _fallback_file()
    if path.exists():
        value = path.read_text(encoding="utf-8").strip()
        if value:
            register_secret(value)
            return TokenInfo(value, TokenSource.FILE, f"plain file {path} (no OS keyring)")
    return TokenInfo(None, TokenSource.NONE, "not configured")


def store_token(token: str) -> TokenInfo:
    """Save the token in the keyring, or, when the OS has none, in a file only the user can read."""
    token = token.strip()
    register_secret(token)
    backend = _usable_keyring()
    if backend is not None:
        backend.set_password(SERVICE, ACCOUNT, token)
        _fallback_file().unlink(missing_ok=True)
        _keyring_mark().touch()
        return TokenInfo(token, TokenSource.KEYRING, f"OS keyring ({type(backend).__name__})")
    path = _fallback_file()
    _keyring_mark().unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token)
    logger.warning("no OS keyring; token stored in a user-only file in the config folder")
    return TokenInfo(token, TokenSource.FILE, f"plain file {path} (no OS keyring)")
