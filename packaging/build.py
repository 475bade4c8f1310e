"""Build the desktop bundle for this platform into dist/yzx-desktop/ (PyInstaller, one-folder).

Usage: ``python packaging/build.py`` with the project installed (``pip install -e ".[test]"``
brings PyInstaller). Then ``dist/yzx-desktop/yzx-desktop --self-test`` proves it works.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(dist: Path = ROOT / "dist", work: Path = ROOT / "build") -> Path:
    """Run PyInstaller; returns the bundle folder."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "yzx-desktop.spec"),
        ],
        check=True,
    )
    return dist / "yzx-desktop"


if __name__ == "__main__":
    print(build())
