"""Settings, first-run and About dialogs, offscreen against the simulated relay."""

from __future__ import annotations

import json
import stat

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from tests.conftest import TOKEN
from tests.ui.conftest import until
from yzx_desktop import __version__
from yzx_desktop.credentials import TokenSource, load_token
from yzx_desktop.settings import Settings, load_settings, settings_file
from yzx_desktop.ui.dialogs.about import show_about
from yzx_desktop.ui.dialogs.first_run import DEMO_RESULT, FirstRunDialog
from yzx_desktop.ui.dialogs.settings import SettingsDialog


async def test_about_names_versions_and_log_folder(window, qtbot):
    box = show_about(window)
    qtbot.addWidget(box)
    text = box.text()
    assert __version__ in text and qVersion() in text and PySide6.__version__ in text
    assert "file://" in text and "logs" in text
    box.close()


async def test_settings_dialog_saves_everything_but_the_token(qtbot, relay, yzx_home):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.base_edit.setText(relay.base_url + "/")
    dialog.token_edit.setText(TOKEN)
    dialog.library_edit.setText(str(yzx_home / "my-videos"))
    dialog.template_edit.setText("{model}_{prompt}")
    dialog.interval_min.setValue(20)
    dialog.interval_max.setValue(10)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert "veo_3_1-fast_A-cat-walking" in dialog.template_preview.text()
    await dialog._test()
    assert "Connected" in dialog.test_result.text()
    dialog._accept()
    from yzx_desktop.settings import save_settings

    save_settings(dialog.result_settings())
    saved = load_settings()
    assert saved.base_url == relay.base_url and saved.language == "zh_CN"
    assert (saved.poll_interval_min, saved.poll_interval_max) == (10, 20)
    assert (yzx_home / "my-videos").is_dir()
    assert TOKEN not in settings_file().read_text(encoding="utf-8")
    info = load_token()
    assert info.token == TOKEN and info.source is TokenSource.FILE
    token_file = yzx_home / "config" / "token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    again = SettingsDialog(saved)
    qtbot.addWidget(again)
    assert "No system keyring" in again.token_where.text()


async def test_connection_test_says_what_is_wrong_for_a_person(qtbot, relay):
    from tests.ui.conftest import until

    dialog = FirstRunDialog(Settings(base_url=relay.base_url))
    qtbot.addWidget(dialog)
    dialog.show()

    async def test_with(base_url: str, token: str) -> str:
        dialog.base_edit.setText(base_url)
        dialog.token_edit.setText(token)
        dialog.status.clear()
        dialog.test_button.click()
        await until(lambda: dialog.status.text() not in ("", "Testing…"))
        return dialog.status.text()

    text = await test_with(relay.base_url, "wrong")
    assert text.startswith("The relay refused the token") and "video group" in text
    assert "The relay said: 无效的令牌" in text and text.count("refused the token") == 1
    assert "https://" in await test_with("ftp://nowhere", "x")
    assert "https://" in await test_with("127.0.0.1:9/v1", "x")  # no scheme: said at once
    refused = await test_with("http://127.0.0.1:9/v1", "x")
    assert refused.startswith("127.0.0.1:9 refused the connection") and "Base URL" in refused
    assert "ConnectError" not in refused
    dns = await test_with("http://no-such-host.invalid/v1", "x")
    assert "no-such-host.invalid could not be found" in dns
    assert dialog.status.width() >= dialog.status.minimumSizeHint().width()


async def test_first_run_demo_choice(qtbot):
    dialog = FirstRunDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.demo_button.click()
    await until(lambda: not dialog.isVisible())
    assert dialog.result() == DEMO_RESULT


async def test_first_run_says_that_escape_quits(qtbot):
    dialog = FirstRunDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.quit_button.text().replace("&", "") == "Quit"
    assert "Esc" in dialog.quit_button.toolTip()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    await until(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected


async def test_geometry_is_remembered(window, relay, yzx_home, monkeypatch):
    from tests.ui.conftest import close_window, open_window

    total = sum(window.main_splitter.sizes())
    window.main_splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
    wanted = window.main_splitter.sizes()[0]
    window.close()
    saved = json.loads(settings_file().read_text(encoding="utf-8"))
    assert saved["window_geometry"] and saved["splitter_state"]
    second = await open_window(relay, yzx_home, monkeypatch)
    try:
        second.session.settings = load_settings()
        second._restore_geometry()
        assert second.main_splitter.sizes()[0] == wanted
    finally:
        await close_window(second)


def test_details_word_options_as_the_compose_panel_and_lay_out_raw_answers(qtbot):
    from yzx_desktop.jobs.model import Job
    from yzx_desktop.profiles.catalog import Catalog
    from yzx_desktop.ui.dialogs.job_details import JobDetailsDialog

    profile = Catalog.load().by_id("veo")
    job = Job(
        "veo_3_1-fast",
        "p",
        family="veo",
        options={"generateAudio": True},
        error_detail='HTTP 400 from the relay\n{"error": {"message": "bad", "code": 7}}',
        take_set="s",
        take_index=2,
        starred=True,
        tags=["night"],
    )
    dialog = JobDetailsDialog(job, profile=profile)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    label = next(o for o in profile.options if o.id == "generateAudio").label("en")
    assert f"\n{label}\nYes\n" in text  # table cells, one per line
    assert "generateAudio" not in text
    assert '\n  "error": {\n' in text  # indented, not one line
    assert "2 of a set" in text and "★ night" in text


def test_a_bad_price_is_said_under_its_field_and_changes_nothing(qtbot):
    settings = Settings(library_dir="/tmp/keep")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.library_edit.setText("/tmp/changed")
    dialog.prices_edit.setText("kling-v1-6 = cheap")
    dialog._accept()
    assert dialog.isVisible() and dialog.prices_problem.isVisible()
    assert "model = USD" in dialog.prices_problem.text()
    assert dialog.prices_problem.y() > dialog.prices_edit.y()
    assert dialog._settings.library_dir == "/tmp/keep"  # nothing half-applied
    assert not dialog.test_result.text()
