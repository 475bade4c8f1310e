"""Translations: ``update`` re-extracts strings into the .ts sources, ``release`` compiles .qm.

Usage: ``python packaging/i18n.py update`` then translate in Qt Linguist
(``pyside6-linguist resources/translations/yzx_desktop_zh_CN.ts``), then
``python packaging/i18n.py release``. The compiled .qm files are committed so the app runs
from a plain checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "yzx_desktop" / "ui").rglob("*.py"))
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` beside this Python, else on PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"yzx_desktop_{language}.ts"


def update(folder: Path = TRANSLATIONS) -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *map(str, SOURCES),
                "-ts",
                str(ts_path(language, folder)),
            ],
            check=True,
            capture_output=True,
        )


def release(folder: Path = TRANSLATIONS, out: Path = TRANSLATIONS) -> list[Path]:
    produced = []
    for language in LANGUAGES:
        qm = out / f"yzx_desktop_{language}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path(language, folder)), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        produced.append(qm)
    return produced


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        for path in release():
            print(path.relative_to(ROOT))
    else:
        raise SystemExit(__doc__)
