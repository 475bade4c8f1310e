"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox


def test_python_slots_keep_none_refcount(qapp) -> None:
    """PySide6 6.12.0 released ``None`` once per slot call: the app died after hours of use."""
    box = QCheckBox()
    box.toggled.connect(lambda _checked: None)
    before = sys.getrefcount(None)
    for i in range(2000):
        box.setChecked(i % 2 == 0)
    assert sys.getrefcount(None) >= before - 50
