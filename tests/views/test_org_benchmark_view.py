"""The benchmark across organisations on the portfolio and the monitor: shown to a
signed-in user of an organisation (the count, the percentiles, the own position), not on
the laptop."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.accounts.scope import Scope
from impactkaart.monitoring.library import library
from impactkaart.monitoring.measurements import read_measurements
from impactkaart.monitoring.store import import_measurements
from impactkaart.store.projects import Store
from tests.app_support import ROOT
from tests.store.test_org_benchmark_store import (
    as_org,
    base_project,
    measurements_file,
    organisations,
    scaled,
)
from views.components import page, session


@pytest.fixture
def five_organisations(app_db, monkeypatch):
    db = app_db
    with Store(db) as store:
        orgs = organisations(store, 5)
        for k, org in enumerate(orgs, start=1):
            as_org(store, org).save_project(scaled(base_project(), k, f"Project {k}"))
    return orgs


def signed_in(monkeypatch, scope: Scope | None) -> None:
    """As session.get_store does when IMPACTKAART_AUTH=oidc (helper "login")."""
    if scope is None:
        return
    original = session.get_store
    scoped = lambda: original().scoped(scope)  # noqa: E731
    monkeypatch.setattr(session, "get_store", scoped)
    monkeypatch.setattr(page, "get_store", scoped)


def open_as(monkeypatch, scope: Scope | None, path: str, lang: str = "en") -> AppTest:
    signed_in(monkeypatch, scope)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(path).run()
    assert not at.exception, at.exception
    return at


def portfolio(monkeypatch, scope: Scope | None, lang: str = "en") -> AppTest:
    return open_as(monkeypatch, scope, "views/show/portfolio.py", lang)


def test_a_signed_in_user_sees_the_distribution_its_count_and_own_position(five_organisations,
                                                                           monkeypatch):
    org = five_organisations[0]
    at = portfolio(monkeypatch, Scope(org, f"beheer@org{org}.nl", "lezer"))
    assert "Compare with other organisations" in [s.value for s in at.subheader]
    table = at.dataframe[-1].value
    assert list(table["Project type"]) == ["Youth work"]
    assert list(table["Organisations"]) == ["5"]
    assert list(table["Position"]) == ["below the 25th percentile"]  # its factor is the lowest
    # Its own figure is its own project's factor; no other organisation's is in the table.
    assert set(table.columns) == {"Project type", "Organisations", "10%", "25%", "Median", "75%",
                                  "90%", "Your organisation", "Position"}


def test_the_laptop_shows_no_benchmark(five_organisations, monkeypatch):
    at = portfolio(monkeypatch, None)
    assert "Compare with other organisations" not in [s.value for s in at.subheader]


@pytest.fixture
def five_measuring(app_db, monkeypatch):
    db = app_db
    kpis = library()
    share = next(k for k in kpis.values() if k.kind == "share")
    with Store(db) as store:
        orgs = organisations(store, 5)
        for k, org in enumerate(orgs, start=1):
            result = read_measurements(measurements_file(share.key, [("2025-Q1", k * 10, 100)]),
                                       "metingen.csv", kpis)
            import_measurements(as_org(store, org), f"Programma {k}", share.werksoorten[0],
                                result.rows, "test")
    return orgs


LINE = "Participating organisations (5, 2025-Q1)"


def test_the_monitor_shows_the_kpi_distribution_to_a_signed_in_user(five_measuring, monkeypatch):
    org = five_measuring[4]
    at = open_as(monkeypatch, Scope(org, f"beheer@org{org}.nl", "lezer"),
                 "views/monitoring/monitor.py")
    (line,) = [c.value for c in at.caption if c.value.startswith(LINE)]
    # 10 … 50 %: p10 = 14 %, median 30 %, p90 = 46 %; its own 50 % lies above the 75th.
    assert "10% up to 14.0%" in line and "median 30.0%" in line and "90% up to 46.0%" in line
    assert line.endswith("Your organisation: 50.0%, above the 75th percentile.")


def test_the_laptop_monitor_shows_no_distribution(five_measuring, monkeypatch):
    at = open_as(monkeypatch, None, "views/monitoring/monitor.py")
    assert not [c.value for c in at.caption if c.value.startswith(LINE)]
