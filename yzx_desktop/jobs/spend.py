"""Spend: the price before a task, its charge after, a ledger by day/model/state, limits."""

from __future__ import annotations

import asyncio
import csv
import json
import logging
import math
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yzx_desktop import paths
from yzx_desktop.api.billing import (
    Balance,
    PriceTable,
    SiteStatus,
    fetch_balance,
    fetch_charge,
    fetch_prices,
    fetch_status,
    parse_other_ratios,
)
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.profiles.request_body import effective_duration, resolve_size
from yzx_desktop.settings import Settings

if TYPE_CHECKING:
    from yzx_desktop.api.client import RelayClient
    from yzx_desktop.jobs.engine import JobEngine

logger = logging.getLogger(__name__)

RATIOS_FILE = "price_ratios.json"
DURATION_KEYS = frozenset({"seconds", "duration"})  # multipliers that grow with the length
SETTLE_DAYS = 30  # at start, read the charges of ended jobs this recent that have none
SETTLE_MAX = 50


# ---- the price before Generate -------------------------------------------------------------
class PriceSource(StrEnum):
    RELAY = "relay"  # /api/pricing
    SETTINGS = "settings"  # the user's own price in Settings
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Estimate:
    """The expected price of one task. ``multiplier`` is the relay's length/size ratios as
    learned from earlier creates (``exact``: seen for this very length and size)."""

    usd: float | None
    source: PriceSource = PriceSource.UNKNOWN
    base_usd: float | None = None
    multiplier: float = 1.0
    ratios_seen: bool = False
    exact: bool = False

    @property
    def basis(self) -> str:
        """Where the number comes from, in English (the CLI; the window translates)."""
        if self.usd is None:
            return "price unknown: the relay publishes no price and Settings has none"
        where = {PriceSource.RELAY: "the relay's price", PriceSource.SETTINGS: "your price"}
        text = f"{where[self.source]} ${self.base_usd:.2f} per task"
        if not self.ratios_seen:
            return text + "; the relay's length and size multipliers are not known yet"
        how = "as reported for this length and size" if self.exact else "scaled from another task"
        return text + f" × {self.multiplier:g} ({how})"


def size_key(resolution: str | None, size: str | None) -> str:
    """What the relay's size multiplier depends on: the resolution, else the ``WxH``."""
    return resolution or size or ""


