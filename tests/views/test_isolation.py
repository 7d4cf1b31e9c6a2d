"""Nobody sees another organisation's work, on any page (issue 21).

With ``IMPACTKAART_AUTH=oidc`` a database holds two organisations. Organisation B has a
project, a KPI programme, a workshop and a comment, each named with a marker that
appears nowhere else. Every page under views/ (found automatically, tests/app_support.PAGES,
so a new page is covered by itself) is rendered with AppTest as the beheerder of
organisation A (``at.user``, how AppTest presents a logged-in user, read as ``st.user``),
first as opened from the menu, then with ``?project=<B's id>`` in the address: no string
the page sends to the browser names B's work, and the project picker offers only A's
projects. `test_every_page_is_covered` fails on a page file that is neither rendered here
nor exempted with its reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.accounts import members
from impactkaart.accounts.scope import Scope
from impactkaart.authoring.demo import demo_projects
from impactkaart.monitoring import store as kpi_store
from impactkaart.store.projects import Store
from impactkaart.versions import comments
from impactkaart.workshop import rooms
from tests.app_support import PAGES, ROOT, fresh_db, logged_in_app
from tests.views.test_english import page_strings

SECRET = "Zuidgeheim"  # in every name of organisation B's work, nowhere else
A_PROJECT = "Buurtwerk van Noord"
A_USER = {"is_logged_in": True, "email": "anna@noord.nl", "name": "Anna Noord"}
# Page files under views/ that are not pages of the navigation, with why they are safe.
EXEMPT = {
    "views/shared/gedeeld.py": "a share link's page: its token names its one project "
                               "(tests/versions, tests/browser/test_share_link.py)",
}


@pytest.fixture
def two_organisations(tmp_path, monkeypatch):
    for path in fresh_db(tmp_path, monkeypatch):
        monkeypatch.setenv("IMPACTKAART_AUTH", "oidc")
        with Store(path) as store:
            a = members.create_organisation(store, "Welzijn Noord")
            b = members.create_organisation(store, f"{SECRET} organisatie")
            members.add_member(store, a, A_USER["email"], "beheerder", name=A_USER["name"])
            members.add_member(store, b, "bob@zuid.nl", "beheerder", name=f"Bob {SECRET}")
            as_a = store.scoped(Scope(a, A_USER["email"], "beheerder"))
            as_b = store.scoped(Scope(b, "bob@zuid.nl", "beheerder"))
            first, second = demo_projects()[:2]
            as_a.save_project(dataclasses.replace(first, name=A_PROJECT))
            b_id = as_b.save_project(dataclasses.replace(
                second, name=f"{SECRET} project", description=f"{SECRET} beschrijving"))
            kpi_store.create_programme(as_b, f"{SECRET} programma", "jongerenwerk", b_id)
            rooms.create_workshop(as_b, f"{SECRET} workshop", dt.date.today())
            comments.add_comment(as_b, b_id, f"{SECRET} opmerking", "Bob")
            members.add_member(as_b, b, f"{SECRET.lower()}@zuid.nl", "lezer")
        yield b_id


def _app() -> AppTest:
    return logged_in_app(A_USER)


def _leaks(at) -> list[str]:
    return [s for s in page_strings(at) if SECRET.lower() in s.lower()]


def _signed_in_as_a(at) -> None:
    assert not at.exception, at.exception
    assert any("Anna Noord" in m.value for m in at.sidebar.markdown), "not signed in as A"


@pytest.mark.parametrize("page", PAGES)
def test_no_page_shows_another_organisations_work(two_organisations, page):
    b_id = two_organisations
    at = _app().run()
    at.switch_page(page).run()
    _signed_in_as_a(at)
    assert not _leaks(at), f"{page} shows organisation B's work: {_leaks(at)[:3]}"
    pickers = [s for s in at.sidebar.selectbox if s.key == "project_picker"]
    for picker in pickers:
        assert b_id not in picker.options
    # B's project by its address (a bookmark, a link passed on): still nothing of B.
    at.query_params["project"] = str(b_id)
    at.run()
    _signed_in_as_a(at)
    assert not _leaks(at), f"{page}?project={b_id} shows organisation B's work: {_leaks(at)[:3]}"
    assert at.session_state["project_id"] != b_id if "project_id" in at.session_state else True


def test_every_page_is_covered():
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "views").rglob("*.py")
               if "components" not in p.parts and p.name not in ("__init__.py", "app.py")}
    assert on_disk == set(PAGES) | set(EXEMPT), (
        "a page is neither rendered by test_no_page_shows_another_organisations_work "
        f"nor exempted with a reason: {sorted(on_disk - set(PAGES) - set(EXEMPT))}")
