"""Join shots into one MP4: copy the streams when they match, else re-encode (PyAV, no Qt)."""

from __future__ import annotations

import errno
import logging
import math
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
from av.audio.fifo import AudioFifo
from av.audio.frame import AudioFrame
from av.audio.resampler import AudioResampler
from av.audio.stream import AudioStream
from av.container import InputContainer, OutputContainer
from av.filter import Graph
from av.video.frame import VideoFrame
from av.video.stream import VideoStream

logger = logging.getLogger(__name__)

Progress = Callable[[float], None]

X264_OPTIONS = {"crf": "18", "preset": "fast"}  # close to the source for already-lossy clips
AUDIO_LAYOUT = "stereo"
_STEP = 0.01  # report progress at most once per percent
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class SceneError(Exception):
    """Why the shots could not be joined, as a sentence for the user."""


@dataclass(frozen=True)
class _Clip:
    """What decides between copying and re-encoding, read from one input's header."""

    path: Path
    seconds: float
    video: tuple
    audio: tuple | None


def join_videos(
    paths: Sequence[Path | str],
    target: Path | str,
    progress: Progress | None = None,
    *,
    reencode: bool = False,
) -> Path:
    """Join ``paths`` back to back into the MP4 ``target`` and return ``target``.

    When every clip has the same video codec, codec parameters, size, pixel format and time
    base (and the same audio, or none), the packets are copied with their timestamps moved,
    so nothing is re-encoded. Otherwise (or with ``reencode``) video becomes H.264 yuv420p at
    the first clip's size, each other clip scaled to fit and padded with black, and when any
    clip has audio it becomes AAC stereo, a clip without audio adding silence of its length.

    The file is written next to ``target`` under a hidden name and renamed at the end, so
    ``target`` is either the whole result or untouched. ``progress`` receives fractions that
    grow by at least 0.01 each time (at most about a hundred calls), ending with 1.0.
    """
    if not paths:
        raise SceneError("There are no shots to join.")
    clips = [_probe(Path(p)) for p in paths]
    target = Path(target)
    copy = not reencode and _can_copy(clips)
    logger.info("joining %d clips into %s by %s", len(clips), target, "copy" if copy else "encode")
    report = _Reporter(progress, sum(c.seconds for c in clips))
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        with av.open(str(temporary), "w", format="mp4", options={"movflags": "+faststart"}) as out:
            (_copy if copy else _encode)(clips, out, report)
        os.replace(temporary, target)
    except OSError as exc:
        raise SceneError(_write_failure(target, exc)) from exc
    except av.FFmpegError as exc:
        raise SceneError(f"Joining the shots into {target.name} failed: {exc}.") from exc
    finally:
        temporary.unlink(missing_ok=True)
    report.finish()
    return target


def _write_failure(target: Path, exc: OSError) -> str:
    if exc.errno in _FULL:
        return f"The disk is full: {target.name} could not be written in {target.parent}."
    return f"{target.name} could not be written in {target.parent}: {exc.strerror or exc}."


def _probe(path: Path) -> _Clip:
    """The clip's length and stream parameters, or a sentence saying why it cannot be read."""
    try:
        with av.open(str(path)) as source:
            if not source.streams.video:
                raise SceneError(f"{path.name} has no video to join.")
            video = source.streams.video[0]
            audio = source.streams.audio[0] if source.streams.audio else None
            seconds = source.duration / av.time_base if source.duration else 0.0
            return _Clip(path, seconds, _video_key(video), audio and _audio_key(audio))
    except (OSError, av.FFmpegError) as exc:
        raise SceneError(f"{path.name} cannot be read as a video: {exc}.") from exc


def _video_key(stream: VideoStream) -> tuple:
    ctx = stream.codec_context
    return (
        ctx.name,
        ctx.width,
        ctx.height,
        ctx.format and ctx.format.name,
        stream.time_base,
        ctx.extradata,
    )


def _audio_key(stream: AudioStream) -> tuple:
    ctx = stream.codec_context
    return (ctx.name, ctx.sample_rate, ctx.layout.name, stream.time_base, ctx.extradata)


