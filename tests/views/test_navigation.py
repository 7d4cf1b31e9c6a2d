"""AppTest: the open project is in the URL, the picker is at the top, a switch starts clean."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app_support import ROOT, pk


def app(project: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if project is not None:
        at.query_params["project"] = project
    return at.run()


def test_the_url_names_the_open_project_and_opens_it(app_db):
    at = app()
    assert not at.exception, at.exception
    first = at.session_state["project_id"]
    assert at.query_params["project"] == str(first)
    # A reload or a shared link: a new session with ?project=2 opens project 2.
    at = app("2")
    assert at.session_state["project_id"] == 2
    assert at.sidebar.selectbox(key="project_picker").value == 2
    assert "Jongerenwerk" in at.title[0].value
    # Choosing another project writes it into the URL, on every page.
    at.sidebar.selectbox(key="project_picker").set_value(3).run()
    assert at.query_params["project"] == "3"
    at.switch_page("views/project/effecten.py").run()
    assert at.session_state["project_id"] == 3 and at.query_params["project"] == "3"


@pytest.mark.parametrize("asked", ["99", "abc"])
def test_an_unknown_project_in_the_url_says_so_and_opens_the_first(app_db, asked):
    at = app(asked)
    assert not at.exception, at.exception
    assert at.session_state["project_id"] == 1
    assert at.query_params["project"] == "1"
    assert f"De link noemt project {asked}, maar dat bestaat niet (meer)" in at.warning[0].value


def test_the_picker_stands_above_the_language_switch_and_the_menu(app_db):
    at = app()
    sidebar = list(at.sidebar.children.values())
    assert sidebar[0].key == "project_picker"  # first: where am I
    assert sidebar[1].key == "lang_switch"  # then Taal / Language
    assert sidebar[2].key == "navigatie"  # then the menu, with every page
    assert len(sidebar[2].get("page_link")) == 19  # 6 + 2 + 3 + 2 + 3 + 3 pages


def test_switching_project_starts_every_page_afresh(app_db):
    at = app()
    at.radio(key="lang_switch").set_value("en").run()
    at.switch_page("views/project/effecten.py").run()
    at.selectbox(key=pk(at, "proxy_rij")).set_value(2).run()
    assert at.selectbox(key=pk(at, "proxy_rij")).value == 2
    old_options = at.selectbox(key=pk(at, "proxy_rij")).options
    at.sidebar.selectbox(key="project_picker").set_value(2).run()
    assert not at.exception, at.exception
    # The row chosen for the old project is gone: the picker starts at row 1 of the new one.
    assert at.selectbox(key=pk(at, "proxy_rij")).value == 0
    assert at.selectbox(key=pk(at, "proxy_rij")).options != old_options
    assert at.session_state["lang"] == "en"  # session-wide choices stay


def test_a_workshop_page_neither_shows_nor_carries_a_project(app_db):
    at = app("2")
    at.switch_page("views/workshop/deelnemen.py").run()
    assert not at.exception, at.exception
    assert "project" not in at.query_params
    assert not [s for s in at.sidebar.selectbox if s.key == "project_picker"]
