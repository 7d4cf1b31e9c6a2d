"""The one-pager: page 1 for the councillor and an appendix (pdftoppm, pypdf), no text below
8 pt, the engine's figures in Dutch, the Monte Carlo interval, ex post beside ex ante, and
every source in the appendix (pdftotext).

Also the HTML one-pager (self-contained, user text escaped) and the chart files.
"""

from __future__ import annotations

import io
import math
import re
import subprocess
import zipfile
from datetime import date

import pytest
from pypdf import PdfReader

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project
from impactkaart.io.exports.onepager import onepager_pdf
from impactkaart.io.exports.onepager_html import chart_zip, onepager_html
from impactkaart.text import formats
from impactkaart.text.sources import citations, sourced_figures
from impactkaart.uncertainty.montecarlo import monte_carlo
from impactkaart.uncertainty.ranges import with_default_ranges
from impactkaart.uncertainty.report import chance

# Many effects, each priced from a source of its own, and many parties: the page must
# still be one page that names every source.
CROWDED = {
    "name": "Wijkaanpak met veel effecten",
    "project_type": "sociaal_arrangeren",
    "years": 4,
    "costs": [{"year": y, "financier": f, "amount": 40000}
              for y in range(1, 5) for f in ("gemeente", "fonds", "zorgverzekeraar")],
    "effects": [
        {"outcome": f"effect nummer {i} met een flink lange omschrijving van de uitkomst",
         "stakeholder": ["gemeente", "zorgverzekeraar", "politie_justitie", "deelnemer",
                         "woningcorporatie", "uwv", "school"][i % 7],
         "sector": ["zorg", "politie_justitie", None, "schuldhulpverlening"][i % 4],
         "quantity": 10 + i, "proxy": 100 + 37 * i, "duration": 1 + i % 5,
         "deadweight": 0.2, "attribution": 0.3, "drop_off": 0.1,
         "proxy_source": f"Onderzoeksrapport nummer {i} over kosten in het sociaal domein, "
                         f"Bureau Voorbeeld {i} (2023), prijspeil 2022"}
        for i in range(36)
    ],
    "qualitative": [{"outcome": f"kwalitatief effect {i} in de woorden van bewoners",
                     "stakeholder": "deelnemer", "direction": "+", "strength": 1 + i % 3}
                    for i in range(6)],
}


# Hand-worked: costs € 1.000 in year 1 (not discounted); two one-year effects without
# deadweight or attribution: 10 × € 100 = € 1.000 and 5 × € 100 = € 500, so B = € 1.500
# and the factor 1,50×. Measured: the first 20 × € 100 = € 2.000, the second not measured
# (counts as 0): B = € 2.000, factor 2,00×, NPV € 1.000.
MEASURED = {
    "name": "Buurtcirkel",
    "project_type": "sociaal_arrangeren",
    "years": 2,
    "discount_rate": 0.0225,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
    "effects": [
        {"outcome": "minder eenzaamheid", "stakeholder": "gemeente", "quantity": 10,
         "proxy": 100, "duration": 1, "deadweight": 0, "attribution": 0, "quantity_ex_post": 20},
        {"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar", "quantity": 5,
         "proxy": 100, "duration": 1, "deadweight": 0, "attribution": 0},
    ],
}
MADE = {"organisation": "Stichting Welzijn Oost", "author": "J. de Vries",
        "made_on": date(2026, 12, 1)}


def pdf_text(pdf: bytes, tmp_path, first: int = 1, last: int | None = None,
             layout: bool = False) -> str:
    """The text of pages ``first``…``last``; ``layout``: as placed (a table's rows read across)."""
    path = tmp_path / "onepager.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(first)] + (["-l", str(last)] if last else []) + (["-layout"] if layout else [])
    text = subprocess.run(["pdftotext", *pages, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return normalise(text)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def rendered_pages(pdf: bytes, tmp_path) -> list:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(path), str(tmp_path / "page")], check=True)
    return sorted(tmp_path.glob("page*.png"))