def _can_copy(clips: list[_Clip]) -> bool:
    return all(c.video == clips[0].video and c.audio == clips[0].audio for c in clips)


class _Reporter:
    """Turns seconds written into throttled, growing fractions for the caller's callback."""

    def __init__(self, callback: Progress | None, total: float) -> None:
        self._callback = callback
        self._total = total
        self._last = 0.0

    def at(self, seconds: float) -> None:
        if self._callback is None or self._total <= 0:
            return
        fraction = min(seconds / self._total, 0.99)
        if fraction >= self._last + _STEP:
            self._last = fraction
            self._callback(fraction)

    def finish(self) -> None:
        if self._callback is not None:
            self._callback(1.0)


def _streams(source: InputContainer) -> list:
    return [source.streams.video[0], *source.streams.audio[:1]]


def _copy(clips: list[_Clip], out: OutputContainer, report: _Reporter) -> None:
    """Remux: every packet as it is, each clip moved to start where the previous one ended."""
    with av.open(str(clips[0].path)) as first:
        outputs = [out.add_stream_from_template(s, opaque=True) for s in _streams(first)]
    elapsed = Fraction(0)  # where the next clip starts, in seconds
    last_dts: list[int | None] = [None] * len(outputs)
    for clip in clips:
        with av.open(str(clip.path)) as source:
            inputs = _streams(source)
            position = {s.index: i for i, s in enumerate(inputs)}
            start = min(Fraction(s.start_time or 0) * s.time_base for s in inputs)
            shifts: list[int | None] = [None] * len(inputs)
            end = elapsed
            for packet in source.demux(inputs):
                if packet.dts is None:
                    continue
                index = position[packet.stream.index]
                base = packet.time_base
                if elapsed and _priming(packet, start):
                    continue
                if shifts[index] is None:
                    shift = round((elapsed - start) / base)
                    previous = last_dts[index]
                    if previous is not None and packet.dts + shift <= previous:
                        shift = previous + 1 - packet.dts  # never let decode order go back
                    shifts[index] = shift
                packet.dts += shifts[index]
                packet.pts = packet.dts if packet.pts is None else packet.pts + shifts[index]
                last_dts[index] = packet.dts
                end = max(end, (packet.pts + (packet.duration or 0)) * base)
                report.at(float(packet.pts * base))
                packet.stream = outputs[index]
                out.mux(packet)
            elapsed = end


def _priming(packet: av.Packet, start: Fraction) -> bool:
    """An audio packet that ends before its clip starts: the encoder's priming, which the clip's
    edit list hides. After the first clip it would overlap the previous one, so it is left out
    (the decoder starts that clip's sound without it, a few milliseconds of a softer edge)."""
    ends = (packet.pts if packet.pts is not None else packet.dts) + (packet.duration or 0)
    return packet.stream.type == "audio" and ends * packet.time_base <= start


