"""The rekenmodel shows the in-kind lines (as costs of their provider when counted) and the
basis of every assumption. That its formulas then give the engine's figures, in-kind
inputs included, is checked by LibreOffice in tests/io/test_excel_export.py (the
thuisadministratie demo counts its volunteers)."""

from __future__ import annotations

import copy

from impactkaart.core.model import parse_project
from impactkaart.io.exports.excel import build_workbook
from tests.core.test_in_kind import PROJECT


def cells(ws) -> list[tuple]:
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def test_in_kind_rows_feed_the_costs_sheet_and_the_basis_is_listed():
    data = copy.deepcopy(PROJECT)
    data["effects"][0]["basis"] = {"deadweight": "geconstrueerd: aanname"}
    wb, _ = build_workbook(parse_project(data))
    inputs, costs = cells(wb["Invoer"]), cells(wb["Kosten"])
    heading = next(i for i, r in enumerate(inputs) if r[0] == "Inzet in natura")
    assert inputs[heading][1] == "Meegeteld in de kosten: ja"
    # 3 years of volunteer time (100 h × € 18,80 as a formula; the library's hour value, price
    # level 2022, × the CPI 2022→2024 of 1,073, issue 15 item 10) and 1 year of goods (€ 500)
    lines = inputs[heading + 2: heading + 6]
    assert [r[1] for r in lines] == [1, 2, 3, 1]
    assert lines[0][4].startswith("=G") and lines[0][6:8] == (100, "=18.8*1.073")
    assert lines[3][8] == 500
    assert [r[2] for r in costs[1:]] == ["gemeente", "gemeente", "vrijwilligers", "vrijwilligers",
                                         "vrijwilligers", "aanbieder"]
    basis = [r for r in inputs if r[2] == "Toch al gebeurd (deadweight)"]
    assert basis[0][4] == "geconstrueerd: aanname"
    assert [r[4] for r in inputs if r[2] == "Duur"] == ["geen onderbouwing opgegeven"]


def test_not_counted_in_kind_is_listed_but_not_a_cost():
    wb, _ = build_workbook(parse_project(dict(PROJECT, count_in_kind=False)))
    assert [r[2] for r in cells(wb["Kosten"])[1:]] == ["gemeente", "gemeente"]
    assert any(r[1] == "Meegeteld in de kosten: nee" for r in cells(wb["Invoer"]))
