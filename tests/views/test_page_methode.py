"""AppTest: Over de methode shows the convention and every reference figure with its source."""

from __future__ import annotations

import pytest

from impactkaart.core.reference import default_reference
from tests.app_support import fresh_db, open_page

PAGE = "views/data/methode.py"


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    yield from fresh_db(tmp_path, monkeypatch)


def test_provenance_table_has_a_row_for_every_reference_figure(app_db):
    at = open_page(PAGE)
    provenance = default_reference().provenance()
    (table,) = at.dataframe
    shown = table.value
    assert len(shown) == len(provenance)
    assert list(shown["Kengetal"]) == list(provenance["naam"])
    assert list(shown["Illustratief"]) == list(provenance["illustratief"])
    assert {"Bron", "Uitgever", "Jaar", "Prijspeil", "Betrouwbaarheid"} <= set(shown.columns)
    page_text = " ".join(m.value for m in at.markdown)
    assert "jaar 1 wordt niet\nverdisconteerd" in page_text
    assert "2,25%" in page_text and "rwseconomie.nl" in page_text
    assert any("onze eigen" in w.value for w in at.warning)


def test_search_and_illustrative_filter_narrow_the_table(app_db):
    at = open_page(PAGE)
    provenance = default_reference().provenance()
    at.toggle(key="bron_illustratief").set_value(True).run()
    assert len(at.dataframe[0].value) == int(provenance["illustratief"].sum())
    assert at.dataframe[0].value["Illustratief"].all()
    at.toggle(key="bron_illustratief").set_value(False).run()
    at.text_input(key="bron_zoeken").set_value("Kostenhandleiding").run()
    expected = provenance.astype(str).agg(" ".join, axis=1).str.lower().str.contains("kostenhandleiding")
    assert len(at.dataframe[0].value) == int(expected.sum()) > 0
    assert not at.exception
