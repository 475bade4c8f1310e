"""Estimates, charges on jobs, the ledger, CSV and limits, on the simulated relay and SQLite."""

from __future__ import annotations

import csv
import sqlite3
import time
from datetime import date, datetime, timedelta

import pytest

from tests.conftest import TOKEN
from tests.relay_faults import Fault
from yzx_desktop.api.billing import ModelPrice
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs import spend
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.spend import (
    Breach,
    BreachKind,
    Bucket,
    Estimate,
    LearnedRatios,
    Limits,
    PriceSource,
    SpendTracker,
)
from yzx_desktop.jobs.store import MIGRATIONS, JobStore
from yzx_desktop.settings import Settings

VEO = CreateRequest("veo_3_1-fast", "a lighthouse", duration=8)


@pytest.fixture
def tracker(engine, yzx_home) -> SpendTracker:
    return SpendTracker(engine, ratios=LearnedRatios(yzx_home / "ratios.json"))


def test_schema_2_store_gains_the_money_columns(yzx_home) -> None:
    path = yzx_home / "old.sqlite3"
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        db.executescript(migration)
    db.execute("PRAGMA user_version=2")
    db.execute(
        "INSERT INTO jobs (model, prompt, state, created_at, updated_at) "
        "VALUES ('m', 'p', 'done', 1, 1)"
    )
    db.commit()
    db.close()
    store = JobStore(path)
    [job] = store.all()
    assert (job.estimate_usd, job.cost_usd) == (None, None)
    job.cost_usd = 0.25
    store.save(job)
    assert store.get(job.id).cost_usd == 0.25
    store.close()
    assert path.with_name("old.sqlite3.v2.bak").exists()


async def test_estimate_from_prices_then_the_learned_length_ratio(engine, tracker) -> None:
    await tracker.refresh_prices()
    first = tracker.estimate_for(VEO)
    assert (first.usd, first.source, first.ratios_seen) == (0.4, PriceSource.RELAY, False)
    assert "not known yet" in first.basis
    job = engine.submit(VEO, estimate_usd=first.usd)
    await engine.wait(job.id)
    exact = tracker.estimate_for(VEO)
    assert (exact.usd, exact.multiplier, exact.exact) == (pytest.approx(0.64), 1.6, True)
    shorter = tracker.estimate_for(CreateRequest("veo_3_1-fast", "x", duration=4))
    assert (shorter.usd, shorter.exact) == (pytest.approx(0.32), False)
    assert "scaled from another task" in shorter.basis
    again = LearnedRatios(tracker.ratios.path)  # kept on disk for the next start
    assert again.multiplier("veo_3_1-fast", 8, exact_size(engine, VEO)) == (1.6, True)


def exact_size(engine, request: CreateRequest) -> str:
    job = engine.store.all()[-1]
    return spend.size_key(job.resolution, job.size)


def test_size_ratios_apply_only_to_the_same_size(tmp_path) -> None:
    learned = LearnedRatios(tmp_path / "r.json")
    learned.learn("m", 5, "720p", {"seconds": 1.0, "size": 1.0})
    learned.learn("m", 5, "1080p", {"seconds": 1.0, "size": 1.5})
    assert learned.multiplier("m", 10, "1080p") == (3.0, False)
    assert learned.multiplier("m", 10, "720p") == (2.0, False)
    assert learned.multiplier("m", 10, "4k") == (2.0, False)
    assert learned.multiplier("other", 5, "720p") is None


def test_user_price_when_the_relay_publishes_none_else_unknown(tmp_path) -> None:
    learned = LearnedRatios(tmp_path / "r.json")
    relay = {"a": ModelPrice(0.5, 0.5)}
    user = {"a": 9.0, "b": 0.3, "c": 0, "d": "cheap"}
    assert spend.estimate("a", 5, "", relay, learned, user).usd == 0.25
    mine = spend.estimate("b", 5, "", relay, learned, user)
    assert (mine.usd, mine.source) == (0.3, PriceSource.SETTINGS) and "your price" in mine.basis
    for model in ("c", "d", "e"):
        unknown = spend.estimate(model, 5, "", relay, learned, user)
        assert unknown == Estimate(None) and unknown.basis.startswith("price unknown")


async def test_no_published_prices_uses_settings(engine, relay, yzx_home) -> None:
    relay.inject("pricing", Fault("status", 404, {"message": "not found"}))
    tracker = SpendTracker(
        engine, user_prices={"kling-v1-6": 0.7}, ratios=LearnedRatios(yzx_home / "r.json")
    )
    await tracker.refresh_prices()
    assert tracker.estimate_for(CreateRequest("kling-v1-6", "x")).usd == 0.7
    assert tracker.estimate_for(CreateRequest("viduq1", "x")).usd is None


