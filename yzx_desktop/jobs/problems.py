"""Why a job needs attention, and the command line's plain-English wording of it.

The engine records a :class:`Problem` and, separately, what the relay itself said
(``job.error``). Each surface builds the sentences its user reads from those two: the window
in the user's language (``ui/texts.py``), the command line here. No sentence is stored twice.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:  # the window paints before the network stack is imported
    from yzx_desktop.api.errors import ErrorKind


class Problem(StrEnum):
    """Stored as its value in ``jobs.error_kind``; the first values mirror ``ErrorKind``."""

    AUTH = "auth"
    MODEL = "model"
    MODERATION = "moderation"
    INVALID = "invalid"
    WRONG_URL = "wrong_url"
    RATE_LIMIT = "rate_limit"
    SERVER = "server"
    NETWORK = "network"
    DNS = "dns"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    TLS = "tls"
    GONE = "gone"
    MALFORMED = "malformed"
    UNCERTAIN = "uncertain"  # the create may have reached the relay; never resent by itself
    STOPPED = "stopped"  # the user stopped tracking it
    DISK = "disk"  # the video could not be written
    DOWNLOAD = "download"  # the task is done but its video did not arrive
    REFUSED_LOCALLY = "refused_locally"  # checked before sending: nothing was sent
    INTERNAL = "internal"  # a bug in the app; the job is kept

    @classmethod
    def of(cls, kind: ErrorKind) -> Problem:
        return cls(kind.value)

    @classmethod
    def parse(cls, value: str | None) -> Problem | None:
        """A stored value; an unknown one (from a newer app) reads as INTERNAL."""
        if not value:
            return None
        try:
            return cls(value)
        except ValueError:
            return cls.INTERNAL

    @property
    def is_connection(self) -> bool:
        """The relay could not be reached or answered with trouble (worth showing as such)."""
        return self in _CONNECTION


_CONNECTION = frozenset(
    {
        Problem.NETWORK,
        Problem.DNS,
        Problem.REFUSED,
        Problem.TIMEOUT,
        Problem.TLS,
        Problem.SERVER,
        Problem.RATE_LIMIT,
        Problem.MALFORMED,
    }
)

ENGLISH: dict[Problem, str] = {
    Problem.AUTH: "The relay refused the token. Check it in Settings, and that it belongs to "
    "the relay's video group and has quota.",
    Problem.MODEL: "The relay does not know this model. Refresh the model list and pick one of "
    "its video models.",
    Problem.MODERATION: "The prompt or an image was refused by content moderation. Rewrite it "
    "and try again.",
    Problem.INVALID: "The relay refused the request. Check the duration, size and images for "
    "this model.",
    Problem.WRONG_URL: "The relay has no such address. Check the Base URL in Settings (it "
    "usually ends in /v1).",
    Problem.RATE_LIMIT: "The relay asks to slow down. The app waits and retries.",
    Problem.SERVER: "The relay or its provider is having trouble. The app retries.",
    Problem.NETWORK: "The connection to {host} broke. The app retries; check the network or "
    "proxy if it keeps happening.",
    Problem.DNS: "The host name {host} could not be found. Check the Base URL for a typo, and "
    "the network.",
    Problem.REFUSED: "{host} refused the connection: nothing answers at that address and port. "
    "Check the Base URL.",
    Problem.TIMEOUT: "{host} did not answer in time. The app retries; check the network or proxy.",
    Problem.TLS: "The secure connection to {host} failed. Check the Base URL (https) and the "
    "proxy.",
    Problem.GONE: "The relay no longer knows this task.",
    Problem.MALFORMED: "The relay answered with something that is not the expected JSON. The "
    "app retries.",
    Problem.UNCERTAIN: "The create request may have reached the relay, so the app did not send "
    "it again: you are never charged twice. If the relay's dashboard shows the task, use "
    "“Enter task id”; otherwise “Submit again”.",
    Problem.STOPPED: "You stopped tracking this job. The relay may still finish it: use "
    "“Track again”.",
    Problem.DISK: "The video could not be written to disk. Free some space or pick another "
    "library folder; the app retries.",
    Problem.DOWNLOAD: "The task is done on the relay but its video did not arrive. Use "
    "“Track again” to retry the download.",
    Problem.REFUSED_LOCALLY: "The request was checked before sending and refused; nothing was "
    "sent or charged.",
    Problem.INTERNAL: "Something went wrong inside the app. The job is kept; try “Track again”.",
}


def host_of(base_url: str) -> str:
    """``host`` or ``host:port`` of a base URL, for sentences."""
    try:
        return urlsplit(base_url).netloc.rsplit("@", 1)[-1] or base_url or "the relay"
    except ValueError:
        return base_url or "the relay"


def describe(problem: Problem, base_url: str = "", relay_text: str | None = None) -> str:
    """One plain-English paragraph: what happened and what to do, then what the relay said."""
    text = ENGLISH[problem].format(host=host_of(base_url))
    if relay_text:
        text += f" The relay said: {relay_text}"
    return text
