"""Tables in, project out: row/field messages, hidden fields kept, proxies, measurements."""

from __future__ import annotations

import pandas as pd
import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.authoring.editing import (
    TableError,
    apply_proxy,
    costs_frame,
    describe_path,
    effects_frame,
    project_from_tables,
    qualitative_frame,
    with_measurements,
)
from impactkaart.core.proxies import proxy_row


@pytest.fixture
def project():
    return demo_projects()[0]


def tables(project):
    return effects_frame(project), costs_frame(project), qualitative_frame(project)


def test_unedited_tables_give_back_the_same_project(project):
    assert project_from_tables(project, *tables(project)) == project


def test_a_bad_cell_names_its_row_and_column_in_dutch(project):
    effects, costs, qualitative = tables(project)
    effects.loc[2, "deadweight"] = 1.5
    costs.loc[0, "amount"] = -10.0
    qualitative.loc[1, "strength"] = 7
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    assert [str(e) for e in caught.value.for_table("effects")] == [
        "Rij 3, nul-effect (deadweight): moet tussen 0 en 1 liggen"
    ]
    assert [str(e) for e in caught.value.for_table("costs")] == [
        "Rij 1, bedrag (€): mag niet negatief zijn"
    ]
    assert [str(e) for e in caught.value.for_table("qualitative")] == [
        "Rij 2, sterkte (1–3): moet een geheel getal van 1 tot en met 3 zijn"
    ]


def test_an_empty_required_cell_is_named(project):
    effects, costs, qualitative = tables(project)
    effects.loc[0, "outcome"] = None
    effects.loc[1, "quantity"] = float("nan")
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    assert [str(e) for e in caught.value.errors] == [
        "Rij 1, effect (wat verandert): mag niet leeg zijn",
        "Rij 2, aantal per jaar: ontbreekt (verplicht veld)",
    ]


def test_added_blank_rows_are_ignored_and_filled_rows_added(project):
    effects, costs, qualitative = tables(project)
    qualitative = pd.concat(
        [qualitative, pd.DataFrame([{}, {"outcome": "minder eenzaam", "stakeholder": "deelnemer",
                                         "direction": "+", "strength": 2.0}])],
        ignore_index=True,
    )
    result = project_from_tables(project, effects, costs, qualitative)
    assert len(result.qualitative) == len(project.qualitative) + 1
    added = result.qualitative[-1]
    assert (added.outcome, added.stakeholder, added.direction, added.strength) == (
        "minder eenzaam", "deelnemer", "+", 2,
    )


def test_deleting_a_row_keeps_the_hidden_measurements_of_the_others(project):
    measured = with_measurements(project, [10.0 * (i + 1) for i in range(len(project.effects))])
    effects, costs, qualitative = tables(measured)
    effects = effects.drop(index=0)  # the editor keeps the other rows' index
    result = project_from_tables(measured, effects, costs, qualitative)
    assert [e.quantity_ex_post for e in result.effects] == [
        10.0 * (i + 1) for i in range(1, len(project.effects))
    ]
    # an added row (new index) has no measurement
    effects.loc[99] = effects.iloc[0]
    result = project_from_tables(measured, effects, costs, qualitative)
    assert result.effects[-1].quantity_ex_post is None


def test_a_changed_looptijd_is_checked_against_the_costs(project):
    with pytest.raises(TableError) as caught:
        project_from_tables(project, *tables(project), years=2)
    assert "Rij 3, jaar: valt buiten de looptijd (1 tot en met 2)" in [
        str(e) for e in caught.value.for_table("costs")
    ]


def test_a_library_proxy_fills_value_key_and_source(project):
    effects = apply_proxy(effects_frame(project), 1, "huisartsconsult")
    result = project_from_tables(project, effects, costs_frame(project), qualitative_frame(project))
    effect = result.effects[1]
    assert effect.proxy == 30.87  # impactkaart/data/proxies.csv, huisartsconsult
    assert effect.proxy_key == "huisartsconsult"
    assert effect.proxy_source.startswith("Referentieprijzen Kostenhandleiding")
    assert effect.proxy_source.endswith("prijspeil 2022")
    assert effect.outcome == project.effects[1].outcome  # the rest of the row untouched


def test_a_proxy_in_a_new_row_brings_its_usual_stakeholder_and_sector(project):
    effects = pd.concat([effects_frame(project), pd.DataFrame([{}])], ignore_index=True)
    effects = apply_proxy(effects, len(effects) - 1, "delict_vernieling")
    row = proxy_row("delict_vernieling")
    assert effects.iloc[-1]["stakeholder"] == row["default_stakeholder"] == "politie_justitie"
    assert effects.iloc[-1]["sector"] == "politie_justitie"


def test_measurements_are_validated_per_row(project):
    values = [None] * len(project.effects)
    values[1] = -4.0
    with pytest.raises(TableError) as caught:
        with_measurements(project, values)
    assert [str(e) for e in caught.value.errors] == [
        "Rij 2, gemeten aantal per jaar (ex post): mag niet negatief zijn"
    ]
    values[1] = float("nan")  # an emptied cell: not measured
    assert all(e.quantity_ex_post is None for e in with_measurements(project, values).effects)


def test_file_paths_in_words():
    assert describe_path("effects[2].deadweight") == "Effecten, rij 3, nul-effect (deadweight)"
    assert describe_path("costs[0].year") == "Kosten, rij 1, jaar"
    assert describe_path("name") == "Projectnaam"
    assert describe_path("") == "Bestand"


def test_a_bad_cell_and_a_file_path_in_english(project):
    effects, costs, qualitative = tables(project)
    effects.loc[2, "deadweight"] = 1.5
    with pytest.raises(TableError) as caught:
        project_from_tables(project, effects, costs, qualitative)
    [error] = caught.value.for_table("effects")
    assert error.text("en") == "Row 3, deadweight: must be between 0 and 1"
    assert str(error) == "Rij 3, nul-effect (deadweight): moet tussen 0 en 1 liggen"
    assert describe_path("costs[0].year", "en") == "Costs, row 1, year"
    assert describe_path("", "en") == "File"
