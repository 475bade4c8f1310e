"""The simulated relay: a real HTTP server on 127.0.0.1 that speaks like today's relays."""

# The base URL demo jobs record: the relay's port may change from one launch to the next, this
# does not, so a demo job started before a restart is resumed by the next demo session.
DEMO_BASE_URL_IDENTITY = "demo://simulated-relay/v1"

__all__ = ["DEMO_BASE_URL_IDENTITY"]
