"""In the browser: upload a Dutch CSV, see the error row, fix the file, import, see the map change."""

from __future__ import annotations

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.io.imports.tables import import_file
from impactkaart.text import formats
from tests.browser.conftest import screenshot, upload, wait_idle

HEADER = "Effect;Belanghebbende;Sector;Aantal;Waarde per eenheid;Duur;Nul-effect;Toerekening;Uitval\n"
ROW_1 = "Minder huisartsbezoek;Zorgverzekeraar;Zorg;120;€ 1.234,50;3;20%;0,25;10%\n"
BAD_ROW_2 = "Minder overlast;gemeente;;15;€ 800,-;2;0,1;1,5;0\n"
GOOD_ROW_2 = BAD_ROW_2.replace(";1,5;", ";0,5;")


def factor_shown(page) -> str:
    metric = page.locator("[data-testid=stMetric]", has_text="Rendementsfactor").first
    return metric.locator("[data-testid=stMetricValue]").inner_text().strip()


def test_import_a_dutch_csv_and_see_the_impactkaart_change(app_server, page):
    page.goto(app_server.url)
    wait_idle(page)
    before = factor_shown(page)

    page.goto(f"{app_server.url}/importeren")
    wait_idle(page)
    upload(page, "effecten.csv", (HEADER + ROW_1 + BAD_ROW_2).encode("cp1252"),
           "er wordt niets opgeslagen")
    alert = page.locator("[data-testid=stAlert]", has_text="er wordt niets opgeslagen")
    assert "Rij 3, kolom 'Toerekening': '1,5' moet tussen 0 en 1 liggen" in alert.inner_text()
    assert page.get_by_role("button", name="Importeren").count() == 0
    screenshot(page, "import_fout")

    upload(page, "effecten-hersteld.csv", (HEADER + ROW_1 + GOOD_ROW_2).encode("cp1252"),
           "Klaar om te importeren: 2 effecten.")
    page.get_by_text("Ik begrijp dat de bestaande").click()
    wait_idle(page)
    page.get_by_role("button", name="Importeren").click()
    wait_idle(page)
    page.get_by_text("is ingelezen en opgeslagen").wait_for()
    assert page.locator("[data-testid=stException]").count() == 0
    screenshot(page, "import_klaar")

    page.get_by_role("link", name="Bekijk de Impactkaart").click()
    wait_idle(page)
    page.locator("[data-testid=stMetric]").first.wait_for()
    after = factor_shown(page)
    # The first demo project with its effects replaced by the two rows of the file.
    expected = compute(import_file((HEADER + ROW_1 + GOOD_ROW_2).encode("cp1252"), "e.csv",
                                   target=demo_projects()[0]).project).rendementsfactor
    assert after == formats.factor(expected, decimals=2) != before
    screenshot(page, "import_impactkaart")
