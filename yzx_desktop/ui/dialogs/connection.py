"""“Test connection”: the Base URL checked as typed, then one ``GET /models`` with the token."""

from __future__ import annotations

import httpx
from PySide6.QtCore import QCoreApplication

from yzx_desktop.api.client import RelayClient
from yzx_desktop.api.errors import RelayError
from yzx_desktop.jobs.problems import Problem
from yzx_desktop.ui.texts import explanation


def base_url_problem(text: str) -> str:
    """Why ``text`` cannot be a relay's Base URL ("" when it can), in the user's language."""
    text = text.strip()
    if not text:
        return QCoreApplication.translate("Connection", "Enter the relay's Base URL.")
    if not text.lower().startswith(("http://", "https://")):
        return QCoreApplication.translate(
            "Connection",
            "The Base URL must start with https:// (or http://), e.g. "
            "https://www.yuzhixiaolongxia.com/v1.",
        )
    try:
        host = httpx.URL(text).host
    except httpx.InvalidURL:
        host = ""
    if not host:
        return QCoreApplication.translate("Connection", "The Base URL has no host name.")
    return ""


async def test_connection(base_url: str, token: str, proxy: str = "") -> tuple[bool, str]:
    """``(ok, sentence)`` saying plainly what works or what is wrong, naming the host."""
    problem = base_url_problem(base_url)
    if problem:
        return False, problem
    if not token.strip():
        return False, QCoreApplication.translate("Connection", "Enter the relay's token.")
    try:
        async with RelayClient(base_url.strip(), token.strip(), proxy=proxy or None) as client:
            models = await client.list_models()
    except RelayError as exc:
        text = explanation(Problem.of(exc.kind), base_url)
        if exc.relay_text:
            said = QCoreApplication.translate("Explain", "The relay said: %1")
            text += "\n" + said.replace("%1", exc.relay_text)
        return False, text
    except ValueError as exc:  # a malformed proxy
        return False, str(exc)
    if not models:
        return True, QCoreApplication.translate(
            "Connection", "Connected, but the relay lists no video models for this token."
        )
    text = QCoreApplication.translate("Connection", "Connected. Video models: %1 (e.g. %2).")
    return True, text.replace("%1", str(len(models))).replace(
        "%2", ", ".join(m.id for m in models[:3])
    )