async def test_charge_after_done_and_zero_after_a_refunded_failure(engine, tracker, store) -> None:
    seen: list[tuple[int, str]] = []
    tracker.subscribe(lambda job: seen.append((job.id, job.state.value)))
    ok = engine.submit(CreateRequest("viduq1", "a cat", duration=5), estimate_usd=0.2)
    bad = engine.submit(CreateRequest("viduq1", "a cat #fail", duration=5), estimate_usd=0.2)
    for job in (ok, bad):
        await engine.wait(job.id)
    await tracker.drain()
    reopened = JobStore(store.path)
    done, failed = reopened.get(ok.id), reopened.get(bad.id)
    reopened.close()
    assert (done.state, done.cost_usd, done.estimate_usd) == (JobState.DONE, 0.2, 0.2)
    assert (failed.state, failed.cost_usd) == (JobState.FAILED, 0)
    assert spend.bucket_of(done) is Bucket.DELIVERED and spend.bucket_of(failed) is Bucket.REFUNDED
    for job_id in (ok.id, bad.id):  # after the create, then after the charge was read
        states = [s for i, s in seen if i == job_id]
        assert states[0] in ("queued", "running") and states[-1] in ("done", "failed")
    assert TOKEN.encode() not in store.path.read_bytes()


async def test_demo_balance_goes_down_as_demo_jobs_run(engine, tracker) -> None:
    before = await tracker.refresh_balance()
    jobs = [engine.submit(CreateRequest("kling-v1-6", p, duration=10)) for p in ("a", "b #fail")]
    for job in jobs:
        await engine.wait(job.id)
    await tracker.drain()
    after = await tracker.refresh_balance()
    assert before.remaining - after.remaining == pytest.approx(0.56)  # the failure refunded
    assert after.used == pytest.approx(sum(j.cost_usd for j in engine.store.all()))


async def test_settle_reads_missing_charges_at_start(engine, tracker, relay, store) -> None:
    relay.inject("task", Fault("status", 502, b"bad gateway"))
    job = engine.submit(CreateRequest("viduq1", "a cat"))
    await engine.wait(job.id)
    await tracker.drain()
    assert store.get(job.id).cost_usd is None
    fresh = SpendTracker(engine, ratios=tracker.ratios)
    await fresh.start()
    assert store.get(job.id).cost_usd == 0.2 and fresh.prices["viduq1"].usd == 0.2


def make_job(store: JobStore, state: JobState, *, days_ago: int = 0, **fields) -> Job:
    when = (datetime.now() - timedelta(days=days_ago)).timestamp()
    values = {"model": "m", "prompt": "p", **fields}
    job = Job(state=state, created_at=when, submitted_at=when, **values)
    return store.add(job)


def test_ledger_buckets_totals_and_csv_round_trip(store, tmp_path) -> None:
    make_job(store, JobState.DONE, task_id="t1", cost_usd=0.5, estimate_usd=0.4)
    make_job(store, JobState.FAILED, task_id="t2", cost_usd=0.3, model="veo")
    make_job(store, JobState.FAILED, task_id="t3", cost_usd=0.0, estimate_usd=0.3)
    make_job(store, JobState.UNCERTAIN, estimate_usd=0.4)
    make_job(store, JobState.FAILED, estimate_usd=0.4)  # refused at creation: not charged
    make_job(store, JobState.FAILED, task_id="t6")  # charge never read
    make_job(store, JobState.RUNNING, task_id="t7", estimate_usd=0.25)
    make_job(store, JobState.DONE, task_id="t8", cost_usd=1.0, days_ago=10, prompt="=cmd()")
    everything = spend.ledger(store.all())
    buckets = [e.bucket for e in everything]
    assert buckets == [
        Bucket.DELIVERED, Bucket.DELIVERED, Bucket.FAILED, Bucket.REFUNDED, Bucket.UNCERTAIN,
        Bucket.UNCERTAIN, Bucket.IN_PROGRESS,
    ]  # fmt: skip
    week = spend.ledger(store.all(), since=date.today() - timedelta(days=6))
    assert len(week) == 6 and spend.totals(week) == {
        Bucket.DELIVERED: 0.5, Bucket.FAILED: 0.3, Bucket.REFUNDED: 0.0, Bucket.UNCERTAIN: 0.4,
        Bucket.IN_PROGRESS: 0.25,
    }  # fmt: skip
    lost = [e for e in week if e.bucket in spend.LOSSES]
    assert {(e.model, e.amount_usd) for e in lost} == {("veo", 0.3), ("m", 0.4), ("m", None)}
    rows = spend.summarize(everything)
    assert rows[-1].day < rows[0].day
    unc = next(r for r in rows if r.bucket is Bucket.UNCERTAIN)
    assert (unc.count, unc.amount_usd, unc.unconfirmed, unc.unknown) == (2, 0.4, 1, 1)
    assert spend.spent_on(store.all()) == pytest.approx(0.5 + 0.3 + 0.4 + 0.25)

    path = tmp_path / "ledger.csv"
    assert spend.write_csv(everything, path) == 7
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert tuple(read[0]) == spend.CSV_COLUMNS
    assert [r["state"] for r in read] == [b.value for b in buckets]
    assert read[0]["prompt"] == "'=cmd()" and read[0]["amount_usd"] == "1.0"
    assert read[4]["charged_usd"] == "" and float(read[4]["estimate_usd"]) == 0.4


