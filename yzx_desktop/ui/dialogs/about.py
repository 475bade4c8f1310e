"""The About dialog: version, Qt and PySide6 versions, where the logs are."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from yzx_desktop import APP_NAME, __version__
from yzx_desktop.logs import log_file


def about_text() -> str:
    logs = QUrl.fromLocalFile(str(log_file().parent)).toString()
    return (
        QCoreApplication.translate(
            "About",
            "<h3>%1 %2</h3><p>Turn a text prompt into a video on an OpenAI-compatible relay."
            '</p><p>Qt %3 · PySide6 %4</p><p><a href="%5">Open the log folder</a></p>',
        )
        .replace("%1", APP_NAME)
        .replace("%2", __version__)
        .replace("%3", qVersion())
        .replace("%4", PySide6.__version__)
        .replace("%5", logs)
    )


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About %1").replace("%1", APP_NAME))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
