"""The effects editor keeps what it does not show: realised costs, re-estimated shares,
each effect's basis and the in-kind lines (issue 15 items 10–12)."""

from __future__ import annotations

import dataclasses

from impactkaart.authoring.demo import demo_projects
from impactkaart.authoring.editing import (
    costs_frame,
    effects_frame,
    project_from_tables,
    qualitative_frame,
)
from impactkaart.authoring.expost import with_ex_post
from impactkaart.core.model import InKind


def test_a_table_edit_keeps_the_hidden_inputs():
    project = demo_projects()[0]
    n = len(project.effects)
    project = dataclasses.replace(project, in_kind=(InKind("hulp", "vrijwilligers", (1,), hours=10,
                                                            value_per_hour=18.8),))
    shares = [{"deadweight": 0.1}] + [{}] * (n - 1)
    realised = [1234.0] + [None] * (len(project.costs) - 1)
    measured = with_ex_post(project, [None] * n, shares, realised)
    first = dataclasses.replace(measured.effects[0], basis={"deadweight": "eigen meting"})
    measured = dataclasses.replace(measured, effects=(first, *measured.effects[1:]))
    effects = effects_frame(measured)
    effects = effects.drop(index=n - 1)  # delete the last effect: the others keep theirs
    result = project_from_tables(measured, effects, costs_frame(measured), qualitative_frame(measured))
    assert result.effects[0].deadweight_ex_post == 0.1
    assert result.effects[0].basis == {"deadweight": "eigen meting"}
    assert result.costs[0].amount_ex_post == 1234.0
    assert result.in_kind == measured.in_kind


def test_the_wizard_says_its_reference_values_are_constructed():
    from impactkaart.authoring.wizard import build_project
    from tests.authoring.test_wizard import valid_input

    for lang, start in (("nl", "geconstrueerd: "), ("en", "constructed: ")):
        project = build_project(valid_input(), lang=lang)
        assert project.effects
        for effect in project.effects:
            assert set(effect.basis) == {"deadweight", "attribution", "displacement", "drop_off",
                                         "duration"}
            assert all(text.startswith(start) for text in effect.basis.values())
