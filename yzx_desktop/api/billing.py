"""Money on a new-api relay: the balance, published prices and a task's final charge."""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from typing import Any

from yzx_desktop.api.client import OTHER_RATIOS_HEADER, RelayClient, task_path
from yzx_desktop.api.errors import RelayError

logger = logging.getLogger(__name__)

QUOTA_PER_USD = 500_000  # new-api's default quota_per_unit
UNLIMITED_USD = 100_000_000  # hard_limit_usd of a token without a limit
PER_CALL = 1  # /api/pricing quota_type: a fixed price per call (0 is per token)

SUBSCRIPTION_PATH = "dashboard/billing/subscription"
USAGE_PATH = "dashboard/billing/usage"
TOKEN_USAGE_PATH = "api/usage/token/"
STATUS_PATH = "api/status"
PRICING_PATH = "api/pricing"
TASK_PATH = "video/generations"


class BillingProblem(ValueError):
    """An answer that cannot be turned into money without guessing."""


@dataclass(frozen=True)
class Currency:
    """How the site shows money: ``per_usd`` units of ``code`` make one US dollar."""

    code: str
    symbol: str
    per_usd: float = 1.0

    def format(self, amount: float) -> str:
        return f"{self.symbol}{amount:,.2f}"


USD = Currency("USD", "$")

# quota_display_type → (code, symbol, /api/status key of the rate per USD). TOKENS shows USD.
_DISPLAY: dict[str, tuple[str, str, str | None]] = {
    "USD": ("USD", "$", None),
    "TOKENS": ("USD", "$", None),
    "CNY": ("CNY", "¥", "usd_exchange_rate"),
    "CUSTOM": ("", "", "custom_currency_exchange_rate"),
}


@dataclass(frozen=True)
class SiteStatus:
    """What ``GET /api/status`` says about units (defaults when the relay does not say)."""

    quota_per_unit: float = QUOTA_PER_USD
    currency: Currency = USD
    dashboard_in_quota: bool = False  # /v1/dashboard/* amounts are quota, not USD

    def usd(self, quota: float) -> float:
        return quota / self.quota_per_unit


@dataclass(frozen=True)
class Balance:
    """What is left and what was used, in ``currency`` (``remaining`` is meaningless when
    ``unlimited``); ``source`` names the endpoints the numbers came from."""

    remaining: float
    used: float
    unlimited: bool
    currency: str
    source: str
    symbol: str = "$"

    def format(self, amount: float) -> str:
        return f"{self.symbol}{amount:,.2f}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "remaining": round(self.remaining, 6),
            "used": round(self.used, 6),
            "unlimited": self.unlimited,
            "currency": self.currency,
        }


@dataclass(frozen=True)
class ModelPrice:
    """A per-call price from ``/api/pricing``; ``usd`` includes the group ratio."""

    usd_per_call: float
    group_ratio: float = 1.0

    @property
    def usd(self) -> float:
        return self.usd_per_call * self.group_ratio


PriceTable = dict[str, ModelPrice]


@dataclass(frozen=True)
class TaskCharge:
    """A task's charge as the relay keeps it (0 after a refund)."""

    task_id: str
    quota: float
    usd: float
    status: str


def note(message: str, *args: object) -> None:
    """A log line about a billing answer the app could not use (never a secret: values only)."""
    logger.warning("billing: " + message, *args)


