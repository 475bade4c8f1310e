"""The jobs table model: copies in, only the cells that moved out, waiting jobs as such."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.problems import Problem
from yzx_desktop.ui.jobs.table_model import (
    COL_ELAPSED,
    COL_MODEL,
    COL_PROMPT,
    COL_STATE,
    COL_TAGS,
    COL_TAKE,
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


def test_takes_stars_and_tags_show_in_their_cells(qapp) -> None:
    model = JobTableModel()
    model.set_relay("http://r/v1")
    takes = [
        make(10 + i, take_set="s1", take_index=i, state=state, created_at=100.0 + i)
        for i, state in ((1, JobState.DONE), (2, JobState.FAILED), (3, JobState.RUNNING))
    ]
    model.set_jobs([*takes, make(1, starred=True, tags=["rain", "night"], created_at=50.0)])
    cell = model.index(model.row_of(12), COL_TAKE)
    assert cell.data() == "2/3"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Take 2 of 3" in tip and "1 of 3 done" in tip and "1 failed" in tip
    single = model.row_of(1)
    assert model.index(single, COL_TAKE).data() == ""
    assert model.index(single, COL_PROMPT).data() == "★ job 1"
    assert model.index(single, COL_TAGS).data() == "#rain #night"
    assert "#rain" in model.index(single, COL_PROMPT).data(Qt.ItemDataRole.ToolTipRole)
    changes = []
    model.dataChanged.connect(lambda a, b, roles=(): changes.append((a.row(), a.column())))
    model.upsert(replace(takes[2], state=JobState.DONE))
    assert (model.row_of(11), COL_TAKE) in changes and (model.row_of(12), COL_TAKE) in changes
    model.remove(12)
    assert model.index(model.row_of(11), COL_TAKE).data() == "1/3"  # the set still had 3
    assert "2 of 2 done" in model.index(model.row_of(11), COL_TAKE).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_a_sweep_sorted_by_model_keeps_each_models_takes_in_order(qapp) -> None:
    model = JobTableModel()
    jobs = [
        make(i, take_set="sw", take_index=i, model=("b-model" if i % 2 else "a-model"))
        for i in range(1, 5)
    ]
    model.set_jobs(jobs)
    model.sort(COL_MODEL, Qt.SortOrder.AscendingOrder)
    assert [model.job_at(r).id for r in range(4)] == [2, 4, 1, 3]
    model.sort(COL_MODEL, Qt.SortOrder.DescendingOrder)
    assert [model.job_at(r).id for r in range(4)] == [1, 3, 2, 4]
    # each model's takes are numbered within it, and the model is named
    cell = model.index(model.row_of(3), COL_TAKE)
    assert cell.data() == "2/2" and "b-model" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.take_info(model.job_at(model.row_of(2))).variant == "a-model"


def test_only_finished_videos_drag_and_only_as_copies(qapp, tmp_path) -> None:
    video = tmp_path / "v.mp4"
    video.write_bytes(b"mp4")
    model = JobTableModel()
    model.set_jobs([make(1, state=JobState.DONE, file_path=str(video)), make(2)])
    assert model.mimeTypes() == ["text/uri-list"]
    assert model.supportedDragActions() == Qt.DropAction.CopyAction
    urls = model.mimeData([model.index(model.row_of(1), c) for c in (0, 1, 2)]).urls()
    assert [u.toLocalFile() for u in urls] == [str(video.resolve())]  # one URL per row
    assert model.mimeData([model.index(model.row_of(2), 0)]) is None
