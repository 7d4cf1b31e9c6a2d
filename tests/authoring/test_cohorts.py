"""Cohorts in the editor and the wizard (issue 16 item 4): one row per effect."""

from __future__ import annotations

import pytest

from impactkaart.authoring.cohorts import (
    CohortError,
    cohort_rows,
    merge_cohort_rows,
    merge_groups,
    with_cohorts,
)
from impactkaart.authoring.editing import (
    costs_frame,
    effects_frame,
    project_from_tables,
    qualitative_frame,
    table_names,
)
from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project
from impactkaart.core.reference import default_reference
from tests.core.test_cohorts import gp_project
from tests.oracle import oracle

REF = default_reference()


def old_rows_project() -> dict:
    """A file of before: the wizard's one row per cohort."""
    data = gp_project({})
    base = data["effects"][0]
    data["effects"] = [
        {**base, "outcome": f"minder huisartsbezoek (deelnemers van jaar {y})",
         "start_year": y, "quantity": q} for y, q in ((1, 200), (2, 100), (3, 50))
    ] + [{**base, "outcome": "ander effect", "quantity": 10, "deadweight": 0.5}]
    return data


def test_old_rows_merge_into_one_effect_with_the_same_numbers():
    data = old_rows_project()
    project = parse_project(data)
    assert merge_groups(project) == [[0, 1, 2]]
    merged = merge_cohort_rows(project)
    assert [e.outcome for e in merged.effects] == ["minder huisartsbezoek", "ander effect"]
    assert [(c.start_year, c.quantity) for c in merged.effects[0].cohorts] == \
        [(1, 200), (2, 100), (3, 50)]
    expected = oracle(data, REF.sector_figures, REF.discount_rate)
    assert compute(merged).pv_benefits == pytest.approx(expected["pv_benefits"], abs=0.005)
    assert compute(merged).rendementsfactor == pytest.approx(expected["rendementsfactor"])
    assert merge_groups(merged) == []


def test_rows_that_differ_in_an_assumption_are_not_merged():
    data = old_rows_project()
    data["effects"][1]["deadweight"] = 0.3
    assert merge_groups(parse_project(data)) == [[0, 2]]
    data["effects"][2]["quantity_ex_post"] = 40  # a measurement belongs to its own row
    assert merge_groups(parse_project(data)) == []


def test_the_table_shows_the_total_and_a_changed_total_is_split_over_the_cohorts():
    project = merge_cohort_rows(parse_project(old_rows_project()))
    names = table_names(project)
    effects = effects_frame(project, names)
    assert len(effects) == 2 and effects.loc[0, "quantity"] == "350"
    same = project_from_tables(project, effects, costs_frame(project, names),
                               qualitative_frame(project, names), names=names)
    assert same == project
    effects.loc[0, "deadweight"] = "40"  # once, for all three cohorts
    effects.loc[0, "quantity"] = "700"
    changed = project_from_tables(project, effects, costs_frame(project, names),
                                  qualitative_frame(project, names), names=names)
    assert [(c.start_year, c.quantity) for c in changed.effects[0].cohorts] == \
        [(1, 400), (2, 200), (3, 100)]
    assert changed.effects[0].deadweight == 0.4


def test_the_cohort_table_reads_dutch_numbers_and_names_the_row():
    project = parse_project(gp_project({"quantity": 200}))
    assert cohort_rows(project.effects[0]) == [{"start_year": "1", "quantity": "200"}]
    changed = with_cohorts(project, 0, [{"start_year": "1", "quantity": "1.200"},
                                        {"start_year": "2", "quantity": "1,5"},
                                        {"start_year": "", "quantity": ""}])
    assert [(c.start_year, c.quantity) for c in changed.effects[0].cohorts] == [(1, 1200), (2, 1.5)]
    with pytest.raises(CohortError) as caught:
        with_cohorts(project, 0, [{"start_year": "1", "quantity": "10"},
                                  {"start_year": "0", "quantity": "10"}], lang="en")
    row, column, text = caught.value.problems[0]
    assert (row, column) == (2, "start_year") and text
    back = with_cohorts(changed, 0, [{"start_year": "2", "quantity": "30"}])
    assert back.effects[0].cohorts == () and back.effects[0].start_year == 2
