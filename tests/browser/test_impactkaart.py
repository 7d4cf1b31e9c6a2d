"""End to end, in Debian's chromium: the Impactkaart draws, recomputes and links its charts."""

from __future__ import annotations

from playwright.sync_api import expect

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.core.whatif import Assumptions, EffectAssumption, assumptions_of, with_assumptions
from impactkaart.text import formats
from impactkaart.text.conventions import sensitivity_line
from tests.browser.conftest import screenshot, wait_idle

CHARTS = "[data-testid=stVegaLiteChart]"
# The app lists projects by id; a fresh database holds the demos in file order.
FIRST_DEMO = demo_projects()[0]


def open_impactkaart(page, url: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 2400})  # the whole map in one screenshot
    page.goto(url)
    wait_idle(page)
    page.wait_for_function(
        """() => { const c = document.querySelectorAll('[data-testid=stVegaLiteChart]');
                   return c.length === 4 && [...c].every(e => e.querySelector('svg .mark-rect path')); }""",
        timeout=30_000,
    )


def headline(page) -> str:
    return page.locator("[data-testid=stMetricValue]").first.inner_text()


def test_cold_start_draws_the_demo_impactkaart(app_server, page):
    open_impactkaart(page, app_server.url)
    assert page.locator("[data-testid=stException]").count() == 0
    assert page.locator("h1").first.inner_text() == FIRST_DEMO.name
    assert headline(page) == formats.factor(compute(FIRST_DEMO).rendementsfactor, decimals=2)
    charts = page.locator(CHARTS)
    assert charts.count() == 4
    for i in range(4):
        svg = charts.nth(i).locator("svg.marks")
        box = svg.bounding_box()
        assert box["width"] > 200 and box["height"] > 150
        assert svg.locator(".mark-rect path").count() > 0
    who = charts.nth(0)
    assert who.locator("path[aria-label^='Gemeente: ontvangt']").count() == 1
    # Dutch axis labels rendered by Vega in the browser: "€ 400.000".
    assert "€\u00a0400.000" in who.locator("svg.marks").text_content()
    screenshot(page, "impactkaart_cold_start")


def test_moving_a_slider_changes_the_headline_to_the_engines_figure(app_server, page):
    open_impactkaart(page, app_server.url)
    before = headline(page)
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.locator("[data-testid=stExpander] summary").first.click()
    # Slider 0 is the discount rate, then deadweight, attribution, drop-off of the effect
    # whose expander is open (its sliders are drawn on opening).
    deadweight = sidebar.locator("[data-testid=stSlider] input[type=range]").nth(1)
    deadweight.wait_for()
    wait_idle(page)
    deadweight.focus()
    deadweight.press("Home")  # 0 %: nothing would have happened anyway
    page.wait_for_function(
        "(before) => document.querySelector('[data-testid=stMetricValue]').innerText !== before",
        arg=before,
    )
    wait_idle(page)
    saved = assumptions_of(FIRST_DEMO)
    first = saved.effects[0]
    changed = with_assumptions(
        FIRST_DEMO,
        Assumptions(
            saved.discount_rate,
            (EffectAssumption(0.0, first.attribution, first.drop_off), *saved.effects[1:]),
        ),
    )
    assert headline(page) == formats.factor(compute(changed).rendementsfactor, decimals=2)
    assert page.get_by_text("U kijkt naar aangepaste aannames (niet opgeslagen).").is_visible()
    screenshot(page, "impactkaart_slider_moved")
    sidebar.get_by_role("button", name="Terug naar opgeslagen waarden").click()
    page.wait_for_function(
        "(before) => document.querySelector('[data-testid=stMetricValue]').innerText === before",
        arg=before,
    )


def card_colour(page, outcome: str) -> str:
    """The text colour of a qualitative card's title."""
    return page.get_by_text(outcome, exact=True).first.evaluate("e => getComputedStyle(e).color")


