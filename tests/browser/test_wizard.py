"""End to end: a new user completes the three steps, and the number holds.

The rendementsfactor on the Impactkaart must equal what the command line
(`impactkaart compute FILE --json`) gives for the project file downloaded from
the UI; after a server restart the project is still there with the same figure.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from tests.browser.conftest import NAV, ROOT, commit, screenshot, wait_idle

NAME = "Buurtkamer De Linde"


def open_nav(page, title: str) -> None:
    page.locator(f"{NAV} a", has_text=title).click()
    wait_idle(page)


def headline(page) -> str:
    """The displayed rendementsfactor ('3,95×') of the Impactkaart."""
    metric = page.locator("[data-testid=stMetric]", has_text="Rendementsfactor").first
    return metric.locator("[data-testid=stMetricValue]").inner_text().strip()


def as_number(text: str) -> tuple[float, int]:
    """'3,95×' -> (3.95, 2 decimals)."""
    digits = re.search(r"\d+(?:,\d+)?", text.replace(".", "")).group(0)
    decimals = len(digits.split(",")[1]) if "," in digits else 0
    return float(digits.replace(",", ".")), decimals


def test_new_user_completes_the_wizard_and_the_figure_holds(app_server, page, tmp_path):
    page.goto(app_server.url)
    wait_idle(page)
    open_nav(page, "Nieuw project")

    # Step 1: name, type, looptijd
    commit(page.get_by_label("Naam van het project", exact=True), NAME)
    wait_idle(page)
    page.get_by_label("Type project", exact=True).click()
    page.get_by_role("option", name="Eenzaamheid").click()
    wait_idle(page)
    commit(page.get_by_label("Looptijd (jaren)", exact=True), "2")
    wait_idle(page)
    screenshot(page, "wizard_step1")
    page.get_by_role("button", name="Volgende →").click()
    wait_idle(page)

    # Step 2: a mistake first (reach 0), then the right answer
    page.get_by_text("Stap 2: Bereik en kosten").first.wait_for()
    commit(page.get_by_label("Bereik: aantal deelnemers per jaar", exact=True), "0")
    wait_idle(page)
    page.get_by_role("button", name="Volgende →").click()
    wait_idle(page)
    page.get_by_text("Bereik (deelnemers per jaar): moet groter dan 0 zijn").wait_for()
    screenshot(page, "wizard_step2_error")
    commit(page.get_by_label("Bereik: aantal deelnemers per jaar", exact=True), "50")
    wait_idle(page)
    commit(page.get_by_label("Gemeente: € per jaar", exact=True), "40000")
    wait_idle(page)
    page.get_by_role("button", name="Volgende →").click()
    wait_idle(page)

    # Step 3: 25 % fewer GP consults than the reference, the rest the same
    page.get_by_text("Stap 3: Vergelijking met de referentie").first.wait_for()
    commit(page.get_by_label("Verschil met referentie (%)", exact=True).first, "-25")
    wait_idle(page)
    assert page.get_by_text("illustratief").count() > 0
    assert page.get_by_text("Kostenhandleiding").count() > 0  # the proxies' sources
    screenshot(page, "wizard_step3")
    page.get_by_role("button", name="Project opslaan").click()
    wait_idle(page)

    # The Impactkaart of the new project
    page.locator("h1", has_text=NAME).wait_for()
    page.locator("[data-testid=stMetric]").first.wait_for()
    assert page.locator("[data-testid=stException]").count() == 0
    shown = headline(page)
    screenshot(page, "wizard_saved_impactkaart")

    # Export the project file from the UI and let the CLI compute it
    open_nav(page, "Effecten bewerken")
    page.locator("h1", has_text="Effecten bewerken").wait_for()
    screenshot(page, "effecten_new_project")
    with page.expect_download() as download:
        page.get_by_role("button", name="Projectbestand downloaden (JSON)").click()
    path = tmp_path / "project.json"
    download.value.save_as(path)
    assert json.loads(path.read_text(encoding="utf-8"))["name"] == NAME
    cli = subprocess.run(
        [sys.executable, "-m", "impactkaart.cli.main", "compute", str(path), "--json"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    factor = json.loads(cli.stdout)["rendementsfactor"]
    value, decimals = as_number(shown)
    assert abs(value - factor) <= 0.5 * 10**-decimals + 1e-12, (shown, factor)

    # A restart keeps the project
    app_server.restart()
    page.goto(app_server.url)
    wait_idle(page)
    page.locator("[data-testid=stSidebar]").get_by_label("Project", exact=True).click()
    page.get_by_role("option", name=NAME).click()
    wait_idle(page)
    page.locator("h1", has_text=NAME).wait_for()
    assert headline(page) == shown
    screenshot(page, "wizard_after_restart")
