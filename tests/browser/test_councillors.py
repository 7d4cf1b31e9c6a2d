"""Presentation at projector size with the keyboard; portfolio bubble click opens the project.

Screenshots of every view at 1280×720 go to artifacts/ (look at them).
"""

from __future__ import annotations

from tests.browser.conftest import screenshot, wait_idle

# Whatever overflows the window: the page scrolls, or an element pokes out of the viewport.
OVERFLOW = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const doc = document.documentElement;
  const cut = [...document.querySelectorAll('.kicker, .slide-title, .slide-sub, .slide-item, '
                                           + '.slide-note, .bar-row, [data-testid=stVegaLiteChart]')]
    .map(e => e.getBoundingClientRect())
    .filter(r => r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1 || r.left < 0);
  const controls = document.querySelector('.st-key-dia_bediening').getBoundingClientRect();
  const covered = [...document.querySelectorAll('.slide-item, .slide-note, [data-testid=stVegaLiteChart]')]
    .filter(e => e.getBoundingClientRect().bottom > controls.top + 1);
  return {pageScroll: doc.scrollHeight > window.innerHeight || doc.scrollWidth > window.innerWidth,
          mainScroll: main.scrollHeight > main.clientHeight + 1,
          cut: cut.length, covered: covered.length};
}"""


def kicker(page) -> str:
    return page.locator(".kicker").first.inner_text()


def test_presentation_fits_1280x720_and_the_arrow_keys_move_through_it(app_server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(app_server.url)
        wait_idle(page)
        page.goto(f"{app_server.url}/presentatie")
        wait_idle(page)
        page.wait_for_selector(".slide-title")
        assert page.locator("[data-testid=stSidebar]").is_hidden()
        titles = []
        for view in range(1, 6):
            page.wait_for_function(f"document.querySelector('.kicker').innerText.includes('{view}/5')")
            wait_idle(page)
            if view == 2:
                page.wait_for_selector("[data-testid=stVegaLiteChart] svg")
            titles.append(page.locator(".slide-title").inner_text())
            assert page.evaluate(OVERFLOW) == {"pageScroll": False, "mainScroll": False,
                                               "cut": 0, "covered": 0}, titles[-1]
            screenshot(page, f"presentatie_1280x720_{view}")
            page.keyboard.press("ArrowRight")
        assert titles[0].startswith("Elke geïnvesteerde euro levert €")
        assert titles[1] == "Wie investeert, wie profiteert"
        assert " fte bespaard bij " in titles[2]
        page.keyboard.press("ArrowLeft")
        page.wait_for_function("document.querySelector('.kicker').innerText.includes('4/5')")
        assert page.locator(".slide-title").inner_text() == titles[3]
        assert page.locator("[data-testid=stException]").count() == 0
    finally:
        context.close()


def test_clicking_a_bubble_in_the_portfolio_opens_that_project(app_server, page):
    page.goto(app_server.url)
    wait_idle(page)
    first = page.locator("h1").first.inner_text()
    page.goto(f"{app_server.url}/portfolio")
    wait_idle(page)
    chart = page.locator("[data-testid=stVegaLiteChart]").first
    bubble = chart.locator("path[aria-label*='Jongerenwerk in de wijk']")
    bubble.wait_for()
    assert "Jongerenwerk" not in first  # the click must change the project on screen
    screenshot(page, "portfolio")
    box = bubble.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function(
        "[...document.querySelectorAll('h1')].some(h => h.innerText.startsWith('Jongerenwerk'))"
    )
    wait_idle(page)
    assert page.locator("h1").first.inner_text() == "Jongerenwerk in de wijk (illustratief)"
    assert page.locator("[data-testid=stMetric]").count() >= 5  # the Impactkaart itself
