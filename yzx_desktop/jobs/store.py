"""SQLite job store with a versioned schema and a backup before every migration."""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path

from yzx_desktop import paths
from yzx_desktop.jobs.model import ACTIVE_STATES, Job, JobState
from yzx_desktop.jobs.problems import Problem

logger = logging.getLogger(__name__)

DB_NAME = "jobs.sqlite3"

# Each entry moves the schema from version i to i + 1. Never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        model TEXT NOT NULL,
        prompt TEXT NOT NULL,
        duration INTEGER,
        size TEXT,
        seed INTEGER,
        base_url TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,
        task_id TEXT,
        progress INTEGER NOT NULL DEFAULT 0,
        video_url TEXT,
        file_path TEXT,
        error TEXT,
        error_kind TEXT,
        error_detail TEXT,
        last_response TEXT,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        submitted_at REAL,
        finished_at REAL,
        bytes_done INTEGER NOT NULL DEFAULT 0,
        bytes_total INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX jobs_state ON jobs(state);
    CREATE INDEX jobs_task_id ON jobs(task_id);
    """,
    """
    ALTER TABLE jobs ADD COLUMN family TEXT;
    ALTER TABLE jobs ADD COLUMN endpoint TEXT NOT NULL DEFAULT 'videos';
    ALTER TABLE jobs ADD COLUMN resolution TEXT;
    ALTER TABLE jobs ADD COLUMN ratio TEXT;
    ALTER TABLE jobs ADD COLUMN options TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE jobs ADD COLUMN inputs TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE jobs ADD COLUMN parent_id INTEGER;
    ALTER TABLE jobs ADD COLUMN output_dir TEXT;
    ALTER TABLE jobs ADD COLUMN sent_body TEXT;
    CREATE INDEX jobs_parent ON jobs(parent_id);
    """,
    """
    ALTER TABLE jobs ADD COLUMN estimate_usd REAL;
    ALTER TABLE jobs ADD COLUMN cost_usd REAL;
    """,
    """
    ALTER TABLE jobs ADD COLUMN take_set TEXT;
    ALTER TABLE jobs ADD COLUMN take_index INTEGER;
    ALTER TABLE jobs ADD COLUMN starred INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE jobs ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
    CREATE INDEX jobs_take_set ON jobs(take_set);
    CREATE TABLE prompts (
        prompt TEXT PRIMARY KEY,
        last_used REAL NOT NULL,
        uses INTEGER NOT NULL DEFAULT 1
    );
    INSERT INTO prompts (prompt, last_used, uses)
        SELECT prompt, MAX(created_at), COUNT(*) FROM jobs WHERE prompt != '' GROUP BY prompt;
    CREATE TABLE presets (
        name TEXT PRIMARY KEY,
        prompt TEXT NOT NULL DEFAULT '',
        settings TEXT NOT NULL DEFAULT '{}',
        updated_at REAL NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = [f.name for f in fields(Job)]
# The user's marks are written only by mark(): a save of a running job must not undo them.
_MARKS = ("starred", "tags")
_MUTABLE = [c for c in _COLUMNS if c not in ("id", "created_at", "take_set", "take_index", *_MARKS)]
_MAX_RAW = 64_000
_JSON_COLUMNS = {"options": dict, "inputs": list, "tags": list}  # stored as JSON text
_BUSY_SECONDS = 10.0


def default_db_path() -> Path:
    return paths.data_dir() / DB_NAME


class JobStore:
    """All jobs, one row each. Every write is its own committed transaction."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=_BUSY_SECONDS, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._use_wal()
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()

    def close(self) -> None:
        self._db.close()

    def _use_wal(self) -> None:
        """Switch to WAL, waiting for other processes opening the same store at this moment.

        The switch needs the database to itself and SQLite answers "database is locked" at
        once instead of waiting on its busy timeout, so wait here.
        """
        deadline = time.monotonic() + _BUSY_SECONDS
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _user_version(self) -> int:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer YZX Video Studio (schema {version}); "
                "update the app to open it."
            )
        return version

    def _migrate(self) -> None:
        """Bring the schema up to date. The version is read again inside a write transaction,
        so of several processes opening a new store together exactly one migrates it."""
        if self._user_version() == SCHEMA_VERSION:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            version = self._user_version()
            if 0 < version < SCHEMA_VERSION:
                self._backup(version)
            for target in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={target + 1}")
            self._db.execute("COMMIT")
        except Exception:
            self._db.execute("ROLLBACK")
            raise

    def _backup(self, version: int) -> None:
        """Copy the store as committed (this connection holds the write lock, so a second
        connection reads exactly the version about to be migrated)."""
        backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
        with (
            contextlib.closing(sqlite3.connect(self.path)) as source,
            contextlib.closing(sqlite3.connect(backup)) as copy,
        ):
            source.backup(copy)
        logger.info("backed up the job store to %s before migrating", backup)

    @staticmethod
    def _row_to_job(row: sqlite3.Row) -> Job:
        data = dict(row)
        data["state"] = JobState(data["state"])
        data["error_kind"] = Problem.parse(data["error_kind"])
        for column, empty in _JSON_COLUMNS.items():
            data[column] = json.loads(data[column] or "null") or empty()
        data["starred"] = bool(data["starred"])
        return Job(**data)

    def _values(self, job: Job, columns: Iterable[str]) -> list:
        values = []
        for column in columns:
            value = getattr(job, column)
            if column == "state":
                value = value.value
            elif column == "starred":
                value = int(value)
            elif column in _JSON_COLUMNS:
                value = json.dumps(value, ensure_ascii=False)
            elif column == "last_response" and value and len(value) > _MAX_RAW:
                value = value[:_MAX_RAW]
            values.append(value)
        return values

    def add(self, job: Job) -> Job:
        """Insert ``job`` and set its id (committed before this returns)."""
        columns = [c for c in _COLUMNS if c != "id"]
        marks = ",".join("?" * len(columns))
        cursor = self._db.execute(
            f"INSERT INTO jobs ({','.join(columns)}) VALUES ({marks})", self._values(job, columns)
        )
        job.id = cursor.lastrowid
        return job

    def save(self, job: Job) -> None:
        """Persist every mutable field of ``job``."""
        job.updated_at = time.time()
        assignments = ",".join(f"{c}=?" for c in _MUTABLE)
        self._db.execute(
            f"UPDATE jobs SET {assignments} WHERE id=?", [*self._values(job, _MUTABLE), job.id]
        )

    def claim(self, job: Job, expected: JobState, new: JobState) -> bool:
        """Move ``job`` from ``expected`` to ``new`` only if nobody else did (one POST per job,
        even with two app instances on one store)."""
        now = time.time()
        cursor = self._db.execute(
            "UPDATE jobs SET state=?, updated_at=? WHERE id=? AND state=?",
            (new.value, now, job.id, expected.value),
        )
        if cursor.rowcount == 1:
            job.state, job.updated_at = new, now
            return True
        return False

    def mark(
        self, job_id: int, *, starred: bool | None = None, tags: list[str] | None = None
    ) -> None:
        """Set the user's star or tags of a job (the only writer of those columns)."""
        if starred is not None:
            self._db.execute("UPDATE jobs SET starred=? WHERE id=?", (int(starred), job_id))
        if tags is not None:
            self._db.execute(
                "UPDATE jobs SET tags=? WHERE id=?", (json.dumps(tags, ensure_ascii=False), job_id)
            )

    def execute(self, sql: str, parameters: Iterable = ()) -> sqlite3.Cursor:
        """Run one statement on the store's connection (for the library's own tables)."""
        return self._db.execute(sql, tuple(parameters))

    def get(self, job_id: int) -> Job | None:
        row = self._db.execute("SELECT * FROM jobs WHERE id=?", (job_id,)).fetchone()
        return self._row_to_job(row) if row else None

    def all(self) -> list[Job]:
        return [self._row_to_job(r) for r in self._db.execute("SELECT * FROM jobs ORDER BY id")]

    def unfinished(self) -> list[Job]:
        marks = ",".join("?" * len(ACTIVE_STATES))
        rows = self._db.execute(
            f"SELECT * FROM jobs WHERE state IN ({marks}) ORDER BY id",
            [s.value for s in ACTIVE_STATES],
        )
        return [self._row_to_job(r) for r in rows]

    def delete(self, job_id: int) -> None:
        self._db.execute("DELETE FROM jobs WHERE id=?", (job_id,))

    def add_many(self, jobs: Iterable[Job]) -> None:
        """Bulk insert in one transaction (imports and benchmarks)."""
        columns = [c for c in _COLUMNS if c != "id"]
        marks = ",".join("?" * len(columns))
        self._db.execute("BEGIN")
        self._db.executemany(
            f"INSERT INTO jobs ({','.join(columns)}) VALUES ({marks})",
            (self._values(j, columns) for j in jobs),
        )
        self._db.execute("COMMIT")
