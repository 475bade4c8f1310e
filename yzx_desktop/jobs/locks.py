"""Per-job OS file locks: one process at a time tracks a job, and a crash releases it."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class JobLocks:
    """``acquire(job_id)`` is False while another process (or engine) tracks that job."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._folder.mkdir(parents=True, exist_ok=True)
        self._held: dict[int, IO[bytes]] = {}

    def acquire(self, job_id: int) -> bool:
        if job_id in self._held:
            return True
        handle = open(self._folder / f"job-{job_id}.lock", "a+b")  # noqa: SIM115 - kept open
        if not _try_lock(handle):
            handle.close()
            return False
        self._held[job_id] = handle
        return True

    def release(self, job_id: int, *, finished: bool = False) -> None:
        """Unlock. The file is deleted only for a finished job: deleting a live job's file
        would let two processes lock two different files of the same name."""
        handle = self._held.pop(job_id, None)
        if handle is not None:
            _unlock(handle)
            handle.close()
            if finished:
                with contextlib.suppress(OSError):  # Windows: another process may hold it
                    os.unlink(handle.name)

    def release_all(self) -> None:
        for job_id in list(self._held):
            self.release(job_id)
