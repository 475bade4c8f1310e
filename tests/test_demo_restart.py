"""The demo relay across restarts: a preferred port, and tasks kept in a state file."""

from __future__ import annotations

import socket
import subprocess
import sys

from yzx_desktop.demo.server import SimulatedRelay


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_identity_is_cheap_to_import_and_no_address() -> None:
    code = (
        "import sys; from yzx_desktop.demo import DEMO_BASE_URL_IDENTITY as i; "
        "print(i, 'yzx_desktop.demo.server' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["demo://simulated-relay/v1", "False"], result.stderr


def test_preferred_port_when_free_else_any() -> None:
    port = free_port()
    with SimulatedRelay.preferred(port=port) as first:
        assert first.port == port and first.base_url == f"http://127.0.0.1:{port}/v1"
        with SimulatedRelay.preferred(port=port, queue_seconds=1.0) as second:
            assert second.port not in (0, port)
            assert second.default_plan.queue_seconds == 1.0
