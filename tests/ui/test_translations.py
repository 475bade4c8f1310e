"""Every user-visible string has a Chinese translation, and the window shows it unclipped."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from tests.ui.conftest import close_window, open_window

# packaging/ is a folder of scripts; its name would shadow PyPI's "packaging" as a package.
_spec = importlib.util.spec_from_file_location(
    "yzx_i18n", Path(__file__).resolve().parents[2] / "packaging" / "i18n.py"
)
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)

UI = Path(i18n.ROOT) / "yzx_desktop" / "ui"


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The committed .ts files after a new pyside6-lupdate over today's sources."""
    folder = tmp_path_factory.mktemp("ts")
    for language in i18n.LANGUAGES:
        shutil.copy(i18n.ts_path(language), folder)
    i18n.update(folder)
    return folder


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_string_is_left_untranslated(fresh_ts: Path, language: str) -> None:
    unfinished = [
        m.findtext("source")
        for m in messages(i18n.ts_path(language, fresh_ts))
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == [], f"run packaging/i18n.py update and translate: {unfinished}"


def _literal_tr_calls() -> set[str]:
    """String literals passed to tr() or translate() anywhere in the UI, f-strings included."""
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant):
                found.add(args[0].value)
            if (
                node.func.attr == "translate"
                and len(args) > 1
                and isinstance(args[1], ast.Constant)
            ):
                found.add(args[1].value)
    return found


def test_every_tr_call_reaches_the_translation_files(fresh_ts: Path) -> None:
    """lupdate cannot see inside f-strings; this catches strings it silently skipped."""
    sources = {m.findtext("source") for m in messages(i18n.ts_path("zh_CN", fresh_ts))}
    assert _literal_tr_calls() - sources == set()


def test_compiled_qm_files_are_current(tmp_path: Path) -> None:
    built = i18n.release(out=tmp_path)
    for qm in built:
        assert qm.read_bytes() == (i18n.TRANSLATIONS / qm.name).read_bytes(), (
            f"{qm.name} is stale: run packaging/i18n.py release"
        )


@pytest.mark.parametrize(("language", "file_menu"), [("zh_CN", "文件(&F)"), ("en", "&File")])
async def test_window_speaks_the_language_without_clipping(
    qapp, relay, yzx_home, monkeypatch, language, file_menu
) -> None:
    from yzx_desktop.ui.i18n import install_translator

    install_translator(QApplication.instance(), language)
    window = await open_window(relay, yzx_home, monkeypatch)
    try:
        assert window.file_menu.title() == file_menu
        clipped = []
        for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
            if not widget.isVisibleTo(window) or (isinstance(widget, QLabel) and widget.wordWrap()):
                continue
            if widget.width() < widget.minimumSizeHint().width():
                clipped.append((type(widget).__name__, widget.text(), widget.width()))
        assert clipped == []
    finally:
        await close_window(window)
        install_translator(QApplication.instance(), "en")
