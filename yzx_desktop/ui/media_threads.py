"""Multimedia objects made from Python, made safe for Qt's media threads.

Qt's FFmpeg backend connects objects living on its own threads to our player, audio output and
video sink, and destroys them there. Destroying such a receiver calls the sender's
``disconnectNotify`` while it holds a signal-slot lock. For an object made from Python,
PySide's wrapper first asks Python whether the method is overridden, which needs the GIL.
When the main thread holds the GIL while it waits for that same lock (in
``QMediaPlayer.stop()``, for one), both wait forever: the compare window's close hung that way
in one test run in three on a busy machine.

PySide remembers the answer ("not overridden") after the first call of each virtual method,
and then calls Qt without the GIL. :func:`safe_for_media_threads` makes that first call of
``connectNotify`` and ``disconnectNotify`` here, on the main thread.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

_Object = TypeVar("_Object", bound=QObject)


def safe_for_media_threads(obj: _Object) -> _Object:
    """``obj`` (a QMediaPlayer, QAudioOutput or QVideoSink just made), after one connect and
    one disconnect: its notifications no longer ask Python, so no media thread waits for the
    GIL."""
    obj.objectNameChanged.connect(_ignore)
    obj.objectNameChanged.disconnect(_ignore)
    return obj


def _ignore(*_args: object) -> None:
    pass
