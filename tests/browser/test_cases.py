"""In the browser: two cases with a start and end situation, the work session's attribution,
the rendement per case, and the project's ex post result changing with the cases."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from impactkaart.text import formats
from tests.browser.conftest import NAV, screenshot, wait_idle
from tests.oracle import price_data, price_index

# By hand (proxies from impactkaart/data/proxies.csv):
#   C01: GP consults 12 → 4: 8 × € 30,87 × 50%           = €   123,48
#        eviction risk 60% → 10%: 1 × 0,5 × € 12.500 × 40% = € 2.500,00
#   C02: emergency visits 3 → 1: 2 × € 258 × 75%          = €   387,00
#   all cases: € 3.010,48 against € 1.500 + € 500 = € 2.000 → 1,51×, in the proxies' own
#   price years; each is indexed to 2024 by the CPI (tests/oracle.py: GP and emergency
#   visits 2022 → × 1,073; the eviction's price year as proxies.csv gives it).
_YEARS = price_data()[1]
GP, SEH, EVICTION = (price_index(2024, _YEARS[k]) for k in ("huisartsconsult", "seh_bezoek",
                                                             "uithuiszetting"))
C01_VALUE, C02_VALUE = 123.48 * GP + 2500.0 * EVICTION, 387.0 * SEH
TOTAL = C01_VALUE + C02_VALUE


def open_nav(page, title: str) -> None:
    page.locator(f"{NAV} a", has_text=title).click()
    wait_idle(page)


def metric(page, label: str) -> str:
    box = page.locator("[data-testid=stMetric]", has_text=label).first
    return box.locator("[data-testid=stMetricValue]").inner_text().strip()


def visible(page, label: str):
    """The field on screen: a case switch can leave the previous case's (hidden) tab panel
    in the page for a moment, with fields of the same label."""
    return page.get_by_label(label, exact=True).filter(visible=True)


def fill(page, label: str, value: str) -> None:
    visible(page, label).fill(value)


def click(page, button: str, then: str) -> None:
    """Click and wait for what the click shows (``then``), not merely for an idle app: the
    rerun may not have started yet when the click returns."""
    page.get_by_role("button", name=button, exact=True).click()
    page.get_by_text(then).first.wait_for()
    wait_idle(page)


def enter_case(page, code: str, group: str, item: str, start: str, end: str, invest: str,
               risk: tuple[str, str] | None = None) -> None:
    """A new case: start situation, end situation, investment by the gemeente (all in forms,
    so nothing reruns before the button)."""
    fill(page, "Doelgroep", group)
    click(page, "Casus aanmaken", f"Casus {code} aangemaakt")
    fill(page, item, start)
    if risk:
        fill(page, "Kans op uithuiszetting (%)", risk[0])
    click(page, "Meting opslaan", f"Startsituatie van casus {code} opgeslagen")
    page.get_by_test_id("stRadioGroup").get_by_text("Eindsituatie", exact=True).click()
    # The end form replaces the start form (another element): wait until the old one is gone.
    page.locator("input[aria-label='Naam van deze meting'][value='Startsituatie']").wait_for(
        state="detached")
    expect(visible(page, "Naam van deze meting")).to_have_value("Eindsituatie")
    wait_idle(page)
    fill(page, item, end)
    if risk:
        fill(page, "Kans op uithuiszetting (%)", risk[1])
    click(page, "Meting opslaan", f"Eindsituatie van casus {code} opgeslagen")
    page.get_by_role("tab", name="Casus en investering").click()
    fill(page, "Investering Gemeente (€)", invest)
    click(page, "Casus opslaan", f"Casus {code} opgeslagen")


def attribute(page, change: str, share: str, reason: str = "", last: bool = False) -> None:
    """The work session's verdict on the change on screen (a form: one save)."""
    expect(page.get_by_role("combobox", name="Verandering")).to_have_value(
        re.compile("^" + re.escape(change)))
    fill(page, "Door de activiteiten (%)", share)
    if reason:
        fill(page, "Reden (kort)", reason)
        page.get_by_text("Consensus", exact=True).click()
    click(page, "Opslaan" if last else "Opslaan en volgende", f"Opgeslagen: {change}")


