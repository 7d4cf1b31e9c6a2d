"""In Chromium: the open project in the URL survives a reload, a switch changes the URL and
starts the page afresh; the portfolio counts real projects after a scenario and a workshop."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.conftest import NAV, screenshot, wait_idle


def picker(page):
    return page.locator("[data-testid=stSidebar]").get_by_role("combobox", name="Project")


def choose(page, box, option: str) -> None:
    """Pick an option as a user does: open the box, type to filter, Enter."""
    box.click()
    box.fill(option)
    box.press("Enter")
    wait_idle(page)


def test_the_url_keeps_the_project_through_a_reload_and_a_switch(app_server, page):
    page.goto(f"{app_server.url}/effecten?project=2")
    wait_idle(page)
    expect(picker(page)).to_have_value(re.compile("^Jongerenwerk"), timeout=30_000)
    # The picker is the first thing in the sidebar, above the language and the menu.
    assert picker(page).bounding_box()["y"] < page.get_by_text("Taal / Language").bounding_box()["y"]
    assert picker(page).bounding_box()["y"] < page.locator(NAV).bounding_box()["y"]
    page.reload()
    wait_idle(page)
    expect(picker(page)).to_have_value(re.compile("^Jongerenwerk"), timeout=30_000)
    assert re.search(r"[?&]project=2\b", page.url)

    # The proxy picker's row for this project, then another project: a fresh row 1.
    row = page.get_by_role("combobox", name="Voor welk effect?")
    choose(page, row, "Rij 2")
    expect(row).to_have_value(re.compile("^Rij 2:"))
    choose(page, picker(page), "Thuisadministratie")
    page.wait_for_url(re.compile(r"[?&]project=3\b"))
    wait_idle(page)
    expect(page.locator("h1").first).to_contain_text("Effecten bewerken")
    expect(row).to_have_value(re.compile("^Rij 1:"), timeout=30_000)
    screenshot(page, "url-switched")
    # Another page keeps the project in the URL.
    page.locator(f"{NAV} a", has_text="De Impactkaart").click()
    wait_idle(page)
    page.wait_for_url(re.compile(r"[?&]project=3\b"))
    expect(page.locator("h1", has_text="Thuisadministratie")).to_have_count(1)


def test_the_portfolio_counts_real_projects_after_a_scenario_and_a_workshop(app_server, page):
    # A scenario of the open project, made on the Scenario's page.
    page.goto(f"{app_server.url}/scenarios?project=1")
    wait_idle(page)
    page.get_by_label("Naam van het scenario").fill("meer bereik")
    page.get_by_role("button", name="Scenario opslaan").click()
    # The page's own word that it is saved: an idle page alone may be the run before it.
    page.get_by_text("opgeslagen als nieuw project").wait_for(timeout=30_000)
    # A workshop, and one attendee's design, in the normal app.
    page.goto(f"{app_server.url}/workshop-aanmaken")
    wait_idle(page)
    page.get_by_label("Naam van de workshop").fill("Werksessie Zwolle")
    page.get_by_role("button", name="Workshop aanmaken").click()
    page.get_by_text("Bewaar deze begeleiderscode").wait_for()
    join_code = page.locator("h1 code").inner_text().strip()
    page.goto(f"{app_server.url}/meedoen")
    wait_idle(page)
    page.get_by_label("Deelnamecode").fill(join_code)
    page.get_by_label("Je naam of de naam van je project").fill("Anna")
    page.get_by_role("button", name="Doe mee").click()
    # The workspace's own link, then its field: a label match alone is not enough, since
    # "Naam van je project" is also part of the join form's "Je naam of de naam van je project".
    page.wait_for_url(re.compile(r"[?&]werkplek="))
    page.get_by_label("Naam van je project", exact=True).wait_for()
    assert "project=" not in page.url  # a workshop link never carries a project

    page.goto(f"{app_server.url}/portfolio")
    wait_idle(page)
    page.wait_for_selector("[data-testid=stMetric]")
    main = page.locator("[data-testid=stMain]")
    assert "3 projecten samen: rendementsfactor" in main.locator("h3").first.inner_text()
    # expect waits: the heading and the count below it are drawn one after the other
    expect(main).to_contain_text(
        "Meegeteld: 3 projecten; 1 scenario en 1 werksessie-ontwerp niet meegeteld.", timeout=15_000)
    # SEOR's 1,6 stands beside the count as context, never as "x van 3 erboven" (method § SEOR).
    seor = main.locator("[data-testid=stMetric]").nth(4).inner_text()
    assert "Ter vergelijking (SEOR)" in seor and "1,6×" in seor and " van " not in seor
    screenshot(page, "portfolio-counted")
    page.get_by_text("Scenario's meetellen (1)").click()
    wait_idle(page)
    page.wait_for_selector("h3:has-text('4 projecten samen')")
    expect(main).to_contain_text(
        "Meegeteld: 3 projecten en 1 scenario; 1 werksessie-ontwerp niet meegeteld.", timeout=15_000)
