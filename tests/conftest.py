"""Shared fixtures: every test gets its own store folder and a frozen clock."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """Never touch the user's real store; freeze the clock used by the app."""
    monkeypatch.setenv("NEWSDESK_STORE", str(tmp_path_factory.mktemp("store")))
    monkeypatch.setenv("NEWSDESK_NOW", "2025-09-14T09:00:00Z")
    # No keymap.toml of the reader's: an empty config folder of the test's own.
    monkeypatch.setenv("NEWSDESK_CONFIG", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def workstation_store(_isolated_environment):
    """The store NEWSDESK_STORE names, as the workstation leaves it on first opening it:
    holding the shipped seed article."""
    import os

    from newsdesk.app.seeding import seed_for_workstation
    from newsdesk.store.db import Store

    with Store.open(os.environ["NEWSDESK_STORE"]) as store:
        seed_for_workstation(store)
    return os.environ["NEWSDESK_STORE"]
