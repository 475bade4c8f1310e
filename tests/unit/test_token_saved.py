"""Whether a token is saved is known without the keyring, so the window can paint first."""

from __future__ import annotations

import pytest

from yzx_desktop import credentials, paths


class FakeKeyring:
    priority = 1

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, account: str, value: str) -> None:
        self.values[(service, account)] = value

    def get_password(self, service: str, account: str) -> str | None:
        return self.values.get((service, account))


def no_keyring_please():
    pytest.fail("the keyring was asked")


def test_token_saved_asks_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    keyring = FakeKeyring()
    monkeypatch.setattr(credentials, "_usable_keyring", lambda: keyring)
    assert credentials.load_token().token is None
    credentials.store_token("relay-token-1")
    monkeypatch.setattr(credentials, "_usable_keyring", no_keyring_please)
    assert credentials.token_saved()

    monkeypatch.setattr(credentials, "_usable_keyring", lambda: None)  # no keyring: the file
    credentials.store_token("relay-token-2")
    assert not (paths.config_dir() / "token-in-keyring").exists()
    monkeypatch.setattr(credentials, "_usable_keyring", no_keyring_please)
    assert credentials.token_saved()


def test_nothing_saved_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(credentials, "_usable_keyring", no_keyring_please)
    assert not credentials.token_saved()
    monkeypatch.setenv(credentials.ENV_VAR, "relay-token-3")
    assert credentials.token_saved()


def test_a_token_saved_before_the_mark_leaves_one_when_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keyring = FakeKeyring()
    keyring.set_password(credentials.SERVICE, credentials.ACCOUNT, "relay-token-4")
    monkeypatch.setattr(credentials, "_usable_keyring", lambda: keyring)
    assert not credentials.token_saved()
    assert credentials.load_token().token == "relay-token-4"
    assert credentials.token_saved()
