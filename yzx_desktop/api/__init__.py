"""Async client for OpenAI-compatible video relays (no Qt)."""

from yzx_desktop.api.client import RelayClient
from yzx_desktop.api.errors import RelayError, SubmissionUncertain, TransientError
from yzx_desktop.api.types import CreateRequest, ModelInfo, RemoteState, TaskSnapshot

__all__ = [
    "CreateRequest",
    "ModelInfo",
    "RelayClient",
    "RelayError",
    "RemoteState",
    "SubmissionUncertain",
    "TaskSnapshot",
    "TransientError",
]