def number(value: Any, what: str) -> float:
    """A finite, non-negative number from a JSON value (numeric strings too)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise BillingProblem(f"{what} is {value!r}, not a number")
    try:
        result = float(value)
    except ValueError:
        raise BillingProblem(f"{what} is {value!r}, not a number") from None
    if not math.isfinite(result) or result < 0:
        raise BillingProblem(f"{what} is {value!r}, not a usable amount")
    return result


def _object(body: Any, what: str) -> dict[str, Any]:
    """``body`` as a JSON object whose new-api envelope (if any) reports success."""
    if not isinstance(body, dict):
        raise BillingProblem(f"{what} answered {type(body).__name__}, not a JSON object")
    if body.get("success") is False or body.get("code") is False:
        raise BillingProblem(f"{what} refused: {str(body.get('message') or '')[:200]!r}")
    return body


def _data(body: Any, what: str) -> dict[str, Any]:
    data = _object(body, what).get("data")
    if not isinstance(data, dict):
        raise BillingProblem(f"{what} has no data object")
    return data


def parse_other_ratios(text: str | None) -> dict[str, float] | None:
    """The multipliers of an ``X-New-Api-Other-Ratios`` header (``{"seconds": 2}``)."""
    if not text:
        return None
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict) or not raw:
            raise BillingProblem(f"{OTHER_RATIOS_HEADER} is not a JSON object")
        ratios = {str(key): number(value, f"ratio {key}") for key, value in raw.items()}
    except (ValueError, BillingProblem) as exc:
        note("ignoring the %s header %r: %s", OTHER_RATIOS_HEADER, text[:200], exc)
        return None
    if not all(ratios.values()):
        note("ignoring the %s header %r: a zero ratio", OTHER_RATIOS_HEADER, text[:200])
        return None
    return ratios


def parse_status(body: Any) -> SiteStatus:
    """Units and display currency from ``/api/status``; raises :class:`BillingProblem`."""
    data = _data(body, STATUS_PATH)
    per_unit = number(data.get("quota_per_unit", QUOTA_PER_USD), "quota_per_unit")
    if not per_unit:
        raise BillingProblem("quota_per_unit is 0")
    kind = str(data.get("quota_display_type") or "USD").upper()
    code, symbol, rate_key = _DISPLAY.get(kind, _DISPLAY["USD"])
    currency = USD
    if rate_key:
        rate = number(data.get(rate_key), rate_key)
        if kind == "CUSTOM":
            symbol = str(data.get("custom_currency_symbol") or "¤")
            code = symbol
        currency = Currency(code, symbol, rate) if rate else USD
        if not rate:
            note("/api/status shows %s with no %s; showing USD", kind, rate_key)
    in_quota = kind == "TOKENS" or data.get("display_in_currency") is False
    return SiteStatus(per_unit, currency, in_quota)


async def fetch_status(client: RelayClient) -> SiteStatus:
    """The site's units; new-api's defaults (and a log note) when it does not publish them."""
    try:
        return parse_status(
            await client.get_json(STATUS_PATH, during="reading the site status", at_origin=True)
        )
    except (RelayError, BillingProblem) as exc:
        note("no usable /api/status (%s); assuming %d quota per USD", _reason(exc), QUOTA_PER_USD)
        return SiteStatus()


def _reason(exc: Exception) -> str:
    return exc.message if isinstance(exc, RelayError) else str(exc)


def dashboard_balance(subscription: Any, usage: Any, status: SiteStatus) -> Balance:
    """Balance from the OpenAI-style pair: remaining = hard_limit_usd − total_usage / 100."""
    hard = number(_object(subscription, SUBSCRIPTION_PATH).get("hard_limit_usd"), "hard_limit_usd")
    used = number(_object(usage, USAGE_PATH).get("total_usage"), "total_usage") / 100
    unlimited = hard >= UNLIMITED_USD
    scale = 1 / status.quota_per_unit if status.dashboard_in_quota else 1.0
    remaining = 0.0 if unlimited else (hard - used) * scale
    if remaining < 0:
        raise BillingProblem(f"hard_limit_usd {hard} is below total usage {used}")
    return _in_currency(remaining, used * scale, unlimited, status, "/v1/dashboard/billing")


def token_balance(body: Any, status: SiteStatus) -> Balance:
    """Balance from ``/api/usage/token/``: quota units of this token."""
    data = _data(body, TOKEN_USAGE_PATH)
    unlimited = data.get("unlimited_quota") is True
    available = 0.0 if unlimited else number(data.get("total_available"), "total_available")
    used = number(data.get("total_used", 0), "total_used")
    return _in_currency(
        status.usd(available), status.usd(used), unlimited, status, "/api/usage/token"
    )


def _in_currency(
    remaining_usd: float, used_usd: float, unlimited: bool, status: SiteStatus, source: str
) -> Balance:
    rate = status.currency.per_usd
    currency = status.currency
    return Balance(
        remaining_usd * rate, used_usd * rate, unlimited, currency.code, source, currency.symbol
    )


async def fetch_balance(client: RelayClient, status: SiteStatus | None = None) -> Balance | None:
    """The token's balance from the dashboard pair, else ``/api/usage/token/``; ``None`` (and
    a log note per endpoint) when the relay reports none: never a made-up value."""
    status = status or await fetch_status(client)
    try:
        subscription = await client.get_json(SUBSCRIPTION_PATH, during="reading the balance")
        usage = await client.get_json(USAGE_PATH, during="reading the usage")
        return dashboard_balance(subscription, usage, status)
    except (RelayError, BillingProblem) as exc:
        note("no balance from /v1/dashboard/billing (%s); trying /api/usage/token/", _reason(exc))
    try:
        body = await client.get_json(TOKEN_USAGE_PATH, during="reading the token", at_origin=True)
        return token_balance(body, status)
    except (RelayError, BillingProblem) as exc:
        note("no balance from /api/usage/token/ (%s); the relay reports none", _reason(exc))
    return None


def parse_prices(body: Any) -> PriceTable:
    """Per-call prices from ``/api/pricing`` (per-token models have no price per video)."""
    pricing = _object(body, PRICING_PATH)
    rows = pricing.get("data")
    if not isinstance(rows, list):
        raise BillingProblem("/api/pricing has no data list")
    groups = pricing.get("group_ratio")
    default_ratio = groups.get("default", 1.0) if isinstance(groups, dict) else 1.0
    table: PriceTable = {}
    for row in rows:
        if not isinstance(row, dict) or row.get("quota_type") != PER_CALL:
            continue
        name = row.get("model_name")
        try:
            price = number(row.get("model_price"), f"model_price of {name}")
            ratio = number(row.get("group_ratio", default_ratio), f"group_ratio of {name}")
        except BillingProblem as exc:
            note("skipping a price: %s", exc)
            continue
        if isinstance(name, str) and name:
            table[name] = ModelPrice(price, ratio)
    return table


async def fetch_prices(client: RelayClient) -> PriceTable:
    """The relay's published per-call prices; empty (with a log note) when it has none."""
    try:
        body = await client.get_json(PRICING_PATH, during="reading prices", at_origin=True)
        return parse_prices(body)
    except (RelayError, BillingProblem) as exc:
        note("no published prices (%s)", _reason(exc))
        return {}


def parse_charge(task_id: str, body: Any, status: SiteStatus) -> TaskCharge:
    """``data.quota`` of ``GET /v1/video/generations/{id}`` in USD."""
    data = _data(body, TASK_PATH)
    quota = number(data.get("quota"), "quota")
    return TaskCharge(task_id, quota, status.usd(quota), str(data.get("status") or ""))


async def fetch_charge(
    client: RelayClient, task_id: str, status: SiteStatus | None = None
) -> TaskCharge | None:
    """What the relay charged for ``task_id`` now; ``None`` (with a log note) when unknown."""
    status = status or await fetch_status(client)
    try:
        body = await client.get_json(task_path(TASK_PATH, task_id), during="reading the charge")
        return parse_charge(task_id, body, status)
    except (RelayError, BillingProblem) as exc:
        note("charge of task %s unknown (%s)", task_id, _reason(exc))
        return None
