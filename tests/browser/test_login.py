"""End to end: login with OpenID Connect in Chromium (issue 21).

The test starts a real OpenID Connect provider (the ``oidc-provider-mock`` package) on a
free port, writes its own secrets file with an ``[auth]`` table pointing at it, and starts
the app with ``IMPACTKAART_AUTH=oidc`` on a database with two organisations: Noord (a
bewerker whose provider sends the email in capitals, and a lezer) and Zuid. Through the
real st.login redirect: the bewerker sees her name, organisation and role in the sidebar,
Noord's project and nothing of Zuid's, and logs out back to the login screen; the lezer
has no editing pages (not in the menu, not by address); a user no organisation invited
sees only the "no organisation" page.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import time
import urllib.request

import pytest
from playwright.sync_api import expect

from impactkaart.accounts import members
from impactkaart.accounts.scope import Scope
from impactkaart.authoring.demo import demo_projects
from impactkaart.store.projects import Store
from tests.browser.conftest import NAV, AppServer, _free_port, screenshot, wait_idle

NOORD, ZUID = "Welzijn Noord", "Welzijn Zuid"
NOORD_PROJECT, ZUID_PROJECT = "Buurtcoaches Noord", "Zuidelijk geheim project"
BEWERKER = {"sub": "bea", "email": "Bea.Bewerker@Noord.nl", "name": "Bea Bewerker"}
LEZER = {"sub": "lex", "email": "lex@noord.nl", "name": "Lex Lezer"}
NIEMAND = {"sub": "nina", "email": "nina@elders.nl", "name": "Nina Nergens"}


@pytest.fixture(scope="module")
def provider():
    port = _free_port()
    command = [sys.executable, "-m", "oidc_provider_mock", "-p", str(port)]
    for user in (BEWERKER, LEZER, NIEMAND):
        command += ["--user-claims", json.dumps(user)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"oidc-provider-mock stopped: {proc.stderr.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/.well-known/openid-configuration", timeout=2):
                break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=15)


@pytest.fixture(scope="module")
def server(provider, tmp_path_factory):
    folder = tmp_path_factory.mktemp("login")
    path = folder / "impactkaart.duckdb"
    with Store(path) as store:
        noord = members.create_organisation(store, NOORD)
        zuid = members.create_organisation(store, ZUID)
        members.add_member(store, noord, BEWERKER["email"], "bewerker", name=BEWERKER["name"])
        members.add_member(store, noord, LEZER["email"], "lezer", name=LEZER["name"])
        members.add_member(store, zuid, "zara@zuid.nl", "beheerder")
        first, second = demo_projects()[:2]
        store.scoped(Scope(noord, "bea.bewerker@noord.nl", "bewerker")).save_project(
            dataclasses.replace(first, name=NOORD_PROJECT))
        store.scoped(Scope(zuid, "zara@zuid.nl", "beheerder")).save_project(
            dataclasses.replace(second, name=ZUID_PROJECT))
    app = AppServer(path, env={"IMPACTKAART_AUTH": "oidc"},
                    args=("--secrets.files", str(folder / "secrets.toml")))
    (folder / "secrets.toml").write_text(
        "[auth]\n"
        f'redirect_uri = "http://localhost:{app.port}/oauth2callback"\n'
        f'cookie_secret = "{"k" * 48}"\n'
        'client_id = "impactkaart-test"\n'
        'client_secret = "test-secret"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n',
        encoding="utf-8")
    app.start()
    yield app
    app.stop()


def _login(browser, server, provider, user: dict):
    """A fresh browser logs in as ``user`` through the provider's page; returns the page."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL",
                               ).new_page()
    page.goto(f"http://localhost:{server.port}/")
    wait_idle(page)
    expect(page.get_by_role("heading", name="Inloggen bij Impactkaart")).to_be_visible()
    assert NOORD_PROJECT not in page.locator("body").inner_text()
    assert page.locator(NAV).count() == 0  # no menu before login
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(f"{provider}/**")
    page.get_by_role("button", name=user["sub"], exact=True).click()  # a predefined user
    page.wait_for_url(f"http://localhost:{server.port}/**")
    # The first run after login draws the whole Impactkaart, the server's first (cold) one
    # in the first test: room for a loaded machine.
    wait_idle(page, timeout=90_000)
    return page


