"""Fixtures every test module may ask for."""

from __future__ import annotations

import pytest


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    """A fresh DuckDB file as the app's database, the shared store forgotten before and
    after the test (`tests.app_support.fresh_db`); yields the file's path."""
    from tests.app_support import fresh_db  # imports Streamlit: only for tests that ask

    yield from fresh_db(tmp_path, monkeypatch)
