"""The benchmark across organisations on the portfolio page: shown to a signed-in user of
an organisation (the count, the percentiles, the own position), not on the laptop."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.accounts.scope import Scope
from impactkaart.store.projects import Store
from tests.app_support import ROOT, fresh_db
from tests.store.test_org_benchmark_store import as_org, base_project, organisations, scaled
from views.components import session


@pytest.fixture
def five_organisations(tmp_path, monkeypatch):
    db = next(fresh_db(tmp_path, monkeypatch))
    with Store(db) as store:
        orgs = organisations(store, 5)
        for k, org in enumerate(orgs, start=1):
            as_org(store, org).save_project(scaled(base_project(), k, f"Project {k}"))
    return orgs


def portfolio(monkeypatch, scope: Scope | None, lang: str = "en") -> AppTest:
    if scope is not None:  # as session.get_store does when IMPACTKAART_AUTH=oidc (helper "login")
        original = session.get_store
        monkeypatch.setattr(session, "get_store", lambda: original().scoped(scope))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["lang"] = lang
    at.run()
    at.switch_page("views/show/portfolio.py").run()
    assert not at.exception, at.exception
    return at


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
