"""The Impactkaart on a phone (390×844, Chromium): the headline figure on the first
screen, a title that breaks between words only, the notes folded away under it."""

from __future__ import annotations

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.text import formats
from tests.browser.conftest import ARTIFACTS, wait_idle

PHONE = {"width": 390, "height": 844}
FIRST_DEMO = demo_projects()[0]


def test_the_headline_is_on_the_first_phone_screen_and_the_title_keeps_its_words(app_server, browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                  has_touch=True, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(app_server.url)
        wait_idle(page)
        page.wait_for_selector("[data-testid=stMetricValue]", timeout=30_000)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "phone_first_screen.png"))  # the first screen only

        figure = page.locator("[data-testid=stMetricValue]").first
        assert figure.inner_text() == formats.factor(compute(FIRST_DEMO).rendementsfactor, decimals=2)
        box = figure.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box

        title = page.locator("h1").first
        assert title.inner_text() == FIRST_DEMO.name
        # No word is cut: the title is no wider than its box, and the browser may not split
        # inside a word (word-break/overflow-wrap) or hyphenate it.
        fits = title.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
        style = title.evaluate(
            "e => { const s = getComputedStyle(e); return [s.wordBreak, s.overflowWrap, s.hyphens]; }")
        assert fits, "the title is wider than the screen"
        assert style[0] not in ("break-all", "break-word") and style[1] not in ("anywhere", "break-word"), style
        assert style[2] != "auto", style
        # Every word of the title stands whole on one line: each word's box is one line high.
        heights = title.evaluate("""e => {
            const range = document.createRange();
            const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            const out = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const re = /\\S+/g; let m;
                while ((m = re.exec(n.data))) {
                    range.setStart(n, m.index); range.setEnd(n, m.index + m[0].length);
                    out.push([m[0], range.getClientRects().length]);
                }
            }
            return out; }""")
        assert heights and all(lines == 1 for _, lines in heights), heights

        # The longest title word of the demos ("Thuisadministratie", 18 letters) in the same
        # place and style still fits whole on the screen.
        long_name = max((p.name for p in demo_projects()), key=lambda n: max(map(len, n.split())))
        fits = title.evaluate("""(e, name) => {
            const copy = e.cloneNode(false); copy.textContent = name; e.parentNode.appendChild(copy);
            const ok = copy.scrollWidth <= copy.clientWidth + 1; copy.remove(); return ok; }""",
                              long_name)
        assert fits, long_name

        # Every chart's legend, axis and title text stands inside its chart and the screen
        # (two legends were clipped at 390 px: "Ontvangt (b").
        page.wait_for_selector(".vega-embed svg .role-legend-label text", state="attached",
                               timeout=30_000)
        clipped = page.evaluate("""() => {
            const out = []; let legends = 0;
            for (const svg of document.querySelectorAll('.vega-embed svg')) {
                const r = svg.getBoundingClientRect();
                const texts = svg.querySelectorAll(
                    '.role-legend-label text, .role-axis-label text, .role-title text');
                legends += svg.querySelectorAll('.role-legend-label text').length;
                for (const t of texts) {
                    const b = t.getBoundingClientRect();
                    if (b.width && (b.left < Math.max(r.left, 0) - 1
                                    || b.right > Math.min(r.right, window.innerWidth) + 1))
                        out.push(t.textContent);
                }
            }
            return [legends, out]; }""")
        assert clipped[0] >= 4 and clipped[1] == [], clipped

        # The notes (illustrative reasons, description, benchmark source) are folded away.
        notes = page.locator("[data-testid=stExpander]").first
        assert notes.is_visible()
        assert page.locator("[data-testid=stException]").count() == 0
    finally:
        context.close()
