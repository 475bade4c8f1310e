"""Bundle benchmark: size on disk of the PyInstaller one-folder bundle, PyAV's share of it,
and the size of the folder as a tar.gz.

Run: ``.venv/bin/python bench/bundle.py [BUNDLE_DIR]`` (builds into a temporary folder when
no bundle is given; a few minutes). Prints one line.
"""

from __future__ import annotations

import importlib.util
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIB = 1 << 20


def disk_bytes(folder: Path) -> int:
    """What the files occupy on disk (allocated blocks), symlinks counted once."""
    return sum(p.lstat().st_blocks * 512 for p in folder.rglob("*") if not p.is_dir())


def build(into: Path) -> Path:
    spec = importlib.util.spec_from_file_location("yzx_build", ROOT / "packaging" / "build.py")
    build_script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_script)
    return build_script.build(dist=into / "dist", work=into / "work")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="yzx-bundle-"))
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else build(work)
    total = disk_bytes(bundle)
    pyav = sum(disk_bytes(bundle / "_internal" / name) for name in ("av", "av.libs"))
    archive = work / "yzx-desktop.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname="yzx-desktop")
    print(
        f"bundle on disk: {total / MIB:.0f} MiB, of which PyAV (av + av.libs) {pyav / MIB:.0f} "
        f"MiB; without PyAV {(total - pyav) / MIB:.0f} MiB (budget <= 190); tar.gz "
        f"{archive.stat().st_size / MIB:.0f} MiB"
    )


if __name__ == "__main__":
    main()
