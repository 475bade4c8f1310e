"""Balance, prices and charges read over real HTTP from the simulated relay, bad answers too."""

from __future__ import annotations

import asyncio
import logging

import pytest

from tests.conftest import TOKEN
from tests.relay_faults import Fault
from yzx_desktop.api import billing
from yzx_desktop.api.billing import SiteStatus

NOT_FOUND = Fault("status", 404, {"error": {"message": "Invalid URL (GET /v1/dashboard)"}})


def notes(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "yzx_desktop.api.billing"]


async def test_balance_from_the_dashboard_pair_goes_down_as_demo_jobs_run(client, relay) -> None:
    before = await billing.fetch_balance(client)
    assert before is not None and before.source == "/v1/dashboard/billing"
    assert before.to_dict() == {
        "remaining": 100.0,
        "used": 0.0,
        "unlimited": False,
        "currency": "USD",
    }
    await client.create({"model": "kling-v1-6", "prompt": "a cat", "duration": 10})
    after = await billing.fetch_balance(client)
    assert after.used == pytest.approx(0.56) and after.remaining == pytest.approx(99.44)
    assert all(r.authorization == f"Bearer {TOKEN}" for r in relay.matching("GET", "/v1/dash.*"))


async def test_fallback_to_the_token_usage_gives_the_same_numbers(client, relay, caplog) -> None:
    await client.create({"model": "kling-v1-6", "prompt": "a cat", "duration": 5})
    relay.inject("subscription", NOT_FOUND)
    balance = await billing.fetch_balance(client)
    assert balance.source == "/api/usage/token"
    assert (balance.remaining, balance.used) == (pytest.approx(99.72), pytest.approx(0.28))
    assert relay.matching("GET", "/api/usage/token/")[0].authorization == f"Bearer {TOKEN}"
    assert any("dashboard" in n and "HTTP 404" in n for n in notes(caplog))


@pytest.mark.parametrize("dashboard", [True, False])
async def test_unlimited_token(client, relay, dashboard) -> None:
    relay.balance_usd = None
    if not dashboard:
        relay.inject("usage", NOT_FOUND)
    balance = await billing.fetch_balance(client)
    assert balance.unlimited and balance.remaining == 0
    assert balance.source == ("/v1/dashboard/billing" if dashboard else "/api/usage/token")


@pytest.mark.parametrize(
    "fault",
    [
        NOT_FOUND,
        Fault("html", 502),
        Fault("status", 200, b"<html><body>Welcome to our relay</body></html>"),
        Fault("status", 200, {"success": False, "message": "无权进行此操作"}),
    ],
)
async def test_no_balance_is_none_with_a_note_per_endpoint(client, relay, caplog, fault) -> None:
    for route in ("subscription", "token_usage"):
        relay.inject(route, fault)
    assert await billing.fetch_balance(client, SiteStatus()) is None
    said = notes(caplog)
    assert len(said) == 2 and "the relay reports none" in said[1]
    assert TOKEN not in caplog.text


@pytest.mark.parametrize(
    ("subscription", "usage", "token"),
    [
        ({"hard_limit_usd": -5}, None, {"code": True, "data": {"total_available": -1}}),
        ({"hard_limit_usd": "lots"}, None, {"code": True, "data": {"total_available": "many"}}),
        ({"hard_limit_usd": 1}, {"total_usage": 500}, {"code": True, "data": {}}),
        (None, {"total_usage": float("nan")}, {"code": True, "data": {"total_used": True}}),
    ],
)
async def test_odd_or_negative_numbers_give_no_number(
    client, relay, caplog, subscription, usage, token
) -> None:
    for route, body in (("subscription", subscription), ("usage", usage), ("token_usage", token)):
        if body is not None:
            relay.inject(route, Fault("status", 200, body))
    assert await billing.fetch_balance(client, SiteStatus()) is None
    assert len(notes(caplog)) == 2


async def test_quota_units_on_the_dashboard_when_the_site_shows_tokens(client, relay) -> None:
    relay.display_type = "TOKENS"
    relay.inject("subscription", Fault("status", 200, {"hard_limit_usd": 5_000_000}))
    relay.inject("usage", Fault("status", 200, {"total_usage": 50_000_000}))
    balance = await billing.fetch_balance(client)
    assert (balance.remaining, balance.used, balance.currency) == (9.0, 1.0, "USD")