class LearnedRatios:
    """``X-New-Api-Other-Ratios`` seen per model, length and size, in a JSON file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / RATIOS_FILE
        self._models: dict[str, dict[str, dict[str, Any]]] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            self._models = loaded if isinstance(loaded, dict) else {}
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            logger.warning("ignoring the learned price ratios in %s: %s", self.path, exc)

    def learn(self, model: str, duration: int | None, size: str, ratios: dict[str, float]) -> None:
        """Remember ``ratios`` as the latest seen for ``model`` (written at once)."""
        seen = self._models.setdefault(model, {})
        key = f"{duration}|{size}"
        seen.pop(key, None)  # re-insert: the last entry is the latest
        seen[key] = {"duration": duration, "size": size, "ratios": ratios}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._models, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)

    def multiplier(self, model: str, duration: int | None, size: str) -> tuple[float, bool] | None:
        """(product of the ratios, exact) for a task, or ``None`` when none were seen. Length
        ratios scale linearly from the latest task; others come from one of the same size."""
        seen = list(self._models.get(model, {}).values())
        if not seen:
            return None
        exact = self._models[model].get(f"{duration}|{size}")
        if exact:
            return math.prod(exact["ratios"].values()), True
        latest, product = seen[-1], 1.0
        for key, value in latest["ratios"].items():
            if key in DURATION_KEYS and duration and latest["duration"]:
                product *= value * duration / latest["duration"]
        same_size = [s for s in seen if s["size"] == size]
        for key, value in (same_size[-1]["ratios"] if same_size else {}).items():
            if key not in DURATION_KEYS:
                product *= value
        return product, False


def estimate(
    model: str,
    duration: int | None,
    size: str,
    prices: PriceTable,
    learned: LearnedRatios,
    user_prices: Mapping[str, Any],
) -> Estimate:
    """The expected USD price of one task: the relay's per-call price (else the user's own)
    times the multipliers learned for the model; ``usd`` is ``None`` when unknown."""
    if model in prices:
        base, source = prices[model].usd, PriceSource.RELAY
    elif _positive(user_prices.get(model)):
        base, source = float(user_prices[model]), PriceSource.SETTINGS
    else:
        return Estimate(None)
    learned_ratio = learned.multiplier(model, duration, size)
    multiplier, exact = learned_ratio or (1.0, False)
    return Estimate(
        round(base * multiplier, 6), source, base, multiplier, learned_ratio is not None, exact
    )


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


# ---- the ledger ----------------------------------------------------------------------------
class Bucket(StrEnum):
    DELIVERED = "delivered"  # charged and delivered
    FAILED = "failed"  # charged and failed, not refunded
    REFUNDED = "refunded"
    UNCERTAIN = "uncertain"  # may have been charged
    IN_PROGRESS = "in_progress"  # charged at submit (or about to be), not finished yet


LOSSES = frozenset({Bucket.FAILED, Bucket.UNCERTAIN})


def bucket_of(job: Job) -> Bucket | None:
    """Where a job's money went; ``None`` when nothing can have been charged (never sent, or
    refused at creation)."""
    if job.state is JobState.DONE:
        return Bucket.DELIVERED
    if job.active:
        return Bucket.IN_PROGRESS
    if job.state is JobState.UNCERTAIN:
        return Bucket.UNCERTAIN
    if not job.task_id:
        return None
    if job.cost_usd == 0:
        return Bucket.REFUNDED
    if job.cost_usd is None or job.state is JobState.STOPPED:
        return Bucket.UNCERTAIN
    return Bucket.FAILED


@dataclass(frozen=True)
class LedgerEntry:
    """One job in the ledger; ``amount_usd`` is the charge, else the estimate (or ``None``)."""

    day: date
    job_id: int
    task_id: str | None
    model: str
    bucket: Bucket
    charged_usd: float | None
    estimate_usd: float | None
    prompt: str = ""

    @property
    def amount_usd(self) -> float | None:
        return self.charged_usd if self.charged_usd is not None else self.estimate_usd

    @property
    def confirmed(self) -> bool:
        """Whether the amount is the relay's own figure."""
        return self.charged_usd is not None


@dataclass
class LedgerRow:
    """Jobs of one day, model and bucket; ``unconfirmed`` counts amounts that are estimates
    and ``unknown`` those with no figure at all."""

    day: date
    model: str
    bucket: Bucket
    count: int = 0
    amount_usd: float = 0.0
    unconfirmed: int = 0
    unknown: int = 0


def day_of(job: Job) -> date:
    return datetime.fromtimestamp(job.submitted_at or job.created_at).date()


def week_start(today: date | None = None) -> date:
    """Monday of the current week."""
    today = today or date.today()
    return today - timedelta(days=today.weekday())


def ledger(jobs: Iterable[Job], since: date | None = None) -> list[LedgerEntry]:
    """Every job that may have cost money, on or after ``since``, oldest first."""
    entries = []
    for job in jobs:
        bucket, day = bucket_of(job), day_of(job)
        if bucket is None or (since and day < since):
            continue
        entries.append(
            LedgerEntry(
                day,
                job.id,
                job.task_id,
                job.model,
                bucket,
                job.cost_usd,
                job.estimate_usd,
                job.prompt,
            )
        )
    return sorted(entries, key=lambda e: (e.day, e.job_id))


def summarize(entries: Iterable[LedgerEntry]) -> list[LedgerRow]:
    """The ledger by day (newest first), model and bucket."""
    rows: dict[tuple[date, str, Bucket], LedgerRow] = {}
    for entry in entries:
        key = (entry.day, entry.model, entry.bucket)
        row = rows.setdefault(key, LedgerRow(*key))
        row.count += 1
        row.amount_usd += entry.amount_usd or 0.0
        row.unconfirmed += not entry.confirmed and entry.amount_usd is not None
        row.unknown += entry.amount_usd is None
    return sorted(rows.values(), key=lambda r: (-r.day.toordinal(), r.model, r.bucket))


