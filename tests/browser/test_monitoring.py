"""In the browser: import a file of KPI measurements, see the trend chart drawn, take the
KPI into ex post and see "gemeten via KPI" on the Impactkaart."""

from __future__ import annotations

from tests.browser.conftest import commit, screenshot, upload, wait_idle

FILE = ("kpi;periode;teller;noemer\n"
        "jongeren_doorverwezen;2025-Q1;7;20\n"
        "jongeren_doorverwezen;2025-Q2;9;24\n")


def test_import_trend_takeover_and_impactkaart(app_server, page):
    page.goto(app_server.url)
    wait_idle(page)
    page.goto(f"{app_server.url}/kpi-metingen")
    wait_idle(page)
    commit(page.get_by_label("Naam van het programma"), "Jongeren Oost")
    upload(page, "metingen.csv", FILE.encode("cp1252"), "2 metingen gelezen, zonder problemen.")
    page.get_by_role("button", name="Importeren").click()
    wait_idle(page)
    page.get_by_text("2 metingen toegevoegd").wait_for()

    page.goto(f"{app_server.url}/monitor")
    wait_idle(page)
    chart = page.locator("[data-testid=stVegaLiteChart]").first
    chart.wait_for()
    # the line and its points are drawn: one point per period, named by Vega's aria labels
    points = chart.locator("[aria-label*='2025-Q']")
    points.first.wait_for()
    assert points.count() >= 2
    screenshot(page, "monitor_trend")

    page.goto(f"{app_server.url}/ex_post")
    wait_idle(page)
    page.get_by_text("Ex post overnemen uit een KPI").wait_for()
    page.get_by_role("button", name="Overnemen").click()
    wait_idle(page)
    page.get_by_text("Overgenomen:").wait_for()
    assert page.locator("[data-testid=stException]").count() == 0

    page.goto(app_server.url)
    wait_idle(page)
    page.get_by_text("gemeten via KPI Jongeren toegeleid naar hulp of opleiding").wait_for()
    screenshot(page, "impactkaart_gemeten_via_kpi")