async def test_display_currency_from_the_site(client, relay) -> None:
    relay.display_type = "CNY"
    balance = await billing.fetch_balance(client)
    assert balance.currency == "CNY" and balance.remaining == pytest.approx(730.0)
    status = billing.parse_status(
        {
            "success": True,
            "data": {
                "quota_per_unit": 1000,
                "quota_display_type": "CUSTOM",
                "custom_currency_symbol": "€",
                "custom_currency_exchange_rate": 0.9,
            },
        }
    )
    assert status.currency.format(12.5) == "€12.50" and status.usd(500) == 0.5


async def test_missing_status_assumes_new_api_units(client, relay, caplog) -> None:
    relay.inject("status", NOT_FOUND)
    assert await billing.fetch_status(client) == SiteStatus()
    assert any("/api/status" in n for n in notes(caplog))


async def test_prices_per_call_with_the_group_ratio(client, relay, caplog) -> None:
    table = await billing.fetch_prices(client)
    assert table["kling-v1-6"].usd == 0.28 and table["doubao-seedance-1-0-pro"].usd == 0.25
    rows = [
        {"model_name": "a", "quota_type": 1, "model_price": 0.5},
        {"model_name": "b", "quota_type": 0, "model_ratio": 15},
        {"model_name": "c", "quota_type": 1, "model_price": -1},
        {"model_name": "d", "quota_type": 1, "model_price": 1, "group_ratio": 2},
    ]
    body = {"success": True, "data": rows, "group_ratio": {"default": 0.8, "vip": 0.5}}
    relay.inject("pricing", Fault("status", 200, body))
    table = await billing.fetch_prices(client)
    assert table == {"a": billing.ModelPrice(0.5, 0.8), "d": billing.ModelPrice(1, 2)}
    assert table["a"].usd == 0.4 and any("model_price of c" in n for n in notes(caplog))


async def test_no_published_prices(client, relay, caplog) -> None:
    relay.inject("pricing", Fault("status", 401, {"success": False, "message": "未登录"}))
    assert await billing.fetch_prices(client) == {}
    assert any("no published prices" in n for n in notes(caplog))


async def test_charge_after_done_and_zero_after_a_refunded_failure(client, relay) -> None:
    done = await client.create({"model": "viduq1", "prompt": "a cat", "duration": 5})
    failed = await client.create({"model": "viduq1", "prompt": "a cat #fail", "duration": 5})
    assert (await billing.fetch_charge(client, failed.task_id)).usd == 0.2  # charged at submit
    await asyncio.sleep(0.6)
    assert (await billing.fetch_charge(client, done.task_id)).usd == 0.2
    refunded = await billing.fetch_charge(client, failed.task_id)
    assert (refunded.quota, refunded.status) == (0, "FAILURE")
    assert (await billing.fetch_balance(client)).used == pytest.approx(0.2)


async def test_charge_unknown_is_none(client, relay, caplog) -> None:
    assert await billing.fetch_charge(client, "no-such-task", SiteStatus()) is None
    relay.inject("task", Fault("status", 200, {"code": "success", "data": {"status": "SUCCESS"}}))
    assert await billing.fetch_charge(client, "no-such-task", SiteStatus()) is None
    assert len(notes(caplog)) == 2


async def test_create_keeps_the_other_ratios_header_once(client) -> None:
    snapshot = await client.create({"model": "kling-v1-6", "prompt": "x", "duration": 10})
    header = client.take_other_ratios(snapshot.task_id)
    assert billing.parse_other_ratios(header) == {"seconds": 2.0}
    assert client.take_other_ratios(snapshot.task_id) is None


@pytest.mark.parametrize("header", ["not json", "[1]", '{"seconds": -2}', '{"size": 0}', "{}"])
def test_bad_other_ratios_are_ignored_with_a_note(header, caplog) -> None:
    caplog.set_level(logging.WARNING)
    assert billing.parse_other_ratios(header) is None
    assert notes(caplog)


def test_demo_billing_auth_like_new_api(relay) -> None:
    import httpx

    origin = relay.base_url.removesuffix("/v1")
    assert httpx.get(f"{origin}/api/status").json()["data"]["quota_per_unit"] == 500_000
    assert httpx.get(f"{origin}/api/pricing").json()["success"] is True
    for path in ("/v1/dashboard/billing/subscription", "/v1/dashboard/billing/usage",
                 "/api/usage/token/"):  # fmt: skip
        assert httpx.get(origin + path).status_code == 401, path
