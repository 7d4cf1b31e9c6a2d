"""The pages of issue 18 in AppTest: the share link's page in English (it is never in the
navigation, so tests/views/test_english.py does not open it), a bad token shows nothing of a
project, and the history page restores a version."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.store.projects import Store
from impactkaart.versions import comments, history, links
from impactkaart.versions.authors import saving_as
from tests.app_support import reopened
from tests.views.test_english import citations, dutch_words, english_project, page_strings

ROOT = Path(__file__).resolve().parents[2]


def _shared(app_db, allow_comments=True):
    with Store(app_db) as store:
        project = english_project()
        project_id = store.save_project(project)
        comments.add_comment(store, project_id, "Where is this from?", "Alderman Smith")
        _, token = links.create_link(store, project_id, dt.date.today() + dt.timedelta(days=2),
                                     allow_comments=allow_comments)
    return project, token


def _app(query: dict, lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = lang
    at.query_params.update(query)
    return at.run()


@pytest.mark.parametrize("view", ["kaart", "presentatie", "onepager"])
def test_the_shared_page_in_english_has_no_dutch(app_db, view):
    project, token = _shared(app_db)
    at = _app({"deel": token})
    if view != "kaart":
        at.button_group(key="gedeeld_weergave").set_value(view).run()
    assert not at.exception, at.exception
    assert at.title[0].value == project.name
    cited = citations()
    found = {s: words for s in page_strings(at) if (words := dutch_words(s, cited))}
    assert not found, found
    assert not at.get("data_editor") and "project_picker" not in at.session_state


def test_a_shortened_token_shows_a_message_and_no_project(app_db):
    project, token = _shared(app_db)
    at = _app({"deel": token[:-4]}, lang="nl")
    assert "veranderd of ingekort" in at.error[0].value
    assert all(project.name not in t.value for t in at.title)
    assert not at.get("vega_lite_chart") and not at.metric


def test_restoring_a_version_on_the_history_page(app_db):
    with Store(app_db) as store, saving_as("Anna"):
        project = english_project()
        project_id = store.save_project(project)
        store.save_project(dataclasses.replace(project, years=project.years + 2), project_id)
    at = _app({"project": str(project_id)})
    at.switch_page("views/project/versies.py").run()
    assert not at.exception, at.exception
    at.button(key="terugzetten_1").click().run()
    assert "Version 1 was restored as version 3." in at.success[0].value
    with reopened(app_db) as store:
        newest = history.history(store, project_id)[0]
        assert (newest.number, newest.restored_from) == (3, 1)
        assert store.load_project(project_id).years == project.years
