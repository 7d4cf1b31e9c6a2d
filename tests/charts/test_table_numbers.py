"""A chart's table view writes every number in the app's language, never the browser's.

A number column left unformatted is drawn by the browser (numbro: "132.05", whatever the
page's language); `table_formatters` gives each one its text.
"""

import pandas as pd

from impactkaart.charts.base import table_formatters


def test_every_number_column_gets_the_languages_text():
    frame = pd.DataFrame({"naam": ["a", "b"], "bedrag": [132.05, 45000.5], "jaar": [2025, 2026],
                          "leeg": [None, 1.5]})
    nl, en = table_formatters(frame, "nl"), table_formatters(frame, "en")
    assert "naam" not in nl
    assert [nl["bedrag"](v) for v in frame["bedrag"]] == ["132,05", "45.000,5"]
    assert [en["bedrag"](v) for v in frame["bedrag"]] == ["132.05", "45,000.5"]
    assert [nl["jaar"](v) for v in frame["jaar"]] == ["2025", "2026"]
    assert [nl["leeg"](v) for v in frame["leeg"]] == ["–", "1,5"]
