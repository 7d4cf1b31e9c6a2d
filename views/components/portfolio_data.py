"""Every saved project, computed as one portfolio: cached until a project changes.

Loading all projects from the store is the slow part (the engine call is not),
so the `PortfolioView` is kept per database file and per (id, last change) of
every project: saving, adding or deleting a project gives a new key. The
portfolio page's chart data and Vega-Lite specs are kept with it, per language: with
hundreds of projects, formatting and serialising them costs more than the
engine call.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from impactkaart.portfolio import charts as portfolio_charts
from impactkaart.portfolio.view import PortfolioView, portfolio_view
from views.components.session import get_store


@dataclass(frozen=True)
class PortfolioPage:
    view: PortfolioView
    data: pd.DataFrame  # portfolio_charts.project_data
    bubble_spec: dict
    factor_spec: dict
    fte_spec: dict | None  # None: no effect has a sector


@st.cache_resource(max_entries=4, show_spinner=False)
def _view(db_path: str, signature: tuple) -> PortfolioView:  # noqa: ARG001 - the cache key
    return portfolio_view(get_store().load_all())


@st.cache_resource(max_entries=4, show_spinner=False)
def _page(db_path: str, signature: tuple, lang: str) -> PortfolioPage:
    view = _view(db_path, signature)
    data = portfolio_charts.project_data(view, lang)
    sectors = portfolio_charts.fte_sector_data(view, lang)
    return PortfolioPage(
        view=view,
        data=data,
        bubble_spec=portfolio_charts.bubble_chart(data, view.benchmark, lang).to_dict(),
        factor_spec=portfolio_charts.factor_chart(data, view.benchmark, lang).to_dict(),
        fte_spec=None if sectors.empty
        else portfolio_charts.fte_sector_chart(sectors, lang).to_dict(),
    )


def _signature() -> tuple[str, tuple] | None:
    store = get_store()
    projects = store.list_projects()
    if projects.empty:
        return None
    return str(store.path), tuple(
        zip(projects["id"].astype(int), projects["updated_at"].astype(str)))


def load_portfolio_page(lang: str = "nl") -> PortfolioPage | None:
    """The portfolio with its chart data and specs in ``lang`` (read-only: shared); None
    without projects."""
    key = _signature()
    return None if key is None else _page(*key, lang)


def load_portfolio() -> PortfolioView | None:
    """All saved projects in one engine call; None when there are none. Read-only: shared."""
    key = _signature()
    return None if key is None else _view(*key)
