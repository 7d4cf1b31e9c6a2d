"""Ex post with realised costs and re-estimated shares (issue 15 item 11), by hand."""

from __future__ import annotations

import copy

import pandas as pd
import pytest

from impactkaart.core.engine import compute
from impactkaart.core.expost import compare
from impactkaart.core.model import ProjectError, parse_project
from impactkaart.text.errors import describe

# r = 25 %: year 2 is discounted by exactly 0,8.
PROJECT = {
    "name": "Achteraf duurder, minder effect",
    "project_type": "gezinswerk",
    "years": 2,
    "discount_rate": 0.25,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 10000, "amount_ex_post": 12000},
              {"year": 2, "financier": "gemeente", "amount": 10000}],
    "effects": [{"outcome": "x", "stakeholder": "gemeente", "sector": None, "quantity": 100,
                 "quantity_ex_post": 80, "proxy": 300, "duration": 2,
                 "deadweight": 0.5, "deadweight_ex_post": 0.2,
                 "attribution": 0.2, "drop_off": 0.0, "drop_off_ex_post": 0.5}],
}
# Ex ante: 100 × 300 × (1 − 0,5) × (1 − 0,2) = 12.000 in year 1; year 2 no drop-off:
#          12.000 × 0,8 (discount) = 9.600; PV benefits 21.600. Costs 10.000 + 8.000 = 18.000.
# Ex post: 80 × 300 × (1 − 0,2) × (1 − 0,2) = 15.360 in year 1 (attribution not re-estimated:
#          its ex ante 0,2 stands); year 2: 15.360 × (1 − 0,5) drop-off × 0,8 = 6.144;
#          PV benefits 21.504. Costs: realised 12.000 in year 1, budget 10.000 × 0,8 in year 2
#          (nothing realised entered) = 20.000.


def test_measured_side_uses_realised_costs_and_reestimated_shares():
    comparison = compare(parse_project(PROJECT))
    assert comparison.expected.pv_benefits == pytest.approx(21600)
    assert comparison.expected.pv_costs == pytest.approx(18000)
    assert comparison.measured.pv_benefits == pytest.approx(21504)
    assert comparison.measured.pv_costs == pytest.approx(20000)
    assert comparison.measured.rendementsfactor == pytest.approx(21504 / 20000)
    assert comparison.costs_from_budget == 1
    lines = comparison.costs
    assert list(lines["budget"]) == [10000, 10000]
    assert lines["realised"].iloc[0] == 12000 and lines["realised"].isna().iloc[1]
    assert list(lines["used"]) == [12000, 10000]
    row = comparison.effects.iloc[0]
    assert row["deadweight"] == 0.5 and row["deadweight_ex_post"] == 0.2
    assert pd.isna(row["attribution_ex_post"])
    totals = comparison.totals().set_index("measure")
    assert totals.loc["pv_costs", "measured"] == pytest.approx(20000)


def test_ex_ante_ignores_everything_ex_post():
    plain = copy.deepcopy(PROJECT)
    plain["costs"][0].pop("amount_ex_post")
    effect = plain["effects"][0]
    for key in ("deadweight_ex_post", "drop_off_ex_post"):
        effect.pop(key)
    assert compute(parse_project(PROJECT)).to_dict() == compute(parse_project(plain)).to_dict()


def test_the_fields_round_trip_and_bad_values_name_the_field():
    project = parse_project(PROJECT)
    assert parse_project(project.to_dict()) == project
    assert project.to_dict()["costs"][1] == {"year": 2, "financier": "gemeente", "amount": 10000.0}
    data = copy.deepcopy(PROJECT)
    data["costs"][1]["amount_ex_post"] = -5
    data["effects"][0]["attribution_ex_post"] = 1.2
    with pytest.raises(ProjectError) as caught:
        parse_project(data)
    assert [describe(e, "nl") for e in caught.value.errors] == [
        "costs[1].amount_ex_post: mag niet negatief zijn",
        "effects[0].attribution_ex_post: moet tussen 0 en 1 liggen",
    ]


def test_basis_is_text_per_assumption_and_words_it_in_both_languages(tmp_path, capsys):
    import json

    from impactkaart.cli.main import main
    from impactkaart.text.basis import basis_lines, basis_text

    data = copy.deepcopy(PROJECT)
    data["effects"][0]["basis"] = {"deadweight": "  CBS 2023, uitstroom zonder hulp  ", "duration": ""}
    effect = parse_project(data).effects[0]
    assert effect.basis == {"deadweight": "CBS 2023, uitstroom zonder hulp"}  # trimmed, empty gone
    lines = basis_lines(effect, "nl")
    assert [(x.name, x.value, x.given) for x in lines][::4] == [
        ("Toch al gebeurd (deadweight)", "50%", True), ("Duur", "2 jaar", False)]
    assert lines[1].basis == "geen onderbouwing opgegeven"
    assert basis_lines(effect, "en")[1].basis == "no basis given"
    assert basis_text(effect, "nl") == "Toch al gebeurd (deadweight) 50%: CBS 2023, uitstroom zonder hulp"
    for bad, message in (({"deadweight": 3}, "effects[0].basis.deadweight: moet tekst zijn"),
                         ({"proxy": "x"}, "effects[0].basis.proxy: onbekend veld"),
                         ("tekst", "effects[0].basis: effects[0].basis moet een object"),
                         ({"attribution": "x" * 1001},
                          "effects[0].basis.attribution: is te lang (meer dan 1000 tekens)")):
        data["effects"][0]["basis"] = bad
        path = tmp_path / "p.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        assert main(["compute", str(path)]) == 2
        assert message in capsys.readouterr().err
