"""The one-pager's charts at their natural proportions, every category named (issue 16).

A chart used to be forced into a box of fixed height: Vega-Lite's height then held title,
legend and axes too, and with many parties or sectors the plot was a sliver ("5 bars, 3
names"). Now each chart is drawn at its width and its own height and laid on the page
unscaled but for PX_PER_MM. For small and large projects (one effect; twelve effects with
long names, many parties and sectors; the three demos; the crowded project of
test_onepager.py), in Dutch and English, this reads back the PDF and the Vega scenegraph
of each spec actually embedded:

- each chart's box is its drawing's own size at PX_PER_MM, the same factor across and
  down (never stretched or squeezed), inside the page's margins, clear of the other
  charts and of the text that follows;
- every category (party on the bars' axis, party or sector in a legend) has its label
  drawn in the scenegraph: visible, whole, inside the chart, no two overlapping, each band
  at least as tall as its label's lines; and every line of it is in the PDF's text.
"""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.charts.base import LEGEND_CHARS, LEGEND_LINES, wrap
from impactkaart.core.model import parse_project
from impactkaart.io.exports.onepager import MARGIN, PAGE_H, PAGE_W, onepager_document
from impactkaart.io.exports.print_charts import PX_PER_MM
from tests.charts.test_labels import HAS_FONT, box, cut, joined, lines, marks, visible
from tests.io.test_onepager import CROWDED, normalise

MADE = {"organisation": "Stichting Welzijn Oost", "author": "J. de Vries",
        "made_on": date(2026, 12, 1)}

ONE_EFFECT = {
    "name": "Eén effect", "project_type": "sociaal_arrangeren", "years": 1,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 5000}],
    "effects": [{"outcome": "minder eenzaamheid", "stakeholder": "deelnemer", "quantity": 10,
                 "proxy": 800, "duration": 1, "deadweight": 0.2, "attribution": 0.1}],
}

LONG_PARTIES = ["stichting_welzijn_en_maatschappelijke_dienstverlening_twente_oost",
                "woningcorporatie_de_samenwerkende_huurders_van_de_noordoostpolder",
                "gemeente", "zorgverzekeraar", "politie_justitie", "uwv", "school", "deelnemer"]
LONG_SECTORS = ["specialistische_jeugdhulp_en_gesloten_jeugdzorg_in_de_regio", "zorg",
                "politie_justitie", "onderwijs", "schuldhulpverlening", "jeugdzorg", "gemeente"]
TWELVE = {
    "name": "Twaalf effecten met lange namen", "project_type": "gezinswerk", "years": 6,
    "start_year": 2025,
    "costs": [{"year": y, "financier": f, "amount": 30000}
              for y in range(1, 7) for f in ("gemeente", LONG_PARTIES[1])],
    "effects": [
        {"outcome": f"minder inzet van specialistische hulp en opvang in de wijk, variant {i}",
         "stakeholder": LONG_PARTIES[i % len(LONG_PARTIES)],
         "sector": LONG_SECTORS[i % len(LONG_SECTORS)], "quantity": 5 + i, "proxy": 400 + 90 * i,
         "start_year": 1 + i % 3, "duration": 1 + i % 4, "deadweight": 0.2, "attribution": 0.2,
         "drop_off": 0.1, "hours_per_unit": 1 + i % 3}
        for i in range(12)
    ],
    "sectors": [{"sector": LONG_SECTORS[0], "productive_hours_per_fte": 1400.0,
                 "labour_cost_per_fte": 65000.0, "labour_share": 0.5}],
}

CASES = [("demo0", "nl"), ("demo1", "nl"), ("demo2", "nl"), ("one", "nl"), ("twelve", "nl"),
         ("crowded", "nl"), ("twelve", "en"), ("demo0", "en")]


def _project(name: str):
    if name.startswith("demo"):
        return demo_projects()[int(name[-1])]
    return parse_project({"one": ONE_EFFECT, "twelve": TWELVE, "crowded": CROWDED}[name])


@pytest.fixture(scope="module")
def documents():
    """Each case's PDF and its placed charts, made once (vl-convert is slow)."""
    cache = {}

    def get(name: str, lang: str):
        if (name, lang) not in cache:
            cache[name, lang] = onepager_document(_project(name), lang=lang, **MADE)
        return cache[name, lang]
    return get


def _scene(spec: dict) -> dict:
    import json

    import vl_convert as vlc
    return vlc.vegalite_to_scenegraph(json.dumps(spec))


def _texts(sg: dict, role: str):
    ox, oy = sg["origin"]
    return [(item, x + ox, y + oy) for mark, item, x, y, _ in marks(sg["scenegraph"])
            if mark.get("marktype") == "text" and mark.get("role") == role]


def _page_text(pdf: bytes, page: int, tmp_path) -> str:
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf)
    return normalise(subprocess.run(["pdftotext", "-f", str(page + 1), "-l", str(page + 1),
                                     str(path), "-"], check=True, capture_output=True,
                                    text=True).stdout)


def _edges(item: dict, x: float, y: float) -> tuple[float, float, float, float]:
    """A label's box as vl-convert draws a wrapped one: `box` across; down, the first
    line stands at the anchor and the others follow one line height apart (in a legend a
    two-line name starts level with its symbol and runs down, not centred on it)."""
    left, top, right, bottom = box(item, x, y)
    size = float(item.get("fontSize", 11))
    if len(lines(item)) > 1 and item.get("baseline") == "middle":
        anchor = y + item.get("y", 0) + item.get("dy", 0)
        top = anchor - size / 2
        bottom = anchor + size / 2 + (len(lines(item)) - 1) * float(item.get("lineHeight", size))
    return left, top, right, bottom


