"""Per-job OS file locks: one process tracks a job at a time; a dead holder frees it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from yzx_desktop.jobs.locks import JobLocks


def hold_in_child(folder: Path, job_id: int) -> subprocess.Popen:
    code = (
        "import sys, time; from pathlib import Path; from yzx_desktop.jobs.locks import JobLocks;"
        f"locks = JobLocks(Path({str(folder)!r})); print(locks.acquire({job_id}), flush=True);"
        "time.sleep(30)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "True"
    return child


def test_a_lock_held_by_another_process_is_refused_until_it_dies(tmp_path: Path) -> None:
    child = hold_in_child(tmp_path, 7)
    try:
        locks = JobLocks(tmp_path)
        assert not locks.acquire(7)
        assert locks.acquire(8)  # other jobs are free
    finally:
        child.kill()
        child.wait()
    assert JobLocks(tmp_path).acquire(7)  # the OS released the dead holder's lock


def test_release_frees_the_job_and_finished_removes_its_file(tmp_path: Path) -> None:
    locks = JobLocks(tmp_path)
    assert locks.acquire(1) and locks.acquire(2)
    locks.release(1)
    locks.release(2, finished=True)
    assert (tmp_path / "job-1.lock").exists()  # a live job's file stays: one file per job
    assert not (tmp_path / "job-2.lock").exists()
    other = JobLocks(tmp_path)
    assert other.acquire(1) and other.acquire(2)