def font_sizes(pdf: bytes, page: int) -> set[float]:
    """The printed size (pt) of every piece of text on one page, the charts' labels included
    (vl-convert writes them as text): font size × the text and transformation matrices."""
    sizes: set[float] = set()

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.add(size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return sizes


class _OnePagers:
    """Each demo project and the crowded one, with its one-pager, made on first use and then
    kept (vl-convert is slow, and a test process of the parallel run needs only some)."""

    def __init__(self):
        self._projects = [*demo_projects(), parse_project(CROWDED)]
        self._made: dict[int, tuple] = {}

    def __getitem__(self, index: int):
        if index not in self._made:
            project = self._projects[index]
            self._made[index] = (project, onepager_pdf(project, **MADE))
        return self._made[index]


@pytest.fixture(scope="module")
def pdfs():
    return _OnePagers()


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_one_pager_is_one_a4_page_and_an_appendix_with_every_source(pdfs, index, tmp_path):
    project, pdf = pdfs[index]
    result = compute(project)
    pages = len(rendered_pages(pdf, tmp_path))
    assert pages >= 2  # page 1 and the appendix (the crowded project's runs on)
    reader = PdfReader(io.BytesIO(pdf))
    assert all(round(float(p.mediabox.width)) == 595 and round(float(p.mediabox.height)) == 842
               for p in reader.pages)  # A4
    first = pdf_text(pdf, tmp_path, 1, 1)
    factor = result.rendementsfactor
    assert f"Elke geïnvesteerde euro levert {normalise(formats.euro(factor, decimals=2))} op" in first
    assert formats.factor(factor, decimals=2) in first  # "3,70×"
    assert normalise(formats.euro(result.npv)) in first  # "€ 871.813"
    assert "Gemaakt op 1 december 2026" in first
    assert "Organisatie: Stichting Welzijn Oost" in first and "J. de Vries" in first
    assert "1,6×" in first  # the SEOR benchmark, as context
    assert "boven het gemiddelde" not in first and "onder het gemiddelde" not in first
    assert "Waar de uitkomst het meest van afhangt" in first
    # jargon only in brackets behind the plain words
    assert re.findall(r"\S*deadweight\S*", first) in ([], ["(deadweight)"] * first.count("deadweight"))
    appendix = pdf_text(pdf, tmp_path, 2)
    for source, _ in citations(sourced_figures(project)):
        assert normalise(source.source) in appendix, source.source
    assert "1/(1 + r)^(y − 1)" in appendix  # the discount convention
    for e in project.effects:
        assert normalise(e.outcome) in appendix
    for q in project.qualitative[:6]:
        assert normalise(q.outcome) in first
    for page in range(pages):
        assert min(font_sizes(pdf, page)) >= 8 - 1e-6, (page, sorted(font_sizes(pdf, page))[:3])


def test_page_one_gives_the_monte_carlo_interval_and_the_chance_above_one(pdfs, tmp_path):
    project, pdf = pdfs[1]
    # The project has no ranges of its own: the tool's defaults, and the page says so.
    stats = monte_carlo(with_default_ranges(project)).factor_summary()
    first = pdf_text(pdf, tmp_path, 1, 1)
    interval = (f"tussen {formats.factor(stats['p05'], decimals=2)} en "
                f"{formats.factor(stats['p95'], decimals=2)}")
    assert interval in first
    assert f"(factor > 1): {normalise(chance(stats['p_above_1']))}" in first
    assert "standaardbandbreedtes van dit instrument" in first


def test_ex_post_stands_beside_ex_ante_and_the_drivers_are_the_tornados_top(tmp_path):
    pdf = onepager_pdf(parse_project(MEASURED), **MADE)
    table = pdf_text(pdf, tmp_path, 1, 1, layout=True)
    assert "Verwacht en gemeten" in table
    assert "Rendementsfactor 1,50× 2,00×" in table
    assert "Baten (contante waarde) € 1.500 € 2.000" in table
    assert "Netto contante waarde € 500 € 1.000" in table
    first = pdf_text(pdf, tmp_path, 1, 1)
    assert "1 van de 2 effecten zijn (nog) niet gemeten" in first
    # Default ranges keep the point in the middle (issue 15): a one-year duration cannot go
    # down, so it is held fixed and is no driver; quantity × proxy moves the factor most.
    assert "Hoe lang het effect aanhoudt (duur)" not in first
    # Quantity and proxy ×/÷ 1,25 as one lever, both at once: 0,8² = 0,64 (36 % lower) and
    # 1,25² = 1,5625 (56 % higher); (640 + 500) / 1.000 = 1,14 … (1.562,5 + 500) / 1.000.
    assert ("aantal × proxy) bij ‘minder eenzaamheid’: 36% lager tot 56% hoger geeft een "
            "factor van 1,14× tot 2,06×") in first
    assert "Gemeten: 20 per jaar." in pdf_text(pdf, tmp_path, 2)


def test_without_a_measurement_there_is_no_ex_post_block(pdfs, tmp_path):
    assert "Verwacht en gemeten" not in pdf_text(pdfs[0][1], tmp_path, 1, 1)


def test_the_english_one_pager_is_english_on_every_page(tmp_path):
    pdf = onepager_pdf(parse_project(MEASURED), lang="en", **MADE)
    text = pdf_text(pdf, tmp_path)
    assert "Made on 1 December 2026" in text and "Organisation: Stichting Welzijn Oost" in text
    assert "Expected and measured" in text and "Appendix: every assumption and source" in text
    assert "How often it occurs and what it is worth (quantity × proxy)" in text
    for dutch in ("Gemaakt", "Verwacht", "Onzekerheid", "Bijlage", "aannames", "Bronnen",
                  "zonder het project", "jaar"):
        assert dutch not in text, dutch


def test_illustrative_figures_are_marked_on_the_page(pdfs, tmp_path):
    project, pdf = pdfs[0]
    assert "ILLUSTRATIEF – geen gemeten uitkomst" in pdf_text(pdf, tmp_path, 1, 1)
    assert "[ILLUSTRATIEF]" in pdf_text(pdf, tmp_path, 2)  # an unsourced figure among the sources


def test_html_one_pager_is_self_contained_and_escapes_user_text():
    project = parse_project({**CROWDED, "name": "<script>alert('x')</script> & co",
                             "effects": CROWDED["effects"][:3]})
    html = onepager_html(project)
    result = compute(project)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co" in html
    assert not re.search(r'(src|href)="(?!https?://[^"]+")', html)  # no local files needed
    assert not re.search(r"<(script|link|img|iframe)\b", html)  # nothing loaded from elsewhere
    assert html.count("<svg") == 3
    assert formats.euro(result.npv) in html


def test_chart_zip_holds_a_png_and_an_svg_of_each_chart():
    project = demo_projects()[1]
    with zipfile.ZipFile(io.BytesIO(chart_zip(project))) as archive:
        names = sorted(archive.namelist())
        assert names == sorted(
            f"{chart}.{ext}" for chart in ("wie-investeert-wie-profiteert", "arbeidsmarkteffecten",
                                           "baten-per-jaar") for ext in ("png", "svg")
        )
        assert archive.read("baten-per-jaar.png").startswith(b"\x89PNG")
        svg = archive.read("wie-investeert-wie-profiteert.svg").decode()
        assert svg.startswith("<svg") and "Wie investeert, wie profiteert?" in svg
