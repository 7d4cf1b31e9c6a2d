"""Every saved project, computed as one portfolio: cached until a project changes.

Loading all projects from the store is the slow part (the engine call is not),
so the `PortfolioView` is kept per database file and per (id, last change) of
every project: saving, adding or deleting a project gives a new key. The
portfolio page's chart data and Vega-Lite specs are kept with it, per language: with
hundreds of projects, formatting and serialising them costs more than the
engine call.

The portfolio counts real projects only; the user may add the scenarios and the
workshop designs (`scope_toggles`). The choice lives in plain session state, so the
presentation of "all projects" counts what the portfolio page showed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from impactkaart.portfolio import charts as portfolio_charts
from impactkaart.portfolio.view import PortfolioView, Scope, portfolio_scope, portfolio_view
from impactkaart.text.catalogue import t
from views.components.session import get_store, page_key

WITH_SCENARIOS_KEY = "portfolio_met_scenarios"  # plain session state: kept across pages
WITH_WORKSHOP_KEY = "portfolio_met_werksessie"


@dataclass(frozen=True)
class PortfolioPage:
    view: PortfolioView
    scope: Scope
    data: pd.DataFrame  # portfolio_charts.project_data
    bubble_spec: dict
    factor_spec: dict
    fte_spec: dict | None  # None: no effect has a sector


@st.cache_resource(max_entries=4, show_spinner=False)
def _view(db_path: str, signature: tuple) -> PortfolioView:  # noqa: ARG001 - the cache key
    return portfolio_view(get_store().load_projects([i for i, _ in signature]))


@st.cache_resource(max_entries=4, show_spinner=False)
def _page(db_path: str, signature: tuple, lang: str, scope: Scope) -> PortfolioPage:
    view = _view(db_path, signature)
    data = portfolio_charts.project_data(view, lang)
    sectors = portfolio_charts.fte_sector_data(view, lang)
    return PortfolioPage(
        view=view,
        scope=scope,
        data=data,
        bubble_spec=portfolio_charts.bubble_chart(data, view.benchmark, lang).to_dict(),
        factor_spec=portfolio_charts.factor_chart(data, view.benchmark, lang).to_dict(),
        fte_spec=None if sectors.empty
        else portfolio_charts.fte_sector_chart(sectors, lang).to_dict(),
    )


def _scope() -> Scope | None:
    store = get_store()
    projects = store.list_projects()
    if projects.empty:
        return None
    return portfolio_scope(store, [int(i) for i in projects["id"]],
                           with_scenarios=bool(st.session_state.get(WITH_SCENARIOS_KEY)),
                           with_workshop=bool(st.session_state.get(WITH_WORKSHOP_KEY)))


def _signature(scope: Scope) -> tuple[str, tuple] | None:
    store = get_store()
    projects = store.list_projects()
    counted = projects.loc[projects["id"].isin(scope.ids)]
    if counted.empty:
        return None
    return str(store.path), tuple(
        zip(counted["id"].astype(int), counted["updated_at"].astype(str)))


def load_portfolio_page(lang: str = "nl") -> PortfolioPage | None:
    """The portfolio with its chart data and specs in ``lang`` (read-only: shared); None
    without projects to count."""
    scope = _scope()
    key = None if scope is None else _signature(scope)
    return None if key is None else _page(*key, lang, scope)


def load_portfolio() -> PortfolioView | None:
    """The counted projects in one engine call; None when there are none. Read-only: shared."""
    scope = _scope()
    key = None if scope is None else _signature(scope)
    return None if key is None else _view(*key)


def load_scope() -> Scope | None:
    """Which projects the portfolio counts now (None: no projects saved)."""
    return _scope()


def _remember(widget: str, key: str) -> None:
    st.session_state[key] = st.session_state[widget]


def scope_toggles(scope: Scope, lang: str = "nl") -> None:
    """A switch for the scenarios and one for the workshop designs, when there are any."""
    for count, key, label in ((scope.scenarios, WITH_SCENARIOS_KEY, "nav.portfolio.add_scenarios"),
                              (scope.workshop, WITH_WORKSHOP_KEY, "nav.portfolio.add_workshop")):
        if not count:
            continue
        widget = f"{key}_schakelaar"
        st.session_state[widget] = bool(st.session_state.get(key))
        st.toggle(t(label, lang, n=count), key=page_key(widget), on_change=_remember, args=(widget, key))
