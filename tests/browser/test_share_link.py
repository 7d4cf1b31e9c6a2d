"""End to end: a read-only share link in Chromium (issue 18).

Before the server starts, the test writes a database with two projects and three links
to the first: one that allows comments, one that expired yesterday. The partner's link
shows that project only (its Impactkaart, presentation and one-pager): no menu, no
picker, no other project, no editor, also when the address names another page. A
changed or shortened token shows a clear message; the expired one says so. The partner
comments; the owner sees the comment beside the Impactkaart and revokes the link; the
partner's next click shows that it was revoked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from playwright.sync_api import expect

from impactkaart.authoring.demo import demo_projects
from impactkaart.store.projects import Store
from impactkaart.versions import links
from tests.browser.conftest import NAV, AppServer, screenshot, wait_idle

OTHER = "Een ander project dat geheim blijft"


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    path = tmp_path_factory.mktemp("delen") / "impactkaart.duckdb"
    with Store(path) as store:
        project = demo_projects()[0]
        project_id = store.save_project(project)
        store.save_project(dataclasses.replace(demo_projects()[1], name=OTHER))
        today = dt.date.today()
        _, token = links.create_link(store, project_id, today + dt.timedelta(days=7),
                                     allow_comments=True, label="wethouder")
        yesterday = dt.datetime.now() - dt.timedelta(days=2)
        _, expired = links.create_link(store, project_id, today - dt.timedelta(days=1), now=yesterday)
    server = AppServer(path)
    server.start()
    yield server, project.name, token, expired
    server.stop()


def _open(page, url: str) -> None:
    page.goto(url)
    wait_idle(page)


def test_a_share_link_shows_only_its_project_read_only(shared, browser):
    server, name, token, expired = shared
    partner = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL").new_page()
    _open(partner, f"{server.url}/?deel={token}")
    expect(partner.get_by_role("heading", name=name)).to_be_visible()
    for view in ("Presentatie", "One-pager", "Impactkaart"):
        partner.get_by_role("radio", name=view, exact=True).click()
        wait_idle(partner)
        body = partner.locator("body").inner_text()
        assert OTHER not in body and "Effecten bewerken" not in body
        expect(partner.locator(NAV)).to_have_count(0)  # no menu …
        expect(partner.locator("[data-testid=stSelectbox]").filter(has_text="Project")).to_have_count(0)
        expect(partner.locator("[data-testid=stDataFrameGlideDataEditor]")).to_have_count(0)  # … no editor
    screenshot(partner, "deellink")
    # Another page in the address is still only the shared view.
    _open(partner, f"{server.url}/effecten?deel={token}")
    expect(partner.get_by_role("heading", name=name)).to_be_visible()
    expect(partner.locator(NAV)).to_have_count(0)
    expect(partner.locator("[data-testid=stDataFrameGlideDataEditor]")).to_have_count(0)
    if partner.get_by_role("dialog").count():  # Streamlit's "page not found": close it
        partner.keyboard.press("Escape")
        expect(partner.get_by_role("dialog")).to_have_count(0)

    # The partner comments …
    partner.get_by_label("Uw naam").fill("Wethouder Jansen")
    partner.get_by_label("Opmerking", exact=True).fill("Graag de bron van de deadweight.")
    partner.get_by_role("button", name="Plaatsen").click()
    wait_idle(partner)
    expect(partner.get_by_text("Graag de bron van de deadweight.")).to_be_visible()

    # … the owner sees it beside the Impactkaart and revokes the link.
    owner = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL").new_page()
    _open(owner, f"{server.url}/?project=1")
    owner.get_by_text("Opmerkingen (1 open van 1)").click()
    expect(owner.get_by_text("Graag de bron van de deadweight.")).to_be_visible()
    expect(owner.get_by_text("Wethouder Jansen")).to_be_visible()
    _open(owner, f"{server.url}/versies?project=1")
    owner.get_by_role("tab", name="Deellinks").click()
    owner.get_by_role("button", name="Intrekken").click()
    wait_idle(owner)
    expect(owner.get_by_text("ingetrokken")).to_be_visible()

    # The partner's next click: the link no longer works.
    partner.get_by_role("radio", name="Presentatie", exact=True).click()
    wait_idle(partner)
    expect(partner.get_by_text("Deze deellink is ingetrokken")).to_be_visible()
    assert name not in partner.locator("body").inner_text()

    # A changed, a shortened and an expired link each say what is wrong.
    changed = token[:-2] + ("xy" if token[-2:] != "xy" else "zz")
    for bad, words in ((changed, "veranderd of ingekort"), (token[:8], "niet compleet"),
                       (expired, "verlopen")):
        _open(partner, f"{server.url}/?deel={bad}")
        expect(partner.get_by_text(words, exact=False)).to_be_visible()
        assert name not in partner.locator("body").inner_text()
