"""The interval and P(factor > 1) in the Excel, and `headline` for the one-pager."""

from __future__ import annotations

import io

import openpyxl
import pytest

from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project
from impactkaart.io.exports.excel import excel_bytes
from impactkaart.uncertainty.headline import headline
from impactkaart.uncertainty.montecarlo import monte_carlo
from impactkaart.uncertainty.ranges import with_default_ranges
from tests.uncertainty.test_uncertainty import ONE


def test_headline_is_the_default_run_with_defaults_filled_in():
    project = parse_project(ONE)
    h = headline(project)
    same = monte_carlo(with_default_ranges(project)).factor_summary()
    assert h.point == compute(project).rendementsfactor == 2.4
    assert (h.median, h.p05, h.p95, h.p_above_1) == (same["median"], same["p05"], same["p95"],
                                                     same["p_above_1"])
    assert h.interval_text.startswith("2,40× (puntschatting); mediaan ")
    assert h.chance_text.startswith("Kans op een rendementsfactor boven 1: ")
    assert "correlatie 0,50" in h.note and "SEOR" not in h.note


def test_the_excel_has_the_uncertainty_sheet_in_either_language():
    project = parse_project(ONE)
    h = headline(project)
    book = openpyxl.load_workbook(io.BytesIO(excel_bytes(project)))
    ws = book["Onzekerheid"]
    values = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(3, 10)}
    assert values["Rendementsfactor (puntschatting)"] == pytest.approx(2.4)
    assert values["90%-interval: ondergrens (5e percentiel)"] == pytest.approx(h.p05, rel=1e-12)
    assert values["90%-interval: bovengrens (95e percentiel)"] == pytest.approx(h.p95, rel=1e-12)
    assert values["Kans op een rendementsfactor boven 1"] == pytest.approx(h.p_above_1, rel=1e-12)
    # The tornado's first lever: duration 1 → 3 years, 2,4 … 7,2 (see test_tornado_by_hand).
    assert [ws.cell(row=15, column=c).value for c in (1, 2, 3)] == [
        "minder huisartsbezoek · duur", "1 jaar", "3 jaar"]
    assert ws.cell(row=15, column=5).value == pytest.approx(7.2)
    english = openpyxl.load_workbook(io.BytesIO(excel_bytes(project, lang="en")))
    assert english["Uncertainty"].cell(row=3, column=1).value == "Return factor (point estimate)"


def test_without_ranges_the_excel_gives_no_chance():
    data = {"name": "n", "project_type": "gezinswerk", "years": 1, "discount_rate": 0.0,
            "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
            "effects": [{"outcome": "o", "stakeholder": "gemeente", "quantity": 0, "proxy": 0,
                         "duration": 1, "deadweight": 0, "attribution": 0}]}
    ws = openpyxl.load_workbook(io.BytesIO(excel_bytes(parse_project(data))))["Onzekerheid"]
    # quantity and proxy 0 (no default: ×/÷ 1,25 of 0 is nothing), shares 0, one year and
    # r = 0 held fixed: nothing varies.
    assert ws.cell(row=7, column=2).value == "–"
    assert headline(parse_project(data)).chance_text is None
