"""The wizard: scaling reference effects into a project, and its Dutch validation."""

from __future__ import annotations

import pytest

from impactkaart.authoring.wizard import (
    WizardInput,
    build_project,
    check,
    message,
    project_types,
    reference_effects,
)
from impactkaart.core.engine import compute
from impactkaart.core.model import ProjectError
from impactkaart.core.reference import default_reference


def valid_input(**changes) -> WizardInput:
    values = dict(
        name="Samen minder alleen",
        project_type="eenzaamheid",
        years=2,
        reach=50,
        costs=(("gemeente", 40_000.0), ("fonds", 5_000.0)),
        changes=(-0.25, 0.0, 0.5),
    )
    values.update(changes)
    return WizardInput(**values)


def test_scaling_matches_the_hand_worked_example():
    # impactkaart/data/reference_effects.csv, eenzaamheid, effect 1 "minder huisartsconsulten":
    # 4 per participant per year, proxy huisartsconsult = € 30,87 (proxies.csv).
    # 50 participants per year, 25 % fewer than the reference:
    #   quantity = 4 × 50 × (1 − 0,25) = 150 per year, for each year's cohort.
    # Effect 3 "uitstel van dagbesteding": 15 dagdelen per participant, 50 % more:
    #   quantity = 15 × 50 × 1,5 = 1125.
    project = build_project(valid_input())
    gp = [e for e in project.effects if e.outcome.startswith("minder huisartsconsulten")]
    # one effect, its two yearly cohorts inside (issue 16 item 4)
    assert [(e.outcome, e.start_year, e.quantity) for e in gp] == [
        ("minder huisartsconsulten", 1, 300.0)]
    assert [(c.start_year, c.quantity) for c in gp[0].cohorts] == [(1, 150.0), (2, 150.0)]
    assert gp[0].proxy == 30.87
    assert gp[0].proxy_key == "huisartsconsult"
    assert "Kostenhandleiding" in gp[0].proxy_source and "prijspeil 2022" in gp[0].proxy_source
    # deadweight, attribution, drop-off and duration come from the reference row
    assert (gp[0].deadweight, gp[0].attribution, gp[0].drop_off, gp[0].duration) == (
        0.3, 0.3, 0.3, 2,
    )
    day_care = [e for e in project.effects if e.outcome.startswith("uitstel van dagbesteding")]
    assert [c.quantity for c in day_care[0].cohorts] == [1125.0, 1125.0]
    assert day_care[0].proxy == 83.29
    # an effect without a comparison keeps the reference quantity: 40 h × 50 = 2000
    informal = [e for e in project.effects if e.outcome.startswith("ontlasting mantelzorgers")]
    assert informal[0].cohorts[0].quantity == 2000.0


def test_a_one_year_project_keeps_the_reference_outcomes():
    project = build_project(valid_input(years=1))
    assert [e.outcome for e in project.effects] == list(reference_effects("eenzaamheid")["outcome"])
    assert all(not e.cohorts for e in project.effects)


def test_a_three_year_project_has_one_row_per_reference_effect():
    project = build_project(valid_input(years=3))
    assert [e.outcome for e in project.effects] == list(reference_effects("eenzaamheid")["outcome"])
    assert all([c.start_year for c in e.cohorts] == [1, 2, 3] for e in project.effects)


def test_costs_are_per_financier_for_every_project_year():
    project = build_project(valid_input())
    assert sorted((c.financier, c.year, c.amount) for c in project.costs) == [
        ("fonds", 1, 5000.0), ("fonds", 2, 5000.0),
        ("gemeente", 1, 40000.0), ("gemeente", 2, 40000.0),
    ]