def test_two_cases_attribution_rendement_and_ex_post(app_server, page):
    page.goto(app_server.url)
    wait_idle(page)
    open_nav(page, "Ex ante / ex post")
    measured_before = metric(page, "Baten gemeten (contante waarde)")
    assert measured_before == formats.euro(0)  # the demo project has no measurements

    open_nav(page, "Casussen")
    fill(page, "Wat is er veranderd, in de woorden van de bewoner", "Ik heb weer rust.")
    enter_case(page, "C01", "65+", "Huisartsconsulten (consulten per jaar)", "12", "4", "1500",
               risk=("60", "10"))
    assert page.locator("[data-testid=stException]").count() == 0
    screenshot(page, "casussen_c01")
    choose = page.get_by_role("combobox", name="Casus", exact=True)
    choose.click()
    choose.fill("Nieuwe casus")  # the select box filters its options as one types
    choose.press("Enter")
    page.get_by_role("heading", name="Nieuwe casus").wait_for()
    wait_idle(page)
    enter_case(page, "C02", "gezin", "Bezoeken spoedeisende hulp (bezoeken per jaar)", "3", "1", "500")
    page.get_by_text("Alle casussen van dit project", exact=True).wait_for()
    screenshot(page, "casussen_c02")

    open_nav(page, "Werksessie")
    page.get_by_text("3 veranderingen", exact=False).first.wait_for()
    attribute(page, "C01 · Huisartsconsulten", "50", reason="vrijwilliger regelt de post")
    attribute(page, "C01 · Uithuiszetting", "40")
    attribute(page, "C02 · Bezoeken spoedeisende hulp", "75", last=True)
    page.get_by_text("3 besproken").wait_for()
    page.get_by_text("Grote letters (projector)", exact=True).click()
    page.locator("[data-testid=stTable]").wait_for()
    wait_idle(page)
    screenshot(page, "werksessie_projector")
    page.get_by_text("Grote letters (projector)", exact=True).click()
    page.locator("[data-testid=stTable]").wait_for(state="detached")
    wait_idle(page)

    page.get_by_role("tab", name="Rendement per casus").click()
    assert metric(page, "Waarde na toerekening") == formats.euro(TOTAL)
    assert metric(page, "Investering in de casussen") == formats.euro(2000)
    assert metric(page, "Rendementsfactor casussen") == formats.factor(TOTAL / 2000, decimals=2)
    strip = page.locator("[data-testid=stVegaLiteChart]").first
    for code in ("C01", "C02"):  # a dot and a label per case
        # Charts draw after the script run ends: wait for the marks, never count at once.
        expect(strip.locator(f"[aria-label*='{code}']")).not_to_have_count(0)
    screenshot(page, "werksessie_rendement")

    page.get_by_role("tab", name="Samen leren").click()
    page.get_by_text("In de woorden van de bewoners").wait_for()
    screenshot(page, "werksessie_samen_leren")
    page.get_by_role("tab", name="Naar ex post").click()
    page.get_by_text("Voor hoeveel deelnemers staan deze casussen?").wait_for()
    screenshot(page, "werksessie_naar_ex_post")
    click(page, "Neem casusresultaten over in ex post", "Casusresultaten overgenomen in ex post.")
    page.get_by_role("link", name="Naar Ex ante / ex post").click()
    wait_idle(page)
    page.locator("h1", has_text="Ex ante / ex post").wait_for()
    assert metric(page, "Baten gemeten (contante waarde)") == formats.euro(TOTAL)
    chart = page.locator("[data-testid=stVegaLiteChart]").first
    expect(chart.get_by_text(re.compile("Uit casussen"))).not_to_have_count(0)
    assert page.locator("[data-testid=stException]").count() == 0
    screenshot(page, "werksessie_ex_post")
