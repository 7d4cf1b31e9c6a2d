"""The one-pager: one A4 page (pdftoppm), the engine's figures in Dutch and every source (pdftotext).

Also the HTML one-pager (self-contained, user text escaped) and the chart files.
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project
from impactkaart.io.exports.onepager import onepager_pdf
from impactkaart.io.exports.onepager_html import chart_zip, onepager_html
from impactkaart.text import formats
from impactkaart.text.sources import citations, sourced_figures

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


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "onepager.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return normalise(text)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def rendered_pages(pdf: bytes, tmp_path) -> list:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(path), str(tmp_path / "page")], check=True)
    return sorted(tmp_path.glob("page*.png"))


@pytest.fixture(scope="module")
def pdfs():
    """Each demo project and the crowded one, with its one-pager (made once: vl-convert is slow)."""
    projects = [*demo_projects(), parse_project(CROWDED)]
    return [(project, onepager_pdf(project)) for project in projects]


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_one_pager_is_one_a4_page_with_the_engines_figures_and_every_source(pdfs, index, tmp_path):
    project, pdf = pdfs[index]
    result = compute(project)
    assert len(rendered_pages(pdf, tmp_path)) == 1
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout
    assert b"Pages:           1" in info
    assert re.search(rb"Page size:\s+595\.\d* x 841\.\d* pts \(A4\)", info), info

    text = pdf_text(pdf, tmp_path)
    factor = result.rendementsfactor
    assert f"Elke geïnvesteerde euro levert {normalise(formats.euro(factor, decimals=2))} op" in text
    assert formats.factor(factor, decimals=2) in text  # "3,70×"
    assert normalise(formats.euro(result.npv)) in text  # "€ 871.813"
    assert "1,6×" in text  # the SEOR benchmark
    for source, _ in citations(sourced_figures(project)):
        assert normalise(source.source) in text, source.source
    assert "1/(1 + r)^(y − 1)" in text  # the discount convention
    for q in project.qualitative:
        assert normalise(q.outcome) in text


def test_illustrative_figures_are_marked_on_the_page(pdfs, tmp_path):
    project, pdf = pdfs[0]
    text = pdf_text(pdf, tmp_path)
    assert "ILLUSTRATIEF – geen gemeten uitkomst" in text
    assert "[ILLUSTRATIEF]" in text  # an unsourced sector figure in the list of sources


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
