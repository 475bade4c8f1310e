"""Every media object made from Python is primed for Qt's media threads (ui/media_threads.py).

The deadlock it prevents is a race (one compare-test run in three hung under load before);
these tests keep a new player, audio output or sink from skipping the priming."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import SIGNAL

import yzx_desktop
from yzx_desktop.ui.media_threads import safe_for_media_threads

MEDIA_TYPES = {"QMediaPlayer", "QAudioOutput", "QVideoSink"}
PACKAGE = Path(yzx_desktop.__file__).parent


def unprimed_media_objects(source: str) -> list[int]:
    """Lines that make a media object outside ``safe_for_media_threads(...)``."""
    tree = ast.parse(source)
    primed = {
        id(node.args[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "safe_for_media_threads"
        and node.args
    }
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in MEDIA_TYPES
        and id(node) not in primed
    ]


def test_every_media_object_made_in_the_app_is_primed() -> None:
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := unprimed_media_objects(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_check_sees_an_unprimed_one() -> None:
    assert unprimed_media_objects("player = QMediaPlayer(self)\n") == [1]
    assert unprimed_media_objects("sink = safe_for_media_threads(QVideoSink(self))\n") == []


def test_priming_leaves_no_connection_behind(qapp) -> None:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink

    for kind in (QMediaPlayer, QAudioOutput, QVideoSink):
        made = kind()
        assert safe_for_media_threads(made) is made
        assert made.receivers(SIGNAL("objectNameChanged(QString)")) == 0
