"""Shared AppTest set-up: a fresh DuckDB file per test, and the app opened on one page.

`get_store` is an `st.cache_resource`, shared by every AppTest in this process;
`fresh_db` (the ``app_db`` fixture of tests/conftest.py) clears it
before and after each test, so a test never sees another test's store (or the
user's database).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import streamlit as st
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from impactkaart.store.projects import Store

ROOT = Path(__file__).resolve().parents[1]
# Every page of the app, new ones included: the files under views/ but the shared
# components, package files and the entry (views/app.py) that holds the navigation. The page
# of a share link (views/shared/) is never in the navigation: tests/versions opens it.
PAGES = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "views").rglob("*.py"))
         if "components" not in p.parts and "shared" not in p.parts
         and p.name not in ("__init__.py", "app.py")]


def fresh_db(tmp_path, monkeypatch) -> Iterator[Path]:
    path = tmp_path / "impactkaart.duckdb"
    monkeypatch.setenv("IMPACTKAART_DB", str(path))
    st.cache_resource.clear()
    yield path
    st.cache_resource.clear()


def open_page(page: str, lang: str = "nl") -> AppTest:
    """The whole app (navigation, demo data on first run) in ``lang``, switched to ``page``."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


# The [auth] settings of an AppTest with login on: AppTest never asks the provider (the
# address answers nothing), it presents the user itself (``at.user``, read as ``st.user``).
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "k" * 40,
        "client_id": "impactkaart", "client_secret": "geheim",
        "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration"}


def logged_in_app(user: dict | None, auth: dict | None = AUTH) -> AppTest:
    """The whole app (not yet run) with ``auth`` as its [auth] secrets and ``user`` as the
    logged-in user (None: nobody, or no [auth] at all)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if auth is not None:
        at.secrets["auth"] = auth
    if user is not None:
        at.user = dict(user)
    return at


def pk(at, name: str) -> str:
    """A widget key of the project open in ``at`` (views/components/keys.project_key)."""
    try:
        project_id = at.session_state["project_id"]
    except KeyError:  # a component run on its own: no project open
        project_id = None
    return f"p{project_id}_{name}"


def reopened(path: Path) -> Store:
    """The database file as a new process would see it: the app's store dropped first."""
    st.cache_resource.clear()
    return Store(path)


def recorded_downloads(monkeypatch) -> dict[str, Callable[[], object]]:
    """File name -> what its download button makes on a click, for every button an AppTest
    draws from now on (each still registered as Streamlit does): AppTest cannot click one."""
    made: dict[str, Callable[[], object]] = {}
    register = MediaFileManager.add_deferred

    def recording(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        made[file_name] = data_callable
        return register(self, data_callable, mimetype, coordinates, file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", recording)
    return made


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def paragraphs(elements) -> list[str]:
    """Each paragraph of the elements' texts (one caption may hold several)."""
    return [part for e in elements for part in e.value.split("\n\n")]
