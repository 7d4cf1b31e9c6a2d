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
    assert rule_labels(spec) == {"1: elke euro terug": 1.0, "SEOR-gemiddelde 1,6": 1.6}
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    table = tornado_table(frame)
    assert list(table.iloc[1])[:3] == ["minder huisartsbezoek · aantal", "", "80,0"]


def test_the_tornado_takes_the_seor_line_from_the_parameters_file():
    # Read the figure here straight from the CSV, not through the reference code.
    with resources.files("impactkaart.data").joinpath("parameters.csv").open(encoding="utf-8") as f:
        seor = float(next(r["value"] for r in csv.DictReader(f) if r["key"] == "seor_benchmark"))
    frame = tornado(parse_project(ONE))
    labels = rule_labels(json.loads(tornado_chart(frame).to_json()))
    assert labels[f"SEOR-gemiddelde {formats.number(seor)}"] == seor
    # A page may still pass its own figure (the Impactkaart passes the reference's).
    labels = rule_labels(json.loads(tornado_chart(frame, 2.0, "en").to_json()))
    assert labels == {"1: every euro back": 1.0, "SEOR average 2.0": 2.0}


def test_histogram_counts_every_draw_and_colours_below_one():
    data = dict(ONE)
    data["costs"] = [{"year": 1, "financier": "gemeente", "amount": 2400}]  # factor 1 at base
    result = monte_carlo(parse_project(data), draws=3000, seed=1)
    frame = histogram_data(result)
    assert frame["count"].sum() == 3000
    assert set(frame.loc[(frame["bin_end"] < 1), "band"]) == {"onder 1"}
    spec = json.loads(histogram_chart(result).to_json())
    assert BELOW_ONE in json.dumps(spec)
    assert spec["title"]["subtitle"][0].startswith("3.000 trekkingen: in 90% ligt")
    assert rule_labels(spec) == {"1: elke euro terug": 1.0, "SEOR-gemiddelde 1,6": 1.6}