def test_clicking_a_party_highlights_it_in_the_other_charts(app_server, page):
    open_impactkaart(page, app_server.url)
    gemeente_card = next(q.outcome for q in FIRST_DEMO.qualitative if q.stakeholder == "gemeente")
    other_card = next(q.outcome for q in FIRST_DEMO.qualitative if q.stakeholder != "gemeente")
    assert card_colour(page, gemeente_card) == card_colour(page, other_card)
    charts = page.locator(CHARTS)
    bar = charts.nth(0).locator("path[aria-label^='Gemeente: ontvangt']")
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_text("Geselecteerd: Gemeente").wait_for()
    wait_idle(page)
    over_time = charts.nth(2)
    over_time.locator("path[aria-label^='Gemeente,'][opacity='1']").first.wait_for()
    gemeente = over_time.locator("path[aria-label^='Gemeente,']")
    # The Rijk pays the avoided school year since issue 15's demo re-check (was: School).
    others = over_time.locator("path[aria-label^='Rijk,']")
    assert others.count() > 0
    assert {gemeente.nth(i).get_attribute("opacity") for i in range(gemeente.count())} == {"1"}
    assert {others.nth(i).get_attribute("opacity") for i in range(others.count())} == {"0.25"}
    # The labour chart is filtered to the effects that benefit the gemeente, and the
    # benchmark adds the gemeente's own rendement.
    assert "Alleen effecten die Gemeente ten goede komen" in charts.nth(3).inner_text()
    assert "Alleen voor Gemeente" in charts.nth(1).inner_text()
    # The qualitative cards (under the fragment: the click redrew the whole app) dim every
    # card of another party: the gemeente's card keeps its colour, the others turn grey.
    assert card_colour(page, gemeente_card) != card_colour(page, other_card)
    screenshot(page, "impactkaart_party_selected")
    page.get_by_role("button", name="Selectie wissen").click()
    page.get_by_text("Klik op een partij in").wait_for()
    wait_idle(page)
    assert card_colour(page, gemeente_card) == card_colour(page, other_card)


def test_table_view_and_png_download(app_server, page):
    open_impactkaart(page, app_server.url)
    page.get_by_role("radio", name="Tabel").first.click()
    wait_idle(page)
    table = page.locator("[data-testid=stDataFrame]").first
    table.wait_for()
    assert page.locator(CHARTS).count() == 3  # the first chart gave way to its table
    with page.expect_download() as download:
        page.get_by_role("button", name="Download PNG").first.click()
    path = download.value.path()
    assert download.value.suggested_filename == "wie-investeert-wie-profiteert.png"
    with open(path, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    # Back to the chart; a second click on the chosen view keeps it chosen (never neither).
    chart_view = page.get_by_role("radio", name="Grafiek").first
    chart_view.click()
    expect(page.locator(CHARTS)).to_have_count(4)
    chart_view.click()
    wait_idle(page)
    expect(chart_view).to_have_attribute("aria-checked", "true")
    expect(page.locator(CHARTS)).to_have_count(4)


def test_a_slider_leaves_the_blocks_below_as_they_were_until_update(app_server, page):
    # A slider move reruns only the fragment (headline and charts): the blocks under it keep
    # the saved project's figures, a notice says so, and its button redraws them.
    open_impactkaart(page, app_server.url)
    saved_line = sensitivity_line(FIRST_DEMO, "nl")
    page.get_by_text(saved_line).wait_for()
    stale = page.get_by_text("zijn nog berekend met eerdere aannames", exact=False)
    assert stale.count() == 0
    npv = page.locator("[data-testid=stMetricValue]").nth(1)  # the headline has 2 decimals only
    before = npv.inner_text()
    rate = page.locator("[data-testid=stSidebar] [data-testid=stSlider] input[type=range]").first
    rate.focus()
    rate.press("ArrowRight")  # one step of 0,25 %
    stale.wait_for()
    wait_idle(page)
    moved = with_assumptions(FIRST_DEMO, Assumptions(round(FIRST_DEMO.discount_rate + 0.0025, 6),
                                                     assumptions_of(FIRST_DEMO).effects))
    assert npv.inner_text() == formats.euro(compute(moved).npv) != before
    # The conventions' rate line (under the fragment) still gives the saved rate.
    assert page.get_by_text(saved_line).is_visible()
    assert page.get_by_text(sensitivity_line(moved, "nl")).count() == 0
    screenshot(page, "impactkaart_blocks_below_stale")
    page.get_by_role("button", name="Onderdelen hieronder bijwerken").click()
    page.get_by_text(sensitivity_line(moved, "nl")).wait_for()
    wait_idle(page)
    assert stale.count() == 0
    assert page.get_by_text(saved_line).count() == 0
    assert npv.inner_text() == formats.euro(compute(moved).npv)  # the sliders kept
