"""Cold start: the first screen is a demo project's Impactkaart, without errors."""

from tests.browser.conftest import NAV, screenshot, wait_idle


def test_cold_start_shows_a_demo_project(app_server, page):
    page.goto(app_server.url)
    wait_idle(page)
    page.wait_for_selector("[data-testid=stMetric]")
    assert page.locator("[data-testid=stException]").count() == 0
    assert "illustratief" in page.locator("h1").first.inner_text()
    screenshot(page, "cold_start")


def test_a_reload_of_a_subpage_keeps_the_app_navigation(app_server, page):
    # Regression: with a pages/ folder Streamlit ran /effecten on its own, without
    # app.py's navigation (raw file names in the sidebar, no wide layout).
    page.goto(f"{app_server.url}/effecten")
    wait_idle(page)
    for title in ("De Impactkaart", "Effecten bewerken", "Workshop aanmaken"):
        page.locator(f"{NAV} a", has_text=title).wait_for()  # the links arrive one by one
    nav = page.locator(NAV).inner_text()
    assert "Effecten bewerken" in nav and "De Impactkaart" in nav
    assert "nieuw project" not in nav  # a file name, as the old multipage mode showed
    assert page.locator("[data-testid=stException]").count() == 0
