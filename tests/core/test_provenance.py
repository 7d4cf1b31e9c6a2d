"""Provenance in impactkaart/data/: ``source_year`` is the year of the figure (not of a report
citing it), a price year is a year, 'n.b.' or 'n.v.t.', and a figure without a known price
year is not rated 'hoog'; the loader refuses a file that breaks this, naming file, row and
column; the proxy picker shows the figure's own year."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest

from impactkaart.core.reference import (
    DATA_DIR,
    ReferenceDataError,
    default_reference,
    load_reference,
)
from impactkaart.text.proxies import proxy_label

FIGURE_TABLES = ("proxies.csv", "sector_figures.csv", "parameters.csv")


def _copy_with(tmp_path, name, key, **changes):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("demo", "__pycache__"))
    frame = pd.read_csv(data / name, dtype=str, keep_default_na=False)
    row = frame.index[frame["key"] == key][0]
    for column, value in changes.items():
        frame.loc[row, column] = value
    frame.to_csv(data / name, index=False)
    return data, row + 2


def test_a_hoog_figure_without_price_year_is_refused(tmp_path):
    data, line = _copy_with(tmp_path, "proxies.csv", "huisartsconsult", price_year="n.b.")
    with pytest.raises(ReferenceDataError, match=rf"proxies\.csv, rij {line}: prijsjaar onbekend"):
        load_reference(data)


def test_the_same_figure_rated_middel_loads(tmp_path):
    data, _ = _copy_with(tmp_path, "proxies.csv", "huisartsconsult", price_year="n.b.",
                         confidence="middel")
    row = load_reference(data).proxies.set_index("key").loc["huisartsconsult"]
    assert (row["price_year"], row["confidence"]) == ("n.b.", "middel")


@pytest.mark.parametrize("column", ["source_year", "price_year"])
def test_a_year_that_is_not_a_year_is_refused(tmp_path, column):
    data, line = _copy_with(tmp_path, "parameters.csv", "discount_rate", **{column: "2013/2014"})
    with pytest.raises(ReferenceDataError, match=rf"parameters\.csv, rij {line}: kolom {column}"):
        load_reference(data)


@pytest.mark.parametrize("name", FIGURE_TABLES)
def test_no_shipped_figure_is_hoog_without_a_price_year(name):
    frame = pd.read_csv(DATA_DIR / name, dtype=str, keep_default_na=False)
    bad = frame.loc[(frame["price_year"] == "n.b.") & (frame["confidence"] == "hoog")]
    assert bad.empty, list(bad.index + 2)


def test_a_row_that_cites_an_older_study_carries_that_study_s_year():
    # "(citeert SEOR 2019)" in the title: the figure is SEOR's of 2019, not Panteia's of 2024;
    # "(citeert CPB 2021, cijfers 2014–2015)": the last year named is the figure's
    proxies = default_reference().proxies
    citing = proxies.loc[proxies["source_title"].str.contains("citeert")]
    assert len(citing) >= 8
    for _, row in citing.iterrows():
        cited = re.search(r"citeert ([^)]*)", row["source_title"]).group(1)
        years = re.findall(r"(?:19|20)\d\d", cited)
        assert row["source_year"] == years[-1], row["key"]


def test_the_figures_issue_15_names_say_their_own_year():
    proxies = default_reference().proxies.set_index("key")
    assert proxies.loc["opvang_voorkomen", "source_year"] == "2011"  # Cebeon & Regioplan
    assert proxies.loc["politie_opsporing_delict", "source_year"] == "2019"  # SEOR
    # CPB's figures of 2014–2015: the later year, as figure and price year
    assert proxies.loc["schulden_extra_ggz_persoon", ["source_year", "price_year"]].tolist() == [
        "2015", "2015"]
    # the note gave the price year (2013/2014): filled, the later year
    assert proxies.loc["detentiedag_volwassene", "price_year"] == "2014"


def test_the_picker_shows_the_figure_s_own_year():
    row = default_reference().proxies.set_index("key").loc["opvang_voorkomen"].copy()
    row["key"] = "opvang_voorkomen"
    assert "· cijfer 2011 · prijspeil n.b. ·" in proxy_label(row)
    assert "· figure of 2011 · price level n/a ·" in proxy_label(row, "en")
