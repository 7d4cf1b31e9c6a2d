"""The one store of this server process, and the project a session is looking at.

One DuckDB connection per process (`st.cache_resource`); every call in the
store takes its own cursor, so sessions do not share transactions.
"""

from __future__ import annotations

import functools

import streamlit as st

from impactkaart.authoring.demo import ensure_demo
from impactkaart.core.model import Project
from impactkaart.store.projects import Store, StoreError
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from views.components import language

PROJECT_KEY = "project_id"  # plain session state: the chosen project, kept across pages
_PICKER_KEY = "project_picker"  # the select box's own state (dropped on pages without it)


@st.cache_resource
def _open_store() -> Store:
    store = Store()
    ensure_demo(store)  # a first run is never an empty screen
    return store


def get_store() -> Store:
    """The process's store. A database in use by another program, damaged or from a newer
    version ends the page with its Dutch message instead of a traceback (and, since a
    failure is not cached, the next run tries again)."""
    try:
        return _open_store()
    except StoreError as exc:
        st.error(md(str(exc)), icon=":material/lock:")
        st.stop()


def project_picker() -> tuple[int, Project] | None:
    """Sidebar select box of saved projects; returns (id, project) of the chosen one."""
    store = get_store()
    projects = store.list_projects()
    if projects.empty:
        st.sidebar.info(t("session.no_projects", language.current()))
        return None
    ids = [int(i) for i in projects["id"]]
    names = dict(zip(ids, projects["name"]))
    if st.session_state.get(PROJECT_KEY) not in ids:
        st.session_state[PROJECT_KEY] = ids[0]
    # Each page has its own select box, so the choice lives under PROJECT_KEY and the
    # box is set from it: switching pages (or a page choosing a project, such as the
    # wizard after saving) keeps the project on screen.
    st.session_state[_PICKER_KEY] = st.session_state[PROJECT_KEY]
    st.sidebar.selectbox(
        t("session.project", language.current()), ids, format_func=lambda i: names[i],
        key=_PICKER_KEY, on_change=_remember,
    )
    project_id = st.session_state[PROJECT_KEY]
    changed = dict(zip(ids, projects["updated_at"]))[project_id]
    return project_id, cached_project(store, project_id, changed)


@functools.lru_cache(maxsize=64)
def cached_project(store: Store, project_id: int, updated_at: object) -> Project:
    """The saved project, loaded once per version (``updated_at``) of it."""
    # Every save sets the project's updated_at (Store.write_project, a restore inserts
    # anew), so an unchanged timestamp is an unchanged project: a rerun that only moves
    # a slider skips the project's queries. The store is part of the key: another file
    # (a test's, a restored one) never shares an entry.
    return store.load_project(project_id)


def _remember() -> None:
    st.session_state[PROJECT_KEY] = st.session_state[_PICKER_KEY]
