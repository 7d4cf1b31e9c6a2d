"""The one store of this server process, and the project a session is looking at.

One DuckDB connection per process (`st.cache_resource`); every call in the
store takes its own cursor, so sessions do not share transactions.

The open project is in the URL (``?project=ID``): a reload, a bookmark or a shared
link opens the same project. `begin_run` runs at the top of every run (views/app.py)
before the page: it takes the project from the URL when the URL was changed from
outside (a new tab, a reload, a link), else from the session; an unknown id gets a
message and the first project. It draws the picker at the top of the sidebar.

Switching project clears the old project's page state. Pages keep their widgets under
fixed keys (the effects editor's proxy picker, the sliders, drafts), so a key left
from the previous project would show that project's rows ("Rij 1: …"). Every key
present at the start of the previous run belonged to the project open then; when the
project has changed since, those keys are dropped, except the session-wide ones
(`SESSION_WIDE`, `keep_across_projects`). Keys a page set in the run that switched
(the message "opgeslagen", the imported file's record) survive: they are about the
new project. The browser, though, keeps showing a widget's old value while its key
stays the same, so a widget that shows a project's rows takes `project_key(name)`.

A workshop ignores ``?project=``: a server in workshop mode has no project pages and
no picker, and the workshop pages of the normal app neither read nor write it, so a
workshop link never carries a project.
"""

from __future__ import annotations

import functools

import streamlit as st

from impactkaart.authoring.demo import ensure_demo
from impactkaart.core.model import Project
from impactkaart.store.projects import Store, StoreError
from impactkaart.text.catalogue import t
from impactkaart.text.safe import md
from impactkaart.workshop.rooms import workshop_only
from views.components import auth, language
from views.components.keys import NOT_OF_A_PROJECT, PROJECT_KEY, page_key, project_key  # noqa: F401  (the pages import them from here)

_PICKER_KEY = "project_picker"  # the select box's own state
URL_PARAM = "project"
_URL_WRITTEN = "project_in_url"  # the id this session last put in the URL
_OWNED = "project_state"  # (project id, keys present) at the start of the previous run
_LISTED = "project_list"  # this run's list of projects, from begin_run for project_picker
# Keys that belong to the session, not to the open project: the language, the open
# project itself, a facilitator's login, workshop editing, the portfolio's choice of
# what counts, what the presentation shows, the record of uploaded files.
SESSION_WIDE = {"lang", "lang_switch", PROJECT_KEY, _PICKER_KEY, _URL_WRITTEN, _OWNED,
                "presentatie_bron"}
SESSION_WIDE_PREFIXES = ["project_", "werkplek", "workshop", "portfolio_met", "begeleider", "auth_"]


@st.cache_resource
def _open_store() -> Store:
    store = Store()
    ensure_demo(store)  # a first run is never an empty screen
    return store


def base_store() -> Store:
    """The process's store, unscoped. A database in use by another program, damaged or from
    a newer version ends the page with its Dutch message instead of a traceback (and, since
    a failure is not cached, the next run tries again)."""
    try:
        return _open_store()
    except StoreError as exc:
        st.error(md(str(exc)), icon=":material/lock:")
        st.stop()


def get_store() -> Store:
    """The store the pages use: the process's store, limited to the user's organisation
    when login is on (``store.scoped(scope)``, views/components/auth.py)."""
    return auth.store_for_run(base_store())


def keep_across_projects(*keys: str) -> None:
    """Declare session-state keys that hold no state of one project (kept on a switch)."""
    SESSION_WIDE.update(keys)


def _session_wide(key: str) -> bool:
    return key in SESSION_WIDE or any(key.startswith(p) for p in SESSION_WIDE_PREFIXES)


def _url_project() -> str | None:
    value = st.query_params.get(URL_PARAM)
    return None if value is None or value == st.session_state.get(_URL_WRITTEN) else value


def _follow_url(ids: list[int], names: dict[int, str], lang: str) -> None:
    """A project id the URL brought (not one this session wrote) opens that project."""
    asked = _url_project()
    if asked is None:
        return
    try:
        wanted = int(asked)
    except ValueError:
        wanted = None
    if wanted in ids:
        st.session_state[PROJECT_KEY] = wanted
        return
    fallback = st.session_state.get(PROJECT_KEY)
    fallback = fallback if fallback in ids else ids[0]
    st.session_state[PROJECT_KEY] = fallback
    st.warning(t("nav.url.unknown", lang, id=md(asked[:40]), name=md(names[fallback])),
               icon=":material/link_off:")


def _clear_on_switch() -> bool:
    """Drop the previous project's page state when the open project has changed; True
    when it did."""
    current = st.session_state.get(PROJECT_KEY)
    before = st.session_state.get(_OWNED)
    switched = before is not None and before[0] is not None and before[0] != current
    if switched:
        for key in before[1]:
            if not _session_wide(key) and key in st.session_state:
                del st.session_state[key]
    st.session_state[_OWNED] = (current, tuple(str(k) for k in st.session_state))
    return switched


def begin_run(with_picker: bool = True) -> None:
    """At the top of every run: the open project from the URL or the session, the old
    project's page state cleared on a switch, and (``with_picker``) the picker at the top
    of the sidebar with the URL set to the open project. A workshop server does none of
    it; the workshop pages pass ``with_picker=False`` and keep ``?project=`` out of
    their links."""
    st.session_state.pop(_LISTED, None)  # never a list from an earlier run
    if workshop_only():
        return
    lang = language.current()
    if with_picker:
        projects = get_store().list_projects()
        # The page's own picker call (open_page) reads the same list: one query per run.
        st.session_state[_LISTED] = projects
        if projects.empty:
            st.sidebar.info(t("session.no_projects", lang))
        else:
            ids = [int(i) for i in projects["id"]]
            names = dict(zip(ids, projects["name"]))
            _follow_url(ids, names, lang)
            if st.session_state.get(PROJECT_KEY) not in ids:
                st.session_state[PROJECT_KEY] = ids[0]
            _clear_on_switch()
            _draw_picker(ids, names, lang)
            return
    elif URL_PARAM in st.query_params:
        del st.query_params[URL_PARAM]
    _clear_on_switch()


def _draw_picker(ids: list[int], names: dict[int, str], lang: str) -> None:
    # The choice lives under PROJECT_KEY and the box is set from it: a page choosing a
    # project (the wizard after saving) is shown in the box on the next run.
    st.session_state[_PICKER_KEY] = st.session_state[PROJECT_KEY]
    st.sidebar.selectbox(t("session.project", lang), ids, format_func=lambda i: names[i],
                         key=page_key(_PICKER_KEY), on_change=_remember)
    written = str(st.session_state[PROJECT_KEY])
    if st.query_params.get(URL_PARAM) != written:
        st.query_params[URL_PARAM] = written
    st.session_state[_URL_WRITTEN] = written


def project_picker() -> tuple[int, Project] | None:
    """(id, project) of the open project (the picker at the top of the sidebar chooses
    it, see `begin_run`); None when there are no projects."""
    store = get_store()
    listed = st.session_state.pop(_LISTED, None)  # listed at the top of this very run
    projects = listed if listed is not None else store.list_projects()
    if projects.empty:
        return None
    ids = [int(i) for i in projects["id"]]
    project_id = st.session_state.get(PROJECT_KEY)
    if project_id not in ids:  # a page run on its own (a test), or deleted since the top
        project_id = st.session_state[PROJECT_KEY] = ids[0]
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
