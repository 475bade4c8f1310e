"""Command line: the GUI by default, plus headless generate / jobs / resume / models / scenes."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from yzx_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    import argparse

    from yzx_desktop.jobs.spend import Estimate

logger = logging.getLogger(__name__)


WINDOW_FLAGS = ("--demo", "--self-test")  # all the window takes: read without argparse


def _parser() -> argparse.ArgumentParser:
    """The whole command line: the window's options and the commands."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="yzx-desktop", description=f"{APP_NAME}: text prompt → video on a relay."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on the built-in simulated relay (no token, no cost)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run one demo generation in the window end to end, print a JSON report and exit",
    )
    sub = parser.add_subparsers(dest="command")

    gen = sub.add_parser("generate", help="submit one job, wait, download, print the file path")
    gen.add_argument("--prompt", required=True)
    gen.add_argument("--model", required=True)
    gen.add_argument("--duration", type=int, help="seconds (default: the model's default)")
    gen.add_argument("--size", help="WIDTHxHEIGHT, e.g. 1280x720; mapped for each model family")
    gen.add_argument("--aspect", metavar="W:H", help="aspect ratio, e.g. 16:9")
    gen.add_argument("--resolution", help="e.g. 720p or 1080p")
    gen.add_argument("--seed", type=int)
    gen.add_argument(
        "--image",
        action="append",
        default=[],
        metavar="ROLE=PATH",
        help="an input image; ROLE is first, last or ref (repeat --image for several)",
    )
    gen.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a model option from 'models --json' (e.g. generate_audio=false, mode=pro)",
    )
    gen.add_argument(
        "--max-cost",
        type=float,
        metavar="USD",
        help="refuse, before anything is sent, when the estimated price is above USD (or unknown)",
    )
    gen.add_argument(
        "--takes", type=int, default=1, metavar="N", help="N takes (1-8), each with its own seed"
    )
    gen.add_argument(
        "--sweep-model",
        action="append",
        default=[],
        metavar="MODEL",
        help="make the takes with each of these models too (repeat; up to 4 in all)",
    )
    gen.add_argument(
        "--sweep-duration",
        action="append",
        default=[],
        type=int,
        metavar="S",
        help="make the takes at each of these durations (repeat; up to 4)",
    )
    gen.add_argument("--out", type=Path, help="folder for the video (default: the library)")
    gen.add_argument("--poll-interval", type=float, metavar="S")
    gen.add_argument(
        "--timeout",
        type=float,
        metavar="S",
        help="stop waiting after S seconds (the job stays tracked for 'resume')",
    )

    jobs = sub.add_parser("jobs", help="list the stored jobs")
    jobs.add_argument("--json", action="store_true")

    balance = sub.add_parser("balance", help="what is left on the token, as the relay reports it")
    balance.add_argument("--json", action="store_true")

    resume = sub.add_parser("resume", help="carry every unfinished job to its end")
    resume.add_argument("--poll-interval", type=float, metavar="S")
    resume.add_argument(
        "--stopped",
        action="store_true",
        help="also track again the stopped jobs that have a task id (nothing is created)",
    )

    models = sub.add_parser("models", help="list the relay's video models")
    models.add_argument(
        "--json", action="store_true", help="with each model's family and capabilities"
    )

    scene = sub.add_parser(
        "export-scene", help="join the chain of continued shots that holds a job into one MP4"
    )
    scene.add_argument("job_id", type=int, metavar="JOB_ID")
    scene.add_argument("--out", type=Path, required=True, metavar="FILE.mp4")

    demo = sub.add_parser("demo-server", help="run the simulated relay in the foreground")
    demo.add_argument("--port", type=int, default=8765)
    demo.add_argument("--queue-seconds", type=float, default=2.0)
    demo.add_argument("--run-seconds", type=float, default=6.0)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from yzx_desktop.logs import setup_logging

    if set(argv) <= set(WINDOW_FLAGS):  # the window: no parser to build on its way to the screen
        setup_logging(rotate=False)  # the window rotates the log after its first paint
        from yzx_desktop.ui.app import run_gui

        return run_gui(demo="--demo" in argv, self_test="--self-test" in argv)
    args = _parser().parse_args(argv)
    setup_logging()
    if args.command is None:
        from yzx_desktop.ui.app import run_gui

        return run_gui(demo=args.demo, self_test=args.self_test)
    handlers = {
        "generate": _generate,
        "jobs": _jobs,
        "resume": _resume,
        "balance": _balance,
        "models": _models,
        "export-scene": _export_scene,
        "demo-server": _demo_server,
    }
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("Interrupted. Unfinished jobs are kept; run 'yzx-desktop resume'.", file=sys.stderr)
        return 130


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