def test_a_bewerker_logs_in_sees_her_name_role_and_only_her_organisation_then_logs_out(
        browser, server, provider):
    page = _login(browser, server, provider, BEWERKER)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Ingelogd als Bea Bewerker")).to_be_visible()
    expect(sidebar.get_by_text(f"Organisatie: {NOORD}")).to_be_visible()
    expect(sidebar.get_by_text("Rol: bewerker")).to_be_visible()
    expect(page.get_by_role("heading", name=NOORD_PROJECT)).to_be_visible()
    assert ZUID_PROJECT not in page.locator("body").inner_text()
    expect(page.locator(NAV).get_by_text("Effecten bewerken")).to_be_visible()
    assert page.locator(NAV).get_by_text("Leden en rollen").count() == 0  # no beheerder
    # The name stays on every page.
    page.locator(NAV).get_by_text("Portfolio").click()
    wait_idle(page)
    expect(sidebar.get_by_text("Ingelogd als Bea Bewerker")).to_be_visible()
    assert ZUID_PROJECT not in page.locator("body").inner_text()
    screenshot(page, "login_bewerker")
    sidebar.get_by_role("button", name="Uitloggen").click()
    # Streamlit ends the provider's session too (its end_session page), which sends the
    # user back to the app.
    page.wait_for_url(f"{provider}/oauth2/end_session**")
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(f"http://localhost:{server.port}/**")
    wait_idle(page)
    expect(page.get_by_role("heading", name="Inloggen bij Impactkaart")).to_be_visible()
    assert "Bea Bewerker" not in page.locator("body").inner_text()
    page.context.close()


def test_a_lezer_has_no_editing_pages(browser, server, provider):
    page = _login(browser, server, provider, LEZER)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Rol: lezer")).to_be_visible()
    expect(page.get_by_role("heading", name=NOORD_PROJECT)).to_be_visible()
    nav = page.locator(NAV)
    screenshot(page, "login_lezer_menu")
    expect(nav.get_by_role("link", name="Portfolio")).to_be_visible(timeout=20_000)
    for editing in ("Effecten bewerken", "Nieuw project", "Importeren (CSV/Excel)"):
        assert nav.get_by_text(editing).count() == 0
    page.goto(f"http://localhost:{server.port}/effecten")
    wait_idle(page)
    expect(page.get_by_text("U bent lezer in deze organisatie")).to_be_visible()
    assert page.get_by_role("button", name="Opslaan").count() == 0
    assert page.get_by_test_id("stDataFrame").count() == 0  # no editor table
    screenshot(page, "login_lezer")
    page.context.close()


def test_a_user_without_an_organisation_sees_only_the_clear_page(browser, server, provider):
    page = _login(browser, server, provider, NIEMAND)
    expect(page.get_by_role("heading", name="Nog geen organisatie")).to_be_visible()
    body = page.locator("body").inner_text().replace("\u2060", "")  # md's word joiner after @
    assert "nina@elders.nl" in body
    for hidden in (NOORD_PROJECT, ZUID_PROJECT, NOORD, ZUID, "De Impactkaart", "Portfolio"):
        assert hidden not in body
    assert page.locator(NAV).count() == 0
    page.goto(f"http://localhost:{server.port}/portfolio")
    wait_idle(page)
    expect(page.get_by_role("heading", name="Nog geen organisatie")).to_be_visible()
    assert ZUID_PROJECT not in page.locator("body").inner_text()
    page.context.close()
