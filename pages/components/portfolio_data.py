"""Every saved project, computed as one portfolio: cached until a project changes.

Loading all projects from the store is the slow part (the engine call is not),
so the `PortfolioView` is kept per database file and per (id, last change) of
every project: saving, adding or deleting a project gives a new key.
"""

from __future__ import annotations

import streamlit as st

from impactkaart.portfolio import PortfolioView, portfolio_view
from pages.components.session import get_store


@st.cache_resource(max_entries=4, show_spinner=False)
def _view(db_path: str, signature: tuple) -> PortfolioView:  # noqa: ARG001 - the cache key
    return portfolio_view(get_store().load_all())


def load_portfolio() -> PortfolioView | None:
    """All saved projects in one engine call; None when there are none. Read-only: shared."""
    store = get_store()
    projects = store.list_projects()
    if projects.empty:
        return None
    signature = tuple(zip(projects["id"].astype(int), projects["updated_at"].astype(str)))
    return _view(str(store.path), signature)
