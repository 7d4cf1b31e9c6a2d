"""The uncertainty charts: what they draw comes straight from the uncertainty frames."""

from __future__ import annotations

import csv
import json
from importlib import resources

from impactkaart.core.model import parse_project
from impactkaart.text import formats
from impactkaart.uncertainty.charts import (
    BELOW_ONE,
    histogram_chart,
    histogram_data,
    tornado_chart,
    tornado_data,
    tornado_table,
)
from impactkaart.uncertainty.montecarlo import monte_carlo
from impactkaart.uncertainty.sensitivity import tornado
from tests.uncertainty.test_uncertainty import ONE


def rule_labels(spec: dict) -> dict[str, float]:
    """The labelled reference lines: one-row datasets with an x and a text."""
    return {rows[0]["text"]: rows[0]["x"] for rows in spec["datasets"].values()
            if len(rows) == 1 and {"x", "text"} <= set(rows[0])}


def test_tornado_draws_each_end_from_the_base_largest_swing_on_top():
    frame = tornado(parse_project(ONE))
    data = tornado_data(frame)
    first = data[data["rank"] == 0].set_index("end")
    assert first.loc["low", "label"] == "minder huisartsbezoek · duur"
    assert (first["start"] == 2.4).all()
    assert first.loc["high", "factor_text"] == "7,20×" and first.loc["high", "value_text"] == "3 jaar"
    spec = json.loads(tornado_chart(frame).to_json())
    assert spec["title"]["text"] == "Welke aannames bepalen de uitkomst het meest?"
    # A line at 1 only: the SEOR average is context beside the result, not a line to clear
    # (issue 15, item 8).
    assert rule_labels(spec) == {"1: elke euro terug": 1.0}
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    table = tornado_table(frame)
    assert list(table.iloc[1])[:3] == ["minder huisartsbezoek · aantal", "", "80,0"]


def test_a_long_outcome_is_cut_in_the_tornado_but_the_assumption_stays():
    data = dict(ONE, effects=[dict(ONE["effects"][0], outcome="minder " + "x" * 80)])
    label = tornado_data(tornado(parse_project(data)))["label"].iloc[0]
    assert label.endswith("… · duur") and len(label) == 48 + len(" · duur")


def test_no_uncertainty_chart_draws_the_seor_average():
    # Read the figure here straight from the CSV, not through the reference code.
    with resources.files("impactkaart.data").joinpath("parameters.csv").open(encoding="utf-8") as f:
        seor = float(next(r["value"] for r in csv.DictReader(f) if r["key"] == "seor_benchmark"))
    frame = tornado(parse_project(ONE))
    result = monte_carlo(parse_project(ONE), draws=500, seed=1)
    for chart in (tornado_chart(frame, "en"), histogram_chart(result, "en")):
        text = chart.to_json()
        assert "SEOR" not in text and formats.number(seor, "en") + "×" not in text
        assert rule_labels(json.loads(text)) == {"1: every euro back": 1.0}


def test_histogram_counts_every_draw_and_colours_below_one():
    data = dict(ONE)
    data["costs"] = [{"year": 1, "financier": "gemeente", "amount": 2400}]  # factor 1 at base
    result = monte_carlo(parse_project(data), draws=3000, seed=1)
    frame = histogram_data(result)
    assert frame["count"].sum() == 3000
    assert set(frame.loc[(frame["bin_end"] < 1), "band"]) == {"onder 1"}
    spec = json.loads(histogram_chart(result).to_json())
    assert BELOW_ONE in json.dumps(spec)
    subtitle = " ".join(spec["title"]["subtitle"])  # wrapped to the chart's width (charts/base)
    assert subtitle.startswith("3.000 trekkingen: in 90% ligt")
    assert subtitle.endswith("puntschatting 1,00× (doorgetrokken lijn).")
    assert set(frame["band"]) <= {"onder 1", "1 of meer"}  # no band at the SEOR average
    assert rule_labels(spec) == {"1: elke euro terug": 1.0}
