"""The simulated relay: a real HTTP server on 127.0.0.1 that speaks like today's relays."""

from yzx_desktop.demo.server import SimulatedRelay, TaskPlan

__all__ = ["SimulatedRelay", "TaskPlan"]
