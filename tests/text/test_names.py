"""Names from impactkaart/data/ in the chosen language: parties, sectors, proxies, project
types, and the provenance table of the method page."""

from __future__ import annotations

from impactkaart.core.reference import default_reference
from impactkaart.text.names import (
    data_text,
    party_label,
    project_type_label,
    provenance_table,
    proxy_label,
    sector_label,
)


def test_party_names_in_both_languages_from_parties_csv():
    assert party_label("politie_justitie", "nl") == "Politie en justitie"
    assert party_label("politie_justitie", "en") == "Police and justice"
    assert party_label("deelnemer", "en") == "Participants"
    assert party_label("politie_justitie") == "Politie en justitie"  # Dutch is the default


def test_every_party_in_parties_csv_has_a_name_that_is_not_its_key():
    for key in default_reference().parties["key"]:
        for lang in ("nl", "en"):
            assert party_label(key, lang) != key


def test_an_unknown_party_is_its_key_made_readable():
    assert party_label("mijn_eigen_partij", "en") == "Mijn eigen partij"


def test_sector_proxy_and_project_type_names():
    assert sector_label("jeugdzorg", "en") == "Youth care"
    assert sector_label(None, "en") == "no sector"
    assert proxy_label("seh_bezoek", "nl") == "Bezoek spoedeisende hulp (SEH)"
    assert proxy_label("seh_bezoek", "en") == "Emergency department visit"
    assert project_type_label("thuisadministratie", "en") == "Home administration support"


def test_data_text_falls_back_to_dutch_when_english_is_empty():
    assert data_text({"label_nl": "Huis", "label_en": ""}, "label", "en") == "Huis"
    assert data_text({"outcome": "minder overlast", "outcome_en": "less nuisance"}, "outcome",
                     "en") == "less nuisance"
    assert data_text({"outcome": "minder overlast", "outcome_en": "less nuisance"}, "outcome",
                     "nl") == "minder overlast"


def test_provenance_table_words_every_row_in_the_chosen_language():
    nl, en = provenance_table("nl"), provenance_table("en")
    assert len(nl) == len(en) == len(default_reference().provenance())
    assert list(nl.columns) == list(en.columns)
    first_figure = nl.index[nl["tabel"] == "sectoren"][0]
    assert nl.loc[first_figure, "naam"] == "Politie en justitie – productieve uren per fte"
    assert en.loc[first_figure, "naam"] == "Police and justice – productive hours per FTE"
    assert en.loc[first_figure, "tabel"] == "sectors"
    assert set(en["confidence"]) <= {"high", "medium", "low", ""}
    assert set(nl["confidence"]) <= {"hoog", "middel", "laag", ""}
    # "n.b." (not known) in English, as it was in Dutch
    assert "n/a" in set(en["price_year"]) and "n.b." in set(nl["price_year"])
    # titles and publishers of publications are names: the same in both languages
    assert list(nl["source_title"]) == list(en["source_title"])
    assert list(nl["publisher"]) == list(en["publisher"])
    assert list(nl["value"]) == list(en["value"])


def test_party_labels_keep_the_shape_importers_read():
    from impactkaart.text.names import PARTY_LABELS

    assert PARTY_LABELS["woningcorporatie"] == {"nl": "Woningcorporatie", "en": "Housing association"}
    assert set(PARTY_LABELS) == set(default_reference().parties["key"])