_ROLES = {"first": "first", "last": "last", "ref": "reference", "reference": "reference"}


def _parse_images(values: list[str]) -> tuple:
    from yzx_desktop.api.types import ImageInput

    images = []
    for value in values:
        role, sep, path = value.partition("=")
        if not sep or role.strip().lower() not in _ROLES or not path.strip():
            raise ValueError(f"--image {value!r}: use first=PATH, last=PATH or ref=PATH")
        images.append(ImageInput(_ROLES[role.strip().lower()], str(Path(path).expanduser())))
    return tuple(images)


def _parse_options(values: list[str]) -> dict:
    options: dict = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--option {value!r}: use KEY=VALUE")
        lowered = text.strip().lower()
        options[key.strip()] = (
            lowered in ("1", "true", "yes", "on")
            if lowered in ("1", "0", "true", "false", "yes", "no", "on", "off")
            else text
        )
    return options


def _generate(args: argparse.Namespace) -> int:
    import asyncio  # not on the window's way to its first paint

    from yzx_desktop.api.types import CreateRequest
    from yzx_desktop.jobs.model import JobState
    from yzx_desktop.profiles.request_body import RequestRefused
    from yzx_desktop.runtime import open_runtime

    try:
        request = CreateRequest(
            args.model,
            args.prompt,
            args.duration,
            args.size,
            args.seed,
            resolution=args.resolution,
            ratio=args.aspect,
            options=_parse_options(args.option),
            images=_parse_images(args.image),
        )
    except ValueError as exc:
        return _fail(str(exc))

    async def run() -> int:
        async with open_runtime(poll_interval=args.poll_interval) as rt:
            if rt.token is None:
                return _fail("no token: set YZX_API_KEY or save one in the app's settings")
            profile = rt.engine.catalog.resolve(request.model)
            if profile is None:
                print(f"note: unknown model {request.model}: sent as typed", file=sys.stderr)
            elif request.seed is not None and not profile.supports_seed:
                print(f"note: {profile.name} does not read a seed; it is not sent", file=sys.stderr)
            await rt.spend.refresh_prices()
            requests = _takes(request, args, rt.engine.catalog)
            if isinstance(requests, str):
                return _fail(requests)
            estimates = [rt.spend.estimate_for(r) for r in requests]
            for estimate in estimates:
                if refusal := _over_max_cost(estimate, args.max_cost):
                    return _fail(refusal)
            usds = [e.usd for e in estimates]
            try:
                if len(requests) == 1:
                    jobs = [rt.engine.submit(request, output_dir=args.out, estimate_usd=usds[0])]
                else:
                    jobs = rt.engine.submit_takes(requests, output_dir=args.out, estimates=usds)
            except RequestRefused as exc:
                return _fail(" ".join(exc.problems) + " Nothing was sent.")
            ids = {job.id for job in jobs}
            for job, estimate in zip(jobs, estimates, strict=True):
                print(f"job {job.id} submitted to {rt.client.base_url}", file=sys.stderr)
                print(f"  estimate: {_usd(estimate.usd)} ({estimate.basis})", file=sys.stderr)
            rt.engine.subscribe(lambda j: j.id in ids and _print_progress(j))
            waits = asyncio.gather(*(rt.engine.wait(job.id) for job in jobs))
            try:
                await asyncio.wait_for(waits, args.timeout)
            except TimeoutError:
                return _fail(
                    f"timed out after {args.timeout:g} s; job(s) {_ids(jobs)} still "
                    "tracked: run 'yzx-desktop resume' to finish them"
                )
            await rt.spend.drain()  # the charges, read as the jobs ended
            failures = 0
            for job in jobs:
                final = rt.store.get(job.id)
                if final.cost_usd is not None:
                    print(f"  job {final.id} charged: {_usd(final.cost_usd)}", file=sys.stderr)
                if final.state is JobState.DONE:
                    print(final.file_path)
                else:
                    failures += 1
                    which = f"job {final.id} " if len(jobs) > 1 else ""
                    _fail(f"{which}{final.state.value}: {_story(final)}".rstrip(": "))
            return 1 if failures else 0

    return asyncio.run(run())


