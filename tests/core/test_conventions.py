"""Golden tests for the conventions of issue 15 (transfers, payback, price level, FTE per
year, discounting conventions): projects worked out by hand, the arithmetic in comments."""

from __future__ import annotations

import pytest

from impactkaart.core.engine import compute
from impactkaart.core.model import ProjectError, parse_project

# --- transfers (item 2) -----------------------------------------------------------------
# r = 0 so that every PV is its nominal sum. One year.
TRANSFER = {
    "name": "Overdracht", "project_type": "participatie", "years": 1, "discount_rate": 0.0,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 10000}],
    "effects": [
        # a real saving: 10 × 500 × (1 − 0,2) = 4.000 for the zorgverzekeraar
        {"outcome": "minder zorg", "stakeholder": "zorgverzekeraar", "quantity": 10, "proxy": 500,
         "duration": 1, "deadweight": 0.2, "attribution": 0.0},
        # bijstand saved: 2 × 15.000 × (1 − 0,5) = 15.000, a transfer from the participant
        {"outcome": "uit de bijstand", "stakeholder": "gemeente", "quantity": 2, "proxy": 15000,
         "duration": 1, "deadweight": 0.5, "attribution": 0.0, "transfer": True},
        # a transfer with its own losing party: 1 × 3.000 = 3.000 from UWV to the Rijk
        {"outcome": "minder WW", "stakeholder": "rijk", "quantity": 1, "proxy": 3000,
         "duration": 1, "deadweight": 0.0, "attribution": 0.0, "transfer": True,
         "transfer_from": "uwv"},
    ],
}


def test_transfers_are_out_of_society_totals():
    result = compute(parse_project(TRANSFER))
    assert result.pv_benefits == pytest.approx(4000)  # only the real saving
    assert result.pv_transfers == pytest.approx(18000)  # 15.000 + 3.000
    assert result.npv == pytest.approx(4000 - 10000)
    assert result.rendementsfactor == pytest.approx(0.4)  # 4.000 / 10.000, not 2,2
    assert result.payback_year is None  # −6.000 at the end: never paid back
    assert result.to_dict()["pv_transfers"] == pytest.approx(18000)


def test_transfers_are_in_the_party_table_both_ways():
    parties = compute(parse_project(TRANSFER)).by_party.set_index("party")
    assert parties.loc["gemeente", "pv_benefits"] == pytest.approx(15000)
    assert parties.loc["deelnemer", "pv_benefits"] == pytest.approx(-15000)
    assert parties.loc["rijk", "pv_benefits"] == pytest.approx(3000)
    assert parties.loc["uwv", "pv_benefits"] == pytest.approx(-3000)
    assert parties.loc["zorgverzekeraar", "pv_benefits"] == pytest.approx(4000)
    # the parties together gain what society gains: the transfers cancel out
    assert parties["pv_benefits"].sum() == pytest.approx(4000)
    # the gemeente's own return counts what it no longer pays: 15.000 / 10.000
    assert parties.loc["gemeente", "rendement"] == pytest.approx(1.5)


def test_a_transfer_is_marked_per_effect_and_year():
    result = compute(parse_project(TRANSFER))
    assert list(result.effects["transfer"]) == [False, True, True]
    year = result.by_year.set_index("year").loc[1]
    assert year["benefits"] == pytest.approx(4000) and year["transfers"] == pytest.approx(18000)


@pytest.mark.parametrize("field, value, code", [
    ("transfer", "ja", "not_bool"),
    ("transfer", 1, "not_bool"),
    ("transfer_from", "deelnemr", "transfer_unknown_party_hint"),
    ("transfer_from", "marsmannetjes", "transfer_unknown_party"),
    ("transfer_from", "gemeente", "transfer_same_party"),  # the stakeholder itself
])
def test_bad_transfer_fields_name_the_field(field, value, code):
    effect = {**TRANSFER["effects"][1], field: value}
    with pytest.raises(ProjectError) as caught:
        parse_project({**TRANSFER, "effects": [effect]})
    [error] = caught.value.errors
    assert (error.path, error.code) == (f"effects[0].{field}", code)


def test_a_party_the_project_names_may_lose_a_transfer():
    effect = {**TRANSFER["effects"][1], "transfer_from": "eigen_fonds"}
    cost = {"year": 1, "financier": "eigen_fonds", "amount": 1}
    project = parse_project({**TRANSFER, "effects": [effect], "costs": [cost]})
    assert project.effects[0].transfer_from == "eigen_fonds"
