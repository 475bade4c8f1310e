"""Several real processes opening one new job store at the same moment."""

from __future__ import annotations

import multiprocessing
import sqlite3
import traceback
from pathlib import Path

from yzx_desktop.jobs.store import SCHEMA_VERSION

PROCESSES = 8
ROUNDS = 12


def _open_fresh_stores(folder: str, barrier, errors) -> None:
    """In a child process: for each round, wait for the others, then open that round's store."""
    from yzx_desktop.jobs.model import Job
    from yzx_desktop.jobs.store import JobStore

    for round_number in range(ROUNDS):
        barrier.wait()
        try:
            store = JobStore(Path(folder) / f"round-{round_number}" / "jobs.sqlite3")
            store.add(Job("sora-2", f"from round {round_number}"))
            store.close()
        except Exception:
            errors.put(traceback.format_exc())


def test_processes_opening_a_new_store_together_all_succeed(tmp_path: Path) -> None:
    spawn = multiprocessing.get_context("spawn")
    barrier, errors = spawn.Barrier(PROCESSES), spawn.Queue()
    workers = [
        spawn.Process(target=_open_fresh_stores, args=(str(tmp_path), barrier, errors))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    failures = []
    while not errors.empty():
        failures.append(errors.get())
    assert not failures, failures[0]
    assert all(worker.exitcode == 0 for worker in workers)
    for round_number in range(ROUNDS):
        with sqlite3.connect(tmp_path / f"round-{round_number}" / "jobs.sqlite3") as db:
            assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert db.execute("SELECT COUNT(*) FROM jobs").fetchone()[0] == PROCESSES
