"""“Test connection”: one ``GET /models`` with the given base URL and token."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yzx_desktop.api.client import RelayClient
from yzx_desktop.api.errors import RelayError


async def test_connection(base_url: str, token: str, proxy: str = "") -> tuple[bool, str]:
    """``(ok, sentence)`` saying plainly what works or what is wrong."""
    if not base_url.strip().lower().startswith(("http://", "https://")):
        return False, QCoreApplication.translate(
            "Connection", "The base URL must start with https:// (or http://)."
        )
    if not token.strip():
        return False, QCoreApplication.translate("Connection", "Enter the relay's token.")
    try:
        async with RelayClient(base_url.strip(), token.strip(), proxy=proxy or None) as client:
            models = await client.list_models()
    except RelayError as exc:
        return False, exc.user_text()
    except ValueError as exc:  # malformed URL or proxy
        return False, str(exc)
    if not models:
        return True, QCoreApplication.translate(
            "Connection", "Connected, but the relay lists no video models for this token."
        )
    text = QCoreApplication.translate("Connection", "Connected. Video models: %1 (e.g. %2).")
    return True, text.replace("%1", str(len(models))).replace(
        "%2", ", ".join(m.id for m in models[:3])
    )
