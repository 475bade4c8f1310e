"""`balance`, `generate --max-cost` and the money fields of `jobs --json`, as real processes."""

from __future__ import annotations

import json

from tests.conftest import TOKEN
from tests.integration.test_cli import cli_env, run_cli
from tests.relay_faults import Fault

NOT_FOUND = Fault("status", 404, {"error": {"message": "Invalid URL"}})
FAST = ("--poll-interval", "0.1")


def test_balance_json_shape_and_text(relay, yzx_home) -> None:
    env = cli_env(relay, yzx_home)
    result = run_cli("balance", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "remaining": 100.0,
        "used": 0.0,
        "unlimited": False,
        "currency": "USD",
    }
    relay.display_type = "CNY"
    text = run_cli("balance", env=env)
    assert text.stdout.strip() == "730.00 CNY left, 0.00 CNY used"
    relay.balance_usd = None
    assert json.loads(run_cli("balance", "--json", env=env).stdout)["unlimited"] is True


def test_balance_from_a_relay_that_reports_none(relay, yzx_home) -> None:
    env = cli_env(relay, yzx_home)
    for route in ("subscription", "token_usage"):
        relay.inject(route, NOT_FOUND)
    result = run_cli("balance", "--json", env=env)
    assert result.returncode != 0 and result.stdout == ""
    assert "reports no balance" in result.stderr
    log = next(yzx_home.rglob("*.log")).read_text()
    assert "billing: no balance from /api/usage/token/" in log and TOKEN not in log
    assert run_cli("balance", env=cli_env(relay, yzx_home, token=None)).returncode != 0


def test_max_cost_refuses_before_any_post(relay, yzx_home) -> None:
    env = cli_env(relay, yzx_home)
    args = ("generate", "--prompt", "a cat", "--model", "veo_3_1-fast", *FAST)
    refused = run_cli(*args, "--max-cost", "0.30", env=env)
    assert refused.returncode != 0
    assert "estimate is $0.40" in refused.stderr and "Nothing was sent" in refused.stderr
    relay.inject("pricing", NOT_FOUND)
    unknown = run_cli(*args, "--max-cost", "5", env=env)
    assert unknown.returncode != 0 and "price is unknown" in unknown.stderr
    assert relay.count("POST", ".*") == 0
    assert json.loads(run_cli("jobs", "--json", env=env).stdout) == []


def test_jobs_json_estimate_and_charge_then_the_learned_length(relay, yzx_home) -> None:
    env = cli_env(relay, yzx_home)
    args = ("generate", "--prompt", "a cat", "--model", "veo_3_1-fast", "--max-cost", "1", *FAST)
    first = run_cli(*args, env=env)
    assert first.returncode == 0, first.stderr
    assert "estimate: $0.40" in first.stderr and "charged: $0.64" in first.stderr
    second = run_cli(*args, env=env)
    assert "estimate: $0.64" in second.stderr  # the 8 s multiplier the relay reported
    failed = run_cli("generate", "--prompt", "x #fail", "--model", "viduq1", *FAST, env=env)
    assert failed.returncode != 0
    relay.inject("task", Fault("status", 502, b"bad gateway"))
    run_cli("generate", "--prompt", "a dog", "--model", "viduq1", *FAST, env=env)
    jobs = json.loads(run_cli("jobs", "--json", env=env).stdout)
    money = [(j["estimate_usd"], j["cost_usd"]) for j in jobs]
    assert money == [(0.4, 0.64), (0.64, 0.64), (0.2, 0), (0.2, None)]
