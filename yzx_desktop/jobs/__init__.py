"""Job store and engine: create → poll → download, persisted in SQLite (no Qt)."""

from yzx_desktop.jobs.engine import EngineConfig, JobEngine
from yzx_desktop.jobs.model import ACTIVE_STATES, Job, JobState
from yzx_desktop.jobs.store import JobStore

__all__ = ["ACTIVE_STATES", "EngineConfig", "Job", "JobEngine", "JobState", "JobStore"]