def test_limits_and_breaches() -> None:
    limits = Limits.from_settings(Settings(max_cost_per_task=0.5, max_cost_per_day=2.0))
    assert Limits.from_settings(Settings(max_cost_per_task=0, max_cost_per_day=None)) == Limits()
    assert spend.breaches(Estimate(0.4), limits, spent_today=1.0) == []
    assert spend.breaches(Estimate(0.6), limits, spent_today=1.5) == [
        Breach(BreachKind.TASK, 0.5, 0.6),
        Breach(BreachKind.DAY, 2.0, 2.1),
    ]
    assert spend.breaches(Estimate(None), limits, 0) == [Breach(BreachKind.UNKNOWN, 0.5, None)]
    assert spend.breaches(Estimate(None), Limits(), 0) == []


def test_week_starts_on_monday() -> None:
    assert spend.week_start(date(2026, 11, 19)) == date(2026, 11, 16)
    assert spend.week_start(date(2026, 11, 16)) == date(2026, 11, 16)


def test_created_at_day_when_never_submitted(store) -> None:
    job = make_job(store, JobState.UNCERTAIN, days_ago=1)
    job.submitted_at = None
    assert spend.day_of(job) == date.today() - timedelta(days=1)
    assert time.time() > job.created_at


async def test_close_stops_reading_charges(engine, tracker, relay, store) -> None:
    relay.inject("task", Fault("drop"), times=1)
    job = engine.submit(CreateRequest("viduq1", "a cat"))
    await engine.wait(job.id)
    await tracker.close()
    await tracker.drain()  # nothing left to wait for
    assert store.get(job.id).cost_usd in (None, 0.2)


async def test_a_charge_read_after_a_star_keeps_the_star(engine, tracker, relay, store) -> None:
    """The charge arrives after the user starred the finished job: what the tracker announces
    (and the window shows) is the job as it is now, star and tags included."""
    relay.inject("task", Fault("slow", delay=0.5), times=1)
    seen: list = []
    tracker.subscribe(seen.append)
    job = engine.submit(CreateRequest("viduq1", "a cat"), estimate_usd=0.2)
    await engine.wait(job.id)
    engine.mark(job.id, starred=True, tags=["keeper"])
    await tracker.drain()
    charged = [j for j in seen if j.id == job.id and j.cost_usd is not None]
    assert charged and (charged[-1].starred, charged[-1].tags) == (True, ["keeper"])
    stored = store.get(job.id)
    assert (stored.cost_usd, stored.starred, stored.tags) == (0.2, True, ["keeper"])


async def test_a_job_removed_while_its_charge_is_read_stays_removed(engine, tracker, relay, store):
    relay.inject("task", Fault("slow", delay=0.5), times=1)
    seen: list = []
    tracker.subscribe(seen.append)
    job = engine.submit(CreateRequest("viduq1", "a cat"), estimate_usd=0.2)
    await engine.wait(job.id)
    engine.forget(job.id, delete_file=True)
    await tracker.drain()
    assert store.get(job.id) is None
    assert not [j for j in seen if j.id == job.id and j.cost_usd is not None]  # not shown again


async def test_a_closed_tracker_starts_no_read_on_the_closed_client(engine, tracker, store):
    job = engine.submit(CreateRequest("viduq1", "a cat"), estimate_usd=0.2)
    await engine.wait(job.id)
    await tracker.close()
    await engine.client.aclose()  # as the runtime does next
    assert await tracker.refresh_balance() is None  # no request, no closed-client error
    ended = store.get(job.id)
    ended.cost_usd = None  # as if the charge were still to read
    tracker._on_job(ended)
    assert not tracker._tasks  # nothing started
