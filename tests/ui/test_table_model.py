"""The jobs table model: copies in, only the cells that moved out, waiting jobs as such."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.problems import Problem
from yzx_desktop.ui.jobs.table_model import (
    COL_ELAPSED,
    COL_PROMPT,
    COL_STATE,
    PROGRESS_ROLE,
    JobTableModel,
)


def make(job_id: int, **fields) -> Job:
    values = dict(model="veo_3_1-fast", prompt=f"job {job_id}", id=job_id, base_url="http://r/v1")
    values.update(fields)
    return Job(**values)


def test_upsert_inserts_then_refreshes_only_the_cells_that_moved(qapp) -> None:
    model = JobTableModel()
    model.set_relay("http://r/v1")
    changes, resets = [], []
    model.dataChanged.connect(
        lambda a, b, roles=(): changes.append((a.row(), a.column(), b.column()))
    )
    model.modelReset.connect(lambda: resets.append(1))
    first = make(1, state=JobState.QUEUED)
    assert model.upsert(first) is None and model.rowCount() == 1
    assert model.upsert(replace(first, state=JobState.RUNNING, progress=30)) is JobState.QUEUED
    assert changes == [(0, COL_STATE, COL_STATE)]  # one row, one column
    changes.clear()
    assert model.upsert(replace(first, state=JobState.RUNNING, progress=30)) is JobState.RUNNING
    assert changes == [] and resets == []  # an identical copy changes nothing


def test_a_job_of_another_relay_is_shown_waiting_without_progress(qapp) -> None:
    model = JobTableModel()
    model.set_relay("http://here/v1")
    model.set_jobs([make(1, state=JobState.RUNNING, progress=76, base_url="http://old/v1")])
    index = model.index(0, COL_STATE)
    assert index.data() == "Waiting for its relay"
    assert index.data(PROGRESS_ROLE) is False
    assert model.index(0, COL_ELAPSED).data() == "—"
    model.set_relay("http://old/v1")
    assert model.index(0, COL_STATE).data(PROGRESS_ROLE) is True


def test_retrying_and_problem_rows_read_differently(qapp) -> None:
    model = JobTableModel()
    model.set_relay("http://r/v1")
    model.set_jobs(
        [
            make(1, state=JobState.QUEUED, error_kind=Problem.REFUSED),
            make(2, state=JobState.UNCERTAIN, error_kind=Problem.UNCERTAIN),
            make(3, state=JobState.DONE),
        ]
    )
    rows = {model.job_at(r).id: r for r in range(3)}
    assert model.index(rows[1], COL_STATE).data() == "Queued · retrying"
    uncertain = model.index(rows[2], COL_STATE)
    assert uncertain.data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(rows[3], COL_STATE).data(Qt.ItemDataRole.DecorationRole) is None
    assert "The relay said" not in (uncertain.data(Qt.ItemDataRole.ToolTipRole) or "")
    assert model.index(rows[3], COL_PROMPT).data() == "job 3"
