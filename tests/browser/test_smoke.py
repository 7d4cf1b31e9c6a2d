"""Cold start: the first screen is a demo project's Impactkaart, without errors."""

from tests.browser.conftest import screenshot, wait_idle


def test_cold_start_shows_a_demo_project(app_server, page):
    page.goto(app_server.url)
    wait_idle(page)
    page.wait_for_selector("[data-testid=stMetric]")
    assert page.locator("[data-testid=stException]").count() == 0
    assert "illustratief" in page.locator("h1").first.inner_text()
    screenshot(page, "cold_start")
