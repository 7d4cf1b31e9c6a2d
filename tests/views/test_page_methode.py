"""AppTest: Over de methode shows the convention and every reference figure with its source,
in Dutch and in English."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from impactkaart.core.reference import default_reference
from impactkaart.text.names import provenance_table
from tests.app_support import open_page

PAGE = "views/data/methode.py"


def english_page() -> AppTest:
    return open_page(PAGE, lang="en")


def test_provenance_table_has_a_row_for_every_reference_figure(app_db):
    at = open_page(PAGE)
    provenance = default_reference().provenance()
    (table,) = at.dataframe
    shown = table.value
    assert len(shown) == len(provenance)
    assert list(shown["Kengetal"]) == list(provenance_table("nl")["naam"])
    assert list(shown["Illustratief"]) == list(provenance["illustratief"])
    assert {"Bron", "Uitgever", "Jaar", "Prijspeil", "Betrouwbaarheid"} <= set(shown.columns)
    page_text = " ".join(m.value for m in at.markdown)
    assert "jaar 1 wordt niet verdisconteerd" in page_text
    assert "2,25%" in page_text and "rwseconomie.nl" in page_text
    assert any("onze eigen" in w.value for w in at.warning)
    assert any("docs/method.md" in i.value for i in at.info)


def test_a_sector_figure_is_named_by_its_sector_and_figure_never_by_keys(app_db):
    shown = open_page(PAGE).dataframe[0].value
    names = list(shown["Kengetal"])
    assert "Politie en justitie – productieve uren per fte" in names
    assert not any("politie_justitie" in n or "labour_share" in n for n in names)


def test_search_and_illustrative_filter_narrow_the_table(app_db):
    at = open_page(PAGE)
    provenance = default_reference().provenance()
    at.toggle(key="bron_illustratief").set_value(True).run()
    assert len(at.dataframe[0].value) == int(provenance["illustratief"].sum())
    assert at.dataframe[0].value["Illustratief"].all()
    at.toggle(key="bron_illustratief").set_value(False).run()
    at.text_input(key="bron_zoeken").set_value("Kostenhandleiding").run()
    expected = provenance_table("nl").astype(str).agg(" ".join, axis=1).str.lower().str.contains(
        "kostenhandleiding")
    assert len(at.dataframe[0].value) == int(expected.sum()) > 0
    assert not at.exception


def test_in_english_the_table_shows_english_labels_units_notes_and_confidence(app_db):
    at = english_page()
    shown = at.dataframe[0].value
    assert {"Figure", "Unit", "Source", "Publisher", "Price year", "Confidence", "Note"} <= set(
        shown.columns)
    rows = dict(zip(shown["Figure"], shown.to_dict("records")))
    gp = rows["GP consultation (average)"]
    assert gp["Unit"] == "EUR per consultation"
    assert gp["Note"].startswith("Costing Manual reference price, price year 2022, not indexed")
    assert gp["Confidence"] == "high"
    # a title of a publication stays as published
    assert gp["Source"].startswith("Referentieprijzen Kostenhandleiding")
    assert rows["Police and justice – productive hours per FTE"]["Table"] == "sectors"
    assert set(shown["Price year"]) >= {"n/a", "2022"}
    page_text = " ".join(m.value for m in at.markdown)
    assert "year 1 is not discounted" in page_text and "2.25%" in page_text
    assert any("our own" in w.value for w in at.warning)


def test_english_search_finds_english_words(app_db):
    at = english_page()
    at.text_input(key="bron_zoeken").set_value("eviction").run()
    shown = at.dataframe[0].value
    # the three eviction proxies, the housing sector's share whose note names evictions, and
    # the two parts of the problem-debt cost that name evictions (issue 15)
    assert list(shown["Figure"]) == [
        "Housing – staff share of avoided costs", "Cost per eviction (middle of the range)",
        "Cost per eviction (lower bound)", "Cost per eviction (upper bound)",
        "Problem debts per household per year: social support part (excl. evictions)",
        "Problem debts per household per year: evictions part"]
    assert shown.astype(str).agg(" ".join, axis=1).str.lower().str.contains("eviction").all()
