"""Real MP4 clips made in the test: solid colours, optionally a sine tone, read back by PyAV."""

from __future__ import annotations

import array
import math
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
from PIL import Image

SAMPLE_RATE = 48_000


def make_clip(
    path: Path,
    colour: tuple[int, int, int],
    *,
    size: tuple[int, int] = (320, 180),
    seconds: int = 1,
    fps: int = 10,
    tone_hz: float | None = None,
) -> Path:
    """An H.264 clip of one colour; with ``tone_hz``, an AAC sine tone of the same length."""
    with av.open(str(path), "w", format="mp4") as container:
        video = container.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = *size, "yuv420p"
        audio = container.add_stream("aac", rate=SAMPLE_RATE, layout="stereo") if tone_hz else None
        picture = Image.new("RGB", size, colour)
        for index in range(seconds * fps):
            frame = av.VideoFrame.from_image(picture)
            frame.pts = index
            container.mux(video.encode(frame))
        container.mux(video.encode(None))
        if audio is not None and tone_hz:
            total, done = SAMPLE_RATE * seconds, 0
            while done < total:
                count = min(1024, total - done)
                frame = av.AudioFrame(format="fltp", layout="stereo", samples=count)
                frame.sample_rate, frame.pts = SAMPLE_RATE, done
                wave = array.array(
                    "f",
                    (
                        0.3 * math.sin(2 * math.pi * tone_hz * (done + i) / SAMPLE_RATE)
                        for i in range(count)
                    ),
                )
                for plane in frame.planes:
                    plane.update(wave.tobytes())
                container.mux(audio.encode(frame))
                done += count
            container.mux(audio.encode(None))
    return path


@dataclass
class Decoded:
    """What a player would get from a file."""

    seconds: float
    codecs: dict[str, str]
    size: tuple[int, int]
    frame_times: list[float]
    centres: list[tuple[int, int, int]]  # each frame's colour at its centre
    corners: list[tuple[int, int, int]]  # and near its top-left corner
    audio_rms: list[float]  # loudness of each second of the first audio track


def decode(path: Path) -> Decoded:
    with av.open(str(path)) as container:
        codecs = {s.type: s.codec_context.name for s in container.streams}
        seconds = container.duration / av.time_base
        stream = container.streams.video[0]
        size = (stream.width, stream.height)
        times, centres, corners = [], [], []
        for frame in container.decode(video=0):
            image = frame.to_image()
            times.append(float(frame.time))
            centres.append(image.getpixel((image.width // 2, image.height // 2)))
            corners.append(image.getpixel((4, 4)))
    return Decoded(seconds, codecs, size, times, centres, corners, _loudness(path))


def _loudness(path: Path) -> list[float]:
    squares: dict[int, list[float]] = {}
    with av.open(str(path)) as container:
        if not container.streams.audio:
            return []
        resampler = av.AudioResampler("flt", "mono", SAMPLE_RATE)
        for frame in container.decode(audio=0):
            for mono in resampler.resample(frame):
                start = mono.pts * Fraction(1, SAMPLE_RATE)
                for i, value in enumerate(array.array("f", bytes(mono.planes[0]))[: mono.samples]):
                    second = int(start + Fraction(i, SAMPLE_RATE))
                    squares.setdefault(second, []).append(value * value)
    return [math.sqrt(sum(v) / len(v)) for _, v in sorted(squares.items())]


def packet_bytes(path: Path) -> dict[str, list[bytes]]:
    """Every packet's payload, by stream type, in file order."""
    payloads: dict[str, list[bytes]] = {}
    with av.open(str(path)) as container:
        for packet in container.demux():
            if packet.size:
                payloads.setdefault(packet.stream.type, []).append(bytes(packet))
    return payloads