def _categories(spec: dict) -> set[str]:
    """The names the chart must show: its rows' party or sector labels."""
    return {row["label"] for rows in spec["datasets"].values() for row in rows}


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_charts_keep_their_proportions_and_stay_clear_of_each_other(documents, name, lang,
                                                                    tmp_path):
    pdf, placed = documents(name, lang)
    assert {p.name for p in placed} >= {"wie-investeert-wie-profiteert", "baten-per-jaar"}
    assert any(p.page == 0 for p in placed)  # page 1 always has a chart
    for p in placed:
        sg = _scene(p.chart.spec)
        # The box is the drawing's natural size at one scale across and down.
        assert p.w == pytest.approx(sg["width"] / PX_PER_MM, abs=0.3), p.name
        assert p.h == pytest.approx(sg["height"] / PX_PER_MM, abs=0.3), p.name
        assert p.chart.width_px == pytest.approx(sg["width"], abs=1)
        assert p.chart.height_px == pytest.approx(sg["height"], abs=1)
        assert MARGIN - 0.5 <= p.x and p.x + p.w <= PAGE_W - MARGIN + 0.5, p.name
        assert MARGIN - 0.5 <= p.y and p.y + p.h <= PAGE_H - MARGIN + 0.5, p.name
    for a in placed:
        for b in placed:
            if a is not b and a.page == b.page:
                apart = (a.x + a.w <= b.x + 0.01 or b.x + b.w <= a.x + 0.01
                         or a.y + a.h <= b.y + 0.01 or b.y + b.h <= a.y + 0.01)
                assert apart, (a.name, b.name)
    # The text that follows page 1's charts starts below the lowest of them.
    heading = {"nl": "Wat niet in euro's te vangen is", "en": "What cannot be captured in euros"}
    bottom = max(p.y + p.h for p in placed if p.page == 0)
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout
    first_word = heading[lang].split()[0]
    tops = [float(line.split('yMin="')[1].split('"')[0]) * 25.4 / 72
            for line in html.splitlines() if f">{first_word}</word>" in line]
    assert any(top >= bottom for top in tops), (tops, bottom)


def _as_drawn(p, category: str) -> list[str]:
    """A category's lines as the chart draws them: on the bars' axis, or in a legend."""
    if p.name == "wie-investeert-wie-profiteert":
        return wrap(category)
    return wrap(category, LEGEND_CHARS, LEGEND_LINES)


@pytest.mark.skipif(not HAS_FONT, reason="DejaVu Sans is needed to measure text")
@pytest.mark.parametrize(("name", "lang"), CASES)
def test_every_category_label_is_drawn_and_printed(documents, name, lang, tmp_path):
    pdf, placed = documents(name, lang)
    for p in placed:
        sg = _scene(p.chart.spec)
        width, height = sg["width"], sg["height"]
        drawn = [(joined(item), _edges(item, x, y), item)
                 for role in ("axis-label", "legend-label") for item, x, y in _texts(sg, role)
                 if visible(item)]
        page = _page_text(pdf, p.page, tmp_path)
        wanted = {" ".join(_as_drawn(p, c)) for c in _categories(p.chart.spec)}
        assert wanted <= {text for text, _, _ in drawn}, (p.name, wanted)
        for category in _categories(p.chart.spec):
            for line in _as_drawn(p, category):
                assert normalise(line) in page, (p.name, line)
        for text, (left, top, right, bottom), item in drawn:
            assert not cut(item), (p.name, text)
            assert left >= -1 and right <= width + 1 and top >= -1 and bottom <= height + 1, \
                (p.name, text, (left, top, right, bottom), (width, height))
        named = [(text, edges) for text, edges, _ in drawn if text in wanted]
        for i, (a, first) in enumerate(named):
            for b, second in named[i + 1:]:
                overlap = (min(first[2], second[2]) - max(first[0], second[0]) > 0.5
                           and min(first[3], second[3]) - max(first[1], second[1]) > 0.5)
                assert not overlap, (p.name, a, b)


@pytest.mark.parametrize(("name", "lang"), [("twelve", "nl"), ("crowded", "nl")])
def test_each_party_band_holds_its_label(documents, name, lang):
    """On the bars' axis a party's band is at least as tall as its label's lines."""
    _, placed = documents(name, lang)
    who = next(p for p in placed if p.name == "wie-investeert-wie-profiteert")
    sg = _scene(who.chart.spec)
    labels = sorted(((y + item.get("y", 0), lines(item)) for item, x, y in _texts(sg, "axis-label")
                     if visible(item) and not joined(item).startswith("€")), key=lambda r: r[0])
    assert len(labels) == len(_categories(who.chart.spec))
    for (y0, rows), (y1, _) in zip(labels, labels[1:]):
        assert y1 - y0 >= 13 * len(rows), rows  # 13 px a line at the 13 px label size


def test_the_english_charts_have_no_dutch_names(documents, tmp_path):
    pdf, placed = documents("twelve", "en")
    for p in placed:
        sg = _scene(p.chart.spec)
        words = " ".join(joined(item) for role in ("axis-label", "legend-label", "title")
                         for item, _, _ in _texts(sg, role))
        for dutch in ("Gemeente", "Zorgverzekeraar", "Deelnemers", "Bedrag", "Betaalt",
                      "Ontvangt", "jaar", "Onderwijs", "Zorg "):
            assert dutch not in words, (p.name, dutch)
