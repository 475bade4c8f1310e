"""Joining shots on real MP4s: copied when they match, re-encoded when not, never half a file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.clips import decode, make_clip, packet_bytes
from yzx_desktop.media.scenes import SceneError, join_videos

RED, GREEN, BLUE, YELLOW = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0)


def near(colour: tuple[int, int, int], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(colour, expected, strict=True))


@pytest.fixture
def rgb(tmp_path: Path) -> list[Path]:
    """Three 1 s clips at 10 fps, 320x180: red, green, blue."""
    return [
        make_clip(tmp_path / f"{name}.mp4", colour)
        for name, colour in (("red", RED), ("green", GREEN), ("blue", BLUE))
    ]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_matching_clips_are_copied_back_to_back(rgb: list[Path], tmp_path: Path) -> None:
    seen: list[float] = []
    target = join_videos(rgb, tmp_path / "scene.mp4", seen.append)

    assert target == tmp_path / "scene.mp4"
    joined = decode(target)
    assert joined.seconds == pytest.approx(3.0, abs=0.05)
    assert joined.codecs == {"video": "h264"} and joined.size == (320, 180)
    assert joined.frame_times == pytest.approx([i / 10 for i in range(30)])
    for index, colour in ((0, RED), (9, RED), (10, GREEN), (19, GREEN), (20, BLUE), (29, BLUE)):
        assert near(joined.centres[index], colour), index
    # copied, not re-encoded: the very same compressed frames, in order
    assert packet_bytes(target)["video"] == [b for p in rgb for b in packet_bytes(p)["video"]]
    assert seen == sorted(seen) and len(set(seen)) == len(seen) and seen[-1] == 1.0
    assert len(seen) <= 101 and leftovers(tmp_path) == []


def test_clips_with_sound_are_copied_with_it_in_step(tmp_path: Path) -> None:
    clips = [
        make_clip(tmp_path / f"{i}.mp4", colour, tone_hz=hz)
        for i, (colour, hz) in enumerate(((RED, 220), (GREEN, 440), (BLUE, 880)))
    ]
    joined_path = join_videos(clips, tmp_path / "scene.mp4")

    joined = decode(joined_path)
    assert joined.codecs == {"video": "h264", "audio": "aac"}
    assert joined.seconds == pytest.approx(3.0, abs=0.01)
    assert joined.frame_times == pytest.approx([i / 10 for i in range(30)])
    copied = packet_bytes(joined_path)
    sounds = [packet_bytes(p)["audio"] for p in clips]
    # the AAC priming packet before each later clip's start would overlap the previous clip
    assert copied["audio"] == sounds[0] + sounds[1][1:] + sounds[2][1:]
    assert copied["video"] == [b for p in clips for b in packet_bytes(p)["video"]]
    assert all(r > 0.15 for r in joined.audio_rms[:3])


def test_a_clip_of_another_size_is_scaled_into_the_first_ones_frame(
    rgb: list[Path], tmp_path: Path
) -> None:
    square = make_clip(tmp_path / "square.mp4", YELLOW, size=(240, 240))
    seen: list[float] = []
    target = join_videos([*rgb, square], tmp_path / "scene.mp4", seen.append)

    joined = decode(target)
    assert joined.size == (320, 180) and joined.codecs == {"video": "h264"}
    assert joined.seconds == pytest.approx(4.0, abs=0.05) and len(joined.frame_times) == 40
    assert joined.frame_times == pytest.approx([i / 10 for i in range(40)])
    for index, colour in ((9, RED), (10, GREEN), (19, GREEN), (20, BLUE), (29, BLUE)):
        assert near(joined.centres[index], colour) and near(joined.corners[index], colour)
    # the square clip keeps its shape: yellow in the middle, black bars at the sides
    assert near(joined.centres[30], YELLOW) and near(joined.centres[39], YELLOW)
    assert near(joined.corners[30], (0, 0, 0))
    inputs = {b for p in [*rgb, square] for b in packet_bytes(p)["video"]}
    assert not inputs & set(packet_bytes(target)["video"])  # every frame was encoded again
    assert seen == sorted(seen) and seen[-1] == 1.0 and leftovers(tmp_path) == []


def test_sound_of_one_clip_gets_silence_around_it(rgb: list[Path], tmp_path: Path) -> None:
    singing = make_clip(tmp_path / "singing.mp4", YELLOW, tone_hz=440)
    joined = decode(join_videos([rgb[0], singing, rgb[1]], tmp_path / "scene.mp4"))

    assert joined.codecs == {"video": "h264", "audio": "aac"}
    assert joined.seconds == pytest.approx(3.0, abs=0.1) and len(joined.frame_times) == 30
    quiet, loud, after = joined.audio_rms[:3]
    assert quiet < 0.01 and loud > 0.15 and after < 0.01, joined.audio_rms
    assert near(joined.centres[10], YELLOW) and near(joined.centres[20], GREEN)


def test_a_clip_of_a_higher_frame_rate_keeps_its_length(rgb: list[Path], tmp_path: Path) -> None:
    fast = make_clip(tmp_path / "fast.mp4", YELLOW, fps=20)
    joined = decode(join_videos([rgb[0], fast], tmp_path / "scene.mp4"))

    assert joined.seconds == pytest.approx(2.0, abs=0.1)
    assert joined.frame_times == pytest.approx([i / 10 for i in range(20)])
    assert near(joined.centres[9], RED) and near(joined.centres[10], YELLOW)


def test_reencode_can_be_asked_for_matching_clips(rgb: list[Path], tmp_path: Path) -> None:
    target = join_videos(rgb, tmp_path / "scene.mp4", reencode=True)

    joined = decode(target)
    assert len(joined.frame_times) == 30 and joined.seconds == pytest.approx(3.0, abs=0.05)
    assert packet_bytes(target)["video"] != [b for p in rgb for b in packet_bytes(p)["video"]]


def test_nothing_to_join_or_unreadable_shots_say_so(rgb: list[Path], tmp_path: Path) -> None:
    target = tmp_path / "scene.mp4"
    target.write_bytes(b"the previous export")
    not_video = tmp_path / "notes.mp4"
    not_video.write_text("not a video")
    missing = tmp_path / "gone.mp4"

    with pytest.raises(SceneError, match="no shots"):
        join_videos([], target)
    with pytest.raises(SceneError, match=r"notes\.mp4 cannot be read"):
        join_videos([rgb[0], not_video], target)
    with pytest.raises(SceneError, match=r"gone\.mp4 cannot be read"):
        join_videos([missing, rgb[0]], target)
    with pytest.raises(SceneError, match="could not be written"):
        join_videos(rgb, tmp_path / "no-such-folder" / "scene.mp4")
    assert target.read_bytes() == b"the previous export" and leftovers(tmp_path) == []


@pytest.mark.parametrize("reencode", [False, True])
def test_a_full_disk_leaves_no_partial_file(rgb: list[Path], tmp_path: Path, reencode) -> None:
    """The joining runs in a process whose files may not grow past 3 kB (RLIMIT_FSIZE): every
    write beyond fails with EFBIG, as a full disk fails with ENOSPC."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "scene.mp4").write_bytes(b"the previous export")
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (3000, 3000))
        from yzx_desktop.media.scenes import SceneError, join_videos
        try:
            join_videos({[str(p) for p in rgb]!r}, {str(out / "scene.mp4")!r}, reencode={reencode})
        except SceneError as exc:
            print(exc)
            sys.exit(3)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)

    assert result.returncode == 3, result.stderr
    assert result.stdout.strip() == f"The disk is full: scene.mp4 could not be written in {out}."
    assert sorted(p.name for p in out.iterdir()) == ["scene.mp4"]
    assert (out / "scene.mp4").read_bytes() == b"the previous export"
