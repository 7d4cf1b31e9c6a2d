"""What the workshop's browser files share: the room of five, a server in workshop mode
(one per file: `workshop_server`, the fixture `app_server`), and the helpers that read the pages."""

from __future__ import annotations

import contextlib
import io

import pytest
from playwright.sync_api import Error as PlaywrightError

from impactkaart.workshop.rooms import WORKSHOP_ENV
from tests.browser.conftest import AppServer, wait_idle

PROJECT = "Buurtcoaches Noord"  # Anna's project name, typed and refreshed within 0,2 s
# name, cost per year, stakeholder pill, outcome, people per year
ROOM = [
    ("Anna", 8000, "Gemeente", "Minder schuldhulpaanvragen", 30),
    ("Bram", 12000, "Zorgverzekeraar", "Minder huisartsbezoek", 60),
    ("Chris", 5000, "Gemeente", "Meer mensen aan het werk", 10),
    ("Dewi", 20000, "Politie en justitie", "Minder overlast", 90),
    ("Eva", 15000, "Zorgverzekeraar", "Minder eenzaamheid", 40),
]
PROXY = "Huisartsconsult (gemiddeld)"


@pytest.fixture(scope="module", name="app_server")
def workshop_server(tmp_path_factory):
    """`app_server` of the module that imports this: its own server, in workshop mode (the env var also holds for its
    restart)."""
    with workshop_mode():
        server = AppServer(tmp_path_factory.mktemp("zaal") / "impactkaart.duckdb")
        server.start()
        yield server
        server.stop()


@contextlib.contextmanager
def people(browser):
    """``new_page(width, height)``: a page in a browser context of its own (Dutch), as one
    more person's browser; every context is closed at the end, also when the test fails."""
    contexts = []

    def new_page(width: int = 1400, height: int = 1000):
        context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
        contexts.append(context)
        return context.new_page()

    try:
        yield new_page
    finally:
        for context in contexts:
            context.close()


@contextlib.contextmanager
def workshop_mode():
    """IMPACTKAART_WORKSHOP=1 for the servers started meanwhile (and their restarts):
    attendees see only the workshop pages."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(WORKSHOP_ENV, "1")
        yield


def saved(page, count: int) -> None:
    """Wait until the workspace shows this many saves (each field or row is one)."""
    words = f"{count} wijziging{'en' if count != 1 else ''} bewaard"
    page.get_by_text(words, exact=False).first.wait_for()
    wait_idle(page)


def choose(page, label: str, query: str) -> None:
    box = page.get_by_label(label, exact=True)
    box.click()
    box.fill(query)
    box.press("Enter")


def downloaded(page, button, timeout: float = 30_000) -> str:
    """Click a download button and return the file's path. A download the browser cancels
    is tried once more, as a person would: under CI load Chromium cancelled a handout
    whose file was made on the click (seen once in three runs, cause not found)."""
    for attempt in range(2):
        with page.expect_download(timeout=timeout) as download:
            button.click()
        try:
            return download.value.path()
        except PlaywrightError as exc:
            if "canceled" not in str(exc) or attempt:
                raise
    raise AssertionError("unreachable")


def table_factors(page) -> dict[str, str]:
    """Attendee -> rendementsfactor as the overview's table shows them."""
    rows = page.locator("[data-testid=stTable] tbody tr")
    rows.first.wait_for()
    cells = [[c.strip() for c in row.locator("td, th").all_inner_texts()] for row in rows.all()]
    return {cells_[0]: cells_[1] for cells_ in cells}



def decode_qr(png: bytes) -> str:
    import zxingcpp
    from PIL import Image

    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(found) == 1
    return found[0].text


def font_px(page, selector: str) -> float:
    return page.evaluate("s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)",
                         selector)


def check_readable(page, figures: bool = True) -> None:
    """At 1280×720: figures ≥ 48 px, every other text on the slide ≥ 24 px, nothing scrolls
    (the page, Streamlit's main area and its view container)."""
    if figures:
        page.locator(".wsr-slide .wsr-num").first.wait_for()
    measured = page.evaluate("""() => {
        const px = e => parseFloat(getComputedStyle(e).fontSize);
        const slides = [...document.querySelectorAll('.wsr-slide')];
        const slide = slides.find(s => s.querySelector('.wsr-num')) || slides[0];
        const texts = [...slide.querySelectorAll('*')].filter(e => [...e.childNodes].some(
            n => n.nodeType === 3 && n.textContent.trim()));
        const boxes = [document.scrollingElement,
                       ...document.querySelectorAll('[data-testid=stMain], [data-testid=stAppViewContainer]')];
        return {figures: [...slide.querySelectorAll('.wsr-num')].map(px),
                smallest: Math.min(...texts.map(px)),
                overflow: boxes.map(b => b.scrollHeight - b.clientHeight),
                viewport: [innerWidth, innerHeight]};
    }""")
    assert measured["viewport"] == [1280, 720]
    assert not figures or (measured["figures"] and min(measured["figures"]) >= 48), measured
    assert measured["smallest"] >= 24, measured
    assert max(measured["overflow"]) <= 0, measured