def test_built_project_gives_the_hand_computed_benefit_of_one_effect():
    # Only "minder huisartsconsulten" left (all other effects −100 %), r = 2,25 %.
    # One cohort's effect: 150 × 30,87 × (1−0,3) × (1−0) × (1−0,3) = 2268,945 in its
    # first year, × 0,7 (drop-off) in its second. Cohort 1 in years 1–2, cohort 2 in 2–3:
    #   PV = 2268,945 + (2268,945×0,7 + 2268,945)/1,0225 + 2268,945×0,7/1,0225²
    # at the proxy's price year 2022; the engine's price level is 2024: × 1,073 (cpi.csv).
    project = build_project(valid_input(changes=(-0.25, -1, -1, -1, -1, -1)))
    a = 150 * 30.87 * 0.7 * 0.7 * 1.073
    expected = a + (a * 0.7 + a) / 1.0225 + a * 0.7 / 1.0225**2
    result = compute(project)
    assert result.pv_benefits == pytest.approx(expected, rel=1e-12)
    assert result.pv_costs == pytest.approx(45_000 + 45_000 / 1.0225, rel=1e-12)


def test_reference_effects_are_labelled_illustratief_and_carry_proxy_sources():
    effects = reference_effects("jongerenwerk")
    # six: the police cost per offence left out beside the costs per offence, and bijstand in
    # two rows, its administration (a saving) and the benefit (a transfer) (issue 15)
    assert len(effects) == 6
    assert effects["illustratief"].all()
    assert effects.loc[0, "proxy_value"] == 3605.0  # delict_ordeverstoring
    assert effects["proxy_source"].str.len().gt(20).all()
    project = build_project(valid_input(project_type="jongerenwerk", changes=()))
    assert "illustratief" in project.description.lower()


def test_every_project_type_with_a_reference_builds_a_valid_project():
    for project_type in project_types()["project_type"]:
        project = build_project(valid_input(project_type=project_type, changes=()))
        assert compute(project).rendementsfactor > 0


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (dict(reach=0), "Bereik (deelnemers per jaar): moet groter dan 0 zijn"),
        (dict(reach=-5), "Bereik (deelnemers per jaar): moet groter dan 0 zijn"),
        (dict(reach=None), "Bereik (deelnemers per jaar): vul het aantal deelnemers per jaar in"),
        (dict(costs=()), "Kosten: vul voor minstens één financier een bedrag per jaar in"),
        (dict(costs=(("gemeente", 0.0),)), "Kosten: vul voor minstens één financier"),
        (dict(costs=(("gemeente", 10.0), ("fonds", -3.0))),
         "Kosten van fonds, bedrag per jaar: mag niet negatief zijn"),
        (dict(changes=(0.0, 2.5)),
         "Vergelijking, effect 2 'minder contacten basis-GGZ': moet tussen -100 % en +200 % liggen"),
        (dict(changes=(-1.2,)), "Vergelijking, effect 1 'minder huisartsconsulten': moet tussen"),
        (dict(name="  "), "Projectnaam: mag niet leeg zijn"),
        (dict(project_type="bestaat_niet"), "Type project: kies een type uit de lijst"),
        (dict(years=0), "Looptijd (jaren): moet tussen 1 en 50 liggen"),
    ],
)
def test_bad_answers_give_one_dutch_message_naming_the_field(changes, expected):
    inp = valid_input(**changes)
    errors = check(inp)
    texts = [message(e, inp) for e in errors]
    assert len(errors) == 1, texts
    assert texts[0].startswith(expected)
    with pytest.raises(ProjectError):
        build_project(inp)


def test_checks_of_a_step_ignore_the_steps_still_to_come():
    first_step_done = WizardInput(name="Buurtkamer", project_type="eenzaamheid", years=3)
    assert check(first_step_done, up_to_step=1) == []
    assert {e.path for e in check(first_step_done, up_to_step=2)} == {"bereik", "kosten"}


def test_errors_name_the_reference_effect_in_the_chosen_type():
    ref = default_reference()
    inp = valid_input(project_type="schuldhulpverlening", changes=(0.0, 0.0, 9.0))
    [error] = check(inp, reference=ref)
    assert message(error, inp, ref).startswith(
        "Vergelijking, effect 3 'minder productiviteitsverlies en verzuim bij werkgever'"
    )
