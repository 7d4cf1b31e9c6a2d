"""The words around the numbers: FTE sentence, honesty notes, what-if assumptions, labels."""

from __future__ import annotations

from dataclasses import replace

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project
from impactkaart.core.whatif import Assumptions, EffectAssumption, assumptions_of, with_assumptions
from impactkaart.text.catalogue import TEXTS, join_list, t
from impactkaart.text.names import party_label
from impactkaart.text.summary import (
    factor_reason,
    fte_sentence,
    illustrative_reasons,
    seor_benchmark,
)

JONGERENWERK = next(p for p in demo_projects() if p.name.startswith("Jongerenwerk"))


def plain_project(**changes) -> dict:
    data = {
        "name": "Buurtcoach Oost",
        "project_type": "jongerenwerk",
        "years": 2,
        "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
        "effects": [
            {"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar",
             "sector": "zorg", "quantity": 100, "proxy": 30.87, "duration": 2,
             "deadweight": 0.2, "attribution": 0.25, "hours_per_unit": 0.25},
        ],
    }
    data.update(changes)
    return data


def test_fte_sentence_names_each_sector_with_the_engines_fte():
    # hours route: 100 × 0,8 × 0,75 = 60 net visits × 0,25 h = 15 h per year, 2 years = 30 h;
    # 30 / 1720 productive hours (impactkaart/data/sector_figures.csv, zorg) = 0,0174… fte.
    project = parse_project(plain_project())
    result = compute(project)
    assert result.fte_total == pytest.approx(30 / 1720)
    # FTE per year (issue 15 item 9): 15 h / 1720 = 0,00872 fte in each of the 2 years, so on
    # average 0,00872 per year, peak 0,00872 in year 1 (the first of equals), 0,0174 fte-years.
    assert result.fte_per_year == pytest.approx(15 / 1720)
    assert (result.fte_peak_year, result.fte_peak) == (1, pytest.approx(15 / 1720))
    assert fte_sentence(result) == ("Dit project bespaart gemiddeld 0,01 fte per jaar (piek 0,01 fte"
                                    " in projectjaar 1; samen 0,02 fte-jaren: 0,02 bij zorg).")
    assert fte_sentence(result, "en") == ("This project saves on average 0.01 FTE per year (peak"
                                          " 0.01 FTE in project year 1; together 0.02 FTE-years:"
                                          " 0.02 in health care).")


def test_fte_sentence_lists_sectors_largest_first():
    result = compute(JONGERENWERK)
    per_sector = result.fte_by_sector().sort_values("fte", ascending=False)
    sentence = fte_sentence(result)
    # by tests/oracle.py: onderwijs 0,60 fte-years, politie en justitie 0,46, zorg 0,05 (issue
    # 15: police cost per offence left out, labour costs indexed to the 2024 price level)
    positions = [sentence.index(label) for label in ("onderwijs", "politie en justitie", "zorg")]
    assert positions == sorted(positions)
    assert f"{per_sector['fte'].iloc[0]:.1f}".replace(".", ",") + " bij onderwijs" in sentence
    assert sentence.count(" en ") >= 1 and sentence.endswith(".")


def test_no_sector_means_no_invented_fte():
    data = plain_project()
    data["effects"][0]["sector"] = None
    assert fte_sentence(compute(parse_project(data))).startswith("Dit project heeft geen effecten")


def test_illustrative_reasons_name_the_project_and_unsourced_figures():
    reasons = illustrative_reasons(JONGERENWERK)
    assert reasons[0] == "het project zelf is als illustratief voorbeeld beschreven"
    # politie_justitie labour_share is marked illustratief in impactkaart/data/sector_figures.csv and the
    # jongerenwerk demo uses the value route (no hours_per_unit) for that sector.
    assert any("personeelsaandeel" in r and "politie en justitie" in r for r in reasons)


def test_a_sourced_project_on_the_hours_route_is_not_illustrative():
    assert illustrative_reasons(parse_project(plain_project())) == []


def test_benchmark_comes_from_the_reference_with_its_source():
    benchmark = seor_benchmark()
    assert benchmark.value == 1.6
    assert (benchmark.n_cases, benchmark.n_mkba) == (32, 14)
    assert "SEOR" in benchmark.publisher and benchmark.url.startswith("https://")


def test_with_assumptions_changes_only_the_assumptions_and_the_engine_follows():
    saved = assumptions_of(JONGERENWERK)
    assert with_assumptions(JONGERENWERK, saved) == JONGERENWERK
    effects = list(saved.effects)
    effects[0] = EffectAssumption(deadweight=0.0, attribution=0.0, drop_off=0.0)
    changed = with_assumptions(JONGERENWERK, Assumptions(0.04, tuple(effects)))
    expected = replace(
        JONGERENWERK,
        discount_rate=0.04,
        effects=(
            replace(JONGERENWERK.effects[0], deadweight=0.0, attribution=0.0, drop_off=0.0),
            *JONGERENWERK.effects[1:],
        ),
    )
    assert changed == expected
    assert compute(changed).rendementsfactor == compute(expected).rendementsfactor
    assert compute(changed).rendementsfactor > compute(JONGERENWERK).rendementsfactor


def test_with_assumptions_refuses_out_of_range_shares():
    saved = assumptions_of(JONGERENWERK)
    bad = (EffectAssumption(1.5, 0.0, 0.0), *saved.effects[1:])
    with pytest.raises(ValueError, match=r"effects\[0\]\.deadweight"):
        with_assumptions(JONGERENWERK, Assumptions(0.02, bad))


def test_labels_fill_placeholders_and_fall_back_to_dutch():
    assert t("selected", "nl", party="Gemeente") == "Geselecteerd: Gemeente"
    assert t("selected", "en", party="Municipality") == "Selected: Municipality"
    TEXTS["_only_dutch"] = {"nl": "alleen Nederlands"}
    try:
        assert t("_only_dutch", "en") == "alleen Nederlands"
    finally:
        del TEXTS["_only_dutch"]
    assert party_label("politie_justitie") == "Politie en justitie"
    assert party_label("mijn_partij") == "Mijn partij"
    assert join_list(["a", "b", "c"]) == "a, b en c"
    assert join_list(["a", "b"], "en") == "a and b"


def test_the_engines_no_cost_code_is_worded_in_both_languages():
    result = compute(parse_project(plain_project(costs=[])))
    assert result.rendementsfactor is None
    assert result.rendementsfactor_reason == "no_cost"  # a code: core holds no sentences
    assert factor_reason(result.rendementsfactor_reason) == (
        "Geen kosten ingevoerd: de rendementsfactor (baten ÷ kosten) is niet te berekenen."
    )
    assert factor_reason(result.rendementsfactor_reason, "en") == (
        "No costs entered: the return factor (benefits ÷ costs) cannot be calculated."
    )
    assert factor_reason(compute(parse_project(plain_project())).rendementsfactor_reason) is None
