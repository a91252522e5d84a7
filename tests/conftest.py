"""Shared fixtures: every test gets its own store folder and a frozen clock."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """Never touch the user's real store; freeze the clock used by the app."""
    monkeypatch.setenv("NEWSDESK_STORE", str(tmp_path_factory.mktemp("store")))
    monkeypatch.setenv("NEWSDESK_NOW", "2025-09-14T09:00:00Z")
