"""The Excel export, recalculated by LibreOffice, gives the engine's figures to the cent.

LibreOffice (tests/spreadsheet.py) is the independent evaluator: it shares no
code with the engine. Each recalculation starts one soffice process, so the
projects are checked in batches.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.core.model import Project, parse_project
from impactkaart.io.exports.excel import build_workbook, excel_bytes, write_text
from tests.spreadsheet import recalculate
from tests.strategies import projects

CENT = 0.005
NOT_COMPUTABLE = ("–", "", None)

# Every user text field holds something a spreadsheet might run, or read as a criterion.
INJECTION = {
    "name": "=HYPERLINK(\"http://example.invalid\",\"klik\")",
    "project_type": "+gezinswerk",
    "years": 2,
    "discount_rate": 0.03,
    "description": "@SUM(A1:A9)",
    "costs": [
        {"year": 1, "financier": "=1+1", "amount": 1000},
        {"year": 2, "financier": ">5", "amount": 500},
    ],
    "effects": [
        {"outcome": "=1+1", "stakeholder": "gem*", "sector": "zorg", "quantity": 10,
         "proxy": 100, "duration": 2, "deadweight": 0.1, "attribution": 0.2,
         "proxy_source": "-2+3"},
        {"outcome": "\tcmd|' /C calc'!A0", "stakeholder": ">5", "sector": None, "quantity": 3,
         "proxy": 250, "duration": 1, "deadweight": 0, "attribution": 0,
         "proxy_source": "\r=2*3"},
        {"outcome": "gewoon", "stakeholder": "gemeente", "sector": "politie_justitie",
         "quantity": 1, "proxy": 900, "duration": 3, "deadweight": 0.3, "attribution": 0.1,
         "drop_off": 0.2, "start_year": 2},
    ],
}


def export_and_recalculate(batch: list[Project], workdir: Path) -> list[tuple[Path, Path, dict]]:
    """(exported file, LibreOffice's recalculated copy, result cells) per project."""
    files, cells = [], []
    for i, project in enumerate(batch):
        path = workdir / f"project_{i}.xlsx"
        path.write_bytes(excel_bytes(project))
        files.append(path)
        cells.append(build_workbook(project)[1])
    return list(zip(files, recalculate(files, workdir), cells))


def money(value, expected: float) -> None:
    assert isinstance(value, (int, float)), value
    assert abs(value - expected) <= CENT + 1e-12 * abs(expected), (value, expected)


def ratio(value, expected: float | None) -> None:
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        assert value in NOT_COMPUTABLE, value
    else:
        assert value == pytest.approx(expected, rel=1e-9, abs=1e-9)


def assert_matches_engine(project: Project, path: Path, cells: dict, sheet: str = "Resultaten",
                          never: str = "niet binnen de looptijd") -> None:
    result = compute(project)
    ws = openpyxl.load_workbook(path, data_only=True)[sheet]
    money(ws[cells["pv_benefits"]].value, result.pv_benefits)
    money(ws[cells["pv_costs"]].value, result.pv_costs)
    money(ws[cells["npv"]].value, result.npv)
    ratio(ws[cells["rendementsfactor"]].value, result.rendementsfactor)
    payback = ws[cells["payback_year"]].value
    assert payback == (result.payback_year or never)
    assert ws[cells["fte_total"]].value == pytest.approx(result.fte_total, rel=1e-9, abs=1e-9)

    for party in result.by_party.itertuples():
        row = cells["parties"][party.party]
        money(ws[f"D{row}"].value, party.pv_costs)
        money(ws[f"E{row}"].value, party.pv_benefits)
        ratio(ws[f"F{row}"].value, party.rendement)
    assert len(cells["parties"]) == len(result.by_party)

    per_sector = result.fte_by_sector().set_index("sector")
    for sector, row in cells["sectors"].items():
        hours = per_sector["hours"].get(sector, 0.0)
        fte = per_sector["fte"].get(sector, 0.0)
        assert ws[f"D{row}"].value == pytest.approx(hours, rel=1e-9, abs=1e-9)
        assert ws[f"E{row}"].value == pytest.approx(fte, rel=1e-9, abs=1e-9)

    for year in result.by_year.itertuples():
        row = cells["years"][int(year.year)]
        for column, expected in zip("BCDE", (year.costs, year.benefits, year.costs_pv,
                                            year.benefits_pv)):
            money(ws[f"{column}{row}"].value, expected)
    assert len(cells["years"]) == len(result.by_year)


# Cohorts (issue 16 item 4): two effects with yearly intakes, one of them a transfer.
COHORTS = {
    "name": "cohorten", "project_type": "gezinswerk", "years": 3, "discount_rate": 0.0225,
    "costs": [{"year": y, "financier": "gemeente", "amount": 20000} for y in (1, 2, 3)],
    "effects": [
        {"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar", "sector": "zorg",
         "proxy": 40, "duration": 3, "deadweight": 0.2, "attribution": 0.25, "drop_off": 0.1,
         "cohorts": [{"start_year": 1, "quantity": 200}, {"start_year": 2, "quantity": 100},
                     {"start_year": 3, "quantity": 50}]},
        {"outcome": "minder bijstand", "stakeholder": "gemeente", "sector": None, "proxy": 900,
         "duration": 2, "deadweight": 0.5, "attribution": 0.3, "transfer": True,
         "cohorts": [{"start_year": 2, "quantity": 4}, {"start_year": 3, "quantity": 6}]},
    ],
}


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory):
    """The three demo projects, the injection project and the cohort project (as exported,
    and with its second cohort's quantity doubled in the workbook), recalculated in one
    LibreOffice run."""
    batch = [*demo_projects(), parse_project(INJECTION), parse_project(COHORTS)]
    workdir = tmp_path_factory.mktemp("xlsx")
    files, cells = [], []
    for i, project in enumerate(batch):
        path = workdir / f"project_{i}.xlsx"
        path.write_bytes(excel_bytes(project))
        files.append(path)
        cells.append(build_workbook(project)[1])
    # a person changes one cohort's quantity on the Invoer sheet
    book = openpyxl.load_workbook(files[-1])
    ws = book["Invoer"]
    row = cells[-1]["cohort_rows"][0][1]
    assert ws[f"D{row}"].value == 100
    ws[f"D{row}"].value = 200
    edited = workdir / "project_edited.xlsx"
    book.save(edited)
    files.append(edited)
    cells.append(cells[-1])
    return batch, list(zip(files, recalculate(files, workdir), cells))


