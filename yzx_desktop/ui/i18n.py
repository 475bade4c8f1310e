"""Load the Chinese or English translation (and Qt's own) for the chosen language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from yzx_desktop.paths import resources_dir

logger = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """``"system"`` follows the OS locale: Chinese for any zh locale, English otherwise."""
    if setting in ("zh_CN", "en"):
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translator(app: QApplication, setting: str) -> str:
    """Install translators for ``setting``; returns the language actually used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(setting)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English)
    )
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"yzx_desktop_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != "en":
        logger.warning("no translation file for %s", language)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    return language
