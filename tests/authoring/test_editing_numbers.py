"""The editor's tables read numbers the Dutch way and shares as percent (issue 16)."""

from __future__ import annotations

import pandas as pd
import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.authoring.editing import (
    TableError,
    costs_frame,
    effects_frame,
    project_from_tables,
    qualitative_frame,
    renamed,
    table_names,
)


@pytest.fixture
def project():
    return demo_projects()[0]


def tables(project, names=None):
    return (effects_frame(project, names), costs_frame(project, names),
            qualitative_frame(project, names))


def test_tables_show_dutch_numbers_and_shares_in_percent_and_never_none(project):
    effects, costs, qualitative = tables(project)
    first = project.effects[0]
    assert effects.loc[0, "deadweight"] == f"{first.deadweight * 100:g}".replace(".", ",")
    assert costs.loc[0, "amount"] == f"{project.costs[0].amount:,.0f}".replace(",", ".")
    for frame in (effects, costs, qualitative):
        assert not frame.isna().any().any()  # an empty cell is empty, not 'None'


@pytest.mark.parametrize(("column", "typed", "stored"), [
    ("deadweight", "40", 0.40),          # 40 means 40 %, never 100 %
    ("deadweight", "40 %", 0.40),
    ("attribution", "12,5", 0.125),
    ("quantity", "45.000", 45_000.0),
    ("quantity", "1,5", 1.5),
    ("proxy", "€ 1.234", 1_234.0),
    ("proxy", "45.000,50", 45_000.5),
])
def test_a_typed_cell_is_stored_as_meant(project, column, typed, stored):
    effects, costs, qualitative = tables(project)
    effects.loc[1, column] = typed
    result = project_from_tables(project, effects, costs, qualitative)
    assert getattr(result.effects[1], column) == pytest.approx(stored)


def test_a_cost_typed_the_dutch_way(project):
    effects, costs, qualitative = tables(project)
    costs.loc[0, "amount"] = "45.000"
    assert project_from_tables(project, effects, costs, qualitative).costs[0].amount == 45_000.0


def test_two_readings_in_a_cell_name_both_and_nothing_is_read(project):
    effects, costs, qualitative = tables(project)
    costs.loc[0, "amount"] = "45.00"
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    assert [str(e) for e in caught.value.errors] == [
        "Rij 1, bedrag (€): ‘45.00’ kan op twee manieren gelezen worden: typ 45 of 4.500."]


def test_a_share_out_of_range_names_row_and_field(project):
    effects, costs, qualitative = tables(project)
    effects.loc[3, "drop_off"] = "120"
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    assert [e.text("en") for e in caught.value.errors] == [
        "Row 4, drop-off per year: ‘120’ is outside 0\u00a0% to 100\u00a0%."]


def test_a_new_row_with_only_its_defaults_is_one_message(project):
    effects, costs, qualitative = tables(project)
    new = {"start_year": "1", "duration": "1", "displacement": "0", "drop_off": "0"}
    effects = pd.concat([effects, pd.DataFrame([new])], ignore_index=True)
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    row = len(effects)
    assert [str(e) for e in caught.value.errors] == [
        f"Rij {row}: nieuwe rij, nog leeg: vul hem in of verwijder hem "
        "(vink de rij aan, dan het prullenbakje)"]


def test_numbers_follow_a_change_of_language(project):
    nl, en = table_names(project, "nl"), table_names(project, "en")
    effects, costs, qualitative = tables(project, nl)
    costs.loc[0, "amount"] = "45.000,5"
    english = renamed(costs, nl, en)
    assert english.loc[0, "amount"] == "45,000.50"
    result = project_from_tables(project, renamed(effects, nl, en), english,
                                 renamed(qualitative, nl, en), names=en)
    assert result.costs[0].amount == 45_000.5
    assert result.effects == project.effects
