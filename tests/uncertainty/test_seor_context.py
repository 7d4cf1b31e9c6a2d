"""Issue 15, item 8: the SEOR average 1,6 is context beside a result, never a pass mark."""

from __future__ import annotations

import copy
import re

import pytest

from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project
from impactkaart.text.briefing import briefing
from impactkaart.text.summary import seor_benchmark
from tests.uncertainty.test_uncertainty import ONE

VERDICTS = ("boven", "onder", "gelijk aan", "above", "below", "equal to", "haalt", "t.o.v.")


@pytest.mark.parametrize("amount", [500, 1500, 10_000])  # factor 4,8 · 1,6 · 0,24
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_briefing_words_the_average_alike_above_and_below(amount, lang):
    data = copy.deepcopy(ONE)
    data["costs"] = [{"year": 1, "financier": "gemeente", "amount": amount}]
    project = parse_project(data)
    b = briefing(project, compute(project), lang=lang)
    for text in (b.comparison, b.benchmark_text):
        assert not any(re.search(rf"\b{re.escape(word)}\b", text) for word in VERDICTS), text
    assert ("gemiddelde van 14 MKBA's" if lang == "nl" else "average of 14 SCBAs") in b.benchmark_text


def test_the_average_counts_its_mkbas_from_the_data_and_has_no_difference():
    # Sociaal Werk werkt!: "gebaseerd op 14 MKBA's binnen 32 businesscases" (parameters.csv).
    bench = seor_benchmark()
    assert (bench.value, bench.n_mkba, bench.n_cases) == (1.6, 14, 32)
    assert not hasattr(bench, "difference")
