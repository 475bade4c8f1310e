"""Build the desktop bundle for this platform into dist/yzx-desktop/ (PyInstaller, one-folder).

Usage: ``python packaging/build.py`` with the project installed (``pip install -e ".[test]"``
brings PyInstaller). Then ``dist/yzx-desktop/yzx-desktop --self-test`` proves it works.
"""

from __future__ import annotations

import shutil
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
    bundle = dist / "yzx-desktop"
    strip_symbols(bundle)
    return bundle


def strip_symbols(bundle: Path) -> None:
    """Remove debug sections and symbol tables from the bundled libraries that still carry
    them (libpython alone has 18 MB). Stripped ones are left alone: stripping Qt's FFmpeg
    libraries again makes them unloadable ("ELF load command ... not page-aligned")."""
    if sys.platform != "linux" or not shutil.which("strip"):
        return
    for path in bundle.rglob("*.so*"):
        if path.is_file() and not path.is_symlink() and b".symtab" in path.read_bytes():
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)


if __name__ == "__main__":
    print(build())