def test_cohorts_recalculate_to_the_engines_figures(recalculated):
    # one row per effect on Invoer, one set of Baten rows per cohort
    batch, files = recalculated
    assert_matches_engine(batch[4], files[4][1], files[4][2])
    doubled = dict(COHORTS, effects=[dict(COHORTS["effects"][0], cohorts=[
        {"start_year": 1, "quantity": 200}, {"start_year": 2, "quantity": 200},
        {"start_year": 3, "quantity": 50}]), COHORTS["effects"][1]])
    assert_matches_engine(parse_project(doubled), files[5][1], files[5][2])


def test_demo_projects_recalculate_to_the_engines_figures(recalculated):
    batch, files = recalculated
    for project, (_, path, cells) in zip(batch[:3], files[:3]):
        assert_matches_engine(project, path, cells)


def test_results_are_live_formulas_not_pasted_numbers(recalculated):
    _, files = recalculated
    exported, _, cells = files[0]
    wb = openpyxl.load_workbook(exported)
    results, benefits = wb["Resultaten"], wb["Baten"]
    assert results[cells["rendementsfactor"]].value.startswith("=IF(B6>=")
    party_row = next(iter(cells["parties"].values()))
    assert results[f"E{party_row}"].value.startswith("=SUMIF(Baten!$C$2:")
    assert benefits["K2"].value == "=1/(1+discontovoet)^(F2-1)"
    assert benefits["H2"].value.startswith("=(1-Invoer!")


def test_changing_the_discount_rate_in_the_workbook_recomputes_everything(tmp_path):
    """The economist's what-if: another rate in Invoer, and every formula follows it."""
    project = demo_projects()[1]
    workbook, cells = build_workbook(project)
    workbook["Invoer"][cells["rate"]].value = 0.05
    path = tmp_path / "changed.xlsx"
    workbook.save(path)
    (recalculated,) = recalculate([path], tmp_path)
    assert_matches_engine(replace(project, discount_rate=0.05), recalculated, cells)


def test_formula_injection_stays_text_and_odd_party_names_sum_exactly(recalculated):
    batch, files = recalculated
    project, (exported, path, cells) = batch[3], files[3]
    assert_matches_engine(project, path, cells)  # parties '>5' and 'gem*' are not criteria

    raw = openpyxl.load_workbook(exported)
    computed = openpyxl.load_workbook(path, data_only=True)
    # The model strips surrounding whitespace, so "\r=2*3" arrives as "=2*3".
    risky = {"=1+1", ">5", "gem*", "-2+3", "cmd|' /C calc'!A0", "=2*3", INJECTION["name"],
             "+gezinswerk", "@SUM(A1:A9)"}
    found = set()
    for ws in raw.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in risky:
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
                    if cell.value[0] in "=+-@":
                        assert cell.quotePrefix, (ws.title, cell.coordinate)
                    # after a real spreadsheet program opened it: still the same text
                    assert computed[ws.title][cell.coordinate].value == cell.value
                    found.add(cell.value)
    assert found == risky


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.data_too_large])
@given(st.lists(projects(max_effects=5), min_size=8, max_size=8))
def test_generated_projects_recalculate_to_the_engines_figures(tmp_path_factory, dicts):
    batch = [parse_project(d) for d in dicts]
    files = export_and_recalculate(batch, tmp_path_factory.mktemp("generated"))
    for project, (_, path, cells) in zip(batch, files):
        assert_matches_engine(project, path, cells)


@pytest.mark.parametrize("text", ["\t=1+1", "\r=1+1", "=cmd", "+1", "-1", "@A1"])
def test_write_text_never_writes_a_formula(text):
    workbook = openpyxl.Workbook()
    cell = write_text(workbook.active, 1, 1, text)
    assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)


def test_write_text_replaces_characters_xml_cannot_hold():
    workbook = openpyxl.Workbook()
    assert write_text(workbook.active, 1, 1, "a\x00b\x1fc").value == "a\ufffdb\ufffdc"