def _encode(clips: list[_Clip], out: OutputContainer, report: _Reporter) -> None:
    """Decode every clip and encode one H.264 (and AAC) stream at the first clip's size."""
    with av.open(str(clips[0].path)) as first:
        template = first.streams.video[0]
        rate = template.average_rate or template.guessed_rate or Fraction(25)
        width, height = max(2, template.width // 2 * 2), max(2, template.height // 2 * 2)
    video = out.add_stream("libx264", rate=rate, options=dict(X264_OPTIONS))
    video.width, video.height, video.pix_fmt = width, height, "yuv420p"
    sample_rate = next((c.audio[1] for c in clips if c.audio), None)
    audio = _Audio(out, sample_rate) if sample_rate else None
    frame_base = Fraction(1) / rate
    elapsed = Fraction(0)
    last_pts = -1
    for clip in clips:
        with av.open(str(clip.path)) as source:
            stream = source.streams.video[0]
            stream.thread_type = "AUTO"
            inputs = _streams(source) if audio else [stream]
            fit = _Fit(stream, width, height)
            if audio is not None:
                audio.begin_clip()
            start: Fraction | None = None
            end = elapsed
            step = Fraction(1) / (stream.average_rate or rate)
            for packet in source.demux(inputs):
                for frame in packet.decode():
                    if isinstance(frame, AudioFrame):
                        audio.write(frame)
                        continue
                    time = frame.pts * frame.time_base
                    length = frame.duration * frame.time_base or step
                    start = time if start is None else start
                    at = elapsed + time - start
                    end = max(end, at + length)
                    report.at(float(at))
                    pts = math.ceil(at / frame_base - Fraction(1, 2))  # nearest, ties down
                    if pts <= last_pts:
                        continue  # a clip of a higher frame rate: this frame falls between two
                    last_pts = pts
                    picture = fit(frame)
                    picture.pts, picture.time_base = pts, frame_base
                    out.mux(video.encode(picture))
            if audio is not None:
                audio.end_clip(end)
            elapsed = end
    out.mux(video.encode(None))
    if audio is not None:
        audio.flush()


class _Fit:
    """Scales a clip's frames to fit the output size, pads them with black, makes yuv420p."""

    def __init__(self, stream: VideoStream, width: int, height: int) -> None:
        self._graph: Graph | None = None
        if (stream.width, stream.height) == (width, height):
            return
        self._graph = Graph()
        self._graph.link_nodes(
            self._graph.add_buffer(template=stream),
            self._graph.add("scale", f"{width}:{height}:force_original_aspect_ratio=decrease"),
            self._graph.add("pad", f"{width}:{height}:(ow-iw)/2:(oh-ih)/2:black"),
            self._graph.add("setsar", "1"),
            self._graph.add("format", "yuv420p"),
            self._graph.add("buffersink"),
        ).configure()

    def __call__(self, frame: VideoFrame) -> VideoFrame:
        if self._graph is None:
            return frame if frame.format.name == "yuv420p" else frame.reformat(format="yuv420p")
        self._graph.push(frame)
        return self._graph.pull()


class _Audio:
    """One AAC track: each clip's sound cut or padded with silence to the clip's length."""

    def __init__(self, out: OutputContainer, sample_rate: int) -> None:
        self._stream = out.add_stream("aac", rate=sample_rate, layout=AUDIO_LAYOUT)
        self._out = out
        self._rate = sample_rate
        self._queue = AudioFifo()
        self._samples = 0  # queued so far
        self._encoded = 0  # sent to the encoder so far
        self.begin_clip()

    def begin_clip(self) -> None:
        self._clip = AudioFifo()  # the current clip's sound, as the output's sample format
        self._resampler = AudioResampler("fltp", AUDIO_LAYOUT, self._rate)

    def write(self, frame: AudioFrame | None) -> None:
        """Keep ``frame`` (``None``: what the resampler still holds) for the current clip."""
        for chunk in self._resampler.resample(frame):
            chunk.pts = None  # the output's timing comes from the video, not the source's
            self._clip.write(chunk)

    def end_clip(self, until: Fraction) -> None:
        """Queue the clip's sound up to the time ``until``, cut, or with silence if short."""
        self.write(None)
        wanted = round(until * self._rate) - self._samples
        if wanted <= 0:
            return
        if self._clip.samples:
            taken = self._clip.read(min(wanted, self._clip.samples))
            self._queue.write(taken)
            wanted -= taken.samples
        if wanted > 0:
            self._queue.write(_silence(wanted, self._rate))
        self._samples = round(until * self._rate)
        self._drain(partial=False)

    def flush(self) -> None:
        self._drain(partial=True)
        self._out.mux(self._stream.encode(None))

    def _drain(self, partial: bool) -> None:
        size = self._stream.codec_context.frame_size or 1024
        for frame in self._queue.read_many(size, partial=partial):
            frame.pts, frame.time_base = self._encoded, Fraction(1, self._rate)
            self._encoded += frame.samples
            self._out.mux(self._stream.encode(frame))


def _silence(samples: int, sample_rate: int) -> AudioFrame:
    frame = AudioFrame(format="fltp", layout=AUDIO_LAYOUT, samples=samples)
    frame.sample_rate = sample_rate
    for plane in frame.planes:
        plane.update(bytes(plane.buffer_size))
    return frame