def totals(entries: Iterable[LedgerEntry]) -> dict[Bucket, float]:
    """USD per bucket (estimates where the charge is not known)."""
    sums = dict.fromkeys(Bucket, 0.0)
    for entry in entries:
        sums[entry.bucket] += entry.amount_usd or 0.0
    return sums


def spent_on(jobs: Iterable[Job], day: date | None = None) -> float:
    """What ``day`` (today) has cost or committed: every bucket but refunded."""
    day = day or date.today()
    entries = ledger(jobs, since=day)
    return sum(
        e.amount_usd or 0.0 for e in entries if e.day == day and e.bucket is not Bucket.REFUNDED
    )


CSV_COLUMNS = (
    "day", "job_id", "task_id", "model", "state", "charged_usd", "estimate_usd", "amount_usd",
    "prompt",
)  # fmt: skip


def _cell(value: Any) -> Any:
    """A CSV cell; text a spreadsheet would run as a formula gets a leading '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return "" if value is None else value


def write_csv(entries: Iterable[LedgerEntry], path: Path) -> int:
    """Write one line per job (UTF-8 with BOM, so spreadsheets read Chinese prompts)."""
    count = 0
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for e in entries:
            values = (
                e.day.isoformat(),
                e.job_id,
                e.task_id,
                e.model,
                e.bucket.value,
                e.charged_usd,
                e.estimate_usd,
                e.amount_usd,
                e.prompt,
            )
            writer.writerow([_cell(v) for v in values])
            count += 1
    return count


# ---- the guard -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Limits:
    """USD limits from Settings (``None``: off)."""

    per_task: float | None = None
    per_day: float | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            settings.max_cost_per_task if _positive(settings.max_cost_per_task) else None,
            settings.max_cost_per_day if _positive(settings.max_cost_per_day) else None,
        )

    @property
    def active(self) -> bool:
        return self.per_task is not None or self.per_day is not None


class BreachKind(StrEnum):
    TASK = "task"  # the estimate is above the per-task limit
    DAY = "day"  # today's spend plus the estimate passes the daily limit
    UNKNOWN = "unknown"  # a limit is set but the price is unknown


@dataclass(frozen=True)
class Breach:
    kind: BreachKind
    limit: float
    amount: float | None  # the estimate, or today's total with it


def breaches(estimate: Estimate, limits: Limits, spent_today: float) -> list[Breach]:
    """Every limit this task would pass (empty: send without asking)."""
    checks = (
        (BreachKind.TASK, limits.per_task, 0.0),
        (BreachKind.DAY, limits.per_day, spent_today),
    )
    found = []
    for kind, limit, before in checks:
        if limit is None:
            continue
        if estimate.usd is None:
            return [Breach(BreachKind.UNKNOWN, limit, None)]
        if before + estimate.usd > limit + 1e-9:
            found.append(Breach(kind, limit, round(before + estimate.usd, 6)))
    return found


# ---- following the engine ------------------------------------------------------------------
SpendListener = Callable[[Job], None]


class SpendTracker:
    """Follows an engine: learns the relay's multipliers from each create, reads each ended
    task's charge into ``job.cost_usd``, and keeps the prices, units and balance it read.

    ``subscribe(listener)``: ``listener(job)`` runs after a create was accepted and after an
    ended job's charge was read (or could not be): the moments to refresh the balance."""

    def __init__(
        self,
        engine: JobEngine,
        *,
        user_prices: Mapping[str, Any] | None = None,
        ratios: LearnedRatios | None = None,
    ) -> None:
        self.engine = engine
        self.user_prices: Mapping[str, Any] = user_prices or {}
        self.ratios = ratios or LearnedRatios()
        self.prices: PriceTable = {}
        self.status: SiteStatus | None = None
        self.balance: Balance | None = None
        self._listeners: list[SpendListener] = []
        self._sending: set[int] = set()  # jobs seen with their create on the wire
        self._charging: set[int] = set()
        self._tasks: set[asyncio.Task] = set()  # charge and balance reads: close() cancels
        self._closed = False
        engine.subscribe(self._on_job)

    @property
    def client(self) -> RelayClient:
        return self.engine.client

    def subscribe(self, listener: SpendListener) -> None:
        self._listeners.append(listener)

    def _notify(self, job: Job) -> None:
        for listener in list(self._listeners):
            try:
                listener(job)
            except Exception:
                logger.exception("spend listener failed")

    async def start(self) -> None:
        """Read units and prices, then the charges of recently ended jobs that have none."""
        await self.refresh_prices()
        await self.settle()

    async def site_status(self) -> SiteStatus:
        if self.status is None:
            self.status = await fetch_status(self.client)
        return self.status

    async def refresh_prices(self) -> PriceTable:
        self.status = await fetch_status(self.client)
        self.prices = await fetch_prices(self.client)
        return self.prices

    async def refresh_balance(self) -> Balance | None:
        """What the relay says is left. A read still under way when the tracker closes is
        cancelled with the task that asked (it sees ``CancelledError``); none starts after."""
        if self._closed:
            return self.balance
        asker = asyncio.current_task()
        if asker is not None:
            self._tasks.add(asker)
        try:
            self.balance = await fetch_balance(self.client, await self.site_status())
        finally:
            self._tasks.discard(asker)
        return self.balance

    def estimate_for(self, request: CreateRequest) -> Estimate:
        """The price of ``request`` as the engine would send it (the profile's length and
        size), from the prices read last."""
        profile = self.engine.catalog.resolve(request.model)
        resolution = resolve_size(request, profile)[0] if profile else None
        return estimate(
            request.model.strip(),
            effective_duration(request, profile),
            size_key(resolution, request.size),
            self.prices,
            self.ratios,
            self.user_prices,
        )

    def spent_today(self) -> float:
        return spent_on(self.engine.store.all())

    def _on_job(self, job: Job) -> None:
        if job.state is JobState.SUBMITTING:
            self._sending.add(job.id)
        elif job.id in self._sending and job.task_id:
            self._sending.discard(job.id)
            self._learn(job)
            self._notify(job)
        elif job.state is not JobState.PENDING:
            self._sending.discard(job.id)
        if job.state in (JobState.DONE, JobState.FAILED) and job.task_id:
            self._read_charge_soon(job)

    def _learn(self, job: Job) -> None:
        ratios = parse_other_ratios(self.client.take_other_ratios(job.task_id))
        if ratios:
            try:
                self.ratios.learn(
                    job.model, job.duration, size_key(job.resolution, job.size), ratios
                )
            except OSError as exc:
                logger.warning("could not keep the price ratios: %s", exc)

    def _read_charge_soon(self, job: Job) -> None:
        if self._closed or job.cost_usd is not None or job.id in self._charging:
            return
        self._charging.add(job.id)
        task = asyncio.get_running_loop().create_task(self._read_charge(job))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _read_charge(self, job: Job) -> None:
        try:
            charge = await fetch_charge(self.client, job.task_id, await self.site_status())
            # The job as it is now: starred or tagged since it ended, or removed from the list.
            current = self.engine.store.get(job.id)
            if charge is not None and current is not None:
                current.cost_usd = round(charge.usd, 6)
                self.engine.store.save(current)
                logger.info("job %s: the relay charged $%.4f", job.id, current.cost_usd)
        finally:
            self._charging.discard(job.id)
        if current is not None:
            self._notify(current)

    async def settle(self) -> None:
        """Read the charges of this relay's recently ended jobs that have none yet."""
        since = (datetime.now() - timedelta(days=SETTLE_DAYS)).timestamp()
        jobs = [
            job
            for job in reversed(self.engine.store.all())
            if job.state in (JobState.DONE, JobState.FAILED)
            and job.task_id
            and job.cost_usd is None
            and (job.finished_at or job.created_at) >= since
            and self.engine.owns(job)
        ][:SETTLE_MAX]
        for job in jobs:
            self._read_charge_soon(job)
        await self.drain()

    async def drain(self) -> None:
        """Wait for the charges being read (the CLI, before it exits)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        """Stop reading charges and the balance (before the client closes), and start no more;
        the next start settles them."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)
