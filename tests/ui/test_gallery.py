"""The gallery and the table over one model: real widgets offscreen, real MP4s decoded by PyAV
on worker threads, stills cached on disk."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import av
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from tests.clips import make_clip
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.ui.jobs import still_files, thumbnails
from yzx_desktop.ui.jobs.table_model import COL_PROMPT, COL_TAGS, COL_TAKE, JOB_ROLE, TAKE_ROLE
from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider
from yzx_desktop.ui.jobs.view import JobsView

RED, BLUE, GREEN = (220, 30, 30), (30, 40, 220), (30, 200, 60)


def job(job_id: int, **fields) -> Job:
    values = dict(model="veo_3_1-fast", prompt=f"job {job_id}", id=job_id, duration=6)
    values.update(fields)
    values.setdefault("created_at", 1_700_000_000 + job_id)
    return Job(**values)


def done(job_id: int, video: Path, **fields) -> Job:
    return job(job_id, state=JobState.DONE, file_path=str(video), **fields)


def make_changing_clip(path: Path, colours: list[tuple[int, int, int]], fps: int = 10) -> Path:
    """One second of each colour, in order: the strip's frames differ from left to right."""
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 320, 180, "yuv420p"
        index = 0
        for colour in colours:
            picture = Image.new("RGB", (320, 180), colour)
            for _ in range(fps):
                frame = av.VideoFrame.from_image(picture)
                frame.pts = index
                index += 1
                container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def near(colour: QColor, rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


@pytest.fixture
def provider(qapp, tmp_path) -> ThumbnailProvider:
    return ThumbnailProvider(tmp_path / "cache")


@pytest.fixture
def view(qtbot, provider) -> JobsView:
    jobs_view = JobsView(provider)
    qtbot.addWidget(jobs_view)
    jobs_view.model.set_relay("http://r/v1")
    jobs_view.resize(900, 600)
    jobs_view.show()
    qtbot.waitExposed(jobs_view)
    return jobs_view


def tile_pixel(view: JobsView, job_id: int, point: str = "center") -> QColor:
    """The colour the gallery painted in the middle of the job's picture."""
    gallery = view.gallery
    index = view.proxy.mapFromSource(view.model.index(view.model.row_of(job_id), 0))
    picture = gallery.tiles.layout.at(gallery.visualRect(index), gallery.tiles.layout.picture)
    image = gallery.viewport().grab().toImage()
    where = (
        picture.center() if point == "center" else QPoint(picture.center().x(), picture.top() + 20)
    )
    return image.pixelColor(where)


def picture_point(view: JobsView, job_id: int, fraction: float) -> QPoint:
    gallery = view.gallery
    index = view.proxy.mapFromSource(view.model.index(view.model.row_of(job_id), 0))
    picture = gallery.tiles.layout.at(gallery.visualRect(index), gallery.tiles.layout.picture)
    return QPoint(picture.left() + round(fraction * (picture.width() - 1)), picture.center().y())


# ---- switching -----------------------------------------------------------------------------
def test_the_gallery_is_built_on_first_switch_and_keeps_the_selection(view, qtbot, tmp_path):
    view.model.set_jobs([job(i, state=JobState.QUEUED) for i in range(1, 6)])
    assert view.gallery is None and view.mode() == "table"
    modes: list[str] = []
    view.modeChanged.connect(modes.append)
    assert view.select_job(3)
    view.table.setFocus()
    view.set_mode("gallery")
    assert view.gallery is not None and view.gallery.isVisible() and not view.table.isVisible()
    assert view.mode() == "gallery" and modes == ["gallery"]
    assert view.gallery.selectionModel() is view.table.selectionModel()
    assert [j.id for j in view.selected_jobs()] == [3] and view.selected().id == 3
    assert view.gallery.hasFocus()  # the table had it; the view shown takes it
    QTest.keyClick(view.gallery, Qt.Key.Key_Right)  # arrows move (and select) in the grid
    moved = view.selected()
    assert moved is not None and moved.id != 3 and len(view.selected_jobs()) == 1
    view.set_mode("table")
    assert modes == ["gallery", "table"] and view.table.hasFocus()
    assert view.selected().id == moved.id
    assert view.table.selectionModel().isRowSelected(view.table.currentIndex().row())
    assert view.select_job(1) and view.selected().id == 1
    view.set_mode("gallery")
    assert view.selected().id == 1 and view.gallery.currentIndex().data(JOB_ROLE).id == 1
    with pytest.raises(ValueError):
        view.set_mode("cards")


def test_the_toggle_buttons_switch_and_speak(view):
    view.retranslate()
    assert view.table_button.isChecked() and not view.gallery_button.isChecked()
    assert view.act_gallery.shortcut() == QKeySequence("Ctrl+2")
    assert view.gallery_button.accessibleName() == "Grid"
    assert "Ctrl+2" in view.gallery_button.toolTip()
    view.gallery_button.click()
    assert view.mode() == "gallery" and view.gallery_button.isChecked()
    view.table_button.click()
    assert view.mode() == "table" and view.table_button.isChecked()


def test_double_click_enter_and_the_menu_key_in_the_gallery(view, qtbot):
    view.model.set_jobs([job(i, state=JobState.FAILED) for i in range(1, 4)])
    view.set_mode("gallery", focus=True)
    gallery = view.gallery
    activated, menus = [], []
    view.activated.connect(activated.append)
    view.contextMenuRequested.connect(menus.append)
    index = view.proxy.index(1, 0)
    centre = gallery.visualRect(index).center()
    QTest.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert [j.id for j in activated] == [index.data(JOB_ROLE).id]
    QTest.keyClick(gallery, Qt.Key.Key_Home)
    QTest.keyClick(gallery, Qt.Key.Key_Return)
    assert activated[-1].id == view.proxy.index(0, 0).data(JOB_ROLE).id and len(activated) == 2
    QTest.keyClick(gallery, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert len(menus) == 1
    # an action the window adds to the table later (Space: play) reaches the gallery too
    play = QAction(view)
    play.setShortcut(QKeySequence(Qt.Key.Key_Space))
    view.table.addAction(play)
    assert play in gallery.actions()


def test_enter_activates_in_the_table_too(view):
    view.model.set_jobs([job(1, state=JobState.FAILED)])
    activated = []
    view.activated.connect(activated.append)
    view.select_job(1)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert [j.id for j in activated] == [1]


# ---- sets, stars, tags, search -------------------------------------------------------------
def take(job_id: int, index: int, state: JobState = JobState.DONE, **fields) -> Job:
    return job(job_id, take_set="set-a", take_index=index, state=state, **fields)


def test_a_set_shows_take_2_of_4_and_its_progress_in_both_views(view):
    view.model.set_jobs(
        [
            job(1, state=JobState.FAILED, created_at=1_700_000_100),
            take(10, 1),
            take(11, 2),
            take(12, 3),
            take(13, 4, JobState.RUNNING, progress=40),
        ]
    )
    row = view.proxy.mapFromSource(view.model.index(view.model.row_of(11), COL_TAKE))
    assert row.data() == "2/4"
    assert "Take 2 of 4" in row.data(Qt.ItemDataRole.ToolTipRole)
    assert "3 of 4 done" in row.data(Qt.ItemDataRole.ToolTipRole)
    info = row.data(TAKE_ROLE)
    assert (info.index, info.total, info.progress.done, info.progress.active) == (2, 4, 3, 1)
    view.set_mode("gallery")
    text = view.gallery.tiles.band_text(info)
    assert text.startswith("Set · take 2/4") and "3 of 4 done" in text and "85%" in text
    # the last take finishing refreshes the other takes' tiles and cells
    refreshed = []
    view.model.dataChanged.connect(lambda a, b, roles=(): refreshed.append(a.row()))
    view.model.upsert(take(13, 4, JobState.DONE))
    assert {view.model.row_of(i) for i in (10, 11, 12)} <= set(refreshed)
    again = view.proxy.mapFromSource(view.model.index(view.model.row_of(11), COL_TAKE))
    assert "4 of 4 done" in again.data(Qt.ItemDataRole.ToolTipRole)


def test_the_takes_of_a_set_sit_together_first_take_first(view):
    jobs = [
        take(10, 1, created_at=100.0),
        job(2, created_at=100.5),  # a single job made between two takes
        take(11, 2, created_at=101.0),
        take(12, 3, created_at=102.0),
        job(3, created_at=50.0),
    ]
    view.model.set_jobs(jobs)
    order = [view.proxy.index(r, 0).data(JOB_ROLE).id for r in range(view.proxy.rowCount())]
    assert order == [2, 10, 11, 12, 3]  # newest first, the set placed by its first take
    view.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)  # created, oldest first
    order = [view.proxy.index(r, 0).data(JOB_ROLE).id for r in range(view.proxy.rowCount())]
    assert order == [3, 10, 11, 12, 2]
    view.model.upsert(take(14, 4, created_at=300.0))  # a late take joins its set
    order = [view.proxy.index(r, 0).data(JOB_ROLE).id for r in range(view.proxy.rowCount())]
    assert order == [3, 10, 11, 12, 14, 2]


def test_search_finds_tags_hash_tags_and_stars(view):
    view.model.set_jobs(
        [
            job(1, prompt="a calm lake", tags=["rain", "night"]),
            job(2, prompt="rain on the window", starred=True),
            job(3, prompt="desert", starred=True, tags=["dunes"]),
        ]
    )

    def found(text: str) -> set[int]:
        view.search.setText(text)
        return {view.proxy.index(r, 0).data(JOB_ROLE).id for r in range(view.proxy.rowCount())}

    assert found("rain") == {1, 2}  # prompt or tag
    assert found("#rain") == {1}  # tags only
    assert found("★") == {2, 3}
    assert found("★ #dunes") == {3}
    assert found("") == {1, 2, 3}
    assert "#tag" in view.search.placeholderText() and "★" in view.search.placeholderText()
    starred = view.proxy.index(0, COL_PROMPT)
    assert starred.data() in ("★ desert", "★ rain on the window")


def test_the_filter_menu_keeps_the_starred_ones_with_the_search_and_in_the_grid(view):
    view.model.set_jobs(
        [
            job(1, prompt="a calm lake", state=JobState.DONE),
            job(2, prompt="rain on the window", state=JobState.DONE, starred=True),
            job(3, prompt="rain in the desert", state=JobState.FAILED, starred=True),
        ]
    )

    def shown() -> set[int]:
        return {view.proxy.index(r, 0).data(JOB_ROLE).id for r in range(view.proxy.rowCount())}

    entries = [view.state_filter.itemData(i) for i in range(view.state_filter.count())]
    assert entries[-1] == "starred" and "★" in view.state_filter.itemText(len(entries) - 1)
    view.state_filter.setCurrentIndex(view.state_filter.findData("starred"))
    assert shown() == {2, 3} and view.is_filtered()
    view.search.setText("desert")
    assert shown() == {3}
    view.set_mode("gallery")
    assert view.gallery.model() is view.proxy and shown() == {3}
    view.clear_filters()
    assert shown() == {1, 2, 3}


# ---- stills --------------------------------------------------------------------------------
def test_posters_are_decoded_off_the_ui_thread_cached_on_disk_and_painted(
    view, provider, qtbot, tmp_path, monkeypatch
):
    threads: list[threading.Thread] = []
    real = still_files.load_or_make

    def spy(request, folder):
        threads.append(threading.current_thread())
        return real(request, folder)

    monkeypatch.setattr(thumbnails, "load_or_make", spy)
    red = make_clip(tmp_path / "red.mp4", RED)
    view.model.set_jobs([done(1, red), job(2, state=JobState.RUNNING, progress=30)])
    view.set_mode("gallery")
    qtbot.waitUntil(lambda: provider.poster(1, str(red)) is not None, timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert list((tmp_path / "cache").glob("*-poster-*.jpg"))
    qtbot.waitUntil(lambda: near(tile_pixel(view, 1), RED), timeout=5000)
    assert not near(tile_pixel(view, 2), RED)  # the running job shows its state, no picture
    assert provider.pixmap(1, str(red)).size().width() <= thumbnails.THUMB_SIZE[0]  # the table's


def test_a_replaced_file_is_decoded_again(qapp, qtbot, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    video = make_clip(tmp_path / "take.mp4", RED)
    first = ThumbnailProvider(cache)
    qtbot.waitUntil(lambda: first.poster(1, str(video)) is not None, timeout=10_000)
    assert near(first.poster(1, str(video)).toImage().pixelColor(40, 40), RED)
    again = ThumbnailProvider(cache)  # the next start: read from disk, not decoded
    qtbot.waitUntil(lambda: again.poster(1, str(video)) is not None, timeout=10_000)
    assert again.decoded == 0
    make_clip(video, BLUE, seconds=2)  # the same path, a new file
    later = time.time() + 5
    os.utime(video, (later, later))
    monkeypatch.setattr(thumbnails, "REVALIDATE_SECONDS", 0.0)
    # the running provider notices when it next shows the picture
    qtbot.waitUntil(
        lambda: (
            (p := again.poster(1, str(video))) is not None
            and near(p.toImage().pixelColor(40, 40), BLUE)
        ),
        timeout=10_000,
    )
    assert again.decoded == 1
    fresh = ThumbnailProvider(cache)
    qtbot.waitUntil(lambda: fresh.poster(1, str(video)) is not None, timeout=10_000)
    assert near(fresh.poster(1, str(video)).toImage().pixelColor(40, 40), BLUE)
    assert fresh.decoded == 0  # the new version is on disk too
    assert len(list(cache.glob("*-poster-*.jpg"))) == 2
    fresh.forget(1)
    assert not list(
        cache.glob(f"{still_files.digest(str(video), still_files.signature(str(video)))}*")
    )


def test_a_broken_file_gives_no_picture_and_no_crash(qapp, qtbot, tmp_path):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"garbage" * 100)
    provider = ThumbnailProvider(tmp_path / "cache")
    assert provider.poster(1, str(broken)) is None
    qtbot.waitUntil(lambda: provider.failed(1), timeout=10_000)
    assert provider.poster(1, str(broken)) is None and provider.pending() == 0


def test_the_stills_on_disk_stay_under_their_budget_the_least_recently_used_going_first(
    qapp, qtbot, tmp_path
):
    cache = tmp_path / "cache"
    clips = [
        make_clip(tmp_path / f"{name}.mp4", rgb) for name, rgb in (("red", RED), ("blue", BLUE))
    ]
    first = ThumbnailProvider(cache)
    for job_id, clip in enumerate(clips, 1):
        qtbot.waitUntil(
            lambda j=job_id, c=clip: first.poster(j, str(c)) is not None, timeout=10_000
        )
    posters = sorted(cache.glob("*-poster-*.jpg"))
    assert len(posters) == 2 and first.decoded == 2
    red_poster = cache / still_files.file_name(
        first._make_request(1, str(clips[0]), "poster"),
        still_files.digest(str(clips[0]), still_files.signature(str(clips[0]))),
    )
    for poster in posters:  # the red one made two hours ago, the blue one an hour ago
        made = time.time() - (7200 if poster == red_poster else 3600)
        os.utime(poster, (made, made))
    again = ThumbnailProvider(cache)  # the next start shows the red take: read, so touched
    qtbot.waitUntil(lambda: again.poster(1, str(clips[0])) is not None, timeout=10_000)
    assert again.decoded == 0
    legacy, stale, fresh = cache / "17.png", cache / ".x.jpg.1.2.part", cache / ".y.jpg.1.3.part"
    for path in (legacy, stale, fresh):
        path.write_bytes(b"x" * 100)
    os.utime(stale, (time.time() - 2 * 3600, time.time() - 2 * 3600))
    blue_size = sum(p.stat().st_size for p in posters if p != red_poster)

    removed = still_files.prune(cache, budget=red_poster.stat().st_size)

    assert sorted(cache.glob("*-poster-*.jpg")) == [red_poster]  # the blue one was older in use
    assert not legacy.exists() and not stale.exists()
    assert fresh.exists()  # a write may be under way
    assert removed == blue_size + 200
    assert still_files.prune(cache, budget=red_poster.stat().st_size) == 0  # nothing more to do
    assert still_files.prune(tmp_path / "no-cache-yet") == 0


async def test_the_window_prunes_the_stills_after_its_first_paint(window, qtbot):
    cache = window.thumbnails.cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    legacy = cache / "3.png"
    legacy.write_bytes(b"a thumbnail of an older version")
    window.tray = None
    window._finish_startup()
    qtbot.waitUntil(lambda: not legacy.exists(), timeout=5000)


def test_only_requests_for_tiles_in_view_are_kept(qapp, tmp_path):
    provider = ThumbnailProvider(tmp_path / "cache")
    with provider._queue.lock:  # no worker may start while the queue is filled
        provider._queue.workers = thumbnails.WORKERS
    for job_id in range(1, 11):
        provider.poster(job_id, str(tmp_path / f"{job_id}.mp4"))
    assert provider.pending() == 10
    provider.retain([9, 10])
    assert provider.pending() == 2
    newest = next(reversed(provider._queue.wanted))
    assert newest == (10, "poster")  # the latest painted is served first
    provider.poster(9, str(tmp_path / "9.mp4"))  # painted again: moves ahead
    assert next(reversed(provider._queue.wanted)) == (9, "poster")


def test_hover_scrub_shows_a_different_frame_at_the_left_and_the_right(view, qtbot, tmp_path):
    clip = make_changing_clip(tmp_path / "scrub.mp4", [RED, GREEN, GREEN, BLUE])
    view.model.set_jobs([done(1, clip)])
    view.set_mode("gallery")
    gallery = view.gallery
    qtbot.waitUntil(lambda: view.thumbnails.poster(1, str(clip)) is not None, timeout=10_000)
    QTest.mouseMove(gallery.viewport(), picture_point(view, 1, 0.02))
    gallery.scrub_at(picture_point(view, 1, 0.02))
    assert gallery.scrub_frame() == 0
    qtbot.waitUntil(lambda: view.thumbnails.strip(1, str(clip)) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: near(tile_pixel(view, 1, "top"), RED), timeout=5000)
    gallery.scrub_at(picture_point(view, 1, 0.98))
    assert gallery.scrub_frame() == thumbnails.STRIP_FRAMES - 1
    qtbot.waitUntil(lambda: near(tile_pixel(view, 1, "top"), BLUE), timeout=5000)
    gallery.scrub_at(QPoint(gallery.viewport().width() - 2, gallery.viewport().height() - 2))
    assert gallery.scrub_frame() is None  # off the picture: the poster again


# ---- drag out ------------------------------------------------------------------------------
def test_mime_data_has_file_urls_of_finished_videos_only(view, tmp_path):
    video = make_clip(tmp_path / "done.mp4", GREEN)
    view.model.set_jobs(
        [
            done(1, video),
            job(2, state=JobState.RUNNING),
            done(3, tmp_path / "moved-away.mp4"),
        ]
    )
    model = view.model
    index = {j: model.index(model.row_of(j), 0) for j in (1, 2, 3)}
    data = model.mimeData([index[1], index[2], index[3]])
    assert data.urls() == [QUrl.fromLocalFile(str(video.resolve()))]
    assert data.hasFormat("text/uri-list")
    assert model.mimeData([index[2]]) is None  # unfinished: nothing to drag
    assert model.mimeData([index[3]]) is None  # its file is gone
    proxied = view.proxy.mimeData([view.proxy.mapFromSource(index[1])])
    assert proxied.urls() == [QUrl.fromLocalFile(str(video.resolve()))]
    assert model.flags(index[1]) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(index[2]) & Qt.ItemFlag.ItemIsDragEnabled
    assert view.proxy.supportedDragActions() == Qt.DropAction.CopyAction  # never Move
    view.set_mode("gallery")
    for widget in (view.table, view.gallery):
        assert widget.dragEnabled()
        assert widget.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
        assert widget.defaultDropAction() == Qt.DropAction.CopyAction


def test_the_window_start_imports_neither_the_gallery_nor_pyav(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider\n"
        "from yzx_desktop.ui.jobs.view import JobsView\n"
        "view = JobsView(ThumbnailProvider()); view.show(); app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m == 'av' or m.startswith('yzx_desktop.ui.gallery')"
        " or m == 'yzx_desktop.media.stills'))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "YZX_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip() == "[]", out.stderr


def test_a_header_saved_before_take_and_tags_brings_them_in_as_new(view):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    older = QTableView()
    older.setModel(QStandardItemModel(0, 10, older))
    older.horizontalHeader().resizeSection(COL_PROMPT, 300)
    header = view.table.horizontalHeader()
    assert header.restoreState(older.horizontalHeader().saveState())
    assert header.visualIndex(COL_TAKE) == header.visualIndex(COL_PROMPT) + 1
    assert not header.isSectionHidden(COL_TAKE) and header.isSectionHidden(COL_TAGS)
    assert header.sectionsClickable()  # a click on a column still sorts
    saved = header.saveState()  # a layout of this version is restored as it was
    header.setSectionHidden(COL_TAGS, False)
    header.restoreState(saved)
    assert header.isSectionHidden(COL_TAGS)


def test_escape_empties_the_search_then_leaves_it(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider
    from yzx_desktop.ui.jobs.view import JobsView

    view = JobsView(ThumbnailProvider())
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.search.setFocus()
    QTest.keyClicks(view.search, "fox")
    QTest.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    QTest.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.table.hasFocus()


async def test_tab_from_the_view_switch_reaches_the_grid(window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.jobs.set_mode("gallery")
    window.activateWindow()
    window.jobs.gallery_button.setFocus()
    QTest.keyClick(window.jobs.gallery_button, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.jobs.gallery
