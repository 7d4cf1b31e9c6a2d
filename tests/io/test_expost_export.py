"""The Ex ante / ex post export, read back with openpyxl, in Dutch and in English."""

from __future__ import annotations

import copy
import io

import openpyxl
import pytest

from impactkaart.core.model import parse_project
from impactkaart.io.exports.expost import expost_excel_bytes, expost_file_name
from tests.core.test_expost_costs import PROJECT

# The hand-worked figures of tests/core/test_expost_costs.py, plus 10 volunteer hours at
# € 20 in year 1 (in kind, undiscounted: € 200 on both sides).
DATA = copy.deepcopy(PROJECT)
DATA["in_kind"] = [{"label": "vrijwilligers", "provider": "vrijwilligers", "hours": 10,
                    "value_per_hour": 20, "years": [1]}]


def workbook(lang: str) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(expost_excel_bytes(parse_project(DATA), lang=lang)))


def rows(ws) -> list[tuple]:
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def test_dutch_workbook_holds_ex_ante_beside_ex_post():
    wb = workbook("nl")
    assert wb.sheetnames == ["Totalen", "Effecten", "Kosten"]
    totals = {r[0]: r[1:3] for r in rows(wb["Totalen"])[3:8]}
    assert totals["Contante waarde baten"] == pytest.approx((21600, 21504))
    # costs 18.000 ex ante, 20.000 ex post (realised year 1, budget year 2), each + 200 in kind
    assert totals["Contante waarde kosten (incl. meegetelde inzet in natura)"] == pytest.approx(
        (18200, 20200))
    assert totals["waarvan inzet in natura"] == pytest.approx((200, 200))
    assert totals["Netto contante waarde"] == pytest.approx((3400, 1304))
    assert totals["Rendementsfactor"] == pytest.approx((21600 / 18200, 21504 / 20200))
    notes = [r[0] for r in rows(wb["Totalen"])[9:]]
    assert "1 van 2 kostenregels zonder gerealiseerd bedrag: daar telt ex post het budget." in notes
    effect = rows(wb["Effecten"])[1]
    # quantity 100 → 80; deadweight 0,5 → 0,2; attribution 0,2 → (not re-estimated);
    # displacement 0 → –; drop-off 0 → 0,5; PV 21.600 → 21.504, difference −96
    assert effect[:12] == ("x", "Gemeente", 100, 80, 0.5, 0.2, 0.2, None, 0, None, 0, 0.5)
    assert effect[12:] == pytest.approx((21600, 21504, -96))
    costs = rows(wb["Kosten"])
    assert costs[1] == (1, "Gemeente", 10000, 12000, 12000, "gerealiseerd bedrag")
    assert costs[2] == (2, "Gemeente", 10000, None, 10000,
                        "budget (geen gerealiseerd bedrag ingevuld)")
    assert costs[3][2:5] == (20000, 12000, 22000)


def test_english_workbook_is_in_english_with_the_same_figures():
    wb = workbook("en")
    assert wb.sheetnames == ["Totals", "Effects", "Costs"]
    totals = {r[0]: r[1:3] for r in rows(wb["Totals"])[3:8]}
    assert totals["Return factor"] == pytest.approx((21600 / 18200, 21504 / 20200))
    assert rows(wb["Effects"])[0][:4] == ("Effect", "For whom", "Quantity per year ex ante",
                                          "Quantity per year ex post (measured)")
    assert rows(wb["Costs"])[2][1:] == ("Municipality", 10000, None, 10000,
                                         "budget (no realised amount entered)")
    assert expost_file_name(parse_project(DATA), "en") == "Achteraf_duurder__minder_effect_ex_ante_ex_post.xlsx"


def test_user_text_that_looks_like_a_formula_stays_text():
    data = copy.deepcopy(DATA)
    data["effects"][0]["outcome"] = '=HYPERLINK("http://x","klik")'
    wb = openpyxl.load_workbook(io.BytesIO(expost_excel_bytes(parse_project(data))))
    cell = wb["Effecten"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