def _ids(jobs) -> str:
    return ", ".join(str(job.id) for job in jobs)


def _takes(request, args: argparse.Namespace, catalog):
    """The requests ``--takes`` and the sweeps ask for, or why they cannot be made."""
    from yzx_desktop.jobs.takes import TakePlan, plan_takes

    plan = TakePlan(
        args.takes,
        tuple(dict.fromkeys([request.model, *args.sweep_model])) if args.sweep_model else (),
        tuple(args.sweep_duration),
    )
    if plan.task_count(request) == 1 and plan.count == 1:
        return [request]
    if problem := plan.problem(request):
        return problem

    def takes_seed(model: str) -> bool:
        profile = catalog.resolve(model)
        return profile is None or profile.supports_seed

    return plan_takes(request, plan, takes_seed=takes_seed)


def _usd(amount: float | None) -> str:
    return "unknown" if amount is None else f"${amount:.2f}"


def _over_max_cost(estimate: Estimate, max_cost: float | None) -> str | None:
    """Why ``--max-cost`` refuses this task (``None``: it may go)."""
    from yzx_desktop.jobs.spend import Limits, breaches

    if max_cost is None or not breaches(estimate, Limits(per_task=max_cost), 0.0):
        return None
    if estimate.usd is None:
        return (
            f"the price is unknown ({estimate.basis}), so --max-cost ${max_cost:.2f} cannot be "
            "checked. Nothing was sent."
        )
    return (
        f"the estimate is {_usd(estimate.usd)} ({estimate.basis}), above --max-cost "
        f"${max_cost:.2f}. Nothing was sent."
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _story(job) -> str:
    """What happened to ``job`` and what to do, in one line of plain English."""
    from yzx_desktop.jobs.problems import describe

    if job.error_kind is None:
        return _one_line(job.error or "")
    return _one_line(describe(job.error_kind, job.base_url, job.error))


_last_printed: dict[int, tuple] = {}


def _print_progress(job) -> None:
    key = (job.state, job.progress, job.bytes_done * 10 // max(job.bytes_total, 1))
    if _last_printed.get(job.id) != key:
        _last_printed[job.id] = key
        extra = f" {job.progress}%" if job.state.value == "running" else ""
        print(
            f"  {job.state.value}{extra}" + (f" ({_story(job)})" if job.error_kind else ""),
            file=sys.stderr,
        )


def _stored_jobs() -> list:
    """Every job in the store (opened and closed again)."""
    from yzx_desktop.jobs.store import JobStore

    store = JobStore()
    try:
        return store.all()
    finally:
        store.close()


def _jobs(args: argparse.Namespace) -> int:
    jobs = _stored_jobs()
    keys = (
        "id",
        "task_id",
        "model",
        "prompt",
        "state",
        "progress",
        "file_path",
        "error",
        "created_at",
        "submitted_at",
        "finished_at",
        "estimate_usd",
        "cost_usd",
        "seed",
        "duration",
        "parent_id",
        "take_set",
        "take_index",
        "starred",
        "tags",
    )
    if args.json:
        print(
            json.dumps(
                [{k: j.to_dict()[k] for k in keys} for j in jobs], ensure_ascii=False, indent=2
            )
        )
        return 0
    if not jobs:
        print("no jobs yet")
    for job in jobs:
        prompt = job.prompt if len(job.prompt) <= 40 else job.prompt[:39] + "…"
        print(
            f"{job.id:>5}  {job.state.value:<11} {job.progress:>3}%  {job.model:<16} "
            f"{job.task_id or '-':<26} {prompt}"
        )
        if job.file_path:
            print(f"       file: {job.file_path}")
        if job.error_kind:
            print(f"       note: {_story(job)}")
    return 0


def _resume(args: argparse.Namespace) -> int:
    import asyncio  # not on the window's way to its first paint

    from yzx_desktop.jobs.model import JobState
    from yzx_desktop.runtime import open_runtime

    async def run() -> int:
        async with open_runtime(poll_interval=args.poll_interval) as rt:
            jobs = rt.engine.resume_all()
            if args.stopped:
                jobs += rt.engine.track_stopped()
            if not jobs:
                elsewhere = len(rt.store.unfinished())
                print(
                    "nothing to resume"
                    + (
                        f" ({elsewhere} unfinished job(s) are tracked by another running YZX Video "
                        "Studio or belong to another relay)"
                        if elsewhere
                        else ""
                    )
                )
                return 0
            print(f"resuming {len(jobs)} job(s)", file=sys.stderr)
            finals = [await rt.engine.wait(job.id) for job in jobs]
            for job in finals:
                print(f"{job.id}\t{job.state.value}\t{job.file_path or _story(job)}")
            return 0 if all(j.state is JobState.DONE for j in finals) else 1

    return asyncio.run(run())


def _balance(args: argparse.Namespace) -> int:
    import asyncio  # not on the window's way to its first paint

    from yzx_desktop.runtime import open_runtime

    async def run() -> int:
        async with open_runtime() as rt:
            if rt.token is None:
                return _fail("no token: set YZX_API_KEY or save one in the app's settings")
            balance = await rt.spend.refresh_balance()
            if balance is None:
                return _fail(
                    f"the relay at {rt.client.base_url} reports no balance for this token "
                    "(neither /v1/dashboard/billing nor /api/usage/token/ answered with one); "
                    "the log says what each endpoint answered"
                )
            if args.json:
                print(json.dumps(balance.to_dict()))
            elif balance.unlimited:
                print(f"unlimited ({balance.used:.2f} {balance.currency} used)")
            else:
                print(
                    f"{balance.remaining:.2f} {balance.currency} left, "
                    f"{balance.used:.2f} {balance.currency} used"
                )
            return 0

    return asyncio.run(run())


def _models(args: argparse.Namespace) -> int:
    import asyncio  # not on the window's way to its first paint

    from yzx_desktop.api.errors import RelayError
    from yzx_desktop.jobs.problems import Problem, describe
    from yzx_desktop.profiles.describe import capabilities
    from yzx_desktop.runtime import open_runtime

    async def run() -> int:
        async with open_runtime() as rt:
            catalog = rt.engine.catalog
            try:
                models = await rt.client.list_models(catalog.is_video_model)
            except RelayError as exc:
                return _fail(describe(Problem.of(exc.kind), rt.client.base_url, exc.relay_text))
            if args.json:
                listing = [
                    {"id": m.id, "owned_by": m.owned_by, **capabilities(catalog.resolve(m.id))}
                    for m in models
                ]
                print(json.dumps(listing, ensure_ascii=False, indent=2))
                return 0
            for model in models:
                profile = catalog.resolve(model.id)
                print(f"{model.id:<32} {profile.name if profile else 'unknown: sent as typed'}")
            return 0

    return asyncio.run(run())


def _export_scene(args: argparse.Namespace) -> int:
    from yzx_desktop.jobs.chains import scene_of
    from yzx_desktop.media.scenes import SceneError, join_videos

    jobs = _stored_jobs()
    job = next((j for j in jobs if j.id == args.job_id), None)
    if job is None:
        return _fail(f"there is no job {args.job_id}")
    shots = scene_of(jobs, job.id)
    if not shots:
        return _fail(f"job {job.id} has no video on disk ({job.state.value}): nothing to join")
    if len(shots) == 1:
        return _fail(
            f"job {job.id} is a single shot (it continues no finished shot and none continues "
            "it): nothing to join"
        )
    print(
        f"joining {len(shots)} shots: jobs {', '.join(str(s.id) for s in shots)}", file=sys.stderr
    )
    shown = [0]

    def progress(fraction: float) -> None:
        if (tenths := int(fraction * 10)) > shown[0]:
            shown[0] = tenths
            print(f"  {tenths * 10}%", file=sys.stderr)

    try:
        path = join_videos([s.file_path for s in shots], args.out.expanduser(), progress)
    except SceneError as exc:
        return _fail(str(exc))
    print(path.absolute())
    return 0


def _demo_server(args: argparse.Namespace) -> int:
    from yzx_desktop.demo.server import SimulatedRelay

    relay = SimulatedRelay(
        port=args.port, queue_seconds=args.queue_seconds, run_seconds=args.run_seconds
    )
    print(f"simulated relay on {relay.base_url} (any token; Ctrl+C to stop)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        relay.serve_forever()
    return 0
