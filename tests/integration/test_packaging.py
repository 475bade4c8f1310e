"""The installable forms of the app: a PyInstaller bundle and a wheel, each self-tested
from a folder outside the source tree; the Linux desktop files validated."""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
SELF_TEST_STEPS = [
    "window",
    "generate",
    "job finished",
    "video file",
    "first frame",
    "continue shot",
    "scene",
    "takes",
    "gallery",
    "compare",
]


def self_test(executable: Path, cwd: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "YZX_HOME": str(cwd / "home")}
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(executable), "--self-test"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] and report["steps"] == SELF_TEST_STEPS
    return report


@pytest.mark.skipif(sys.platform != "linux", reason="CI builds the Linux bundle")
def test_bundle_self_test_from_outside_the_source_tree(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("yzx_build", ROOT / "packaging" / "build.py")
    build_script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_script)  # by path: PyPI's "build" package has the name
    bundle = build_script.build(dist=tmp_path / "dist", work=tmp_path / "work")
    moved = tmp_path / "elsewhere" / "yzx-desktop"
    shutil.move(bundle, moved)  # nothing may point back into the build or source folders
    assert (moved / "_internal" / "PySide6" / "Qt" / "plugins" / "multimedia").is_dir()
    self_test(moved / "yzx-desktop", tmp_path / "elsewhere")


def test_wheel_in_a_fresh_virtual_environment(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "whl"), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next((tmp_path / "whl").glob("*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (tmp_path / "run").mkdir()
    self_test(bin_dir / "yzx-desktop", tmp_path / "run")


def test_desktop_entry_and_metainfo_agree() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "yzx-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "yzx-desktop"
    assert (ROOT / "resources" / "icons" / f"{section['Icon']}-256.png").exists()
    assert section["Name[zh_CN]"] and section["Comment[zh_CN]"]
    metainfo = (LINUX / "yzx-desktop.metainfo.xml").read_text(encoding="utf-8")
    assert '<launchable type="desktop-id">yzx-desktop.desktop</launchable>' in metainfo
    from yzx_desktop import __version__

    assert f'<release version="{__version__}"' in metainfo


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_validates() -> None:
    subprocess.run(["desktop-file-validate", str(LINUX / "yzx-desktop.desktop")], check=True)


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / "yzx-desktop.metainfo.xml")],
        check=True,
        capture_output=True,
    )
